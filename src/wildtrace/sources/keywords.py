"""Search queries made from keyword lists: a file of keywords, and the trade lexicon's names and
code words for chosen taxa in chosen languages, each put through query templates.

Cyber patrols search with known keywords, code words and misspelled names in the languages a
market uses; writing those by hand for every site is where patrols go stale. A plan entry says
`keywords: {taxa: [Manidae], languages: [vi, zh], templates: ["{keyword}", "{keyword} giá"]}`
and gets every lexicon name of every pangolin in Vietnamese and Chinese, in both templates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from wildtrace.lexicon.load import Lexicon, Term
from wildtrace.species.kb import KnowledgeBase

Kind = Literal["name", "misspelled", "code_word"]


class KeywordsError(Exception):
    """Keywords that cannot become queries; the message says which and why."""


def _names_only() -> list[Kind]:
    return ["name"]


class KeywordsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    file: str | None = Field(
        default=None,
        description="UTF-8 file, one keyword a line ('#' starts a comment), relative to the plan.",
    )
    taxa: list[str] = Field(
        default_factory=list,
        description="Taxa by scientific name or synonym (a genus or family takes in its "
        "species) whose lexicon terms become keywords.",
    )
    languages: list[str] = Field(
        default_factory=list, description="Lexicon languages to take (empty: all)."
    )
    kinds: list[Kind] = Field(
        default_factory=_names_only,
        description="Lexicon terms to take: names, listed misspellings, code words.",
    )
    templates: list[str] = Field(
        default_factory=lambda: ["{keyword}"],
        min_length=1,
        description="Query templates, each with {keyword}.",
    )
    max_queries: int = Field(default=200, ge=1, le=5000, description="Refuse more than this.")


def read_keyword_file(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise KeywordsError(f"keywords file {path}: {exc}") from exc
    return [k for k in (line.split("#", 1)[0].strip() for line in lines) if k]


def lexicon_keywords(
    lexicon: Lexicon,
    kb: KnowledgeBase,
    taxa: Iterable[str],
    languages: Sequence[str],
    kinds: Sequence[str],
) -> list[str]:
    """Terms of the wanted kinds for the taxa (and the species under them), in the languages."""
    wanted: set[str] = set()
    for name in taxa:
        taxon = kb.lookup(name)
        if taxon is None:
            raise KeywordsError(f"keywords: unknown taxon {name!r}")
        wanted.add(taxon.name)

    def covers(term: Term) -> bool:
        if term.taxon is None:
            return False
        if term.taxon in wanted:
            return True
        found = kb.lookup(term.taxon)
        return found is not None and not wanted.isdisjoint(found.lineage)

    def kind_of(term: Term) -> str:
        return "misspelled" if term.kind == "name" and term.role == "misspelled" else term.kind

    return [
        term.text
        for term in lexicon.terms
        if kind_of(term) in kinds and (not languages or term.lang in languages) and covers(term)
    ]


class LexiconSource:
    """The lexicon and knowledge base in force, loaded only when a plan asks for them."""

    def __call__(self) -> tuple[Lexicon, KnowledgeBase]:
        from wildtrace.config import load_settings
        from wildtrace.detect.engine_cache import load_engine

        engine = load_engine(load_settings().settings.home)
        return engine.lexicon, engine.kb


def expand(
    config: KeywordsConfig, base_dir: Path | None, lexicon_source: LexiconSource
) -> list[str]:
    """The queries, deduplicated in order; KeywordsError past `max_queries` or on bad input."""
    if any("{keyword}" not in t for t in config.templates):
        raise KeywordsError("keywords: every template needs {keyword}")
    keywords: list[str] = []
    if config.file is not None:
        keywords += read_keyword_file((base_dir or Path.cwd()) / config.file)
    if config.taxa:
        lexicon, kb = lexicon_source()
        keywords += lexicon_keywords(lexicon, kb, config.taxa, config.languages, config.kinds)
    elif config.languages or config.kinds != ["name"]:
        raise KeywordsError(
            "keywords: languages and kinds choose among the taxa's terms: name taxa"
        )
    queries = list(
        dict.fromkeys(
            t.replace("{keyword}", k) for k in dict.fromkeys(keywords) for t in config.templates
        )
    )
    if not queries:
        raise KeywordsError(
            "keywords: no keyword found (empty file, or no term in those languages)"
        )
    if len(queries) > config.max_queries:
        raise KeywordsError(
            f"keywords: {len(queries)} queries exceed max_queries {config.max_queries} "
            "(narrow the taxa, languages or templates, or raise max_queries)"
        )
    return queries
