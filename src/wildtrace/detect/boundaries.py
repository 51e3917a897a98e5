"""Word-boundary checks that work for spaced scripts and for scripts without spaces."""

from __future__ import annotations

import unicodedata


def is_unspaced_script(char: str) -> bool:
    """Chinese, Japanese and Thai are written without spaces between words."""
    if not char:
        return False
    name = unicodedata.name(char, "")
    return name.startswith(("CJK", "HIRAGANA", "KATAKANA", "THAI", "HANGUL"))


def _is_word_char(char: str) -> bool:
    return char.isalnum() and not is_unspaced_script(char)


MAX_CYRILLIC_ENDING = 3


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


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
    if before and _is_word_char(before):
        return False
    if end < len(text) and _is_word_char(text[end]):
        if not (_is_cyrillic(text[end - 1]) and end - start >= 4):
            return False
        stop = end
        while stop < len(text) and _is_cyrillic(text[stop]):
            stop += 1
        return stop - end <= MAX_CYRILLIC_ENDING and not (
            stop < len(text) and _is_word_char(text[stop])
        )
    return True
