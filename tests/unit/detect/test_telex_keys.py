"""Vietnamese names typed in Telex with the input method off (textnorm/telex_keys.py, spelled
at build by derived_terms.telex_typed)."""

from __future__ import annotations

import pytest

from wildtrace.detect.derived_terms import telex_typed
from wildtrace.detect.engine import Engine, ListingText
from wildtrace.lexicon.load import Term
from wildtrace.textnorm.telex_keys import telex_spellings


def _taxa(engine: Engine, title: str, text: str = "") -> dict[str, tuple[str, ...]]:
    result = engine.analyse(ListingText(id="t", title=title, text=text))
    return {t.name: t.evasion for t in result.taxa}


@pytest.mark.parametrize(
    ("marked", "typed"),
    [
        ("tê giác", ["tee giacs", "tee giasc"]),
        ("sừng tê giác", ["suwngf tee giacs", "suwfng tee giasc"]),
        ("đồi mồi", ["ddooif mooif"]),
        ("thật", ["thaatj", "thaajt"]),
        ("ngà voi", ["ngaf voi"]),
        ("voi rừng", ["voi ruwngf", "voi ruwfng"]),
        ("te giac", []),  # nothing to type
    ],
)
def test_telex_spellings(marked: str, typed: list[str]) -> None:
    assert telex_spellings(marked) == typed


@pytest.mark.parametrize(
    ("title", "text", "taxon"),
    [
        ("Bans suwngf tee giacs thaajt", "lieen hej zalo 0912", "Rhinocerotidae"),
        ("Hoor coots nguyeen chaats", "5tr mootj laj", "Panthera tigris"),
        ("Cần bán ngaf voi", "hàng chuẩn, 5tr", "Loxodonta africana"),
        ("Vongf tay ddooif mooif", "2tr, ship COD", "Eretmochelys imbricata"),
    ],
)
def test_a_name_typed_in_telex_is_found(engine: Engine, title: str, text: str, taxon: str) -> None:
    assert _taxa(engine, title, text)[taxon] == ("misspelled_common",)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Academia Fitness, Rua das Palmeiras 210", "matrícula grátis, R$ 89/mês"),
        ("Free good books, see now", "moose and geese pictures, 5 dollars"),
    ],
)
def test_words_of_other_languages_are_no_telex(engine: Engine, title: str, text: str) -> None:
    assert _taxa(engine, title, text) == {}


def _term(text: str, lang: str = "vi") -> Term:
    return Term(text, lang, "name", None, "X", None, source="test", reviewed=False)


def test_only_vietnamese_names_of_two_words_are_spelled() -> None:
    terms = [_term("tê giác"), _term("hổ"), _term("tê giác", lang="fr")]
    derived = telex_typed([("te giac", t) for t in terms], known={"te giac"})
    assert [(text, t.role) for text, t in derived] == [
        ("tee giacs", "misspelled"),
        ("tee giasc", "misspelled"),
    ]
