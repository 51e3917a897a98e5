"""Species named after a person: "camélions de Parson", "Ndege wapenzi wa Fischer", "vinyonga
(Jackson)", "kobe wa Hermann". Sellers in any language keep the person's name of the common
name and translate the rest, so a group named in the text (chameleons, lovebirds, tortoises)
with a person's name beside it points to the one species of that group whose epithet is formed
from the name (parsonii, fischeri, jacksonii, hermanni). The same holds for the epithet itself
written beside the group's word, as keepers say it ("dart frogs, auratus", "sawa,
reticulated"), or typed by ear: an epithet of one species of that group, an English adjective
in -ated for an epithet in -atus, or a place's own name made Latin ("Kasuku wa Senegal").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from mypy_extensions import mypyc_attr

from wildtrace.detect.fuzzy_names import plausible_typo
from wildtrace.detect.product_names import after_a_title
from wildtrace.domain.analysis import TaxonMatch
from wildtrace.species.kb import KnowledgeBase, Taxon
from wildtrace.textnorm.pickled_state import PickledState

# The Latin endings that make an epithet of a person's name: Parson → parsonii, Fischer →
# fischeri, Goffin → goffiniana, Lady Amherst → amherstiae.
ENDINGS = ("i", "ii", "ae", "iae", "orum", "iana", "ianus", "ianum")
# Adjectives of places and the Latin endings of epithets made from them (Moluccan cockatoo →
# Cacatua moluccensis, Javan pangolin → Manis javanica).
PLACE_SUFFIXES = ("ian", "an", "ese", "ish", "ic")
PLACE_ENDINGS = ("ensis", "iensis", "ica", "icus", "icum", "ana", "anus", "ae", "i")
# a place's own name made Latin: "Kasuku wa Senegal" → Poicephalus senegalus
PLACE_NAME_ENDINGS = ("us", "a", "um")
# A name within this many characters of the group's word, on the same line
WINDOW = 40
MIN_NAME = 4
WORD = re.compile(r"[^\W\d_]{4,}(?:['’]s)?")
SPECIES_RANKS = frozenset({"SPECIES", "SUBSPECIES"})
MIN_EPITHET = 5  # shorter epithets (leo, alba) are everyday words somewhere
MIN_EPITHET_TYPO = 5
MAX_CACHED = 100_000  # words remembered with what they name
MAX_TYPO_CANDIDATES = 60  # a group this large is only matched by exact epithets


def _groups(taxon: Taxon) -> tuple[str, ...]:
    return (taxon.genus, taxon.family, taxon.order, taxon.klass)


def _plain(word: str) -> str:
    """Lower case without accents or a possessive: "Grévy's" → "grevy"."""
    word = re.sub(r"['’]s$", "", word).lower()
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@mypyc_attr(allow_interpreted_subclasses=True)
class Eponyms(PickledState):
    """Species epithets formed from a person's name, by epithet."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._by_epithet: dict[str, list[Taxon]] = {}
        # every species' own epithet, and the species under each group, for epithets written
        # as they are or nearly
        self._any_epithet: dict[str, list[Taxon]] = {}
        self._under: dict[str, list[tuple[str, Taxon]]] = {}
        for taxon in kb.taxa.values():
            if taxon.rank in SPECIES_RANKS and " " in taxon.name:
                epithet = taxon.name.rsplit(" ", 1)[1].lower()
                if epithet.endswith((*ENDINGS, *PLACE_ENDINGS)):
                    self._by_epithet.setdefault(epithet, []).append(taxon)
                if len(epithet) >= MIN_EPITHET:
                    self._any_epithet.setdefault(epithet, []).append(taxon)
                    for group in set(_groups(taxon)) - {""}:
                        self._under.setdefault(group, []).append((epithet, taxon))
        self._cache: dict[tuple[str, str], tuple[Taxon, ...]] = {}

    def named_after(self, word: str) -> set[str]:
        """The epithets a person's name, or a place's adjective, can make."""
        name = _plain(word)
        if len(name) < MIN_NAME:
            return set()
        forms = {name + ending for ending in ENDINGS}
        if name.endswith("e"):  # Hume → humiae
            forms.add(name[:-1] + "iae")
        # a place's adjective: Moluccan → moluccensis, Javan → javanica, Bornean → borneensis
        for suffix in PLACE_SUFFIXES:
            if name.endswith(suffix) and len(name) - len(suffix) >= MIN_NAME - 1:
                stem = name[: len(name) - len(suffix)]
                forms.update(stem + ending for ending in PLACE_ENDINGS)
        forms.update(name + ending for ending in PLACE_ENDINGS)
        if name.endswith("s") and len(name) > MIN_NAME:  # "de Parsons" for Parson's
            forms.update(name[:-1] + ending for ending in ENDINGS)
        return {f for f in forms if f in self._by_epithet}

    def written(self, word: str, group: str) -> list[Taxon]:
        """Species of `group` whose epithet the word is: as written ("auratus"), typed by ear,
        as an English adjective ("reticulated" for reticulatus) or, for a place's name, made
        Latin ("Senegal" for senegalus)."""
        name = _plain(word)
        if len(name) < MIN_EPITHET or name == group.lower():  # "Hippocampus kuda": the genus
            return []
        forms = [name]
        if word[:1].isupper():  # a place's own name made Latin: Senegal → senegalus
            forms += [name + ending for ending in PLACE_NAME_ENDINGS]
        if name.endswith("ated"):
            forms.append(name[:-2] + "us")
        found = [
            t for form in forms for t in self._any_epithet.get(form, []) if group in _groups(t)
        ]
        if found:
            return found
        under = self._under.get(group, [])
        if len(under) > MAX_TYPO_CANDIDATES:
            return []
        return [t for epithet, t in under if plausible_typo(name, epithet, MIN_EPITHET_TYPO)]

    def _species_of(self, word: str, group: str) -> tuple[Taxon, ...]:
        """Species of `group` the word names (named_after, written); remembered, as listings
        repeat their words."""
        key = (word, group)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        if len(self._cache) > MAX_CACHED:
            self._cache.clear()
        found = [
            taxon
            for epithet in self.named_after(word)
            for taxon in self._by_epithet[epithet]
            if group in _groups(taxon)
        ]
        found += self.written(word, group)
        result = tuple(found)
        self._cache[key] = result
        return result

    def refine(self, match: TaxonMatch, text: str) -> TaxonMatch:
        """The species of the matched group named after a person beside it, if exactly one."""
        if match.rank in SPECIES_RANKS:
            return match
        lo = max(0, match.start - WINDOW)
        hi = min(len(text), match.end + WINDOW)
        line_start = text.rfind("\n", lo, match.start) + 1
        line_end = text.find("\n", match.end, hi)
        window = text[max(lo, line_start) : hi if line_end < 0 else line_end]
        offset = max(lo, line_start)
        found: dict[str, tuple[Taxon, int, int]] = {}
        for word in WORD.finditer(window):
            start, end = word.start() + offset, word.end() + offset
            if start < match.end and end > match.start:
                continue  # a word of the group's own name
            species = self._species_of(word.group(), match.name)
            if species and not after_a_title(text, start):
                # (a word after a title, "Mr Jackson selling his chameleon", names the seller)
                for taxon in species:
                    found[taxon.taxon_id] = (taxon, start, end)
        if len(found) != 1:
            return match
        taxon, start, end = next(iter(found.values()))
        lo, hi = min(start, match.start), max(end, match.end)
        return replace(
            match,
            **self.kb.identity(taxon),
            matched=text[lo:hi],
            start=lo,
            end=hi,
            name_kind="eponym",
        )
