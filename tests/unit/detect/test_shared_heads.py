"""Names that share their head word in a list ("radiated or spider tortoises") and accessories
listed after "comes with". Texts written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.detect.shared_heads import shared_head_readings


def _names(engine: Engine, text: str) -> list[str]:
    result = engine.analyse(ListingText(id="t", title="", text=text, price=None))
    return sorted(t.name for t in result.taxa)


def test_readings_before_and_after_a_name() -> None:
    names = {"radiated tortoise", "tortue radiée"}
    text = "radiated or spider tortoise"
    start = text.index("spider")
    found = list(shared_head_readings(text, start, len(text), names.__contains__))
    assert found == [(0, 8, "radiated tortoise")]
    text = "tortue étoilée ou radiée"
    found = list(shared_head_readings(text, 0, len("tortue étoilée"), names.__contains__))
    assert found == [(18, 24, "tortue radiée")]
    # a word that names nothing with the head is left alone
    assert list(shared_head_readings("big and small parrots", 8, 21, names.__contains__)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ISO radiated or spider tortoise pair, cash ready",
            ["Astrochelys radiata", "Pyxis arachnoides"],
        ),
        (
            "Indian and Burmese star tortoises, no papers, $400",
            ["Geochelone elegans", "Geochelone platynota"],
        ),
        (
            "Vends tortues étoilées ou radiées, sans papiers, 300€",
            ["Astrochelys radiata", "Geochelone elegans"],
        ),
        ("big and small parrots for sale, $100", ["Psittaciformes"]),
    ],
)
def test_a_list_names_every_species(engine: Engine, text: str, expected: list[str]) -> None:
    assert _names(engine, text) == expected


def test_an_accessory_listed_with_the_animal_is_no_toy(engine: Engine) -> None:
    text = (
        "Rehoming our 7 month old bushbaby, hand tame, comes with 6ft cage, heat lamp, gum "
        "feeder and livefood. £650 ono"
    )
    assert _names(engine, text) == ["Galagidae"]
    assert _names(engine, "Reptile heat lamp and tortoise food, $15") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Restbestand ohne Papiere: Griechische Landschildkröten 60€, Maurische 90€, "
            "Vierzehen 40€, Breitrand 150€",
            ["Testudo graeca", "Testudo hermanni", "Testudo horsfieldii", "Testudo marginata"],
        ),
        (
            "Reste en stock : grecques adultes 150€, tortues léopard 6 cm 200€",
            ["Stigmochelys pardalis", "Testudo graeca"],
        ),
        (
            "Среднеазиатские черепахи оптом, по 900 руб, звёздчатые 15 000, леопардовые 12 000",
            ["Geochelone elegans", "Stigmochelys pardalis", "Testudo horsfieldii"],
        ),
    ],
)
def test_list_items_read_with_the_head_the_list_writes_once(
    engine: Engine, text: str, expected: list[str]
) -> None:
    assert _names(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "• leopard gecko - P1,500\n• pagong (red ear) - P150\n• corn snake 2ft - P900",
        "Selling: 2 cats 50€, dogs 30€, black 20€",
    ],
)
def test_items_that_are_no_list_of_that_head_stay(engine: Engine, text: str) -> None:
    assert _names(engine, text) == []
