"""Queries from keyword lists: a file, the lexicon's terms for taxa in languages, templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from wildtrace.detect.engine import default_knowledge_base, default_lexicon
from wildtrace.patrol.plan import PlanError, build_plan
from wildtrace.sources import keywords as keywords_module
from wildtrace.sources.keywords import (
    KeywordsConfig,
    KeywordsError,
    LexiconSource,
    expand,
    lexicon_keywords,
)


class SeedLexicon(LexiconSource):
    """The bundled lexicon and seed species data, without a home folder's engine cache."""

    def __call__(self):  # type: ignore[no-untyped-def]
        return default_lexicon(), default_knowledge_base()


@pytest.fixture(autouse=True)
def seed_lexicon(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keywords_module, "LexiconSource", SeedLexicon)
    import wildtrace.sources.site as site_module

    monkeypatch.setattr(site_module, "LexiconSource", SeedLexicon)


def test_file_keywords_through_templates(tmp_path: Path) -> None:
    (tmp_path / "words.txt").write_text(
        "# ivory code words\nwhite gold\nbone carving  # said of ivory\n\nwhite gold\n",
        encoding="utf-8",
    )
    config = KeywordsConfig(file="words.txt", templates=["{keyword}", "{keyword} for sale"])
    assert expand(config, tmp_path, SeedLexicon()) == [
        "white gold",
        "white gold for sale",
        "bone carving",
        "bone carving for sale",
    ]


def test_lexicon_terms_of_a_family_in_chosen_languages() -> None:
    lexicon, kb = default_lexicon(), default_knowledge_base()
    vietnamese = lexicon_keywords(lexicon, kb, ["Manidae"], ["vi"], ["name"])
    assert "tê tê" in vietnamese and "tê tê Java" in vietnamese  # a species under the family
    assert all("山甲" not in k for k in vietnamese)
    codes = lexicon_keywords(lexicon, kb, ["Manidae"], ["zh"], ["code_word"])
    assert "山甲片" in codes and "tê tê" not in codes


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (KeywordsConfig(taxa=["Nonexistus fictus"]), "unknown taxon 'Nonexistus fictus'"),
        (KeywordsConfig(taxa=["Manidae"], templates=["pangolin"]), "every template needs"),
        (KeywordsConfig(languages=["vi"]), "name taxa"),
        (KeywordsConfig(taxa=["Manidae"], languages=["xx"]), "no keyword found"),
        (KeywordsConfig(taxa=["Manidae"], max_queries=3), "exceed max_queries 3"),
    ],
)
def test_unusable_keywords_are_refused(config: KeywordsConfig, message: str) -> None:
    with pytest.raises(KeywordsError, match=message):
        expand(config, None, SeedLexicon())


def test_plan_entry_with_keywords_seeds_one_search_per_query(tmp_path: Path) -> None:
    (tmp_path / "words.txt").write_text("ngà voi\n", encoding="utf-8")
    plan = build_plan(
        {
            "name": "kw",
            "sources": [
                {
                    "site": "demo-market",
                    "keywords": {
                        "file": "words.txt",
                        "taxa": ["Manidae"],
                        "languages": ["vi"],
                        "templates": ["{keyword}"],
                    },
                }
            ],
        },
        "kw.yaml",
        tmp_path,
    )
    queries = [seed.query for seed in plan.sources[0].seeds()]
    assert queries[0] == "ngà voi" and "tê tê" in queries
    assert "" not in queries  # keywords without `queries`: the site is not browsed whole
    with pytest.raises(PlanError, match=r"sources\[0\]: keywords: unknown taxon"):
        build_plan(
            {"name": "kw", "sources": [{"site": "demo-market", "keywords": {"taxa": ["X y"]}}]},
            "kw.yaml",
        )
