"""Detector: CITES taxa named in a text by scientific name, synonym or EN/FR/ES common name.

Collects: the taxa a listing names, with span and matched form. Legal/ethical note: a name is
evidence of a topic, not of an offence; the risk score weighs context. Known failure modes:
common names that are also ordinary words ("Ocelot" the brand), names in languages the knowledge
base lacks, and misspellings of more than two letters.
"""

from __future__ import annotations

from functools import lru_cache
from typing import ClassVar

import yaml
from mypy_extensions import mypyc_attr

from wildtrace.detect import DATA_DIR
from wildtrace.detect.abbreviated_binomials import AbbreviatedBinomials
from wildtrace.detect.automaton import PhraseAutomaton
from wildtrace.detect.cyrillic_binomials import romanised
from wildtrace.detect.detector_configs import SpeciesNameDetectorConfig
from wildtrace.detect.fuzzy_binomials import BinomialMatcher
from wildtrace.detect.views import TextViews, ViewHit, scan
from wildtrace.domain.analysis import TaxonMatch
from wildtrace.species.kb import KnowledgeBase, NameForm, default_knowledge_base
from wildtrace.textnorm.normalise import normalise
from wildtrace.textnorm.pickled_state import PickledState

MIN_COMMON_NAME_LENGTH = 4
AMBIGUOUS_FILE = DATA_DIR / "ambiguous_names.yaml"


@lru_cache(maxsize=1)
def ambiguous_names() -> frozenset[str]:
    """Common names that are ordinary words or brands somewhere (see the data file)."""
    data = yaml.safe_load(AMBIGUOUS_FILE.read_text(encoding="utf-8"))
    return frozenset(normalise(str(n)).text for n in data["names"])


@lru_cache(maxsize=1)
def everyday_genera() -> frozenset[str]:
    """Genus names that are everyday words; alone, they are not read as the genus."""
    data = yaml.safe_load(AMBIGUOUS_FILE.read_text(encoding="utf-8"))
    return frozenset(normalise(str(n)).text for n in data["lone_genera"])


def _readable_forms(views: TextViews, hit: ViewHit[NameForm]) -> tuple[NameForm, ...]:
    """The name forms a hit can stand for. A lone genus or family name counts only when
    capitalised, as Latin names are written: "Python" in a list of snakes, not "manis"
    (Indonesian for sweet)."""
    if views.original[hit.start : hit.start + 1].isupper():
        return hit.payloads
    return tuple(f for f in hit.payloads if f.kind == "common" or " " in f.text)


@mypyc_attr(allow_interpreted_subclasses=True)
class SpeciesNameDetector(PickledState):
    """Exact names through Aho-Corasick, misspelled binomials through edit distance."""

    id: ClassVar[str] = "detector.species_names.v1"
    summary: ClassVar[str] = (
        "CITES taxa by scientific name, synonym, EN/FR/ES common name; misspelled binomials"
    )
    kind: ClassVar[str] = "detector"
    Config: ClassVar[type[SpeciesNameDetectorConfig]] = SpeciesNameDetectorConfig

    def __init__(
        self, kb: KnowledgeBase | None = None, config: SpeciesNameDetectorConfig | None = None
    ) -> None:
        self.config = config or SpeciesNameDetectorConfig()
        self.kb = kb or default_knowledge_base()
        forms = [f for f in self.kb.name_forms if self._indexable(f)]
        self._automaton = PhraseAutomaton((normalise(f.text).text, f) for f in forms)
        binomials = [f.text for f in self.kb.name_forms if f.kind in {"scientific", "synonym"}]
        self._fuzzy = BinomialMatcher(binomials)
        self._abbreviated = AbbreviatedBinomials(
            f.text for f in self.kb.name_forms if f.kind == "scientific"
        )
        self._by_binomial = {
            normalise(f.text).text: f
            for f in self.kb.name_forms
            if f.kind in {"scientific", "synonym"}
        }

    @staticmethod
    def _indexable(form: NameForm) -> bool:
        if form.kind != "common":
            return " " in form.text or normalise(form.text).text not in everyday_genera()
        return len(form.text) >= MIN_COMMON_NAME_LENGTH and (
            normalise(form.text).text not in ambiguous_names()
        )

    def detect(self, views: TextViews) -> list[TaxonMatch]:
        exact = []
        for hit in scan(self._automaton, views):
            forms = _readable_forms(views, hit)
            if forms:
                exact.append(
                    self._match(
                        views,
                        hit.start,
                        hit.end,
                        self._best_form(forms),
                        tuple(sorted(hit.tactics)),
                        0.95,
                    )
                )
        fuzzy: list[TaxonMatch] = []
        if self.config.fuzzy:
            folded = views.folded
            for found in self._fuzzy.find(folded.text):
                start, end = folded.span(found.start, found.end)
                if any(m.start <= start and end <= m.end for m in exact):
                    continue  # spelled right after all (or part of a longer exact name)
                # a misspelled binomial is more specific than the genus matched inside it
                exact = [m for m in exact if not (start <= m.start and m.end <= end)]
                form = self._by_binomial[found.binomial]
                confidence = 0.85 if found.edits == 1 else 0.7
                fuzzy.append(
                    self._match(views, start, end, form, ("misspelled_scientific",), confidence)
                )
            fuzzy.extend(self._in_cyrillic(views, exact))
        return exact + fuzzy + self._abbreviated_matches(views, exact + fuzzy)

    def _in_cyrillic(self, views: TextViews, exact: list[TaxonMatch]) -> list[TaxonMatch]:
        """Binomials written in Cyrillic letters ("Коруция зебрата"), read in their Latin
        spelling (cyrillic_binomials.py)."""
        folded = views.folded
        latin = romanised(folded.text)
        if latin is None:
            return []
        text, offsets = latin
        out = []
        for found in self._fuzzy.find(text, exact_too=True):
            at, to = offsets[found.start], offsets[found.end - 1] + 1
            if text[found.start : found.end] == folded.text[at:to]:
                continue  # written in Latin letters: read above
            start, end = folded.span(at, to)
            if any(m.start < end and start < m.end for m in exact):
                continue
            form = self._by_binomial[found.binomial]
            confidence = 0.8 if found.edits == 0 else 0.7
            out.append(self._match(views, start, end, form, ("transliteration",), confidence))
        return out

    def _abbreviated_matches(self, views: TextViews, found: list[TaxonMatch]) -> list[TaxonMatch]:
        """ "B. smithi", "Nep. raja": binomials whose genus is cut short."""
        out = []
        for hit in self._abbreviated.find(views.original):
            if any(m.start < hit.end and hit.start < m.end for m in found):
                continue
            form = self._by_binomial.get(normalise(hit.binomial).text)
            if form is None:
                continue
            evasion = ("misspelled_scientific",) if hit.edits else ()
            confidence = 0.75 if hit.edits else 0.85
            out.append(self._match(views, hit.start, hit.end, form, evasion, confidence))
        return out

    @staticmethod
    def _best_form(forms: tuple[NameForm, ...]) -> NameForm:
        order = {"scientific": 0, "synonym": 1, "common": 2}
        return min(forms, key=lambda f: order.get(f.kind, 3))

    def _match(
        self,
        views: TextViews,
        start: int,
        end: int,
        form: NameForm,
        evasion: tuple[str, ...],
        confidence: float,
    ) -> TaxonMatch:
        taxon = self.kb.taxa[form.taxon_id]
        return TaxonMatch(
            name=taxon.name,
            taxon_id=taxon.taxon_id,
            rank=taxon.rank,
            appendix=self.kb.effective_appendix(taxon),
            matched=views.original[start:end],
            start=start,
            end=end,
            name_kind=form.kind if form.kind != "common" else f"common_{form.lang}",
            detector_id=self.id,
            confidence=confidence,
            evasion=evasion,
        )
