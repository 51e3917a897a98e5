"""A tiny, safe path language for reading values out of parsed JSON (site definitions).

Grammar: steps joined by dots, e.g. `data.items[*].url`.

- `key`       a member of an object (any characters but `.`, `[`, `]`, `"` and spaces);
- `["a.b"]`   a member whose name needs quoting (a JSON string);
- `[n]`       the n-th element of an array, from 0; negative counts from the end (`[-1]`);
- `[*]`       every element of an array (or every member value of an object).

A path may start with a bracket step (`[*].url` for a top-level array). Reading never raises:
a missing key, an index out of range or a step that does not fit the value's type (a key on an
array, an index on an object, anything on a string or number) simply yields no value, and
`null` is no value either. Nothing is evaluated: the text is parsed into steps, once.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import Any

_KEY = re.compile(r'[^.\[\]"\s]+')
_BRACKET = re.compile(r'\[(?:(\*)|(-?[0-9]+)|("(?:[^"\\]|\\.)*"))\]')
MAX_PATH = 500


class PathError(ValueError):
    """A path that does not follow the grammar; the message says where."""


class _All(Enum):
    ALL = "*"


ALL = _All.ALL
Step = str | int | _All


@dataclass(frozen=True)
class JSONPath:
    """A parsed path; `values` reads it, `strings` reads it as text."""

    text: str
    steps: tuple[Step, ...]

    def values(self, data: Any) -> list[Any]:
        """Every value the path reaches, in document order; nulls left out."""
        nodes: list[Any] = [data]
        for step in self.steps:
            nodes = [found for node in nodes for found in _step(node, step)]
        return [node for node in nodes if node is not None]

    def strings(self, data: Any) -> list[str]:
        """The values reached that are strings or numbers, as stripped non-empty text."""
        return [text for text in map(scalar_text, self.values(data)) if text]


def _step(node: Any, step: Step) -> list[Any]:
    if step is ALL:
        if isinstance(node, list):
            return node
        return list(node.values()) if isinstance(node, dict) else []
    if isinstance(step, int):
        if isinstance(node, list) and -len(node) <= step < len(node):
            return [node[step]]
        return []
    if isinstance(node, dict) and step in node:
        return [node[step]]
    return []


def scalar_text(value: Any) -> str | None:
    """A string (stripped) or a number as text; booleans, objects, arrays, NaN → None."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return None


@lru_cache(maxsize=512)
def parse_path(text: str) -> JSONPath:
    """Parse a path; PathError names the position of the first mistake."""
    if not text or not text.strip():
        raise PathError("empty path")
    if len(text) > MAX_PATH:
        raise PathError(f"longer than {MAX_PATH} characters")
    steps: list[Step] = []
    pos = 0
    while pos < len(text):
        if text[pos] == "[":
            match = _BRACKET.match(text, pos)
            if match is None:
                raise PathError(f'at position {pos}: expected [*], [n] or ["key"] in {text!r}')
            steps.append(_bracket_step(match, f"at position {pos} in {text!r}"))
        else:
            if steps:
                if text[pos] != ".":
                    raise PathError(f"at position {pos}: expected '.' or '[' in {text!r}")
                pos += 1
            match = _KEY.match(text, pos)
            if match is None:
                raise PathError(f"at position {pos}: expected a key in {text!r}")
            steps.append(match.group())
        pos = match.end()
    return JSONPath(text, tuple(steps))


def _bracket_step(match: re.Match[str], where: str) -> Step:
    star, index, quoted = match.groups()
    if star:
        return ALL
    if index is not None:
        return int(index)
    try:
        key = json.loads(quoted)
    except ValueError as exc:
        raise PathError(f"{where}: not a valid quoted key ({exc})") from exc
    return str(key)


def read_path(data: Any, path: str) -> list[str]:
    """Shorthand: the text values `path` reaches in `data`."""
    return parse_path(path).strings(data)
