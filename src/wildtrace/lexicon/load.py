"""Read and check the lexicon files, flatten them into terms with provenance.

`load_lexicon` raises LexiconError naming the file, the entry and the reason; `check_lexicon`
collects every problem instead (for `wildtrace lexicon check`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from wildtrace.lexicon.schema import (
    FILE_MODELS,
    CodeWordsFile,
    ContextEntry,
    ContextFile,
    EmojiFile,
    FalseFriendsFile,
    ImpliedFile,
    IntentEntry,
    IntentFile,
    NamesFile,
    ProductsFile,
    Provenance,
    TrapsFile,
)
from wildtrace.species.kb import KnowledgeBase

DATA_DIR = Path(__file__).parent / "data"
BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~10x faster


class SAFE_LOADER(BASE_LOADER):  # type: ignore[valid-type,misc]  # noqa: N801 - a loader class
    """The safe loader, refusing a key written twice in one mapping: YAML would keep the last
    and silently drop the other's terms (two `vi:` lists under one taxon)."""


def _mapping_without_duplicates(loader: Any, node: yaml.MappingNode, deep: bool = False) -> Any:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} written twice", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


SAFE_LOADER.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates
)
DEFAULT_SOURCE = "wildtrace contributors"


class LexiconError(Exception):
    """A lexicon file that cannot be used; the message names the file, entry and reason."""


@dataclass(frozen=True)
class Term:
    """One lexicon term. `kind`: name, product, code_word, emoji, intent, context, trap,
    implied, false_friend or frequent_word; `role` refines it (name: misspelled or none,
    intent: offer/wanted/…, context: permit/negation/…, implied: `trigger:<rule>`,
    `code_trigger:<rule>` or `context:<rule>`, false_friend: the languages, space-separated,
    in which the word is an everyday word; its `lang` is the one in which it is a name)."""

    text: str
    lang: str | None
    kind: str
    role: str | None
    taxon: str | None
    product: str | None
    source: str
    reviewed: bool
    citation: str | None = None
    accents: bool = False  # matched with accents kept (intent words that fold into others)
    depicts: str = "either"  # pattern words: the side of the name they depict


@dataclass(frozen=True)
class Lexicon:
    terms: tuple[Term, ...]
    files: tuple[str, ...]
    sha256: str

    def of_kind(self, *kinds: str) -> list[Term]:
        return [t for t in self.terms if t.kind in kinds]


def _prov(block: Provenance, parent: Provenance) -> tuple[str, bool]:
    source = block.source or parent.source or DEFAULT_SOURCE
    reviewed = block.reviewed if block.reviewed is not None else bool(parent.reviewed)
    return source, reviewed


def _flatten(model: BaseModel) -> Iterator[Term]:  # noqa: PLR0912 - one branch per file kind
    if isinstance(model, NamesFile):
        for e in model.entries:
            src, rev = _prov(e, model)
            role = "misspelled" if e.misspelled else None
            for lang, names in e.names.items():
                for name in names:
                    yield Term(name, lang, "name", role, e.taxon, None, src, rev, accents=e.accents)
    elif isinstance(model, ProductsFile):
        for p in model.entries:
            src, rev = _prov(p, model)
            for lang, terms in p.terms.items():
                for text in terms:
                    yield Term(text, lang, "product", None, p.taxon, p.product, src, rev)
    elif isinstance(model, CodeWordsFile):
        for c in model.entries:
            src, rev = _prov(c, model)
            yield Term(c.term, c.lang, "code_word", None, c.taxon, c.product, src, rev, c.citation)
    elif isinstance(model, IntentFile | ContextFile):
        for i in model.entries:
            src, rev = _prov(i, model)
            kind = "intent" if isinstance(model, IntentFile) else "context"
            accents = i.accents if isinstance(i, IntentEntry) else False
            depicts = i.depicts if isinstance(i, ContextEntry) else "either"
            for text in i.terms:
                yield Term(
                    text,
                    i.lang,
                    kind,
                    i.kind,
                    None,
                    None,
                    src,
                    rev,
                    accents=accents,
                    depicts=depicts,
                )
    elif isinstance(model, TrapsFile):
        for t in model.entries:
            src, rev = _prov(t, model)
            for text in t.phrases:
                yield Term(text, t.lang, "trap", None, None, None, src, rev, accents=t.accents)
    elif isinstance(model, EmojiFile):
        for m in model.entries:
            src, rev = _prov(m, model)
            yield Term(m.emoji, None, "emoji", None, m.taxon, m.product, src, rev)
    elif isinstance(model, ImpliedFile):
        yield from _flatten_implied(model)
    elif isinstance(model, FalseFriendsFile):
        yield from _flatten_false_friends(model)


def _flatten_false_friends(model: FalseFriendsFile) -> Iterator[Term]:
    src, rev = _prov(model, model)
    for lang, words in model.words.items():
        for word in words:
            yield Term(word, lang, "frequent_word", None, None, None, src, rev)
    for f in model.entries:
        src, rev = _prov(f, model)
        others = " ".join(f.other_langs)
        yield Term(f.form, f.name_lang, "false_friend", others, None, None, src, rev)


def _flatten_implied(model: ImpliedFile) -> Iterator[Term]:
    for r in model.entries:
        src, rev = _prov(r, model)
        trigger = "code_trigger" if r.code_word else "trigger"
        for role, by_lang in ((trigger, r.triggers), ("context", r.context)):
            for lang, texts in by_lang.items():
                for text in texts:
                    yield Term(
                        text,
                        lang,
                        "implied",
                        f"{role}:{r.rule}",
                        r.taxon,
                        r.product,
                        src,
                        rev,
                        r.citation,
                    )


def _parse_file(path: Path) -> tuple[BaseModel, bytes]:
    raw = path.read_bytes()
    try:
        data: Any = yaml.load(raw.decode("utf-8"), Loader=SAFE_LOADER)  # noqa: S506 - safe loader
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise LexiconError(f"{path}: not valid UTF-8 YAML ({exc})") from exc
    if not isinstance(data, dict) or data.get("schema") not in FILE_MODELS:
        known = ", ".join(FILE_MODELS)
        raise LexiconError(f"{path}: 'schema' must be one of {known}")
    try:
        return FILE_MODELS[data["schema"]].model_validate(data), raw
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise LexiconError(f"{path}: {where}: {first['msg']}{more}") from exc


def lexicon_files(data_dir: Path = DATA_DIR) -> list[Path]:
    return sorted(data_dir.rglob("*.yaml"))


def _check_terms(path: Path, terms: Iterable[Term], kb: KnowledgeBase) -> Iterator[str]:
    for term in terms:
        if term.taxon is not None and kb.lookup(term.taxon) is None:
            yield f"{path}: term {term.text!r}: taxon {term.taxon!r} is not in the species data"
        if not term.text.strip():
            yield f"{path}: an empty term ({term.kind}, {term.lang})"


def check_lexicon(kb: KnowledgeBase, data_dir: Path = DATA_DIR) -> tuple[list[str], int]:
    """Every problem found, and the number of terms read."""
    problems: list[str] = []
    count = 0
    for path in lexicon_files(data_dir):
        try:
            model, _ = _parse_file(path)
        except LexiconError as exc:
            problems.append(str(exc))
            continue
        terms = list(_flatten(model))
        count += len(terms)
        problems.extend(_check_terms(path, terms, kb))
    return problems, count


def load_lexicon(kb: KnowledgeBase, data_dir: Path = DATA_DIR) -> Lexicon:
    digest = hashlib.sha256()
    terms: list[Term] = []
    files = lexicon_files(data_dir)
    if not files:
        raise LexiconError(f"{data_dir}: no lexicon files")
    for path in files:
        model, raw = _parse_file(path)
        digest.update(path.name.encode() + b"\0" + raw)
        flat = list(_flatten(model))
        problem = next(_check_terms(path, flat, kb), None)
        if problem:
            raise LexiconError(problem)
        terms.extend(flat)
    return Lexicon(tuple(terms), tuple(str(p) for p in files), digest.hexdigest())
