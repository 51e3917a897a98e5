"""Scientific names written in Cyrillic letters: "Коруция зебрата", "Мантелла ауранциака".

Russian-speaking keepers write the Latin name of an animal as it sounds, in their own script,
and a search for the Latin name misses it. Each Cyrillic letter is given the Latin letters
that Latin names use for that sound (к → c, х → h, ц → c, я → ia; foreign_script.py spells
Western words with the sounds a Western reader hears), and the romanised words are matched
against the binomials with the same edit guards as misspelled Latin names
(fuzzy_binomials.py): both words close to a genus and one of its own epithets.
"""

from __future__ import annotations

import re

from wildtrace.detect.foreign_script import spelled_out

# the Latin spelling of each letter as a Latin name uses it; soft and hard signs are silent
LATIN_OF = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "j",
    "з": "z", "и": "i", "й": "i", "к": "c", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
    "я": "ia",
}  # fmt: skip
CYRILLIC_PAIR = re.compile(r"[а-яё]{3,}[ \t\-]+[а-яё]{3,}")


def romanised(folded: str) -> tuple[str, list[int]] | None:
    """The folded text with its Cyrillic letters in Latin spelling, and for each character of
    it the index of the folded character it comes from; None when no two Cyrillic words stand
    side by side (no binomial can be written)."""
    if CYRILLIC_PAIR.search(folded) is None:
        return None
    return spelled_out(folded, LATIN_OF)
