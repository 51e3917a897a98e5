"""Find common and trade names written with a typo ("pengolin", "rinocerote", "hawksbil").

A deletion-neighbourhood index (as in SymSpell): every name and every token are reduced by up
to one or two deleted letters, and candidates meet in a dictionary, so a token costs a few dozen
lookups instead of a comparison with every name. Guards against false hits: only single words of
eight letters or more, in spaced scripts; the first letter must agree; one edit below ten
letters, two from ten; each candidate is confirmed with the optimal-string-alignment distance
(a swap of two neighbours counts as one edit).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations
from typing import Generic, TypeVar

from rapidfuzz.distance import OSA

from wildtrace.detect.boundaries import is_unspaced_script

T = TypeVar("T")
MIN_LENGTH = 8
WORD = re.compile(r"[^\W\d_]{8,}")


def max_edits(word: str) -> int:
    return 2 if len(word) >= 10 else 1


def _deletes(word: str, edits: int) -> set[str]:
    out = set()
    for n in range(1, edits + 1):
        for positions in combinations(range(len(word)), n):
            out.add("".join(c for i, c in enumerate(word) if i not in positions))
    return out


@dataclass(frozen=True)
class FuzzyNameHit(Generic[T]):
    start: int
    end: int
    name: str
    payloads: tuple[T, ...]
    edits: int


class FuzzyNames(Generic[T]):
    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        self._names: dict[str, list[T]] = {}
        for word, payload in entries:
            if " " in word or len(word) < MIN_LENGTH or not word.isalpha():
                continue
            if is_unspaced_script(word[0]):
                continue
            self._names.setdefault(word, []).append(payload)
        self._index: dict[str, set[str]] = {}
        for word in self._names:
            for key in {word, *_deletes(word, max_edits(word))}:
                self._index.setdefault(key, set()).add(word)
        self._cache: dict[str, tuple[str, int] | None] = {}

    def _closest(self, token: str) -> tuple[str, int] | None:
        if token in self._cache:
            return self._cache[token]
        if len(self._cache) > 200_000:
            self._cache.clear()
        best: tuple[str, int] | None = None
        if token not in self._names:
            candidates: set[str] = set()
            for key in {token, *_deletes(token, max_edits(token))}:
                candidates |= self._index.get(key, set())
            for name in sorted(candidates):
                if name[0] != token[0]:
                    continue
                limit = min(max_edits(name), max_edits(token))
                distance = OSA.distance(token, name, score_cutoff=limit)
                if 0 < distance <= limit and (best is None or distance < best[1]):
                    best = (name, distance)
        self._cache[token] = best
        return best

    def find(self, folded: str) -> Iterator[FuzzyNameHit[T]]:
        for match in WORD.finditer(folded):
            token = match.group()
            if is_unspaced_script(token[0]):
                continue
            found = self._closest(token)
            if found is not None:
                name, edits = found
                yield FuzzyNameHit(
                    match.start(), match.end(), name, tuple(self._names[name]), edits
                )
