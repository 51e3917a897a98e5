"""Latin names written in Cyrillic letters, Chinese brands named after an animal (X牌), toy
words typed without their accents, listings that say the animal is not included, names
whose words each add a product word to the other, and names sellers use on local platforms.
Texts written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from wildtrace.detect.cyrillic_binomials import romanised
from wildtrace.detect.engine import Engine, ListingText
from wildtrace.domain.analysis import Analysis


def _analyse(engine: Engine, text: str) -> Analysis:
    return engine.analyse(ListingText(id="t", title="", text=text, price=None))


def _names(result: Analysis) -> list[str]:
    return sorted(t.name for t in result.taxa)


# --- scientific names in Cyrillic letters -------------------------------------------------------


def test_cyrillic_letters_take_the_latin_spelling_of_latin_names() -> None:
    found = romanised("коруция зебрата")
    assert found is not None
    text, offsets = found
    assert text == "coruciia zebrata"
    assert len(offsets) == len(text)
    assert offsets[text.index("z")] == "коруция зебрата".index("з")
    assert romanised("одно слово") is not None  # two words: a binomial may be written
    assert romanised("кот") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Коруция зебрата взрослая самка, ввоз без бумаг. 70 000 р", "Corucia zebrata"),
        ("Мантелла ауранциака, 5 шт, из природы, без документов. 4 тыс", "Mantella aurantiaca"),
        ("Астрохелис радиата 3 шт, 20 тыс, без документов", "Astrochelys radiata"),
    ],
)
def test_a_binomial_in_cyrillic_is_found(engine: Engine, text: str, expected: str) -> None:
    result = _analyse(engine, text)
    assert _names(result) == [expected]
    match = result.taxa[0]
    assert "transliteration" in match.evasion
    assert text[match.start : match.end] == match.matched
    assert result.wildlife_trade


@pytest.mark.parametrize(
    "text",
    ["красивая девушка продаёт старую машину, 70 000 р", "продам коляску зимнюю, 5000 р"],
)
def test_ordinary_russian_reads_no_binomial(engine: Engine, text: str) -> None:
    assert _names(_analyse(engine, text)) == []


# --- brands, toys without accents, cages without the animal --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "八十年代熊猫牌(Panda)半导体收音机，能响，¥120 包邮",
        "日本虎牌 Tiger 保温杯480ml，全新未拆。¥159",
        "jacare de pelucia 1,20m, verde, da loja de brinquedos. R$ 60",
        "Funko Pop Rhino, Spider-Man villain, mint in box. $25",
        "Eisbär Teddy, weiß, 30 cm, Knopf im Ohr. 60€",
        "중형 앵무새 케이지랑 자연목 횃대 팝니다. 새는 없어요. 5만원",
        "Large parrot cage with stand, bird not included, $120",
        "Наш полосатый Барсик сегодня снова украл котлету со стола",
        "나주곰탕 🐻 2인분 밀키트 진한 국물 13,900원",
    ],
)
def test_brands_toys_and_empty_cages_are_no_wildlife(engine: Engine, text: str) -> None:
    result = _analyse(engine, text)
    assert _names(result) == []
    assert not result.wildlife_trade


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("象牙牌 一副 老麻将 ¥5000", "Loxodonta africana"),  # an ivory tile is no brand
        ("African grey with cage $900, DM", "Psittacus erithacus"),
        ("Продам шкуру барса, 200 тыс", "Panthera uncia"),
    ],
)
def test_the_animal_itself_stays(engine: Engine, text: str, expected: str) -> None:
    assert _names(_analyse(engine, text)) == [expected]


# --- two names that each add a product word ----------------------------------------------------


def test_the_blood_python_is_read_over_a_baby_python(engine: Engine) -> None:
    # "Baby sawa" (a python, baby = live) and "sawa darah" (the blood python, darah = blood)
    result = _analyse(engine, "Baby sawa darah merah menyala 3 ekor, tanpa dokumen. RM350 seekor")
    assert _names(result) == ["Python brongersmai"]
    assert result.wildlife_trade


# --- names on local platforms ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("레오파드 토터스 새끼 3마리, 서류 없는 개체라 싸게. 마리당 25만", "Stigmochelys pardalis"),
        ("만텔라 오렌지 10마리 일괄 분양, 수입 서류 없어요. 마리당 3만", "Mantella aurantiaca"),
        ("عندي جوج ديال الحرباء المتوسطية حية، الواحد ب 150 درهم", "Chamaeleo chamaeleon"),
        ("كافيار (أوسيترا فارسي) ٥٠ غرام بدون ختم، السعر ٩٠٠ درهم", "Acipenser persicus"),
        ("Венерин башмачок настоящий, выкопан в лесу, продам 1500 р куст", "Cypripedium calceolus"),
    ],
)
def test_local_names(engine: Engine, text: str, expected: str) -> None:
    assert _names(_analyse(engine, text)) == [expected]


# --- the Thai zero as an o, printed patterns, more brands --------------------------------------


def test_the_thai_zero_stands_for_an_o_in_a_latin_word(engine: Engine) -> None:
    result = _analyse(engine, "หา sl๐w l๐ris ลูกเล็กๆ เลี้ยงในคอนโด ใครมีทักหน่อย งบ 5,000")
    assert _names(result) == ["Nycticebus"]
    assert "leetspeak" in result.taxa[0].evasion
    assert _names(_analyse(engine, "ราคา ๑๐๐ บาท ๕๐๐ ชิ้น")) == []  # Thai numbers stay numbers


@pytest.mark.parametrize(
    "text",
    [
        "虎牌啤酒 Tiger 330ml 24罐 一箱 ¥118 包邮",
        "เสื้อฮาวายลายนกแก้ว ผ้าไหมอิตาลี มี M-XXL ตัวละ 259",
        "Mikoba ya PU leather, design ya ngozi ya mamba, rangi nyeusi. Sio ngozi halisi. Ksh 2,200",
    ],
)
def test_printed_patterns_and_brands(engine: Engine, text: str) -> None:
    result = _analyse(engine, text)
    assert _names(result) == []
    assert not result.wildlife_trade


def test_swahili_fins_of_a_hammerhead_in_leetspeak(engine: Engine) -> None:
    result = _analyse(engine, "Mapezi ya h4mm3rh3ad kavu kg 15, yametoka Kilwa. TSh 120,000/kg")
    assert _names(result) == ["Sphyrnidae"]
    assert result.wildlife_trade


# --- a name cut short after the whole name; Vietnamese figures ---------------------------------


def test_a_name_cut_short_is_the_same_animal(engine: Engine) -> None:
    text = "Paket: 1 kasturi ternate jinak, 2 serindit melayu. Kasturi 2,5jt, serindit 350rb/ekor."
    assert _names(_analyse(engine, text)) == ["Loriculus galgulus", "Lorius garrulus"]


def test_a_material_after_a_longer_name_stays(engine: Engine) -> None:
    text = "Ready gading merah utuh 3jt, juga gading gajah potongan 2kg 10jt"
    assert _names(_analyse(engine, text)) == ["Loxodonta africana", "Rhinoplax vigil"]


def test_a_vietnamese_statue_is_no_animal(engine: Engine) -> None:
    result = _analyse(engine, "Tượng tê giác composite phủ nhũ đồng, cao 35cm. 1tr1, freeship")
    assert _names(result) == []


# --- food for the animal; a panther by its Malagasy locality ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "خلطة بذور للببغاوات 5 كيلو 60 ريال، دخن أحمر 15، بذور دوار الشمس 20",
        "Papageienfutter Körnermischung 5 kg, 14€",
        "鹦鹉粮 2.5kg 装，进口，¥89 包邮",
    ],
)
def test_food_named_after_the_animal_is_no_animal(engine: Engine, text: str) -> None:
    result = _analyse(engine, text)
    assert _names(result) == []
    assert not result.wildlife_trade


def test_a_panther_from_a_malagasy_locality_is_the_chameleon(engine: Engine) -> None:
    text = "Arrivage direct Madagascar : panthères Ambilobe mâles 120€, sans CITES"
    assert _names(_analyse(engine, text)) == ["Furcifer pardalis"]
    assert _names(_analyse(engine, "Panthère des neiges, peau, 3000€, Tibet")) == ["Panthera uncia"]
