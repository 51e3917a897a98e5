"""When an emoji stands for goods: beside a cue of a deal or a product (or in a listing with a
price), not in a decorative row of animal emoji, not right beside a phrase caught in a trap."""

from __future__ import annotations

from wildtrace.detect.context import OFFER_CUES, Cues
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


def without_emoji_decoration(found: list[TaxonMatch], cues: Cues) -> list[TaxonMatch]:
    """A row of three or more different animal emoji with no product word in the text
    ("Kids zoo day 🦁🐯🐘🦒 tickets") decorates; it is not a code for goods."""
    if cues.has("product"):
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


TRAP_REACH = 12  # characters between an emoji and the trapped phrase it illustrates


def beside_trap(match: TaxonMatch, cues: Cues, text: str) -> bool:
    """An emoji right beside a phrase caught in a trap illustrates it, whatever the taxon:
    "🦜 cockatiel", "🐍 corn snake", "🌵 aloe vera", "🐊 Crocs"."""
    for trap in cues.of("trap"):
        lo, hi = min(trap.start, match.start), max(trap.end, match.end)
        gap = max(trap.start - match.end, match.start - trap.end)
        if 0 <= gap <= TRAP_REACH and "\n" not in text[lo:hi]:
            return True
    return False
