"""Vietnamese as typed in Telex with the input method off: "tee giacs" for tê giác (rhino),
"hor coots" for hổ cốt (tiger bone), "ngaf voi" for ngà voi (ivory).

Telex types a vowel's mark by doubling the vowel or adding w (â aa, ê ee, ô oo, ă aw, ơ ow, ư
uw, đ dd) and the tone by a key typed after the syllable's vowels (sắc s, huyền f, hỏi r, ngã
x, nặng j): at the end of the syllable, or, as some type it, right after the vowels. The
lexicon's Vietnamese names are spelled both ways at build (derived_terms.telex_typed), so the
automaton finds them with no work per listing; English, whose words are full of such letters
("free", "good", "or"), meets them only in whole names of two words or more.
"""

from __future__ import annotations

import unicodedata

TONE_KEYS = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
VOWEL_KEYS = {"\u0302": "double", "\u0306": "w", "\u031b": "w"}
VOWELS = frozenset("aeiouy")


def telex_spellings(text: str) -> list[str]:
    """The ways `text` (Vietnamese with its marks, any case) is typed in Telex: tone keys at
    the end of each syllable, and right after its vowels; [] if it has no marks to type."""
    syllables = [_syllable(word) for word in text.lower().split()]
    if not any(keyed for _, _, keyed in syllables):
        return []
    at_end = " ".join(letters + tone for letters, tone, _ in syllables)
    after_vowels = " ".join(_tone_after_vowels(letters, tone) for letters, tone, _ in syllables)
    return list(dict.fromkeys([at_end, after_vowels]))


def _syllable(word: str) -> tuple[str, str, bool]:
    """(letters with vowel keys, tone key, whether any key was typed)."""
    letters: list[str] = []
    tone = ""
    keyed = False
    for char in unicodedata.normalize("NFD", word):
        if char in TONE_KEYS:
            tone, keyed = TONE_KEYS[char], True
        elif char in VOWEL_KEYS and letters:
            base = letters[-1]
            letters.append(base if VOWEL_KEYS[char] == "double" else "w")
            keyed = True
        elif char == "đ":
            letters.append("dd")
            keyed = True
        elif not unicodedata.combining(char):
            letters.append(char)
    return "".join(letters), tone, keyed


def _tone_after_vowels(letters: str, tone: str) -> str:
    """ "thaajt" for thật: the tone key before the final consonants."""
    if not tone:
        return letters
    end = len(letters)
    while end > 0 and letters[end - 1] not in VOWELS and letters[end - 1] != "w":
        end -= 1
    return letters[:end] + tone + letters[end:] if 0 < end < len(letters) else letters + tone
