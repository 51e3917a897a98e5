"""Names of several words in another number or gender than the lexicon lists them."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.detect.inflected_names import InflectedNames, stem


def taxa(engine: Engine, text: str) -> set[str]:
    return {t.name for t in engine.analyse(ListingText(id="t", title="", text=text)).taxa}


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Tartarughe marginate della Gallura, 4 esemplari, 100 euro", "Testudo marginata"),
        ("Rescatan tres titís cabeciblancos en Barranquilla", "Saguinus oedipus"),
        ("Polícia Ambiental resgata micos-leões-dourados em feira", "Leontopithecus"),
        ("Morrocoyes de patas rojas del Casanare, 50 mil", "Chelonoidis carbonarius"),
    ],
)
def test_an_inflected_name_is_found(engine: Engine, text: str, taxon: str) -> None:
    assert taxa(engine, text) == {taxon}


def test_stems_drop_plural_and_gender_endings() -> None:
    assert stem("tartarughe") == stem("tartaruga") == "tartarug"
    assert stem("leoes") == stem("leao") == "leao"
    assert stem("titis") == stem("titi") == "titi"
    assert stem("de") == "de"


def test_only_names_of_several_words_and_whole_runs_count() -> None:
    names = InflectedNames([("tortuga morrocoy", "T"), ("loro", "L")])
    assert [h.name for h in names.find("vendo tortugas morrocoyes ya")] == ["tortugas morrocoyes"]
    assert list(names.find("loros y mas loros")) == []
    assert list(names.find("tortugas, morrocoyes")) == []  # not side by side


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Черепахи сухопутные малыши, 20 штук, за штуку 1500", "Testudinidae"),
        ("Продам сухопутных черепах, оптом дешевле", "Testudinidae"),
        ("Куплю африканского серого попугая, самца", "Psittacus erithacus"),
    ],
)
def test_a_russian_name_in_another_case_or_order_is_found(
    engine: Engine, text: str, taxon: str
) -> None:
    assert taxa(engine, text) == {taxon}


def test_russian_stems_drop_case_and_number_endings() -> None:
    assert stem("черепахи") == stem("черепаху") == stem("черепаха") == "черепах"
    assert stem("сухопутные") == stem("сухопутных") == stem("сухопутная") == "сухопутн"
    assert stem("слон") == "слон"  # too short to cut
    assert stem("кожа") == "кожа"


def test_only_cyrillic_names_of_two_words_are_read_the_other_way_round() -> None:
    names = InflectedNames([("сухопутная черепаха", "T"), ("tortuga morrocoy", "M")])
    assert [h.name for h in names.find("черепахи сухопутные")] == ["черепахи сухопутные"]
    assert list(names.find("morrocoyes tortugas")) == []
    assert list(names.find("черепахи морские")) == []
