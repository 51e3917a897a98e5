"""First explainable risk scorer: weighted indicators → 0–100 score with reasons in words.

Weights and cue phrases live in data/indicators.yaml. The detection issue replaces this scorer
with the full engine; its interface (`assess(text, taxa) -> RiskAssessment`) stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel

from wildtrace.detect.automaton import PhraseAutomaton
from wildtrace.domain.analysis import RiskAssessment, RiskReason, TaxonMatch
from wildtrace.textnorm.normalise import NormalisedText, normalise

INDICATORS_FILE = Path(__file__).parent / "data" / "indicators.yaml"
SCORER_ID = "risk.first.v1"
CUE_KINDS = (
    "trade_intent",
    "contact_off_platform",
    "permit_declared",
    "no_papers",
    "negation",
    "news",
    "traps",
)
PHONE = re.compile(r"(?:\+|\b00)?\d[\d\s().-]{7,}\d")
HANDLE = re.compile(r"(?<![\w.])@[A-Za-z][\w.]{3,}")
APPENDIX_TEXT = {
    "I": "Appendix I species: commercial international trade prohibited",
    "I/II": "Appendix I/II (split listing): the populations or members in Appendix I may not "
    "be traded commercially, the others need a CITES export permit",
    "II": "Appendix II species: international trade requires a CITES export permit",
    "III": "Appendix III species: trade from the listing country requires a permit",
}


class IndicatorWeights(BaseModel):
    weights: dict[str, int]
    trade_intent: list[str]
    contact_off_platform: list[str]
    permit_declared: list[str]
    no_papers: list[str]
    negation: list[str]
    news: list[str]
    traps: list[str]


@dataclass(frozen=True)
class Cues:
    """Which cue phrases occur in a text, by kind, with the first matched form."""

    found: dict[str, list[tuple[int, int, str]]]

    def has(self, kind: str) -> bool:
        return bool(self.found.get(kind))

    def first(self, kind: str) -> str:
        return self.found[kind][0][2]


class RiskScorer:
    id = SCORER_ID

    def __init__(self, path: Path = INDICATORS_FILE) -> None:
        self.config = _load(path)
        entries = [
            (normalise(p).text, kind) for kind in CUE_KINDS for p in getattr(self.config, kind)
        ]
        self._cues = PhraseAutomaton(entries)

    def cues(self, text: NormalisedText) -> Cues:
        found: dict[str, list[tuple[int, int, str]]] = {}
        for hit in self._cues.find(text.text):
            start, end = text.span(hit.start, hit.end)
            for kind in set(hit.payloads):
                found.setdefault(kind, []).append((start, end, text.original[start:end]))
        if PHONE.search(text.original) or HANDLE.search(text.original):
            match = PHONE.search(text.original) or HANDLE.search(text.original)
            assert match is not None
            found.setdefault("contact_off_platform", []).append(
                (match.start(), match.end(), match.group())
            )
        return Cues(found)

    def drop_trapped(self, taxa: list[TaxonMatch], cues: Cues) -> list[TaxonMatch]:
        """Remove taxa whose match sits inside a trap phrase ('French ivory', 'tiger balm')."""
        traps = cues.found.get("traps", [])
        return [t for t in taxa if not any(s <= t.start and t.end <= e for s, e, _ in traps)]

    def assess(self, cues: Cues, taxa: list[TaxonMatch], has_price: bool) -> RiskAssessment:
        if not taxa:
            return RiskAssessment(0, (), self.id)
        w = self.config.weights
        reasons: list[RiskReason] = []
        top = max(taxa, key=lambda t: w.get(f"appendix_{t.appendix}", 0))
        if top.appendix in APPENDIX_TEXT:
            reasons.append(
                RiskReason(
                    f"appendix_{top.appendix}",
                    w[f"appendix_{top.appendix}"],
                    f"{APPENDIX_TEXT[top.appendix]} ({top.name})",
                )
            )
        products = sorted({t.product for t in taxa if t.product and t.product != "live"})
        if products:
            reasons.append(
                RiskReason(
                    "product", w["product"], f"Parts or derivatives offered: {', '.join(products)}"
                )
            )
        reasons.extend(self._context_reasons(cues, has_price, top.appendix))
        evasions = sorted({e for t in taxa for e in t.evasion})
        if evasions:
            reasons.append(
                RiskReason(
                    "evasion",
                    w["evasion"] * len(evasions),
                    "Evasion: " + ", ".join(e.replace("_", " ") for e in evasions),
                )
            )
        score = max(0, min(100, sum(r.weight for r in reasons)))
        return RiskAssessment(score, tuple(reasons), self.id)

    def _context_reasons(self, cues: Cues, has_price: bool, appendix: str) -> list[RiskReason]:
        w = self.config.weights
        out: list[RiskReason] = []
        if cues.has("trade_intent"):
            out.append(
                RiskReason(
                    "trade_intent",
                    w["trade_intent"],
                    f"Offered for trade (\u201c{cues.first('trade_intent')}\u201d)",
                )
            )
        if has_price:
            out.append(RiskReason("price", w["price"], "A price is given"))
        if cues.has("contact_off_platform"):
            out.append(
                RiskReason(
                    "contact_off_platform",
                    w["contact_off_platform"],
                    "Contact moved off-platform "
                    f"(\u201c{cues.first('contact_off_platform')}\u201d)",
                )
            )
        if cues.has("permit_declared"):
            out.append(
                RiskReason(
                    "permit_declared",
                    w["permit_declared"],
                    "A CITES permit or exemption is declared "
                    f"(\u201c{cues.first('permit_declared')}\u201d), to be verified",
                )
            )
        elif appendix in {"I", "I/II", "II"}:
            weight = w["no_permit"] * (3 if cues.has("no_papers") else 1)
            out.append(
                RiskReason(
                    "no_permit",
                    weight,
                    "No permit declared"
                    + (" (sold without papers)" if cues.has("no_papers") else ""),
                )
            )
        if cues.has("negation"):
            out.append(
                RiskReason(
                    "negation",
                    w["negation"],
                    f"Described as not genuine (\u201c{cues.first('negation')}\u201d)",
                )
            )
        if cues.has("news"):
            out.append(
                RiskReason(
                    "news",
                    w["news"],
                    f"Reads as news or enforcement (\u201c{cues.first('news')}\u201d)",
                )
            )
        return out


@lru_cache(maxsize=2)
def _load(path: Path) -> IndicatorWeights:
    return IndicatorWeights.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
