"""Reading YAML definitions (sites, forums): bundled by id or a file, validated, with errors that
name the file, the field and the reason. One implementation for every definition kind."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Protocol, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


def format_error(kind: str, origin: str, exc: ValidationError) -> str:
    parts = [f"{'.'.join(str(p) for p in e['loc']) or '(top)'}: {e['msg']}" for e in exc.errors()]
    return f"{kind} definition {origin}: " + "; ".join(parts)


def parse_definition(
    text: str, origin: str, model: type[M], kind: str, error: type[Exception]
) -> tuple[M, str]:
    """Parse YAML text; return the definition and the sha256 of its text."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise error(f"{kind} definition {origin}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise error(f"{kind} definition {origin}: expected a mapping")
    try:
        definition = model.model_validate(data)
    except ValidationError as exc:
        raise error(format_error(kind, origin, exc)) from exc
    return definition, hashlib.sha256(text.encode("utf-8")).hexdigest()


def bundled(folder: Path) -> dict[str, Path]:
    return {p.stem: p for p in sorted(folder.glob("*.yaml"))}


def load_definition(
    ref: str, base_dir: Path | None, folder: Path, model: type[M], kind: str, error: type[Exception]
) -> tuple[M, str]:
    """`ref` is a bundled id (a file in `folder`) or a path (relative to base_dir)."""
    known = bundled(folder)
    if ref in known:
        path = known[ref]
    else:
        path = Path(ref)
        if not path.is_absolute() and base_dir is not None:
            path = base_dir / path
        if not path.is_file():
            raise error(
                f"{kind} definition {ref!r}: no such file and no bundled {kind} of that "
                f"id (bundled: {', '.join(known) or 'none'})"
            )
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{kind} definition {path}: cannot read ({exc})") from exc
    return parse_definition(text, str(path), model, kind, error)


class _Named(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...


class FromDefinition:
    """Mixin for sources built from a definition file: their key and name are the
    definition's, and the hash of its text is recorded with each run's source."""

    definition: _Named
    _sha256: str

    @property
    def key(self) -> str:
        return self.definition.id

    @property
    def name(self) -> str:
        return self.definition.name

    @property
    def definition_sha256(self) -> str:
        return self._sha256
