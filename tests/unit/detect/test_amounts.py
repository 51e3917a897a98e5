"""Sums written in Latin-American, Indonesian, Korean and Swahili ways are sums; numbers that
only look like them are not."""

from __future__ import annotations

import pytest

from wildtrace.detect.amounts import find_amounts


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("precio 450.000 COP", "450.000 COP"),
        ("Bs 300 c/u", "Bs 300"),
        ("S/350 cada uno", "S/350"),
        ("R$1.200 o casal", "R$1.200"),
        ("450rb nego", "450rb"),
        ("harga 2 juta", "2 juta"),
        ("15jt aja", "15jt"),
        ("분양가 30만원", "30만"),
        ("₡25000 cada uno", "₡25000"),
        ("200 mil pesos", "200 mil pesos"),
        ("80 lucas", "80 lucas"),
        ("bei elfu 50", "elfu 50"),
        ("50 soles", "50 soles"),
        ("GRIS DU GAB0N 9OO€", "9OO€"),  # OCR'd boards: O for 0
        ("LORO AMAZONA 35O€ c/u", "35O€"),
    ],
)
def test_a_sum_is_found(text: str, amount: str) -> None:
    assert [text[a:b] for a, b in find_amounts(text)] == [amount]


@pytest.mark.parametrize(
    "text",
    [
        "10 mil seguidores",
        "Q1 2024 report",
        "1/2 price",
        "A4 paper",
        "mp3 player 30 GB",
        "B1OO model",
        "10oz jar",
    ],
)
def test_a_number_that_is_no_sum(text: str) -> None:
    assert find_amounts(text) == []
