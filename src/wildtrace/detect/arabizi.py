"""Arabic written in Latin letters and digits (Arabizi): "7osan ba7r" (حصان البحر, seahorse),
"shebel asad" (شبل أسد, a lion cub), "sala7ef ba7riya" (سلاحف بحرية, sea turtles).

Arabizi writes the letters Latin lacks with digits (3 ع, 7 ح, 5 خ, 2 ء or ق, 9 ق or ص, 6 ط,
8 غ or ق) and the vowels as the writer hears them, long or short, where Arabic script writes
only the long ones. Both the Arabic names of the lexicon and the Latin words of a text are
reduced to a skeleton of their consonants, with the letters Arabizi cannot tell apart written
alike (س ص, ت ط, د ض, ذ ز ظ, ث س, ق ك ج for the dialects' g): a run of one to three words whose
skeletons are a name's is that name. Only a text with an Arabizi word (a digit for a letter
inside a word, not leetspeak's 0, 1 and 4) and an everyday word of Arabizi (el, fi, 3ala) is
read, and a name needs four consonants or more, as short skeletons are
everyday words of many languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mypy_extensions import mypyc_attr

from wildtrace.textnorm.pickled_state import PickledState

# Arabic letters → skeleton symbols (vowel letters, hamza and the article's alif drop out)
ARABIC = {
    "ب": "b", "ت": "t", "ث": "s", "ج": "g", "ح": "7", "خ": "5", "د": "d", "ذ": "z", "ر": "r",
    "ز": "z", "س": "s", "ش": "x", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "3", "غ": "8",
    "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "", "ء": "",
    "ا": "", "أ": "", "إ": "", "آ": "", "ى": "", "ي": "y", "و": "w", "ؤ": "", "ئ": "",
    "پ": "b", "چ": "x", "ڤ": "f", "گ": "g", "ڨ": "q", "ی": "y", "ک": "k",
}  # fmt: skip
# Latin letter groups and digits → skeleton symbols, the longest first
LATIN = (
    ("sh", "x"), ("ch", "x"), ("kh", "5"), ("gh", "8"), ("th", "s"), ("dh", "z"), ("7'", "5"),
    ("3'", "8"), ("ou", "w"), ("oo", "w"), ("uu", "w"), ("ee", "y"), ("ii", "y"), ("aa", ""),
    ("2", ""), ("3", "3"), ("5", "5"), ("6", "t"), ("7", "7"), ("8", "8"), ("9", "q"),
    ("b", "b"), ("p", "b"), ("t", "t"), ("j", "g"), ("g", "g"), ("d", "d"), ("r", "r"),
    ("z", "z"), ("s", "s"), ("c", "k"), ("f", "f"), ("v", "f"), ("q", "q"), ("k", "k"),
    ("l", "l"), ("m", "m"), ("n", "n"), ("h", "h"), ("w", "w"), ("y", "y"), ("x", "ks"),
    ("a", ""), ("e", ""), ("i", ""), ("o", ""), ("u", ""),
)  # fmt: skip
LONGEST = max(len(latin) for latin, _ in LATIN)
TO_SKELETON = dict(LATIN)
# the dialects' g is ق and ج; 9 is ق or ص; k and q are near: all one symbol here
ALIKE = str.maketrans({"g": "q", "k": "q"})
# a digit for a letter inside a word or at its end ("ba7r", "bay3"), not leetspeak's 0, 1 and 4
ARABIZI_WORD = re.compile(r"(?<![a-z0-9])[a-z]+[235679]'?[a-z]*(?:[235679]'?[a-z]*)*(?![a-z0-9])")
# everyday words of Arabizi: a text needs one of them and an Arabizi word to be read
EVERYDAY = frozenset(
    {
        "el", "al", "lel", "lil", "fel", "fil", "3al", "3ala", "ma3", "ma3a", "mn", "men",
        "min", "wel", "bel", "bil", "ya", "msh", "mish", "mesh", "kam", "3and", "3ndi",
        "3andi", "3indi", "ana", "fe", "fi", "dyal", "dial", "ta3", "mta3", "bdoon", "bdun",
        "bidoon", "zain", "zein", "kwayes", "kwayyes", "mzyan", "sghir", "sghar", "kbir",
        "kbar", "jdid", "jadeed", "3omro", "3omri", "b", "w", "wa", "lal", "aku", "fih",
    }
)  # fmt: skip
WORD = re.compile(r"[a-z0-9']+")
ARTICLES = frozenset({"el", "al", "il", "l", "lel", "lil", "bel", "bil", "wel"})
MIN_SKELETON = 4
MIN_ARTICLE_WORD = 3
MIN_ALONE = 5  # consonants of a single word without an Arabizi digit
MIN_WORD = 2  # consonants of each word of a name of several
DIGIT = re.compile("[235679]")
MAX_WORDS = 3
# final y and w are the long vowels Arabizi writes as i and ou, which it may leave out
SOFT_ENDINGS = ("y", "w")


def _skeleton(word: str) -> str:
    return word.translate(ALIKE)


def arabic_skeleton(word: str) -> str:
    """An Arabic word's skeleton, without its article."""
    if word.startswith("ال") and len(word) > MIN_ARTICLE_WORD:
        word = word[2:]
    if word.endswith("ه"):  # ة, folded to ه: Arabizi writes it a, e or not at all
        word = word[:-1]
    return _skeleton("".join(ARABIC.get(c, "") for c in word))


def latin_skeleton(word: str) -> str:
    """An Arabizi word's skeleton: its consonants, its long vowels and no short ones."""
    out: list[str] = []
    i = 0
    while i < len(word):
        for size in range(LONGEST, 0, -1):
            symbol = TO_SKELETON.get(word[i : i + size])
            if symbol is not None:
                out.append(symbol)
                i += size
                break
        else:
            i += 1
    skeleton = "".join(out)
    return _skeleton(re.sub(r"(.)\1+", r"\1", skeleton))


def _loose(skeleton: str) -> str:
    """The skeleton without y and w, the long vowels one writer writes and another leaves out."""
    return skeleton.replace("y", "").replace("w", "")


@mypyc_attr(allow_interpreted_subclasses=True)
class ArabiziNames(PickledState):
    """Arabic names by the skeleton of their words, found in Arabizi text."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        """`names`: (Arabic name as folded, taxon); skeletons two taxa share are left out."""
        by_key: dict[str, set[str]] = {}
        for name, taxon in names:
            if taxon == "Panthera tigris" and "نمر" in name:
                continue  # نمر is the leopard in Gulf and African speech (arabic_nimr_africa)
            words = [_loose(arabic_skeleton(w)) for w in name.split()]
            key = " ".join(w for w in words if w)
            if len(key.replace(" ", "")) >= MIN_SKELETON:
                by_key.setdefault(key, set()).add(taxon)
        self._taxon = {key: next(iter(t)) for key, t in by_key.items() if len(t) == 1}

    def find(self, folded: str) -> list[tuple[int, int, str]]:
        """(start, end, taxon) of each run of one to three Arabizi words that spells a name."""
        if ARABIZI_WORD.search(folded) is None:
            return []
        tokens = WORD.findall(folded)
        if EVERYDAY.isdisjoint(tokens):
            return []
        words = [
            (m.start(), m.end(), _loose(latin_skeleton(m.group())), m.group())
            for m in WORD.finditer(folded)
            if m.group() not in ARTICLES
        ]
        found: list[tuple[int, int, str]] = []
        i = 0
        while i < len(words):
            step = 1
            for j in range(min(len(words), i + MAX_WORDS), i, -1):
                window = words[i:j]
                if len(window) == 1:
                    # one word: an Arabizi digit in it, or a long skeleton ("bengali" is no
                    # بنغول, pangolin)
                    if not DIGIT.search(window[0][3]) and len(window[0][2]) < MIN_ALONE:
                        continue
                elif any(len(w[2]) < MIN_WORD for w in window):
                    continue  # "wela msg": a word of one consonant names nothing
                key = " ".join(w[2] for w in window)
                taxon = self._taxon.get(key)
                if taxon is not None:
                    found.append((words[i][0], words[j - 1][1], taxon))
                    step = j - i
                    break
            i += step
        return found
