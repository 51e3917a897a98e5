"""Evasion tricks on harmless goods, and the real offers that use the same tricks.

Leet spellings, spaced letters and emoji are also how shops style their names and how
grocers decorate their ads. These texts were written for these tests (not taken from any
corpus): ivory as a colour beside a word for colour, leet shop names before a business word,
scale models, emoji beside a brand or a trap phrase, a trap glossing a word in brackets,
toys crocheted; and the offers that must keep their taxon and their trade decision.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.textnorm.deobfuscate import deobfuscate
from wildtrace.textnorm.normalise import normalise

NEGATIVES = [
    pytest.param(
        "Sofa 3 seats", "Fabric sofa, colour: cream/ivory, 3 seats. 200 EUR.", id="colour-list"
    ),
    pytest.param(
        "Обои", "Обои флизелиновые цвета слоновой к0сти, 5 рулонов, 1 500 руб.", id="ru-colour"
    ),
    pytest.param("Tapis", "Tapis berbère, couleur : ivoire, 160x230, 90 €.", id="fr-colour"),
    pytest.param("Kanaba", "Kanaba lon 3aji (ivory), 3 ma2a3ed, 300 dinar.", id="arabizi-colour"),
    pytest.param(
        "T1GER Logistics",
        "T1GER Logistics: moving vans for hire. Call 0812 555 0101.",
        id="leet-firm",
    ),
    pytest.param(
        "DJ S1MBA", "DJ S1MBA live at Club Uhuru this Friday, entry 500 KSh.", id="leet-dj"
    ),
    pytest.param(
        "Cafe Con Voi 🐘", "Cafe Con Voi 🐘 rang xay 500g, giá 120k, freeship.", id="cafe-logo"
    ),
    pytest.param("Модель", "Модель «Tигр» в масштабе 1:43, металл, 1 500 руб.", id="scale-ru"),
    pytest.param(
        "Tiger I tank kit", "Tiger I tank, 1/35 scale plastic kit, $40 shipped.", id="scale-en"
    ),
    pytest.param("Gummibärchen", "Gummibärchen vom Bäcker 🐻🐻 1 kg Beutel, 6 €.", id="gummy-de"),
    pytest.param(
        "Kopi edisi satwa",
        "Teh celup edisi satwa 🐘🦏🐯 isi 25 kantong, promo 15rb.",
        id="decorated-tea",
    ),
    pytest.param(
        "1V0RY ベッドカバー",
        "1V0RY（アイボリー）ベッドカバー、ダブル、1回使用。3,000円。",
        id="gloss-ja",
    ),
    pytest.param(
        "Crocheted tiger", "Crocheted tiger amigurumi, 20 cm, made to order. $25.", id="crochet"
    ),
]


@pytest.mark.parametrize(("title", "text"), NEGATIVES)
def test_harmless_goods_name_no_taxon(engine: Engine, title: str, text: str) -> None:
    result = engine.analyse(ListingText(id="n", title=title, text=text))
    assert not result.taxa, [(t.name, t.matched) for t in result.taxa]


OFFERS = [
    pytest.param("Ivory bangle, natural colour, old, 300 USD", "Loxodonta africana", id="ivory"),
    pytest.param(
        "r h i n o - h o r n piece 200 g, WA +84 912 555 010", "Rhinocerotidae", id="rhino"
    ),
    pytest.param(
        "Filhote de a r a r a - a z u l, R$ 12.000, chama no zap",
        "Anodorhynchus hyacinthinus",
        id="arara-azul",
    ),
    pytest.param(
        "Tiger skin rug, arrived 1/12/2023, 500 USD", "Panthera tigris", id="date-not-scale"
    ),
    pytest.param("Sisiw na 🦜 pulang puwit, 15k, PM", "Cacatua haematuropygia", id="emoji-descr"),
    pytest.param("Deux bébés 🐒 de l'Atlas, 500 € pièce", "Macaca sylvanus", id="emoji-atlas"),
]


@pytest.mark.parametrize(("text", "taxon"), OFFERS)
def test_offers_with_the_same_tricks_keep_their_taxon(
    engine: Engine, text: str, taxon: str
) -> None:
    result = engine.analyse(ListingText(id="o", title="", text=text))
    assert taxon in [t.name for t in result.taxa]
    assert result.wildlife_trade


@pytest.mark.parametrize(
    "text",
    [
        "Prodam rog nosoroga, 1 kg, pishite v lichku.",
        "3aj fil asli, 2 anyab, el se3r 3al khas.",
    ],
    ids=["ru-latin", "arabizi"],
)
def test_romanised_sale_words_make_an_offer(engine: Engine, text: str) -> None:
    result = engine.analyse(ListingText(id="r", title="", text=text))
    assert result.taxa
    assert result.wildlife_trade


def test_spelt_out_words_keep_the_hyphen_between_them() -> None:
    view = deobfuscate(normalise("a r a r a - a z u l"))
    assert view.text == "arara-azul"
    assert set(view.tactics) == {"spaced_letters"}


def test_a_lone_hyphen_between_letters_is_still_dropped() -> None:
    assert deobfuscate(normalise("i-v-o-r-y")).text == "ivory"
