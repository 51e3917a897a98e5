"""Vietnamese typed without its input method: the VNI digits left in the words.

VNI types a mark as a digit after the vowel (6 circumflex, 7 horn, 8 breve, 1-5 the tones, 9
đ): "ho63 co61t" is "hổ cốt" (tiger bone), "na61u" is "nấu". The digits are dropped, which
leaves the word as Vietnamese written without marks, which the matcher reads. Only tokens with
a digit no leetspeak uses (2, 6, 7, 8) count, so "ba1n" stays leet and "mp3" or "a4" a code.
"""

from __future__ import annotations

import re

VOWELS = frozenset("aeiouy")
# letters with digits among them, each digit run after a letter: "co61t", "ho63", "chua63n"
VNI_TOKEN = re.compile(r"(?<![\w])[a-z]+(?:[1-9]{1,2}[a-z]*)+(?!\w)")
NOT_LEET = frozenset("2678")
VOWEL_KEYS = tuple(v + d for v in VOWELS for d in NOT_LEET)


def vni_keys(text: str) -> list[tuple[int, int, list[int]]]:
    """(start, end, positions of the digits) of each word typed with VNI keys."""
    if not any(pair in text for pair in VOWEL_KEYS):  # most texts: no vowel before such a digit
        return []
    out: list[tuple[int, int, list[int]]] = []
    for match in VNI_TOKEN.finditer(text):
        token = match.group()
        if not NOT_LEET.intersection(token):
            continue
        keys = [i for i, c in enumerate(token) if c.isdigit()]
        # each digit follows a vowel, or another digit that does
        if all(
            token[i - 1] in VOWELS or (token[i - 1].isdigit() and i > 1 and token[i - 2] in VOWELS)
            for i in keys
        ):
            out.append((match.start(), match.end(), [match.start() + i for i in keys]))
    return out
