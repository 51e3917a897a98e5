"""Russian written in Latin letters is read as Russian, and only Russian text is.

Every text was written for this file; expected taxa follow docs/lexicon.md.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.detect.russian_in_latin import cyrillic_reading


def _taxa(engine: Engine, text: str) -> set[str]:
    result = engine.analyse(ListingText(id="t", title="", text=text, price=None))
    return {t.name for t in result.taxa}


def test_letters_are_spelled_back_in_cyrillic() -> None:
    reading = cyrillic_reading("prodam 4erepahi sredneaziatskie, tigrovye, yest', kuplyu")
    assert reading is not None
    text, origin = reading
    assert text == "продам черепахи среднеазиатские, тигровые, есть, куплю"
    assert len(origin) == len(text)
    assert origin[7] == 7  # ч comes from the 4


@pytest.mark.parametrize(
    "text",
    [
        "Selling bars and stools for a cafe, cheap",  # English
        "Aletas de manta para la cocina, 2 kg",  # Spanish: "para" and "kg" are no Russian
    ],
)
def test_other_languages_are_not_spelled_back(text: str) -> None:
    assert cyrillic_reading(text.lower()) is None


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Prodam kotenka manula, privit, dokumentov net", "Otocolobus manul"),
        ("Kuplyu sterlyad' zhivuyu, dikuyu, srochno", "Acipenser ruthenus"),
        ("Prodam klyki i kogti amurskogo tigra, torg", "Panthera tigris"),
        ("4erepahi sredneaziatskie, 30 sht, cena 2000, dostavka", "Testudo horsfieldii"),
        ("Prodam kre4eta, belaya morfa, samka", "Falco rusticolus"),
    ],
)
def test_russian_names_in_latin_letters_are_read(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _taxa(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "Prodam bivni mamonta, 2 sht, odin bivni s treshchinoy, cena 80000",
        "Prodam tigrovye krevetki 1 kg, zamorozhennye, dostavka",
    ],
)
def test_russian_traps_and_negations_hold_in_latin_letters(engine: Engine, text: str) -> None:
    assert _taxa(engine, text) == set()
