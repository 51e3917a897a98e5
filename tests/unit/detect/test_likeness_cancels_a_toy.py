"""A likeness ("like a doll", "kyk boneka") cancels the toy word after it."""

from __future__ import annotations

import pytest

from wildtrace.detect.engine import Engine, ListingText


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a likeness praises a live animal: "eyes big like a doll"
        ("Kukang baby umur 2 bln, matanya besar kyk boneka. Rp 350rb.", {"Nycticebus"}),
        ("Boneka kukang lucu, Rp 50rb", set()),  # the doll itself is a toy
    ],
)
def test_a_likeness_is_no_toy(engine: Engine, text: str, found: set[str]) -> None:
    result = engine.analyse(ListingText(id="l", title="", text=text))
    assert {t.name for t in result.taxa} == found
