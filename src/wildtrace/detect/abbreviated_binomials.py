"""Binomials with the genus cut short, as keepers and growers write them: "B. smithi",
"P. regius", "Paph. rothschildianum", "Nep. rajah". The epithet must belong to exactly one
genus of the species data that starts with the letters given; a misspelled epithet ("Nep.
raja") is read only when the letters given are enough to narrow the genus (three or more) and
one epithet alone lies one edit away.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from mypy_extensions import mypyc_attr
from rapidfuzz.distance import OSA

from wildtrace.textnorm.pickled_state import PickledState

# A capital and at most four letters, a full stop, then a lower-case word: "B. smithi".
ABBREVIATED = re.compile(r"(?<![\w.])([A-Z][a-z]{0,4})\.[ \t]?([a-z]{4,})(?![\w-])")
MIN_LETTERS_FOR_TYPOS = 3  # "Nep." or "Paph." narrows the genera enough to allow one typo
MIN_EPITHET_FOR_TYPOS = 4


@mypyc_attr(allow_interpreted_subclasses=True)
@dataclass(frozen=True)
class AbbreviatedHit(PickledState):
    start: int
    end: int
    binomial: str
    edits: int


@mypyc_attr(allow_interpreted_subclasses=True)
class AbbreviatedBinomials(PickledState):
    def __init__(self, binomials: Iterable[str]) -> None:
        self._genera: dict[str, set[str]] = {}
        for name in binomials:
            parts = name.split()
            if len(parts) == 2 and parts[0].isalpha() and parts[1].isalpha():
                self._genera.setdefault(parts[1].lower(), set()).add(parts[0])

    def find(self, text: str) -> Iterator[AbbreviatedHit]:
        if ". " not in text and not re.search(r"[A-Z][a-z]{0,4}\.[a-z]", text):
            return
        for match in ABBREVIATED.finditer(text):
            letters, epithet = match.group(1), match.group(2)
            found = self._read(letters, epithet)
            if found is not None:
                genus, right, edits = found
                yield AbbreviatedHit(match.start(), match.end(), f"{genus} {right}", edits)

    def _read(self, letters: str, epithet: str) -> tuple[str, str, int] | None:
        genera = [g for g in self._genera.get(epithet, ()) if g.startswith(letters)]
        if len(genera) == 1:
            return genera[0], epithet, 0
        if genera or len(letters) < MIN_LETTERS_FOR_TYPOS or len(epithet) < MIN_EPITHET_FOR_TYPOS:
            return None
        near = [
            (genus, known)
            for known, names in self._genera.items()
            if abs(len(known) - len(epithet)) <= 1 and OSA.distance(known, epithet) == 1
            for genus in names
            if genus.startswith(letters)
        ]
        return (near[0][0], near[0][1], 1) if len(near) == 1 else None
