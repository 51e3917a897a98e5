"""Statues, figurines and carvings: the animal a figure shows is no goods, its material may be.

"Bronze elephant statue", "netsuke of a monkey", "statuette d'éléphant" sell no elephant or
monkey; "ivory elephant statue", "Escultura em marfim", "фигурка из носорожьего рога" sell
ivory and rhino horn. A figure word (lexicon context kind `figure`) unmakes the name beside
it on the side its language puts what the figure shows, unless that name is the material:
a product word, a code word or emoji (sellers' words for the material), a name of a taxon
whose names are materials (rosewood, red coral, tortoiseshell), ivory in its spellings, or a
name joined to the figure word by a word for "made of" (en, em, из, aus).
"""

from __future__ import annotations

from wildtrace.detect.cues import Cue, Cues
from wildtrace.detect.material_words import spells_ivory
from wildtrace.detect.negation import depicted
from wildtrace.domain.analysis import TaxonMatch

# Words that say what a figure is made of, not what it shows: "statuette en ivoire",
# "escultura em marfim", "фигурка из рога", "Figur aus Elfenbein", "carved from bone"
MADE_OF = frozenset({"en", "em", "in", "из", "aus", "from", "made", "dans"})
# The kinds of match that name a material: product words, code words ("bovine bone
# netsuke", "or blanc") and emoji sellers put for the goods ("🐘 tusk carving")
MATERIAL_KINDS = ("product", "code_word", "emoji")


def shown_by_figures(
    found: list[TaxonMatch], cues: Cues, text: str, materials: frozenset[str]
) -> list[TaxonMatch]:
    """The matches a figure word shows; `materials` are the taxa whose names name materials."""
    figures = cues.of("figure")
    if not figures:
        return []
    return [
        t
        for t in found
        if t.taxon_id not in materials
        and not t.name_kind.startswith(MATERIAL_KINDS)
        and not spells_ivory(t.matched)
        and any(_shows(t, cue, text) for cue in figures)
    ]


def _shows(match: TaxonMatch, cue: Cue, text: str) -> bool:
    if not depicted(match, cue, text):
        return False
    gap = text[match.end : cue.start] if match.end <= cue.start else text[cue.end : match.start]
    return not MADE_OF.intersection(gap.casefold().split())
