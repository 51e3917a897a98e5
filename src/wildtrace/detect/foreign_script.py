"""Names of Latin-script languages written in Cyrillic letters: "Statuetta in аворио" (avorio),
"Эльфенбайн Armreif" (Elfenbein), "Pure тайгер боун powder" (tiger bone).

Sellers write the word a filter looks for in another script, as it sounds. In a text written
mostly in Latin letters, each run of Cyrillic words is spelled out in Latin letters as an
English, French or German reader would say it and read again for names, exactly and as near
misses. Only names of languages written in Latin letters count (a Russian name read this way
would be Russian, which the Cyrillic reading already finds). Russian texts, whose Cyrillic
letters outnumber their Latin ones, are not read this way at all.
"""

from __future__ import annotations

import re

from wildtrace.detect.automaton import PhraseAutomaton
from wildtrace.detect.fuzzy_names import FuzzyNames
from wildtrace.lexicon.load import Term

LATIN_LANGS = frozenset({"en", "fr", "es", "pt", "de", "it", "id", "ms", "tl", "sw", "vi"})
CYRILLIC_RUN = re.compile(r"[а-яё]+(?:[ -][а-яё]+)*")
LATIN_LETTER = re.compile(r"[a-z]")
CYRILLIC_LETTER = re.compile(r"[а-яё]")
MIN_LETTERS = 5
# each Cyrillic letter as it sounds to a Western reader (й after a vowel is the i of "ai")
LATIN_SOUNDS = (
    ("а", "a"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"), ("е", "e"), ("ё", "yo"),
    ("ж", "zh"), ("з", "z"), ("и", "i"), ("й", "i"), ("к", "k"), ("л", "l"), ("м", "m"),
    ("н", "n"), ("о", "o"), ("п", "p"), ("р", "r"), ("с", "s"), ("т", "t"), ("у", "u"),
    ("ф", "f"), ("х", "h"), ("ц", "ts"), ("ч", "ch"), ("ш", "sh"), ("щ", "shch"), ("ъ", ""),
    ("ы", "y"), ("ь", ""), ("э", "e"), ("ю", "yu"), ("я", "ya"),
)  # fmt: skip
TO_LATIN = dict(LATIN_SOUNDS)


def spelled_out(run: str, table: dict[str, str] = TO_LATIN) -> tuple[str, list[int]]:
    """The run in Latin letters by `table` (Cyrillic letter → Latin letters; others kept), and
    for each of its characters the run offset it came from."""
    out: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(run):
        latin = table.get(char, char)
        out.append(latin)
        origin.extend([i] * len(latin))
    return "".join(out), origin


def latin_names(
    folded: str, names: PhraseAutomaton[Term], fuzzy: FuzzyNames[Term] | None
) -> list[tuple[int, int, Term, bool]]:
    """(start, end, term, misspelled) in folded offsets of each Latin-script name a Cyrillic
    run spells."""
    found: list[tuple[int, int, Term, bool]] = []
    if CYRILLIC_LETTER.search(folded) is None:  # most texts: one look, no count
        return found
    if len(CYRILLIC_LETTER.findall(folded)) >= len(LATIN_LETTER.findall(folded)):
        return found
    for run in CYRILLIC_RUN.finditer(folded):
        latin, origin = spelled_out(run.group())
        if len(latin) < MIN_LETTERS:
            continue
        hits: list[tuple[int, int, tuple[Term, ...], bool]] = [
            (h.start, h.end, h.payloads, False) for h in names.find(latin)
        ]
        if fuzzy is not None:
            hits += [(h.start, h.end, h.payloads, True) for h in fuzzy.find(latin)]
        for start, end, payloads, misspelled in hits:
            terms = [
                t
                for t in payloads
                if t.lang in LATIN_LANGS
                and t.kind in {"name", "product"}
                and t.taxon
                and t.role != "misspelled"
                and len(t.text) >= MIN_LETTERS
            ]
            if terms and end - start >= MIN_LETTERS:
                at = run.start() + origin[start]
                to = run.start() + origin[end - 1] + 1
                found.append((at, to, terms[0], misspelled))
    return found
