"""What detection and risk scoring say about one listing's text."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TaxonMatch:
    """One CITES taxon found in a text, with the evidence for it."""

    name: str
    taxon_id: str
    rank: str
    appendix: str
    matched: str
    start: int
    end: int
    name_kind: str
    detector_id: str
    confidence: float
    evasion: tuple[str, ...] = ()
    product: str | None = None

    def contract(self) -> dict[str, object]:
        """The stable `wildtrace detect` shape (extend, never rename)."""
        return {
            "name": self.name,
            "taxon_id": self.taxon_id,
            "rank": self.rank,
            "appendix": self.appendix,
            "matched": self.matched,
            "evasion": list(self.evasion),
            "span": [self.start, self.end],
            "name_kind": self.name_kind,
            "product": self.product,
            "confidence": round(self.confidence, 3),
            "detector": self.detector_id,
        }


@dataclass(frozen=True)
class RiskReason:
    """One indicator that moved the score, in words a prosecutor reads."""

    code: str
    weight: int
    text: str


@dataclass(frozen=True)
class RiskAssessment:
    score: int
    reasons: tuple[RiskReason, ...]
    scorer_id: str
    legality: str = ""

    def contract(self) -> dict[str, object]:
        return {
            "score": self.score,
            "reasons": [r.text for r in self.reasons],
            "indicators": [{"code": r.code, "weight": r.weight} for r in self.reasons],
            "scorer": self.scorer_id,
            "legality": self.legality,
        }


@dataclass(frozen=True)
class Analysis:
    """Everything the engine concluded about one text."""

    taxa: tuple[TaxonMatch, ...]
    risk: RiskAssessment
    wildlife_trade: bool
    signals: dict[str, list[str]] = field(default_factory=dict)
