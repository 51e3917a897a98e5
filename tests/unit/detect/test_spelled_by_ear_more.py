"""Misspellings sellers make by ear: Russian voiced and voiceless consonants swapped, a final h
added or dropped in Malay and Indonesian, an Arabic final hamza left out, Japanese ヅ for ズ,
two-word names glued; and a Russian model code after a name. Texts written for these tests,
not taken from any corpus."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.textnorm.normalise import normalise


def _names(engine: Engine, text: str) -> list[str]:
    result = engine.analyse(ListingText(id="t", title="", text=text, price=None))
    return sorted(t.name for t in result.taxa)


def test_zu_and_du_fold_alike() -> None:
    assert normalise("ケヅメリクガメ").text == normalise("ケズメリクガメ").text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Шкура белого медветя 2,4 м, выделанная, без бумаг. 450 000", "Ursus maritimus"),
        ("Кречед белой морфы, самка, Чукотка. Документов нет, цена 600 000", "Falco rusticolus"),
        ("murai batuh medan ekor 27 cm, tangkapan hutan. 1,8jt", "Kittacincla malabarica"),
        ("Jual sanca dara merah 1,2 m jinak. 750rb", "Python brongersmai"),
        ("حربا يمنيه ذكر كبير، 250 ريال مع القفص", "Chamaeleo calyptratus"),
        ("ケズメリクガメ 甲長25cm 譲渡書なし 2万円", "Centrochelys sulcata"),
        ("venusflytraps dug out the bog, big clumps. $15 a clump", "Dionaea muscipula"),
        ("Kinkajoo baby 10 wks, bottle fed, not papered. $2800 firm", "Potos flavus"),
    ],
)
def test_a_name_spelled_by_ear_is_found(engine: Engine, text: str, expected: str) -> None:
    assert _names(engine, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Снегоход Рысь УС-440, 2012 г., на ходу. 150 000, торг",
        "Viatu Nike Kobe 6 size 43, original kutoka Marekani. 180,000",
        "Set 6 chiodi piton vecchi da arrampicata in acciaio. 25€",
        "Cinturón colombiano de cuero de vaca, hecho a mano, $40",
    ],
)
def test_models_brands_and_gear_are_no_animal(engine: Engine, text: str) -> None:
    assert _names(engine, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ミツヅノのオス、ケニア便のWC個体。CB証明なし、格安。", "Trioceros jacksonii"),
        ("🐊 สยามแท้ ไม่ใช่ลูกฟาร์ม ยาว 60-80 ซม. มี 5 ตัว ตัวละ 3,000", "Crocodylus siamensis"),
        ("🦎 hoa loại to 3kg/con, bắt ở U Minh, còn sống. 📦 ship COD.", "Varanus salvator"),
        ("Huevos de la arribada de anoche. Docena a 200 córdobas", "Lepidochelys olivacea"),
    ],
)
def test_traders_short_names(engine: Engine, text: str, expected: str) -> None:
    assert _names(engine, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Our rescue has a 10 week old tortoiseshell girl, black and ginger. Adoption fee £80",
        "自家繁殖的鹤顶红金鱼，5-6cm，一对60，可同城自提",
        "Fard à joues poudre teinte bois de rose, 5 g, 8€",
        "3-Sitzer Sofa, Bezug Elfenbein, Cord, 200€",
    ],
)
def test_cats_goldfish_and_colours_are_no_wildlife(engine: Engine, text: str) -> None:
    assert _names(engine, text) == []


def test_a_final_h_alone_makes_no_name(engine: Engine) -> None:
    # a final h is a slip only inside a name of several words ("murai batuh"): "akikah" (a
    # birth feast) is not "akika" (pangolin scales in Yoruba)
    text = "Kambing korban dan akikah, cukup umur dan sihat. Harga dari RM 1,200"
    assert _names(engine, text) == []
