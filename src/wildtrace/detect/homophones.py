"""Chinese names with a character swapped for one that sounds the same: 金钱敏 for 金钱鳘
(totoaba maw), 印度猩龟 for 印度星龟 (star tortoise), 犀牛角 as 西牛角.

Swapping a character for a homophone is the usual way Chinese sellers slip past keyword
filters, and a misspelling matcher that counts edits cannot tell a homophone from any other
character. Each character is read as its first pinyin syllable without tone (pypinyin's
dictionary, which ships in the package); a run of characters that sounds like a name of three
characters or more and differs from it in one character (two from six characters up) is that
name misspelled. Names of two characters are left out: too many everyday words sound like one
(西郊, the western suburbs, like 犀角). Known failure modes: a polyphonic character read by
another syllable than its first, and words that sound like a long name by chance.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from pathlib import Path

from mypy_extensions import mypyc_attr

from wildtrace.lexicon.load import Term
from wildtrace.textnorm.pickled_state import PickledState

HAN = re.compile(r"[\u4e00-\u9fff]{3,}")
ALL_HAN = re.compile(r"[\u4e00-\u9fff]+")
MIN_CHARS = 3
MAX_CHARS = 8
LONG_NAME = 6  # from this length two characters may be swapped


@cache
def _syllables() -> dict[int, str]:
    """Each character's first pinyin syllable, tone marks removed, from the dictionary file
    pypinyin ships (read on first use, so that an engine that reads no Chinese never loads
    it; the package itself is not imported, as it loads its phrase list too)."""
    spec = importlib.util.find_spec("pypinyin")  # found, not imported: its phrases take 57 MB
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pypinyin is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "pinyin_dict.json"
    readings: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return {int(code): sys.intern(_toneless(s.split(",")[0])) for code, s in readings.items()}


def _toneless(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable.replace("ü", "v"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def sounds(text: str) -> tuple[str, ...] | None:
    """The syllables of a run of Chinese characters, or None if one has no reading."""
    table = _syllables()
    out = []
    for char in text:
        syllable = table.get(ord(char))
        if syllable is None:
            return None
        out.append(syllable)
    return tuple(out)


@mypyc_attr(allow_interpreted_subclasses=True)
class HomophoneNames(PickledState):
    def __init__(self, names: Iterable[tuple[str, Term]]) -> None:
        """`names`: folded name and product forms with their terms; only those written in
        Chinese characters (three to eight) are kept."""
        self._by_sound: dict[tuple[str, ...], list[tuple[str, Term]]] = {}
        for form, term in names:
            if term.role == "misspelled" or not MIN_CHARS <= len(form) <= MAX_CHARS:
                continue
            if ALL_HAN.fullmatch(form) is None or (key := sounds(form)) is None:
                continue
            self._by_sound.setdefault(key, []).append((form, term))
        self._lengths = sorted({len(key) for key in self._by_sound})

    def find(self, folded: str) -> list[tuple[int, int, str, Term]]:
        """(start, end, name, term) of each run that sounds like a name and is written with
        one character (two in long names) swapped."""
        found: list[tuple[int, int, str, Term]] = []
        if not self._by_sound:
            return found
        table = _syllables()
        for run in HAN.finditer(folded):
            text, base = run.group(), run.start()
            heard = [table.get(ord(c), "?") for c in text]
            for length in self._lengths:
                for i in range(len(text) - length + 1):
                    written = text[i : i + length]
                    for name, term in self._by_sound.get(tuple(heard[i : i + length]), ()):
                        swapped = sum(a != b for a, b in zip(written, name, strict=True))
                        if 0 < swapped <= (2 if length >= LONG_NAME else 1):
                            found.append((base + i, base + i + length, name, term))
        return found


MIN_PINYIN_CHARS = 3  # "hu gu", "haima" spell other things; names.yaml lists the short ones


def pinyin_forms(names: Iterable[tuple[str, Term]], known: set[str]) -> list[tuple[str, Term]]:
    """Chinese names of three characters or more in toneless pinyin, joined and spaced
    ("meizhoubao", "mei zhou bao" for 美洲豹), as sellers write them to pass filters or for
    readers without Chinese input; the term's text becomes the pinyin, so it reads as a
    transliteration."""
    out: list[tuple[str, Term]] = []
    for form, term in names:
        if term.lang != "zh" or term.role == "misspelled" or term.kind not in {"name", "product"}:
            continue
        if not MIN_PINYIN_CHARS <= len(form) <= MAX_CHARS or ALL_HAN.fullmatch(form) is None:
            continue
        heard = sounds(form)
        if heard is None:
            continue
        for written in ("".join(heard), " ".join(heard)):
            if written not in known:
                known.add(written)
                out.append((written, replace(term, text=written)))
    return out
