"""Arabic and Latin-American Spanish and Portuguese names, and well-known misspellings."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText
from wildtrace.detect.lexicon_terms import arabic_variants
from wildtrace.textnorm.normalise import normalise


def names(engine: Engine, title: str, text: str = "") -> set[str]:
    return {t.name for t in engine.analyse(ListingText(id="t", title=title, text=text)).taxa}


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("قرد مكاك بربري صغير عمره 5 شهور", "Macaca sylvanus"),  # no article on either word
        ("جلد لبرد أصلي كامل مع الرأس", "Panthera pardus"),  # Gulf word for leopard
        ("شبل فهد عمره 3 شهور للبيع", "Acinonyx jubatus"),
        ("shebl fahd 3 shohoor, el sa3r 3ala el khas", "Acinonyx jubatus"),  # Arabizi
        ("شاهین بحري فرخ وحشي", "Falco peregrinus"),  # Persian yeh
        ("Vendo piel de tigre americano, 1,8 m", "Panthera onca"),
        ("Cachorro de yaguareté, criado en casa", "Panthera onca"),
        ("Busco tortuga estrella de la India, pago bien", "Geochelone elegans"),
        ("Huevos de parlama por docena, entrega en León", "Lepidochelys olivacea"),
        ("Filhotes de tartaruga-da-amazônia, 50 unidades", "Podocnemis expansa"),
        ("Vendo ajolotes de 10 cm, envío a todo México", "Ambystoma mexicanum"),
        ("Star tortise babies, 4 available, pm me", "Geochelone elegans"),
    ],
)
def test_regional_name_resolves_to_taxon(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in names(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "حذاء بوما رياضي مقاس 43",  # Puma shoes: the article-less form of a short name is skipped
        "علاج طبيعي لبرد الشتاء",  # 'for the winter cold'
        "Moneda de plata 1 onza, libertad 2024",  # onza is an ounce
        "Módulo LoRa 915 MHz para Arduino",
        "Водка Белуга 0,7 л, подарочная упаковка",
        "Tinte castanho mogno 6.5, 50 ml",
    ],
)
def test_ordinary_words_near_those_names_stay_negative(engine: Engine, text: str) -> None:
    assert names(engine, text) == set()


def test_arabic_variants_drop_the_article_on_each_word() -> None:
    assert arabic_variants(normalise("المكاك البربري").text) == [normalise("مكاك بربري").text]
    assert arabic_variants(normalise("الفهد").text) == []  # "فهد" is also the name Fahd
    assert arabic_variants(normalise("البوما").text) == []  # "بوما" is also a brand


def test_animal_sold_with_its_cage_is_still_offered(engine: Engine) -> None:
    result = engine.analyse(
        ListingText(id="t", title="شبل أسد أبيض أليف", text="يجي معه القفص. السعر ٦٠٠٠")
    )
    assert "Panthera leo" in {t.name for t in result.taxa}
    assert result.wildlife_trade
