"""Taxa a seller describes without naming: the slow loris as a tiny monkey with big eyes and
cut teeth, and "Beluga" beside caviar words as the beluga sturgeon."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.mark.parametrize(
    ("title", "text", "taxon"),
    [
        (
            "Tiny monkey",
            "very small baby monkey, big round eyes, teeth already done. DM",
            "Nycticebus",
        ),
        (
            "おサル ベビー",
            "手のひらサイズのサル、目が大きくて夜行性。歯はカット済み。DMください。",
            "Nycticebus",
        ),
        (
            "Jual monyet kecil",
            "mata besar, gigi sudah dipotong, aktif malam. WA 0812 3456 7890",
            "Nycticebus",
        ),
        ("Kaviar", "Beluga, große graue Körner, Dosen à 250 g, Lieferung", "Huso huso"),
    ],
)
def test_a_described_taxon_is_named(engine: Engine, title: str, text: str, taxon: str) -> None:
    analysis = engine.analyse(ListingText("d", title, text))
    assert [t.name for t in analysis.taxa] == [taxon] and analysis.wildlife_trade


@pytest.mark.parametrize(
    ("title", "text", "taxa"),
    [
        ("Baby monkey for sale", "capuchin, 6 months, $3000", {"Primates"}),
        ("Plush monkey with big eyes", "toy, $10", set()),
        ("Beluga whale watching", "tour in Churchill, $150 per person", set()),
    ],
)
def test_without_the_description_nothing_more_is_read(
    engine: Engine, title: str, text: str, taxa: set[str]
) -> None:
    analysis = engine.analyse(ListingText("d", title, text))
    assert {t.name for t in analysis.taxa} == taxa
