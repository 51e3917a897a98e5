"""Detection and risk on texts a cyber-patrol officer meets, in several languages."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.textnorm.normalise import normalise


def analyse(engine: Engine, title: str, text: str = "", price: float | None = None):
    return engine.analyse(ListingText(id="t", title=title, text=text, price=price))


def names(analysis) -> set[str]:
    return {t.name for t in analysis.taxa}


def test_scientific_name_offer_is_wildlife_trade(engine: Engine) -> None:
    result = analyse(
        engine,
        "Psittacus erithacus for sale",
        "Hand tame, price 900 USD, WhatsApp +44 7700 900123",
        900,
    )
    assert names(result) == {"Psittacus erithacus"}
    taxon = result.taxa[0]
    assert taxon.appendix == "I"
    assert taxon.matched == "Psittacus erithacus"
    assert result.wildlife_trade
    assert result.risk.score >= 60
    codes = {r.code for r in result.risk.reasons}
    assert {"appendix_I", "trade_intent", "contact_off_platform", "no_permit"} <= codes


def test_misspelled_binomial_is_found_and_flagged(engine: Engine) -> None:
    result = analyse(engine, "Selling Manis javanika scales, 1kg", "inbox for price")
    taxon = next(t for t in result.taxa if t.name == "Manis javanica")
    assert taxon.matched == "Manis javanika"
    assert "misspelled_scientific" in taxon.evasion
    assert any("misspelled scientific" in r.text for r in result.risk.reasons)


def test_synonym_resolves_to_accepted_name(engine: Engine) -> None:
    result = analyse(engine, "Testudo radiata babies available", "ship worldwide")
    assert names(result) == {"Astrochelys radiata"}
    assert result.taxa[0].name_kind == "synonym"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bán vòng tay ngà voi thật, giá tốt, Zalo 0912 345 678", "Loxodonta africana"),
        ("出售犀牛角杯 老料 微信 ivorytrade88", "Rhinocerotidae"),
        ("Vends bracelet en ivoire ancien, prix à débattre", "Loxodonta africana"),
        ("Jual sisik trenggiling asli, harga nego, WA 0812 3456 7890", "Manidae"),
    ],
)
def test_trade_terms_in_other_languages(engine: Engine, text: str, expected: str) -> None:
    result = analyse(engine, text)
    assert expected in names(result)
    assert result.wildlife_trade


def test_homoglyphs_inside_latin_words(engine: Engine) -> None:
    result = analyse(engine, "Real \u0456v\u043ery bangle for sale", "DM me")
    assert "Loxodonta africana" in names(result)
    assert "homoglyph" in result.taxa[0].evasion
    assert result.taxa[0].matched == "\u0456v\u043ery"


@pytest.mark.parametrize(
    "text",
    [
        "Ivory coloured wedding dress, size 10, worn once",
        "French ivory dressing table set, celluloid, 1930s",
        "Tiger Balm red ointment 30g, sale price",
        "Learn Python programming: course for beginners",
    ],
)
def test_traps_are_not_wildlife_trade(engine: Engine, text: str) -> None:
    result = analyse(engine, text, price=20)
    assert not result.wildlife_trade


def test_plush_toy_is_not_wildlife_trade(engine: Engine) -> None:
    result = analyse(engine, "Plush pangolin soft toy for kids", "price 15 EUR", 15)
    assert not result.wildlife_trade
    assert result.taxa == ()
    assert result.signals["negation"] == ["Plush", "soft toy"]
    assert result.signals["dropped_matches"] == ["pangolin"]


def test_declared_permit_lowers_risk(engine: Engine) -> None:
    base = "Ara macao for sale, hand reared, price 2500"
    without = analyse(engine, base, price=2500)
    declared = analyse(engine, base + ", captive bred with CITES permit", price=2500)
    assert declared.risk.score < without.risk.score
    assert any("permit" in r.text and "declared" in r.text for r in declared.risk.reasons)


def test_news_is_not_an_offer(engine: Engine) -> None:
    result = analyse(
        engine,
        "Customs officers seized 300 kg of pangolin scales",
        "The smuggling ring was arrested",
    )
    assert not result.wildlife_trade


def test_spans_point_into_the_original_text(engine: Engine) -> None:
    title = "ÉCAILLES de PANGOLIN à vendre"
    result = analyse(engine, title)
    taxon = next(t for t in result.taxa if t.name == "Manidae")
    assert title[taxon.start : taxon.end] == taxon.matched


def test_normalise_keeps_offsets_and_skips_zero_width() -> None:
    folded = normalise("Ivo\u200bry Ét\u00e9")
    assert folded.text == "ivory ete"
    assert folded.span(0, 5) == (0, 6)


def test_empty_and_huge_texts(engine: Engine) -> None:
    assert analyse(engine, "").taxa == ()
    huge = "lorem ipsum " * 80_000 + " Panthera tigris skin for sale"
    assert "Panthera tigris" in names(analyse(engine, huge))


def test_a_keyword_stuffed_post_is_read_with_a_bounded_number_of_matches(engine: Engine) -> None:
    # thousands of places of one name (a post stuffed with hashtags) and, far behind them,
    # another name: every distinct name is still read, and the signal says matches were left
    stuffed = "#ivory #pangolin " * 3_000 + "\nalso dried seahorses, 2 kg, DM for price"
    result = analyse(engine, stuffed)
    assert {"Loxodonta africana", "Manidae", "Hippocampus"} <= names(result)
    assert result.wildlife_trade
    (bounded,) = result.signals["matches_bounded"]
    assert bounded.startswith("500 of ") and int(bounded.split()[2]) >= 6_000
    assert "matches_bounded" not in analyse(engine, "#ivory " * 10 + "for sale").signals
