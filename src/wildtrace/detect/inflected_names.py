"""Names of several words written in another number or gender: "tartarughe marginate" for
"tartaruga marginata", "titís cabeciblancos", "micos-leões-dourados", "morrocoyes de patas
rojas", "dunkelrote Ara" for "Dunkelroter Ara", "черепахи сухопутные" for "сухопутная
черепаха". Listings put names in the plural and
in other cases and make adjectives agree; the lexicon lists one or two forms. Each word is cut
to a stem (its plural, gender and case endings dropped) and the run of stems is looked up among
the stems of the lexicon's names of two to four words. Russian and Ukrainian ad titles also put
the adjective after the noun ("Черепахи сухопутные, малыши"), so a Cyrillic name of two words
is also looked up the other way round.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Generic, TypeVar

from mypy_extensions import mypyc_attr

from wildtrace.detect.automaton import Patterns
from wildtrace.detect.boundaries import is_unspaced_script
from wildtrace.detect.fuzzy_names import FuzzyNameHit
from wildtrace.textnorm.pickled_state import PickledState

T = TypeVar("T")
TOKEN = re.compile(r"[^\W\d_]+")
MIN_WORDS, MAX_WORDS = 2, 4
MIN_STEMMED = 4  # shorter words (de, da, of, la) are kept as they are
MIN_STEM = 4  # a word whose stem would be shorter keeps its vowels (titi, leao)
MIN_LETTERS = 10  # letters in the whole name: short names are too easily made by chance
MAX_GAP = 2  # characters between two words: a blank, a hyphen
GERMAN_ENDINGS = ("er", "en", "es", "em")
MIN_GERMAN_ENDING = 7  # "tiger", "leones" keep theirs


# Case, number and gender endings of Russian and Ukrainian nouns and adjectives, longest first
CYRILLIC_ENDINGS = tuple(
    sorted(
        [
            "ями",
            "ами",
            "ого",
            "его",
            "ому",
            "ему",
            "ыми",
            "ими",
            "ая",
            "яя",
            "ое",
            "ее",
            "ые",
            "ие",
            "ый",
            "ий",
            "ой",
            "ую",
            "юю",
            "ых",
            "их",
            "ов",
            "ев",
            "ам",
            "ям",
            "ах",
            "ях",
            "ом",
            "ем",
            "а",
            "я",
            "ы",
            "и",
            "і",
            "у",
            "ю",
            "е",
            "о",
            "ь",
            "й",
        ],
        key=len,
        reverse=True,
    )
)


def is_cyrillic(word: str) -> bool:
    return "\u0400" <= word[0] <= "\u04ff"


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """The word without its plural and gender endings: tartarughe → tartarug, leoes → leao,
    черепахи → черепах."""
    if len(word) < MIN_STEMMED:
        return word
    if is_cyrillic(word):
        for ending in CYRILLIC_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
                return word[: -len(ending)]
        return word
    if word.endswith(("oes", "aes")):  # Portuguese plurals: leões, cães
        word = word[:-3] + "ao"
    elif len(word) >= MIN_GERMAN_ENDING and word.endswith(GERMAN_ENDINGS):
        word = word[:-2]  # German adjectives: dunkelroter, dunkelrote, dunkelroten Ara
    singular = word[:-1] if word.endswith("s") else word
    out = singular.rstrip("aeiou")
    if out.endswith(("gh", "ch")):  # Italian plurals: tartarughe, bianchi
        out = out[:-1]
    return out if len(out) >= MIN_STEM else singular


@mypyc_attr(allow_interpreted_subclasses=True)
class InflectedNames(PickledState, Generic[T]):
    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        self._names: dict[tuple[str, ...], list[T]] = {}
        for phrase, payload in entries:
            words = TOKEN.findall(phrase)
            if not MIN_WORDS <= len(words) <= MAX_WORDS or is_unspaced_script(phrase[0]):
                continue
            cyrillic = all(is_cyrillic(w) for w in words)
            if sum(map(len, words)) < MIN_LETTERS or not (phrase.isascii() or cyrillic):
                continue
            key = tuple(stem(w) for w in words)
            self._names.setdefault(key, []).append(payload)
            if cyrillic and len(key) == MIN_WORDS and key[0] != key[1]:
                self._names.setdefault(key[::-1], []).append(payload)
        self._pairs = {key[:2] for key in self._names}  # a cheap test before the rest
        # the first words' stems, found where a word starts by one scan in C
        # short first words start too many others: their names are left out
        self._firsts = Patterns(sorted({k[0] for k in self._names if len(k[0]) >= MIN_STEM}))

    def find(self, folded: str) -> Iterator[FuzzyNameHit[T]]:
        if not self._names:
            return
        for _, start, first_end in self._firsts.find(folded):
            if start > 0 and folded[start - 1].isalpha():
                continue
            first = TOKEN.match(folded, start)
            if first is None or stem(first.group()) != folded[start:first_end]:
                continue
            second = _next_word(folded, first.end())
            if second is None:
                continue
            stems: tuple[str, ...] = (stem(first.group()), stem(second.group()))
            if stems not in self._pairs:
                continue
            words = [first, second]
            while len(words) < MAX_WORDS and (following := _next_word(folded, words[-1].end())):
                words.append(following)
                stems += (stem(following.group()),)
            for n in range(len(words), MIN_WORDS - 1, -1):
                payloads = self._names.get(stems[:n])
                if payloads:
                    end = words[n - 1].end()
                    yield FuzzyNameHit(start, end, folded[start:end], tuple(payloads), 0)
                    break


def _next_word(folded: str, at: int) -> re.Match[str] | None:
    """The word after a blank or a hyphen (MAX_GAP characters at most)."""
    gap = 0
    while gap < MAX_GAP and at + gap < len(folded) and folded[at + gap] in " -":
        gap += 1
    return TOKEN.match(folded, at + gap) if gap else None
