"""Emoji side by side that picture the words of a name (emoji_pairs.py).

Every text was written for this file; expected taxa follow docs/lexicon.md.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.emoji_pairs import _spellings, text_languages
from wildtrace.detect.engine import Engine, ListingText


def _taxa(engine: Engine, text: str) -> set[str]:
    result = engine.analyse(ListingText(id="t", title="", text=text, price=None))
    return {t.name for t in result.taxa}


def test_spellings_try_both_orders_and_first_words_first() -> None:
    english = _spellings(["🐍", "👑"], "en")
    assert english.index("king cobra") < english.index("royal python")
    assert "konigskobra" in _spellings(["🐍", "👑"], "de")  # a German compound with its s
    assert "云豹" in _spellings(["🐆", "🌫"], "zh")  # no space where the language writes none


def test_the_text_shows_its_language() -> None:
    assert "vi" in text_languages("Cần mua rắn", "can mua ran")
    assert "ms" in text_languages("Empedu asli dari Sabah", "empedu asli dari sabah")
    assert "ko" in text_languages("구합니다", "구합니다")


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Selling 🐍👑 baby, 1 m, no papers", "Ophiophagus hannah"),
        ("Cần mua 🐍👑 trên 3m ngâm rượu", "Ophiophagus hannah"),
        ("WTB 🐍🩸 female, Sumatran", "Python brongersmai"),
        ("Empedu 🐻🍯 asli dari Sabah, 1 biji", "Helarctos malayanus"),
        ("🐆🌫️ peau ancienne, Laos, 900 €", "Neofelis nebulosa"),
        ("Cherche 🐢🥞 adulte, prix à discuter", "Malacochersus tornieri"),
        ("🐋🦈 지느러미 대형 팝니다", "Rhincodon typus"),
        ("Vendo 🦉❄️ giovane femmina", "Bubo scandiacus"),
    ],
)
def test_pictured_names_are_read(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _taxa(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "Good morning 🌞☀️ have a lovely day 🌈🦄",
        "Kids' pyjamas 🐻🌙 size 4, like new",  # a moon and a bear on pyjamas
    ],
)
def test_decoration_names_nothing(engine: Engine, text: str) -> None:
    assert _taxa(engine, text) == set()


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Selling ❄️ leopard skin, old, 2 m", "Panthera uncia"),
        ("WTB 🩸 python female, paying well", "Python brongersmai"),
        ("Vendo 🕷️ tortoise adulta, sin papeles", "Pyxis arachnoides"),
    ],
)
def test_one_emoji_for_the_kind_beside_the_animal_word(
    engine: Engine, text: str, taxon: str
) -> None:
    assert taxon in _taxa(engine, text)


def test_a_pair_for_a_sibling_outweighs_the_default_it_crosses(engine: Engine) -> None:
    """ "da 🐆" alone is a leopard's skin; "da 🐆☁️" is a clouded leopard's (báo gấm)."""
    assert _taxa(engine, "Bán da 🐆☁️ 1m8, hàng rừng, giá 20tr") == {"Neofelis nebulosa"}
    assert _taxa(engine, "Bán da 🐆 1m8, hàng rừng, giá 20tr") == {"Panthera pardus"}
