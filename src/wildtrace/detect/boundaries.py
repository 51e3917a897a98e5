"""Word-boundary checks that work for spaced scripts and for scripts without spaces."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def is_unspaced_script(char: str) -> bool:
    """Chinese, Japanese and Thai are written without spaces between words."""
    # every script below Thai (Latin, Greek, Cyrillic, Arabic …) is spaced: the common case
    return bool(char) and char >= "\u0e00" and _unspaced_by_name(char)


@lru_cache(maxsize=8192)
def _unspaced_by_name(char: str) -> bool:
    name = unicodedata.name(char, "")
    return name.startswith(("CJK", "HIRAGANA", "KATAKANA", "THAI", "HANGUL"))


def _is_word_char(char: str) -> bool:
    return char.isalnum() and not is_unspaced_script(char)


def is_pictograph(char: str) -> bool:
    """Emoji and other pictographs (symbols from U+2190 on): "🦏horn", "ivory🐘bangle" —
    a pictograph is a word of its own, glued to letters or not."""
    return char >= "\u2190" and unicodedata.category(char) == "So"


MAX_CYRILLIC_ENDING = 3
# Arabic writes conjunctions, prepositions and the article joined to the noun ("والعاج", "بالعاج",
# "للببغاوات") and endings after it ("ببغاءات"); compared on folded text (ة → ه, ى → ي).
ARABIC_PREFIXES = frozenset(
    {"و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وب", "ول"}
)
# Endings only after stems of five letters or more: "حرار" (saker) + "ية" is "thermal".
ARABIC_SUFFIXES = frozenset({"ه", "ها", "ات", "ين", "ون", "ان", "هم"})
MIN_ARABIC_STEM = 3
MIN_ARABIC_STEM_WITH_SUFFIX = 5


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def _is_arabic(char: str) -> bool:
    return "\u0621" <= char <= "\u064a"


def _arabic_run(text: str, start: int, step: int) -> str:
    """The Arabic letters glued to position `start` going left (step -1) or right (step 1)."""
    pos = start
    while 0 <= pos < len(text) and _is_arabic(text[pos]):
        pos += step
    return text[pos + 1 : start + 1] if step < 0 else text[start:pos]


def _arabic_clitics_ok(text: str, start: int, end: int) -> bool:
    """An Arabic term glued to a known prefix or ending, with no other letter beyond it."""
    if end - start < MIN_ARABIC_STEM or not (_is_arabic(text[start]) and _is_arabic(text[end - 1])):
        return False
    prefix = _arabic_run(text, start - 1, -1) if start > 0 else ""
    suffix = _arabic_run(text, end, 1) if end < len(text) else ""
    if prefix and prefix not in ARABIC_PREFIXES:
        return False
    if suffix and (suffix not in ARABIC_SUFFIXES or end - start < MIN_ARABIC_STEM_WITH_SUFFIX):
        return False
    before = text[start - len(prefix) - 1] if start - len(prefix) > 0 else ""
    after = text[end + len(suffix)] if end + len(suffix) < len(text) else ""
    return not (before and _is_word_char(before)) and not (after and _is_word_char(after))


def at_word_boundaries(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is not glued to letters of a spaced script on either side.

    Russian inflects nouns (ирбис → ирбиса, тигр → тигра): a Cyrillic term of 4+ letters may be
    followed by a case ending of up to three letters.
    """
    if end <= start:
        return False
    if is_unspaced_script(text[start]) and is_unspaced_script(text[end - 1]):
        return True
    before = text[start - 1] if start > 0 else ""
    if before and _is_word_char(before) and not is_pictograph(text[start]):
        return _is_arabic(before) and _arabic_clitics_ok(text, start, end)
    if end < len(text) and _is_word_char(text[end]) and not is_pictograph(text[end - 1]):
        if _is_arabic(text[end]):
            return _arabic_clitics_ok(text, start, end)
        return _cyrillic_ending_ok(text, start, end)
    return True


def _cyrillic_ending_ok(text: str, start: int, end: int) -> bool:
    if not (_is_cyrillic(text[end - 1]) and end - start >= 4):
        return False
    stop = end
    while stop < len(text) and _is_cyrillic(text[stop]):
        stop += 1
    if text[end - 2 : end] in ("ов", "ев") and text[end:stop] in ADJECTIVE_ENDINGS:
        return False  # "тигров" + "ые" is тигровые, tiger-striped (prawns, lilies), no tigers
    return stop - end <= MAX_CYRILLIC_ENDING and not (
        stop < len(text) and _is_word_char(text[stop])
    )


# Endings that make an adjective of a noun's genitive plural: тигр → тигров → тигровый. The
# adjectives that do name the animal's goods ("тигровая шкура") are listed whole.
ADJECTIVE_ENDINGS = frozenset(
    {"ый", "ая", "ое", "ые", "ой", "ого", "ому", "ым", "ых", "ую", "ыми", "ом"}
)
