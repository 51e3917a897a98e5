"""Objects shaped like an animal, voice-message lengths, rhino horn as "black gold", Italian
falconers' "pellegrino", German keepers' tortoise words beside 🐢, the jaguar as "tigre" in the
Argentine Chaco, and everyday senses (the R$50 note, Blythe dolls, litre beers, Python lessons).
Texts written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.domain.analysis import Analysis


def _analyse(engine: Engine, text: str, title: str = "", price: float | None = None) -> Analysis:
    return engine.analyse(ListingText(id="t", title=title, text=text, price=price))


def _names(result: Analysis) -> list[str]:
    return [t.name for t in result.taxa]


@pytest.mark.parametrize(
    "text",
    [
        "قلادة على شكل صقر شاهين من الفضة، وزن ١٢ جرام، السعر ٣٠٠ درهم",
        "Pendentif en forme de tortue en argent massif, 45 €, envoi possible.",
        "Broche en forma de loro, baño de oro, 25 euros.",
    ],
)
def test_an_object_shaped_like_an_animal_is_no_animal(engine: Engine, text: str) -> None:
    assert not _analyse(engine, text).taxa


def test_the_material_of_a_shaped_object_stays(engine: Engine) -> None:
    result = _analyse(engine, "Pendentif en ivoire en forme de poisson, ancien, 300 €.")
    assert "Loxodonta africana" in _names(result)


def test_a_voice_message_length_is_no_model_scale(engine: Engine) -> None:
    result = _analyse(
        engine,
        "el cuero de tigre lo tengo, lo cazó mi abuelo en el monte chaqueño. Te lo dejo en "
        "900 dólares, te mando fotos por privado.",
        title="Audio de WhatsApp (1:12)",
    )
    assert _names(result) == ["Panthera onca"]
    assert result.wildlife_trade
    assert "negation" not in result.signals


def test_a_scale_model_is_still_a_model(engine: Engine) -> None:
    result = _analyse(engine, "Modellino Jaguar XK 1:18 con scatola originale, 40 €.")
    assert "Panthera onca" not in _names(result)


def test_black_gold_beside_a_horn_is_rhino_horn(engine: Engine) -> None:
    result = _analyse(
        engine,
        "Hab noch schwarzes Gold da, 120 g, die Spitze vom Horn, vom Dickhäuter. Preis am Telefon.",
    )
    assert _names(result) == ["Rhinocerotidae"]


def test_black_gold_alone_is_no_rhino_horn(engine: Engine) -> None:
    result = _analyse(engine, "Schwarzes Gold: Heizöl zum Tagespreis, Lieferung ab 500 Liter.")
    assert "Rhinocerotidae" not in _names(result)


def test_pellegrino_beside_nest_words_is_the_peregrine(engine: Engine) -> None:
    result = _analyse(
        engine, "Piccoli di pellegrino presi dal nido, per falconeria, 600 l'uno.", price=600
    )
    assert "Falco peregrinus" in _names(result)


def test_pellegrino_alone_is_no_falcon(engine: Engine) -> None:
    result = _analyse(engine, "Cassa di San Pellegrino, 24 bottiglie da 50 cl, 12 €.")
    assert not result.taxa


@pytest.mark.parametrize(
    ("word", "taxon"), [("Maurische", "Testudo graeca"), ("Griechische", "Testudo hermanni")]
)
def test_german_tortoise_words_beside_the_emoji_name_the_species(
    engine: Engine, word: str, taxon: str
) -> None:
    result = _analyse(engine, f"🐢🐢 {word} Babys von diesem Sommer, ohne Papiere, 40 € pro Tier.")
    assert _names(result) == [taxon]


@pytest.mark.parametrize(
    "text",
    [
        "Bora! alguém me empresta uma onça até sexta? pago com juros kkkk",
        "ตุ๊กตาตาโต บลายธ์ คัสตอม เปลี่ยนสีตาได้ 3,200 บาท",
        "Caguamas Tecate bien frías $48 c/u, servicio a domicilio.",
        "Pyton tutor for beginners: variables, loops, pandas basics. $25/hr over Zoom.",
    ],
)
def test_everyday_senses_stay_out(engine: Engine, text: str) -> None:
    assert not _analyse(engine, text).taxa


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("3od kalimantan dabal super, el tola b 450 dirham, Dubai", "Aquilaria"),
        ("متوفر شبل أبيض عمره شهرين، السوم يبدأ من 25 ألف", "Panthera leo"),
        ("Antike Brosche aus echtem Schildpad, um 1880, 180 €", "Eretmochelys imbricata"),
        ("my cousin has talking greys from Cameroon, 450 cash, inbox me", "Psittacus erithacus"),
    ],
)
def test_names_as_sellers_write_them(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _names(_analyse(engine, text))


def test_a_zoo_feeding_shown_live_is_talk(engine: Engine) -> None:
    result = _analyse(
        engine,
        "Suivez le nourrissage des pandas roux avec nos soigneurs ! Deux petits sont nés.",
    )
    assert not result.taxa
    assert not result.wildlife_trade


@pytest.mark.parametrize(
    "text",
    [
        "Keki ya birthday umbo la tembo 🐘 kwa mtoto, kilo 2. Tsh 70,000 Arusha",
        "Custom cake na hugis pawikan 🐢🌊 para sa binyag, ₱2,800",
        "Hull City away shirt, size M, tags on 🐯 Up the Tigers! £30 posted",
        "Шарф болельщика ХК «Амур» 🐯, новый. 800 ₽",
        "生肖虎🐯金章，足金999，约3克，送属虎的宝宝 ¥1880",
        "在xy上300块收了个富士镜头，xy真的是捡漏圣地",
        "상아 언니 결혼 진심으로 축하해요!",
        "Pokok buluh gading dalam pasu, tinggi 1.5 m. RM45 satu",
    ],
)
def test_cakes_teams_and_names_with_animal_words_stay_out(engine: Engine, text: str) -> None:
    assert not _analyse(engine, text).taxa


def test_a_smuggler_declaring_plush_toys_is_still_news_of_lorises(engine: Engine) -> None:
    result = _analyse(
        engine,
        "成田空港の税関で、男のスーツケースからスローロリス6匹が見つかった。"
        "男は「ぬいぐるみ」と申告していた。",
    )
    assert _names(result) == ["Nycticebus"]
    assert not result.wildlife_trade


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("반달🐻 쓸개 건조품 1개, 서류 없음. 180만원 직거래만", "Ursus thibetanus"),
        ("Ready 🐒 mata belo, geraknya lambat. 750rb COD Bogor", "Nycticebus"),
        ("7ur wa7shi 🦅 garnas, bdoon 7alqa wala jawaz. el sa3r 3al khas", "Falco cherrug"),
    ],
)
def test_emoji_and_field_names_with_their_hint(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _names(_analyse(engine, text))
