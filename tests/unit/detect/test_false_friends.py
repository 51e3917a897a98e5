"""A name in one language that is an everyday word in another names nothing in a text written
in that other language, and still names its taxon in its own."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.detect.false_friends import FalseFriends
from wildtrace.domain.analysis import TaxonMatch
from wildtrace.lexicon.load import Lexicon, Term
from wildtrace.textnorm.normalise import normalise


def _read(engine: Engine, text: str) -> list[tuple[str, str]]:
    result = engine.analyse(ListingText(id="t", title="", text=text))
    return [(t.name, t.matched) for t in result.taxa]


@pytest.mark.parametrize(
    "text",
    [
        # Swahili "tuko" (we are) before words no trap lists
        "Tuko na offer ya sofa seti, laki tatu tu, delivery bure",
        "Kwa sasa tuko likizo, duka litafunguliwa Jumatatu",
        "Sisi tuko Kitengela, tunauza mkaa bei poa kila siku",
        # English "ours", Spanish "mono" as mono sound in four languages, a Turkish name
        "This table is ours now, selling the old one for $50, pickup only",
        "Mono speaker for sale, 20 dollars, great bass",
        "Diese Mono-Lautsprecher verkaufe ich für 20 Euro, Versand möglich",
        "Vendo caixa de som mono, 50 reais",
        "Mono bici in vendita, 150 euro, spedizione",
        "Nuri Bey'in dükkanında telefon satılık, 3000 TL",
        # gauze, a shop, a code, to burn, veins, a vice, "as new"
        "Jual kain kasa steril untuk luka, harga murah, kirim seluruh Indonesia",
        "Lowe's gift card for sale, $100 value, asking $80",
        "Morse code key for sale, vintage brass telegraph key, $45 shipped",
        "Don't singe your fingers: oven gloves for sale, $10 a pair",
        "Calze per vene varicose, taglia M, nuove, vendo a 15 euro",
        "Morsa da banco in ghisa, apertura 150 mm, vendo a 40 euro",
        "Sprzedam rower, jako nowy, cena 500 zł, odbiór osobisty",
        # both senses in one language: traps
        "Vendo morsa de bancada, 60 reais, retirar no local",
        "The State Duma passed the new law today, selling my old textbooks on it $20",
    ],
)
def test_everyday_words_of_another_language_name_nothing(engine: Engine, text: str) -> None:
    result = engine.analyse(ListingText(id="t", title="", text=text))
    assert result.taxa == () and not result.wildlife_trade


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Benta ko tuko, malaki na, 500 pesos lang po", "Gekko gecko"),
        ("Tuko gecko for sale, 500 pesos, PM", "Gekko gecko"),
        ("Vendo mono capuchino, 300 dólares, envío a todo el país", "Primates"),
        ("Griffe d'ours à vendre, 50 euros, envoi possible", "Ursidae"),
        ("Jual burung nuri, harga 2 juta, kirim seluruh Indonesia", "Psittaciformes"),
        ("Vends morse empaillé, 3000 euros, pour collectionneur", "Odobenus rosmarus"),
        ("Duma skin for sale, DM for price, Nairobi", "Acinonyx jubatus"),
    ],
)
def test_the_same_words_in_their_own_language_still_name(
    engine: Engine, text: str, taxon: str
) -> None:
    assert taxon in [name for name, _ in _read(engine, text)]


def _term(text: str, lang: str, kind: str, role: str | None = None) -> Term:
    return Term(text, lang, kind, role, None, None, "test", False)


FRIENDS = FalseFriends(
    Lexicon(
        (
            *(_term(w, "sw", "frequent_word") for w in ("kwa", "sasa", "na", "duka")),
            *(_term(w, "tl", "frequent_word") for w in ("ang", "po", "na", "lang")),
            _term("tuko", "tl", "false_friend", "sw"),
        ),
        (),
        "",
    )
)


def _match(matched: str) -> TaxonMatch:
    return TaxonMatch("Gekko gecko", "1", "species", "II", matched, 0, 4, "common", "d", 0.9)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("tuko kwa sasa duka", False),  # three Swahili words
        ("tuko kwa", True),  # one word is no evidence
        ("tuko na na na na", True),  # a word both languages use counts for neither
        ("tuko kwa sasa ang po lang", True),  # as many Tagalog words
        ("tuko kwa sasa duka ang", False),
    ],
)
def test_the_other_language_must_outnumber_the_name_s(text: str, kept: bool) -> None:
    match = _match("Tuko")
    assert (FRIENDS.kept([match], text) == [match]) is kept


def test_only_the_false_friend_itself_is_dropped() -> None:
    longer = _match("tuko gecko")
    assert FRIENDS.kept([longer], "tuko gecko kwa sasa duka") == [longer]


@pytest.mark.parametrize(
    "text",
    ["Se vende bar en Málaga, buena clientela, 80.000 euros", "Vendo Bar en Sevilla, 50.000 euros"],
)
def test_two_frequent_words_are_no_name_spaced_apart(engine: Engine, text: str) -> None:
    assert _read(engine, text) == []


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Rhi no horn powder, 10g, DM", "Rhinocerotidae"),
        ("ivo ry bangle old, $200", "Loxodonta africana"),
    ],
)
def test_a_name_cut_into_pieces_is_still_read(engine: Engine, text: str, taxon: str) -> None:
    assert [name for name, _ in _read(engine, text)] == [taxon]


def test_lexicon_words_are_folded_as_the_text_is() -> None:
    # written with Turkish letters in the lexicon, matched in the folded view of the text
    friends = FalseFriends(
        Lexicon(
            (
                *(_term(w, "tr", "frequent_word") for w in ("satılık", "dükkânında")),
                *(_term(w, "id", "frequent_word") for w in ("jual", "harga")),
                _term("Nuri", "id", "false_friend", "tr"),
            ),
            (),
            "",
        )
    )
    match = _match("Nuri")
    text = normalise("Nuri Bey'in dükkânında telefon satılık").text
    assert friends.kept([match], text) == []
