"""Thai names written with a common letter for a rarer one of the same sound.

Thai has several letters for one sound (ศ ษ ส, ณ น, ธ ท, ภ พ), and everyday speech says ร as
ล; sellers type the common letter or the spoken sound: นอแลด for นอแรด (rhino horn), ไม้กฤษนา
for ไม้กฤษณา (agarwood), or write ร for ล the other way round in trying to spell well (เกร็ด
for เกล็ด, scale); แ is typed as เ or as two เ (นอเรด, นอเเรด); a vowel is typed short for
long or the other way round (ปลาบิก for ปลาบึก). Each name gets the spellings
with one such letter changed; names of fewer than five letters get none, as Thai is matched
inside longer runs of letters.
"""

from __future__ import annotations

MIN_LETTERS = 5
# the rarer letter (or the written ร) → the ones sellers type for its sound
SAME_SOUND: dict[str, tuple[str, ...]] = {
    "ร": ("ล",),
    "ล": ("ร",),
    "ณ": ("น",),
    "ศ": ("ส",),
    "ษ": ("ส",),
    "ธ": ("ท",),
    "ฑ": ("ท",),
    "ฒ": ("ท",),
    "ภ": ("พ",),
    "ฎ": ("ด",),
    "ฏ": ("ต",),
    "ญ": ("ย",),
    "ฬ": ("ล",),
    "ฆ": ("ค",),
    "ฌ": ("ช",),
    "ฐ": ("ถ",),
    "แ": ("เ", "เเ"),
    # vowels typed short for long and long for short, and ึ for ื and ิ: ปลาบิก for ปลาบึก
    "\u0e34": ("\u0e35",),  # ิ → ี
    "\u0e35": ("\u0e34",),  # ี → ิ
    "\u0e36": ("\u0e34", "\u0e37"),  # ึ → ิ, ื
    "\u0e37": ("\u0e36",),  # ื → ึ
    "\u0e38": ("\u0e39",),  # ุ → ู
    "\u0e39": ("\u0e38",),  # ู → ุ
}


def thai_slips(folded: str) -> list[str]:
    """The name with one letter typed by its sound."""
    if len(folded) < MIN_LETTERS or not all("\u0e00" <= c <= "\u0e7f" or c == " " for c in folded):
        return []
    return [
        folded[:i] + typed + folded[i + 1 :]
        for i, c in enumerate(folded)
        for typed in SAME_SOUND.get(c, ())
    ]
