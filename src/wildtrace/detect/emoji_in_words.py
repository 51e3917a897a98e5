"""Emoji written inside a word for a part of it: "Elfen🦷" (Elfenbein), "🐢patt" (Schildpatt),
"🐢ดาวพม่า" (เต่าดาวพม่า), "ขนหาง🐘" (ขนหางช้าง).

An emoji glued to letters is read as the rest of a listed name or product that those letters
begin or end. Guards: the letters must be at least MIN_SPACED long in scripts with spaces (two
characters in Thai, Chinese, Japanese and Korean, where the run beside the emoji is tried from
its longest end), the name must be longer than them (by two letters in spaced scripts), and it
must agree with the emoji: a taxon of the emoji's order (🐢, the tortoises, reads Schildpatt, a
sea turtle's shell) or, for an emoji that stands for a product (🦷, 🦴, 🐚), a word for that
product. Readings of one place that name taxa of different lineages cancel each other.
Decoration ("🐢love", "Hasen🐘") completes no name, and an emoji beside a whole name of its
kind ("象牙🐘手镯") is decoration too.

An emoji may also stand for a whole word of a name of several words: "🐆 dahan" (harimau
dahan), "🐢 hộp trán vàng" (rùa hộp trán vàng), "Busco 🐒 cariblanco" (mono cariblanco). The
words beside it, with one word more on the emoji's side, must be a name of a taxon of the
emoji's order or class, and every such name must agree on the taxon; words that are a name of
the emoji's kind on their own ("🐢 tracajá") need no rebus.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable

from mypy_extensions import mypyc_attr

from wildtrace.detect.boundaries import is_unspaced_script
from wildtrace.lexicon.load import Term
from wildtrace.species.kb import KnowledgeBase, Taxon
from wildtrace.textnorm.pickled_state import PickledState

MIN_SPACED = 4
MIN_UNSPACED = 2
MIN_REST = 2  # letters the emoji stands for in scripts with spaces
MIN_REST_UNSPACED = 1  # a Hangul syllable or a Chinese character is a word's part
PICTOGRAPH = re.compile("[\U0001f300-\U0001faff]")
# Products an emoji's product also stands for: 🦷 is the ivory of "Elfen🦷", not "Tiger🦷" fur
KINDRED_PRODUCTS = {"tooth": frozenset({"tooth", "ivory", "carving"})}
# Emoji the lexicon gives no taxon (they stand for too many) that still mean one class when they
# stand for a word of a name: "Kepala 🐦 gading" (burung gading); 🦈 is left
# out, as sharks and rays share a class ("Shark 🦈" is no shark ray), and so are fish, spiders
# and insects, whose few names share their words with ordinary ones
EMOJI_CLASSES = {
    "🐦": "Aves",
    "🕊": "Aves",
    "🦎": "Reptilia",
    "🐸": "Amphibia",
}
# one word beside an emoji of a whole class: a class has too many names for a short one
# ("anak 🐦 hitam" is no "kakatua hitam"; "🐦 gading" is burung gading)
MIN_CLASS_WORD = 6
MAX_REBUS_WORDS = 4  # words beside the emoji tried as the rest of a name, longest first
MAX_PARTNERS = 2  # head nouns of the emoji's kind a part goes with before it is a frame
MIN_HEAD_NAMES = 3  # names an emoji's word begins or ends before it is a head noun
# Languages whose names end with their head noun ("clouded leopard", "Grauer Papagei", 云豹);
# the others begin with it ("harimau dahan", "rùa hộp", "mono cariblanco", "سلحفاة برية")
HEAD_LAST = frozenset({"en", "de", "ru", "zh", "ja", "ko"})
WORD = r"[^\W\d_]+"
WORDS_AFTER = re.compile(rf" ?({WORD}(?: {WORD}){{0,{MAX_REBUS_WORDS - 1}}})")
WORDS_BEFORE = re.compile(rf"(?<![^\W\d_])((?:{WORD} ){{0,{MAX_REBUS_WORDS - 1}}}{WORD}) ?$")


def order_of(taxon: Taxon) -> str:
    return taxon.order or (taxon.name if taxon.rank.upper() == "ORDER" else "")


@mypyc_attr(allow_interpreted_subclasses=True)
class EmojiInWords(PickledState):
    def __init__(
        self,
        kb: KnowledgeBase,
        names: Iterable[tuple[str, Term]],
        emoji: Iterable[Term],
        product_words: Iterable[str] = (),
    ) -> None:
        """`names`: folded name and product forms with their terms; `emoji`: the lexicon's
        emoji terms (a taxon, or only a product); `product_words`: the folded words of the
        products no taxon owns (skin, peau, шкура, huevos), which frame any animal's name."""
        self.kb = kb
        self._product_words = frozenset(product_words)
        self._terms: dict[str, list[Term]] = {}
        for form, term in names:
            if " " not in form:
                self._terms.setdefault(form, []).append(term)
        self._forms = sorted(self._terms)
        self._backwards = sorted(form[::-1] for form in self._terms)
        # what each single emoji stands for: the orders of its taxa, or a product
        self._orders: dict[str, set[str]] = {}
        self._products: dict[str, frozenset[str]] = {}
        self._families: dict[str, set[str]] = {}
        for term in emoji:
            if len(term.text) != 1:
                continue
            taxon = kb.lookup(term.taxon) if term.taxon else None
            if taxon is not None and order_of(taxon):
                self._orders.setdefault(term.text, set()).add(order_of(taxon))
                if taxon.klass == "Mammalia":  # 🐻 is a bear, not any carnivore
                    family = taxon.family or taxon.name
                    self._families.setdefault(term.text, set()).add(family)
            elif term.taxon is None and term.product:
                kindred = KINDRED_PRODUCTS.get(term.product, frozenset({term.product}))
                self._products[term.text] = kindred
        # names of several words by their words but the first (and but the last), with the
        # word left out: "dahan" → ("harimau", harimau dahan)
        self._without_first: dict[str, list[tuple[str, Term]]] = {}
        self._without_last: dict[str, list[tuple[str, Term]]] = {}
        groups = set(EMOJI_CLASSES.values()).union(*self._orders.values())
        for form, term in names:
            words = form.split(" ")
            if len(words) < 2 or term.kind != "name" or term.role == "misspelled":
                continue
            taxon = kb.lookup(str(term.taxon))
            if taxon is None or not groups.intersection((taxon.klass, order_of(taxon))):
                continue
            self._without_first.setdefault(" ".join(words[1:]), []).append((words[0], term))
            self._without_last.setdefault(" ".join(words[:-1]), []).append((words[-1], term))
        # how many names each word begins (ends): the head nouns an emoji stands for
        self._heads_first = Counter(x for pairs in self._without_first.values() for x, _ in pairs)
        self._heads_last = Counter(x for pairs in self._without_last.values() for x, _ in pairs)

    def find(self, folded: str) -> list[tuple[int, int, Term]]:
        """(start, end, term) of each reading, in folded offsets (the emoji included)."""
        found: list[tuple[int, int, Term]] = []
        for mark in PICTOGRAPH.finditer(folded):
            emoji, at = mark.group(), mark.start()
            if emoji not in self._orders and emoji not in self._products:
                continue
            before = _letters_before(folded, at)
            if before and (reading := self._reading(emoji, before, False)) is not None:
                found.append((at - len(reading[0]), at + 1, reading[1]))
            after = _letters_after(folded, at + 1)
            if after and (reading := self._reading(emoji, after, True)) is not None:
                found.append((at, at + 1 + len(reading[0]), reading[1]))
        return found

    def find_words(self, folded: str) -> list[tuple[int, int, Term]]:
        """(start, end, term) of each name an emoji completes as one of its words, in folded
        offsets (the emoji included)."""
        found: list[tuple[int, int, Term]] = []
        for mark in PICTOGRAPH.finditer(folded):
            emoji, at = mark.group(), mark.start()
            if emoji not in self._orders and emoji not in EMOJI_CLASSES:
                continue
            after = WORDS_AFTER.match(folded, at + 1)
            if after is not None and (reading := self._word_for(emoji, after.group(1), True)):
                term, used = reading
                words = " ".join(after.group(1).split(" ")[:used])
                found.append((at, after.start(1) + len(words), term))
            before = WORDS_BEFORE.search(folded, max(0, at - 80), at)
            if before is not None and (reading := self._word_for(emoji, before.group(1), False)):
                term, used = reading
                words = " ".join(before.group(1).split(" ")[-used:])
                found.append((before.end(1) - len(words), at + 1, term))
        return found

    def _word_for(self, emoji: str, words: str, after: bool) -> tuple[Term, int] | None:
        """The name the words complete with the emoji's word, and how many of them it uses.
        The words must be a name's own part: the rest of names of the emoji's kind with one or
        two head nouns (not "filhote de", which goes with any parrot) and no product word. The
        word the emoji stands for must be a head noun of its kind (it begins or ends three
        names or more: "harimau", "rùa", "mono"), and the name must say more than that word
        does alone ("caparazón de carey" is carey). The emoji stands for the head noun only:
        first in "🐆 dahan", last in "clouded 🐆" ("🐸 dart frogs" is no thumbnail dart frog,
        "Bayi 🐒" no "bayi malu-malu")."""
        names, heads = (
            (self._without_first, self._heads_first)
            if after
            else (self._without_last, self._heads_last)
        )
        split = words.split(" ")
        for n in range(len(split), 0, -1):
            piece = " ".join(split[:n] if after else split[-n:])
            shortest = MIN_CLASS_WORD if emoji in EMOJI_CLASSES and n == 1 else MIN_SPACED
            if sum(c.isalpha() for c in piece) < shortest or is_unspaced_script(piece[0]):
                continue
            if any(self._in_group(emoji, t) for t in self._terms.get(piece, ())):
                return None  # a name of the emoji's kind on its own: the emoji decorates
            pairs = [(x, t) for x, t in names.get(piece, ()) if self._in_group(emoji, t)]
            if not pairs:
                continue
            if len({x for x, _ in pairs}) > MAX_PARTNERS or any(
                w in self._product_words for w in piece.split(" ")
            ):
                return None
            agreeing = [
                t
                for x, t in pairs
                if heads[x] >= MIN_HEAD_NAMES
                and (t.lang in HEAD_LAST) != after
                and all(alone.taxon != t.taxon for alone in self._terms.get(x, ()))
            ]
            if agreeing:
                consensus = self._most_specific(agreeing)
                return None if consensus is None else (consensus, n)
        return None

    def _in_group(self, emoji: str, term: Term) -> bool:
        if term.kind != "name" or term.role == "misspelled":
            return False
        taxon = self.kb.lookup(str(term.taxon))
        if taxon is None:
            return False
        if emoji in self._families:
            return bool(self._families[emoji].intersection((taxon.family, *taxon.lineage)))
        return order_of(taxon) in self._orders.get(emoji, ()) or taxon.klass == EMOJI_CLASSES.get(
            emoji
        )

    def _reading(self, emoji: str, letters: str, after: bool) -> tuple[str, Term] | None:
        """The letters used and the term they complete, if the readings agree on a taxon (the
        shortest completion's term: "호랑🐯" is 호랑이, not 호랑이뼈). Letters before the emoji
        begin the name; letters after it end the name."""
        shortest = MIN_REST_UNSPACED if is_unspaced_script(letters[0]) else MIN_REST
        for piece in _pieces(letters, after):
            if any(self._agrees(emoji, t) for t in self._terms.get(piece, ())):
                return None  # the word is whole: the emoji beside it decorates ("象牙🐘")
            completed = (
                self._ending_with(piece, shortest)
                if after
                else self._starting_with(piece, shortest)
            )
            agreeing = [(form, t) for form, found in completed for t in found]
            agreeing = [(form, t) for form, t in agreeing if self._agrees(emoji, t)]
            if agreeing:
                consensus = self._most_specific([t for _, t in agreeing])
                if consensus is None:
                    return None
                same = [(form, t) for form, t in agreeing if t.taxon == consensus.taxon]
                return piece, min(same, key=lambda pair: len(pair[0]))[1]
        return None

    def _starting_with(self, piece: str, rest: int) -> list[tuple[str, list[Term]]]:
        out: list[tuple[str, list[Term]]] = []
        i = bisect_left(self._forms, piece)
        while i < len(self._forms) and self._forms[i].startswith(piece):
            if len(self._forms[i]) >= len(piece) + rest:
                out.append((self._forms[i], self._terms[self._forms[i]]))
            i += 1
        return out

    def _ending_with(self, piece: str, rest: int) -> list[tuple[str, list[Term]]]:
        out: list[tuple[str, list[Term]]] = []
        backwards = piece[::-1]
        i = bisect_left(self._backwards, backwards)
        while i < len(self._backwards) and self._backwards[i].startswith(backwards):
            if len(self._backwards[i]) >= len(piece) + rest:
                form = self._backwards[i][::-1]
                out.append((form, self._terms[form]))
            i += 1
        return out

    def _agrees(self, emoji: str, term: Term) -> bool:
        if term.kind not in {"name", "product"} or term.role == "misspelled":
            return False
        if emoji in self._products:
            return term.kind == "product" and term.product in self._products[emoji]
        taxon = self.kb.lookup(str(term.taxon))
        return taxon is not None and order_of(taxon) in self._orders[emoji]

    def _most_specific(self, terms: list[Term]) -> Term | None:
        """The term of the one taxon every other reading lies above, or None if they differ."""
        taxa: dict[str, tuple[Taxon, Term]] = {}
        for term in terms:
            taxon = self.kb.lookup(str(term.taxon))
            if taxon is not None:
                taxa.setdefault(taxon.name, (taxon, term))
        lowest = [
            (taxon, term)
            for taxon, term in taxa.values()
            if all(other == taxon.name or other in taxon.lineage for other in taxa)
        ]
        return lowest[0][1] if lowest else None


def _letters_before(text: str, at: int) -> str:
    start = at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:at]


def _letters_after(text: str, at: int) -> str:
    end = at
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[at:end]


def _pieces(letters: str, after: bool) -> list[str]:
    """The letters to complete: the whole word in spaced scripts; in Thai, Chinese or Japanese
    (no blanks between words) every run that touches the emoji, longest first."""
    if not is_unspaced_script(letters[0]):
        return [letters] if len(letters) >= MIN_SPACED else []
    sizes = range(len(letters), MIN_UNSPACED - 1, -1)
    return [letters[:n] if after else letters[-n:] for n in sizes]
