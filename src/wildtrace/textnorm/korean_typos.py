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
# vowels with and without the y-glide (ㅏ ㅑ, ㅓ ㅕ, ㅗ ㅛ, ㅜ ㅠ) and ㅐ ㅔ, which sound alike
GLIDE = {0: 2, 2: 0, 4: 6, 6: 4, 8: 12, 12: 8, 13: 17, 17: 13, 1: 5, 5: 1}


def _syllable(initial: int, vowel: int, final: int) -> str:
    return chr(FIRST + (initial * VOWELS + vowel) * FINALS + final)


def korean_typos(folded: str) -> list[str]:
    """The name with one usual slip in one syllable: a consonant tensed or relaxed, a vowel's
    glide added or lost, ㅐ for ㅔ, a final consonant dropped (not the last syllable's)."""
    syllables = [i for i, c in enumerate(folded) if FIRST <= ord(c) <= LAST]
    if len(syllables) < MIN_SYLLABLES or len(syllables) + folded.count(" ") != len(folded):
        return []
    out: list[str] = []
    for i in syllables:
        code = ord(folded[i]) - FIRST
        initial, rest = divmod(code, VOWELS * FINALS)
        vowel, final = divmod(rest, FINALS)
        slips = []
        if initial in TENSED:
            slips.append(_syllable(TENSED[initial], vowel, final))
        if vowel in GLIDE:
            slips.append(_syllable(initial, GLIDE[vowel], final))
        if final and i != syllables[-1]:  # a name cut short at its end reads as its start
            slips.append(_syllable(initial, vowel, 0))
        out.extend(folded[:i] + slip + folded[i + 1 :] for slip in slips)
    return out
