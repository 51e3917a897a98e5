"""Names and intent words written in another script or romanised as sellers type them:
katakana names in hiragana, Malay in Jawi, Russian and Korean in Latin letters, Japanese romaji;
and the everyday words such spellings meet (koi varieties, a butterfly, a marketplace's
initials). Texts written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def _read(engine: Engine, text: str) -> tuple[dict[str, tuple[str, ...]], bool]:
    result = engine.analyse(ListingText(id="t", title="", text=text, price=None))
    return {t.name: t.evasion for t in result.taxa}, result.wildlife_trade


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ほうしゃがめ の べびー 2ひき おゆずりします。しょるい なし。", "Astrochelys radiata"),
        ("すろーろりす の こども、よる げんき です。おゆずりします。", "Nycticebus"),
        ("つきのわぐま の くまのい 1こ うります。てわたし のみ。", "Ursus thibetanus"),
    ],
)
def test_a_katakana_name_spelled_in_hiragana_is_found_and_offered(
    engine: Engine, text: str, expected: str
) -> None:
    found, trade = _read(engine, text)
    assert expected in found
    assert "transliteration" in found[expected]
    assert trade


@pytest.mark.parametrize(
    "text",
    [
        "それじゃこうしよう、また あした。",  # "じゃこう" (musk) inside everyday words
        "にわ で じゃこうあげは の さなぎ を みつけました。",  # the musk swallowtail
        "Carpa koi shiro bekko, 20 cm, allevamento giapponese. 50€.",
        "在 XY 上买的耳机，九成新，原价转。",
    ],
)
def test_everyday_words_stay_everyday(engine: Engine, text: str) -> None:
    assert _read(engine, text)[0] == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada تندوق بادق سومترا asli 300g, simpanan lama. Harga nego.", "Dicerorhinus sumatrensis"),
        ("Jual سيسيق تڠݢيليڠ kering 1kg, RM2500, PM.", "Manidae"),
        ("Prodam shkuru amurskogo tigra s golovoy, 2.5 m, samovyvoz.", "Panthera tigris"),
        ("Prodam balaban, samka, 1100 g, bez koltsa.", "Falco cherrug"),
        ("Cotorra kuaker pichones, 10 disponibles, sin anillas, 12000 ARS.", "Myiopsitta monachus"),
    ],
)
def test_romanised_and_jawi_names_are_found(engine: Engine, text: str, expected: str) -> None:
    found, trade = _read(engine, text)
    assert expected in found
    assert trade


def test_korean_in_latin_letters_asks_to_buy(engine: Engine) -> None:
    found, trade = _read(engine, "Jayeon sansam guhamnida, 30nyeon isang, hyeongeum.")
    assert "Panax ginseng" in found
    assert trade


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("清中期 老犀⻆杯 一只，高 9cm，懂的私聊", "Rhinocerotidae"),  # ⻆, a radical, for 角
        ("虎⻣酒 一瓶 老货 私聊", "Panthera tigris"),
        ("6еркут молодой, с гнезда, для охоты. Цена 50000", "Aquila chrysaetos"),  # 6 for б
    ],
)
def test_look_alike_characters_are_read_as_the_letters_they_stand_for(
    engine: Engine, text: str, expected: str
) -> None:
    found, trade = _read(engine, text)
    assert expected in found
    assert trade


def test_a_six_in_a_latin_word_is_no_letter(engine: Engine) -> None:
    assert _read(engine, "iPhone 6s 64gb, boxed, 120 euros")[0] == {}
