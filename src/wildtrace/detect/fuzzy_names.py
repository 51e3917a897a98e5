"""Find common and trade names written with a typo ("pengolin", "rinocerote", "hawksbil").

A deletion-neighbourhood index (as in SymSpell): every name and every token are reduced by up
to one or two deleted letters, and candidates meet in a dictionary, so a token costs a few dozen
lookups instead of a comparison with every name. Guards against false hits: only single words in
spaced scripts; the first letter must agree; one edit below ten letters, two from ten; each
candidate is confirmed with the optimal-string-alignment distance (a swap of two neighbours
counts as one edit). Words of five to seven letters are mostly other words one edit away
("makan" eat / "macan" tiger, "gabon" / "gibon"), so there only the typos people make when
spelling by ear count: a doubled or undoubled letter (parots), a silent letter dropped or
added (ivoir, rinoceronte, женшень), a letter swapped for one that sounds alike (avorjo,
kukank, harimao) and, from six letters, two vowels or two consonants typed the other way round
(tarseir, sevral, pyhton).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import combinations, pairwise
from typing import Generic, NamedTuple, TypeVar

from mypy_extensions import mypyc_attr
from rapidfuzz.distance import OSA

from wildtrace.detect.boundaries import is_unspaced_script
from wildtrace.textnorm.pickled_state import PickledState

T = TypeVar("T")
MIN_LENGTH = 5
LONG = 8  # from this length any one edit counts
WORD = re.compile(r"[^\W\d_]{5,}")
MIN_SUBSTITUTION_LENGTH = 6
# Letters written for one another by ear: also Indonesian and Malay w for u (berwang,
# beruang), Russian о for е after a hushing letter (жолчь, желчь) and и for ь (белужия),
# and Russian consonants of a voiced and voiceless pair
SOUND_ALIKE = tuple(
    frozenset(group)
    for group in (
        *("ijy", "kcqg", "csz", "vwb", "uw", "ао", "еиэ", "её", "ео", "иь", "зс"),
        # Russian voiced and voiceless pairs, said alike at a word's end and before another
        # consonant and so written the wrong way round: "кречед" (кречет), "медветя"
        *("дт", "бп", "гк", "вф", "жш"),
    )
)
# o for u only in words of seven letters or more: harimao (the old spelling of harimau),
# Tagalog kolasisi (kulasisi); "Angola" is no "angula" (elvers)
LONG_SOUND_ALIKE = frozenset("ou")
# Letters written for one sound in one language, every one in the word: Spanish ll and y
# (guacamallo, guacamayo), b and v (vavilla, babilla), gua and wa (wacamaya); c and s before
# e and i in Spanish and Portuguese (sinzento, cinzento), z and s.
EAR_READINGS = (
    ("ll", "y"),
    ("y", "ll"),
)
# These only in words of seven letters or more: "chama" (call) is no "shama", "cloth" no "sloth"
LONG_EAR_READINGS = (
    ("v", "b"),
    ("b", "v"),
    ("wa", "gua"),
    ("s", "c"),
    ("c", "s"),
    ("z", "s"),
    ("s", "z"),
)
# First letters that may stand for each other in a name written by ear (see EAR_READINGS)
SAME_FIRST_SOUND = {"v": "b", "c": "s", "z": "s", "w": "g"}
VOWELS = frozenset("aeiouаеиоуыэюя")
# gn is one sound in French and Italian: "signés" (signed) is a word, not "singes" mistyped
DIGRAPH_GN = frozenset("gn")


def max_edits(word: str) -> int:
    return 2 if len(word) >= 10 else 1


def _deletes(word: str, edits: int) -> set[str]:
    out = set()
    for n in range(1, edits + 1):
        for positions in combinations(range(len(word)), n):
            out.add("".join(c for i, c in enumerate(word) if i not in positions))
    return out


class FuzzyNameHit(NamedTuple, Generic[T]):
    """A named tuple, like the automaton's hits: cheap to build, and compilable."""

    start: int
    end: int
    name: str
    payloads: tuple[T, ...]
    edits: int


@mypyc_attr(allow_interpreted_subclasses=True)
class FuzzyNames(PickledState, Generic[T]):
    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        self._names: dict[str, list[T]] = {}
        for word, payload in entries:
            if " " in word or len(word) < MIN_LENGTH or not word.isalpha():
                continue
            if is_unspaced_script(word[0]):
                continue
            self._names.setdefault(word, []).append(payload)
        self._index: dict[str, set[str]] = {}
        for word in self._names:
            for key in {word, *_deletes(word, max_edits(word))}:
                self._index.setdefault(key, set()).add(word)
        self._cache: dict[str, tuple[str, int] | None] = {}

    def _closest(self, token: str) -> tuple[str, int] | None:
        if token in self._cache:
            return self._cache[token]
        if len(self._cache) > 200_000:
            self._cache.clear()
        best: tuple[str, int] | None = None
        ocr = _ocr_reading(token, self._names)
        if ocr is not None:
            best = (ocr, 1)
        elif token not in self._names:
            candidates: set[str] = set()
            for key in {token, *_deletes(token, max_edits(token))}:
                candidates |= self._index.get(key, set())
            for name in sorted(candidates):
                if name[0] != token[0]:
                    continue
                limit = min(max_edits(name), max_edits(token))
                distance = OSA.distance(token, name, score_cutoff=limit)
                if not 0 < distance <= limit or (best is not None and distance >= best[1]):
                    continue
                if min(len(name), len(token)) < LONG and not plausible_typo(token, name):
                    continue
                if distance == 2 and not _two_letters_by_ear(token, name):
                    continue
                best = (name, distance)
        self._cache[token] = best
        return best

    def find(self, folded: str) -> Iterator[FuzzyNameHit[T]]:
        # each distinct word once (listings repeat theirs); positions only for those that read
        # as a misspelled name
        readings = {}
        for token in set(WORD.findall(folded)):
            if not is_unspaced_script(token[0]) and (found := self._closest(token)) is not None:
                readings[token] = found
        if not readings:
            return
        for match in WORD.finditer(folded):
            if (reading := readings.get(match.group())) is not None:
                name, edits = reading
                yield FuzzyNameHit(
                    match.start(), match.end(), name, tuple(self._names[name]), edits
                )


def _two_letters_by_ear(a: str, b: str) -> bool:
    """Two letters changed in a long word are a misspelling when each is written for one that
    sounds alike (a vowel for a vowel, or letters of one SOUND_ALIKE group): "harimou" spelt
    by ear, not "keterangan" (information), two consonants away from "kemedangan"."""
    if len(a) != len(b):
        return True  # a letter left out or added: judged by the distance alone
    diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diffs) != 2 or all(
        (x in VOWELS and y in VOWELS) or any({x, y} <= g for g in SOUND_ALIKE) for x, y in diffs
    )


# Letters a photographed board or label is misread as by text recognition: "rnacaw" (macaw),
# "vvhite" (white), "clove" read for "dove" stays out: only a reading that is a name counts.
OCR_CONFUSIONS = (("rn", "m"), ("vv", "w"), ("cl", "d"))


MIN_LONG_EAR = 7


def ear_readings(token: str) -> tuple[tuple[str, str], ...]:
    """The spellings by ear that may have produced the token (see LONG_EAR_READINGS)."""
    return (*EAR_READINGS, *LONG_EAR_READINGS) if len(token) >= MIN_LONG_EAR else EAR_READINGS


def same_by_ear(token: str, word: str) -> bool:
    """The token is the word written by ear: "guacamallo" for "guacamayo"."""
    return any(
        wrong in token and token.replace(wrong, right) == word
        for wrong, right in ear_readings(token)
    )


def _ocr_reading(token: str, names: dict[str, list[T]]) -> str | None:
    """The name a token reads as once OCR's usual confusions, or a spelling by ear, are
    undone, if it is one."""
    if token in names:
        return None
    for wrong, right in (*OCR_CONFUSIONS, *ear_readings(token)):
        if wrong in token and (reading := token.replace(wrong, right)) in names:
            return reading
    return None


def plausible_typo(a: str, b: str, min_substitution: int = MIN_SUBSTITUTION_LENGTH) -> bool:
    """One edit of the kinds people make spelling a word by ear (see the module docstring);
    a letter changed counts from `min_substitution` letters."""
    if len(a) == len(b):
        if len(a) < min_substitution:  # "makan" (eat) is not "macan" (tiger)
            return False
        diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        if len(diffs) == 2:  # two vowels or two consonants written the other way round:
            # "tarseir" (tarsier), "sevral" (serval), "pyhton"; not a vowel with a consonant
            i = next(k for k in range(len(a)) if a[k] != b[k])
            return (
                i + 1 < len(a)
                and a[i] == b[i + 1]
                and a[i + 1] == b[i]
                and (a[i] in VOWELS) == (a[i + 1] in VOWELS)
                and {a[i], a[i + 1]} != DIGRAPH_GN
            )
        if len(diffs) != 1:
            return False
        changed = set(diffs[0])
        return any(changed <= g for g in SOUND_ALIKE) or (
            changed == LONG_SOUND_ALIKE and len(a) >= MIN_LONG_EAR
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) - len(short) != 1:
        return False
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    extra = long_[i]
    doubled = (i > 0 and long_[i - 1] == extra) or (i + 1 < len(long_) and long_[i + 1] == extra)
    return long_[:i] + long_[i + 1 :] == short and (doubled or _silent(long_, i, long_ is b))


def _silent(word: str, i: int, in_name: bool = True) -> bool:
    """A letter one may leave out without changing the sound: the soft and hard signs, a final
    e (ivoir), one of two vowels side by side, a final t or g after n (French "éléphan",
    Indonesian "kukan"), a c before q or k, the h of rh and ph (rinoceronte, pyton) and of th
    before a vowel ("pantère"); not the h of a final th ("slots" is not "sloths"). (A final h
    after a vowel counts only inside a name of several words, _final_h: "akikah", a birth
    feast, is no "akika".) The final t
    and g only when the name has them (`in_name`): Indonesian "bareng" is no "Bären"."""
    char = word[i]
    before = word[i - 1] if i > 0 else ""
    after = word[i + 1] if i + 1 < len(word) else ""
    # one vowel of two inside a long word written for one sound: "tortise"; not at the end
    # ("avvolti" is no "avvoltoi")
    paired_vowel = (
        char in VOWELS
        and len(word) >= LONG
        and i + 2 < len(word)
        and (before in VOWELS or after in VOWELS)
    )
    return (
        char in "ьъ"
        or (char == "e" and not after)
        or paired_vowel
        or (
            char in "tg" and not after and before == "n" and in_name
        )  # "éléphan"; Malay -ng said -n: "kukan"
        or (char == "c" and after in ("q", "k"))  # "greque", "grecque"
        or (char == "h" and (before in ("r", "p") or (before == "t" and after in VOWELS)))
    )


TOKEN = re.compile(r"[^\W\d_]+")
MIN_ANCHOR = 4  # the word written right, which places the phrase
MIN_PHRASE = 9  # letters in the whole name
MAX_GAP = 2  # characters between two words of a name ("star tortoise", "ball-python")


@mypyc_attr(allow_interpreted_subclasses=True)
class FuzzyPhrases(PickledState, Generic[T]):
    """Names of two or three words with one word misspelled ("star tortoice", "ball pyton",
    "hyacynth macaw"): another word of the name, written right and at least four letters
    long, anchors the phrase, so one edit in a word of five letters or more is enough."""

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        self._phrases: dict[tuple[str, ...], list[T]] = {}
        for phrase, payload in entries:
            words = tuple(phrase.split())
            if not 2 <= len(words) <= 3 or sum(map(len, words)) < MIN_PHRASE:
                continue
            if not all(w.isalpha() for w in words) or is_unspaced_script(phrase[0]):
                continue
            self._phrases.setdefault(words, []).append(payload)
        # an anchor word, its place in the phrase and the phrase's length → the places that
        # occur; (anchor, place, length, first letters of all words) → the phrases, as the
        # misspelled word keeps its first letter too
        self._anchors: dict[str, set[tuple[int, int]]] = {}
        self._by_initials: dict[tuple[str, int, int, str], list[tuple[str, ...]]] = {}
        for words in self._phrases:
            initials = _initials(words)
            for n, word in enumerate(words):
                if len(word) >= MIN_ANCHOR:
                    self._anchors.setdefault(word, set()).add((n, len(words)))
                    key = (word, n, len(words), initials)
                    self._by_initials.setdefault(key, []).append(words)

    def find(self, folded: str, tokens: list[str] | None = None) -> Iterator[FuzzyNameHit[T]]:
        """Near misses of the names in `folded`; `tokens` are its TOKEN words if the caller
        has them already."""
        text_words = TOKEN.findall(folded) if tokens is None else tokens
        if self._anchors.keys().isdisjoint(text_words):  # many texts: no anchor at all
            return
        spans: list[tuple[int, int]] = []  # found only once a near miss needs them
        found: set[tuple[int, int]] = set()
        firsts = [SAME_FIRST_SOUND.get(t[0], t[0]) for t in text_words]
        for i, token in enumerate(text_words):
            for n, length in self._anchors.get(token, ()):
                first = i - n
                if first < 0 or first + length > len(text_words):
                    continue
                initials = "".join(firsts[first : first + length])
                for words in self._by_initials.get((token, n, length, initials), ()):
                    yield from self._confirmed(folded, text_words, first, words, spans, found)

    def _confirmed(
        self,
        folded: str,
        text_words: list[str],
        first: int,
        words: tuple[str, ...],
        spans: list[tuple[int, int]],
        found: set[tuple[int, int]],
    ) -> Iterator[FuzzyNameHit[T]]:
        """The phrase at `first`, if one word is one plausible typo away and the words stand
        together; `spans` (filled on first need) and `found` are shared across calls."""
        if not _near_miss(text_words, first, words):
            return
        if not spans:
            spans.extend(m.span() for m in TOKEN.finditer(folded))
        window = [(*spans[k], text_words[k]) for k in range(first, first + len(words))]
        span = (window[0][0], window[-1][1])
        if _adjacent(folded, window) and _one_typo(window, words) and span not in found:
            found.add(span)
            payloads = tuple(self._phrases[words])
            yield FuzzyNameHit(window[0][0], window[-1][1], " ".join(words), payloads, 1)


def _initials(words: Iterable[str]) -> str:
    """The first letters of the words, those that sound alike written the same."""
    return "".join(SAME_FIRST_SOUND.get(w[0], w[0]) for w in words)


def _near_miss(tokens: list[str], first: int, words: tuple[str, ...]) -> bool:
    """Cheap test before the others: exactly one word differs, with the same first letter
    (or one written by ear) and a length at most one apart."""
    misses = 0
    for k, word in enumerate(words):
        token = tokens[first + k]
        if token != word:
            misses += 1
            if misses > 1 or abs(len(token) - len(word)) > 1:
                return False
            if token[0] != word[0] and not same_by_ear(token, word):
                return False
    return misses == 1


def _adjacent(folded: str, window: list[tuple[int, int, str]]) -> bool:
    return all(
        0 < b[0] - a[1] <= MAX_GAP and not folded[a[1] : b[0]].strip(" -")
        for a, b in pairwise(window)
    )


MIN_FINAL_H = 4


def _final_h(token: str, word: str) -> bool:
    """One word of a name with a final h after a vowel added or dropped, as Malay and
    Indonesian sellers write it ("jawah" for jawa, "dara" for darah); four letters at least."""
    short, long_ = (token, word) if len(token) < len(word) else (word, token)
    return len(short) >= MIN_FINAL_H and long_ == short + "h" and short[-1] in VOWELS


def _one_typo(window: list[tuple[int, int, str]], words: tuple[str, ...]) -> bool:
    """Exactly one word differs, by one edit, and it has five letters or more and the
    name's first letter; a letter more or less at the end is an inflection ("musk grains"
    of "musk grain"), not a typo; below eight letters only a typo made spelling by ear counts
    ("snow leotard" is no snow leopard), a letter changed from five letters as the other words
    place the name ("медвежья жолчь")."""
    typos = [(t, w) for (_, _, t), w in zip(window, words, strict=True) if t != w]
    if len(typos) != 1:
        return False
    token, word = typos[0]
    if _final_h(token, word):  # "owa jawah", "murai batuh", "sanca dara"
        return True
    return (
        min(len(token), len(word)) >= MIN_LENGTH
        and token[0] == word[0]
        and not (token.startswith(word) or word.startswith(token))
        and (
            min(len(token), len(word)) >= LONG
            or plausible_typo(token, word, MIN_LENGTH)
            or _swapped_neighbours(token, word)
        )
        and OSA.distance(token, word, score_cutoff=1) == 1
    ) or (min(len(token), len(word)) >= MIN_LENGTH and same_by_ear(token, word))


def _swapped_neighbours(a: str, b: str) -> bool:
    """Two neighbouring letters typed the other way round, a vowel with a consonant too
    ("berunag madu"): with the rest of the name written right, a slip of the fingers, which
    a single word is not enough to tell from another word (plausible_typo)."""
    if len(a) != len(b):
        return False
    diffs = [k for k in range(len(a)) if a[k] != b[k]]
    return (
        len(diffs) == 2
        and diffs[1] == diffs[0] + 1
        and a[diffs[0]] == b[diffs[1]]
        and a[diffs[1]] == b[diffs[0]]
    )
