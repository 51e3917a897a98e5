"""Taxa implied by a product word and a confirming word nearby, with no name of the animal.

Sellers often name only the part: "carved casque beads" (only the helmeted hornbill has a
solid casque worth carving), "Mexican maw" (the totoaba's swim bladder), "dried gill plates"
(manta and devil rays), "medvezhya zhelch" (bear bile), "anteater scales" (pangolins). The rules
live in the lexicon (`implied.yaml`): trigger words, and words of which one must occur within
`IMPLIED_WINDOW` characters. Such a match is weaker evidence than a name: it gets a lower
confidence and `name_kind` `implied_<lang>`. Known failure modes: a trigger used in another
sense next to a confirming word ("bass gill plates" with "dried" nearby); the window keeps this
rare, traps and negations apply as to any match.
"""

from __future__ import annotations

from dataclasses import dataclass

from mypy_extensions import mypyc_attr

from wildtrace.lexicon.load import Term
from wildtrace.textnorm.pickled_state import PickledState

IMPLIED_WINDOW = 300
IMPLIED_CONFIDENCE = 0.55
TRIGGER_ROLES = frozenset({"trigger", "code_trigger"})  # a code trigger is also an evasion


@mypyc_attr(allow_interpreted_subclasses=True)
@dataclass(frozen=True)
class ImpliedHit(PickledState):
    start: int
    end: int
    term: Term


def rule_of(term: Term) -> tuple[str, str]:
    """(role, rule) of an implied term: ("trigger", "hornbill_casque"), ("code_trigger", …)."""
    role, _, rule = str(term.role).partition(":")
    return role, rule


@mypyc_attr(allow_interpreted_subclasses=True)
class ImpliedRules(PickledState):
    """Which rules need a confirming word; resolving trigger hits against context hits."""

    def __init__(self, terms: list[Term]) -> None:
        self._needs_context = {rule_of(t)[1] for t in terms if rule_of(t)[0] == "context"}

    def resolve(self, hits: list[ImpliedHit]) -> list[ImpliedHit]:
        """The trigger hits confirmed by their rule's context (or needing none)."""
        contexts: dict[str, list[ImpliedHit]] = {}
        triggers: list[ImpliedHit] = []
        for hit in hits:
            role, rule = rule_of(hit.term)
            if role in TRIGGER_ROLES:
                triggers.append(hit)
            else:
                contexts.setdefault(rule, []).append(hit)
        confirmed = []
        for hit in triggers:
            rule = rule_of(hit.term)[1]
            if rule not in self._needs_context or any(
                _distance(hit, c) <= IMPLIED_WINDOW for c in contexts.get(rule, ())
            ):
                confirmed.append(hit)
        return confirmed


def _distance(a: ImpliedHit, b: ImpliedHit) -> int:
    return max(0, b.start - a.end, a.start - b.end)
