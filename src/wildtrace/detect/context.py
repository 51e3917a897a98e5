"""Context cues around taxon mentions: intent, permits, negations, news, traps, products.

Cues come from the lexicon (intent.yaml, context.yaml, traps.yaml, products.yaml) plus patterns
for phone numbers and messaging handles, which move a deal off the platform.
"""

from __future__ import annotations

import re
import unicodedata

from mypy_extensions import mypyc_attr

from wildtrace.detect.amounts import find_amounts
from wildtrace.detect.attached_negations import of_a_container, of_the_papers
from wildtrace.detect.automaton import PhraseAutomaton
from wildtrace.detect.cancelled_negations import cancelled
from wildtrace.detect.cues import DENIABLE, Cue, Cues
from wildtrace.detect.negated_offers import denied_offer
from wildtrace.detect.vietnamese_marks import has_marks, marked_otherwise
from wildtrace.detect.views import TextViews, scan
from wildtrace.lexicon.load import Lexicon
from wildtrace.textnorm.normalise import normalise
from wildtrace.textnorm.pickled_state import PickledState

PHONE = re.compile(r"(?<![\w.])(?:\+|00)?\d[\d\s().-]{7,}\d(?![\w.])")
HANDLE = re.compile(r"(?<![\w.])@[A-Za-z][\w.]{3,}")
# "WA 0812…", "wa: +255…", "wa.me/…": WhatsApp. "wa" alone is a Swahili word ("of") and
# too common to be a contact cue by itself.
# The scale of a model ("1:43", "масштаб 1/35", "1/6 scale"): a die-cast car, a kit or an action
# figure, never the animal. Only the scales model makers use, so that ratios and dates stay out,
# and not in brackets: "(1:12)" is a voice message's length.
MODEL_SCALES = r"(?:6|8|10|12|18|24|32|35|43|48|64|72|87|144|160|200|350|400|700)"
SCALE_MODEL = re.compile(
    rf"(?<![\d:/.,(\[])1:{MODEL_SCALES}(?![\d:])|"
    rf"(?i:scale|échelle|escala|scala|maßstab|масштаб\w*)\s*1\s*[:/]\s*{MODEL_SCALES}(?!\d)|"
    rf"(?<![\d/.])1/{MODEL_SCALES}\s*(?i:scale|échelle|escala|scala)"
)
WHATSAPP = re.compile(r"\bwa(?:\.me/|\s?[:.]?\s?\+?\d)", re.IGNORECASE)
# Words that say an item is not the animal: a replica, a toy ("negation") or a pattern that
# shows it ("pattern": leopard print, motif harimau), which reaches only the name beside it, or
# a figure of it ("figure": elephant statue, netsuke of a monkey), which leaves its material.
NEGATING = ("negation", "pattern", "figure")


@mypyc_attr(allow_interpreted_subclasses=True)
class ContextScanner(PickledState):
    def __init__(self, lexicon: Lexicon) -> None:
        # (kind, product, the Vietnamese word with its marks: trứng (egg) is no "Trung tâm")
        entries: list[tuple[str, tuple[str, str | None, str | None]]] = []
        negations: list[tuple[str, tuple[str, str, str | None]]] = []
        for term in lexicon.of_kind("intent", "context", "trap"):
            kind = "trap" if term.kind == "trap" else str(term.role)
            # matched with accents kept: Vietnamese giả (fake) ≠ già (old), bán (sell) ≠ bạn (you)
            if kind in NEGATING or term.accents:
                negations.append((case_fold(term.text), (kind, term.depicts, term.lang)))
                # typed without its accents ("jacare de pelucia"), outside Vietnamese, where
                # the marks tell words apart
                bare = without_accents(case_fold(term.text))
                if kind in NEGATING and term.lang != "vi" and bare != case_fold(term.text):
                    negations.append((bare, (kind, term.depicts, term.lang)))
            else:
                entries.append((normalise(term.text).text, (kind, None, None)))
        self._negations: PhraseAutomaton[tuple[str, str, str | None]] = PhraseAutomaton(negations)
        for term in lexicon.of_kind("product"):
            if term.taxon is None:
                marked = term.text if term.lang == "vi" and has_marks(term.text) else None
                entries.append((normalise(term.text).text, ("product", term.product, marked)))
        self._automaton: PhraseAutomaton[tuple[str, str | None, str | None]] = PhraseAutomaton(
            entries
        )

    def scan(self, views: TextViews) -> Cues:
        cues = Cues()
        lowered = case_fold(views.original)
        for hit in scan(self._automaton, views):
            text = hit.matched(views)
            if not text.isupper() and text.lower() in EVERYDAY_ACRONYMS:
                continue
            for kind, product, marked in hit.payloads:
                if marked is not None and marked_otherwise(marked, text, views.original):
                    continue
                denied = kind in DENIABLE and denied_offer(lowered, hit.start, hit.end)
                cue_kind = "denied_" + kind if denied else kind
                cues.found.append(Cue(cue_kind, hit.start, hit.end, text, product))
        cues.found.extend(self._accented_cues(views.original, lowered))
        cues.found = _without_words_inside_longer(cues.found)
        # the cheap checks skip two of the three scans in most listings
        patterns = (
            PHONE,
            *((HANDLE,) if "@" in lowered else ()),
            *((WHATSAPP,) if "wa" in lowered else ()),
        )
        for pattern in patterns:
            for match in pattern.finditer(views.original):
                cues.found.append(Cue("contact", match.start(), match.end(), match.group()))
        if ":" in views.original or "/" in views.original:
            for match in SCALE_MODEL.finditer(views.original):
                cues.found.append(Cue("negation", match.start(), match.end(), match.group()))
        for start, end in find_amounts(views.original):
            cues.found.append(Cue("amount", start, end, views.original[start:end]))
        return cues

    def _accented_cues(self, original: str, lowered: str) -> list[Cue]:
        """Cues matched with their accents kept, and negations with what cancels them."""
        out = []
        for found in self._negations.find(lowered):
            start, end = found.start, found.end
            text = original[start:end]
            langs = {lang for _, _, lang in found.payloads}
            kind_of_word_ok = not _verb_ending(lowered, end)
            for kind, depicts in {(k, d) for k, d, _ in found.payloads}:
                if kind in NEGATING and not kind_of_word_ok:
                    continue  # "кормим" (we feed) is no "корм" (pet food)
                if kind in DENIABLE and denied_offer(lowered, start, end):
                    out.append(Cue("denied_" + kind, start, end, text))
                elif kind not in NEGATING:
                    out.append(Cue(kind, start, end, text, depicts=depicts))
                elif of_the_papers(lowered, start, end):
                    out.append(Cue("no_papers", start, end, text))
                elif not (
                    cancelled(lowered, start, end, "tl" in langs)
                    or of_a_container(lowered, start, end)
                ):
                    out.append(Cue(kind, start, end, text, depicts=depicts))
        return out


# Endings a Russian noun takes (корм → корма, кормом); others make a verb of it (кормим).
NOUN_ENDINGS = frozenset(
    {"а", "у", "ом", "е", "ы", "ов", "ами", "ах", "и", "ой", "ей", "ям", "ями", "ях", "ю", "я"}
)


def _verb_ending(lowered: str, end: int) -> bool:
    """A Cyrillic word goes on after the cue with an ending no noun takes."""
    stop = end
    while stop < len(lowered) and "\u0400" <= lowered[stop] <= "\u04ff":
        stop += 1
    return (
        stop > end
        and "\u0400" <= lowered[end - 1] <= "\u04ff"
        and (lowered[end:stop] not in NOUN_ENDINGS)
    )


# A word of one kind inside a longer phrase of another is part of it: an offer word inside a
# talk phrase ("nếu bạn thấy ai rao bán", if you see anyone selling), a negation inside a
# product word ("book-matched" tonewood). The two automata (accents kept or folded) each keep
# their own longest match, so the shorter word of the other one is dropped here.
INSIDE_LONGER = {"offer": "talk", "wanted": "talk", "negation": "product"}
HOLDERS = frozenset(INSIDE_LONGER.values())


def _without_words_inside_longer(found: list[Cue]) -> list[Cue]:
    """Cues inside a longer cue of the kind that holds them (INSIDE_LONGER)."""
    holders: dict[str, list[tuple[int, int]]] = {}
    for cue in found:
        if cue.kind in HOLDERS:
            holders.setdefault(cue.kind, []).append((cue.start, cue.end))
    if not holders:
        return found
    return [
        c
        for c in found
        if c.kind not in INSIDE_LONGER
        or not any(
            s <= c.start and c.end <= e and e - s > c.end - c.start
            for s, e in holders.get(INSIDE_LONGER[c.kind], ())
        )
    ]


# Acronyms that are everyday words in lower case count only in capitals: UMA (Mexican wildlife
# units) is Portuguese "uma", POA (price on application) Swahili "poa" (fine), MOT (a UK vehicle
# test) French "mot", TAWA (Tanzania's wildlife authority) Tagalog "tawa" (laugh). Other
# acronyms (cod, rm, vb, usd) are written in lower case as often.
EVERYDAY_ACRONYMS = frozenset({"uma", "poa", "mot", "tawa"})


def without_accents(text: str) -> str:
    """Latin letters without their accents, one letter for one (offsets hold): é → e, ü → u;
    letters whose bare form is not one letter (ß, ø) are kept."""
    out = []
    for char in text:
        bare = unicodedata.normalize("NFD", char)[:1]
        out.append(bare if char.isalpha() and bare.isascii() and bare.isalpha() else char)
    return "".join(out)


def case_fold(text: str) -> str:
    """Lower case with the same length as the input (so offsets hold); accents kept."""
    lowered = text.lower()
    if len(lowered) == len(text):  # no letter grew (only a few, like İ, lower to two)
        return lowered
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


# Chinese traders put a bare verb before the goods: "收象牙" (buying ivory), "出犀角杯" (selling a
# rhino-horn cup). Not after characters that make another word: 没收 (confiscate), 接收, 出口 …
LEAD_VERBS = {"收": "wanted", "求": "wanted", "出": "offer"}
NOT_LEAD = frozenset("没沒查接验驗签簽征徵吸回税稅演支输輸进進要需")
LEAD_FILLERS = " \u3000老一些批个個对對只隻件"


def lead_verb_cues(original: str, spans: list[tuple[int, int]]) -> list[Cue]:
    """An intent cue for a Chinese verb right before a taxon or product (fillers skipped)."""
    cues = []
    for start, _ in spans:
        pos = start - 1
        while pos >= 0 and start - pos <= 4 and original[pos] in LEAD_FILLERS:
            pos -= 1
        if pos < 0 or original[pos] not in LEAD_VERBS:
            continue
        if pos > 0 and original[pos - 1] in NOT_LEAD:
            continue
        cues.append(Cue(LEAD_VERBS[original[pos]], pos, pos + 1, original[pos]))
    return cues
