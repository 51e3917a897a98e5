"""An emoji written for a word of a name that is not the animal itself (emoji_words.py)."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


def _taxa(engine: Engine, title: str, text: str = "") -> dict[str, tuple[str, tuple[str, ...]]]:
    result = engine.analyse(ListingText(id="t", title=title, text=text))
    return {t.name: (t.matched, t.evasion) for t in result.taxa}


@pytest.mark.parametrize(
    ("title", "text", "taxon", "matched"),
    [
        ("Vends 1 kg de 🐴 de mer séchés", "pour pharmacopée, MP", "Hippocampus", "🐴 de mer"),
        ("海🐴干品 大只", "一斤装，煲汤泡酒，私聊", "Hippocampus", "海🐴干"),  # 海马干, dried
        ("See🐴chen getrocknet, 50 Stück", "für TCM, Versand diskret", "Hippocampus", "See🐴chen"),
        ("천⛰️갑 비늘 구합니다", "1kg 이상, 현금", "Manidae", "천⛰️갑 비늘"),  # the scales
        ("印尼超红🐉🐟 35cm", "无证书，只限自提", "Scleropages formosus", "红🐉🐟"),  # 红龙鱼
        (
            "Caballitos de 🌊 secos x 100",
            "para medicina, envío",
            "Hippocampus",
            "Caballitos de 🌊 secos",
        ),
    ],
)
def test_the_emoji_is_read_as_the_word_it_pictures(
    engine: Engine, title: str, text: str, taxon: str, matched: str
) -> None:
    found = _taxa(engine, title, text)
    assert found[taxon] == (matched, ("emoji",))


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Reitstunden 🐴 für Kinder", "20 € die Stunde, Hof am See"),  # a horse is a horse
        ("Apartment with 🌊 view", "2 bedrooms, $900 a month"),
        ("🐉 dragon fruit, 1 kg", "fresh from the farm, $4"),
        ("海🌊风景明信片", "一套十张，包邮"),  # 海 + sea is no name
    ],
)
def test_an_emoji_that_completes_no_name_names_nothing(
    engine: Engine, title: str, text: str
) -> None:
    assert _taxa(engine, title, text) == {}
