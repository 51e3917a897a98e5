"""Turtle words: a land tortoise called a "star" is the Indian star tortoise; the turtle emoji
beside an unlisted slider or in "slow as a turtle" names nothing. Texts written for these
tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def _names(engine: Engine, title: str, text: str) -> set[str]:
    result = engine.analyse(ListingText(id="t", title=title, text=text, price=None))
    return {t.name for t in result.taxa}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Kura darat bintang", "Jual kura darat motif bintang dari India, 5 cm, 2 ekor."),
        ("Pagong lupa", "Bituin na pagong lupa, baby pa, galing India. PM."),
        ("ลูกเต่าบก ลายดาว", "ขายลูกเต่าบกลายดาว 2 ตัว ไม่มีใบ"),
    ],
)
def test_a_land_tortoise_called_a_star_is_the_star_tortoise(
    engine: Engine, title: str, text: str
) -> None:
    assert _names(engine, title, text) == {"Geochelone elegans"}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("🐢 Schmuckschildkröte abzugeben", "Gelbwangen-Schmuckschildkröte 🐢 mit Becken."),
        ("🐢 Красноухая черепаха", "Отдам красноухую черепаху 🐢 с аквариумом."),
        ("Giao hàng chậm như 🐢", "Đặt 10 ngày chưa tới, shop giao chậm như 🐢."),
    ],
)
def test_the_turtle_emoji_beside_an_unlisted_slider_or_an_idiom_names_nothing(
    engine: Engine, title: str, text: str
) -> None:
    assert _names(engine, title, text) == set()
