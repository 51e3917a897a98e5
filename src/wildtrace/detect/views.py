"""Scan a text's two views (folded, and folded + deobfuscated) with one automaton.

A hit found only in the deobfuscated view carries the tactics that hid it (leetspeak, spaced
letters); a hit over look-alike letters carries `homoglyph`. Spans are in the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Generic, NamedTuple, TypeVar

from mypy_extensions import mypyc_attr

from wildtrace.detect.automaton import PhraseAutomaton
from wildtrace.textnorm.deobfuscate import (
    MIN_TONELESS,
    REDUPLICATION,
    THAI_TONE,
    DeobfuscatedText,
    deobfuscate,
)
from wildtrace.textnorm.normalise import NormalisedText, normalise
from wildtrace.textnorm.pickled_state import PickledState

T = TypeVar("T")
HOMOGLYPH = frozenset({"homoglyph"})
NO_TACTICS: frozenset[str] = frozenset()
SPACED = frozenset({"spaced_letters"})


@mypyc_attr(allow_interpreted_subclasses=True)
@dataclass(frozen=True)
class TextViews(PickledState):
    original: str
    folded: NormalisedText
    deobfuscated: DeobfuscatedText

    @classmethod
    def of(cls, text: str) -> TextViews:
        folded = normalise(text)
        return cls(text, folded, deobfuscate(folded))


class ViewHit(NamedTuple, Generic[T]):
    """A hit in the original text's coordinates; a named tuple, as one is made for every hit."""

    start: int
    end: int
    payloads: tuple[T, ...]
    tactics: frozenset[str]

    def matched(self, views: TextViews) -> str:
        return views.original[self.start : self.end]


# A word cut into syllables by blanks, hyphens or dots: "pan gol in", "iv-ory", "rhi.no".
# Only plain Latin pieces of one to four letters, two to six of them.
SYLLABLE_RUN = re.compile(r"(?<![^\W_])[a-z]{1,4}(?:[ .\-][a-z]{1,4}){1,5}(?![^\W_])")
MIN_JOINED = 5


def syllable_hits(automaton: PhraseAutomaton[T], views: TextViews) -> list[ViewHit[T]]:
    """Terms written as a run of short pieces ("iv ory" → ivory, "pan gol in"): a run of two or
    more pieces whose letters, joined, are a term of at least five letters; the tactic is
    spaced_letters. A term must fill the whole run (a name glued to the letters of the pieces
    around it is no name), so each run is looked up whole."""
    text = views.folded.text
    hits: list[ViewHit[T]] = []
    original = views.original
    for run in SYLLABLE_RUN.finditer(text):
        joined = "".join(_PIECE.findall(text, run.start(), run.end()))
        if len(joined) < MIN_JOINED:
            continue
        payloads = automaton.lookup(joined)
        if not payloads:
            continue
        start, end = views.folded.span(run.start(), run.end())
        if original[start:end].isascii():  # not Vietnamese words, one syllable each: "và rắn"
            hits.append(ViewHit(start, end, payloads, SPACED))
    return hits


_PIECE = re.compile(r"[a-z]+")


def scan(
    automaton: PhraseAutomaton[T], views: TextViews, syllables: bool = False
) -> list[ViewHit[T]]:
    """Hits in the folded view, then those only the deobfuscated view shows, then (with
    `syllables`) those of words cut into syllables."""
    hits: list[ViewHit[T]] = []
    seen: set[tuple[int, int]] = set()
    folded = views.folded
    homoglyphs = folded.homoglyph_positions
    for hit in automaton.find(folded.text):
        start, end = folded.span(hit.start, hit.end)
        tactics = (
            HOMOGLYPH
            if homoglyphs and any(i in homoglyphs for i in range(hit.start, hit.end))
            else NO_TACTICS
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
            tactics -= {REDUPLICATION}
            if THAI_TONE in tactics:  # a tone mark more or less: long words only (not เสื้อ)
                if hit.end - hit.start < MIN_TONELESS:
                    continue
                tactics = (tactics - {THAI_TONE}) | {"misspelled_common"}
            if any(s <= start and end <= e for s, e in seen):
                continue
            hits.append(ViewHit(start, end, hit.payloads, tactics))
            seen.add((start, end))
    if syllables:
        # a run yields to a hit it crosses or lies in, not to a shorter word inside it ("rhi no
        # horn": the run holds "horn")
        for extra in syllable_hits(automaton, views):
            if not any(
                s < extra.end and extra.start < e and not (extra.start <= s and e <= extra.end)
                for s, e in seen
            ):
                hits.append(extra)
    return hits
