"""Detector: product and trade names that point to a CITES taxon ("ivory", "犀角", "gaharu").

Collects: the product offered when the species is not named. Legal/ethical note: "ivory" may be
mammoth, walrus or plastic; the match says what was written and the risk score weighs context.
Known failure modes: terms outside the seed list, and ordinary uses of a term ("coral" colour),
which the risk scorer's trap list answers only in part.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, Field, ValidationError

from wildtrace.detect.automaton import PhraseAutomaton
from wildtrace.domain.analysis import TaxonMatch
from wildtrace.species.kb import KnowledgeBase, default_knowledge_base
from wildtrace.textnorm.normalise import NormalisedText, normalise

TERMS_FILE = Path(__file__).parent / "data" / "trade_terms.yaml"


class TradeTermsError(Exception):
    """The trade-terms file is unusable; the message names the entry."""


class TradeTerm(BaseModel):
    term: str = Field(min_length=2)
    lang: str
    taxon: str
    product: str | None
    reviewed: bool


class TradeTermsFile(BaseModel):
    terms: list[TradeTerm]


@lru_cache(maxsize=4)
def load_trade_terms(path: Path = TERMS_FILE) -> tuple[TradeTerm, ...]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return tuple(TradeTermsFile.model_validate(raw).terms)
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise TradeTermsError(f"{path}: {exc}") from exc


class TradeTermsDetectorConfig(BaseModel):
    min_confidence: float = Field(
        default=0.0, ge=0, le=1, description="Drop matches below this confidence."
    )


class TradeTermsDetector:
    id = "detector.trade_terms.v1"
    summary = "Wildlife products by trade name in 12 languages (ivory, rhino horn, 穿山甲 …)"
    kind = "detector"
    Config = TradeTermsDetectorConfig

    def __init__(
        self, config: TradeTermsDetectorConfig | None = None, kb: KnowledgeBase | None = None
    ) -> None:
        self.config = config or TradeTermsDetectorConfig()
        self.kb = kb or default_knowledge_base()
        entries = []
        for term in load_trade_terms():
            if self.kb.lookup(term.taxon) is None:
                raise TradeTermsError(
                    f"{TERMS_FILE}: term {term.term!r}: unknown taxon {term.taxon!r}"
                )
            entries.append((normalise(term.term).text, term))
        self._automaton = PhraseAutomaton(entries)

    def detect(self, text: NormalisedText) -> list[TaxonMatch]:
        matches = []
        for hit in self._automaton.find(text.text):
            term = hit.payloads[0]
            taxon = self.kb.lookup(term.taxon)
            assert taxon is not None  # checked at construction
            start, end = text.span(hit.start, hit.end)
            confidence = 0.8 if term.reviewed else 0.6
            if confidence < self.config.min_confidence:
                continue
            evasion = (
                ("homoglyph",)
                if any(i in text.homoglyph_positions for i in range(hit.start, hit.end))
                else ()
            )
            matches.append(
                TaxonMatch(
                    name=taxon.name,
                    taxon_id=taxon.taxon_id,
                    rank=taxon.rank,
                    appendix=self.kb.effective_appendix(taxon),
                    matched=text.original[start:end],
                    start=start,
                    end=end,
                    name_kind=f"trade_term_{term.lang}",
                    detector_id=self.id,
                    confidence=confidence,
                    evasion=evasion,
                    product=term.product,
                )
            )
        return matches
