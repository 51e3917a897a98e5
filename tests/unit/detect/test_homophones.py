"""Chinese names with a character swapped for a homophone (homophones.py)."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.detect.homophones import sounds


@pytest.mark.parametrize(
    ("text", "taxon", "matched"),
    [
        ("正宗墨西哥金钱敏，两斤大只，干货，一只十五万", "Totoaba macdonaldi", "金钱敏"),
        ("求购印度猩龟苗，野生的也可以，价格好说", "Geochelone elegans", "印度猩龟"),
        ("穿山假片一公斤，干净无杂质，私聊", "Manidae", "穿山假片"),  # 穿山甲片, the scales
    ],
)
def test_a_name_with_a_homophone_swapped_in(
    engine: Engine, text: str, taxon: str, matched: str
) -> None:
    result = engine.analyse(ListingText(id="h", title="", text=text))
    found = {t.name: t for t in result.taxa}
    assert found[taxon].matched == matched
    assert "misspelled_common" in found[taxon].evasion


@pytest.mark.parametrize(
    "text",
    [
        # 西郊 sounds like 犀角, but names of two characters are left out
        "今天去西郊公园玩，天气很好",
    ],
)
def test_everyday_words_that_sound_alike_name_nothing(engine: Engine, text: str) -> None:
    assert engine.analyse(ListingText(id="h", title="", text=text)).taxa == ()


def test_the_characters_are_heard_without_tone() -> None:
    assert sounds("金钱敏") == sounds("金钱鳘") == ("jin", "qian", "min")
    assert sounds("犀角") == ("xi", "jiao")


@pytest.mark.parametrize(
    ("text", "taxon", "matched"),
    [
        ("Pele de meizhoubao inteira, Mato Grosso, com cabeça", "Panthera onca", "meizhoubao"),
        ("chuan shan jia scales 1kg, clean, DM", "Manidae", "chuan shan jia"),
    ],
)
def test_long_chinese_names_in_pinyin(engine: Engine, text: str, taxon: str, matched: str) -> None:
    found = {t.name: t for t in engine.analyse(ListingText(id="p", title="", text=text)).taxa}
    assert found[taxon].matched == matched
    assert "transliteration" in found[taxon].evasion


def test_short_pinyin_is_left_to_the_lexicon(engine: Engine) -> None:
    # "haima" is a car brand and "hu gu" spells other words: names of two characters are not
    # turned into pinyin
    result = engine.analyse(ListingText(id="p", title="Haima S5 2012", text="hu gu nan, 3000 km"))
    assert result.taxa == ()
