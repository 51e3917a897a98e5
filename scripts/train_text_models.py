"""Learn the kind model (trade / news / other) and the taxon model from the development corpus.

    .venv/bin/python scripts/train_text_models.py [--corpus FILE] [--out-dir DIR] [--check]

Both are logistic regressions (scikit-learn, a development dependency only: the engine reads
their weights from JSON) on the features of `wildtrace.detect.kind_model`, each feature counted
once per text, features seen in fewer than two texts dropped.

- Kind model: offers, legal offers and wanted posts are "trade", news lines "news", hard
  negatives "other"; weights under KIND_PRUNE in every kind are left out.
- Taxon model: the trade and news lines that name exactly one taxon, for the taxa with at least
  TAXON_MIN_TEXTS such lines; one class per taxon; weights under TAXON_PRUNE are left out
  (a sparse file), which cross-validation showed costs nothing.

Each file records the corpus's sha256, so a test can tell when the corpus changed and the
models were not learnt again. `--check` learns them again and compares, writing nothing.

C, the thresholds and the engine's minimum of features were chosen by five-fold
cross-validation on the development corpus. Kind model: the overrules that the model gets right
minus those it gets wrong, among texts where the rules found a taxon (at 0.9, 15 of 22
overrules from trade to "other" were right; at 0.95, 11 of 12). Taxon model: among texts where
the rules read no taxon and the kind model reads a trade at 0.8 or more, guesses at 0.5 or more
were right 56 times and wrong once; without the product word the engine once required, 68
and 5 (both models learnt per fold); refining a group the rules read to the class below it with
more than 0.5, 28 right and 8 wrong. On 9,966 texts (another split): guesses above 0.5 and
refinements above 0.5 gave taxa F1 0.9208 and trade F1 0.9626 (guesses 76 right, 7 wrong;
refinements 37 and 8); guesses above 0.3 and refinements above 0.4, 0.9237 and 0.9671 (115 and
21; 45 and 12). Lower thresholds for the guess gained trade F1 but not taxa F1 (0.25: 0.9235)
and made a second ordinary feed post a trade; asking the best class to hold twice the second's
probability changed nothing. The held-out corpora are never used to learn.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from wildtrace.detect import DATA_DIR
from wildtrace.detect.engine import ListingText
from wildtrace.detect.kind_model import KINDS, features
from wildtrace.detect.kind_model import SCHEMA as KIND_SCHEMA
from wildtrace.detect.taxon_model import SCHEMA as TAXON_SCHEMA
from wildtrace.textnorm.normalise import normalise

ROOT = Path(__file__).parents[1]
DEV_CORPUS = ROOT / "tests/fixtures/dev_corpus/dev_corpus.jsonl"
MIN_TEXTS = 2
KIND_C = 1.0
KIND_THRESHOLD = 0.9
KIND_THRESHOLD_OTHER = 0.95
KIND_PRUNE = 0.005
TAXON_C = 1.0
TAXON_THRESHOLD = 0.3
TAXON_REFINE_THRESHOLD = 0.4
TAXON_MIN_TEXTS = 5
TAXON_PRUNE = 0.05
KIND_OF_LABEL = {"offer": 0, "legal": 0, "wanted": 0, "news": 1, "negative": 2}

Row = dict[str, object]


def folded_text(row: Row) -> str:
    listing = ListingText(id="", title=str(row.get("title") or ""), text=str(row.get("text") or ""))
    return normalise(listing.full_text).text


def _label(row: Row) -> dict[str, object]:
    label = row["label"]
    assert isinstance(label, dict)
    return label


def _matrix(docs: list[set[str]]) -> tuple[csr_matrix, dict[str, int]]:
    counts: dict[str, int] = {}
    for doc in docs:
        for token in doc:
            counts[token] = counts.get(token, 0) + 1
    vocabulary = sorted(t for t, n in counts.items() if n >= MIN_TEXTS)
    index = {t: i for i, t in enumerate(vocabulary)}
    cols: list[int] = []
    indptr = [0]
    for doc in docs:
        cols.extend(sorted(index[t] for t in doc if t in index))
        indptr.append(len(cols))
    x = csr_matrix(([1.0] * len(cols), cols, indptr), shape=(len(docs), len(vocabulary)))
    return x, index


def train_kinds(rows: list[Row], docs: list[set[str]]) -> dict[str, object]:
    x, index = _matrix(docs)
    y = np.array([KIND_OF_LABEL[str(_label(r)["kind"])] for r in rows])
    model = LogisticRegression(C=KIND_C, max_iter=5000).fit(x, y)
    coef = model.coef_
    weights = {
        t: [round(float(v), 4) for v in coef[:, i]]
        for t, i in index.items()
        if float(np.abs(coef[:, i]).max()) >= KIND_PRUNE
    }
    return {
        "schema": KIND_SCHEMA,
        "kinds": list(KINDS),
        "threshold": KIND_THRESHOLD,
        "threshold_other": KIND_THRESHOLD_OTHER,
        "bias": [round(float(v), 4) for v in model.intercept_],
        "weights": dict(sorted(weights.items())),
    }


def train_taxa(rows: list[Row], docs: list[set[str]]) -> dict[str, object]:
    chosen: list[tuple[set[str], str]] = []
    for row, doc in zip(rows, docs, strict=True):
        label = _label(row)
        taxa = label["taxa"]
        if label["kind"] != "negative" and isinstance(taxa, list) and len(taxa) == 1:
            chosen.append((doc, str(taxa[0])))
    per_taxon: dict[str, int] = {}
    for _, taxon in chosen:
        per_taxon[taxon] = per_taxon.get(taxon, 0) + 1
    chosen = [(d, t) for d, t in chosen if per_taxon[t] >= TAXON_MIN_TEXTS]
    x, index = _matrix([d for d, _ in chosen])
    model = LogisticRegression(C=TAXON_C, max_iter=5000).fit(x, [t for _, t in chosen])
    weights: dict[str, list[list[float]]] = {}
    for token, i in sorted(index.items()):
        pairs = [
            [j, round(float(w), 3)]
            for j, w in enumerate(model.coef_[:, i])
            if abs(float(w)) >= TAXON_PRUNE
        ]
        if pairs:
            weights[token] = pairs
    return {
        "schema": TAXON_SCHEMA,
        "threshold": TAXON_THRESHOLD,
        "refine_threshold": TAXON_REFINE_THRESHOLD,
        "taxa": [str(t) for t in model.classes_],
        "bias": [round(float(v), 4) for v in model.intercept_],
        "weights": weights,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEV_CORPUS)
    parser.add_argument("--out-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--check", action="store_true", help="compare with the files, write none")
    args = parser.parse_args()
    raw = args.corpus.read_bytes()
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    docs = [set(features(folded_text(r))) for r in rows]
    corpus = args.corpus.resolve()
    trained_on = {
        "corpus": str(corpus.relative_to(ROOT)) if corpus.is_relative_to(ROOT) else str(corpus),
        "sha256": hashlib.sha256(raw).hexdigest(),
        "texts": len(rows),
        "min_texts": MIN_TEXTS,
    }
    models = {
        "kind_model.json": {**train_kinds(rows, docs), "trained_on": {**trained_on, "C": KIND_C}},
        "taxon_model.json": {
            **train_taxa(rows, docs),
            "trained_on": {**trained_on, "C": TAXON_C, "min_texts_per_taxon": TAXON_MIN_TEXTS},
        },
    }
    differ = []
    for name, model in models.items():
        path = args.out_dir / name
        text = json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n"
        if args.check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                differ.append(name)
            continue
        path.write_text(text, encoding="utf-8")
        print(f"{path}: {len(model['weights'])} features from {len(rows)} texts")  # type: ignore[arg-type]
    if args.check:
        print(f"differ from the corpus: {', '.join(differ)}" if differ else "the models match")
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
