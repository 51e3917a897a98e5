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

from mypy_extensions import mypyc_attr

from wildtrace.detect.boundaries import is_pictograph
from wildtrace.detect.colour_words import as_colour
from wildtrace.detect.context import ContextScanner, lead_verb_cues
from wildtrace.detect.cues import Cue, Cues
from wildtrace.detect.default_taxa import DEFAULT_TAXA
from wildtrace.detect.emoji_rules import (
    beside_any,
    beside_food,
    beside_trap,
    emoji_supported,
    without_emoji_decoration,
)
from wildtrace.detect.eponyms import Eponyms
from wildtrace.detect.lexicon_terms import ARABIC_ARTICLE, LexiconTermsDetector
from wildtrace.detect.negation import (
    asks_a_fee,
    is_adoption,
    negated,
    restatements,
    said_absent,
)
from wildtrace.detect.product_names import company_name, model_name, person_name
from wildtrace.detect.product_owners import without_borrowed_products
from wildtrace.detect.species_names import SpeciesNameDetector
from wildtrace.detect.trade_decision import news_only, offered, only_talk, reads_as_news
from wildtrace.detect.views import TextViews
from wildtrace.domain.analysis import Analysis, TaxonMatch
from wildtrace.lexicon.load import Lexicon, load_lexicon
from wildtrace.risk.score import RiskScorer
from wildtrace.species.kb import KnowledgeBase, default_knowledge_base
from wildtrace.textnorm.pickled_state import PickledState

PRODUCT_WINDOW = 40
# Plant parts and goods a plant listing's annotation may leave out; never an animal's product.
PLANT_PARTS = frozenset(
    {"seed", "fruit", "flower", "leaf", "root", "extract", "finished", "instrument"}
)
MAX_TEXT_CHARS = 2_000_000  # longer texts are cut, so one pasted dump cannot stall a run


@mypyc_attr(allow_interpreted_subclasses=True)
@dataclass(frozen=True)
class ListingText(PickledState):
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


@mypyc_attr(allow_interpreted_subclasses=True)
class Engine(PickledState):
    def __init__(self, kb: KnowledgeBase | None = None, lexicon: Lexicon | None = None) -> None:
        self.kb = kb or default_knowledge_base()
        self.lexicon = lexicon or (default_lexicon() if kb is None else load_lexicon(self.kb))
        self.detectors = (
            SpeciesNameDetector(kb=self.kb),
            LexiconTermsDetector(self.kb, self.lexicon),
        )
        self.context = ContextScanner(self.lexicon)
        self.eponyms = Eponyms(self.kb)
        self.scorer = RiskScorer()

    @property
    def detector_ids(self) -> tuple[str, ...]:
        return tuple(d.id for d in self.detectors)

    def analyse(self, listing: ListingText) -> Analysis:
        views = TextViews.of(listing.full_text)
        found: list[TaxonMatch] = []
        for detector in self.detectors:
            found.extend(detector.detect(views))
        found = _lexicon_first(found)
        cues = self.context.scan(views)
        title_end = len(listing.title) if listing.title and listing.text else 0
        fee_asked = asks_a_fee(views.original)
        if fee_asked:  # "for adoption … rehoming fee 2,500" is a sale
            cues.found = [c for c in cues.found if not is_adoption(c)]
        # a negation word inside a name is part of it: "falso peyote", "faux gavial"
        cues.found = [c for c in cues.found if not _inside_a_name(c, found)]
        kept = _in_their_sense(found, cues, views, title_end)
        kept = without_borrowed_products(kept, views.original)
        kept = self._without_crossed(kept)
        kept = self._without_guessed_defaults(kept)
        kept = _without_product_readings(kept, cues)
        has_price = listing.price is not None
        kept = [
            t
            for t in kept
            if t.name_kind != "emoji"
            or (emoji_supported(t, cues, has_price) and not beside_food(t, views.original))
        ]
        kept = without_emoji_decoration(kept, cues)
        kept = [self.eponyms.refine(t, views.original) for t in kept]
        cues.found.extend(lead_verb_cues(views.original, [(t.start, t.end) for t in kept]))
        taxa = self._most_specific(
            _dedupe([_with_product(t, cues, self._is_plant(t)) for t in kept])
        )
        taxa, not_covered, annotation_notes = self._within_annotations(taxa, cues)
        talk = only_talk(cues, fee_asked, has_price)
        # animals a post talks about without trading them or reporting on them are mentions,
        # not detections: a zoo's birth, a pet's memorial, "is it legal to keep one?"
        mentioned = [t.name for t in taxa] if talk and not reads_as_news(cues) else []
        if mentioned:
            taxa = []
        risk = self.scorer.assess(cues, taxa, has_price=has_price, caveats=annotation_notes)
        trade = (
            bool(taxa)
            and not talk
            and offered(cues, taxa, has_price)
            and not news_only(cues, has_price)
        )
        signals = cues.summary()
        if mentioned:
            signals["mentioned"] = mentioned
        dropped = [t.matched for t in found if t not in kept]
        if dropped:
            signals["dropped_matches"] = dropped
        if not_covered:
            signals["not_covered"] = not_covered
        if annotation_notes:
            signals["annotation"] = annotation_notes
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

    def _is_plant(self, match: TaxonMatch) -> bool:
        taxon = self.kb.taxa.get(match.taxon_id)
        return taxon is not None and taxon.kingdom == "Plantae"

    def _within_annotations(
        self, taxa: list[TaxonMatch], cues: Cues
    ) -> tuple[list[TaxonMatch], list[str], list[str]]:
        """A plant's goods that its listing's annotation expressly leaves out are no CITES
        specimens: a ginseng tea (#3), a finished rosewood guitar (#15), orchid seeds and
        vanilla pods (#4). The taxon leaves the taxa when every product word beside it is such
        goods. Goods outside a listing limited to some parts ("#7: logs, wood-chips, powder
        and extracts" beside prayer beads) stay, with a note: the seller may mean the wood."""
        kept: list[TaxonMatch] = []
        left_out: list[str] = []
        notes: list[str] = []
        for match in taxa:
            taxon = self.kb.taxa.get(match.taxon_id)
            annotation = self.kb.effective_annotation(taxon) if taxon else None
            products = {c.product for c in _products_near(match, cues, True) if c.product}
            products |= {match.product} if match.product else set()
            if annotation is None or not products:
                kept.append(match)
                continue
            outside = sorted(p for p in products if annotation.leaves_out(p))
            if outside and len(outside) == len(products) and annotation.excludes_all(outside):
                left_out.append(
                    f"{match.name}: {', '.join(outside)} left out by annotation "
                    f"{annotation.number} ({annotation.covers})"
                )
                continue
            if outside:
                notes.append(
                    f"Annotation {annotation.number} limits the listing of {match.name} to "
                    f"{annotation.covers}: the goods offered ({', '.join(outside)}) may not be "
                    "covered"
                )
            kept.append(match)
        return kept, left_out, notes

    def _most_specific(self, taxa: list[TaxonMatch]) -> list[TaxonMatch]:
        """'pangolin' (Manidae) and 'Manis javanica' in one text: keep the species."""
        return [
            m
            for m in taxa
            if not any(t.name != m.name and m.name in self._lineage(t) for t in taxa)
        ]

    def _without_crossed(self, found: list[TaxonMatch]) -> list[TaxonMatch]:
        """Of two names that share a word and name unrelated taxa, the longer is read: in "con
        voọc chà vá" the douc, not "con voọc" (a langur). Related ones are both kept, and the
        more specific wins later ("sisik trenggiling" and "trenggiling jawa")."""
        return [
            m
            for m in found
            if not any(
                o.start < m.end
                and m.start < o.end
                and not (o.start <= m.start and m.end <= o.end)
                and not (m.start <= o.start and o.end <= m.end)
                and o.end - o.start > m.end - m.start
                and not o.name_kind.startswith("product")  # "ivory carving" over "red ivory"
                and m.name_kind != "scientific"  # "piel de Caiman yacare": the binomial stays
                and o.name not in self._lineage(m)
                and m.name not in self._lineage(o)
                and o.name != m.name
                for o in found
            )
        ]

    def _lineage(self, match: TaxonMatch) -> tuple[str, ...]:
        taxon = self.kb.taxa.get(match.taxon_id)
        if taxon is None:
            return ()
        return (*taxon.lineage, taxon.listed_under)


def _in_their_sense(
    found: list[TaxonMatch], cues: Cues, views: TextViews, title_end: int
) -> list[TaxonMatch]:
    """The matches that name the animal: not negated ("resin replica"), not inside a trap
    ("French ivory"), not part of a company's, a model's or a person's name."""
    restated = {id(t): restatements(t, found, title_end) for t in found}
    negated_matches = [
        t for t in found if negated(t, cues, views, title_end, bool(restated[id(t)]))
    ]
    # a title's name that the body says again and negates there ("Rhino" over "canvas
    # print of a black rhino") is negated with it
    negated_ids = {id(t) for t in negated_matches}
    negated_matches += [
        t
        for t in found
        if id(t) not in negated_ids and any(id(r) in negated_ids for r in restated[id(t)])
    ]
    negated_taxa = {t.taxon_id for t in negated_matches}
    # a word used in a trap ("Python Crash Course") has that sense elsewhere in the text
    # too, and so has a negated word: "python effect" also unmakes the title's "Python"
    # that another detector read as the genus rather than the family
    trapped_matches = [
        t for t in found if _trapped(t, cues) or _glossed_by_trap(t, cues, views.original)
    ]
    trapped = {_sense_key(t.matched) for t in trapped_matches}
    trapped.update(_sense_key(t.matched) for t in negated_matches)
    # an emoji beside a word caught in a trap has its sense: "🐍 Python 3.12 scripts"
    trapped_taxa = {t.taxon_id for t in trapped_matches}
    # a name that is part of a company's name ("Tiger Brands Ltd") is that company, and so
    # is the company's name said again without its legal form ("Tiger Brands shares")
    companies = {c for t in found if (c := company_name(t, views.original))}
    text = views.original
    # a name that is a company's, a product model's or a person's names none of the animal;
    # an emoji beside such a name is its logo: "Cafe Con Voi 🐘", "0NÇ4 Fitness 🐆"
    named = {
        id(t)
        for t in found
        if any(text.startswith(c, t.start) for c in companies)
        or model_name(t, text)
        or person_name(t, text)
    }
    names = [(t.start, t.end) for t in found if id(t) in named and t.name_kind != "emoji"]
    return [
        t
        for t in found
        if id(t) not in named
        and t.taxon_id not in negated_taxa
        and _sense_key(t.matched) not in trapped
        and not _inside_longer(t, found)
        and not (t.name_kind == "emoji" and t.taxon_id in trapped_taxa)
        and not (t.name_kind == "emoji" and beside_trap(t, cues, text))
        and not (_pictured(t) and beside_any(t, names, text))
        and not said_absent(t, text)
        and not as_colour(t, text)
    ]


def _sense_key(word: str) -> str:
    """The word as compared with its other uses in the text: case folded, and without the
    Arabic article ("الببغاء" in an idiom is "ببغاء" in the title too)."""
    key = word.casefold()
    return key[2:] if key.startswith(ARABIC_ARTICLE) and len(key) > 4 else key


def _inside_a_name(cue: Cue, found: list[TaxonMatch]) -> bool:
    return cue.kind == "negation" and any(
        m.start <= cue.start and cue.end <= m.end and m.name_kind != "emoji" for m in found
    )


def _pictured(match: TaxonMatch) -> bool:
    """The match is an emoji, alone or read with a word nearby (🐆 in a post from Brazil)."""
    return match.name_kind == "emoji" or is_pictograph(match.matched[:1])


def _lexicon_first(found: list[TaxonMatch]) -> list[TaxonMatch]:
    """Where the lexicon reads the same words as another taxon than the species data's common
    name or lone genus does, the lexicon's reading stands: it follows the generic-word table
    ("giant clam" is the family, not Tridacna gigas; "Python" at a sentence's start is the
    family of pythons, not the genus)."""
    lexicon_spans = {
        (t.start, t.end): t.taxon_id for t in found if t.detector_id == LexiconTermsDetector.id
    }
    return [
        t
        for t in found
        if t.detector_id != SpeciesNameDetector.id
        or (t.name_kind in ("scientific", "synonym") and " " in t.matched.strip())
        or lexicon_spans.get((t.start, t.end), t.taxon_id) == t.taxon_id
    ]


def _without_product_readings(found: list[TaxonMatch], cues: Cues) -> list[TaxonMatch]:
    """Of two names that share a word, the one that adds only a product word to it yields:
    "kulit macan salju" is the skin of a snow leopard ("macan salju"), not tiger skin ("kulit
    macan")."""
    products = cues.of("product")

    def product_only(match: TaxonMatch, other: TaxonMatch) -> bool:
        if match.start < other.start < match.end < other.end:
            start, end = match.start, other.start
        elif other.start < match.start < other.end < match.end:
            start, end = other.end, match.end
        else:
            return False  # apart, or one inside the other
        own = match.matched[start - match.start : end - match.start]
        start += len(own) - len(own.lstrip())
        end -= len(own) - len(own.rstrip())
        return any(c.start <= start and end <= c.end for c in products)

    return [
        m for m in found if not any(o.taxon_id != m.taxon_id and product_only(m, o) for o in found)
    ]


def _trapped(match: TaxonMatch, cues: Cues) -> bool:
    """A match inside a trap, or sharing at least half its letters with a trap that reaches
    past it: "อะโรวาน่าเงิน" (silver arowana, unlisted) also unmakes "ปลาอะโรวาน่า" in
    "ปลาอะโรวาน่าเงิน", and "tiger prawns" the "baby tiger" of "baby tiger prawns". A trap
    inside a longer name is no trap ("天然アイボリー" is ivory, not the colour)."""
    size = match.end - match.start
    for trap in cues.of("trap"):
        if trap.start <= match.start and match.end <= trap.end:
            return True
        inside = match.start <= trap.start and trap.end <= match.end
        shared = min(match.end, trap.end) - max(match.start, trap.start)
        if not inside and 2 * shared >= size:
            return True
    return False


GLOSS = re.compile(r"[ \t]*[(（\[][ \t]*")


def _glossed_by_trap(match: TaxonMatch, cues: Cues, text: str) -> bool:
    """A word glossed in brackets by a trap, or glossing one, has the trap's sense:
    "1V0RY（アイボリー）レザーソファ", "アイボリー (ivory)" are the colour."""
    for trap in cues.of("trap"):
        if match.end <= trap.start and GLOSS.fullmatch(text, match.end, trap.start):
            return True
        if trap.end <= match.start and GLOSS.fullmatch(text, trap.end, match.start):
            return True
    return False


def _inside_longer(match: TaxonMatch, found: list[TaxonMatch]) -> bool:
    """'bois de rose' inside 'bois de rose de Madagascar': the longer phrase says more."""
    return any(
        o.start <= match.start and match.end <= o.end and o.end - o.start > match.end - match.start
        for o in found
    )


def _products_near(match: TaxonMatch, cues: Cues, plant: bool) -> list[Cue]:
    return [
        c
        for c in cues.of("product")
        if min(abs(c.start - match.end), abs(match.start - c.end)) <= PRODUCT_WINDOW
        and (plant or c.product not in PLANT_PARTS)
    ]


def _with_product(match: TaxonMatch, cues: Cues, plant: bool) -> TaxonMatch:
    """The nearest product word within PRODUCT_WINDOW characters (the longer of two at the same
    distance: "tea table" over "tea"); plant parts and goods go with plants only."""
    if match.product:
        return match
    near = _products_near(match, cues, plant)
    if not near:
        return match
    closest = min(
        near,
        key=lambda c: (min(abs(c.start - match.end), abs(match.start - c.end)), c.start - c.end),
    )
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
