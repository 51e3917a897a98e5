"""Japanese written in romaji is spelled back in katakana and read for Japanese names.

Every text was written for this file; expected taxa follow docs/lexicon.md.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.detect.japanese_in_latin import katakana, katakana_reading


def _taxa(engine: Engine, text: str) -> set[str]:
    result = engine.analyse(ListingText(id="t", title="", text=text, price=None))
    return {t.name for t in result.taxa}


@pytest.mark.parametrize(
    ("romaji", "kana"),
    [
        ("kotsumekawauso", "コツメカワウソ"),
        ("washimimizuku", "ワシミミズク"),
        ("oosanshouuo", "オオサンショウウオ"),
        ("kippu", "キップ"),  # a doubled consonant
        ("kyara", "キャラ"),
        ("shun", "シュン"),  # n at the end
        ("tutu", "ツツ"),  # Kunrei spelling
    ],
)
def test_romaji_is_spelled_in_katakana(romaji: str, kana: str) -> None:
    assert katakana(romaji) == kana


@pytest.mark.parametrize("word", ["python", "rajah", "bars", "street"])
def test_words_that_are_no_romaji_are_left(word: str) -> None:
    assert katakana(word) is None


def test_short_words_are_tried_only_beside_japanese_words() -> None:
    assert katakana_reading("tora and saru") is None
    reading = katakana_reading("tora desu")
    assert reading is not None and reading[2] is True


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Kotsumekawauso no kodomo, shorui nashi", "Aonyx cinereus"),
        ("Washimimizuku hakusei, shorui nashi", "Bubo bubo"),
        # a long name needs no other Japanese word
        ("For sale: kotsumekawauso baby, hand tame, no papers", "Aonyx cinereus"),
    ],
)
def test_japanese_names_in_romaji_are_read(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _taxa(engine, text)


def test_a_short_name_in_an_english_text_is_not_read(engine: Engine) -> None:
    """ "tora" (トラ, tiger) is a word of other languages and a Hanshin Tigers cheer."""
    assert _taxa(engine, "Hanshin Tigers tora-gara happi coat, size L") == set()
