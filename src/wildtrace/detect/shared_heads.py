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


# An item of a list: after a line break, a colon, a bullet, a semicolon or a comma, one to three
# words, then a price, a size or a count:
# "Restbestand: Griechische 60€, Maurische 90€", "- grecques adultes 150€"
LIST_ITEM = re.compile(
    r"(?:^|[\n:;•·,]|\s[-–—+]\s)[ \t]*"
    r"([^\W\d_][^\W\d_'’-]*(?:[ \t][^\W\d_][^\W\d_'’-]*){0,2})"
    r"[ \t]*(?=[\d€$£¥₱])",
    re.MULTILINE,
)
MAX_HEADS = 6
MIN_ITEMS = 2  # a list: two items priced or sized at least
MIN_ITEM_LETTERS = 4  # "con", "anak", "Cá" are classifiers and everyday words, not items


def list_item_readings(
    text: str, heads: list[str], is_name: Callable[[str], bool]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, reading) of list items that name a taxon with a head word the text writes
    once ("Landschildkröten … Maurische 90€" → "Maurische Landschildkröten"): the item's
    words, or its first ones, before or after each head; `heads` are the text's words that end or
    begin a name of two words or more."""
    if not heads:
        return
    items = list(LIST_ITEM.finditer(text))
    if len(items) < MIN_ITEMS:
        return
    for found in items:
        words = found.group(1).split()
        if any(len(w) < MIN_ITEM_LETTERS for w in words[:1]):
            continue
        for size in range(len(words), 0, -1):
            item = " ".join(words[:size])
            reading = next(
                (
                    r
                    for head in heads[:MAX_HEADS]
                    for r in (f"{item} {head}", f"{head} {item}")
                    if is_name(r)
                ),
                None,
            )
            if reading is not None:
                start = found.start(1)
                yield start, start + len(item), reading
                break
