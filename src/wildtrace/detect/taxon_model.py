"""Which taxon an offer means when it names none: "dried scales, 1 kg, for medicine, from
Lagos" or a code word the lexicon does not hold. A linear model over the same features as the
kind model, one class per taxon with enough offers in the development corpus, learnt by
`scripts/train_text_models.py`. The engine asks it only where the rules read no taxon, the text
has a product word and the kind model reads a trade; it reports the taxon with the feature that
weighs most for it as the matched text, so an analyst sees why.
"""

from __future__ import annotations

import math
from pathlib import Path

from mypy_extensions import mypyc_attr

from wildtrace.detect import DATA_DIR
from wildtrace.detect.kind_model import read_model
from wildtrace.textnorm.pickled_state import PickledState

MODEL_PATH = DATA_DIR / "taxon_model.json"  # the package's folder, not the compiled core's
SCHEMA = "wildtrace.taxon_model/1"


class TaxonModelError(Exception):
    """The model file is missing or not a model of this schema."""


@mypyc_attr(allow_interpreted_subclasses=True)
class TaxonModel(PickledState):
    """Sparse weights: feature → [(class index, weight)], a bias per class, the taxa (classes)
    and the probability a guess needs."""

    def __init__(
        self,
        taxa: list[str],
        weights: dict[str, list[tuple[int, float]]],
        bias: list[float],
        threshold: float,
    ) -> None:
        self.taxa = taxa
        self.weights = weights
        self.bias = bias
        self.threshold = threshold

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> TaxonModel:
        data = read_model(path, SCHEMA, "taxon model", TaxonModelError)
        try:
            taxa = [str(t) for t in data["taxa"]]
            bias = [float(b) for b in data["bias"]]
            weights = {
                str(feature): [(int(i), float(w)) for i, w in pairs]
                for feature, pairs in data["weights"].items()
            }
            threshold = float(data["threshold"])
        except (KeyError, TypeError, ValueError) as exc:
            raise TaxonModelError(f"{path}: malformed model ({exc})") from exc
        if len(bias) != len(taxa) or any(
            not 0 <= i < len(taxa) for pairs in weights.values() for i, _ in pairs
        ):
            raise TaxonModelError(f"{path}: malformed model (classes and weights disagree)")
        return cls(taxa, weights, bias, threshold)

    def guess(self, features: set[str]) -> tuple[str, float, str] | None:
        """The taxon, its probability and the feature that weighs most for it, when the model
        is sure enough; None otherwise."""
        scores = list(self.bias)
        for feature in features:
            pairs = self.weights.get(feature)
            if pairs is not None:
                for i, w in pairs:
                    scores[i] += w
        if not scores:
            return None
        top = max(scores)
        total = sum(math.exp(s - top) for s in scores)
        best = scores.index(top)
        p = 1.0 / total
        if p <= self.threshold:  # a tie of two taxa at 0.5 is no guess
            return None
        strongest, weight = "", 0.0
        for feature in sorted(features):
            for i, w in self.weights.get(feature, ()):
                if i == best and w > weight:
                    strongest, weight = feature, w
        return self.taxa[best], p, strongest
