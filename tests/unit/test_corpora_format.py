"""The labelled corpora (held-out and development) keep their format: every line parses, ids are
unique, the kind agrees with the trade decision, taxa are accepted names of the species data,
negatives name none, and tactics are the documented ones, on offers and wanted posts only.
This checks the files, not the engine's scores on them (benchmarks/detection_quality.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wildtrace.species.kb import default_knowledge_base

ROOT = Path(__file__).parents[2]
DEV_CORPUS = ROOT / "tests" / "fixtures" / "dev_corpus" / "dev_corpus.jsonl"
ORDINARY_POSTS = DEV_CORPUS.with_name("ordinary_posts.jsonl")
CORPORA = [*sorted((ROOT / "benchmarks" / "data").glob("*.jsonl")), DEV_CORPUS, ORDINARY_POSTS]
KINDS = {"offer": True, "legal": True, "wanted": True, "news": False, "negative": False}
TACTICS = {
    "misspelled_scientific",
    "misspelled_common",
    "homoglyph",
    "leetspeak",
    "spaced_letters",
    "zero_width",
    "emoji",
    "transliteration",
    "code_word",
}


@pytest.mark.parametrize("path", CORPORA, ids=[p.name for p in CORPORA])
def test_corpus_lines_follow_the_labelling_rules(path: Path) -> None:
    accepted = {t.name for t in default_knowledge_base().taxa.values()}
    ids: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        row = json.loads(line)
        where = f"{path.name}:{number}"
        assert row["id"] not in ids, where
        ids.add(row["id"])
        assert row["title"] or row["text"], where
        label = row["label"]
        assert KINDS[label["kind"]] is label["wildlife_trade"], where
        assert set(label["taxa"]) <= accepted, (where, set(label["taxa"]) - accepted)
        if label["kind"] == "negative":
            assert label["taxa"] == [], where
        assert set(label["evasion"]) <= TACTICS, where
        if label["kind"] not in {"offer", "wanted"}:
            assert label["evasion"] == [], where


@pytest.mark.parametrize(
    "path",
    [ORDINARY_POSTS, ROOT / "benchmarks" / "data" / "detection_corpus_ordinary.jsonl"],
    ids=["dev", "held-out"],
)
def test_the_ordinary_feeds_hold_only_posts_that_are_no_wildlife(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 400
    assert all(r["label"]["kind"] == "negative" and not r["label"]["taxa"] for r in rows)
