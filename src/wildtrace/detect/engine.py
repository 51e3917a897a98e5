"""The detection engine: normalise once, run every detector, drop traps, score, decide.

Both `wildtrace detect` and the patrol runner call `Engine.analyse`, so a listing gets the same
answer however it arrives.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from wildtrace.detect.species_names import SpeciesNameDetector
from wildtrace.detect.trade_terms import TradeTermsDetector
from wildtrace.domain.analysis import Analysis, TaxonMatch
from wildtrace.risk.score import RiskScorer
from wildtrace.species.kb import KnowledgeBase, default_knowledge_base
from wildtrace.textnorm.normalise import normalise

# A listing is wildlife trade when it names a CITES taxon and reads as an offer, not as news
# or a look-alike product. Legal offers with permits are trade too; their risk stays low.
TRADE_MIN_SCORE = 30


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
        return f"{self.title}\n{self.text}" if self.title else self.text


class Engine:
    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or default_knowledge_base()
        self.detectors = (SpeciesNameDetector(kb=self.kb), TradeTermsDetector(kb=self.kb))
        self.scorer = RiskScorer()

    @property
    def detector_ids(self) -> tuple[str, ...]:
        return tuple(d.id for d in self.detectors)

    def analyse(self, listing: ListingText) -> Analysis:
        folded = normalise(listing.full_text)
        taxa: list[TaxonMatch] = []
        for detector in self.detectors:
            taxa.extend(detector.detect(folded))
        cues = self.scorer.cues(folded)
        taxa = _dedupe(self.scorer.drop_trapped(taxa, cues))
        risk = self.scorer.assess(cues, taxa, has_price=listing.price is not None)
        offered = (
            cues.has("trade_intent") or listing.price is not None or any(t.product for t in taxa)
        )
        wildlife_trade = (
            bool(taxa) and offered and not cues.has("news") and risk.score >= TRADE_MIN_SCORE
        )
        signals = {kind: [form for _, _, form in found] for kind, found in cues.found.items()}
        return Analysis(tuple(taxa), risk, wildlife_trade, signals)


def _dedupe(taxa: list[TaxonMatch]) -> list[TaxonMatch]:
    """One entry per taxon: the most confident match, evasions of all its matches merged."""
    best: dict[str, TaxonMatch] = {}
    evasions: dict[str, set[str]] = {}
    for match in taxa:
        evasions.setdefault(match.taxon_id, set()).update(match.evasion)
        current = best.get(match.taxon_id)
        if current is None or match.confidence > current.confidence:
            best[match.taxon_id] = match
    out = [
        replace(match, evasion=tuple(sorted(evasions[taxon_id])))
        for taxon_id, match in best.items()
    ]
    return sorted(out, key=lambda m: m.start)
