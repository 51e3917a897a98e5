from __future__ import annotations

import pytest

from wildtrace.textnorm.deobfuscate import deobfuscate
from wildtrace.textnorm.normalise import normalise


@pytest.mark.parametrize(
    ("text", "expected", "tactic"),
    [
        ("Real 1v0ry bangle", "real ivory bangle", "leetspeak"),
        ("p4ngolin scales", "pangolin scales", "leetspeak"),
        ("i.v.o.r.y mala", "ivory mala", "spaced_letters"),
        ("r h i n o horn", "rhino horn", "spaced_letters"),
        ("p-a-n-g-o-l-i-n", "pangolin", "spaced_letters"),
        ("hạt s.ừ.n.g t.ê", "hat sung te", "spaced_letters"),
        ("ผง น.อ.แ.ร.ด แท้", "ผง นอแรด แท", "spaced_letters"),  # tone marks dropped in this view
    ],
)
def test_deobfuscation_undoes_tactics_and_keeps_offsets(
    text: str, expected: str, tactic: str
) -> None:
    view = deobfuscate(normalise(text))
    assert view.text == expected
    assert tactic in view.tactics_in(0, len(view.text))
    start, end = view.span(0, len(view.text))
    assert (start, end) == (0, len(text.rstrip("้")))  # a final tone mark is dropped here


@pytest.mark.parametrize(
    "text", ["price 1200 USD, 500g", "size 2-5 kg", "I have a big one", "call 0912 345 678"]
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    view = deobfuscate(normalise(text))
    assert "leetspeak" not in view.tactics_in(0, len(view.text))
    assert view.text == normalise(text).text


def test_homoglyphs_only_inside_latin_words() -> None:
    assert normalise("\u0456v\u043ery").text == "ivory"
    assert normalise("слоновая кость").text == "слоновая кость"


def test_zero_width_and_accents() -> None:
    folded = normalise("Ivo\u200bry Ét\u00e9")
    assert folded.text == "ivory ete"
    assert folded.span(0, 5) == (0, 6)


def test_latin_look_alikes_inside_russian_words_are_folded_and_flagged() -> None:
    folded = normalise("Икра бeлyги")  # Latin e and y inside a Cyrillic word
    assert folded.text == "икра белуги"
    assert folded.homoglyph_positions == {6, 8}
    assert normalise("iPhone X, Москва").text == "iphone x, москва"


def test_arabic_spelling_variants_fold_to_one_form() -> None:
    assert normalise("سلحفاة").text == normalise("سلحفاه").text
    assert normalise("حبارى").text == normalise("حباري").text
    assert normalise("عـــاج").text == "عاج"  # tatweel stretches a word


def test_persian_yeh_inside_arabic_word_is_a_homoglyph() -> None:
    folded = normalise("حباری")
    assert folded.text == normalise("حبارى").text
    assert folded.homoglyph_positions == {4}


def test_latin_word_with_cyrillic_letters_stays_latin() -> None:
    assert normalise("Buche de tоtоaba, Москва").text == "buche de totoaba, москва"


def test_hangul_syllables_stay_whole() -> None:
    """Split into letters, "사자" (lion) would match inside "사장" (boss)."""
    folded = normalise("사장님 코끼리")
    assert folded.text == "사장님 코끼리"
    assert "사자" not in folded.text


def test_russian_word_with_latin_letters_stays_russian() -> None:
    """A Cyrillic letter beside a Latin look-alike in a Russian word is not folded to Latin."""
    folded = normalise("Рoга сайгакa")
    assert folded.text == "рога саигака"
    assert folded.homoglyph_positions == {1, 11}


def test_thai_vowel_signs_and_tone_marks_are_kept() -> None:
    assert normalise("พยุง พยูง ปรับปรุง").text == "พยุง พยูง ปรับปรุง"
    assert normalise("ช้าง เสื้อ").text == "ช้าง เสื้อ"  # tone marks too: เสื้อ (shirt) ≠ เสือ
    # this view drops tones, and joins letters spelt out to the Thai word before them
    assert deobfuscate(normalise("ไม้ พ ะ ยู ง")).text == "ไมพะยูง"


def test_cyrillic_three_is_ze_by_shape_and_ye_between_consonants() -> None:
    text = deobfuscate(normalise("ро3ы, 3мея и кр3ч3т")).text
    assert "розы" in text and "змея" in text and "кречет" in text


def test_a_2_after_a_word_is_written_out_as_its_plural() -> None:
    folded = normalise("Jual buaya2 muara, 2 ekor, 2jt")
    view = deobfuscate(folded)
    assert view.text == "jual buaya-buaya muara, 2 ekor, 2jt" and view.changed
    start = view.text.index("buaya muara")  # the copy points at the word the seller wrote
    assert folded.original[slice(*view.span(start, start + len("buaya muara")))] == "buaya2 muara"


@pytest.mark.parametrize("text", ["5cm x 10mm", "1kg 3rd class", "R$ 120", "US$ 40", "5斤装 4米"])
def test_measures_currencies_and_numbers_in_cjk_are_not_leetspeak(text: str) -> None:
    assert not deobfuscate(normalise(text)).changed


@pytest.mark.parametrize(("text", "plain"), [("0x b0ne", "ox bone"), ("p4ngolim", "pangolim")])
def test_leetspeak_beside_them_is_still_undone(text: str, plain: str) -> None:
    assert deobfuscate(normalise(text)).text == plain


def test_thai_tone_marks_do_not_split_a_word_into_spaced_letters() -> None:
    # the view drops tone marks (a hit found so must be long), but joins no words
    assert deobfuscate(normalise("ขาย 3 นิ้ว ส่ง ฟรี")).text == "ขาย 3 นิว สง ฟรี"
    assert deobfuscate(normalise("น.อ.แ.ร.ด")).text == "นอแรด"


def test_a_word_of_mostly_leet_digits_is_still_read() -> None:
    assert deobfuscate(normalise("Netsuke in 4v0r10 vero")).text == "netsuke in avorio vero"
