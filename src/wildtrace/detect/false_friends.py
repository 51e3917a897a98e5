"""Words that name a taxon in one language and are everyday words in others: Tagalog "tuko"
(tokay gecko) is Swahili "tuko" (we are), French "ours" (bear) is English "ours", Spanish
"mono" (monkey) is mono sound in four languages. Traps list phrases one by one ("tuko
Nairobi", "tuko tayari") and never catch up with the places and words that follow; here the
text's own words decide: where more of them are frequent words of the other language than of
the name's (at least two), the word names nothing. The same frequent words tell two words
from one spaced apart: "bar en" (a bar in …) is no "Bären" written as "bar en".
"""

from __future__ import annotations

import re
from collections import Counter

from mypy_extensions import mypyc_attr

from wildtrace.domain.analysis import TaxonMatch
from wildtrace.lexicon.load import Lexicon
from wildtrace.textnorm.normalise import normalise
from wildtrace.textnorm.pickled_state import PickledState

WORD = re.compile(r"\w+")
MIN_OTHER_WORDS = 2  # one shared-looking word is no evidence of a language


def folded(text: str) -> str:
    """The word as the folded view writes it (the engine's own normalisation: case, marks,
    dotless ı, ß), so that lexicon words and matches compare with the text's words."""
    return normalise(text).text.strip()


@mypyc_attr(allow_interpreted_subclasses=True)
class FalseFriends(PickledState):
    def __init__(self, lexicon: Lexicon) -> None:
        words: dict[str, set[str]] = {}
        for term in lexicon.of_kind("frequent_word"):
            words.setdefault(term.lang or "", set()).update(folded(term.text).split())
        # every frequent word of any language, for pieces of a spaced-out name
        self.frequent = frozenset(w for found in words.values() for w in found)
        # form → (words of the other language, words of the name's language) for each other
        # language; words both languages share count for neither
        self.forms: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
        for term in lexicon.of_kind("false_friend"):
            form = folded(term.text)
            name_words = words.get(term.lang or "", set())
            for other in (term.role or "").split():
                other_words = words.get(other, set())
                self.forms.setdefault(form, []).append(
                    (
                        frozenset(other_words - name_words - {form}),
                        frozenset(name_words - other_words - {form}),
                    )
                )

    def kept(self, found: list[TaxonMatch], text: str) -> list[TaxonMatch]:
        """The matches without false friends in a text written in their other language, nor
        words read as one name spaced apart; `text` is the folded view."""
        found = [t for t in found if not self._words_apart(t)]
        suspects = {id(t): form for t in found if (form := folded(t.matched)) in self.forms}
        if not suspects:
            return found
        counts = Counter(WORD.findall(text))
        dropped = {i for i, form in suspects.items() if self._elsewhere(form, counts)}
        return [t for t in found if id(t) not in dropped] if dropped else found

    def _words_apart(self, match: TaxonMatch) -> bool:
        """A name read from pieces spaced apart ("ivo ry") where every piece is a frequent
        word of some language: words, not a name cut up ("Se vende bar en Málaga")."""
        if "spaced_letters" not in match.evasion:
            return False
        pieces = WORD.findall(folded(match.matched))
        return len(pieces) > 1 and all(len(p) > 1 and p in self.frequent for p in pieces)

    def _elsewhere(self, form: str, counts: Counter[str]) -> bool:
        for other_words, name_words in self.forms[form]:
            other = sum(n for word, n in counts.items() if word in other_words)
            name = sum(n for word, n in counts.items() if word in name_words)
            if other >= MIN_OTHER_WORDS and other > name:
                return True
        return False
