"""Find common and trade names written with a typo ("pengolin", "rinocerote", "hawksbil").

A deletion-neighbourhood index (as in SymSpell): every name and every token are reduced by up
to one or two deleted letters, and candidates meet in a dictionary, so a token costs a few dozen
lookups instead of a comparison with every name. Guards against false hits: only single words in
spaced scripts; the first letter must agree; one edit below ten letters, two from ten; each
candidate is confirmed with the optimal-string-alignment distance (a swap of two neighbours
counts as one edit). Words of five to seven letters are mostly other words one edit away
("makan" eat / "macan" tiger, "gabon" / "gibon"), so there only the typos people make when
spelling by ear count: a doubled or undoubled letter (parots), a silent letter dropped or
added (ivoir, rinoceronte, женшень) and a letter swapped for one that sounds alike
(avorjo, kukank).
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
MIN_LENGTH = 5
LONG = 8  # from this length any one edit counts
WORD = re.compile(r"[^\W\d_]{5,}")
MIN_SUBSTITUTION_LENGTH = 6
SOUND_ALIKE = tuple(frozenset(group) for group in ("ijy", "kcqg", "csz", "vwb", "ао", "еиэ", "зс"))


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
                if not 0 < distance <= limit or (best is not None and distance >= best[1]):
                    continue
                if min(len(name), len(token)) < LONG and not plausible_typo(token, name):
                    continue
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


def plausible_typo(a: str, b: str) -> bool:
    """One edit of the kinds people make spelling a word by ear (see the module docstring)."""
    if len(a) == len(b):
        if len(a) < MIN_SUBSTITUTION_LENGTH:  # "makan" (eat) is not "macan" (tiger)
            return False
        diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        return len(diffs) == 1 and any(set(diffs[0]) <= g for g in SOUND_ALIKE)
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) - len(short) != 1:
        return False
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    extra = long_[i]
    doubled = (i > 0 and long_[i - 1] == extra) or (i + 1 < len(long_) and long_[i + 1] == extra)
    return long_[:i] + long_[i + 1 :] == short and (doubled or _silent(long_, i))


def _silent(word: str, i: int) -> bool:
    """A letter one may leave out without changing the sound: the soft and hard signs, a final
    e (ivoir), the h of rh (rinoceronte); not the h of th ("slots" is not "sloths")."""
    char = word[i]
    if char in "ьъ":
        return True
    if char == "e":
        return i == len(word) - 1
    return char == "h" and i > 0 and word[i - 1] == "r"
