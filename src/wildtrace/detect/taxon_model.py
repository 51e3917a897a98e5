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
    (classes) and the probability a guess needs. About 1 % of the feature × class grid has a
    weight, so it keeps the weights as compressed sparse rows (a feature's classes and weights
    side by side, its slice given by `_starts`): a text's scores are one weighted count over
    the classes of its features' rows, and the model holds about 1.5 MB where a dense matrix
    held 74 MB."""

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
        starts = [0]
        cols: list[int] = []
        values: list[float] = []
        for feature in self._features:
            for i, w in sorted(weights[feature]):
                cols.append(i)
                values.append(w)
            starts.append(len(cols))
        self._starts = np.asarray(starts, dtype=np.int64)
        self._cols = np.asarray(cols, dtype=np.int32)
        self._values = np.asarray(values, dtype=np.float32)
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
        rows = np.asarray(self._rows_of(features), dtype=np.int64)
        firsts = self._starts[rows]
        lengths = self._starts[rows + 1] - firsts
        # the positions of every row's entries, row after row: each row's first position,
        # repeated for its length, plus a running count within the row
        ends = np.cumsum(lengths)
        total = int(ends[-1]) if len(ends) else 0
        at = np.repeat(firsts - ends + lengths, lengths) + np.arange(total)
        # summed row after row in the rows' order, as a dense matrix's rows would be
        values = self._values[at].astype(np.float64)
        scores = self._bias + np.bincount(self._cols[at], weights=values, minlength=len(self.taxa))
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
        strongest, most = "", 0.0
        for row in self._rows_of(features):  # in the order of the features' names
            weight = self._weight(row, best)
            if weight > most:
                strongest, most = self._features[row], weight
        return self.taxa[best], probability, strongest

    def _weight(self, row: int, column: int) -> float:
        """The weight of a feature's row for a class, 0 where the row has none."""
        start, end = int(self._starts[row]), int(self._starts[row + 1])
        at = start + int(np.searchsorted(self._cols[start:end], column))
        return float(self._values[at]) if at < end and self._cols[at] == column else 0.0
