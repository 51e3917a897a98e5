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


def at_word_boundaries(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is not glued to letters of a spaced script on either side."""
    if end <= start:
        return False
    if is_unspaced_script(text[start]) and is_unspaced_script(text[end - 1]):
        return True
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return not (before and _is_word_char(before)) and not (after and _is_word_char(after))
