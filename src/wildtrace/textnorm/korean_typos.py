"""Korean names as sellers mistype them: one letter of one syllable changed.

Korean listings write names by ear and by keyboard: 스로로리스 for 슬로로리스 (slow loris, a final
consonant dropped), 벌거북 for 별거북 (star tortoise, ㅕ typed ㅓ), 쑤달 for 수달 (otter, a
tensed consonant). A misspelling matcher that counts edits on whole syllables sees one edit in
a two-letter word and cannot tell these from other words; counted on the letters (jamo) inside
one syllable, the usual slips are few and can be listed for each name. Only names of three
syllables or more get them: a slip in a shorter name too often makes another word (상아, ivory,
→ 쌍아; 대모, hawksbill, → 대묘).
"""

from __future__ import annotations

FIRST, LAST = 0xAC00, 0xD7A3
VOWELS, FINALS = 21, 28
MIN_SYLLABLES = 3
# initial consonants plain ↔ tensed (indices in the initial series): ㄱ ㄲ, ㄷ ㄸ, ㅂ ㅃ, ㅅ ㅆ,
# ㅈ ㅉ
TENSED = {0: 1, 1: 0, 3: 4, 4: 3, 7: 8, 8: 7, 9: 10, 10: 9, 12: 13, 13: 12}
# vowels with and without the y-glide (ㅏ ㅑ, ㅓ ㅕ, ㅗ ㅛ, ㅜ ㅠ), ㅐ ㅔ, which sound alike, and
# ㅗ ㅜ, which dialects and quick speech blur (사향노로 for 사향노루)
GLIDE = {
    0: (2,),
    2: (0,),
    4: (6,),
    6: (4,),
    8: (12, 13),
    12: (8,),
    13: (17, 8),
    17: (13,),
    1: (5,),
    5: (1,),
}
# final consonants that sound alike at a syllable's end (ㄱ ㄲ ㅋ; ㄷ ㅅ ㅆ ㅈ ㅊ ㅌ ㅎ; ㅂ ㅍ;
# ㅁ ㄻ), so that a name written by ear takes any of them: 천산갚 for 천산갑, 웅닮 for 웅담
SAME_FINAL = ((1, 2, 24), (7, 19, 20, 22, 23, 25, 27), (17, 26), (16, 10))
FINAL_SLIPS = {f: tuple(o for o in group if o != f) for group in SAME_FINAL for f in group}
MIN_SYLLABLES_FINAL = 2  # a final that sounds the same makes no other word of a short name
# in names of three syllables or more: the nasal finals ㄴ ㅁ ㅇ, which blur before another
# consonant (천삼갑 for 천산갑), and an ㅎ inside the name written ㅇ, as it is said between
# sounds (사양노루 for 사향노루)
NASAL_FINALS = (4, 16, 21)
H_INITIAL, SILENT_INITIAL = 18, 11


def _syllable(initial: int, vowel: int, final: int) -> str:
    return chr(FIRST + (initial * VOWELS + vowel) * FINALS + final)


def korean_typos(folded: str) -> list[str]:
    """The name with one usual slip in one syllable: a consonant tensed or relaxed, a vowel's
    glide added or lost, ㅐ for ㅔ, ㅗ for ㅜ, a final consonant dropped (not the last
    syllable's); and, from two syllables, a final consonant written as one that sounds alike."""
    syllables = [i for i, c in enumerate(folded) if FIRST <= ord(c) <= LAST]
    if len(syllables) < MIN_SYLLABLES_FINAL or len(syllables) + folded.count(" ") != len(folded):
        return []
    if len(syllables) < MIN_SYLLABLES:
        return _final_slips(folded, syllables)
    out: list[str] = []
    for i in syllables:
        code = ord(folded[i]) - FIRST
        initial, rest = divmod(code, VOWELS * FINALS)
        vowel, final = divmod(rest, FINALS)
        slips = []
        if initial in TENSED:
            slips.append(_syllable(TENSED[initial], vowel, final))
        slips.extend(_syllable(initial, v, final) for v in GLIDE.get(vowel, ()))
        slips.extend(_syllable(initial, vowel, f) for f in FINAL_SLIPS.get(final, ()))
        if final in NASAL_FINALS and i != syllables[-1]:
            slips.extend(_syllable(initial, vowel, f) for f in NASAL_FINALS if f != final)
        if initial == H_INITIAL and i != syllables[0]:
            slips.append(_syllable(SILENT_INITIAL, vowel, final))
        if final and i != syllables[-1]:  # a name cut short at its end reads as its start
            slips.append(_syllable(initial, vowel, 0))
        out.extend(folded[:i] + slip + folded[i + 1 :] for slip in slips)
    return out


def _final_slips(folded: str, syllables: list[int]) -> list[str]:
    out: list[str] = []
    for i in syllables:
        initial, rest = divmod(ord(folded[i]) - FIRST, VOWELS * FINALS)
        vowel, final = divmod(rest, FINALS)
        out.extend(
            folded[:i] + _syllable(initial, vowel, f) + folded[i + 1 :]
            for f in FINAL_SLIPS.get(final, ())
        )
    return out
