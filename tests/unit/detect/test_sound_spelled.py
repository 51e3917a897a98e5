"""Scientific and English names spelled by sound in katakana or hangul (sound_spelled.py).

Every text was written for this file; expected taxa follow docs/lexicon.md.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.detect.sound_spelled import (
    SoundSpelled,
    romanised_hangul,
    romanised_kana,
    sound_keys,
)


def _taxa(engine: Engine, text: str) -> set[str]:
    result = engine.analyse(ListingText(id="t", title="", text=text, price=None))
    return {t.name for t in result.taxa}


def test_kana_and_hangul_are_written_back_in_latin_letters() -> None:
    assert romanised_kana("アストロケリス") == "asutorokerisu"
    assert romanised_kana("ファンタ") == "fanta"  # a small kana takes the vowel
    assert romanised_hangul("브라키펠마") == "beurakipelma"


def test_keys_drop_added_vowels_and_write_alike_consonants_alike() -> None:
    assert sound_keys("asutorokerisu radiata", as_written=False) <= sound_keys(
        "Astrochelys radiata"
    )
    # an r after a vowel is dropped from English words in both languages
    assert sound_keys(romanised_hangul("토터스"), as_written=False) <= sound_keys("tortoise")


def test_a_key_two_taxa_share_reads_as_neither() -> None:
    spelled = SoundSpelled([("Abcdefgkm", "A"), ("Ebcdefgkm", "B"), ("Brachypelma smithi", "C")])
    assert spelled.find("アブクデフグクム") == []
    assert spelled.find("ブラキペルマ・スミシ") == [(0, 10, "C")]
    assert spelled.find("ブラキペルマ柄スミシ") == []  # words of one name stand side by side


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("アストロケリス・ラディアータ WC 成体ペア", "Astrochelys radiata"),
        ("ウロプラトゥス・ファンタスティクス WC ペア", "Uroplatus phantasticus"),
        ("브라키펠마 스미시 와일드 성체", "Brachypelma smithi"),
        ("팬케이크 토터스 성체 한쌍 급처", "Malacochersus tornieri"),
    ],
)
def test_names_spelled_by_sound_are_read(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _taxa(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "구피 치어 10마리 분양, 저희 집 어항에서 태어났어요",  # Korean words, by chance a key
        "아이보리 니트 가디건 프리사이즈",
    ],
)
def test_korean_words_are_no_names(engine: Engine, text: str) -> None:
    assert _taxa(engine, text) == set()
