"""Forms of lexicon names derived when the engine is built, not listed in the lexicon files.

Korean and Thai names with one usual slip, German plurals, Spanish and Portuguese diminutives,
and the ways to cut a one-word name in two (for names written as two words). Each is derived
from the folded names, and a derived form that spells another listed term is left to that term.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from wildtrace.lexicon.load import Term
from wildtrace.textnorm.telex_keys import telex_spellings
from wildtrace.textnorm.vietnamese_slips import vietnamese_slips

MIN_SPLIT_COMPOUND = 8  # letters of a one-word name that may be found split in two
MIN_SPLIT_PART = 3
MIN_TELEX_WORDS = 2  # a one-syllable name typed in Telex is too often an English word
MIN_HIRAGANA = 5  # kana of a name written in hiragana: shorter ones hide inside other words
KATAKANA_FIRST, KATAKANA_LAST = "\u30a1", "\u30f6"  # ァ … ヶ, each 0x60 after its hiragana
UNSPACED_FROM = "\u0e00"  # Thai, Japanese, Chinese, Korean need no blanks to split


def split_heads(folded: list[tuple[str, Term]]) -> dict[str, frozenset[str]]:
    """Each way to cut a one-word name in two parts of three letters or more: first part →
    the second parts, so that two words of a text are checked with two lookups."""
    heads: dict[str, set[str]] = {}
    for text, term in folded:
        if term.kind not in {"name", "product"} or term.role == "misspelled":
            continue
        if len(text) < MIN_SPLIT_COMPOUND or not text.isalpha() or text[0] >= UNSPACED_FROM:
            continue
        for cut in range(MIN_SPLIT_PART, len(text) - MIN_SPLIT_PART + 1):
            heads.setdefault(text[:cut], set()).add(text[cut:])
    return {head: frozenset(tails) for head, tails in heads.items()}


def slips(
    folded: list[tuple[str, Term]],
    known: set[str],
    lang: str,
    slip: Callable[[str], list[str]],
) -> list[tuple[str, Term]]:
    """Names of one language with one usual slip (Korean 스로로리스, Thai นอแลด), as
    misspellings of the name; a slip that spells another listed term is left to that term."""
    out: list[tuple[str, Term]] = []
    for text, term in folded:
        if term.lang != lang or term.kind not in {"name", "product"} or term.role == "misspelled":
            continue
        slipped = [v for v in slip(text) if v not in known]
        if slipped:
            misspelled = replace(term, role="misspelled")
            out.extend((v, misspelled) for v in slipped)
    return out


def said_by_ear(folded: list[tuple[str, Term]], known: set[str]) -> list[tuple[str, Term]]:
    """Vietnamese names with one syllable written as a region says it ("rắn hổ mang trúa";
    textnorm/vietnamese_slips.py), as misspellings of the name. A changed syllable that the
    taxon's own names spell so is no slip: "trầm tự nhiên" from a listed "chầm tự nhiên" is
    agarwood written right."""
    syllables: dict[str, set[str]] = {}
    for text, term in folded:
        if term.lang == "vi" and term.kind in {"name", "product"}:
            syllables.setdefault(str(term.taxon), set()).update(text.split(" "))
    out: list[tuple[str, Term]] = []
    for text, term in folded:
        if term.lang != "vi" or term.kind not in {"name", "product"} or term.role == "misspelled":
            continue
        own = syllables.get(str(term.taxon), set())
        words = text.split(" ")
        slipped = [
            v
            for v in vietnamese_slips(text, term.text.casefold())
            if v not in known
            and not all(w in own for w, was in zip(v.split(" "), words, strict=True) if w != was)
        ]
        if slipped:
            misspelled = replace(term, role="misspelled")
            out.extend((v, misspelled) for v in slipped)
    return out


MIN_GLUED = 10  # letters of a two-word name that may be found written as one word


def glued(folded: list[tuple[str, Term]], known: set[str]) -> list[tuple[str, Term]]:
    """Names of two words in Latin letters written as one ("venusflytraps", "hawksbillturtle"),
    as misspellings of the name; ten letters at least, so that short pairs stay words."""
    out: list[tuple[str, Term]] = []
    for text, term in folded:
        if term.kind != "name" or term.role == "misspelled" or text.count(" ") != 1:
            continue
        one = text.replace(" ", "")
        if len(one) >= MIN_GLUED and one.isascii() and one.isalpha() and one not in known:
            out.append((one, replace(term, role="misspelled")))
    return out


def telex_typed(folded: list[tuple[str, Term]], known: set[str]) -> list[tuple[str, Term]]:
    """Vietnamese names of two words or more as typed in Telex with the input method off
    ("tee giacs" for tê giác; textnorm/telex_keys.py), as misspellings of the name."""
    out: list[tuple[str, Term]] = []
    seen: set[int] = set()
    for _, term in folded:
        if term.lang != "vi" or term.kind not in {"name", "product"} or term.role == "misspelled":
            continue
        if id(term) in seen or len(term.text.split()) < MIN_TELEX_WORDS:
            continue
        seen.add(id(term))
        typed = [v for v in telex_spellings(term.text) if v not in known]
        if typed:
            misspelled = replace(term, role="misspelled")
            out.extend((v, misspelled) for v in typed)
    return out


def german_plural(folded: str) -> str | None:
    """The plural of a German name's last noun, when its ending gives it: Schildkröte →
    Schildkröten, Papagei → Papageien, Ara → Aras; None where the plural changes the word
    inside (Vögel, Störe) or is the same (Tiger)."""
    if len(folded) < 4 or not folded[-1].isalpha():
        return None
    if folded.endswith("e"):
        return folded + "n"
    if folded.endswith(("ei", "bar")):  # folded: Bär → bar
        return folded + "en"
    if folded[-1] in "aou":
        return folded + "s"
    return None


def german_plurals(folded: list[tuple[str, Term]], known: set[str]) -> list[tuple[str, Term]]:
    """German names in the plural (Breitrandschildkröten, Graupapageien): the lexicon lists the
    singular, and a word glued to more letters is no match."""
    out: list[tuple[str, Term]] = []
    for text, term in folded:
        if term.lang == "de" and term.kind == "name":
            plural = german_plural(text)
            if plural is not None and plural not in known:
                out.append((plural, term))
    return out


# Arabic "turtle" as it is also written, without the long a (سلحفاة → سلحفة): the folded text has
# heh for teh marbuta, so the lexicon's سلحفاه gains سلحفه.
ARABIC_SHORT_SPELLINGS = (("سلحفاه", "سلحفه"),)


# A word's final hamza after alef, left out as most write it online (حرباء → حربا, صحراء → صحرا)
FINAL_HAMZA = re.compile("اء(?=\\s|$)")


def arabic_short_spellings(
    folded: list[tuple[str, Term]], known: set[str]
) -> list[tuple[str, Term]]:
    """Arabic names with a long vowel left out, as many write them (ARABIC_SHORT_SPELLINGS)."""
    out: list[tuple[str, Term]] = []
    for text, term in folded:
        if term.lang != "ar" or term.kind != "name":
            continue
        for long_, short in ARABIC_SHORT_SPELLINGS:
            if long_ in text and (variant := text.replace(long_, short)) not in known:
                out.append((variant, term))
    return out


# Spanish and Portuguese diminutives of a one-word name: motelo → motelito, guacamaya →
# guacamayita, tartaruga → tartaruguinha, macaco → macaquinho (sellers of young animals use
# them); from five letters ("oso" → "osito", a teddy bear, stays out).
DIMINUTIVES = {"es": ("ito", "ita"), "pt": ("inho", "inha")}
MIN_DIMINUTIVE_BASE = 5


def without_final_hamza(folded: list[tuple[str, Term]], known: set[str]) -> list[tuple[str, Term]]:
    """Arabic names with a word's final hamza left out (FINAL_HAMZA: "حربا يمنيه"), matched
    as written only: emoji standing for a word of a name read the names as listed."""
    out: list[tuple[str, Term]] = []
    for text, term in folded:
        if term.lang != "ar" or term.kind != "name":
            continue
        if (variant := FINAL_HAMZA.sub("ا", text)) != text and variant not in known:
            out.append((variant, term))
    return out


def diminutives(folded: str, lang: str) -> list[str]:
    """The diminutives, singular and plural, of a Spanish or Portuguese name ending in -o/-a."""
    endings = DIMINUTIVES.get(lang)
    if endings is None or len(folded) < MIN_DIMINUTIVE_BASE or not folded.isalpha():
        return []
    if folded[-1] not in "oa":
        return []
    stem = folded[:-1]
    stem = stem + "u" if stem.endswith("g") else stem[:-1] + "qu" if stem.endswith("c") else stem
    ending = endings[0] if folded[-1] == "o" else endings[1]
    return [stem + ending, stem + ending + "s"]


def diminutives_of(folded: list[tuple[str, Term]], known: set[str]) -> list[tuple[str, Term]]:
    """Names as sellers of young animals write them (see DIMINUTIVES)."""
    return [
        (small, term)
        for text, term in folded
        if term.kind == "name" and term.lang in DIMINUTIVES
        for small in diminutives(text, term.lang)
        if small not in known
    ]


def hiragana_spelled(folded: list[tuple[str, Term]], known: set[str]) -> list[tuple[str, Term]]:
    """Japanese names written in katakana, spelled in hiragana ("すろーろりす", "ほうしゃがめ"),
    as children, beginners and sellers avoiding filters write them; role "kana", read as a
    transliteration. Names of MIN_HIRAGANA kana or more only: hiragana runs without spaces,
    and a short name would be found inside other words."""
    out: list[tuple[str, Term]] = []
    for text, term in folded:
        if term.lang != "ja" or term.kind not in {"name", "product"} or term.role == "misspelled":
            continue
        if not any(KATAKANA_FIRST <= c <= KATAKANA_LAST for c in text):
            continue
        spelled = "".join(
            chr(ord(c) - 0x60) if KATAKANA_FIRST <= c <= KATAKANA_LAST else c for c in text
        )
        if sum(1 for c in spelled if "\u3041" <= c <= "\u3096") < MIN_HIRAGANA:
            continue
        if spelled not in known:
            known.add(spelled)
            out.append((spelled, replace(term, role="kana")))
    return out
