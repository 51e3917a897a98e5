"""Detector: taxa named by lexicon terms — names in 13 languages, products that imply a taxon
("rhino horn", "犀角"), code words ("white gold") and emoji (🐘🦷).

Collects: the taxon a listing offers when its scientific name is absent, which is most of the
time. Legal/ethical note: a code word is a lead, not proof; its confidence is lower and the
reason says which word matched. Known failure modes: new code words (the lexicon must be kept
up to date), generic words that point to a default taxon (see docs/lexicon.md), and terms used
in another sense (caught in part by traps and negations).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import ClassVar

from mypy_extensions import mypyc_attr
from rapidfuzz.distance import OSA

from wildtrace.detect.automaton import PhraseAutomaton
from wildtrace.detect.boundaries import is_pictograph
from wildtrace.detect.derived_terms import (
    arabic_short_spellings,
    diminutives_of,
    german_plurals,
    glued,
    hiragana_spelled,
    said_by_ear,
    slips,
    split_heads,
    telex_typed,
    without_final_hamza,
)
from wildtrace.detect.detector_configs import LexiconTermsDetectorConfig
from wildtrace.detect.emoji_in_words import EmojiInWords
from wildtrace.detect.emoji_pairs import emoji_pair_names
from wildtrace.detect.emoji_words import emoji_word_names
from wildtrace.detect.foreign_script import latin_names
from wildtrace.detect.fuzzy_names import TOKEN, FuzzyNames, FuzzyPhrases
from wildtrace.detect.homophones import HomophoneNames, pinyin_forms
from wildtrace.detect.implied_taxa import IMPLIED_CONFIDENCE, ImpliedHit, ImpliedRules, rule_of
from wildtrace.detect.inflected_names import InflectedNames
from wildtrace.detect.script_readings import ScriptReadings
from wildtrace.detect.shared_heads import list_item_readings, shared_head_readings
from wildtrace.detect.span_index import SpanIndex
from wildtrace.detect.vietnamese_marks import marks_disagree, typed_alike
from wildtrace.detect.views import TextViews, scan
from wildtrace.domain.analysis import TaxonMatch
from wildtrace.lexicon.load import Lexicon, Term
from wildtrace.species.kb import KnowledgeBase
from wildtrace.textnorm.deobfuscate import MIN_TONELESS, REDUPLICATION, THAI_TONE, THAI_TONE_MARKS
from wildtrace.textnorm.korean_typos import korean_typos
from wildtrace.textnorm.normalise import normalise
from wildtrace.textnorm.pickled_state import PickledState
from wildtrace.textnorm.thai_slips import thai_slips

# characters each side of a misspelled name searched for a trap it completes once corrected
TRAP_REACH = 40
MAX_CORRECTION = 3  # edits between a listed misspelling and the right spelling it stands for
NON_LATIN_LANGS = frozenset({"zh", "ja", "th", "ar", "ru", "ko", "hi"})
CONFIDENCE = {
    "name": 0.9,
    "product": 0.8,
    "code_word": 0.65,
    "emoji": 0.6,
    "implied": IMPLIED_CONFIDENCE,
}
KIND_ORDER = {kind: rank for rank, kind in enumerate(CONFIDENCE)}  # the surest kind first


@mypyc_attr(allow_interpreted_subclasses=True)
class LexiconTermsDetector(PickledState):
    id: ClassVar[str] = "detector.lexicon_terms.v1"
    summary: ClassVar[str] = (
        "Taxa by name, product, code word or emoji in 13 languages, from the lexicon"
    )
    kind: ClassVar[str] = "detector"
    Config: ClassVar[type[LexiconTermsDetectorConfig]] = LexiconTermsDetectorConfig

    def __init__(
        self, kb: KnowledgeBase, lexicon: Lexicon, config: LexiconTermsDetectorConfig | None = None
    ) -> None:
        self.config = config or LexiconTermsDetectorConfig()
        self.kb = kb
        kinds = ["name", "product"]
        kinds += ["code_word"] if self.config.code_words else []
        kinds += ["emoji"] if self.config.emoji else []
        kinds += ["implied"] if self.config.implied else []
        terms = [t for t in lexicon.of_kind(*kinds) if t.taxon is not None]
        self._implied = ImpliedRules([t for t in terms if t.kind == "implied"])
        folded = [(normalise(t.text).text, t) for t in terms]
        folded += [(v, t) for text, t in folded if t.lang == "ar" for v in arabic_variants(text)]
        folded += [(v, t) for text, t in folded if t.lang == "th" for v in thai_variants(text)]
        known = {text for text, _ in folded}
        folded += [
            *arabic_short_spellings(folded, known),
            *slips(folded, known, "ko", korean_typos),
            *slips(folded, known, "th", thai_slips),
            *said_by_ear(folded, known),
            *german_plurals(folded, known),
            *telex_typed(folded, known),
        ]
        # long Chinese names in pinyin are read as written only: near misses of them would
        # take 30 MB and read nothing a seller writes
        pinyin = pinyin_forms(folded, known)
        # diminutives are matched as written, never as a near miss ("leopardato" is no
        # "leopardito")
        small = diminutives_of(folded, known)
        self._split_heads = split_heads(folded)
        # names of two words written as one are matched as written only, like diminutives: a
        # near miss of "colombianboa" is no "colombiano"
        glued_names = glued(folded, known)
        # katakana names spelled in hiragana are matched as written only, like glued names:
        # an emoji read inside them ("🐢のか") or a near miss would find words, not names
        kana = hiragana_spelled(folded, known)
        self._automaton: PhraseAutomaton[Term] = PhraseAutomaton(
            [*folded, *small, *pinyin, *glued_names, *kana, *without_final_hamza(folded, known)]
        )
        names = [(text, t) for text, t in folded if t.kind in {"name", "product"}]
        # the first and last words of names of two words or more: a list may write them once
        self._heads = frozenset(
            w
            for text, t in folded
            if t.kind == "name" and " " in text
            for w in (text.split(" ")[0], text.split(" ")[-1])
            if len(w) >= MIN_HEAD
        )
        self._fuzzy = FuzzyNames(names) if self.config.fuzzy else None
        self._fuzzy_phrases = FuzzyPhrases(names) if self.config.fuzzy else None
        self._homophones = HomophoneNames(names) if self.config.fuzzy else None
        traps = [(normalise(t.text).text, True) for t in lexicon.of_kind("trap")]
        self._traps: PhraseAutomaton[bool] = PhraseAutomaton(traps)
        self._spelled_right = _spelled_right(folded)
        self._inflected: InflectedNames[Term] = InflectedNames(
            (text, t) for text, t in folded if t.kind == "name"
        )
        # names written in another script than their own (script_readings.py)
        self._scripts = ScriptReadings(lexicon, kb, folded, self._automaton, self._inflected)
        self._emoji_in_words = (
            EmojiInWords(kb, names, lexicon.of_kind("emoji"), _generic_product_words(lexicon))
            if self.config.emoji
            else None
        )

    def detect(self, views: TextViews) -> list[TaxonMatch]:
        matches = self._exact(views)
        index = SpanIndex(matches)
        folded = views.folded
        words = TOKEN.findall(folded.text)  # read once for split names and near misses
        for found in (
            self._split_compounds(views, index, words),
            self._emoji_inside_words(self._emoji_in_words, views, index)
            if self._emoji_in_words is not None
            else [],
        ):
            for match in found:
                matches.append(match)
                index.add(match)
        for hit in self._inflected.find(folded.text):
            start, end = folded.span(hit.start, hit.end)
            if not _overlaps(start, end, index):
                matches.append(self._match(views, start, end, hit.payloads[0], set(), 0.8))
                index.add(matches[-1])
        deob = views.deobfuscated
        if deob.changed:  # "3arless m0nitors": an inflected name under leetspeak
            for hit in self._inflected.find(deob.text):
                start, end = deob.span(hit.start, hit.end)
                tactics = set(deob.tactics_in(hit.start, hit.end)) - {REDUPLICATION, THAI_TONE}
                if tactics and not _overlaps(start, end, index):
                    matches.append(self._match(views, start, end, hit.payloads[0], tactics, 0.7))
                    index.add(matches[-1])
        matches.extend(self._sharing_a_head(views, index, matches))
        matches.extend(self._near_misses(views, index, words))
        matches.extend(self._in_cyrillic_letters(views, index))
        matches.extend(self._in_other_scripts(views, index, set(words)))
        return matches

    def _sharing_a_head(
        self, views: TextViews, index: SpanIndex, found: list[TaxonMatch]
    ) -> list[TaxonMatch]:
        """Names that share their head word with a name in a list: "radiated or spider
        tortoises" (shared_heads.py)."""
        out: list[TaxonMatch] = []
        text = views.original
        heads = list(dict.fromkeys(w for w in TOKEN.findall(views.folded.text) if w in self._heads))
        for start, end, reading in list_item_readings(text, heads, self._names_a_taxon):
            term = self._name_term(reading)
            if term is not None and not _overlaps(start, end, index):
                out.append(self._match(views, start, end, term, set(), 0.6))
                index.add(out[-1])
        for match in [m for m in found if m.name_kind.startswith("name")]:
            for start, end, reading in shared_head_readings(
                text, match.start, match.end, self._names_a_taxon
            ):
                if _overlaps(start, end, index):
                    continue
                term = self._name_term(reading)
                if term is None:
                    continue
                out.append(self._match(views, start, end, term, set(), 0.7))
                index.add(out[-1])
        return out

    def _names_a_taxon(self, phrase: str) -> bool:
        return self._name_term(phrase) is not None

    def _name_term(self, phrase: str) -> Term | None:
        """The lexicon's name (a species or group name, not a product word) spelled so."""
        found = self._automaton.lookup(normalise(phrase).text) or ()
        names = [t for t in found if t.kind == "name" and self.kb.lookup(str(t.taxon))]
        return names[0] if names else None

    def _in_other_scripts(
        self, views: TextViews, index: SpanIndex, words: set[str]
    ) -> list[TaxonMatch]:
        """Names written in another script than their own: "prodam kotenka manula",
        "Kotsumekawauso", "アストロケリス・ラディアータ", "7osan ba7r" (script_readings.py)."""
        out: list[TaxonMatch] = []
        for hit in self._scripts.find(views, words):
            taxon = self.kb.lookup(hit.taxon)
            if taxon is None or _overlaps(hit.start, hit.end, index):
                continue
            if hit.term is not None:
                match = self._match(views, hit.start, hit.end, hit.term, {"transliteration"}, 0.6)
            else:  # spelled by sound: no term of the lexicon reads so
                match = TaxonMatch(
                    name=taxon.name,
                    taxon_id=taxon.taxon_id,
                    rank=taxon.rank,
                    appendix=self.kb.effective_appendix(taxon),
                    matched=views.original[hit.start : hit.end],
                    start=hit.start,
                    end=hit.end,
                    name_kind="name_sound",
                    detector_id=self.id,
                    confidence=0.5,
                    evasion=("transliteration",),
                )
            out.append(match)
            index.add(match)
        return out

    def _in_cyrillic_letters(self, views: TextViews, index: SpanIndex) -> list[TaxonMatch]:
        """Names of Latin-script languages spelled in Cyrillic: "аворио" (foreign_script.py)."""
        out: list[TaxonMatch] = []
        folded = views.folded
        for at, to, term, misspelled in latin_names(folded.text, self._automaton, self._fuzzy):
            start, end = folded.span(at, to)
            if _overlaps(start, end, index) or self.kb.lookup(str(term.taxon)) is None:
                continue
            tactics = {"transliteration", *(["misspelled_common"] if misspelled else [])}
            out.append(self._match(views, start, end, term, tactics, 0.5 if misspelled else 0.6))
            index.add(out[-1])
        return out

    def _near_misses(
        self, views: TextViews, index: SpanIndex, words: list[str]
    ) -> list[TaxonMatch]:
        """Misspelled names and phrases ("star tortoice") no name read so far covers."""
        out: list[TaxonMatch] = []
        if self._fuzzy is None or self._fuzzy_phrases is None:
            return out
        folded = views.folded
        hits = [*self._fuzzy_phrases.find(folded.text, words), *self._fuzzy.find(folded.text)]
        for hit in hits:
            start, end = folded.span(hit.start, hit.end)
            # a misspelled phrase may hold a name written right ("star tortoice"): the
            # longer reading wins, as with exact names (engine: _inside_longer)
            if _overlaps(start, end, index):
                continue
            written = views.original[start:end].lower()
            if written in self.kb.by_name and written not in GENERA_READ_AS_FAMILY:
                continue  # a scientific name written right ("Kinyongia") is no typo
            term = hit.payloads[0]
            # German writes its nouns capitalised: "aus Elfenbain" is no proper name
            german_noun = any(t.text[:1].isupper() and t.lang == "de" for t in hit.payloads)
            if (
                proper_noun(views.original, start) and not german_noun
            ) or self._trapped_once_corrected(folded.text, hit.start, hit.end, hit.name):
                continue
            if self.kb.lookup(str(term.taxon)) is None:
                continue
            confidence = 0.6 if hit.edits == 1 else 0.5
            out.append(self._match(views, start, end, term, {"misspelled_common"}, confidence))
            index.add(out[-1])
        for at, to, name, term in self._homophones.find(folded.text) if self._homophones else ():
            start, end = folded.span(at, to)  # 金钱敏 for 金钱鳘 (homophones.py)
            if (
                _overlaps(start, end, index)
                or self.kb.lookup(str(term.taxon)) is None
                or self._trapped_once_corrected(folded.text, at, to, name)
            ):
                continue
            out.append(self._match(views, start, end, term, {"misspelled_common"}, 0.5))
            index.add(out[-1])
        return out

    def _emoji_inside_words(
        self, finder: EmojiInWords, views: TextViews, index: SpanIndex
    ) -> list[TaxonMatch]:
        """Names with an emoji for a part of them: "Elfen🦷", "🐢patt", "🐆 dahan"
        (emoji_in_words.py); an emoji for a word that is not the animal: "海🐴" (emoji_words.py)."""
        out: list[TaxonMatch] = []
        folded = views.folded
        # readings of an emoji as a word yield to a sequence of emoji the lexicon reads
        for at, to, term, as_word in [
            *((*r, False) for r in finder.find(folded.text)),
            *((*r, True) for r in finder.find_words(folded.text)),
            *((*r, True) for r in emoji_word_names(folded.text, self._automaton, self._traps)),
            *((*r, True) for r in emoji_pair_names(views.original, folded.text, self._automaton)),
        ]:
            start, end = folded.span(at, to)
            taxon = self.kb.lookup(str(term.taxon))
            # another reading of the same taxon over the emoji ("🦏角" as rhino horn) stands,
            # and so does a sequence of emoji the lexicon reads ("Indian 🐢⭐" is no softshell,
            # "🦁🐒 filhote" no lion cub)
            if (
                taxon is None
                or any(
                    m.start < end and start < m.end and m.name == taxon.name
                    for m in index.near(start, end)
                )
                or (
                    as_word
                    and any(
                        m.start < end and start < m.end and _emoji_sequence(m)
                        for m in index.near(start, end)
                    )
                )
            ):
                continue
            out.append(self._match(views, start, end, term, {"emoji"}, 0.6))
        return out

    def _split_compounds(
        self, views: TextViews, index: SpanIndex, words: list[str]
    ) -> list[TaxonMatch]:
        """One-word names written as two words ("Grau Papagei", "sea horse", "horn-bill"): the
        two words joined are a name of eight letters or more. A name found in one of the words
        must be the joined name's own taxon or one above it ("tortoise shell" stays two words:
        tortoiseshell would name the hawksbill)."""
        out: list[TaxonMatch] = []
        folded = views.folded
        heads = self._split_heads
        if heads.keys().isdisjoint(words):  # most texts: no word starts a cut name
            return out
        spans: list[re.Match[str]] = []  # found only once a pair needs them
        for n, (first, second) in enumerate(pairwise(words)):
            tails = heads.get(first)
            if tails is None or second not in tails:
                continue
            spans = spans or list(TOKEN.finditer(folded.text))
            left, right = spans[n], spans[n + 1]
            if right.start() - left.end() != 1 or folded.text[left.end()] not in " -":
                continue
            payloads = self._automaton.lookup(first + second)
            # not a misspelling joined: "orang utang" (Indonesian: a debtor) is no "orangutang"
            terms = [
                t
                for t in payloads or ()
                if t.kind in {"name", "product"} and t.role != "misspelled"
            ]
            if not terms or self._traps.lookup(f"{first} {second}"):
                continue  # the two words are a phrase of their own (traps): "orang utang"
            term = min(terms, key=lambda t: KIND_ORDER[t.kind])
            taxon = self.kb.lookup(str(term.taxon))
            if taxon is None:
                continue
            start, end = folded.span(left.start(), right.end())
            above = {taxon.name, *taxon.lineage, taxon.listed_under}
            # the two words may be a name as written ("ball python" beside Ballpython): no typo
            if any(
                (m.start < end and start < m.end and not (start <= m.start and m.end <= end))
                or (start <= m.start and m.end <= end and m.name not in above)
                or (m.start == start and m.end == end)
                for m in index.near(start, end)
            ):
                continue
            out.append(self._match(views, start, end, term, {"misspelled_common"}, 0.7))
        return out

    def _trapped_once_corrected(self, folded: str, start: int, end: int, name: str) -> bool:
        """A misspelling inside a phrase that is a trap once spelled right is that phrase:
        "color avorrio" is the colour ivory, "Jagwar XF" the car. A trap word inside the name
        ("trần", a ceiling, in a folded "rua hop tran vang") is no phrase the name is part of."""
        lo = max(0, start - TRAP_REACH)
        corrected = folded[lo:start] + name + folded[end : end + TRAP_REACH]
        at, to = start - lo, start - lo + len(name)
        return any(
            t.start < to
            and at < t.end
            and not (at <= t.start and t.end <= to and t.end - t.start < to - at)
            for t in self._traps.find(corrected)
        )

    def _misspelling_trapped(self, original: str, start: int, end: int, term: Term) -> bool:
        """A listed misspelling ("jagwar") inside a trap once spelled right ("Jaguar XF")."""
        right = self._spelled_right.get(id(term))
        if right is None:
            return False
        before = normalise(original[max(0, start - TRAP_REACH) : start]).text
        after = normalise(original[end : end + TRAP_REACH]).text
        text = before + right + after
        return self._trapped_once_corrected(text, len(before), len(before) + len(right), right)

    def _exact(self, views: TextViews) -> list[TaxonMatch]:
        matches = []
        implied: list[ImpliedHit] = []
        for hit in scan(self._automaton, views, syllables=True):
            implied.extend(
                ImpliedHit(hit.start, hit.end, t) for t in hit.payloads if t.kind == "implied"
            )
            payloads = [t for t in hit.payloads if t.kind != "implied"]
            if any(t.accents for t in payloads):  # names that count only with their marks
                written = views.original[hit.start : hit.end]
                payloads = [t for t in payloads if not t.accents or typed_alike(t.text, written)]
            if not hit.tactics and any(t.lang == "vi" for t in payloads):
                written = views.original[hit.start : hit.end]
                payloads = [
                    t for t in payloads if t.lang != "vi" or not marks_disagree(t.text, written)
                ]
            if not payloads:
                continue
            term = min(payloads, key=lambda t: KIND_ORDER[t.kind])
            taxon = self.kb.lookup(str(term.taxon))
            if taxon is None:
                continue
            evasion = set(hit.tactics)
            if term.kind in {"code_word", "emoji"}:
                evasion.add(term.kind)
            if term.role == "misspelled":
                evasion.add("misspelled_common")
                if self._misspelling_trapped(views.original, hit.start, hit.end, term):
                    continue
            if _romanised(term):
                evasion.add("transliteration")
            confidence = CONFIDENCE[term.kind] - (0.0 if term.reviewed else 0.05)
            matches.append(self._match(views, hit.start, hit.end, term, evasion, confidence))
        for found in self._implied.resolve(implied):
            evasion = {"transliteration"} if _romanised(found.term) else set()
            if any(is_pictograph(c) for c in found.term.text):  # 🐢 beside "star", ngà 🐘
                evasion.add("emoji")
            if rule_of(found.term)[0] == "code_trigger":
                evasion.add("code_word")
            confidence = IMPLIED_CONFIDENCE - (0.0 if found.term.reviewed else 0.05)
            matches.append(
                self._match(views, found.start, found.end, found.term, evasion, confidence)
            )
        return matches

    def _match(
        self,
        views: TextViews,
        start: int,
        end: int,
        term: Term,
        evasion: set[str],
        confidence: float,
    ) -> TaxonMatch:
        taxon = self.kb.lookup(str(term.taxon))
        assert taxon is not None
        return TaxonMatch(
            name=taxon.name,
            taxon_id=taxon.taxon_id,
            rank=taxon.rank,
            appendix=self.kb.effective_appendix(taxon),
            matched=views.original[start:end],
            start=start,
            end=end,
            name_kind=f"{term.kind}_{term.lang}" if term.lang else term.kind,
            detector_id=self.id,
            confidence=confidence,
            evasion=tuple(sorted(evasion)),
            product=term.product,
        )


MIN_HEAD = 4  # letters of a head word a list may write once

# Genus names the generic-word table reads as their family when written alone: "Python".
GENERA_READ_AS_FAMILY = frozenset({"python"})


def _overlaps(start: int, end: int, index: SpanIndex) -> bool:
    """A match already covers the span or crosses it; one it holds whole may yield to it."""
    return any(
        (m.start < end and start < m.end and not (start <= m.start and m.end <= end))
        or (m.start, m.end) == (start, end)
        for m in index.near(start, end)
    )


def _emoji_sequence(match: TaxonMatch) -> bool:
    """A reading of two emoji or more ("🐢⭐", "🐴🌊")."""
    return match.name_kind == "emoji" and sum(map(is_pictograph, match.matched)) >= 2


def _generic_product_words(lexicon: Lexicon) -> set[str]:
    """The words of products no taxon owns ("peau", "шкура", "huevos")."""
    return {
        word
        for t in lexicon.of_kind("product")
        if t.taxon is None
        for word in normalise(t.text).text.split()
    }


def _spelled_right(folded: list[tuple[str, Term]]) -> dict[int, str]:
    """Each listed misspelling's nearest right spelling: a name of the same taxon and language."""
    right: dict[tuple[str | None, str | None], list[str]] = {}
    for text, term in folded:
        if term.kind == "name" and term.role != "misspelled":
            right.setdefault((term.taxon, term.lang), []).append(text)
    out = {}
    for text, term in folded:
        if term.role == "misspelled" and (names := right.get((term.taxon, term.lang))):
            best = min(names, key=lambda n: OSA.distance(text, n))
            if OSA.distance(text, best) <= MAX_CORRECTION:
                out[id(term)] = best
    return out


PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[ \t]+$")


def proper_noun(text: str, start: int) -> bool:
    """A capitalised word after a lower-case one is a name (Leonardo, Maracanã, Alexandre
    Christie), not a misspelled animal; titles in Title Case and sentence starts still count."""
    if not text[start : start + 1].isupper():
        return False
    before = PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return before is not None and before.group(1)[:1].islower()


def _romanised(term: Term) -> bool:
    """A term of a language with its own script, written in Latin letters (zouge, xiang ya,
    老HDH), or a katakana name spelled in hiragana."""
    return term.role == "kana" or (
        term.lang in NON_LATIN_LANGS and any(c.isascii() and c.isalpha() for c in term.text)
    )


def thai_variants(folded: str) -> list[str]:
    """The name without its tone marks, which loanwords and misspellings leave out or move
    (เต่าราเดียต้า / เต่าราเดียตา); only for names of five letters or more, so that ลิ่น
    (pangolin) does not become ลิน inside คลินิก (clinic)."""
    toneless = THAI_TONE_MARKS.sub("", folded)
    return [toneless] if toneless != folded and len(toneless) >= MIN_TONELESS else []


ARABIC_ARTICLE = "ال"
MIN_ARABIC_STEM = 3
MIN_ARABIC_SINGLE_WORD = 5


def arabic_variants(folded: str) -> list[str]:
    """The form without the article on each word: "المكاك البربري" → "مكاك بربري". Sellers write
    both; a single short word is left alone ("الفهد" → "فهد" is also the name Fahd, "البوما" →
    "بوما" the brand)."""
    words = folded.split()
    stripped = [
        w[2:] if w.startswith(ARABIC_ARTICLE) and len(w) - 2 >= MIN_ARABIC_STEM else w
        for w in words
    ]
    if stripped == words or (len(words) == 1 and len(stripped[0]) < MIN_ARABIC_SINGLE_WORD):
        return []
    return [" ".join(stripped)]
