"""Words cut into syllables ("pan gol in", "iv-ory", "rhi no") and unspaced scripts split by
punctuation ("象-牙") are read as the word, and report the spaced_letters evasion; ordinary
short words side by side do not join into names."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.mark.parametrize(
    ("title", "taxon"),
    [
        ("pan gol in scales for sale, DM", "Manidae"),
        ("pan-go-lin scales for sale, DM", "Manidae"),
        ("iv ory bangle, 300 USD", "Loxodonta africana"),
        ("ivo.ry bangle 300 USD", "Loxodonta africana"),
        ("rhi no horn powder 2g telegram", "Rhinocerotidae"),
        ("象-牙手镯出售，微信联系", "Loxodonta africana"),
        ("穿*山*甲片 出售 微信", "Manidae"),
        ("i  v  o  r  y bangle, 300 USD", "Loxodonta africana"),
        ("i,v,o,r,y bangle 300 USD", "Loxodonta africana"),
        ("i~v~o~r~y bangle 300 USD", "Loxodonta africana"),
        ("i🔸v🔸o🔸r🔸y bangle 300 USD", "Loxodonta africana"),
        ("象 牙手镯 出售", "Loxodonta africana"),
        ("상 아 도장 팝니다 가격 20만원", "Loxodonta africana"),
        ("C a o  h ổ  c ố t nguyên chất, giá 2tr", "Panthera tigris"),  # words two blanks apart
        ("s i s i k  t r e n g g i l i n g jual, wa 0812", "Manidae"),
    ],
)
def test_a_word_cut_into_pieces_is_read(engine: Engine, title: str, taxon: str) -> None:
    analysis = engine.analyse(ListingText("s", title, ""))
    match = next(t for t in analysis.taxa if t.name == taxon)
    assert "spaced_letters" in match.evasion
    assert analysis.wildlife_trade


@pytest.mark.parametrize(
    "title",
    [
        "Buy one get one free, DM me for the list",
        "Là on va au bar, il y a du monde",
        "Ho ra mi no ta se la, 2 kg",
        "Mua ban xe may cu gia re, lh 0912",
        "Dijual HP bekas, no box, nego",
    ],
)
def test_short_words_side_by_side_name_nothing(engine: Engine, title: str) -> None:
    assert engine.analyse(ListingText("n", title, "")).taxa == ()
