"""Names that share their head word with the next or the previous one in a list: "radiated or
spider tortoises", "Indian and Burmese star tortoises", "tortues étoilées ou radiées".

A seller who lists two species of one kind writes the kind once. The name written whole is
read by the exact matcher; the other is the word before the conjunction with the whole
name's head ("radiated" + "tortoise"), or, in languages that put the kind first, the whole
name's head with the word after it ("tortues" + "radiées"). It counts only when that reading
is itself a name of the lexicon, so a word that names nothing with the head is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

# "or", "and", "&", "/", "," and their words in the languages wildtrace reads
CONJUNCTION = r"(?:or|and|&|/|,|und|oder|et|ou|y|o|e|ou|или|и|và|hay|dan|atau|na|au|at|o kaya)"
WORD_BEFORE = re.compile(rf"(?<![^\W\d_])([^\W\d_]{{3,}}),?\s*{CONJUNCTION}\s*$")
WORD_AFTER = re.compile(rf"^,?\s*{CONJUNCTION}\s*([^\W\d_]{{3,}})(?![^\W\d_])")
WINDOW = 40


def shared_head_readings(
    text: str, start: int, end: int, is_name: Callable[[str], bool]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, reading) of the names that share the head of the name at start:end of
    `text` ("spider tortoise"): the word before it ("radiated") read with its last words, the
    word after it read with its first words; `is_name` says whether a reading is a name."""
    words = text[start:end].split()
    if len(words) < 2:
        return
    before = text[max(0, start - WINDOW) : start]
    if (found := WORD_BEFORE.search(before)) is not None:
        reading = " ".join([found.group(1), *words[1:]])
        if is_name(reading):
            at = start - len(before) + found.start(1)
            yield at, at + len(found.group(1)), reading
    after = text[end : end + WINDOW]
    if (found := WORD_AFTER.match(after)) is not None:
        reading = " ".join([*words[:-1], found.group(1)])
        if is_name(reading):
            yield end + found.start(1), end + found.end(1), reading
