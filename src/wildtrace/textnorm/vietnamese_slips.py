"""Vietnamese names written as a region says them: "rắn hổ mang trúa" for "rắn hổ mang chúa"
(king cobra), "sừng tê giác" typed "xừng tê giác".

In the north, tr and ch are said alike, and so are s and x; in some provinces l and n. Sellers
who write by ear swap one for the other in a syllable's first letters. Each name of three
syllables or more gets the spellings with one such syllable changed (on the folded text, marks
already taken off); shorter names get none, as a two-syllable swap is too often another
word ("chăn gấm", a brocade quilt, for "trăn gấm", the reticulated python).
"""

from __future__ import annotations

MIN_SYLLABLES = 3
# a syllable's first letters → the ones said alike
SAID_ALIKE: tuple[tuple[str, str], ...] = (
    ("tr", "ch"),
    ("ch", "tr"),
    ("s", "x"),
    ("x", "s"),
    ("l", "n"),
    ("n", "l"),
)


def vietnamese_slips(name: str) -> list[str]:
    """The name with one syllable's first letters swapped for those said alike."""
    syllables = name.split(" ")
    if len(syllables) < MIN_SYLLABLES:
        return []
    out: list[str] = []
    for i, syllable in enumerate(syllables):
        for written, said in SAID_ALIKE:
            # "ng", "nh" are letters of their own: "nhung" is no "lhung"
            if syllable.startswith(written) and not (written == "n" and syllable[1:2] in "gh"):
                if written == "s" and syllable.startswith("sh"):
                    continue
                changed = [*syllables[:i], said + syllable[len(written) :], *syllables[i + 1 :]]
                out.append(" ".join(changed))
                break
    return out
