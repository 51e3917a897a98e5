"""Ordinary feed posts that named an animal in another sense (figures of concrete and porcelain,
camo patterns, the lionheart idiom), from the ordinary posts of the development corpus, and
real offers that use the same words beside the animal, which must keep their taxon. The
negations and the trap are in lexicon/data/context_field_more.yaml and traps_arabic.yaml."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.mark.parametrize(
    "title, text",
    [
        ("Pair of concrete lion statues", "Concrete lion statues for gate pillars, 60 cm, $120."),
        ("Cast iron elephant doorstop", "Heavy cast iron elephant doorstop, 3 kg. £15 posted."),
        ("Фарфоровая фигурка тигра ЛФЗ", "Фарфоровая фигурка тигра, 15 см, без сколов. 2500 р."),
        ("Гипсовая фигура слона", "Гипсовая фигура слона для сада, 40 см. Самовывоз."),
        ("Tiger-stripe camo shorts", "Tiger-stripe camo shorts, size 32, worn twice. $20."),
        ("مبروك لبطل الحارة قلب الأسد", "مبروك لبطل الحارة قلب الأسد، فاز بسباق الدراجات اليوم."),
    ],
)
def test_figures_patterns_and_idioms_name_no_taxon(engine: Engine, title: str, text: str) -> None:
    result = engine.analyse(ListingText(id="x", title=title, text=text))
    assert not result.taxa and not result.wildlife_trade


@pytest.mark.parametrize(
    "title, text, taxon",
    [
        (
            "Tiger skin with head",
            "Real tiger skin with head and claws, 2.1 m, stripes bright, no papers. $9,000.",
            "Panthera tigris",
        ),
        (
            "Шкура тигра",
            "Продам шкуру тигра, 2 м, с головой, без документов.\nТакже есть фарфоровая ваза.",
            "Panthera tigris",
        ),
        (
            "شبل أسد للبيع",
            "شبل أسد للبيع عمره ٣ شهور، قلبه قوي وبصحة ممتازة، السعر ٢٠ ألف",
            "Panthera leo",
        ),
    ],
)
def test_real_offers_beside_those_words_keep_their_taxon(
    engine: Engine, title: str, text: str, taxon: str
) -> None:
    result = engine.analyse(ListingText(id="x", title=title, text=text))
    assert taxon in {t.name for t in result.taxa} and result.wildlife_trade
