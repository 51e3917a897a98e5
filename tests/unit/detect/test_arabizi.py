"""Arabic written in Latin letters and digits (Arabizi) is read for Arabic names (arabizi.py).

Every text was written for this file; expected taxa follow docs/lexicon.md.
"""

from __future__ import annotations

import pytest

from wildtrace.detect.arabizi import arabic_skeleton, latin_skeleton
from wildtrace.detect.engine import Engine, ListingText


def _taxa(engine: Engine, text: str) -> set[str]:
    result = engine.analyse(ListingText(id="t", title="", text=text, price=None))
    return {t.name for t in result.taxa}


def test_both_scripts_reduce_to_one_skeleton() -> None:
    assert latin_skeleton("ba7r") == arabic_skeleton("البحر")
    assert latin_skeleton("sala7ef") == arabic_skeleton("سلاحف")
    assert latin_skeleton("7osan") == "7sn"  # the long a Arabic writes, Arabizi may not


@pytest.mark.parametrize(
    ("text", "taxon"),
    [
        ("7osan ba7r mnashef lel 3etara, el kilo b 200", "Hippocampus"),
        ("shebel asad lal bay3, 3omro 3 shhoor", "Panthera leo"),
        ("bay9 sala7ef ba7riya, el se3r 3al khas", "Cheloniidae"),
        ("temsa7 nili soghayyar lel bee3", "Crocodylus niloticus"),
    ],
)
def test_arabizi_names_are_read(engine: Engine, text: str, taxon: str) -> None:
    assert taxon in _taxa(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        # leetspeak and a price in shorthand are no Arabizi
        "Silver bangle, T1g3r eye stone, 2tr/con, collects in the garden",
        # an Arabizi text whose words spell no name
        "ana 3andi iphone 13 lel bee3, bengali model, el se3r 3al khas",
    ],
)
def test_other_words_are_no_names(engine: Engine, text: str) -> None:
    assert _taxa(engine, text) == set()
