"""The span index finds every match that shares a character with a span, as a pass over all
matches would, among the few it returns."""

from __future__ import annotations

import random

from wildtrace.detect.span_index import SpanIndex
from wildtrace.domain.analysis import TaxonMatch


def _match(start: int, end: int) -> TaxonMatch:
    return TaxonMatch("Manidae", "1", "FAMILY", "I", "x" * (end - start), start, end, "n", "d", 1.0)


def _touching(matches: list[TaxonMatch], start: int, end: int) -> set[int]:
    return {
        id(m)
        for m in matches
        if (m.start < end and start < m.end) or (m.start, m.end) == (start, end)
    }


def test_near_holds_every_match_sharing_a_character_with_the_span() -> None:
    rng = random.Random(5)
    for _ in range(200):
        matches = []
        for _ in range(rng.randint(0, 40)):
            start = rng.randint(0, 300)
            matches.append(_match(start, start + rng.randint(1, 25)))
        index = SpanIndex(matches[: len(matches) // 2])
        for m in matches[len(matches) // 2 :]:
            index.add(m)
        for _ in range(20):
            start = rng.randint(0, 320)
            end = start + rng.randint(1, 30)
            near = index.near(start, end)
            assert _touching(matches, start, end) <= {id(m) for m in near}
            assert all(m.start < end and m.end > start - 25 for m in near)


def test_a_keyword_stuffed_megabyte_keeps_few_candidates_per_span() -> None:
    matches = [_match(i * 8, i * 8 + 6) for i in range(100_000)]
    index = SpanIndex(matches)
    assert [m.start for m in index.near(80_000, 80_010)] == [80_000, 80_008]
    assert index.near(-50, 0) == []
