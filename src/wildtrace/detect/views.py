"""Scan a text's two views (folded, and folded + deobfuscated) with one automaton.

A hit found only in the deobfuscated view carries the tactics that hid it (leetspeak, spaced
letters); a hit over look-alike letters carries `homoglyph`. Spans are in the original text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from wildtrace.detect.automaton import PhraseAutomaton
from wildtrace.textnorm.deobfuscate import DeobfuscatedText, deobfuscate
from wildtrace.textnorm.normalise import NormalisedText, normalise

T = TypeVar("T")


@dataclass(frozen=True)
class TextViews:
    original: str
    folded: NormalisedText
    deobfuscated: DeobfuscatedText

    @classmethod
    def of(cls, text: str) -> TextViews:
        folded = normalise(text)
        return cls(text, folded, deobfuscate(folded))


@dataclass(frozen=True)
class ViewHit(Generic[T]):
    start: int
    end: int
    payloads: tuple[T, ...]
    tactics: frozenset[str]

    def matched(self, views: TextViews) -> str:
        return views.original[self.start : self.end]


def scan(automaton: PhraseAutomaton[T], views: TextViews) -> list[ViewHit[T]]:
    hits: list[ViewHit[T]] = []
    seen: set[tuple[int, int]] = set()
    folded = views.folded
    for hit in automaton.find(folded.text):
        start, end = folded.span(hit.start, hit.end)
        tactics = (
            frozenset({"homoglyph"})
            if any(i in folded.homoglyph_positions for i in range(hit.start, hit.end))
            else frozenset()
        )
        hits.append(ViewHit(start, end, hit.payloads, tactics))
        seen.add((start, end))
    deob = views.deobfuscated
    if deob.changed:
        for hit in automaton.find(deob.text):
            start, end = deob.span(hit.start, hit.end)
            tactics = frozenset(deob.tactics_in(hit.start, hit.end))
            if (start, end) in seen or not tactics:
                continue
            if any(s <= start and end <= e for s, e in seen):
                continue
            hits.append(ViewHit(start, end, hit.payloads, tactics))
    return hits
