"""Which matches name the animal in the sense the listing uses them.

A name is dropped when the text negates it ("resin replica"), when it sits inside a trap
("French ivory") or is glossed by one, when it is part of a company's, a product model's or a
person's name, when a longer name holds it, when the text says it is absent or uses it as a
colour. A word caught in one of these senses has that sense elsewhere in the text too, but for
the other lines of a list of goods, each of which is another item.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from wildtrace.detect.boundaries import is_pictograph
from wildtrace.detect.colour_words import as_colour
from wildtrace.detect.cues import Cue, Cues
from wildtrace.detect.emoji_rules import beside_any, beside_trap
from wildtrace.detect.figures import shown_by_figures
from wildtrace.detect.lexicon_terms import ARABIC_ARTICLE
from wildtrace.detect.negation import negated, restatements, said_absent
from wildtrace.detect.product_names import company_name, model_name, person_name
from wildtrace.detect.views import TextViews
from wildtrace.domain.analysis import TaxonMatch


def in_their_sense(
    found: list[TaxonMatch],
    cues: Cues,
    views: TextViews,
    title_end: int,
    materials: frozenset[str] = frozenset(),
) -> list[TaxonMatch]:
    """The matches that name the animal: not negated ("resin replica"), not inside a trap
    ("French ivory"), not part of a company's, a model's or a person's name, not the animal a
    figure shows ("bronze elephant statue"). `materials` holds the taxa whose names also name
    what figures are made of (rosewood, red coral, tortoiseshell)."""
    restated = {id(t): restatements(t, found, title_end) for t in found}
    negated_matches = [
        t for t in found if negated(t, cues, views, title_end, bool(restated[id(t)]))
    ]
    # a title's name that the body says again and negates there ("Rhino" over "canvas
    # print of a black rhino") is negated with it
    negated_ids = {id(t) for t in negated_matches}
    negated_matches += [
        t
        for t in found
        if id(t) not in negated_ids and any(id(r) in negated_ids for r in restated[id(t)])
    ]
    # and the body's mentions of a title's name the title negates ("Macaw print shower
    # curtain" over "curtain with macaw and palm leaf print")
    negated_ids = {id(t) for t in negated_matches}
    negated_matches += [
        r
        for t in found
        if id(t) in negated_ids
        for r in restated[id(t)]
        if id(r) not in negated_ids
    ]
    # a negated taxon or word is negated on its line ("resin tiger, tiger-stripe base"; "python
    # effect" also unmakes the genus another detector read in the same "python"), and in the
    # title that the body says again (above); another line of a list is another item:
    # "猛犸象牙吊坠" does not unmake "象牙手串" above it
    lines = _line_starts(views.original)
    line = {id(t): _line_of(t.start, lines) for t in found}
    negated_taxa = {(t.taxon_id, line[id(t)]) for t in negated_matches}
    negated_words = {(_sense_key(t.matched), line[id(t)]) for t in negated_matches}
    # a word used in a trap ("Python Crash Course") has that sense elsewhere in the text too,
    # but for the other lines of a list of goods: "猛犸象牙吊坠" (mammoth ivory) is one item,
    # "象牙手串" two lines up another
    trapped_matches = [
        t for t in found if _trapped(t, cues) or _glossed_by_trap(t, cues, views.original)
    ]
    listed = _a_list(views.original, title_end)
    scope = {id(t): line[id(t)] if listed else 0 for t in found}  # where a trap's sense reaches
    trapped = {(_sense_key(t.matched), scope[id(t)]) for t in trapped_matches}
    # the animal a figure shows is no goods there, nor in the title that names the figure; its
    # material is, so the taxon stays where another word names it: "ivory elephant statue".
    # Elsewhere the word keeps its sense: "baby tiger for sale … also a tiger statue"
    shown = {id(t) for t in shown_by_figures(found, cues, views.original, materials)}
    shown.update(id(t) for t in found if any(id(r) in shown for r in restated[id(t)]))
    # an emoji beside a word caught in a trap has its sense: "🐍 Python 3.12 scripts"
    trapped_taxa = {(t.taxon_id, scope[id(t)]) for t in trapped_matches}
    # a name that is part of a company's name ("Tiger Brands Ltd") is that company, and so
    # is the company's name said again without its legal form ("Tiger Brands shares")
    companies = {c for t in found if (c := company_name(t, views.original))}
    text = views.original
    # a name that is a company's, a product model's or a person's names none of the animal;
    # an emoji beside such a name is its logo: "Cafe Con Voi 🐘", "0NÇ4 Fitness 🐆"
    named = {
        id(t)
        for t in found
        if any(text.startswith(c, t.start) for c in companies)
        or model_name(t, text)
        or person_name(t, text)
    }
    names = [(t.start, t.end) for t in found if id(t) in named and t.name_kind != "emoji"]
    return [
        t
        for t in found
        if id(t) not in named
        and id(t) not in shown
        and (t.taxon_id, line[id(t)]) not in negated_taxa
        and (_sense_key(t.matched), scope[id(t)]) not in trapped
        and (_sense_key(t.matched), line[id(t)]) not in negated_words
        and not _inside_longer(t, found)
        and not (t.name_kind == "emoji" and (t.taxon_id, scope[id(t)]) in trapped_taxa)
        and not (t.name_kind == "emoji" and beside_trap(t, cues, text))
        and not (_pictured(t) and beside_any(t, names, text))
        and not said_absent(t, text)
        and not as_colour(t, text)
    ]


LIST_LINES = 3  # lines of a body that make it a list of goods, one item to a line
NEWLINE = re.compile("\n")


def _a_list(text: str, title_end: int) -> bool:
    """Whether the body is a list: at least LIST_LINES lines that are not blank."""
    body = text[title_end:]
    return sum(1 for line in body.split("\n") if line.strip()) >= LIST_LINES


def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in NEWLINE.finditer(text))]


def _line_of(at: int, starts: list[int]) -> int:
    return bisect_right(starts, at) - 1


def _sense_key(word: str) -> str:
    """The word as compared with its other uses in the text: case folded, and without the
    Arabic article ("الببغاء" in an idiom is "ببغاء" in the title too)."""
    key = word.casefold()
    return key[2:] if key.startswith(ARABIC_ARTICLE) and len(key) > 4 else key


def _pictured(match: TaxonMatch) -> bool:
    """The match is an emoji, alone or read with a word nearby (🐆 in a post from Brazil)."""
    return match.name_kind == "emoji" or is_pictograph(match.matched[:1])


def _trapped(match: TaxonMatch, cues: Cues) -> bool:
    """A match inside a trap, or sharing at least half its letters with a trap that reaches
    past it: "อะโรวาน่าเงิน" (silver arowana, unlisted) also unmakes "ปลาอะโรวาน่า" in
    "ปลาอะโรวาน่าเงิน", and "tiger prawns" the "baby tiger" of "baby tiger prawns". A trap
    inside a longer name is no trap ("天然アイボリー" is ivory, not the colour), nor is a trap that
    is exactly the word of an implied rule, whose confirming words say which sense it has
    ("アイボリーの印材": a seal blank of ivory)."""
    size = match.end - match.start
    for trap in cues.of("trap"):
        if (trap.start, trap.end) == (match.start, match.end) and match.name_kind.startswith(
            "implied"
        ):
            continue
        if trap.start <= match.start and match.end <= trap.end:
            return True
        inside = match.start <= trap.start and trap.end <= match.end
        shared = min(match.end, trap.end) - max(match.start, trap.start)
        if not inside and 2 * shared >= size:
            return True
        if _takes_the_last_word(match, trap):
            return True
    return False


def _takes_the_last_word(match: TaxonMatch, trap: Cue) -> bool:
    """A trap that begins at the last word of a name written in Latin letters and reads on
    past it: "Korean red ginseng capsules" are the capsules, "black rhino beetle" the beetle."""
    if not (match.start < trap.start < match.end < trap.end):
        return False
    head = match.matched[trap.start - match.start - 1 : trap.start - match.start]
    tail = match.matched[trap.start - match.start :]
    return head == " " and " " not in tail and tail.isascii() and tail.isalpha()


GLOSS = re.compile(r"[ \t]*[(（\[][ \t]*")


def _glossed_by_trap(match: TaxonMatch, cues: Cues, text: str) -> bool:
    """A word glossed in brackets by a trap, or glossing one, has the trap's sense:
    "1V0RY（アイボリー）レザーソファ", "アイボリー (ivory)" are the colour."""
    for trap in cues.of("trap"):
        if match.end <= trap.start and GLOSS.fullmatch(text, match.end, trap.start):
            return True
        if trap.end <= match.start and GLOSS.fullmatch(text, trap.end, match.start):
            return True
    return False


def _inside_longer(match: TaxonMatch, found: list[TaxonMatch]) -> bool:
    """'bois de rose' inside 'bois de rose de Madagascar': the longer phrase says more."""
    return any(
        o.start <= match.start and match.end <= o.end and o.end - o.start > match.end - match.start
        for o in found
    )
