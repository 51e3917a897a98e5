"""Vietnamese words that differ only by their marks are different words: "với" (with) is not
"voi" (elephant), "vườn" (garden) not "vượn" (gibbon), "tê" (numb) not "tê tê" (pangolin) when
the marks disagree. Names are matched with marks folded away, so that sellers who type without
them are still read; where the seller did type marks, a Vietnamese name must carry the same ones.
"""

from __future__ import annotations

import re
import unicodedata

SYLLABLE_SPLIT = re.compile(r"[\s\-]+")
# Letters whose marks are not combining characters once decomposed.
STROKES = {"đ": ("d", "\u0335")}
# Marks only Vietnamese writes among the languages read: the hook above (ả), the horn (ơ, ư)
# and the dot below (ạ); two marks on one letter (ố, ầ) are Vietnamese too.
VIETNAMESE_ONLY = frozenset({"\u0309", "\u031b", "\u0323"})


def _signature(syllable: str) -> tuple[str, tuple[str, ...]]:
    """A syllable's base letters and its marks, in any order: "hoà" and "hòa" (the tone
    mark on either vowel, both spellings in use) sign alike."""
    base: list[str] = []
    marks: list[str] = []
    for char in unicodedata.normalize("NFD", syllable.casefold()):
        if char in STROKES:
            letter, mark = STROKES[char]
            base.append(letter)
            marks.append(mark)
        elif unicodedata.combining(char):
            marks.append(char)
        elif char.isalnum():
            base.append(char)
    return "".join(base), tuple(sorted(marks))


def has_marks(text: str) -> bool:
    """Whether a text is written with Vietnamese marks (any letter that decomposes or đ)."""
    return any(
        c in STROKES or (not c.isascii() and c.isalpha() and unicodedata.decomposition(c))
        for c in text.casefold()
    )


def vietnamese_only(written: str) -> bool:
    """Whether a written word carries marks no other language read here writes: "cuốn" (a
    roll, a volume) is no Spanish "cuón" (the dhole), however both fold."""
    marks_on_letter = -1  # marks on the Latin letter before; -1 after any other character
    for char in unicodedata.normalize("NFD", written.casefold()):
        if char in STROKES:
            return True
        if not unicodedata.combining(char):
            marks_on_letter = 0 if "a" <= char <= "z" else -1
        elif marks_on_letter >= 0:  # Thai and Arabic marks sit on their own letters
            if char in VIETNAMESE_ONLY or marks_on_letter == 1:
                return True
            marks_on_letter += 1
    return False


MIN_SLIP_SYLLABLES = 3


def marks_disagree(term: str, written: str) -> bool:
    """Whether a seller who typed marks wrote another word than the term: True when the
    written words carry marks and some syllable's differ from the term's ("với con" is not
    "voi con", which is spelled without marks). Words typed without any mark are the name."""
    if not has_marks(written):
        return False
    wanted = [_signature(s) for s in SYLLABLE_SPLIT.split(term.strip()) if s]
    seen = [_signature(s) for s in SYLLABLE_SPLIT.split(written.strip()) if s]
    if [b for b, _ in wanted] != [b for b, _ in seen]:
        return False  # not syllable for syllable (joined, split or respelled): leave it be
    differ = sum(w != z for w, z in zip(wanted, seen, strict=True))
    # in a name of three syllables or more, one syllable's marks typed wrong is a slip, not
    # another word ("rùa hôp trán vàng" for rùa hộp trán vàng)
    return differ > (1 if len(wanted) >= MIN_SLIP_SYLLABLES else 0)


def typed_alike(term: str, written: str) -> bool:
    """The seller typed the term's marks ("răng hổ"), not none ("rang ho") or others ("răng
    hô"): for names that count only with their marks."""
    return has_marks(written) and not marks_disagree(term, written)


def marked_otherwise(term: str, written: str, text: str) -> bool:
    """A word written with other marks than the term's, or with none in a text typed with
    marks ("Trung tâm Cứu hộ" holds no trứng, egg)."""
    if has_marks(written):
        return marks_disagree(term, written)
    return has_marks(text)
