"""The detection engine: one pass of every detector over a listing's text, then context.

Steps: build the text's views (folded; deobfuscated) → detectors find taxa → context cues →
drop taxa inside traps ("French ivory") or beside negations ("resin replica") → attach nearby
product words → keep the most specific taxon of each lineage → the taxon model refines a group
the text describes as one species → the kind model overrules the cues where it is sure → the
taxon model names the goods of a trade where no taxon was read → score → decide.
Both `wildtrace detect` and the patrol call `Engine.analyse`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from mypy_extensions import mypyc_attr

from wildtrace.detect.context import ContextScanner, lead_verb_cues
from wildtrace.detect.cues import Cue, Cues
from wildtrace.detect.default_taxa import DEFAULT_TAXA, OTHER_SOURCES
from wildtrace.detect.emoji_rules import (
    beside_food,
    emoji_supported,
    without_emoji_decoration,
    without_emoji_on_other_goods,
)
from wildtrace.detect.eponyms import Eponyms
from wildtrace.detect.false_friends import FalseFriends
from wildtrace.detect.kind_model import KindModel, as_kind
from wildtrace.detect.lexicon_terms import LexiconTermsDetector
from wildtrace.detect.negation import asks_a_fee, is_adoption
from wildtrace.detect.product_owners import without_borrowed_products
from wildtrace.detect.senses import in_their_sense
from wildtrace.detect.species_names import SpeciesNameDetector
from wildtrace.detect.taxon_model import TaxonModel
from wildtrace.detect.taxon_products import merged_per_taxon, products_near, with_product
from wildtrace.detect.trade_decision import news_only, offered, only_talk, reads_as_news
from wildtrace.detect.vietnamese_marks import vietnamese_only
from wildtrace.detect.views import TextViews
from wildtrace.domain.analysis import Analysis, TaxonMatch
from wildtrace.lexicon.load import Lexicon, load_lexicon
from wildtrace.risk.score import RiskScorer
from wildtrace.species.kb import KnowledgeBase, default_knowledge_base
from wildtrace.textnorm.pickled_state import PickledState

# the taxon model guesses unnamed taxa only where the kind model reads a trade this surely
GUESS_TRADE = 0.8
INFERRED_CONFIDENCE = 0.6  # a taxon no word names is less certain than any name read
TAXON_MODEL_ID = "detector.taxon_model.v1"
MAX_TEXT_CHARS = 2_000_000  # longer texts are cut, so one pasted dump cannot stall a run
MAX_MATCHES = 500  # matches read per text; see _bounded
# matches that name a taxon outright (not a product word, code word, emoji or implied rule)
NAMING_KINDS = ("name_", "common_", "scientific", "synonym", "eponym")
# taxa whose names also name what figures are carved from: woods, corals, tortoiseshell, the
# hornbill's casque, giant clam shell ("rosewood statue" is made of it, not shows it)
MATERIAL_TAXA = frozenset(
    {"Plantae", "Anthozoa", "Hydrozoa", "Eretmochelys imbricata", "Rhinoplax vigil", "Tridacnidae"}
)


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
    def __init__(
        self,
        kb: KnowledgeBase | None = None,
        lexicon: Lexicon | None = None,
        kinds: KindModel | None = None,
        taxa_model: TaxonModel | None = None,
    ) -> None:
        self.kb = kb or default_knowledge_base()
        self.lexicon = lexicon or (default_lexicon() if kb is None else load_lexicon(self.kb))
        self.detectors = (
            SpeciesNameDetector(kb=self.kb),
            LexiconTermsDetector(self.kb, self.lexicon),
        )
        self.context = ContextScanner(self.lexicon)
        self.eponyms = Eponyms(self.kb)
        self.false_friends = FalseFriends(self.lexicon)
        self.scorer = RiskScorer()
        self.kinds = kinds or KindModel.load()
        self.taxa_model = taxa_model or TaxonModel.load()
        # for each higher taxon, the model's classes below it (the taxa it may be refined to);
        # learnt again when another model is put in
        self._below = classes_below(self.kb, self.taxa_model.taxa)
        self._below_model = self.taxa_model

    @property
    def detector_ids(self) -> tuple[str, ...]:
        return (*(d.id for d in self.detectors), TAXON_MODEL_ID)

    def analyse(self, listing: ListingText) -> Analysis:
        views = TextViews.of(listing.full_text)
        found: list[TaxonMatch] = []
        for detector in self.detectors:
            found.extend(detector.detect(views))
        found = _lexicon_first(found)
        all_found = len(found)
        found = _bounded(found)
        cues = self.context.scan(views)
        title_end = len(listing.title) if listing.title and listing.text else 0
        fee_asked = asks_a_fee(views.original)
        if fee_asked:  # "for adoption … rehoming fee 2,500" is a sale
            cues.found = [c for c in cues.found if not is_adoption(c)]
        # a negation word inside a name is part of it: "falso peyote", "faux gavial"; inside
        # an authority's name it is that name: "Receita Federal" (customs) holds no recipe
        news = cues.of("news")
        cues.found = [
            c for c in cues.found if not _inside_a_name(c, found) and not _inside(c, news)
        ]
        has_price = listing.price is not None
        kept = self._kept(found, cues, views, title_end, has_price)
        cues.found.extend(lead_verb_cues(views.original, [(t.start, t.end) for t in kept]))
        taxa = self._most_specific(
            merged_per_taxon([with_product(t, cues, self._is_plant(t)) for t in kept])
        )
        readable = self.kinds.readable(views.folded.text)
        refined: list[str] = []
        if readable is not None:
            taxa = [self._refined(t, readable, refined) for t in taxa]
        taxa, not_covered, annotation_notes = self._within_annotations(taxa, cues)
        talk = only_talk(cues, fee_asked, has_price)
        # animals a post talks about without trading them or reporting on them are mentions,
        # not detections: a zoo's birth, a pet's memorial, "is it legal to keep one?"
        mentioned = [t.name for t in taxa] if talk and not reads_as_news(cues) else []
        read = taxa
        if mentioned:
            taxa = []
        trade = (
            bool(taxa)
            and not talk
            and offered(cues, taxa, has_price)
            and not news_only(cues, has_price)
        )
        # the model of what kind of post this is has the last word where it is sure
        ruled = "trade" if trade else "news" if cues.has("news") else "other"
        kinds = self.kinds.probabilities_of(readable) if read and readable is not None else None
        sure = self.kinds.sure_kind_in(kinds) if kinds is not None else None
        if sure is not None:
            taxa, mentioned, trade = as_kind(sure[0], read)
        elif kinds is not None and taxa and not trade and not cues.has("news"):
            # no trade and no report: where the model leans to "other" without being sure,
            # the post only mentions its animals (a lost tortoise, a scam warning, a zoo job)
            p_trade, p_news, p_other = kinds
            if p_other > p_trade and p_other > p_news:
                mentioned, taxa = [t.name for t in taxa], []
        # the model names no taxon in place of one a plant annotation leaves out (a finished
        # guitar of Indian rosewood). It may name one whose words the rules dropped: five-fold
        # CV showed it right there more often than wrong (it rescues offers the rules over-read
        # as traps or negations; "màu trắng ngà", ivory-white paint, is one it gets wrong)
        unread = not read and not not_covered
        guessed = self._guessed(views, cues, readable) if unread and readable else None
        if guessed is not None:
            taxa, trade = [guessed], True
        risk = self.scorer.assess(cues, taxa, has_price=has_price, caveats=annotation_notes)
        kept_set = set(kept)
        model_said = refined
        if guessed is not None:
            model_said.append(
                f"{guessed.name} ({guessed.confidence:.2f}), named by no word; "
                f"the word that weighs most: {guessed.matched}"
            )
        notes = {
            "kind_model": [f"{sure[0]} ({sure[1]:.2f}), not {ruled} as the cues read"]
            if sure is not None and sure[0] != ruled
            else [],
            "taxon_model": model_said,
            "mentioned": mentioned,
            "dropped_matches": [t.matched for t in found if t not in kept_set],
            "matches_bounded": [f"{len(found)} of {all_found} matches read"]
            if all_found > len(found)
            else [],
            "not_covered": not_covered,
            "annotation": annotation_notes,
        }
        signals = cues.summary()
        signals.update({key: lines for key, lines in notes.items() if lines})
        return Analysis(tuple(taxa), risk, trade, signals)

    def _kept(
        self, found: list[TaxonMatch], cues: Cues, views: TextViews, title_end: int, priced: bool
    ) -> list[TaxonMatch]:
        """The matches that name wildlife in this text: read in their sense, not a product's
        owner or another word's part, nor a word of another language, an emoji that stands
        for the animal, eponyms resolved."""
        figures = cues.has("figure")  # the material taxa matter only beside a figure word
        materials = frozenset(t.taxon_id for t in found if figures and self._material(t))
        kept = in_their_sense(found, cues, views, title_end, materials)
        kept = self.false_friends.kept(kept, views.folded.text)
        kept = [t for t in kept if not _foreign_in_vietnamese(t)]
        kept = without_borrowed_products(kept, views.original)
        kept = self._without_crossed(kept)
        kept = self._without_guessed_defaults(kept, views.original, title_end)
        kept = _without_product_readings(kept, cues, self._lineage)
        kept = self._without_outnamed_code_words(kept)
        kept = self._without_short_forms(kept)
        kept = [
            t
            for t in kept
            if t.name_kind != "emoji"
            or (emoji_supported(t, cues, priced) and not beside_food(t, views.original))
        ]
        kept = without_emoji_decoration(kept, cues)
        kept = without_emoji_on_other_goods(kept, cues)
        return [self.eponyms.refine(t, views.original) for t in kept]

    def _refined(self, match: TaxonMatch, found: set[str], said: list[str]) -> TaxonMatch:
        """The species (or genus) below a group the rules read, when the taxon model is sure
        the text describes it: the Nile crocodile of "ngozi za mamba wa Ziwa Victoria". The
        match keeps its words and span; the taxon, appendix and detector change, the
        confidence is multiplied by the model's probability, and `said` gets the reason."""
        if self._below_model is not self.taxa_model:
            self._below = classes_below(self.kb, self.taxa_model.taxa)
            self._below_model = self.taxa_model
        below = self._below.get(match.name)
        answer = self.taxa_model.refine(found, below) if below else None
        taxon = self.kb.by_name.get(answer[0].lower()) if answer is not None else None
        if answer is None or taxon is None:
            return match
        said.append(
            f"{match.name} read as {taxon.name} ({answer[1]:.2f}); "
            f"the word that weighs most: {answer[2]}"
        )
        return replace(
            match,
            **self.kb.identity(taxon),
            detector_id=TAXON_MODEL_ID,
            confidence=round(match.confidence * answer[1], 3),
        )

    def _guessed(self, views: TextViews, cues: Cues, found: set[str]) -> TaxonMatch | None:
        """The taxon an offer that names none means, read by the taxon model where the kind
        model reads a trade; the span is the first place of the word that weighs most."""
        if self.kinds.probabilities_of(found)[0] < GUESS_TRADE:
            return None
        guess = self.taxa_model.guess(found)
        taxon = self.kb.by_name.get(guess[0].lower()) if guess is not None else None
        if guess is None or taxon is None:
            return None
        word = guess[2].split(" ")[0]
        at = views.folded.text.find(word) if word else -1
        start, end = views.folded.span(at, at + len(word)) if at >= 0 else (0, 0)
        return TaxonMatch(
            name=taxon.name,
            taxon_id=taxon.taxon_id,
            rank=taxon.rank,
            appendix=self.kb.effective_appendix(taxon),
            matched=views.original[start:end],
            start=start,
            end=end,
            name_kind="inferred",
            detector_id=TAXON_MODEL_ID,
            confidence=round(guess[1] * INFERRED_CONFIDENCE, 3),
            product=next((c.product for c in cues.of("product") if c.product), None),
        )

    def _without_guessed_defaults(
        self, found: list[TaxonMatch], text: str, title_end: int
    ) -> list[TaxonMatch]:
        """Drop a default taxon reached by a generic word when a sibling is named, or another
        source of the same goods on its line or in the title (a narwhal's tusk beside a bare
        "ivory")."""
        names = {n for t in found for n in (t.name, *self._lineage(t))}
        out = []
        for match in found:
            own = match.matched.casefold()
            rule = DEFAULT_TAXA.get(match.name)
            if rule is not None and names & rule[0] and not any(s in own for s in rule[1]):
                continue
            other = OTHER_SOURCES.get(match.name)
            if other is not None and not any(s in own for s in other[1]):
                # only a source named on the match's own line or in the title: a list's other
                # items stand
                beside = {
                    n
                    for t in found
                    if t.start < title_end
                    or "\n" not in text[min(t.start, match.start) : max(t.end, match.end)]
                    for n in (t.name, *self._lineage(t))
                }
                if beside & other[0]:
                    continue
            out.append(match)
        return out

    def _material(self, match: TaxonMatch) -> bool:
        """Whether the taxon's names also name a material figures are carved from."""
        return match.name in MATERIAL_TAXA or any(n in MATERIAL_TAXA for n in self._lineage(match))

    def _is_plant(self, match: TaxonMatch) -> bool:
        taxon = self.kb.taxa.get(match.taxon_id)
        return taxon is not None and taxon.kingdom == "Plantae"

    def _within_annotations(
        self, taxa: list[TaxonMatch], cues: Cues
    ) -> tuple[list[TaxonMatch], list[str], list[str]]:
        """A plant's goods that its listing's annotation expressly leaves out are no CITES
        specimens: a ginseng tea (#3), a finished rosewood guitar (#15), orchid seeds and
        vanilla pods (#4). The taxon leaves the taxa when every product word beside it is such
        goods, unless the seller speaks of papers. Goods outside a listing limited to some
        parts ("#7: logs, wood-chips, powder and extracts" beside prayer beads), or sold with
        papers, stay, with a note: the seller may mean the wood."""
        kept: list[TaxonMatch] = []
        left_out: list[str] = []
        notes: list[str] = []
        # a seller who speaks of papers, declared or missing, treats the goods as covered
        # (blackwood billets "with CITES", bar blanks with "no CITES paperwork"): the taxon
        # stays
        papered = cues.has("permit") or cues.has("no_papers")
        for match in taxa:
            taxon = self.kb.taxa.get(match.taxon_id)
            annotation = self.kb.effective_annotation(taxon) if taxon else None
            products = {c.product for c in products_near(match, cues, True) if c.product}
            products |= {match.product} if match.product else set()
            if annotation is None or not products:
                kept.append(match)
                continue
            outside = sorted(p for p in products if annotation.leaves_out(p))
            if (
                outside
                and len(outside) == len(products)
                and annotation.excludes_all(outside)
                and not papered
            ):
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
                and not self._related(o, m)
                # a sibling of a generic word's default stays for the default to yield to it:
                # "da 🐆☁️" is a clouded leopard's skin, not a leopard's
                and m.name not in DEFAULT_TAXA.get(o.name, (frozenset(),))[0]
                for o in found
            )
        ]

    def _without_short_forms(self, found: list[TaxonMatch]) -> list[TaxonMatch]:
        """A one-word name written after a longer name that begins with it is that name cut
        short, not another taxon: "kasturi ternate … Kasturi 2,5jt" is the lory twice, not a
        lory and musk (kasturi alone). A material's name is left whole: after "gading merah"
        (hornbill casque), "gading 2kg" is still ivory."""
        # names of two words (their first word, lowered): the word and the one that tells which
        longer = [
            (m, m.matched.split()[0].lower())
            for m in found
            if len(m.matched.split()) == 2 and m.name_kind.startswith("name")
        ]
        if not longer:
            return found
        return [
            m
            for m in found
            if not (
                " " not in m.matched.strip()
                and m.name_kind.startswith(("name", "product"))
                and any(
                    o.end <= m.start
                    and o.product in (None, "live")  # an animal's name, not a material's
                    and o.taxon_id != m.taxon_id
                    and first == m.matched.lower()
                    and not self._related(o, m)
                    for o, first in longer
                )
            )
        ]

    def _without_outnamed_code_words(self, found: list[TaxonMatch]) -> list[TaxonMatch]:
        """A code word read as one taxon yields to another taxon the text names outright: the
        "or blanc" of "or blanc – civelles vivantes" is the glass eels, not ivory; code words
        are used for whatever the seller deals in."""
        named = [t for t in found if t.name_kind.startswith(NAMING_KINDS)]
        if not named:
            return found
        return [
            t
            for t in found
            if not t.name_kind.startswith("code_word") or all(self._related(n, t) for n in named)
        ]

    def _related(self, a: TaxonMatch, b: TaxonMatch) -> bool:
        """The same taxon, or one holds the other in its lineage."""
        return a.name == b.name or a.name in self._lineage(b) or b.name in self._lineage(a)

    def _lineage(self, match: TaxonMatch) -> tuple[str, ...]:
        taxon = self.kb.taxa.get(match.taxon_id)
        if taxon is None:
            return ()
        return (*taxon.lineage, taxon.listed_under)


def _inside(cue: Cue, news: Sequence[Cue]) -> bool:
    return cue.kind == "negation" and any(
        n.start <= cue.start and cue.end <= n.end and n.end - n.start > cue.end - cue.start
        for n in news
    )


def _inside_a_name(cue: Cue, found: list[TaxonMatch]) -> bool:
    return cue.kind == "negation" and any(
        m.start <= cue.start and cue.end <= m.end and m.name_kind != "emoji" for m in found
    )


def _bounded(found: list[TaxonMatch]) -> list[TaxonMatch]:
    """At most MAX_MATCHES matches, in their order: the first place of each distinct name
    written, then the earliest others. A keyword-stuffed post ("#ivory #ivory …", a megabyte
    of it) holds tens of thousands, and the steps after compare matches pairwise; past the
    first few hundred, more places of the same names change no decision."""
    if len(found) <= MAX_MATCHES:
        return found
    ordered = sorted(found, key=lambda t: (t.start, t.end))
    first: dict[tuple[str, str], TaxonMatch] = {}
    for match in ordered:
        first.setdefault((match.taxon_id, match.matched.casefold()), match)
    keep = {id(t) for t in list(first.values())[:MAX_MATCHES]}
    for match in ordered:
        if len(keep) >= MAX_MATCHES:
            break
        keep.add(id(match))
    return [t for t in found if id(t) in keep]


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


def _foreign_in_vietnamese(match: TaxonMatch) -> bool:
    """A name of another language read in words written with Vietnamese marks: "bánh cuốn"
    folds to the Spanish "cuón" (the dhole), "cuốn sách" (a book) too."""
    return (
        not match.name_kind.endswith("_vi")
        and match.name_kind not in {"emoji", "inferred"}
        and vietnamese_only(match.matched)
    )


def _without_product_readings(
    found: list[TaxonMatch],
    cues: Cues,
    lineage: Callable[[TaxonMatch], tuple[str, ...]],
) -> list[TaxonMatch]:
    """Of two names that share a word, the one that adds only a product word to it yields:
    "kulit macan salju" is the skin of a snow leopard ("macan salju"), not tiger skin ("kulit
    macan"). Where each adds a product word to the other ("Baby sawa" and "sawa darah", blood
    being a product too), the one that names a taxon below the other's stays: the blood
    python, not the python family."""
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

    def yields(match: TaxonMatch, other: TaxonMatch) -> bool:
        if match.taxon_id == other.taxon_id or not product_only(match, other):
            return False
        return not (product_only(other, match) and other.name in lineage(match))

    return [m for m in found if not any(yields(m, o) for o in found)]


def classes_below(kb: KnowledgeBase, classes: list[str]) -> dict[str, tuple[int, ...]]:
    """Each higher taxon → the indexes of the classes whose lineage holds it."""
    below: dict[str, list[int]] = {}
    for i, name in enumerate(classes):
        taxon = kb.by_name.get(name.lower())
        for higher in taxon.lineage if taxon is not None else ():
            below.setdefault(higher, []).append(i)
    return {name: tuple(indexes) for name, indexes in below.items()}
