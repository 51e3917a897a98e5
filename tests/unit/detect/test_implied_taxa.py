"""Taxa implied by a product word and a confirming word, with no name of the animal."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.domain.analysis import Analysis


def analyse(engine: Engine, text: str) -> Analysis:
    return engine.analyse(ListingText(id="t", title="", text=text))


@pytest.mark.parametrize(
    ("text", "taxon", "product"),
    [
        ("Carved casque pendant from Borneo, blood red, DM for price", "Rhinoplax vigil", "casque"),
        ("Vendo buche mexicano grande, 1 kg, San Felipe", "Totoaba macdonaldi", "maw"),
        ("Mexican fish maw 500g, dried, ship to Hong Kong", "Totoaba macdonaldi", "maw"),
        ("大鱼胶 墨西哥货 一个500克 私聊", "Totoaba macdonaldi", "maw"),
        ("Dried ray gills 1 kg for soup, wholesale price", "Mobula", "other"),
        ("Продаю желчь, медвежья, 50 г, Хабаровск", "Ursidae", "bile"),
        ("Anteater scales 500g, TCM grade, ship worldwide", "Manidae", "scales"),
        ("Escamas de oso hormiguero, 1 kg, envío discreto", "Manidae", "scales"),
        ("Musk grains from Siberian deer, 5 g, pm me", "Moschus", "musk"),
    ],
)
def test_product_and_confirming_word_imply_the_taxon(
    engine: Engine, text: str, taxon: str, product: str
) -> None:
    result = analyse(engine, text)
    match = next(t for t in result.taxa if t.name == taxon)
    assert match.name_kind.startswith("implied_")
    assert match.product == product
    assert match.confidence < 0.6  # weaker evidence than a name (0.85–0.95)
    assert result.wildlife_trade


def test_implied_match_is_weaker_than_a_direct_name(engine: Engine) -> None:
    implied = analyse(engine, "Anteater scales 500g for sale").taxa[0]
    direct = analyse(engine, "Pangolin scales 500g for sale").taxa[0]
    assert implied.name == direct.name == "Manidae"
    assert implied.confidence < direct.confidence


@pytest.mark.parametrize(
    "text",
    [
        "Casque moto taille M, comme neuf, 40 €",  # a helmet
        "Antique cavalry casque, 18th century, original liner",  # a helmet, no carving words
        "Tacos de buche mexicanos, 3 por 50 pesos",  # pork stomach
        "Fish maw soup recipe with dried scallops, serves four",  # no Mexican origin
        "Bathroom scales, digital, 180 kg max",  # no anteater
        "Liver and bile duct health supplement, 60 capsules",  # no bear
        "White musk perfume oil 10 ml, long lasting",
        "Giant anteater plush toy, 40 cm",
    ],
)
def test_trigger_without_its_confirming_word_stays_negative(engine: Engine, text: str) -> None:
    result = analyse(engine, text)
    assert not [t for t in result.taxa if t.name_kind.startswith("implied_")]


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        (
            "Spaghettis transparents dispo, vivants, en sacs oxygénés, 25 kg minimum",
            "Anguilla anguilla",
        ),
        ("Fresh glass noodles, 3000 pieces per kg, alive in oxygen bags", "Anguilla anguilla"),
        ("Perle nere del Caspio, selvatiche, barattoli da 100 g", "Acipenseriformes"),
    ],
)
def test_food_code_word_with_trade_context_is_a_code_word(
    engine: Engine, text: str, taxon: str
) -> None:
    match = next(t for t in analyse(engine, text).taxa if t.name == taxon)
    assert "code_word" in match.evasion
    assert match.name_kind.startswith("implied_")


@pytest.mark.parametrize(
    "text",
    [
        "Korean glass noodles (dangmyeon) 500 g, for japchae",
        "Black pearls earrings, Tahitian, 9 mm, silver 925",
        "Perle nere di Tahiti, collana 45 cm",
        "Schwarzes Gold: Ölpreis steigt auf 90 Dollar",
    ],
)
def test_food_and_jewellery_senses_stay_negative(engine: Engine, text: str) -> None:
    assert analyse(engine, text).taxa == ()
