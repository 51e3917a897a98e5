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

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

WORD = re.compile(r"[a-z]{3,}")


@dataclass(frozen=True)
class FuzzyHit:
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


class BinomialMatcher:
    """Genus → epithets, matched with edit distance on the folded text."""

    def __init__(self, binomials: Iterable[str]) -> None:
        self._epithets: dict[str, set[str]] = {}
        for name in binomials:
            parts = name.lower().split()
            if len(parts) >= 2 and parts[0].isalpha() and parts[1].isalpha():
                self._epithets.setdefault(parts[0], set()).add(parts[1])
        self._genera = list(self._epithets)

    def _closest(self, word: str, choices: list[str]) -> tuple[str, int] | None:
        limit = allowed_edits(word)
        found = process.extractOne(word, choices, scorer=Levenshtein.distance, score_cutoff=limit)
        if found is None:
            return None
        return str(found[0]), int(found[1])

    def find(self, folded: str) -> Iterator[FuzzyHit]:
        words = list(WORD.finditer(folded))
        for first, second in pairwise(words):
            if folded[first.end() : second.start()].strip():
                continue
            genus = self._closest(first.group(), self._genera)
            if genus is None:
                continue
            epithet = self._closest(second.group(), sorted(self._epithets[genus[0]]))
            if epithet is None:
                continue
            edits = genus[1] + epithet[1]
            if 0 < edits <= 2:
                yield FuzzyHit(first.start(), second.end(), f"{genus[0]} {epithet[0]}", edits)
