"""scripts/train_text_models.py learns a model the engine can read, from any labelled corpus."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from wildtrace.detect.kind_model import KINDS, KindModel, features
from wildtrace.detect.taxon_model import TaxonModel
from wildtrace.textnorm.normalise import normalise

pytestmark = pytest.mark.integration

ROOT = Path(__file__).parents[2]
SCRIPT = ROOT / "scripts/train_text_models.py"
DEV_CORPUS = ROOT / "tests/fixtures/dev_corpus/dev_corpus.jsonl"
KIND = {"offer": "trade", "legal": "trade", "wanted": "trade", "news": "news", "negative": "other"}


def test_the_script_learns_a_readable_model_and_checks_it(tmp_path: Path) -> None:
    lines = DEV_CORPUS.read_text(encoding="utf-8").splitlines()[:600]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "kind_model.json"
    run = [sys.executable, str(SCRIPT), "--corpus", str(corpus), "--out-dir", str(tmp_path)]
    done = subprocess.run(run, capture_output=True, text=True, check=True)
    assert done.stdout.count("features from 600 texts") == 2
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["trained_on"]["sha256"] == hashlib.sha256(corpus.read_bytes()).hexdigest()
    assert data["trained_on"]["texts"] == 600
    model = KindModel.load(out)
    rows = [json.loads(line) for line in lines]
    right = 0
    for row in rows:
        p = model.probabilities(normalise(f"{row['title']}\n{row['text']}").text)
        right += KINDS[max(range(3), key=p.__getitem__)] == KIND[row["label"]["kind"]]
    assert right / len(rows) > 0.9  # the texts it learnt from
    # learning again from the same corpus gives the same file
    assert subprocess.run([*run, "--check"], check=False, capture_output=True).returncode == 0
    out.write_text(out.read_text(encoding="utf-8").replace('"C":1.0', '"C":2.0'))
    done = subprocess.run([*run, "--check"], check=False, capture_output=True, text=True)
    assert done.returncode == 1 and "kind_model.json" in done.stdout
    assert "taxon_model.json" not in done.stdout
    # the taxon model names the taxa of the lines it learnt from, with their own words
    taxa = TaxonModel.load(tmp_path / "taxon_model.json")
    named = [r for r in rows if r["label"]["kind"] != "negative" and len(r["label"]["taxa"]) == 1]
    learnt = [r for r in named if r["label"]["taxa"][0] in taxa.taxa]
    assert len(taxa.taxa) >= 5 and learnt
    hits = 0
    for row in learnt:
        guess = taxa.guess(set(features(normalise(f"{row['title']}\n{row['text']}").text)))
        hits += guess is not None and guess[0] == row["label"]["taxa"][0]
    assert hits / len(learnt) > 0.5
