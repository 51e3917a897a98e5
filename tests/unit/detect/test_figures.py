"""Statues, figurines and carvings show an animal; their material may be wildlife."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def names(engine: Engine, text: str, title: str = "") -> list[str]:
    return sorted(t.name for t in engine.analyse(ListingText(id="t", title=title, text=text)).taxa)


@pytest.mark.parametrize(
    "text",
    [
        "Bronze elephant statue, 30 cm, 200 USD",
        "Antique netsuke of three monkeys, boxwood, signed, 5 cm. 120 EUR",
        "Jade carving of a parrot on a branch, 8 cm, $95",
        "Estatua de jaguar en bronce, 80 cm, 300 dólares",
        "Статуэтка тигра из бронзы, 3000 руб",
        "老虎摆件 铜 500元",
        "Patung gajah ukiran kayu jati 30cm, buatan tangan. RM180",
    ],
)
def test_the_animal_a_figure_shows_is_no_goods(engine: Engine, text: str) -> None:
    assert names(engine, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivory elephant statue 10cm, 300 USD", ["Loxodonta africana"]),
        ("Okimono en ivoire représentant un tigre, 15 cm, 900 €", ["Loxodonta africana"]),
        ("Ivory netsuke of a monkey holding a peach, 4 cm, 800 USD", ["Loxodonta africana"]),
        ("netsuke rat en ivoir, 4 cm, 180 €, sans certificat", ["Loxodonta africana"]),
        ("tiger bone carving, 200 USD", ["Panthera tigris"]),
        ("犀牛角雕像 5000元", ["Rhinocerotidae"]),
        ("Rosewood statue of Buddha, 40 cm, 150 USD", ["Dalbergia"]),
    ],
)
def test_the_material_of_a_figure_stays(engine: Engine, text: str, expected: list[str]) -> None:
    assert names(engine, text) == expected


def test_a_figure_elsewhere_leaves_the_live_animal(engine: Engine) -> None:
    text = "Baby tiger for sale 5000 USD. Also tiger statue."
    assert names(engine, text) == ["Panthera tigris"]


def test_a_title_naming_the_figure_shows_the_animal_too(engine: Engine) -> None:
    assert names(engine, "Patung gajah kayu jati, ukiran tangan, 30cm. RM180.", "Gajah") == []


def test_a_vietnamese_word_holding_the_syllable_is_no_figure(engine: Engine) -> None:
    text = "Công an bắt 2 đối tượng vận chuyển 12 kg xương hổ trên xe khách."
    assert names(engine, text) == ["Panthera tigris"]
