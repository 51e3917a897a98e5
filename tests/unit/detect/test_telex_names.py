"""Vietnamese names typed in Telex with the input method off (telex_names.py)."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.detect.telex_names import TelexNames, untelex


def _taxa(engine: Engine, title: str, text: str = "") -> dict[str, tuple[str, ...]]:
    result = engine.analyse(ListingText(id="t", title=title, text=text))
    return {t.name: t.evasion for t in result.taxa}


@pytest.mark.parametrize(
    ("word", "plain"),
    [
        ("tee", "te"),
        ("giacs", "giac"),
        ("thaajt", "that"),
        ("suwngf", "sung"),
        ("dduowngf", "duong"),
        ("nguyeen", "nguyen"),
        ("class", "class"),  # no Vietnamese syllable
        ("books", "books"),
    ],
)
def test_telex_keys_are_taken_out(word: str, plain: str) -> None:
    assert untelex(word) == plain


@pytest.mark.parametrize(
    ("title", "text", "taxon"),
    [
        ("Bans suwngf tee giacs thaajt", "lieen hej zalo 0912", "Rhinocerotidae"),
        ("Hor coots nguyeen chaats", "5tr mootj laj", "Panthera tigris"),
        ("Cần bán ngaf voi", "hàng chuẩn, 5tr", "Loxodonta africana"),
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


def test_only_names_of_two_words_with_keys_beyond_a_final_s() -> None:
    names = TelexNames([("te giac", "R"), ("ho", "T"), ("rua da", "D")])
    assert [p for _, _, p in names.find("ban tee giacs")] == [("R",)]
    assert names.find("hor") == []  # a one-word name is too easily made
    assert names.find("rua das palmeiras") == []  # only a final s
    assert names.find("tee, giacs") == []  # not side by side
