"""Find scientific binomials written with one or two typos ("Manis javanika").

Sellers misspell Latin names on purpose, to slip past keyword filters, and by accident. Guards
keep false hits rare: both words must be close to a genus and one of its own epithets, the words
must be long enough for the allowed edits, and an exact match is left to the exact matcher.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise

from mypy_extensions import mypyc_attr
from rapidfuzz import process
from rapidfuzz.distance import OSA

from wildtrace.textnorm.pickled_state import PickledState

WORD = re.compile(r"[a-z]{3,}")


@mypyc_attr(allow_interpreted_subclasses=True)
@dataclass(frozen=True)
class FuzzyHit(PickledState):
    start: int
    end: int
    binomial: str
    edits: int


def allowed_edits(word: str) -> int:
    """Short words tolerate fewer edits: 'ara' one away from 'are' is no evidence."""
    if len(word) >= 8:
        return 2
    if len(word) >= 5:
        return 1
    return 0


@mypyc_attr(allow_interpreted_subclasses=True)
class BinomialMatcher(PickledState):
    """Genus → epithets, matched with edit distance on the folded text."""

    def __init__(self, binomials: Iterable[str]) -> None:
        self._epithets: dict[str, set[str]] = {}
        for name in binomials:
            parts = name.lower().split()
            if len(parts) >= 2 and parts[0].isalpha() and parts[1].isalpha():
                self._epithets.setdefault(parts[0], set()).add(parts[1])
        self._genera = list(self._epithets)
        self._sorted_epithets = {g: sorted(e) for g, e in self._epithets.items()}
        # Listings repeat their vocabulary: remember each word's answer (bounded).
        self._genus_cache: dict[str, tuple[str, int] | None] = {}
        self._epithet_cache: dict[tuple[str, str], tuple[str, int] | None] = {}

    @staticmethod
    def _closest(word: str, choices: list[str]) -> tuple[str, int] | None:
        limit = allowed_edits(word)
        if limit == 0:
            return (word, 0) if word in choices else None
        found = process.extractOne(word, choices, scorer=OSA.distance, score_cutoff=limit)
        if found is None:
            return None
        return str(found[0]), int(found[1])

    def _genus(self, word: str) -> tuple[str, int] | None:
        if word not in self._genus_cache:
            if len(self._genus_cache) > 200_000:
                self._genus_cache.clear()
            exact = (word, 0) if word in self._epithets else None
            self._genus_cache[word] = exact or self._closest(word, self._genera)
        return self._genus_cache[word]

    def _epithet(self, genus: str, word: str) -> tuple[str, int] | None:
        key = (genus, word)
        if key not in self._epithet_cache:
            if len(self._epithet_cache) > 200_000:
                self._epithet_cache.clear()
            self._epithet_cache[key] = self._closest(word, self._sorted_epithets[genus])
        return self._epithet_cache[key]

    def find(self, folded: str, exact_too: bool = False) -> Iterator[FuzzyHit]:
        """Binomials one or two edits away; with `exact_too`, spelled right as well (a text
        the exact matcher did not read, such as a name romanised from another script)."""
        words = list(WORD.finditer(folded))
        for first, second in pairwise(words):
            if folded[first.end() : second.start()].strip():
                continue
            genus = self._genus(first.group())
            if genus is None:
                continue
            epithet = self._epithet(genus[0], second.group())
            if epithet is None:
                continue
            edits = genus[1] + epithet[1]
            if (edits > 0 or exact_too) and edits <= 2:
                yield FuzzyHit(first.start(), second.end(), f"{genus[0]} {epithet[0]}", edits)
