"""The detection engine: one pass of every detector over a listing's text, then context.

Steps: build the text's views (folded; deobfuscated) → detectors find taxa → context cues →
drop taxa inside traps ("French ivory") or beside negations ("resin replica") → attach nearby
product words → keep the most specific taxon of each lineage → score → decide.
Both `wildtrace detect` and the patrol call `Engine.analyse`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from wildtrace.detect.context import NEGATION_WINDOW, ContextScanner, Cue, Cues, lead_verb_cues
from wildtrace.detect.lexicon_terms import LexiconTermsDetector
from wildtrace.detect.species_names import SpeciesNameDetector
from wildtrace.detect.views import TextViews
from wildtrace.domain.analysis import Analysis, TaxonMatch
from wildtrace.lexicon.load import Lexicon, load_lexicon
from wildtrace.risk.score import RiskScorer
from wildtrace.species.kb import KnowledgeBase, default_knowledge_base

PRODUCT_WINDOW = 40
# Cues that make a text an offer rather than talk: declaring a permit or its absence, or
# shipping terms, are things sellers write.
# A sum of money ("amount") counts too, but unlike a price request it does not outweigh news
# cues: reports give the value of a seizure.
OFFER_CUES = ("offer", "wanted", "price", "contact", "shipping", "permit", "no_papers", "amount")
MAX_TEXT_CHARS = 2_000_000  # longer texts are cut, so one pasted dump cannot stall a run
# Generic words point to a default taxon ("ivory" → African elephant, 🐆 → leopard, 🦅 → birds
# of prey, 🐍 → pythons); when the text names a sibling ("gading gajah sumatera", 🐆❄️,
# "🦅 peregrine", "🐍 king cobra") — a taxon of that name or one within it — the default was
# only a guess. A match whose own words name the default (any of the stems) is kept.
DEFAULT_TAXA: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    "Loxodonta africana": (
        frozenset({"Elephas maximus", "Loxodonta cyclotis"}),
        ("afric", "africa", "savan", "loxodonta"),
    ),
    "Panthera pardus": (
        frozenset(
            {
                "Panthera uncia",
                "Panthera onca",
                "Neofelis nebulosa",
                "Acinonyx jubatus",
                "Leopardus pardalis",
            }
        ),
        ("pardus", "leopard", "léopard", "леопард", "豹"),
    ),
    "Accipitriformes": (
        frozenset({"Falconiformes"}),
        (
            "eagle",
            "aigle",
            "águila",
            "aguila",
            "águia",
            "aquila",
            "adler",
            "орёл",
            "орел",
            "نسر",
            "鹰",
            "鷹",
            "elang",
            "đại bàng",
            "อินทรี",
            "hawk",
            "buse",
            "ястреб",
        ),
    ),
    "Pythonidae": (
        frozenset({"Boidae", "Elapidae", "Colubridae", "Viperidae", "Acrochordidae"}),
        ("pyth", "piton", "питон", "sanca", "sawa", "trăn", "蟒", "ニシキヘビ", "ثعبان"),
    ),
}


@dataclass(frozen=True)
class ListingText:
    id: str
    title: str
    text: str
    price: float | None = None
    lang: str | None = None
    url: str | None = None

    @property
    def full_text(self) -> str:
        text = f"{self.title}\n{self.text}" if self.title else self.text
        return text[:MAX_TEXT_CHARS]


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return load_lexicon(default_knowledge_base())


class Engine:
    def __init__(self, kb: KnowledgeBase | None = None, lexicon: Lexicon | None = None) -> None:
        self.kb = kb or default_knowledge_base()
        self.lexicon = lexicon or (default_lexicon() if kb is None else load_lexicon(self.kb))
        self.detectors = (
            SpeciesNameDetector(kb=self.kb),
            LexiconTermsDetector(self.kb, self.lexicon),
        )
        self.context = ContextScanner(self.lexicon)
        self.scorer = RiskScorer()

    @property
    def detector_ids(self) -> tuple[str, ...]:
        return tuple(d.id for d in self.detectors)

    def analyse(self, listing: ListingText) -> Analysis:
        views = TextViews.of(listing.full_text)
        found: list[TaxonMatch] = []
        for detector in self.detectors:
            found.extend(detector.detect(views))
        cues = self.context.scan(views)
        title_end = len(listing.title) if listing.title and listing.text else 0
        restated = {id(t): _restatements(t, found, title_end) for t in found}
        if _asks_a_fee(views.original):  # "for adoption … rehoming fee 2,500" is a sale
            cues.found = [c for c in cues.found if not _adoption(c)]
        negated_matches = [
            t for t in found if _negated(t, cues, views, title_end, bool(restated[id(t)]))
        ]
        # a title's name that the body says again and negates there ("Rhino" over "canvas
        # print of a black rhino") is negated with it
        negated_ids = {id(t) for t in negated_matches}
        negated_matches += [
            t
            for t in found
            if id(t) not in negated_ids and any(id(r) in negated_ids for r in restated[id(t)])
        ]
        negated = {t.taxon_id for t in negated_matches}
        # a word used in a trap ("Python Crash Course") has that sense elsewhere in the text
        # too, and so has a negated word: "python effect" also unmakes the title's "Python"
        # that another detector read as the genus rather than the family
        trapped_matches = [t for t in found if _trapped(t, cues)]
        trapped = {t.matched.casefold() for t in trapped_matches}
        trapped.update(t.matched.casefold() for t in negated_matches)
        # an emoji beside a word caught in a trap has its sense: "🐍 Python 3.12 scripts"
        trapped_taxa = {t.taxon_id for t in trapped_matches}
        kept = [
            t
            for t in found
            if t.taxon_id not in negated
            and t.matched.casefold() not in trapped
            and not _inside_longer(t, found)
            and not (t.name_kind == "emoji" and t.taxon_id in trapped_taxa)
            and not (t.name_kind == "emoji" and _beside_trap(t, cues, views.original))
            and not _model_name(t, views.original)
        ]
        kept = self._without_guessed_defaults(kept)
        has_price = listing.price is not None
        kept = [t for t in kept if t.name_kind != "emoji" or _emoji_supported(t, cues, has_price)]
        kept = _without_emoji_decoration(kept, cues)
        cues.found.extend(lead_verb_cues(views.original, [(t.start, t.end) for t in kept]))
        taxa = self._most_specific(_dedupe([_with_product(t, cues) for t in kept]))
        risk = self.scorer.assess(cues, taxa, has_price=listing.price is not None)
        offered = (
            any(cues.has(k) for k in OFFER_CUES)
            or (listing.price is not None)
            or any(t.product for t in taxa)
        )
        # news reports say "sale" too; an offer also gives a way to buy (price, contact) or asks
        news_only = (
            cues.has("news")
            and not any(cues.has(k) for k in ("wanted", "price"))
            and not any(_reachable(c.text) for c in cues.of("contact"))
            and listing.price is None
        )
        trade = bool(taxa) and offered and not news_only
        signals = cues.summary()
        dropped = [t.matched for t in found if t not in kept]
        if dropped:
            signals["dropped_matches"] = dropped
        return Analysis(tuple(taxa), risk, trade, signals)

    def _without_guessed_defaults(self, found: list[TaxonMatch]) -> list[TaxonMatch]:
        """Drop a default taxon reached by a generic word when a sibling is named."""
        names = {n for t in found for n in (t.name, *self._lineage(t))}
        out = []
        for match in found:
            rule = DEFAULT_TAXA.get(match.name)
            if rule is not None and names & rule[0]:
                own = match.matched.casefold()
                if not any(stem in own for stem in rule[1]):
                    continue
            out.append(match)
        return out

    def _most_specific(self, taxa: list[TaxonMatch]) -> list[TaxonMatch]:
        """'pangolin' (Manidae) and 'Manis javanica' in one text: keep the species."""
        return [
            m
            for m in taxa
            if not any(t.name != m.name and m.name in self._lineage(t) for t in taxa)
        ]

    def _lineage(self, match: TaxonMatch) -> tuple[str, ...]:
        taxon = self.kb.taxa.get(match.taxon_id)
        if taxon is None:
            return ()
        return (*taxon.lineage, taxon.listed_under)


EMOJI_WINDOW = 80
# Cues that show an emoji stands for goods: a product or life-stage word, or the words of a
# deal. "Happy Monday 🐯🔥" and "party decorations 🐘🎈" have none.
EMOJI_SUPPORT = frozenset({*OFFER_CUES, "product"})


def _emoji_supported(match: TaxonMatch, cues: Cues, has_price: bool = False) -> bool:
    """An emoji counts as a taxon only beside a product, intent, price, contact or permit cue,
    or in a listing with a price of its own ("🪸" at 40)."""
    return has_price or any(
        c.kind in EMOJI_SUPPORT and max(0, c.start - match.end, match.start - c.end) <= EMOJI_WINDOW
        for c in cues.found
    )


DECORATION_RUN = 3


def _without_emoji_decoration(found: list[TaxonMatch], cues: Cues) -> list[TaxonMatch]:
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


def _inside_longer(match: TaxonMatch, found: list[TaxonMatch]) -> bool:
    """'bois de rose' inside 'bois de rose de Madagascar': the longer phrase says more."""
    return any(
        o.start <= match.start and match.end <= o.end and o.end - o.start > match.end - match.start
        for o in found
    )


TRAP_REACH = 12  # characters between an emoji and the trapped phrase it illustrates


def _beside_trap(match: TaxonMatch, cues: Cues, text: str) -> bool:
    """An emoji right beside a phrase caught in a trap illustrates it, whatever the taxon:
    "🦜 cockatiel", "🐍 corn snake", "🌵 aloe vera", "🐊 Crocs"."""
    for trap in cues.of("trap"):
        lo, hi = min(trap.start, match.start), max(trap.end, match.end)
        gap = max(trap.start - match.end, match.start - trap.end)
        if 0 <= gap <= TRAP_REACH and "\n" not in text[lo:hi]:
            return True
    return False


# A model or spec code: letters and digits mixed (T770, F1, TZ10, 5706P, 2A4), not followed by
# a unit or a currency. A bare number is left alone: "Parrot 300" is more often a price.
MODEL_CODE = re.compile(
    r"[ -](?!\d+(?:kg|g|gr|cm|mm|m|ft|in|yo|y|yr|yrs|mo|pcs|pc|ml|l|k|tr|jt|rb|x|cts?)\b)"
    r"(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{2,8}(?![\w.,])"
    r"(?!\s*(?:kg|g|gr|cm|mm|m|ft|in|inch|pcs|ml|l|usd|eur|€|\$|rm|rp|k|tr|baht|bath|元|円))",
    re.IGNORECASE,
)


def _model_name(match: TaxonMatch, text: str) -> bool:
    """A capitalised name right before a model code names a product (Triumph Tiger 800,
    Bobcat T770, Goodyear Eagle F1, Irbis TZ10), not the animal."""
    word = match.matched
    if " " in word or not word[:1].isupper() or not word.isalpha():
        return False
    return MODEL_CODE.match(text, match.end) is not None


def _trapped(match: TaxonMatch, cues: Cues) -> bool:
    return any(c.start <= match.start and match.end <= c.end for c in cues.of("trap"))


# Pets are sold as "adoption" or "rehoming" for a fee; symbolic adoptions by charities ask no
# fee by that name.
ADOPTION = frozenset(
    {
        "adopt",
        "adoption",
        "adopsi",
        "adopta",
        "adoptez",
        "adotta",
        "adozione",
        "adoção",
        "adotar",
        "adopción",
        "adoptar",
        "里親",
        "입양",
        "pakan",
        "rehoming",
    }
)
FEES = (
    "rehoming fee",
    "adoption fee",
    "adopt fee",
    "biaya adopsi",
    "ganti pakan",
    "ganti kandang",
    "mahar",
    "有償",
    "책임비",
    "frais d'adoption",
    "cuota de adopción",
    "taxa de adoção",
    "costo de adopción",
    "spese di adozione",
)


def _asks_a_fee(text: str) -> bool:
    lowered = text.casefold()
    return any(fee in lowered for fee in FEES)


def _adoption(cue: Cue) -> bool:
    return cue.kind == "negation" and cue.text.casefold() in ADOPTION


def _reachable(contact: str) -> bool:
    """A way to reach the seller (a number, a handle, a link, "DM me"), not a platform's bare
    name, which reports name too ("sold through WhatsApp groups")."""
    return any(c.isdigit() or c in "@/:" or c.isspace() for c in contact.strip())


def _restatements(match: TaxonMatch, found: list[TaxonMatch], title_end: int) -> list[TaxonMatch]:
    """The body's mentions of a title's name ("Vietnamese agarwood" … "agarwood"): the name
    is judged where the body says it."""
    if match.end > title_end:
        return []
    own = match.matched.casefold()
    return [
        t
        for t in found
        if t.start > title_end
        and (t.taxon_id == match.taxon_id or (o := t.matched.casefold()) in own or own in o)
    ]


def _negated(
    match: TaxonMatch, cues: Cues, views: TextViews, title_end: int = 0, restated: bool = False
) -> bool:
    """A negation cue close to the match, on the same line ("ivory-look resin bangle"), or in
    the title, which says what the listing sells ("Croquettes pour perroquets" over a body
    naming the birds the food suits), or, for a name in the title, in the body's first
    sentence, which says what the title's goods are made of ("Scarpe coccodrillo" over
    "stampa cocco in similpelle"); not one inside a permit ("künstlich" in "künstlich
    vermehrt", artificially propagated)."""
    permits = cues.of("permit")
    in_title = match.end <= title_end and not restated
    lead_end = _body_lead_end(views.original, title_end) if in_title else 0
    for cue in cues.of("negation"):
        if any(p.start <= cue.start and cue.end <= p.end for p in permits):
            continue
        if match.start <= cue.start and cue.end <= match.end:
            continue  # part of the name itself: 塑料 (plastic) in the code word 白塑料
        if cue.end <= title_end and match.start > title_end:
            return True
        if title_end < cue.start and cue.end <= lead_end:
            return True
        lo, hi = min(cue.start, match.start), max(cue.end, match.end)
        if hi - lo <= NEGATION_WINDOW + (match.end - match.start) and (
            "\n" not in views.original[lo:hi]
        ):
            return True
    return False


BODY_LEAD = 100
SENTENCE_END = (". ", "! ", "? ", "\n", "。", "！", "？")


def _body_lead_end(text: str, title_end: int) -> int:
    """Where the body's first sentence ends (at most BODY_LEAD characters in)."""
    start = title_end + 1
    end = min(len(text), start + BODY_LEAD)
    stops = [i for stop in SENTENCE_END if (i := text.find(stop, start, end)) >= 0]
    return min(stops, default=end)


def _with_product(match: TaxonMatch, cues: Cues) -> TaxonMatch:
    if match.product:
        return match
    near = [
        c
        for c in cues.of("product")
        if abs(c.start - match.end) <= PRODUCT_WINDOW or abs(match.start - c.end) <= PRODUCT_WINDOW
    ]
    if not near:
        return match
    closest = min(near, key=lambda c: min(abs(c.start - match.end), abs(match.start - c.end)))
    return replace(match, product=closest.product)


def _dedupe(taxa: list[TaxonMatch]) -> list[TaxonMatch]:
    """One entry per taxon: the most confident match, evasions of all its matches merged."""
    best: dict[str, TaxonMatch] = {}
    evasions: dict[str, set[str]] = {}
    products: dict[str, str] = {}
    for match in taxa:
        evasions.setdefault(match.taxon_id, set()).update(match.evasion)
        if match.product:
            products.setdefault(match.taxon_id, match.product)
        current = best.get(match.taxon_id)
        if current is None or match.confidence > current.confidence:
            best[match.taxon_id] = match
    out = [
        replace(m, evasion=tuple(sorted(evasions[k])), product=m.product or products.get(k))
        for k, m in best.items()
    ]
    return sorted(out, key=lambda m: m.start)
