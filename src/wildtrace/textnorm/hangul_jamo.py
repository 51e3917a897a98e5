"""Korean spelt out in separate letters (jamo): "ㅊㅓㄴㅅㅏㄴㄱㅏㅂ" read as "천산갑".

Sellers type the letters of a syllable apart so that a search for the word misses it; the
letters are composed back into syllables by the Unicode Hangul formula.
"""

from __future__ import annotations

import re

# Korean written letter by letter ("ㅊㅓㄴㅅㅏㄴㄱㅏㅂ" for 천산갑, pangolin) so that filters
# looking for the syllables miss it. Folding turns the letters into conjoining jamo: initial
# consonants (U+1100…), vowels (U+1161…); a consonant after a vowel and before no vowel is
# that syllable's final. Composition: U+AC00 + (initial × 21 + vowel) × 28 + final.
JAMO_RUN = re.compile("[\u1100-\u1112\u1161-\u1175\u11a8-\u11c2]{4,}")
# the final-consonant index (1-27) of each initial consonant; ㄸ ㅃ ㅉ end no syllable
INITIAL_AS_FINAL = (1, 2, 4, 7, 0, 8, 16, 17, 0, 19, 20, 21, 22, 0, 23, 24, 25, 26, 27)


def _is_initial(char: str) -> bool:
    return "\u1100" <= char <= "\u1112"


def _is_vowel(char: str) -> bool:
    return "\u1161" <= char <= "\u1175"


def composed_jamo(text: str) -> list[tuple[int, int, str]]:
    """(start, end, syllable) of each syllable spelt out in letters; two syllables at least
    in a run, so a lone letter or "ㅋㅋ" (laughter) is left alone."""
    out: list[tuple[int, int, str]] = []
    for run in JAMO_RUN.finditer(text):
        found: list[tuple[int, int, str]] = []
        i, end = run.start(), run.end()
        while i + 1 < end:
            if not (_is_initial(text[i]) and _is_vowel(text[i + 1])):
                i += 1
                continue
            code = (ord(text[i]) - 0x1100) * 21 + ord(text[i + 1]) - 0x1161
            stop = i + 2
            if stop < end and not (stop + 1 < end and _is_vowel(text[stop + 1])):
                final = text[stop]
                if _is_initial(final) and INITIAL_AS_FINAL[ord(final) - 0x1100]:
                    code = code * 28 + INITIAL_AS_FINAL[ord(final) - 0x1100]
                    stop += 1
                elif "\u11a8" <= final <= "\u11c2":
                    code = code * 28 + ord(final) - 0x11A7
                    stop += 1
                else:
                    code *= 28
            else:
                code *= 28
            found.append((i, stop, chr(0xAC00 + code)))
            i = stop
        if len(found) >= 2:
            out.extend(found)
    return out


# A vowel drawn with the Latin letter it looks like (the "alien script" of Korean chat):
# "ㅇr" for 아 (ㅏ is an r on its side), "ㅇl" for 이. Sellers write "상ㅇr" (상아, ivory) and
# "ㅅr향" (사향, musk) so that a search for the word misses it. Read only beside a syllable
# or another such letter pair, so a lone "ㅋr" in Latin text is left alone.
LATIN_VOWELS = {"r": 0, "l": 20}  # ㅏ, ㅣ (vowel index in the Hangul formula)
LATIN_VOWEL_PAIR = re.compile("[\u1100-\u1112][rl](?![a-z])")


def _hangul_syllable(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"


def latin_vowel_syllables(text: str) -> list[tuple[int, int, str]]:
    """(start, end, syllable) of each consonant written with a Latin letter for its vowel."""
    pairs = [m.start() for m in LATIN_VOWEL_PAIR.finditer(text)]
    out: list[tuple[int, int, str]] = []
    for i in pairs:
        before = text[i - 1] if i > 0 else ""
        after = text[i + 2] if i + 2 < len(text) else ""
        korean = (
            _hangul_syllable(before) or _hangul_syllable(after) or i - 2 in pairs or i + 2 in pairs
        )
        if korean:
            code = ((ord(text[i]) - 0x1100) * 21 + LATIN_VOWELS[text[i + 1]]) * 28
            out.append((i, i + 2, chr(0xAC00 + code)))
    return out
