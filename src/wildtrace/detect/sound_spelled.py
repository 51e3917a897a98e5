"""Latin and English names spelled by their sound in katakana or hangul: "アストロケリス・
ラディアータ" (Astrochelys radiata), "브라키펠마 스미시" (Brachypelma smithi), "팬케이크 토터스"
(pancake tortoise).

Japanese and Korean keepers write a species' scientific name, or its English name, as it
sounds, in the letters of their language, which no list of Japanese or Korean names holds.
The run of katakana or hangul is written back in Latin letters (Hepburn; Revised Romanization)
and both it and every scientific and English name are reduced to a key of their consonants:
the vowels the two languages add between consonants and at word ends drop out, and the
consonants they cannot tell apart are written alike (l and r, b and v, c, ch, q and k, z and
s, j and g). An r after a vowel is also left out of the Latin name, as both languages drop it
from English words (トータス, 토터스: tortoise). A run reads as a name when its key is the
name's whole key, of six consonants or more, and no other taxon shares the key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mypy_extensions import mypyc_attr

from wildtrace.textnorm.pickled_state import PickledState

# katakana → romaji (the small ャュョァィゥェォ join the kana before them)
KANA = {
    **dict(zip("アイウエオ", ["a", "i", "u", "e", "o"], strict=True)),
    **dict(zip("カキクケコ", ["ka", "ki", "ku", "ke", "ko"], strict=True)),
    **dict(zip("ガギグゲゴ", ["ga", "gi", "gu", "ge", "go"], strict=True)),
    **dict(zip("サシスセソ", ["sa", "shi", "su", "se", "so"], strict=True)),
    **dict(zip("ザジズゼゾ", ["za", "ji", "zu", "ze", "zo"], strict=True)),
    **dict(zip("タチツテト", ["ta", "chi", "tsu", "te", "to"], strict=True)),
    **dict(zip("ダヂヅデド", ["da", "ji", "zu", "de", "do"], strict=True)),
    **dict(zip("ナニヌネノ", ["na", "ni", "nu", "ne", "no"], strict=True)),
    **dict(zip("ハヒフヘホ", ["ha", "hi", "fu", "he", "ho"], strict=True)),
    **dict(zip("バビブベボ", ["ba", "bi", "bu", "be", "bo"], strict=True)),
    **dict(zip("パピプペポ", ["pa", "pi", "pu", "pe", "po"], strict=True)),
    **dict(zip("マミムメモ", ["ma", "mi", "mu", "me", "mo"], strict=True)),
    **dict(zip("ラリルレロ", ["ra", "ri", "ru", "re", "ro"], strict=True)),
    **dict(zip("ヤユヨワヲン", ["ya", "yu", "yo", "wa", "o", "n"], strict=True)),
    "ヴ": "vu",
    **dict(zip("ャュョァィゥェォ", ["ya", "yu", "yo", "a", "i", "u", "e", "o"], strict=True)),
}
KATAKANA_WORD = re.compile(r"[ァ-ヴー]+")
HANGUL_WORD = re.compile(r"[가-힣]+")
MAX_WORDS = 3
SEPARATORS = frozenset({" ", "・", "･", "-", "="})  # between the words of one name
# hangul letters in Revised Romanization: initials, vowels, finals
INITIALS = "g kk n d tt r m b pp s ss _ j jj ch k t p h".split()  # noqa: SIM905
VOWELS_KO = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()  # noqa: SIM905
FINALS = ["", *"k k k n n n t l k m l l l l l m p p t t ng t t k t p t".split()]  # noqa: SIM905
MIN_KEY = 7
# hangul writes Korean's own words too, which make keys by chance ("저희 집 어항에서"): no
# word that ends in a particle or a verb ending
MIN_KEY_HANGUL = 7
KOREAN_ENDINGS = (
    "에서", "에게", "으로", "에", "의", "을", "를", "은", "는", "이", "가", "도", "로", "와", "과",
    "요", "다", "고", "서", "만",
)  # fmt: skip
# consonants written alike, after digraphs are undone
ALIKE = str.maketrans({"l": "r", "v": "b", "c": "k", "q": "k", "z": "s", "j": "g", "f": "p"})
# x is k + s (クス); th is s in English words (スミス, 스미스: Smith) and t in Greek ones
# (オルニトプテラ: Ornithoptera), so a Latin name gets both
DIGRAPHS = (("sh", "s"), ("ch", "k"), ("ph", "f"), ("rh", "r"), ("ts", "s"), ("x", "ks"))
DOUBLED = re.compile(r"([a-z])\1+")
NOT_CONSONANTS = re.compile(r"[^bcdfgjklmnpqrstvxz]")
VOWEL_THEN_R = re.compile(r"(?<=[aeiouy])r(?![aeiouy])")
SOFT_C = re.compile(r"c(?=[eiy])")


def romanised_kana(run: str) -> str:
    out: list[str] = []
    for char in run:
        if char in "ャュョァィゥェォ" and out:  # キャ, ファ: the small kana takes the vowel
            out[-1] = out[-1][:-1]
        if char in {"ー", "ッ"}:
            continue
        out.append(KANA.get(char, " "))
    return "".join(out)


def romanised_hangul(run: str) -> str:
    out: list[str] = []
    for char in run:
        code = ord(char) - 0xAC00
        if not 0 <= code < 11172:
            out.append(" ")
            continue
        initial, rest = divmod(code, 588)
        vowel, final = divmod(rest, 28)
        out.append(INITIALS[initial].replace("_", "") + VOWELS_KO[vowel] + FINALS[final])
    return "".join(out)


def sound_keys(latin: str, as_written: bool = True) -> set[str]:
    """The consonant keys of a Latin spelling; a name also gets its key with the r after a
    vowel left out (`as_written` False is for spellings from kana or hangul, which keep only
    what they wrote)."""
    word = SOFT_C.sub("s", DOUBLED.sub(r"\1", latin.lower()))
    for digraph, single in DIGRAPHS:
        word = word.replace(digraph, single)
    forms = {word.replace("th", "s"), word.replace("th", "t")}
    if as_written:
        forms |= {VOWEL_THEN_R.sub("", form) for form in forms}
    keys = set()
    for form in forms:
        keys.add(NOT_CONSONANTS.sub("", form).translate(ALIKE))
    return keys


@mypyc_attr(allow_interpreted_subclasses=True)
class SoundSpelled(PickledState):
    """Names by their consonant key, and the runs of katakana and hangul that spell one."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        """`names`: (Latin spelling, taxon) pairs; keys two taxa share are left out."""
        by_key: dict[str, set[str]] = {}
        for spelling, taxon in names:
            for key in sound_keys(spelling):
                if len(key) >= MIN_KEY:
                    by_key.setdefault(key, set()).add(taxon)
        self._taxon = {key: next(iter(t)) for key, t in by_key.items() if len(t) == 1}

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, taxon) of each run of one to three katakana or hangul words that
        spells a name, the longest first."""
        found: list[tuple[int, int, str]] = []
        for pattern, romanise in ((KATAKANA_WORD, romanised_kana), (HANGUL_WORD, romanised_hangul)):
            hangul = pattern is HANGUL_WORD
            words = [
                (m.start(), m.end())
                for m in pattern.finditer(text)
                if not (hangul and m.group().endswith(KOREAN_ENDINGS))
            ]
            i = 0
            while i < len(words):
                step = 1
                for j in range(min(len(words), i + MAX_WORDS), i, -1):
                    if any(
                        text[words[k][1] : words[k + 1][0]] not in SEPARATORS
                        for k in range(i, j - 1)
                    ):
                        continue  # the words of a name stand side by side
                    start, end = words[i][0], words[j - 1][1]
                    taxon = self._taxon_of(romanise(text[start:end]), hangul)
                    if taxon is not None:
                        found.append((start, end, taxon))
                        step = j - i
                        break
                i += step
        return found

    def _taxon_of(self, spelled: str, hangul: bool) -> str | None:
        for key in sound_keys(spelled, as_written=False):
            if hangul and len(key) < MIN_KEY_HANGUL:
                continue
            taxon = self._taxon.get(key)
            if taxon is not None:
                return taxon
        return None
