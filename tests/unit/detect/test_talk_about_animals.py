"""Posts that talk about real animals without trading them (identification and care
questions, memorials, zoo births, questions about the law, school projects, show-and-tell)
name the animals as mentions, not detections; an offer or a fee in the same text still makes
a sale, and a report keeps its taxa. Written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.domain.analysis import Analysis


def _analyse(engine: Engine, text: str, title: str = "", price: float | None = None) -> Analysis:
    return engine.analyse(ListingText(id="t", title=title, text=text, price=price))


@pytest.mark.parametrize(
    ("title", "text", "price", "taxon"),
    [
        (
            "My Hermann's tortoise stopped basking",
            "Is this normal after winter? The vet said to raise the lamp. Any advice please.",
            None,
            "Testudo hermanni",
        ),
        (
            "Good news from the zoo",
            "Our Sumatran orangutan gave birth last night; mother and baby are doing well.",
            None,
            "Pongo abelii",
        ),
        (
            "",
            "Est-il légal de garder chez soi un perroquet gris du Gabon reçu en héritage ?",
            None,
            "Psittacus erithacus",
        ),
        ("", "Projek sekolah anak saya tentang orang utan, ada gambar?", None, "Pongo"),
        ("", "Tu eski wetu wa kasuku wa kijivu amefariki leo, pumzika kwa amani.", None, ""),
    ],
    ids=["care-en", "zoo-en", "law-fr", "school-ms", "memorial-sw"],
)
def test_talk_names_mentions_not_detections(
    engine: Engine, title: str, text: str, price: float | None, taxon: str
) -> None:
    result = _analyse(engine, text, title, price)
    assert result.taxa == ()
    assert result.wildlife_trade is False
    assert "talk" in result.signals
    if taxon:
        assert any(name.startswith(taxon) for name in result.signals["mentioned"])


def test_an_offer_beside_talk_is_still_a_sale(engine: Engine) -> None:
    result = _analyse(
        engine,
        "Selling my African grey, vet said she is healthy, $900 with cage. Serious buyers only.",
    )
    assert [t.name for t in result.taxa] == ["Psittacus erithacus"]
    assert result.wildlife_trade is True
    assert "mentioned" not in result.signals


def test_a_fee_beside_talk_is_still_a_sale(engine: Engine) -> None:
    result = _analyse(
        engine,
        "Update from our rescue centre: two cockatoos need homes, rehoming fee $300 each.",
    )
    assert result.taxa
    assert result.wildlife_trade is True


def test_a_report_that_talks_keeps_its_taxa(engine: Engine) -> None:
    result = _analyse(
        engine,
        "Customs officers seized 40 radiated tortoises at the airport; the vet said most "
        "were dehydrated.",
    )
    assert "Astrochelys radiata" in [t.name for t in result.taxa]
    assert result.wildlife_trade is False
    assert "mentioned" not in result.signals


@pytest.mark.parametrize(
    "text",
    [
        "手上有三只缅甸星龟苗，只换不卖，想换红腿陆龟。",
        "Ho tre Nepenthes rajah da seme. Non vendo, solo scambio con Heliamphora.",
        "Mau tuker lutung jawa jantan dengan kakatua. Nggak dijual, cuma tukar.",
    ],
    ids=["zh", "it", "id"],
)
def test_a_swap_beside_a_denial_is_trade(engine: Engine, text: str) -> None:
    result = _analyse(engine, text)
    assert result.taxa
    assert result.wildlife_trade is True


def test_an_owner_who_denies_a_sale_names_a_mention(engine: Engine) -> None:
    result = _analyse(engine, "Il mio pappagallo cenerino non è in vendita, smettete di chiedere.")
    assert result.taxa == ()
    assert result.wildlife_trade is False
    assert result.signals["mentioned"] == ["Psittacus erithacus"]
