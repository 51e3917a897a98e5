"""Vietnamese names are matched with marks folded away, but a seller who typed marks wrote
another word where the marks differ."""

from __future__ import annotations

import pytest

from wildtrace.detect.vietnamese_marks import has_marks, marks_disagree


@pytest.mark.parametrize(
    ("term", "written", "disagree"),
    [
        ("voi con", "với con", True),  # with (my) child, not a baby elephant
        ("vượn", "vườn", True),  # garden, not gibbon
        ("voi con", "voi con", False),
        ("voi con", "Voi Con", False),
        ("voi con", "voi  con", False),
        ("ngà voi", "nga voi", False),  # typed without marks: read as the name
        ("trầm hương khánh hòa", "Trầm hương Khánh Hoà", False),  # tone on either vowel
        ("đồi mồi", "đồi mồi", False),
        ("đồi mồi", "dồi mồi", True),
        ("tê tê", "tê tế", True),
    ],
)
def test_marks_disagree(term: str, written: str, disagree: bool) -> None:
    assert marks_disagree(term, written) is disagree


def test_has_marks() -> None:
    assert has_marks("với") and has_marks("đi") and not has_marks("voi con")
