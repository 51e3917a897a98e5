"""An animal swapped for goods is traded (intent_barter.yaml), and a name written as it is
listed reports no evasion even when it is also a one-word name cut in two."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def _analyse(engine: Engine, title: str, text: str = ""):
    return engine.analyse(ListingText(id="t", title=title, text=text))


@pytest.mark.parametrize(
    ("title", "text", "taxon"),
    [
        ("Scambio pappagallo cenerino con ara giacinto", "Valuto conguaglio. Treviso", None),
        ("Troco papagaio-verdadeiro por moto", "Zona Sul", "Amazona aestiva"),
        ("Nabadilisha kasuku wa kijivu na pikipiki", "Mwanza", "Psittacus erithacus"),
        ("Swap my ball python for a leopard gecko", "Brisbane northside", "Python regius"),
        ("非洲灰鹦鹉 交换摩托车", "广州", "Psittacus erithacus"),
        ("7ur farkh lil badal", "3indi 7ur farkh, abi abaddla b jeeb", "Falco cherrug"),
        ("Échange mon perroquet gris du Gabon contre un scooter", "Dakar", None),
    ],
)
def test_a_swap_is_trade(engine: Engine, title: str, text: str, taxon: str | None) -> None:
    result = _analyse(engine, title, text)
    assert result.wildlife_trade
    if taxon:
        assert taxon in {t.name for t in result.taxa}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Show-and-tell: my cycad garden after the rain",
            "The Encephalartos are flushing. None of them are for sale. Happy to swap growing "
            "tips though!",
        ),
        (
            "ホシガメの甲羅",
            "インドホシガメを飼って2年、紫外線ライトも毎年交換しています。改善した方いますか？",
        ),
    ],
)
def test_swapping_tips_or_a_lamp_is_no_trade(engine: Engine, title: str, text: str) -> None:
    assert not _analyse(engine, title, text).wildlife_trade


def test_a_name_as_written_is_no_typo_of_a_cut_one_word_name(engine: Engine) -> None:
    (ball,) = _analyse(engine, "ball python for sale", "het pied, 50").taxa
    assert ball.name == "Python regius" and ball.evasion == ()
    (grey,) = _analyse(engine, "Grau Papagei zu verkaufen", "500 €").taxa
    assert grey.name == "Psittacus erithacus" and grey.evasion == ("misspelled_common",)
