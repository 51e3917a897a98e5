"""Which taxon an offer means when it names none: "dried scales, 1 kg, for medicine, from
Lagos" or a code word the lexicon does not hold. A linear model over the same features as the
kind model, one class per taxon with enough offers in the development corpus, learnt by
`scripts/train_text_models.py`. The engine asks it where the rules read no taxon and the kind
model reads a trade, and where the rules read a group (a parrot, a crocodile) that the text
describes as one of its species; it reports the feature that weighs most for its answer, so an
analyst sees why.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
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
    """Made from sparse weights (feature → [(class index, weight)]), a bias per class, the taxa
    (classes) and the probability a guess needs; it keeps the weights as a dense matrix, a row
    per feature, so a text's scores are the sum of its rows: one vector operation instead of a
    loop over thousands of (class, weight) pairs."""

    def __init__(
        self,
        taxa: list[str],
        weights: dict[str, list[tuple[int, float]]],
        bias: list[float],
        threshold: float,
        refine_threshold: float | None = None,
    ) -> None:
        self.taxa = taxa
        self.threshold = threshold
        # a refinement replaces a taxon the rules read, so it asks more than a guess, which
        # names one where none was read
        self.refine_threshold = threshold if refine_threshold is None else refine_threshold
        self._features = sorted(weights)
        self._rows = {feature: row for row, feature in enumerate(self._features)}
        self._matrix = np.zeros((len(self._rows), len(taxa)), dtype=np.float32)
        rows, cols, values = [], [], []
        for feature, pairs in weights.items():
            for i, w in pairs:
                rows.append(self._rows[feature])
                cols.append(i)
                values.append(w)
        self._matrix[rows, cols] = values
        self._bias = np.asarray(bias, dtype=np.float64)

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
            refine_threshold = float(data.get("refine_threshold", threshold))
        except (KeyError, TypeError, ValueError) as exc:
            raise TaxonModelError(f"{path}: malformed model ({exc})") from exc
        if len(bias) != len(taxa) or any(
            not 0 <= i < len(taxa) for pairs in weights.values() for i, _ in pairs
        ):
            raise TaxonModelError(f"{path}: malformed model (classes and weights disagree)")
        return cls(taxa, weights, bias, threshold, refine_threshold)

    def probabilities(self, features: set[str]) -> np.ndarray:
        """Probability of each class (taxon) for a text's distinct features. The rows are
        summed in a fixed order, so a text gets the same figures in every process."""
        if not self.taxa:
            return np.zeros(0)
        rows = self._rows_of(features)
        scores = self._bias + self._matrix[rows].sum(axis=0, dtype=np.float64)
        exps: np.ndarray = np.exp(scores - scores.max())
        return exps / float(exps.sum())

    def _rows_of(self, features: set[str]) -> list[int]:
        return sorted(row for row in map(self._rows.get, features) if row is not None)

    def guess(self, features: set[str]) -> tuple[str, float, str] | None:
        """The taxon, its probability and the feature that weighs most for it, when the model
        is sure enough; None otherwise."""
        p = self.probabilities(features)
        return self._sure(features, p, int(p.argmax()), self.threshold) if len(p) else None

    def refine(self, features: set[str], within: tuple[int, ...]) -> tuple[str, float, str] | None:
        """Which of the classes `within` (the taxa below a group the rules read) the text
        means, when the model gives it more than the refinement threshold of all its
        probability: a "🦜💙 grandona do Pantanal" is a hyacinth macaw, a plain "parrot for
        sale" stays a parrot, because the group's own class or the other taxa keep it."""
        if not within:
            return None
        p = self.probabilities(features)
        best = within[int(p[list(within)].argmax())]
        return self._sure(features, p, best, self.refine_threshold)

    def _sure(
        self, features: set[str], p: np.ndarray, best: int, threshold: float
    ) -> tuple[str, float, str] | None:
        probability = float(p[best])
        if probability <= threshold:
            return None
        rows = self._rows_of(features)  # in the order of the features' names
        column = self._matrix[rows, best]
        top = int(column.argmax()) if len(rows) else -1
        strongest = self._features[rows[top]] if top >= 0 and column[top] > 0 else ""
        return self.taxa[best], probability, strongest
