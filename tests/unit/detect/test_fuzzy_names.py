"""Misspelled common and trade names: found when the typo is one people make, not otherwise."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.detect.fuzzy_names import plausible_typo


def taxa(engine: Engine, text: str) -> dict[str, tuple[str, ...]]:
    result = engine.analyse(ListingText(id="t", title="", text=text))
    return {t.name: t.evasion for t in result.taxa}


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Coppia di zanne di avorjo, 55 cm, nessun certificato", "Loxodonta africana"),
        ("Vends défense d'ivoir ancienne, 4,2 kg", "Loxodonta africana"),
        ("Kukank sumatera jinak, gigi sudah dipotong", "Nycticebus coucang"),
        ("Baby parots hand fed, ready to go, DM me", "Psittaciformes"),
        ("Женшень дикорос, корень 70 лет", "Panax ginseng"),
        ("Cuerno de rinoseronte autentico, 1 kg", "Rhinocerotidae"),  # seseo: s for c
    ],
)
def test_misspelled_name_is_found_and_flagged(engine: Engine, text: str, taxon: str) -> None:
    found = taxa(engine, text)
    assert taxon in found
    assert "misspelled_common" in found[taxon]


@pytest.mark.parametrize(
    "text",
    [
        "Ayo makan siang bareng, warna merah",  # makan (eat) is one letter from macan (tiger)
        "Book your slots for the gabon trip, santa fe tours",
        "Orange beads and other charms, private sale",
        "Duong pho, caldo de verano, calais ferry",
        "Lot de 8 netsukes en buis. Signés pour la plupart. Sans certificat.",
    ],
)
def test_ordinary_words_one_letter_from_a_name_stay_negative(engine: Engine, text: str) -> None:
    assert taxa(engine, text) == {}


@pytest.mark.parametrize(
    ("typo", "name", "expected"),
    [
        ("avorjo", "avorio", True),  # j for i
        ("kukank", "kukang", True),  # k for g
        ("ivoir", "ivoire", True),  # final e left out
        ("parots", "parrots", True),  # doubled letter
        ("женшень", "женьшень", True),  # soft sign left out
        ("makan", "macan", False),  # five letters: no substitutions
        ("gabon", "gibon", False),  # a and i do not sound alike
        ("slots", "sloths", False),  # the h of th is not silent
        ("warna", "waran", False),  # a swap is not a typo by ear
        ("signes", "singes", False),  # gn is one sound: a word, not a swap
        ("pyhton", "python", True),  # two consonants the other way round
    ],
)
def test_plausible_typo(typo: str, name: str, expected: bool) -> None:
    assert plausible_typo(typo, name) is expected


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Star tortise babies, 4 available", "Geochelone elegans"),
        ("Leapord skin rug, full head", "Panthera pardus"),
        ("Bán cu ly nhỏ con non, giá mềm", "Nycticebus pygmaeus"),
    ],
)
def test_listed_misspelling_reports_the_evasion(engine: Engine, text: str, taxon: str) -> None:
    found = taxa(engine, text)
    assert "misspelled_common" in found[taxon]


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("star tortoice for sale, 10 cm", "Geochelone elegans"),
        ("ball pyton morph for sale", "Python regius"),
        ("hyacynth macaw pair for sale", "Anodorhynchus hyacinthinus"),
    ],
)
def test_a_name_of_several_words_with_one_misspelled(engine: Engine, text: str, taxon: str) -> None:
    found = {t.name: t.evasion for t in engine.analyse(ListingText("p", text, "")).taxa}
    assert taxon in found and "misspelled_common" in found[taxon]


def test_an_inflection_or_a_lookalike_word_is_no_misspelled_name(engine: Engine) -> None:
    musk = engine.analyse(ListingText("m", "Musk grains from Siberian deer, 5 g, pm me", ""))
    assert all("misspelled_common" not in t.evasion for t in musk.taxa)
    leotard = engine.analyse(ListingText("l", "Kids snow leotard, size 6, 15 USD", ""))
    assert leotard.taxa == ()
