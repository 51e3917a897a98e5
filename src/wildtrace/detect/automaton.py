"""Aho-Corasick over folded name forms: every name of every taxon matched in one pass."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Generic, NamedTuple, TypeVar

import ahocorasick

from wildtrace.detect.boundaries import at_word_boundaries

T = TypeVar("T")


class Hit(NamedTuple, Generic[T]):
    """A named tuple: made for every hit of every scan, it must be cheap to build."""

    start: int
    end: int
    payloads: tuple[T, ...]


class PhraseAutomaton(Generic[T]):
    """Maps folded phrases to payloads; yields whole-word hits, none inside a longer one.

    Hits that overlap without one holding the other are both kept: in "con vẹt xám" the group
    phrase "con vẹt" (a parrot) and the species "vẹt xám" (the grey parrot) share a word, and
    the engine keeps the more specific of the two."""

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        table: dict[str, list[T]] = {}
        for phrase, payload in entries:
            key = phrase.strip()
            if len(key) >= 2 or (key and not key.isascii()):  # one emoji is a whole term
                table.setdefault(key, []).append(payload)
        self._automaton = ahocorasick.Automaton()
        for key, payloads in table.items():
            self._automaton.add_word(key, (len(key), tuple(payloads)))
        self._empty = not table
        if not self._empty:
            self._automaton.make_automaton()

    def lookup(self, phrase: str) -> tuple[T, ...] | None:
        """The payloads of exactly this phrase, if it is a term."""
        if self._empty:
            return None
        found = self._automaton.get(phrase, None)
        return None if found is None else found[1]

    def find(self, folded: str) -> Iterator[Hit[T]]:
        if self._empty:
            return
        candidates: list[tuple[int, int, tuple[T, ...]]] = []
        size = len(folded)
        for end_index, (length, payloads) in self._automaton.iter(folded):
            start, end = end_index - length + 1, end_index + 1
            # most hits stand between blanks or punctuation: no need for the full check
            if (
                (start == 0 or not folded[start - 1].isalnum())
                and (end == size or not folded[end].isalnum())
            ) or at_word_boundaries(folded, start, end):
                candidates.append((start, end, payloads))
        candidates.sort(key=lambda h: (h[0], h[0] - h[1]))
        last_end = -1
        for start, end, payloads in candidates:
            if end > last_end:  # not inside the longest hit that started at or before it
                yield Hit(start, end, payloads)
                last_end = end
