"""A generic product word beside another animal's name is that animal's product."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WTB narwal tusk for a private client, cash ready", {("Monodon monoceros", "ivory")}),
        ("Tusk of a narwhal, 2m, 9000 usd", {("Monodon monoceros", "ivory")}),
        ("Babirusa skull with tusks, 300 usd", {("Babyrousa", "ivory")}),
        ("Elephant tusk 2kg, 500 usd", {("Loxodonta africana", "ivory")}),
        (
            "Narwhal tusk and elephant tusk set, DM",
            {("Monodon monoceros", "ivory"), ("Loxodonta africana", "ivory")},
        ),
    ],
)
def test_the_product_goes_to_the_animal_named_beside_it(
    engine: Engine, text: str, expected: set[tuple[str, str]]
) -> None:
    result = engine.analyse(ListingText(id="t", title="", text=text))
    assert {(t.name, t.product) for t in result.taxa} == expected
    assert result.wildlife_trade
