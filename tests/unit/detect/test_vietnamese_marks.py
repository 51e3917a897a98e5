"""Vietnamese names are matched with marks folded away, but a seller who typed marks wrote
another word where the marks differ."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.detect.vietnamese_marks import has_marks, marks_disagree, vietnamese_only


@pytest.mark.parametrize(
    ("term", "written", "disagree"),
    [
        ("voi con", "với con", True),  # with (my) child, not a baby elephant
        ("vượn", "vườn", True),  # garden, not gibbon
        ("voi con", "voi con", False),
        ("voi con", "Voi Con", False),
        ("voi con", "voi  con", False),
        ("ngà voi", "nga voi", False),  # typed without marks: read as the name
        ("trầm hương khánh hòa", "Trầm hương Khánh Hoà", False),  # tone on either vowel
        ("đồi mồi", "đồi mồi", False),
        ("đồi mồi", "dồi mồi", True),
        ("tê tê", "tê tế", True),
        # one syllable's marks typed wrong in a name of three syllables or more is a slip
        ("rùa hộp trán vàng", "Rùa hôp trán vàng", False),
        ("rùa hộp trán vàng", "Rùa hôp trấn vàng", True),
        ("hổ mang chúa", "hổ mang chùa", False),
    ],
)
def test_marks_disagree(term: str, written: str, disagree: bool) -> None:
    assert marks_disagree(term, written) is disagree


def test_has_marks() -> None:
    assert has_marks("với") and has_marks("đi") and not has_marks("voi con")


@pytest.mark.parametrize(
    ("written", "only"),
    [
        ("cuốn", True),  # two marks on one letter
        ("cả", True),  # hook above
        ("ơ", True),  # horn
        ("ạ", True),  # dot below
        ("đi", True),
        ("cuón", False),  # Spanish
        ("Bären", False),
        ("ağaç", False),  # Turkish breve
        ("naïve", False),
        ("กล้วยไม้", False),  # Thai marks on Thai letters
        ("ที่", False),
    ],
)
def test_vietnamese_only(written: str, only: bool) -> None:
    assert vietnamese_only(written) is only


@pytest.mark.parametrize(
    "text",
    [
        "Bán bánh cuốn nóng, 30k một đĩa, giao tận nơi, liên hệ Zalo",
        "Bán gỏi cuốn tôm thịt 5k một cuốn, đặt hàng qua Zalo",
    ],
)
def test_names_of_other_languages_are_not_read_in_vietnamese_words(
    engine: Engine, text: str
) -> None:
    result = engine.analyse(ListingText(id="t", title="", text=text))
    assert result.taxa == () and not result.wildlife_trade


def test_names_written_without_vietnamese_marks_still_read(engine: Engine) -> None:
    result = engine.analyse(
        ListingText(id="t", title="", text="Bán Python regius baby, giá 2 triệu, ship toàn quốc")
    )
    assert [t.name for t in result.taxa] == ["Python regius"]
