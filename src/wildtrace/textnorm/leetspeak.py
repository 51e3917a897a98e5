"""Leetspeak: digits and signs written for letters ("1v0ry", "p4ng0lin", "сл0н0вой").

Which characters are leet, which tokens are words written so and not measures or prices
("500g", "R$", "4x4"), and the Cyrillic readings of digits inside Russian words.
"""

from __future__ import annotations

import re

LEET = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "@": "a",
    "$": "s",
    "!": "i",
    "|": "l",
    "€": "e",
    "๐": "o",  # the Thai zero, round like an o: "sl๐w l๐ris" in Thai posts
}
# In Cyrillic words digits stand for Cyrillic letters: "сл0н0вой к0сти", "т1гра".
LEET_CYRILLIC = {"0": "о", "1": "и", "3": "з", "4": "ч", "6": "б", "7": "т", "@": "а"}
CYRILLIC_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def cyrillic_three(text: str, i: int) -> str:
    """A "3" stands for з by its shape ("ро3а"), but for е, as in Latin leetspeak, between two
    consonants, where з would leave no vowel ("кр3ч3т", кречет)."""
    if text[i] != "3":
        return LEET_CYRILLIC[text[i]]
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return "е" if before in CYRILLIC_CONSONANTS and after in CYRILLIC_CONSONANTS else "з"


# A token with letters and leet characters mixed, e.g. "1v0ry", "p4ngolin", "rh1n0".
LEET_TOKEN = re.compile(
    r"(?<![\w@$!|€])(?=[\w@$!|€]*[^\W\d_])(?=[\w@$!|€]*[01345679@$!|€๐])"
    r"[\w@$!|€]{2,}"
)
# Measures, multipliers and currencies written with digits or "$": "5cm", "10mm", "1kg", "x4",
# "3rd", "R$", "US$". Digits beside Chinese, Japanese, Korean or Thai are numbers ("5斤装").
NOT_LEET = re.compile(
    r"\d+(?:cm|mm|m|km|kg|g|gr|mg|l|ml|cl|lb|lbs|oz|pcs|pc|st|nd|rd|th|k|tr|jt|rb|yo|yr|yrs|"
    r"mo|h|hr|hrs|min|in|ft|ct|cts|gb|mb|tb|w|kw|v|mah|p)|x\d+|(?:r|us|s|a|c|hk|nt|nz|mx|rd)\$",
    re.IGNORECASE,
)
# (the Thai zero ๐ aside: in a Latin word it is a letter o)
UNSPACED_CHAR = re.compile(
    r"[\u0e00-\u0e4f\u0e51-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)


def _is_leet_token(token: str) -> bool:
    if NOT_LEET.fullmatch(token) or UNSPACED_CHAR.search(token):
        return False
    letters = sum(c.isalpha() for c in token)
    table = leet_table(token)  # a 6 is a б in a Cyrillic word ("6еркут"), no letter in Latin
    leet = sum(c in LEET or c in table for c in token)
    # "500g" or "4x4" are measures, not words: letters must be at least half the token, or two
    # letters in a word of five or more that has no digit but leet ones ("4v0r10", avorio)
    enough = letters >= max(1, leet) or (letters >= 2 and len(token) >= 5)
    return enough and leet >= 1 and letters + leet == len(token)


def leet_table(token: str) -> dict[str, str]:
    cyrillic = sum("\u0400" <= c <= "\u04ff" for c in token)
    return LEET_CYRILLIC if cyrillic > len(token) / 3 else LEET


LEET_CHAR = re.compile(r"[01345679@$!|€๐]")


def leet_tokens(text: str) -> list[tuple[int, int]]:
    """The spans LEET_TOKEN finds, looked for only around leet characters: scanning every word
    start with its lookaheads cost a fifth of the engine's time."""
    spans: list[tuple[int, int]] = []
    for hit in LEET_CHAR.finditer(text):
        if spans and hit.start() < spans[-1][1]:
            continue
        start = hit.start()
        while start > 0 and _token_char(text[start - 1]):
            start -= 1
        match = LEET_TOKEN.match(text, start)
        if match is not None and _is_leet_token(match.group()):
            spans.append(match.span())
        elif match is not None:
            spans.append((match.end(), match.end()))  # skip the rest of this token
    return [(a, b) for a, b in spans if b > a]


def _token_char(char: str) -> bool:
    return char.isalnum() or char in "_@$!|€"
