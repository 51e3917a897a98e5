"""Precision, recall and F1 of the detection engine on a labelled corpus.

Two decisions are scored: taxon resolution (each (listing, accepted taxon) pair, micro-averaged)
and the `wildlife_trade` decision per listing; both overall, per language and per evasion
tactic. The default corpus, benchmarks/data/detection_corpus.jsonl, is held out: it was written
without looking at the lexicon and is not used to tune it.

    .venv/bin/python benchmarks/detection_quality.py [--corpus FILE] [--json] [--errors N]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from wildtrace.detect.engine import Engine, ListingText

DEFAULT_CORPUS = Path(__file__).parent / "data" / "detection_corpus.jsonl"
DEMO_CORPUS = Path(__file__).parents[1] / "src/wildtrace/demo/data/listings.jsonl"
DEV_CORPUS = Path(__file__).parents[1] / "tests/fixtures/dev_corpus/dev_corpus.jsonl"
NAMED = {"demo": DEMO_CORPUS, "dev": DEV_CORPUS}


def load_rows(path: Path) -> list[dict[str, object]]:
    """The held-out corpus as is; the demo listings (the development set) with their labels
    mapped: offers and legal offers are wildlife trade, hard negatives are not."""
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    for row in rows:
        label = row["label"]
        if "wildlife_trade" not in label:
            label["wildlife_trade"] = label["kind"] in {"offer", "legal"}
    return rows


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, predicted: bool, actual: bool) -> None:
        if predicted and actual:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif actual:
            self.fn += 1
        else:
            self.tn += 1

    def scores(self) -> dict[str, float | int]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
            "n": self.tp + self.fp + self.fn + self.tn,
        }


@dataclass
class Report:
    taxa: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    trade: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    errors: list[dict[str, object]] = field(default_factory=list)


def evaluate(engine: Engine, rows: list[dict[str, object]]) -> Report:
    report = Report()
    for row in rows:
        label = row["label"]
        assert isinstance(label, dict)
        result = engine.analyse(
            ListingText(
                id=str(row["id"]),
                title=str(row.get("title") or ""),
                text=str(row.get("text") or ""),
                price=row.get("price") if isinstance(row.get("price"), int | float) else None,
            )
        )
        groups = ["all", f"lang:{row['lang']}", *(f"evasion:{e}" for e in label["evasion"])]
        predicted = {t.name for t in result.taxa}
        actual = set(label["taxa"])
        for group in groups:
            counts = report.taxa[group]
            counts.tp += len(predicted & actual)
            counts.fp += len(predicted - actual)
            counts.fn += len(actual - predicted)
            report.trade[group].add(result.wildlife_trade, bool(label["wildlife_trade"]))
        if predicted != actual or result.wildlife_trade != label["wildlife_trade"]:
            report.errors.append(
                {
                    "id": row["id"],
                    "lang": row["lang"],
                    "kind": label["kind"],
                    "title": row.get("title"),
                    "expected": sorted(actual),
                    "got": sorted(predicted),
                    "trade": result.wildlife_trade,
                    "score": result.risk.score,
                    "matched": [t.matched for t in result.taxa],
                }
            )
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help="JSONL corpus; 'dev' (development set) or 'demo' (demo listings)",
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--errors", type=int, default=0, help="Print the first N mistakes.")
    args = parser.parse_args()
    rows = load_rows(NAMED.get(str(args.corpus), args.corpus))
    report = evaluate(Engine(), rows)
    result = {
        "corpus": str(args.corpus),
        "listings": len(rows),
        "taxa": {g: c.scores() for g, c in sorted(report.taxa.items())},
        "wildlife_trade": {g: c.scores() for g, c in sorted(report.trade.items())},
    }
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(f"{'group':<28}{'taxa P':>8}{'R':>7}{'F1':>7}{'trade P':>9}{'R':>7}{'F1':>7}{'n':>6}")
        for group in result["taxa"]:
            t, d = result["taxa"][group], result["wildlife_trade"][group]
            print(
                f"{group:<28}{t['precision']:>8}{t['recall']:>7}{t['f1']:>7}"
                f"{d['precision']:>9}{d['recall']:>7}{d['f1']:>7}{d['n']:>6}"
            )
    for error in report.errors[: args.errors]:
        print(json.dumps(error, ensure_ascii=False))


if __name__ == "__main__":
    main()
