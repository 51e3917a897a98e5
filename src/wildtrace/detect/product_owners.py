"""Whose product a generic product word is: "tusk" points to the African elephant by default,
but "narwal tusk", "babirusa skull with tusks" and "tusk of a narwhal" name the narwhal's and
the babirusa's."""

from __future__ import annotations

import re
from dataclasses import replace

from wildtrace.detect.material_words import spells_ivory
from wildtrace.domain.analysis import TaxonMatch

# What may stand between an animal's name and a generic product word that is its: "narwal
# tusk", "walrus' tusk", "babirusa skull with tusks"; "tusk of a narwhal", "colmillo de morsa".
OWNER_THEN_PRODUCT = re.compile(
    r"[\s-]*(?:['’]s?)?[\s-]*|\s+(?:\w+\s+)?(?:with|mit|con|avec|com)\s+"
)
PRODUCT_THEN_OWNER = re.compile(
    r"\s*(?:of(?:\s+(?:an?|the))?|de(?:\s+(?:la|las|los|el))?|d['’]|du|des|da|do|di|del|della|"
    r"von|vom|der|ya|wa|za|la|cha|của)?\s*",
    re.IGNORECASE,
)


def _a_product(match: TaxonMatch) -> bool:
    """A product word, or ivory spelt as the lexicon lists it among the elephants' names."""
    return match.name_kind.startswith("product") or spells_ivory(match.matched)


def without_borrowed_products(found: list[TaxonMatch], text: str) -> list[TaxonMatch]:
    """A generic product word ("tusk", a default of the African elephant) right beside another
    animal's name is that animal's product: "narwal tusk" names the narwhal's ivory, no
    elephant."""
    owners = [t for t in found if not _a_product(t)]
    if not owners:
        return found
    borrowed: dict[int, str | None] = {}  # owner → the product it takes
    kept = []
    for match in found:
        owner = _a_product(match) and next(
            (
                n
                for n in owners
                if n.taxon_id != match.taxon_id
                and (
                    (
                        n.end <= match.start
                        and OWNER_THEN_PRODUCT.fullmatch(text, n.end, match.start)
                    )
                    or (
                        match.end <= n.start
                        and PRODUCT_THEN_OWNER.fullmatch(text, match.end, n.start)
                    )
                )
            ),
            None,
        )
        if owner:
            borrowed.setdefault(id(owner), match.product)
        else:
            kept.append(match)
    return [
        replace(t, product=borrowed[id(t)]) if id(t) in borrowed and not t.product else t
        for t in kept
    ]
