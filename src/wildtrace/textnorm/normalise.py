"""Fold case, accents, zero-width characters and look-alike letters, keeping offsets.

Detectors match on the folded text and report spans in the original, so an analyst sees exactly
what the seller wrote. Known gaps (the detection issue widens them): leetspeak, spaced letters,
emoji, transliteration.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from mypy_extensions import mypyc_attr

from wildtrace.textnorm.pickled_state import PickledState

ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\ufe0e\ufe0f")

# Cyrillic and Greek letters that look like Latin ones; sellers mix them into Latin words.
HOMOGLYPHS = {
    "а": "a",
    "е": "e",
    "о": "o",
    "р": "p",
    "с": "c",
    "у": "y",
    "х": "x",
    "і": "i",
    "ј": "j",
    "ѕ": "s",
    "к": "k",
    "м": "m",
    "т": "t",
    "в": "b",
    "н": "h",
    "ԁ": "d",
    "ӏ": "l",
    "α": "a",
    "ο": "o",
    "ρ": "p",
    "ν": "v",
    "τ": "t",
    "ι": "i",
    "κ": "k",
    "υ": "u",
    "ε": "e",
}


@mypyc_attr(allow_interpreted_subclasses=True)
@dataclass(frozen=True)
class NormalisedText(PickledState):
    """`text` is the folded form; `offsets[i]` is the original index of `text[i]`."""

    original: str
    text: str
    offsets: Sequence[int]
    homoglyph_positions: frozenset[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the folded text back to the original."""
        if start >= len(self.offsets):
            return len(self.original), len(self.original)
        orig_start = self.offsets[start]
        orig_end = self.offsets[end - 1] + 1 if end > start else orig_start
        return orig_start, orig_end


# Letters without a Unicode decomposition that sellers also write plainly ("doi moi" for đồi mồi).
EXTRA_FOLDS = {
    "đ": "d",
    "Đ": "d",
    "ø": "o",
    "Ø": "o",
    "ł": "l",
    "Ł": "l",
    "æ": "ae",
    "Æ": "ae",
    "œ": "oe",
    "Œ": "oe",
    "ß": "ss",
    "ı": "i",
    # Arabic spelling variants written interchangeably online: alef maksura for yeh, teh
    # marbuta for heh ("سلحفاة"/"سلحفاه"); tatweel only stretches a word ("عـــاج").
    "ى": "ي",
    "ة": "ه",
    # letters written for one another, said alike in most dialects: ز for ذ (عقاب زهبي),
    # ظ for ض (ظب)
    "ذ": "ز",
    "ظ": "ض",
    "ۀ": "ه",
    "ـ": "",
    # Japanese ヅ and ヂ are said as ズ and ジ, and names are written both ways (ケヅメリクガメ,
    # ケズメリクガメ); folding takes the voicing mark off both, so ズ and ヅ fold to ス
    "ヅ": "ス",
    "ヂ": "シ",
    "づ": "す",
    "ぢ": "し",
    # CJK radicals that Unicode does not decompose, written for the characters they look
    # like to get past filters: "犀⻆" (horn), "⻥翅", "虎⻣"
    "\u2ec6": "角",
    "\u2ee3": "骨",
    "\u2ee5": "鱼",
    "\u2ee6": "鸟",
    "\u2ef0": "龙",
    "\u2ee2": "马",
    "\u2eee": "齿",
    "\u2ee9": "黄",
    "\u2edc": "飞",
}

# Persian letters that look like Arabic ones (ی for ي/ى, ک for ك): inside Arabic words they hide
# a name from a plain search.
ARABIC_HOMOGLYPHS = {"ی": "ي", "ک": "ك"}

CYRILLIC = re.compile("[\u0400-\u04ff]")
ASCII_RUN = re.compile("[\x00-\x7f]{2,}")
# Latin letters that look like Cyrillic ones, used inside Russian words ("бeлyги").
LATIN_HOMOGLYPHS = {
    "a": "а",
    "A": "а",
    "e": "е",
    "E": "е",
    "o": "о",
    "O": "о",
    "p": "р",
    "P": "р",
    "c": "с",
    "C": "с",
    "y": "у",
    "x": "х",
    "X": "х",
    "k": "к",
    "K": "к",
    "M": "м",
    "T": "т",
    "B": "в",
    "H": "н",
}


HANGUL_SYLLABLES = ("\uac00", "\ud7a3")
# Thai vowel signs and tone marks are letters, not accents: without them พยุง (support) and
# พยูง (Siamese rosewood) both become พยง, เสื้อ (shirt) becomes เสือ (tiger), and ลิ่น
# (pangolin) falls inside คลินิก (clinic).
THAI_MARKS = frozenset(chr(c) for c in (0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)))


@lru_cache(maxsize=65536)
def _fold_char(char: str) -> str:
    if char in EXTRA_FOLDS:
        return EXTRA_FOLDS[char]
    # A Hangul syllable stays whole: split into letters, "사자" (lion) would match inside
    # "사장" (boss), as the final consonant of a syllable would become a letter of its own.
    if HANGUL_SYLLABLES[0] <= char <= HANGUL_SYLLABLES[1] or char in THAI_MARKS:
        return char
    decomposed = unicodedata.normalize("NFKD", char)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return kept.lower() if kept else ""


@lru_cache(maxsize=4096)
def _is_latin_letter(char: str) -> bool:
    """Latin script, accented letters included (Vietnamese đồ, French é)."""
    return char.isalpha() and (char.isascii() or unicodedata.name(char, "").startswith("LATIN"))


# Kanji that look like katakana: 一 ー (one, the long-vowel mark), 夕 タ, 力 カ, 口 ロ, 工 エ,
# 二 ニ, 八 ハ, 卜 ト. Read as katakana only beside katakana.
KATAKANA_LOOKALIKES = {
    "一": "ー",
    "夕": "タ",
    "力": "カ",
    "口": "ロ",
    "工": "エ",
    "二": "ニ",
    "八": "ハ",
    "卜": "ト",
}


def _beside_katakana(text: str, index: int) -> bool:
    return any(
        0 <= i < len(text) and "\u30a1" <= text[i] <= "\u30fc" for i in (index - 1, index + 1)
    )


@lru_cache(maxsize=1)
def _unchanged_run() -> re.Pattern[str]:
    """Letters of Chinese, Japanese, Korean, Thai and Arabic that fold to themselves and need
    no look-alike check: a run of them is copied whole (most non-Latin listings are such runs).
    Built on first need (~15 ms), not at import, and without filling _fold_char's cache."""
    special = {*HOMOGLYPHS, *EXTRA_FOLDS, *ARABIC_HOMOGLYPHS, *ZERO_WIDTH, *KATAKANA_LOOKALIKES}
    ranges = [(0x0600, 0x06FF), (0x0E01, 0x0E5B), (0x3041, 0x30FF), (0x4E00, 0x9FFF)]
    ranges.append((0xAC00, 0xD7A3))
    kept = [
        chr(code)
        for low, high in ranges
        for code in range(low, high + 1)
        if chr(code) not in special and _fold_char.__wrapped__(chr(code)) == chr(code)
    ]
    spans: list[tuple[str, str]] = []
    for char in kept:
        if spans and ord(char) == ord(spans[-1][1]) + 1:
            spans[-1] = (spans[-1][0], char)
        else:
            spans.append((char, char))
    body = "".join(re.escape(a) if a == b else f"{re.escape(a)}-{re.escape(b)}" for a, b in spans)
    return re.compile(f"[{body}]{{2,}}")


def normalise(text: str) -> NormalisedText:
    """Fold one text. Homoglyphs are replaced only next to Latin letters (not in Russian words)."""
    if text.isascii():  # fast path: most listings; offsets are the identity
        return NormalisedText(text, text.lower(), range(len(text)), frozenset())
    out: list[str] = []
    offsets: list[int] = []
    homoglyphs: set[int] = set()
    cyrillic = CYRILLIC.search(text) is not None  # most non-ASCII listings have none
    unchanged = _unchanged_run()
    size = 0  # length of the folded text so far
    index = 0
    while index < len(text):
        char = text[index]
        # a run of ASCII is lowered in one call, unless Latin look-alikes may hide in it; a
        # run of letters that fold to themselves is copied
        run = (
            (None if cyrillic else ASCII_RUN.match(text, index))
            if char.isascii()
            else unchanged.match(text, index)
        )
        if run is not None:
            out.append(run.group().lower())
            offsets.extend(range(index, run.end()))
            size += run.end() - index
            index = run.end()
            continue
        folded, homoglyph = _fold_one(text, index, cyrillic)
        if homoglyph:
            homoglyphs.add(size)
        out.append(folded)
        offsets.extend([index] * len(folded))
        size += len(folded)
        index += 1
    return NormalisedText(text, "".join(out), offsets, frozenset(homoglyphs))


def _fold_one(text: str, index: int, cyrillic: bool) -> tuple[str, bool]:
    """One character folded, and whether it was a look-alike of another script's letter."""
    char = text[index]
    if char.isascii():
        lookalike = cyrillic and char in LATIN_HOMOGLYPHS and _near_cyrillic(text, index)
        return (LATIN_HOMOGLYPHS[char], True) if lookalike else (char.lower(), False)
    if char in ZERO_WIDTH:
        return "", False
    lower = char.lower()
    if (
        lower in HOMOGLYPHS
        and _near_latin(text, index)
        and not (_is_cyrillic_letter(char) and _russian_word(text, index))
    ):
        return HOMOGLYPHS[lower], True
    if char in KATAKANA_LOOKALIKES and _beside_katakana(text, index):
        # kanji written for the katakana they look like: ピグミ一スロ一ロリス, オオバ夕ン
        return KATAKANA_LOOKALIKES[char], True
    if char in ARABIC_HOMOGLYPHS:
        return ARABIC_HOMOGLYPHS[char], True
    return _fold_char(char), False


def _near_latin(text: str, index: int) -> bool:
    """True when a neighbouring letter (skipping zero-width) is Latin."""
    for step in (-1, 1):
        pos = index + step
        while 0 <= pos < len(text) and (text[pos] in ZERO_WIDTH or text[pos].lower() in HOMOGLYPHS):
            pos += step
        if 0 <= pos < len(text) and _is_latin_letter(text[pos]):
            return True
    return False


def _russian_word(text: str, index: int) -> bool:
    """True when the word around `index` is Russian with Latin look-alikes in it ("сайгакa",
    "Рoга", "жaкo"): every Latin letter a look-alike, and more Cyrillic letters than Latin
    ones or one Latin has no look-alike for. Its Cyrillic letters stay; the Latin ones are
    folded to Cyrillic."""
    start = index
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in ZERO_WIDTH):
        start -= 1
    end = index + 1
    while end < len(text) and (text[end].isalpha() or text[end] in ZERO_WIDTH):
        end += 1
    cyrillic = latin = 0
    only_cyrillic = False  # a letter Latin has no look-alike for (ж, д, л): the word is Russian
    for char in text[start:end]:
        if _is_cyrillic_letter(char):
            cyrillic += 1
            only_cyrillic = only_cyrillic or char.lower() not in HOMOGLYPHS
        elif char.isascii() and char.isalpha():
            if char not in LATIN_HOMOGLYPHS:
                return False
            latin += 1
    return cyrillic > latin or (only_cyrillic and cyrillic > 0)


def _is_cyrillic_letter(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff" and char.isalpha()


def _near_cyrillic(text: str, index: int) -> bool:
    """True inside a Russian word: its other letters include Cyrillic ones and none that is only
    Latin ("бeлyги" yes; "tоtоaba", a Latin word with Cyrillic о, no)."""
    found = False
    for step in (-1, 1):
        pos = index + step
        while 0 <= pos < len(text) and (text[pos].isalpha() or text[pos] in ZERO_WIDTH):
            char = text[pos]
            if _is_cyrillic_letter(char):
                found = True
            elif char.isalpha() and char not in LATIN_HOMOGLYPHS:
                return False
            pos += step
    return found
