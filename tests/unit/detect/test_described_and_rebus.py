"""Names written in ways found in the development rounds of 2026-12-01: rhino horn described as
"the horn of the nose", an animal emoji written for one word of another animal's name, two
neighbouring letters swapped inside a name of two words, Arabic "turtle" without its long a,
and look-alikes that must stay out (Côte d'Ivoire without its e, the elephant-ear plant).

Every text was written for this file; expected taxa follow docs/lexicon.md.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def _taxa(engine: Engine, text: str) -> set[str]:
    result = engine.analyse(ListingText(id="t", title="", text=text, price=None))
    return {t.name for t in result.taxa}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the horn of the nose, in several languages
        ("Jual tanduk hidung asli, 1 ons, serius saja", {"Rhinocerotidae"}),
        ("鼻の角の粉末 10g 譲ります", {"Rhinocerotidae"}),
        ("Vendo chifre do nariz em pó, trazido de Moçambique", {"Rhinocerotidae"}),
        ("Verkaufe Nasenhorn-Pulver, 20 g, Versand diskret", {"Rhinocerotidae"}),
        # an emoji for a word of the name, the animal it pictures being another
        ("Procuro mico-🦁-dourado filhote, pago bem", {"Leontopithecus"}),
        ("코뿔🐦 부리 조각 팝니다", {"Buceros"}),
        # two letters swapped, the other word of the name written right
        ("Anak berunag madu comel, jual cepat", {"Helarctos malayanus"}),
        # turtle written without the long a
        ("للبيع سلحفه نجميه هنديه صغيره بدون اوراق", {"Geochelone elegans"}),
        # names added to the lexicon
        ("금전거북 성체 한 쌍 분양합니다", {"Cuora trifasciata"}),
        ("아카산호 원지 120g 판매", {"Corallium japonicum"}),
        ("للبيع مها عربي ذكر عمره سنتين", {"Oryx leucoryx"}),
        ("Verkaufe Gelber Frauenschuh aus dem Garten, blühfähig", {"Cypripedium calceolus"}),
        # the star beside the turtle emoji, in Korean
        ("인도 별🐢 베이비 분양", {"Geochelone elegans"}),
    ],
)
def test_read(engine: Engine, text: str, expected: set[str]) -> None:
    assert _taxa(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Café robusta de Côte d'Ivoir, torréfaction artisanale, paquet 1 kg",
        "Massive elefant ear (Alocasia) in a 30 cm pot, 1.5 m tall",
    ],
)
def test_left_out(engine: Engine, text: str) -> None:
    assert _taxa(engine, text) == set()


def test_emoji_sequence_stands_over_a_rebus(engine: Engine) -> None:
    """ "🦁🐒" is the lion tamarin the lexicon reads; "filhote de 🦁" beside it is no lion cub."""
    assert _taxa(engine, "🦁🐒 filhote disponível, pronta entrega") == {"Leontopithecus"}


def test_swapped_letters_need_the_rest_of_the_name(engine: Engine) -> None:
    """A swap alone in one short word reads nothing: "berunag" could be any word."""
    assert "Helarctos malayanus" not in _taxa(engine, "Anak berunag comel, jual cepat")
