"""Ivory in its spellings, which the lexicon lists among the elephants' names rather than as a
product word ("ivoir", "ivery", "avorjo", "marfim", "слоновая кость", 象芽, "gadin"): where such
a word stands, the text speaks of the material, which a figure is made of ("netsuke rat en
ivoir") and another animal may own ("walrus ivery", "rangkong gadin")."""

from __future__ import annotations

IVORY_STEMS = (
    "ivo",
    "ivé",
    "ive",
    "iwo",
    "avor",
    "marfil",
    "marfim",
    "elfenbein",
    "слонов",
    "象牙",
    "象芽",
    "ngà",
    "gadin",
    "عاج",
    "งา",
    "상아",
)


def spells_ivory(word: str) -> bool:
    """Whether the word is one of ivory's spellings (or holds one)."""
    folded = word.casefold()
    return any(stem in folded for stem in IVORY_STEMS)
