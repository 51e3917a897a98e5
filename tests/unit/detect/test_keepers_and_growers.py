"""How keepers and growers name species, and what their equipment is for; places and false
declarations. Written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from wildtrace.detect.abbreviated_binomials import AbbreviatedBinomials
from wildtrace.detect.engine import Engine, ListingText


def _taxa(engine: Engine, text: str, title: str = "") -> list[str]:
    return [t.name for t in engine.analyse(ListingText(id="t", title=title, text=text)).taxa]


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("B. smithi juvie 3 cm, £45 posted", "Brachypelma smithi"),
        ("P. regius het clown, 300 USD", "Python regius"),
        ("Paph. rothschildianum seedling in flask, $60", "Paphiopedilum rothschildianum"),
        ("Nep. raja bouture enracinée, 80 €", "Nepenthes rajah"),
    ],
)
def test_a_genus_cut_short_still_names_the_species(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _taxa(engine, text)


def test_abbreviations_that_fit_no_single_genus_name_nothing() -> None:
    reader = AbbreviatedBinomials(["Python regius", "Pyxis arachnoides", "Brachypelma smithi"])
    assert list(reader.find("Mt. Everest, St. Louis, Dr. Smith, A. alba")) == []
    assert [h.binomial for h in reader.find("P. regius and B. smithi")] == [
        "Python regius",
        "Brachypelma smithi",
    ]
    # one letter is too little to allow a typo: "P. regis" could be many things
    assert list(reader.find("P. regis")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mesh terrarium 45x45x90, suits veiled or panther chameleons, $80",
        "UVB-Röhre T5 mit Reflektor, ideal für Uromastyx, 35 EUR",
        "Lampada UVB 10.0 adatta per Testudo hermanni, 25 €",
        "หลอดไฟ UVB เหมาะกับเต่าซูคาต้า 450 บาท",
    ],
)
def test_equipment_names_the_animal_it_suits_not_goods(engine: Engine, text: str) -> None:
    assert _taxa(engine, text) == []


def test_an_animal_ideal_for_beginners_is_still_for_sale(engine: Engine) -> None:
    assert "Furcifer pardalis" in _taxa(engine, "Baby panther chameleon, ideal for beginners, $150")


@pytest.mark.parametrize(
    "text",
    [
        "Masdevallia and Oncidium seedlings in flask, 45 USD",
        "Plántulas de Dracula vampira in vitro, frasco 45 USD",
    ],
)
def test_orchid_genera_growers_name_alone(engine: Engine, text: str) -> None:
    assert "Orchidaceae" in _taxa(engine, text)


def test_dracula_alone_is_the_count(engine: Engine) -> None:
    assert _taxa(engine, "Dracula DVD box set, 1958 film, $12") == []


@pytest.mark.parametrize(
    "text",
    [
        "Neat 2 bedroom house in Ivory Park, Midrand. R 480 000 negotiable.",
        "Hostal La Guacamaya en Cartagena: habitación doble desde 180.000 COP.",
    ],
)
def test_places_and_guesthouses_named_after_an_animal(engine: Engine, text: str) -> None:
    assert _taxa(engine, text) == []


def test_look_alike_words_of_a_false_declaration_negate_nothing(engine: Engine) -> None:
    text = (
        "Customs seized 340 kg of lion bones packed in crates declared as "
        "'cattle bones for fertiliser'."
    )
    assert "Panthera leo" in _taxa(engine, text)


def test_a_negation_word_inside_a_name_negates_nothing(engine: Engine) -> None:
    text = "Ariocarpus fisuratus (falso peyote) de vivero, con certificado CITES, 300 MXN"
    assert "Ariocarpus fissuratus" in _taxa(engine, text)


def test_resin_grades_agarwood_rather_than_faking_it(engine: Engine) -> None:
    assert "Aquilaria" in _taxa(engine, "Agarwood na may resin, 1 kg, galing Mindanao. 5k")
    assert _taxa(engine, "Resin tiger claw replica, 20 USD") == []


def test_goods_declared_as_something_else_in_chinese(engine: Engine) -> None:
    text = "海关在一批申报为“树脂摆件”的货物中查获砗磲贝壳及雕刻品120余件"
    assert "Tridacnidae" in _taxa(engine, text)


def test_what_the_goods_are_not_to_be_confused_with(engine: Engine) -> None:
    text = "Palitos de palo santo de Perú. No confundir con palo santo paraguayo. 5 USD"
    assert _taxa(engine, text) == []


def test_a_genus_read_as_its_usual_species_yields_to_a_named_one(engine: Engine) -> None:
    taxa = _taxa(engine, "求む オペルクリカリア パキプス 現地株、高額で買い取ります")
    assert taxa == ["Operculicarya pachypus"]
