"""Names of Latin-script languages spelled in Cyrillic letters (foreign_script.py)."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.detect.foreign_script import latin_names, spelled_out


@pytest.mark.parametrize(
    ("text", "matched", "tactics"),
    [
        ("Statuetta in аворио, 18 cm, senza documenti", "аворио", ("transliteration",)),
        (
            "Эльфенбайн Armreif, alt, 6 cm, ohne Papiere",
            "Эльфенбайн",
            ("misspelled_common", "transliteration"),
        ),
    ],
)
def test_a_western_name_in_cyrillic_letters(
    engine: Engine, text: str, matched: str, tactics: tuple[str, ...]
) -> None:
    found = {t.name: t for t in engine.analyse(ListingText(id="c", title="", text=text)).taxa}
    assert found["Loxodonta africana"].matched == matched
    assert found["Loxodonta africana"].evasion == tactics


def test_russian_text_is_not_spelled_out(engine: Engine) -> None:
    # in a text written in Cyrillic the words are Russian ones: "аворио" here is not read as
    # Italian, as it is beside Latin words
    detector = next(d for d in engine.detectors if d.id == "detector.lexicon_terms.v1")
    folded = "продам аворио статуэтку, 3 кг"
    assert latin_names(folded, detector._automaton, detector._fuzzy) == []
    assert latin_names("statuetta in аворио", detector._automaton, detector._fuzzy) != []


def test_each_latin_letter_points_back_to_its_cyrillic_letter() -> None:
    latin, origin = spelled_out("щука")
    assert latin == "shchuka"
    assert origin == [0, 0, 0, 0, 1, 2, 3]
