"""Species named after a person, and names written by ear beside their group."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def taxa(engine: Engine, text: str) -> set[str]:
    return {t.name for t in engine.analyse(ListingText(id="t", title="", text=text)).taxa}


@pytest.mark.parametrize(
    ("text", "species"),
    [
        ("Recherche camélions de Parson adultes", "Calumma parsonii"),
        ("Vinyonga wa pembe tatu (Jackson) kwa wapenzi wa pets, bei 50k", "Trioceros jacksonii"),
        ("Kobe wa Hermann wadogo wanauzwa, bei 200k", "Testudo hermanni"),
        ("Perroquet de Fischer à vendre", "Agapornis fischeri"),
        ("Grévy zebra skin for sale", "Equus grevyi"),
        # a place's adjective makes epithets too
        ("Kakak tua Moluccan jantan, ada permit PERHILITAN, RM 8000", "Cacatua moluccensis"),
    ],
)
def test_a_group_word_beside_a_namesake_is_the_species(
    engine: Engine, text: str, species: str
) -> None:
    assert taxa(engine, text) == {species}


def test_a_person_addressed_by_title_is_the_seller(engine: Engine) -> None:
    assert taxa(engine, "Mr Jackson selling his chameleon collection") == {"Chamaeleonidae"}


def test_a_name_that_fits_no_species_of_the_group_changes_nothing(engine: Engine) -> None:
    # Hermann fits a tortoise, not a chameleon
    assert taxa(engine, "Caméléon de Hermann à vendre") == {"Chamaeleonidae"}


def test_misspellings_inside_a_trap_once_corrected_are_that_trap(engine: Engine) -> None:
    assert taxa(engine, "Divano tre posti color avorrio, 300 euro") == set()
    assert taxa(engine, "Jagwar XF 2012 parts, headlights and grille, $300") == set()
    assert taxa(engine, "Selling avorrio carving, 200 euro") == {"Loxodonta africana"}


def test_spanish_ll_for_y_is_read_by_ear(engine: Engine) -> None:
    assert taxa(engine, "Vendo guacamallo rojo bebé, Q3,500") == {"Ara macao"}


def test_a_misspelled_leopard_beside_a_cheetah_stays(engine: Engine) -> None:
    text = "Baby cheeta and lepard cubs availble, price on request"
    assert taxa(engine, text) == {"Acinonyx jubatus", "Panthera pardus"}


@pytest.mark.parametrize(
    ("text", "species"),
    [
        ("Baby sawa (reticulated), 1 metro, huli sa bukid. DP 1k", "Malayopython reticulatus"),
        ("Gros camélion de Parsons mâle, pas de CITES, 900 €", "Calumma parsonii"),
    ],
)
def test_the_epithet_or_its_adjective_beside_the_group_is_the_species(
    engine: Engine, text: str, species: str
) -> None:
    assert taxa(engine, text) == {species}


def test_the_genus_of_a_binomial_is_no_epithet(engine: Engine) -> None:
    found = taxa(engine, "말린 해마(Hippocampus kuda) 1kg, 한약재용. 저렴합니다.")
    assert "Hippocampus hippocampus" not in found
    assert "Hippocampus kuda" in found
