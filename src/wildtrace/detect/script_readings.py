"""Names read in a text written in another script than the lexicon's name: Russian in Latin
letters spelled back in Cyrillic (russian_in_latin.py), Japanese romaji spelled back in katakana
(japanese_in_latin.py), scientific and English names spelled by sound in katakana or hangul
(sound_spelled.py), and Arabic in Latin letters and digits (arabizi.py).

The lexicon detector holds one of these and turns its hits into detections: each hit is in the
original text's offsets and carries the lexicon term read, where there is one, and the taxon.
The traps and negations of Russian and Japanese are read on the spelling back, as the context
scanner reads the text as written ("bivni mamonta" is mammoth ivory).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from mypy_extensions import mypyc_attr

from wildtrace.detect.arabizi import ArabiziNames
from wildtrace.detect.automaton import PhraseAutomaton
from wildtrace.detect.inflected_names import InflectedNames
from wildtrace.detect.japanese_in_latin import MIN_NAME_ALONE, katakana_reading
from wildtrace.detect.russian_in_latin import NEGATING_ROLES, NEGATION_REACH, cyrillic_reading
from wildtrace.detect.sound_spelled import SoundSpelled
from wildtrace.detect.views import TextViews
from wildtrace.lexicon.load import Lexicon, Term
from wildtrace.species.kb import KnowledgeBase
from wildtrace.textnorm.normalise import normalise
from wildtrace.textnorm.pickled_state import PickledState

MIN_KANA_NAME = 4  # kana of a romaji name in a text other words show to be Japanese
SOUND_SPELLED_RANKS = frozenset({"SPECIES", "SUBSPECIES", "GENUS"})
KANA_OR_HANGUL = re.compile("[ァ-ヴ가-힣]")
ARABIC_LETTER = re.compile("[\u0621-\u064a]")


class ScriptHit(NamedTuple):
    """A name read in another script, in the original text's offsets."""

    start: int
    end: int
    term: Term | None  # the lexicon term, for readings spelled back into its script
    taxon: str


@mypyc_attr(allow_interpreted_subclasses=True)
class ScriptReadings(PickledState):
    def __init__(
        self,
        lexicon: Lexicon,
        kb: KnowledgeBase,
        folded: list[tuple[str, Term]],
        automaton: PhraseAutomaton[Term],
        inflected: InflectedNames[Term],
    ) -> None:
        """`folded`: the lexicon's terms with their folded text; `automaton` and `inflected`
        the detector's own, which the spellings back are read with."""
        self._automaton = automaton
        self._inflected = inflected
        self._senses_of: dict[str, PhraseAutomaton[bool]] = {
            lang: PhraseAutomaton(
                (normalise(t.text).text, True)
                for t in lexicon.of_kind("trap", "context")
                if t.lang == lang and (t.kind == "trap" or t.role in NEGATING_ROLES)
            )
            for lang in ("ru", "ja")
        }
        self._sound_spelled = SoundSpelled(
            [
                *((t.name, t.name) for t in kb.taxa.values() if t.rank in SOUND_SPELLED_RANKS),
                *(
                    (t.text, str(t.taxon))
                    for _, t in folded
                    if t.lang == "en" and t.kind == "name" and t.role != "misspelled"
                ),
            ]
        )
        self._arabizi = ArabiziNames(
            (text, str(t.taxon))
            for text, t in folded
            if t.lang == "ar" and t.kind in {"name", "product"} and ARABIC_LETTER.search(text)
        )

    def find(self, views: TextViews, words: set[str]) -> list[ScriptHit]:
        """Every reading, in order: Russian, Japanese, by sound, Arabizi. `words` are the
        folded text's words."""
        folded = views.folded
        hits: list[ScriptHit] = []
        russian = cyrillic_reading(folded.text, words)
        if russian is not None:
            hits += self._spelled_back(views, *russian, "ru", 0)
        japanese = katakana_reading(folded.text, words)
        if japanese is not None:
            text, origin, sure = japanese
            shortest = MIN_KANA_NAME if sure else MIN_NAME_ALONE
            hits += self._spelled_back(views, text, origin, "ja", shortest)
        original = views.original
        if KANA_OR_HANGUL.search(original):
            hits += [ScriptHit(a, b, None, t) for a, b, t in self._sound_spelled.find(original)]
        for at, to, taxon in self._arabizi.find(folded.text):
            start, end = folded.span(at, to)
            hits.append(ScriptHit(start, end, None, taxon))
        return hits

    def _spelled_back(
        self, views: TextViews, text: str, origin: list[int], lang: str, whole_words_of: int
    ) -> list[ScriptHit]:
        """Names of `lang` in the text spelled back in that language's script (`origin` maps
        each character to the folded text). With `whole_words_of`, a name must be one whole
        word of the spelling and that many characters long or more."""
        folded = views.folded
        senses = self._senses_of.get(lang)
        unsaid = [(h.start, h.end) for h in senses.find(text)] if senses is not None else []
        found = [(h.start, h.end, h.payloads) for h in self._automaton.find(text)]
        if lang == "ru":
            found += [(h.start, h.end, h.payloads) for h in self._inflected.find(text)]
        read = [
            (at, to, terms[0])
            for at, to, payloads in found
            if (terms := [t for t in payloads if t.lang == lang and t.kind in {"name", "product"}])
            and terms[0].taxon
            and (not whole_words_of or _whole_word(text, at, to, whole_words_of))
        ]
        # a word a trap holds or a negation stands beside ("bivni mamonta") has that sense
        # wherever the text says it again
        unmade = {
            term.taxon
            for at, to, term in read
            if any(
                (s <= at and to <= e)
                or -NEGATION_REACH <= s - to <= NEGATION_REACH
                or -NEGATION_REACH <= at - e <= NEGATION_REACH
                for s, e in unsaid
            )
        }
        hits: list[ScriptHit] = []
        for at, to, term in read:
            if term.taxon in unmade:
                continue
            end = origin[to] if to < len(origin) else len(folded.text)
            start, end = folded.span(origin[at], end)
            hits.append(ScriptHit(start, end, term, str(term.taxon)))
        return hits


def _whole_word(text: str, at: int, to: int, shortest: int) -> bool:
    """The span is a whole word of the spelled text (no kana glued to it), long enough."""
    return (
        to - at >= shortest
        and (at == 0 or not _is_kana(text[at - 1]))
        and (to == len(text) or not _is_kana(text[to]))
    )


def _is_kana(char: str) -> bool:
    return "\u30a0" <= char <= "\u30ff"
