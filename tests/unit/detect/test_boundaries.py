"""Word boundaries for scripts that glue words together (Arabic clitics)."""

from __future__ import annotations

import pytest

from wildtrace.detect.boundaries import at_word_boundaries
from wildtrace.textnorm.normalise import normalise


def _at(text: str, term: str) -> bool:
    folded, key = normalise(text).text, normalise(term).text
    start = folded.index(key)
    return at_word_boundaries(folded, start, start + len(key))


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("بيع والعاج الأصلي", "عاج"),  # wa- + al- + ivory
        ("قفص للببغاوات الكبيرة", "ببغاوات"),  # li- + al- (elided) + parrots
        ("أساور بالعاج", "عاج"),
        ("ببغاءات صغيرة", "ببغاء"),  # plural ending on a long stem
    ],
)
def test_arabic_term_with_prefix_or_ending_is_a_word(text: str, term: str) -> None:
    assert _at(text, term)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("إعلان عاجل", "عاج"),  # 'urgent' starts with the letters of 'ivory'
        ("إضاءة حرارية", "حرار"),  # 'thermal' starts with the saker falcon's name
        ("مساعاجل", "عاج"),
    ],
)
def test_arabic_term_inside_another_word_is_not_a_word(text: str, term: str) -> None:
    assert not _at(text, term)
