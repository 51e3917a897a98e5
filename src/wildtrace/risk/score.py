"""Explainable risk: indicators found in a listing → a 0–100 score, reasons, a legality note.

Weights live in data/weights.yaml. Reasons are written for a prosecutor or a platform reviewer:
what was found, and why it matters under CITES.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel

from wildtrace.detect.cues import Cues
from wildtrace.domain.analysis import RiskAssessment, RiskReason, TaxonMatch

WEIGHTS_FILE = Path(__file__).parent / "data" / "weights.yaml"
SCORER_ID = "risk.indicators.v1"
APPENDIX_RANK = {"I": 4, "I/II": 3, "II": 2, "III": 1}
APPENDIX_TEXT = {
    "I": "Appendix I species: commercial international trade prohibited",
    "I/II": "Appendix I/II (split listing): the populations or members in Appendix I may not "
    "be traded commercially, the others need a CITES export permit",
    "II": "Appendix II species: international trade requires a CITES export permit",
    "III": "Appendix III species: trade from the listing country requires a CITES permit",
}
LEGALITY = {
    "I": "Commercial international trade prohibited (CITES Appendix I); non-commercial trade "
    "needs export and import permits.",
    "I/II": "Depends on the population or member: Appendix I parts may not be traded "
    "commercially; Appendix II parts need a CITES export permit.",
    "II": "International trade needs a CITES export permit (or re-export certificate).",
    "III": "International trade needs a CITES permit or certificate of origin.",
}


class RiskConfig(BaseModel):
    weights: dict[str, int]


@lru_cache(maxsize=4)
def load_risk_config(path: Path = WEIGHTS_FILE) -> RiskConfig:
    return RiskConfig.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def top_taxon(taxa: list[TaxonMatch]) -> TaxonMatch:
    return max(taxa, key=lambda t: (APPENDIX_RANK.get(t.appendix, 0), t.confidence))


class RiskScorer:
    id = SCORER_ID

    def __init__(self, config: RiskConfig | None = None) -> None:
        self.config = config or load_risk_config()

    def assess(
        self,
        cues: Cues,
        taxa: list[TaxonMatch],
        has_price: bool,
        caveats: list[str] | tuple[str, ...] = (),
    ) -> RiskAssessment:
        """Score and reasons; `caveats` are notes that a plant's annotation may leave the
        goods offered outside its listing."""
        if not taxa:
            return RiskAssessment(0, (), self.id, "")
        w = self.config.weights
        top = top_taxon(taxa)
        reasons: list[RiskReason] = []
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
        reasons.extend(self._context(cues, has_price, top.appendix))
        evasions = sorted({e for t in taxa for e in t.evasion})
        if evasions:
            weight = min(w["evasion_max"], w["evasion_each"] * len(evasions))
            words = ", ".join(e.replace("_", " ") for e in evasions)
            reasons.append(RiskReason("evasion", weight, f"Evasion: {words}"))
        reasons.extend(
            RiskReason("annotation_caveat", w["annotation_caveat"], caveat) for caveat in caveats
        )
        score = max(0, min(100, sum(r.weight for r in reasons)))
        return RiskAssessment(score, tuple(reasons), self.id, self._legality(top, cues))

    def _context(self, cues: Cues, has_price: bool, appendix: str) -> list[RiskReason]:
        w = self.config.weights
        out: list[RiskReason] = []
        intent = [*cues.of("offer"), *cues.of("wanted")]
        if intent:
            verb = "Sought" if intent[0].kind == "wanted" else "Offered"
            out.append(
                RiskReason(
                    "trade_intent",
                    w["trade_intent"],
                    f"{verb} for trade (\u201c{intent[0].text}\u201d)",
                )
            )
        # a sum of money in a text that is no report ("Price 650$ each") is the asking price
        sum_given = cues.has("amount") and not cues.has("news")
        if has_price or cues.has("price") or sum_given:
            out.append(RiskReason("price", w["price"], "A price is given"))
        if cues.has("contact"):
            out.append(
                RiskReason(
                    "contact_off_platform",
                    w["contact_off_platform"],
                    f"Contact moved off-platform (\u201c{cues.first('contact')}\u201d)",
                )
            )
        if cues.has("permit"):
            out.append(
                RiskReason(
                    "permit_declared",
                    w["permit_declared"],
                    f"A CITES permit or exemption is declared "
                    f"(\u201c{cues.first('permit')}\u201d), to be verified",
                )
            )
        elif cues.has("no_papers"):
            out.append(
                RiskReason(
                    "no_papers",
                    w["no_papers"],
                    f"Sold without papers (\u201c{cues.first('no_papers')}\u201d)",
                )
            )
        elif appendix in {"I", "I/II", "II"}:
            out.append(RiskReason("no_permit", w["no_permit"], "No permit declared"))
        if cues.has("news") and not intent:
            out.append(
                RiskReason(
                    "news",
                    w["news"],
                    "Reads as news or enforcement "
                    f"(\u201c{cues.first('news')}\u201d), not an offer",
                )
            )
        return out

    @staticmethod
    def _legality(top: TaxonMatch, cues: Cues) -> str:
        note = LEGALITY.get(top.appendix, "Listing status unknown in the species data.")
        if cues.has("permit"):
            return f"{note} A permit is claimed; check it with the issuing Management Authority."
        if cues.has("antique"):
            return f"{note} Claimed as old or antique: pre-Convention status needs a certificate."
        return f"{note} No permit is declared."
