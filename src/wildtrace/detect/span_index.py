"""Matches kept by where they start, so that "which matches share characters with this span"
looks at the few nearby instead of every match of the text: a keyword-stuffed post holds
tens of thousands, and a pass over all of them for each new hit grew with their square (a
megabyte of hashtags took minutes)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from mypy_extensions import mypyc_attr

from wildtrace.domain.analysis import TaxonMatch


@mypyc_attr(allow_interpreted_subclasses=True)
class SpanIndex:
    def __init__(self, matches: list[TaxonMatch]) -> None:
        ordered = sorted(matches, key=lambda m: m.start)
        self._starts = [m.start for m in ordered]
        self._matches = ordered
        self._longest = max((m.end - m.start for m in ordered), default=0)

    def add(self, match: TaxonMatch) -> None:
        at = bisect_right(self._starts, match.start)  # texts are read in order: mostly at the end
        self._starts.insert(at, match.start)
        self._matches.insert(at, match)
        self._longest = max(self._longest, match.end - match.start)

    def near(self, start: int, end: int) -> list[TaxonMatch]:
        """Every match that may share a character with start…end, or has that very span: those
        starting before `end` and less than the longest match's length before `start`."""
        lo = bisect_left(self._starts, start - self._longest + 1)
        hi = bisect_left(self._starts, max(end, start + 1))
        return self._matches[lo:hi]
