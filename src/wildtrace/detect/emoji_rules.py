"""When an emoji stands for goods: beside a cue of a deal or a product (or in a listing with a
price), not in a decorative row of animal emoji, not right beside a phrase caught in a trap."""

from __future__ import annotations

from wildtrace.detect.boundaries import is_pictograph
from wildtrace.detect.cues import OFFER_CUES, Cues
from wildtrace.domain.analysis import TaxonMatch

EMOJI_WINDOW = 80
# Cues that show an emoji stands for goods: a product or life-stage word, or the words of a
# deal. "Happy Monday 🐯🔥" and "party decorations 🐘🎈" have none.
EMOJI_SUPPORT = frozenset({*OFFER_CUES, "product"})


def emoji_supported(match: TaxonMatch, cues: Cues, has_price: bool = False) -> bool:
    """An emoji counts as a taxon only beside a product, intent, price, contact or permit cue,
    or in a listing with a price of its own ("🪸" at 40)."""
    return has_price or any(
        c.kind in EMOJI_SUPPORT and max(0, c.start - match.end, match.start - c.end) <= EMOJI_WINDOW
        for c in cues.found
    )


DECORATION_RUN = 3
CONSUMER_GOODS = frozenset({"finished", "instrument"})


def without_emoji_decoration(found: list[TaxonMatch], cues: Cues) -> list[TaxonMatch]:
    """A row of three or more different animal emoji with no product word in the text
    ("Kids zoo day 🦁🐯🐘🦒 tickets") decorates; it is not a code for goods. Words for finished
    goods and instruments (tea, perfume, capsules, guitar) do not count: "Teh kotak edisi
    satwa 🐘🐯🦏" is a tea carton's animal edition."""
    if any(c.product not in CONSUMER_GOODS for c in cues.of("product")):
        return found
    emoji = sorted((t for t in found if t.name_kind == "emoji"), key=lambda t: t.start)
    decorative: set[int] = set()
    run: list[TaxonMatch] = []
    for match in emoji:
        if run and match.start - run[-1].end > 1:  # one space or joiner may separate them
            run = []
        run.append(match)
        if len({t.name for t in run}) >= DECORATION_RUN:
            decorative.update(id(t) for t in run)
    return [t for t in found if id(t) not in decorative]


def without_emoji_on_other_goods(found: list[TaxonMatch], cues: Cues) -> list[TaxonMatch]:
    """In a listing of everyday goods ("moto pulsar 🐆🔥", "Sciarpa Inter 🐍", "阪神タイガース
    ユニ 🐯") whose words name no animal and no animal product, the emoji decorate."""
    if not cues.has("goods") or any(t.name_kind != "emoji" for t in found):
        return found
    if any(c.product not in CONSUMER_GOODS for c in cues.of("product")):
        return found
    return []


JOINERS = frozenset("\ufe0f\u200d")  # emoji joiners and variation selectors
TRAP_REACH = 16  # characters between an emoji and the trapped phrase or name it illustrates


def beside_trap(match: TaxonMatch, cues: Cues, text: str) -> bool:
    """An emoji right beside a phrase caught in a trap illustrates it, whatever the taxon:
    "🦜 cockatiel", "🐍 corn snake", "🌵 aloe vera", "🐊 Crocs"."""
    return beside_any(match, [(trap.start, trap.end) for trap in cues.of("trap")], text)


def beside_any(match: TaxonMatch, spans: list[tuple[int, int]], text: str) -> bool:
    """The emoji sits on the same line within a few characters of one of the spans: a trap,
    or a shop's, brand's or person's name ("Cafe Con Voi 🐘", "شاي الصقر 🦅") it illustrates."""
    for start, end in spans:
        lo, hi = min(start, match.start), max(end, match.end)
        if max(start - match.end, match.start - end) < 0 or "\n" in text[lo:hi]:
            continue
        between = text[match.end : start] if match.end <= start else text[end : match.start]
        # other emoji between count for nothing: "gommosi alla frutta 🐻🐻"
        if sum(not (is_pictograph(c) or c in JOINERS) for c in between) <= TRAP_REACH:
            return True
    return False


# Dishes, sweets and drinks: an animal emoji glued to one names a dish, a brand or a café
# ("🐯🦐" tiger prawns, "🐘🧄" elephant garlic, "🐘🍜" a restaurant, "🌵🧁" cupcakes). Eggs,
# meat and wine are left out: "🐢🥚" are turtle eggs, "🐊🥩" crocodile meat, "🐯🍷" tiger-bone
# wine.
FOOD_EMOJI = frozenset("🍜🍲🍝🍛🍣🍤🦐🦞🦀🦑🧄🧅🥗🧁🍰🎂🍪🍩🍫🍬🍭🍦🍨🧃🥤☕🍵🍽🍴🥢🍡🍧🥮")


def beside_food(match: TaxonMatch, text: str) -> bool:
    """The emoji is glued to a food emoji (joiners and variation selectors aside)."""
    after = match.end
    while after < len(text) and text[after] in JOINERS:
        after += 1
    before = match.start - 1
    while before >= 0 and text[before] in JOINERS:
        before -= 1
    return (after < len(text) and text[after] in FOOD_EMOJI) or (
        before >= 0 and text[before] in FOOD_EMOJI
    )
