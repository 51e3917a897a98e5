"""The cues found around taxon mentions, kept by kind for the engine's many questions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from mypy_extensions import mypyc_attr

from wildtrace.textnorm.pickled_state import PickledState

# Cues that make a text an offer rather than talk: declaring a permit or its absence, or
# shipping terms, are things sellers write.
# A sum of money ("amount") counts too, but unlike a price request it does not outweigh news
# cues: reports give the value of a seizure.
# An offer or wanted word the text denies ("not for sale") is kept as "denied_offer" /
# "denied_wanted": it shows in the signals and counts for nothing.
DENIABLE = ("offer", "wanted")
OFFER_CUES = ("offer", "wanted", "price", "contact", "shipping", "permit", "no_papers", "amount")


class Cue(NamedTuple):
    """A named tuple: made for every cue of every listing, it must be cheap to build."""

    kind: str
    start: int
    end: int
    text: str
    product: str | None = None
    depicts: str = "either"  # pattern words: the side of the name they depict


@mypyc_attr(allow_interpreted_subclasses=True)
@dataclass
class Cues(PickledState):
    found: list[Cue] = field(default_factory=list)
    # cues by kind, rebuilt when `found` is replaced or grows (the engine asks many times);
    # the indexed list itself is kept, so a new list cannot be mistaken for it
    _index: tuple[list[Cue] | None, int, dict[str, list[Cue]]] = field(
        default=(None, -1, {}), repr=False, compare=False
    )

    def _by_kind(self) -> dict[str, list[Cue]]:
        indexed, size, index = self._index
        if indexed is not self.found or size != len(self.found):
            index = {}
            for cue in self.found:
                index.setdefault(cue.kind, []).append(cue)
            self._index = (self.found, len(self.found), index)
        return index

    def of(self, kind: str) -> Sequence[Cue]:
        """The cues of a kind, in the order found; read-only (the index's own list)."""
        return self._by_kind().get(kind, ())

    def has(self, kind: str) -> bool:
        return kind in self._by_kind()

    def first(self, kind: str) -> str:
        return self.of(kind)[0].text

    def summary(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for cue in self.found:
            out.setdefault(cue.kind, []).append(cue.text)
        return out
