"""Genus names that are everyday words ("Pan" bread, "Manta" blanket, "Manis" sweet) are not
read as the genus when they stand alone; the binomials and common names still are."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Pan casero", "Pan casero de masa madre, 3 euros la pieza, envío a domicilio"),
        ("Pan, cast iron", "Pan cast iron 10 inch, barely used, $20"),
        ("Vendo manta de lana", "Manta de lana para cama doble, nueva, 25 dólares"),
        ("Manta xadrez", "Manta de sofá 2x2 m, R$ 60, entrego no centro"),
        ("Manis Manja Bakery", "Manis dan lembut, kue bolu Rp 50.000, WA 0812 3456 7890"),
        ("Chitra Fashion saree", "Chitra boutique silk saree, Rs 2500, WhatsApp 98765 43210"),
    ],
)
def test_an_everyday_word_alone_names_no_genus(engine: Engine, title: str, text: str) -> None:
    analysis = engine.analyse(ListingText("e", title, text))
    assert analysis.taxa == () and not analysis.wildlife_trade, analysis.taxa


@pytest.mark.parametrize(
    ("title", "text", "taxon"),
    [
        ("Manis javanica scales", "1 kg, WA 0812 3456 7890", "Manis javanica"),
        ("Pan troglodytes skull", "genuine, $900", "Pan troglodytes"),
        ("Chitra indica hatchling", "$300 shipped", "Chitra indica"),
        ("Manta ray gill plates", "dried, 500g, $200", "Mobula"),
    ],
)
def test_binomials_and_common_names_still_count(
    engine: Engine, title: str, text: str, taxon: str
) -> None:
    analysis = engine.analyse(ListingText("e", title, text))
    assert [t.name for t in analysis.taxa] == [taxon] and analysis.wildlife_trade
