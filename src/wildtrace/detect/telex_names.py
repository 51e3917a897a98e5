"""Vietnamese names typed in Telex with the input method off: "tee giacs" (tê giác, rhino),
"hor coots" (hổ cốt, tiger bone), "sungf tee giacs thaajt".

Telex types a vowel's mark by doubling it or adding w (aa â, ee ê, oo ô, aw ă, ow ơ, uw ư,
dd đ) and the tone by a key after the vowel (s f r x j). A word read as Telex is stripped of
those keys, which leaves Vietnamese without marks, as the lexicon's names are folded. English
is full of such letters ("free", "good", "books"), so a reading counts only when it makes a
Vietnamese name of two words or more from the lexicon and at least one of its words carried
Telex keys other than a final s (Portuguese "Rua das" is no "rùa da"): the names are looked up
in a view of the text where only syllables that parse as Vietnamese are rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Generic, TypeVar

from mypy_extensions import mypyc_attr

from wildtrace.detect.automaton import PhraseAutomaton
from wildtrace.textnorm.pickled_state import PickledState

INITIAL = r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|dd|[bcdghklmnprstvx])?"
FINAL = r"(ch|ng|nh|[cmnpt])?"
TONE = "sfrxj"
SYLLABLE = re.compile(rf"{INITIAL}([aeiouyw]{{1,4}})([{TONE}]?){FINAL}([{TONE}]?)")
MARKS = (
    ("uow", "uo"),
    ("aa", "a"),
    ("ee", "e"),
    ("oo", "o"),
    ("aw", "a"),
    ("ow", "o"),
    ("uw", "u"),
)
WORD = re.compile(r"[a-z]+")
MIN_WORDS = 2
T = TypeVar("T")


@lru_cache(maxsize=1 << 14)
def untelex(word: str) -> str:
    """The syllable without its Telex keys ("giacs" → "giac", "thaajt" → "that"), or the word
    itself when it does not parse as one Vietnamese syllable typed in Telex."""
    found = SYLLABLE.fullmatch(word)
    if found is None:
        return word
    initial, vowels, tone, final, late_tone = found.groups(default="")
    if tone and late_tone:
        return word
    plain = vowels
    for keys, vowel in MARKS:
        plain = plain.replace(keys, vowel)
    plain = plain.replace("w", "u")
    if len(plain) > 3 or any(plain.count(v) > 1 for v in "aeo"):
        return word
    return ("d" if initial == "dd" else initial) + plain + final


def _keyed(word: str, reading: str) -> bool:
    """The word carries Telex keys other than a final s, which ends plurals and many words in
    other languages ("Rua das Palmeiras" is no "rùa da")."""
    return word != reading and word != reading + "s"


@mypyc_attr(allow_interpreted_subclasses=True)
class TelexNames(PickledState, Generic[T]):
    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        """`entries`: Vietnamese names as folded (no marks), with their payloads."""
        self._names: PhraseAutomaton[T] = PhraseAutomaton(
            (text, payload)
            for text, payload in entries
            if text.isascii() and len(text.split()) >= MIN_WORDS
        )

    def find(self, folded: str) -> list[tuple[int, int, tuple[T, ...]]]:
        """(start, end, payloads) in folded offsets, for names read only with Telex keys."""
        words = list(WORD.finditer(folded))
        readings = [untelex(w.group()) for w in words]
        if all(r == w.group() for r, w in zip(readings, words, strict=True)):
            return []
        # the words read as Telex, one blank between them; where each word starts in it
        view = " ".join(readings)
        starts: dict[int, int] = {}
        at = 0
        for n, reading in enumerate(readings):
            starts[at] = n
            at += len(reading) + 1
        out: list[tuple[int, int, tuple[T, ...]]] = []
        for hit in self._names.find(view):
            first = starts.get(hit.start)
            if first is None:
                continue
            last = first + len(view[hit.start : hit.end].split()) - 1
            span = range(first, last + 1)
            if not any(_keyed(words[n].group(), readings[n]) for n in span):
                continue  # no word of it carries keys other than a final s
            if any(not folded[words[n].end() : words[n + 1].start()].isspace() for n in span[:-1]):
                continue  # the words must stand side by side in the text
            out.append((words[first].start(), words[last].end(), hit.payloads))
        return out
