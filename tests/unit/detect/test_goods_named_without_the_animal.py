"""Goods named by an emoji and a hint, or by a trade word alone; and the same emoji on
children's clothes, cakes, beetle kits and zodiac gifts. Written for these tests, not taken
from any corpus."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def _taxa(engine: Engine, text: str) -> list[str]:
    return [t.name for t in engine.analyse(ListingText(id="t", title="", text=text)).taxa]


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Tablas de 🌹🪵 secadas 10 años, sin papeles, precio por kilo", "Dalbergia"),
        ("Куплю клык 🦭 от 40 см, можно с трещинами, оплата на карту", "Odobenus rosmarus"),
        ("Benta ko 2 piraso ng 🐢 shell, makapal, PM lang", "Eretmochelys imbricata"),
        ("Procuro 🐢 de pé vermelho, casal adulto, pago bem", "Chelonoidis carbonarius"),
        ("Vendo scimmietta da taschino, cucciola, 1.500 €", "Cebuella pygmaea"),
        ("Bán vảy sao cát lợi sữa, gói 500 g, giao kín", "Manidae"),
        ("帯留め 白甲 斑なし、証明書なし、2万円", "Eretmochelys imbricata"),
        ("WTB 🐍 banana pied female, 800 g+, cash", "Python regius"),
    ],
)
def test_an_emoji_with_a_hint_or_a_trade_word_names_the_goods(
    engine: Engine, text: str, taxon: str
) -> None:
    assert taxon in _taxa(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "Pijama enterizo de tigre 🐯 con orejitas, talla 12 meses, 15 €",
        "Bolo de aniversário tema arara 🦜, 2 kg, encomendas com 3 dias",
        "아이들 관찰용 🦏 장수풍뎅이 사육세트, 애벌레 2마리, 2만원",
        "뱀띠 아기 돌잔치 🐍 답례품, 수건 50개 세트",
        "Year of the tiger 🐯 red envelopes, pack of 20, $5",
        "タイガース応援メガホン🐯 2本セット、500円",
    ],
)
def test_the_same_emoji_on_childrens_goods_and_gifts(engine: Engine, text: str) -> None:
    assert _taxa(engine, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "べっ甲柄のアセテート製メガネフレーム。本物の鼈甲ではありません。3,000円",
        "Collana di corallo bambù tinto rosso, 45 cm. Non è corallo prezioso. 15 €",
        "Nappe en lin lavé, 140x200, aspect ivoire. 20 €",
        "Gipsabguss eines Breitmaulnashorn-Schädels, 70 cm, aus einer Museumsauflösung. 300 €",
    ],
    ids=["ja-not", "it-not", "fr-look", "de-cast"],
)
def test_goods_said_not_to_be_the_animal(engine: Engine, text: str) -> None:
    assert _taxa(engine, text) == []


def test_a_label_on_a_crocodile_bag_is_its_cites_tag(engine: Engine) -> None:
    text = "حقيبة يد من جلد تمساح النيل من مزرعة مرخصة، مع ملصق وشهادة سايتس. ٣٠٠٠ ريال"
    assert "Crocodylus niloticus" in _taxa(engine, text)


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("Fresh na itlog ng 🐢🌊 galing Tawi-Tawi, 1,500 bawat tray", "Cheloniidae"),
        ("Tapete da pintada inteiro com cabeça, 2,10 m, só pra colecionador", "Panthera onca"),
        ("Tengo 4 colmillos de tigre pintado del monte beniano, 6 cm", "Panthera onca"),
    ],
)
def test_regional_names_of_sea_turtles_and_jaguars(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _taxa(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "Vendo billete de 50 pesos del ajolote, serie AA, sin circular. 120 pesos",
        "Cédula de R$ 200 com o lobo-guará, flor de estampa. Vendo por R$ 260",
        "Nahitaji mafuta ya nazi kwa dawa ya mgongo ya babu. KSh 500",
    ],
    ids=["banknote-es", "banknote-pt", "sw-back"],
)
def test_banknotes_and_a_back_are_no_animals(engine: Engine, text: str) -> None:
    assert _taxa(engine, text) == []


def test_animals_in_plastic_crates_are_not_plastic(engine: Engine) -> None:
    text = "Trovati 300 esemplari di Testudo hermanni ammassati in cassette di plastica."
    assert "Testudo hermanni" in _taxa(engine, text)
