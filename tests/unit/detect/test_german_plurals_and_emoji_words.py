"""German names in the plural, German "ab" that is no company's legal form, and emoji beside
keepers' abbreviations or glued to German Fell. Texts written for these tests, not taken from
any corpus."""

from __future__ import annotations

import pytest

from wildtrace.detect.derived_terms import german_plural
from wildtrace.detect.engine import Engine, ListingText
from wildtrace.domain.analysis import Analysis


def _analyse(engine: Engine, text: str, title: str = "", price: float | None = None) -> Analysis:
    return engine.analyse(ListingText(id="t", title=title, text=text, price=price))


def _names(result: Analysis) -> list[str]:
    return [t.name for t in result.taxa]


@pytest.mark.parametrize(
    ("singular", "plural"),
    [
        ("breitrandschildkrote", "breitrandschildkroten"),
        ("graupapagei", "graupapageien"),
        ("eisbar", "eisbaren"),
        ("ara", None),  # too short to be sure of
        ("kakadu", "kakadus"),
        ("tiger", None),
        ("stor", None),
    ],
)
def test_german_plural_endings(singular: str, plural: str | None) -> None:
    assert german_plural(singular) == plural


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Gebe 4 Breitrandschildkröten ab, Nachzucht 2023, ohne Papiere.", "Testudo marginata"),
        ("Zwei zahme Graupapageien abzugeben, nur Abholung.", "Psittacus erithacus"),
        ("Biete drei Kakadus aus Auflösung, Preis VB.", "Psittaciformes"),
    ],
)
def test_german_names_in_the_plural(engine: Engine, text: str, taxon: str) -> None:
    result = _analyse(engine, text, price=80)
    assert taxon in _names(result)
    assert result.wildlife_trade is True


def test_german_ab_is_no_swedish_company(engine: Engine) -> None:
    result = _analyse(engine, "Gebe meine Blaustirnamazone ab, spricht viel.", price=650)
    assert "Amazona aestiva" in _names(result)
    result = _analyse(engine, "Suche Pottwalzahn ab 15 cm, zahle bar.")
    assert "Physeter macrocephalus" in _names(result)


def test_a_company_in_capitals_is_still_a_company(engine: Engine) -> None:
    assert _analyse(engine, "Volvo Penta AB und Jaguar AB Aktien, Kurs heute").taxa == ()
    assert _analyse(engine, "Tiger Brands Ltd shares rose 3% today").taxa == ()


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("3 x 🐢 THH, fressen gut, 50 € pro Tier", "Testudo hermanni"),
        ("Suche 2 griechische 🐢, Weibchen, zahle bar", "Testudo hermanni"),
        ("Струя 🦌 саянская, мешочки целые, 25 000 за мешочек", "Moschus moschiferus"),
        ("Рога степной 🦌, 2 шт, без документов, 40 000", "Saiga tatarica"),
        ("Alter 🐆-Fell-Vorleger mit Kopf, Preis auf Anfrage", "Panthera pardus"),
        ("🐺 Fell, groß, aus Nachlass, nur Abholung", "Canis lupus"),
    ],
)
def test_an_emoji_with_a_keeper_or_goods_word_names_the_species(
    engine: Engine, text: str, taxon: str
) -> None:
    result = _analyse(engine, text)
    assert _names(result) == [taxon]
    assert "emoji" in result.taxa[0].evasion


@pytest.mark.parametrize(
    "text",
    ["🐢 Schildkröten-Sandkasten aus Kunststoff, 20 €", "Ein 🦌 im Garten heute früh, so schön!"],
)
def test_the_same_emoji_without_the_words_names_no_species(engine: Engine, text: str) -> None:
    result = _analyse(engine, text)
    assert "Testudo hermanni" not in _names(result)
    assert "Moschus moschiferus" not in _names(result)
    assert "Saiga tatarica" not in _names(result)


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        (
            "Jual 🪵 wangi Kalimantan kelas super, tenggelam di air, 1 ons Rp 12.000.000.",
            "Aquilaria",
        ),
        ("Haarkamm aus echtem 🐢🐚, honigfarben, 1950er Jahre, 140 €.", "Eretmochelys imbricata"),
        ("진품 🦌향 1g 러시아산, 공진단 만들 때 씁니다. 35만원", "Moschus"),
        ("Vảy 🐜🐻 khô sạch 1kg, hàng châu Phi về.", "Manidae"),
        ("🐍 darah merah Sumatra, tangkapan alam, 1,5 m. Rp 750.000.", "Python brongersmai"),
        ("Cerco 🦉 reale giovane preso in natura, per falconeria.", "Bubo bubo"),
        ("방사🐢 아성체 구합니다, 서류 없어도 됨. 200만원까지.", "Astrochelys radiata"),
    ],
    ids=[
        "agarwood",
        "tortoiseshell",
        "musk-ko",
        "anteater",
        "blood-python",
        "eagle-owl",
        "radiated",
    ],
)
def test_an_emoji_with_its_hint_word(engine: Engine, text: str, taxon: str) -> None:
    result = _analyse(engine, text, price=750000)
    assert _names(result) == [taxon]


@pytest.mark.parametrize(
    "text",
    [
        "🐯🦐 Tôm sú size 20 con/kg, giao trong ngày. 380.000đ/kg.",
        "Bulbi di aglio elefante 🐘🧄 da piantare, 5 pezzi. 8 €.",
        "Cupcake kaktus 🌵🧁 12 biji, krim hijau, RM 45.",
        "곰돌이 🐻 젤리 대용량 1kg, 과일맛. 9,900원",
        "Eintracht-Schal 🦅⚫⚪🔴, neu mit Etikett. 15 €.",
        "Магнит 🐍 символ года, 10 шт, 1 500 ₽.",
    ],
    ids=["prawns", "garlic", "cupcakes", "gummies", "scarf", "zodiac"],
)
def test_an_emoji_beside_food_a_team_or_a_zodiac_sign(engine: Engine, text: str) -> None:
    assert _analyse(engine, text, price=15).taxa == ()


def test_turtle_eggs_and_tiger_bone_wine_keep_their_emoji(engine: Engine) -> None:
    assert _names(_analyse(engine, "🐢🥚 segar dari pantai, 100 butir", price=250000)) == [
        "Cheloniidae"
    ]
    assert "Panthera tigris" in _names(_analyse(engine, "🐯🍷 rượu cốt 5 năm, 2tr/chai, ib"))


def test_a_panther_chameleon_is_no_leopard(engine: Engine) -> None:
    result = _analyse(engine, "Mâles 🦎 panthère, localité Nosy Be, sans CITES. 150 € pièce.")
    assert _names(result) == ["Furcifer pardalis"]
