"""What a plant listing covers: the CITES annotations (#1 … #17) that limit a listing to some
parts and derivatives ("#5: logs, sawn wood and veneer sheets"), in the product kinds the
detection engine reads from a listing.

Summarised from the interpretation section of the CITES Appendices as amended at CoP19 (2022);
numbers and wording change between Conferences, so an export's own annotation text is kept
beside the number and shown to the user. A product of a kind the annotation leaves out (a
ginseng tea under #3, a finished guitar under #15, vanilla pods under #4) is not covered by the
Convention; a product the listing could still cover, or no product at all, is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ANNOTATION = re.compile(r"(?:annotation\s*)?#\s*(\d{1,2})\b", re.IGNORECASE)


@dataclass(frozen=True)
class Annotation:
    number: str  # "#4"
    covers: str  # what the listing covers, in words a prosecutor reads
    only: frozenset[str] = frozenset()  # when set: the only product kinds covered
    exempt: frozenset[str] = frozenset()  # product kinds the text expressly leaves out

    def leaves_out(self, product: str | None) -> bool:
        """Whether a product of this kind is outside the listing (None: unknown, covered)."""
        if product is None:
            return False
        if product in self.exempt:
            return True
        return bool(self.only) and product not in self.only

    def excludes_all(self, products: list[str]) -> bool:
        """Whether the annotation's text expressly leaves out every one of these goods (a tea
        under #3, a guitar under #15), rather than only not naming them."""
        return all(p in self.exempt for p in products)


ALL_BUT_SEEDS = "all parts and derivatives except"
ANNOTATIONS: dict[str, Annotation] = {
    a.number: a
    for a in (
        Annotation(
            "#1",
            f"{ALL_BUT_SEEDS} seeds, spores and pollen, in-vitro seedlings, cut flowers of "
            "artificially propagated plants and fruits of artificially propagated Vanilla",
            exempt=frozenset({"seed", "flower", "fruit"}),
        ),
        Annotation(
            "#2",
            f"{ALL_BUT_SEEDS} seeds and pollen, and finished products packaged and ready for "
            "retail trade",
            exempt=frozenset({"seed", "finished"}),
        ),
        Annotation(
            "#3",
            "whole and sliced roots and parts of roots; not manufactured parts and derivatives "
            "such as powders, pills, extracts, tonics, teas and confectionery",
            only=frozenset({"root", "whole"}),
            exempt=frozenset({"powder", "extract", "finished"}),
        ),
        Annotation(
            "#4",
            f"{ALL_BUT_SEEDS} seeds (with seedpods of orchids) and pollen, in-vitro seedlings, "
            "cut flowers of artificially propagated plants, fruits of artificially propagated "
            "Vanilla and Cactaceae, and finished products of Aloe ferox and Euphorbia "
            "antisyphilitica packaged for retail trade",
            exempt=frozenset({"seed", "flower", "fruit"}),
        ),
        Annotation("#5", "logs, sawn wood and veneer sheets", only=frozenset({"wood"})),
        Annotation(
            "#6",
            "logs, sawn wood, veneer sheets and plywood",
            only=frozenset({"wood"}),
        ),
        Annotation(
            "#7",
            "logs, wood-chips, powder and extracts",
            only=frozenset({"wood", "powder", "extract"}),
        ),
        Annotation(
            "#8",
            "underground parts (roots, rhizomes): whole, parts and powdered",
            only=frozenset({"root", "whole", "powder"}),
        ),
        Annotation(
            "#10",
            "logs, sawn wood and veneer sheets, with unfinished wood articles for making bows "
            "for stringed instruments",
            only=frozenset({"wood"}),
        ),
        Annotation(
            "#11",
            "logs, sawn wood, veneer sheets, plywood, powder and extracts",
            only=frozenset({"wood", "powder", "extract"}),
        ),
        Annotation(
            "#12",
            "logs, sawn wood, veneer sheets, plywood and essential oil (not finished products "
            "packaged and ready for retail trade)",
            only=frozenset({"wood", "oil"}),
            exempt=frozenset({"finished"}),
        ),
        Annotation(
            "#14",
            f"{ALL_BUT_SEEDS} seeds and pollen, in-vitro seedlings, fruits, leaves, exhausted "
            "agarwood powder, and finished products packaged and ready for retail trade "
            "(beads, prayer beads and carvings stay covered)",
            exempt=frozenset({"seed", "fruit", "leaf", "finished"}),
        ),
        Annotation(
            "#15",
            f"{ALL_BUT_SEEDS} leaves, flowers, pollen, fruits and seeds, finished products up "
            "to 10 kg of wood a shipment, and finished musical instruments, their parts and "
            "accessories",
            exempt=frozenset({"leaf", "flower", "fruit", "seed", "instrument", "finished"}),
        ),
        Annotation(
            "#16",
            "seeds, fruits, oils and live plants",
            only=frozenset({"seed", "fruit", "oil", "live"}),
        ),
        Annotation(
            "#17",
            "logs, sawn wood, veneer sheets, plywood and transformed wood",
            only=frozenset({"wood"}),
        ),
    )
}


def annotation_in(note: str) -> str | None:
    """The annotation number a listing's note names ("… annotation #4 …"), if any."""
    match = ANNOTATION.search(note)
    if match is None:
        return None
    number = f"#{int(match.group(1))}"
    return number if number in ANNOTATIONS else None
