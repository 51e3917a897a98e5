"""Evasion tactics and context rules, each on a text written to exercise it."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def run(engine: Engine, title: str, text: str = "", price: float | None = None):
    return engine.analyse(ListingText(id="t", title=title, text=text, price=price))


@pytest.mark.parametrize(
    ("title", "taxon", "tactic"),
    [
        ("Dried pengolin scales, 2 kg, DM", "Manidae", "misspelled_common"),
        ("Geochelone elegnas juveniles for sale", "Geochelone elegans", "misspelled_scientific"),
        ("Selling r h i n o horn powder", "Rhinocerotidae", "spaced_letters"),
        ("犀 . 角 . 杯 清代 出售", "Rhinocerotidae", "spaced_letters"),
        ("Real 1v0ry bangles for sale", "Loxodonta africana", "leetspeak"),
        ("Изделия из сл0н0вой к0сти, продам", "Loxodonta africana", "leetspeak"),
        ("Продам кр3ч3та, самка, молодая", "Falco rusticolus", "leetspeak"),
        ("Real \u0456v\u043ery bangle for sale", "Loxodonta africana", "homoglyph"),
        ("Raw pie\u200bces of ivo\u200bry for sale", "Loxodonta africana", None),
        ("🐘🦷 raw pieces, DM for price", "Loxodonta africana", "emoji"),
        ("xiangya bracelets for sale, wechat", "Loxodonta africana", "transliteration"),
    ],
)
def test_evasion_tactics_are_undone_and_named(
    engine: Engine, title: str, taxon: str, tactic: str | None
) -> None:
    result = run(engine, title)
    match = next(t for t in result.taxa if t.name == taxon)
    assert title[match.start : match.end] == match.matched
    if tactic:
        assert tactic in match.evasion
    assert result.wildlife_trade


def test_russian_case_endings(engine: Engine) -> None:
    assert "Panthera tigris" in {t.name for t in run(engine, "Продам шкуру тигра").taxa}


def test_a_trap_word_keeps_its_sense_in_the_whole_text(engine: Engine) -> None:
    result = run(engine, "Python Crash Course 3rd ed + Fluent Python", "CAD 45 both", 45)
    assert result.taxa == () and not result.wildlife_trade


def test_negation_is_cancelled_by_not(engine: Engine) -> None:
    result = run(engine, "Ivory bangle, real not resin, for sale", price=200)
    assert result.wildlife_trade


def test_vietnamese_old_is_not_fake(engine: Engine) -> None:
    result = run(
        engine, "Vòng ngà voi nguyên khối", "ngà già vân rõ. Giá 8.500.000đ. Zalo 0912 686 413"
    )
    assert "Loxodonta africana" in {t.name for t in result.taxa}
    assert result.wildlife_trade


def test_legal_offer_is_trade_with_low_risk(engine: Engine) -> None:
    legal = run(engine, "Ara macao chicks, captive bred, CITES permit included", price=2500)
    illegal = run(engine, "Ara macao chicks, no papers", price=2500)
    assert legal.wildlife_trade and illegal.wildlife_trade
    assert legal.risk.score < illegal.risk.score
    assert "permit is claimed" in legal.risk.legality
    assert "Commercial international trade prohibited" in illegal.risk.legality


def test_wanted_posts_are_trade(engine: Engine) -> None:
    result = run(engine, "WTB rhino horn, paying cash", "")
    assert result.wildlife_trade
    assert any(r.text.startswith("Sought for trade") for r in result.risk.reasons)


def test_the_species_wins_over_its_group(engine: Engine) -> None:
    result = run(engine, "Pangolin scales from Manis javanica, 5 kg for sale")
    assert [t.name for t in result.taxa] == ["Manis javanica"]
    assert result.taxa[0].product == "scales"


def test_lone_genus_needs_a_capital(engine: Engine) -> None:
    result = run(engine, "Gaharu super, wangi manis, harga nego")
    assert "Manis" not in {t.name for t in result.taxa}


@pytest.mark.parametrize(
    ("title", "taxon"),
    [
        ("Jual kura2 darat import sehat lincah, COD Jakarta", "Testudinidae"),
        ("Jual kura2 bintang india ukuran 8 cm", "Geochelone elegans"),
        ("Jual buaya2 muara, 2jt", "Crocodylus porosus"),
        ("Jual trenggiling2, 2jt", "Manidae"),
    ],
)
def test_a_plural_written_with_a_2_is_read_as_the_word_twice(
    engine: Engine, title: str, taxon: str
) -> None:
    """Malay and Indonesian "kura2" is kura-kura: a writing habit, reported as no evasion."""
    result = run(engine, title)
    match = next(t for t in result.taxa if t.name == taxon)
    assert match.matched in title and match.evasion == ()


@pytest.mark.parametrize(
    ("title", "taxa"),
    [
        ("RNACAW BABY 2500 USD", {"Psittaciformes"}),  # rn read for m
        ("Morning sale, corn and born, $5", set()),
    ],
)
def test_ocr_confusions_are_undone_only_into_a_name(
    engine: Engine, title: str, taxa: set[str]
) -> None:
    assert {t.name for t in run(engine, title).taxa} == taxa
