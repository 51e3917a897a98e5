"""What kind of post a text is — a trade, a report, or something else — read from its words by
a linear model learnt from the development corpus (`scripts/train_text_models.py`).

The rules decide from cue words; they miss what no list holds: a report told without a news
word, a keeper's question that mentions a price, an offer phrased as a story. The model reads
every word and pair of words at once, so it catches the way such texts are written, but it is
less precise than the rules where they have a cue. It therefore only overrules them when it is
very sure (`threshold`), and the engine says so in the signals. Features are the words of the
folded text, neighbouring pairs of words, five-letter stems of long words (inflected languages)
and letter pairs of scripts written without spaces, each counted once: a binary vector, not
scaled, so that a short title ("Tiger 2kg bones, DM") gives the model little to be sure of and
the rules decide it.
"""

from __future__ import annotations

import json
import math
import re
from itertools import pairwise
from pathlib import Path
from typing import Any

from mypy_extensions import mypyc_attr

from wildtrace.detect import DATA_DIR
from wildtrace.domain.analysis import TaxonMatch
from wildtrace.textnorm.pickled_state import PickledState

MODEL_PATH = DATA_DIR / "kind_model.json"  # the package's folder, not the compiled core's
SCHEMA = "wildtrace.kind_model/1"
KINDS = ("trade", "news", "other")
# Chinese, Japanese, Thai and Korean runs: read as letter pairs, as no spaces cut their words
NO_SPACE_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\u0e00-\u0e7f\uac00-\ud7af]{3,}")
EDGE_PUNCTUATION = (
    "".join(chr(c) for c in range(0x21, 0x7F) if not chr(c).isalnum())
    + "«»“”„‘’…–—·•、。，！？：；（）【】「」『』《》"
)
STEM = 5  # letters kept of a word longer than STEM + 1
# Fewer distinct features than this (a title of about ten words) is too little to be sure of:
# "Tiger 2kg bones, DM" reads like the many short negatives of the corpus.
MIN_FEATURES = 30


class KindModelError(Exception):
    """The model file is missing or not a model of this schema."""


def read_model(path: Path, schema: str, what: str, error: type[Exception]) -> dict[str, Any]:
    """A model file's JSON object of that schema; `error` says why a file is unusable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise error(f"cannot read the {what} {path}: {exc}") from exc
    if not isinstance(data, dict) or data.get("schema") != schema:
        raise error(f"{path} is not a {schema} file")
    return data


def features(folded: str) -> list[str]:
    """Words, pairs of neighbouring words, stems and letter pairs of a folded text."""
    return word_features(folded) + letter_pairs(folded)


def word_features(folded: str) -> list[str]:
    """Words, pairs of neighbouring words and stems; numbers are one token ("0") so that
    prices and years do not each learn a weight."""
    words = [w.strip(EDGE_PUNCTUATION) for w in folded.split()]
    words = ["0" if w[0].isdigit() else w for w in words if w]
    out = words + [a + " " + b for a, b in pairwise(words)]
    out += [w[:STEM] for w in words if len(w) > STEM + 1]
    return out


def letter_pairs(folded: str) -> list[str]:
    """Neighbouring letters of runs in scripts written without spaces."""
    if folded.isascii():
        return []
    out: list[str] = []
    for run in NO_SPACE_RUN.findall(folded):
        out += [run[i : i + 2] for i in range(len(run) - 1)]
    return out


@mypyc_attr(allow_interpreted_subclasses=True)
class KindModel(PickledState):
    """Weights per feature for each kind, a bias per kind, and how sure it must be to speak."""

    def __init__(
        self,
        weights: dict[str, tuple[float, float, float]],
        bias: tuple[float, float, float],
        threshold: float,
        threshold_other: float,
    ) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        # "other" takes the taxa away (they become mentions): the model must be surer of it
        self.threshold_other = threshold_other

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> KindModel:
        data = read_model(path, SCHEMA, "kind model", KindModelError)
        if tuple(data.get("kinds", ())) != KINDS:
            raise KindModelError(f"{path}: kinds must be {list(KINDS)}")
        try:
            weights = {
                str(k): (float(v[0]), float(v[1]), float(v[2])) for k, v in data["weights"].items()
            }
            b = data["bias"]
            return cls(
                weights,
                (float(b[0]), float(b[1]), float(b[2])),
                float(data["threshold"]),
                float(data["threshold_other"]),
            )
        except (KeyError, TypeError, IndexError, ValueError) as exc:
            raise KindModelError(f"{path}: malformed model ({exc})") from exc

    def probabilities(self, folded: str) -> tuple[float, float, float]:
        """Probability of each of KINDS for the folded text."""
        return self.probabilities_of(set(features(folded)))

    def readable(self, folded: str) -> set[str] | None:
        """The text's distinct features, or None when they are too few to read a kind from."""
        words = set(word_features(folded))
        pairs = set(letter_pairs(folded))
        # a run of n letters makes n - 1 pairs for about n / 3 words
        if len(words) + len(pairs) // 3 < MIN_FEATURES:
            return None
        return words | pairs

    def probabilities_of(self, unique: set[str]) -> tuple[float, float, float]:
        """Probability of each of KINDS for a text's distinct features."""
        s0, s1, s2 = 0.0, 0.0, 0.0
        weights = self.weights
        for token in unique:
            w = weights.get(token)
            if w is not None:
                s0 += w[0]
                s1 += w[1]
                s2 += w[2]
        b = self.bias
        z = (b[0] + s0, b[1] + s1, b[2] + s2)
        top = max(z)
        e = (math.exp(z[0] - top), math.exp(z[1] - top), math.exp(z[2] - top))
        total = e[0] + e[1] + e[2]
        return (e[0] / total, e[1] / total, e[2] / total)

    def sure_kind(self, folded: str) -> tuple[str, float] | None:
        """The kind the model is sure of, with its probability, or None."""
        found = self.readable(folded)
        return None if found is None else self.sure_kind_of(found)

    def sure_kind_of(self, found: set[str]) -> tuple[str, float] | None:
        """The kind the model is sure of for a readable text's features, or None."""
        return self.sure_kind_in(self.probabilities_of(found))

    def sure_kind_in(self, p: tuple[float, float, float]) -> tuple[str, float] | None:
        """The kind the model is sure of, given its probabilities for a text, or None."""
        best = 0 if p[0] >= p[1] and p[0] >= p[2] else (1 if p[1] >= p[2] else 2)
        needed = self.threshold_other if best == 2 else self.threshold
        return (KINDS[best], p[best]) if p[best] >= needed else None


def as_kind(kind: str, taxa: list[TaxonMatch]) -> tuple[list[TaxonMatch], list[str], bool]:
    """The taxa, the names only mentioned, and the trade decision of a post of that kind: a
    trade or a report names its taxa; any other post only mentions them."""
    if kind == "trade":
        return taxa, [], True
    if kind == "news":
        return taxa, [], False
    return [], [t.name for t in taxa], False
