"""Cars named after animals (Jaguar, Puma) are not wildlife: words only vehicle ads use cancel
the name, and a real offer of the animal is still found."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Jaguar XF 2018", "Продам ягуар, пробег 80 тыс, цена 2 млн руб"),
        ("Puma 2015", "Vendo Ford Puma, kilometraje 90.000, precio 9.500 euros"),
        ("Jaguar E-Type", "Beautiful jaguar, full service history, mileage 40k, 85k GBP"),
        ("Jaguar zu verkaufen", "Jaguar, Erstzulassung 2016, Kilometerstand 120.000, 18.000 EUR"),
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
