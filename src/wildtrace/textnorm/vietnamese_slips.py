"""Vietnamese names written as a region says them: "rắn hổ mang trúa" for "rắn hổ mang chúa"
(king cobra), "sừng tê giác" typed "xừng tê giác", "dắn hổ mang" for "rắn hổ mang".

In the north, tr and ch are said alike, and so are s and x, and d, gi and r; in the south d
and gi; in some provinces l and n. Sellers who write by ear swap one for the other in a
syllable's first letters. Each name of three syllables or more gets the spellings with one
such syllable changed (on the folded text, marks already taken off); shorter names get none,
as a two-syllable swap is too often another word ("chăn gấm", a brocade quilt, for "trăn
gấm", the reticulated python). A d that was đ is another sound and is never swapped.

Final i and y after a consonant are two spellings of one sound ("kỳ nam", "kì nam"), taught
both ways in schools: names of two syllables or more get the other spelling too.
"""

from __future__ import annotations

MIN_SYLLABLES = 3
MIN_SYLLABLES_IY = 2
# a syllable's first letters → the ones said alike (longest first: "gi" before "g…", "tr")
SAID_ALIKE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("tr", ("ch",)),
    ("ch", ("tr",)),
    ("gi", ("d", "r")),
    ("s", ("x",)),
    ("x", ("s",)),
    ("l", ("n",)),
    ("n", ("l",)),
    ("d", ("gi", "r")),
    ("r", ("d", "gi")),
)
# consonants after which a final i and y spell one sound: "lý/lí", "kỳ/kì", "mỹ/mĩ"
IY_CONSONANTS = frozenset("bdhklmnstv")


def vietnamese_slips(name: str, original: str | None = None) -> list[str]:
    """The name with one syllable's first letters swapped for those said alike; `original`,
    the name before folding, tells a d from a đ (a folded name without it swaps no d)."""
    syllables = name.split(" ")
    written = original.split(" ") if original is not None else []
    if len(written) != len(syllables):
        written = []
    out: list[str] = []
    if len(syllables) >= MIN_SYLLABLES:
        for i, syllable in enumerate(syllables):
            for first, said_as in SAID_ALIKE:
                if not _starts_with(syllable, first):
                    continue
                if first == "d" and (not written or written[i][:1] not in "dD"):
                    break  # đ, or unknown
                for said in said_as:
                    changed = said + syllable[len(first) :]
                    out.append(" ".join([*syllables[:i], changed, *syllables[i + 1 :]]))
                break
    if len(syllables) >= MIN_SYLLABLES_IY:
        for i, syllable in enumerate(syllables):
            if len(syllable) == 2 and syllable[0] in IY_CONSONANTS and syllable[1] in "iy":
                changed = syllable[0] + ("y" if syllable[1] == "i" else "i")
                out.append(" ".join([*syllables[:i], changed, *syllables[i + 1 :]]))
    return out


def _starts_with(syllable: str, first: str) -> bool:
    """Whether the syllable begins with these letters as letters of their own: "ng", "nh"
    are not an n, "sh" (a loanword) is not an s."""
    if not syllable.startswith(first) or len(syllable) == len(first):
        return False
    if first == "n":
        return syllable[1] not in "gh"
    return not (first == "s" and syllable[1] == "h")
