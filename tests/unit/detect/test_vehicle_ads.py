"""Goods named after animals are not wildlife: cars (Jaguar, Puma; words only vehicle ads use
cancel the name), the Saiga shotgun, Bear Grylls knives, Puma shirts, tiger-print T-shirts.
Real offers of the animals are still found, and fins sold as hammerhead name the hammerhead."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Jaguar XF 2018", "Продам ягуар, пробег 80 тыс, цена 2 млн руб"),
        ("Puma 2015", "Vendo Ford Puma, kilometraje 90.000, precio 9.500 euros"),
        ("Jaguar E-Type", "Beautiful jaguar, full service history, mileage 40k, 85k GBP"),
        ("Jaguar zu verkaufen", "Jaguar, Erstzulassung 2016, Kilometerstand 120.000, 18.000 EUR"),
        ("Saiga 12 shotgun parts", "Saiga-12 magazine 8 rounds, 50 USD"),
        ("Карабин Сайга-12", "Продам Сайга-12, магазин на 8, разрешение есть, 40000 руб"),
        ("Bear Grylls knife", "Gerber Bear Grylls survival knife, new in box, 35 USD"),
        ("Camiseta Puma original", "Camiseta Puma talla M, nueva, 20 euros"),
        ("Pantera Rosa DVD", "La Pantera Rosa colección completa DVD, 15 euros"),
        ("Kaos gambar harimau", "Kaos sablon gambar harimau, ukuran L, 75rb"),
        ("Áo thun hình hổ", "Áo thun in hình con hổ, size L, 150k"),
    ],
)
def test_vehicle_ads_name_no_taxon(engine: Engine, title: str, text: str) -> None:
    analysis = engine.analyse(ListingText("car", title, text))
    assert analysis.taxa == () and not analysis.wildlife_trade


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Cachorro de jaguar", "Vendo cachorro de jaguar, 3 meses, precio 5000 USD, whatsapp"),
        ("Детёныш ягуара", "Продам детёныша ягуара, 4 месяца, ручной, доставка по РФ"),
    ],
)
def test_animal_offers_still_found(engine: Engine, title: str, text: str) -> None:
    analysis = engine.analyse(ListingText("cat", title, text))
    assert [t.name for t in analysis.taxa] == ["Panthera onca"] and analysis.wildlife_trade


@pytest.mark.parametrize(
    ("title", "text", "taxon"),
    [
        ("Рога сайги", "Продам рога сайги, пара, 30 см, 50000 руб, доставка", "Saiga tatarica"),
        ("Shark fin 5kg", "Dried shark fin 5kg, hammerhead, wholesale price", "Sphyrnidae"),
    ],
)
def test_the_animals_behind_those_names(engine: Engine, title: str, text: str, taxon: str) -> None:
    analysis = engine.analyse(ListingText("offer", title, text))
    assert [t.name for t in analysis.taxa] == [taxon] and analysis.wildlife_trade


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Bobcat T770 loader, 30000 USD", []),
        ("Python 5706P car alarm, new", []),
        ("Leopard 2A4 tank model kit 1/35", []),
        ("Irbis TZ10 tablet, cheap", []),
        ("Tiger 2kg bones, DM", ["Panthera tigris"]),  # a weight, not a model
        ("Parrot 300 for sale", ["Psittaciformes"]),  # a bare number is more often a price
    ],
)
def test_a_name_before_a_model_code_is_a_product(
    engine: Engine, title: str, expected: list[str]
) -> None:
    assert [t.name for t in engine.analyse(ListingText("m", title, "")).taxa] == expected
