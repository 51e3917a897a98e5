"""Vietnamese names written as a region says them (tr/ch, s/x, l/n). Texts written for these
tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.textnorm.vietnamese_slips import vietnamese_slips


def test_one_syllable_at_a_time_gets_the_letters_said_alike() -> None:
    assert "ran ho mang trua" in vietnamese_slips("ran ho mang chua")
    assert vietnamese_slips("sung te giac") == ["xung te giac", "sung te dac", "sung te rac"]
    assert "lhung huou nai" not in vietnamese_slips("nhung huou nai")
    assert vietnamese_slips("tran gam") == []  # two syllables: chăn gấm is a quilt


def test_d_gi_and_r_are_said_alike_but_a_d_that_was_dd_is_not() -> None:
    slipped = vietnamese_slips("ran ho mang chua", "rắn hổ mang chúa")
    assert {"dan ho mang chua", "gian ho mang chua"} <= set(slipped)
    assert vietnamese_slips("doi moi dua", "đồi mồi dứa") == ["doi moi giua", "doi moi rua"]
    assert not any(s.startswith(("gioi", "roi")) for s in vietnamese_slips("doi moi dua"))


def test_final_i_and_y_are_one_sound() -> None:
    assert vietnamese_slips("ky nam", "kỳ nam") == ["ki nam"]
    assert vietnamese_slips("ca li", "cá li") == ["ca ly"]
    assert vietnamese_slips("tay") == []  # a vowel pair, not a final y


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rắn hổ mang trúa 4m nặng 7kg, hàng rừng ngâm rượu. 1tr2/kg", "Ophiophagus hannah"),
        ("Bán xừng tê giác nguyên chiếc, giá 2 tỷ, ib", "Rhinocerotidae"),
        ("Bán dắn hổ mang chúa 3m, ngâm rượu, ib giá", "Ophiophagus hannah"),
        # "trần" (a ceiling) is a trap word; inside a name it traps nothing
        ("Cần bán rùa hộp chán vàng, giá 2tr", "Cuora galbinifrons"),
    ],
)
def test_a_name_written_by_ear_is_found(engine: Engine, text: str, expected: str) -> None:
    result = engine.analyse(ListingText(id="t", title="", text=text, price=None))
    assert [t.name for t in result.taxa] == [expected]
    assert "misspelled_common" in result.taxa[0].evasion


def test_a_quilt_stays_a_quilt(engine: Engine) -> None:
    result = engine.analyse(
        ListingText(id="t", title="", text="Bán chăn gấm cưới 2m x 2m2, giá 450k", price=None)
    )
    assert result.taxa == ()
