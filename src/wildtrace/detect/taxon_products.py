"""The product offered with each taxon, and one entry per taxon.

A taxon takes the nearest product word within PRODUCT_WINDOW characters ("tusk" beside
"elephant"); plant parts and goods only go with plants. Several matches of one taxon become one
entry: the most confident, with the evasions of all of them.
"""

from __future__ import annotations

from dataclasses import replace

from wildtrace.detect.cues import Cue, Cues
from wildtrace.domain.analysis import TaxonMatch

PRODUCT_WINDOW = 40
# Plant parts and goods a plant listing's annotation may leave out; never an animal's product.
PLANT_PARTS = frozenset(
    {"seed", "fruit", "flower", "leaf", "root", "extract", "finished", "instrument"}
)


def products_near(match: TaxonMatch, cues: Cues, plant: bool) -> list[Cue]:
    """Product words near the match; not one inside a permit, which says how the goods were
    raised ("reproducción por semilla", grown from seed: the plant is sold, not its seed)."""
    permits = cues.of("permit")
    return [
        c
        for c in cues.of("product")
        if min(abs(c.start - match.end), abs(match.start - c.end)) <= PRODUCT_WINDOW
        and (plant or c.product not in PLANT_PARTS)
        and not any(p.start <= c.start and c.end <= p.end for p in permits)
    ]


def with_product(match: TaxonMatch, cues: Cues, plant: bool) -> TaxonMatch:
    """The nearest product word within PRODUCT_WINDOW characters (the longer of two at the same
    distance: "tea table" over "tea"); plant parts and goods go with plants only."""
    if match.product:
        return match
    near = products_near(match, cues, plant)
    if not near:
        return match
    closest = min(
        near,
        key=lambda c: (min(abs(c.start - match.end), abs(match.start - c.end)), c.start - c.end),
    )
    return replace(match, product=closest.product)


def merged_per_taxon(taxa: list[TaxonMatch]) -> list[TaxonMatch]:
    """One entry per taxon: the most confident match, evasions of all its matches merged."""
    best: dict[str, TaxonMatch] = {}
    evasions: dict[str, set[str]] = {}
    products: dict[str, str] = {}
    for match in taxa:
        evasions.setdefault(match.taxon_id, set()).update(match.evasion)
        if match.product:
            products.setdefault(match.taxon_id, match.product)
        current = best.get(match.taxon_id)
        if current is None or match.confidence > current.confidence:
            best[match.taxon_id] = match
    out = [
        replace(m, evasion=tuple(sorted(evasions[k])), product=m.product or products.get(k))
        for k, m in best.items()
    ]
    return sorted(out, key=lambda m: m.start)
