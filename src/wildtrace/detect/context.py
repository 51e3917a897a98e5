"""Context cues around taxon mentions: intent, permits, negations, news, traps, products.

Cues come from the lexicon (intent.yaml, context.yaml, traps.yaml, products.yaml) plus patterns
for phone numbers and messaging handles, which move a deal off the platform.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from wildtrace.detect.amounts import find_amounts
from wildtrace.detect.attached_negations import of_a_container, of_the_papers
from wildtrace.detect.automaton import PhraseAutomaton
from wildtrace.detect.boundaries import is_unspaced_script
from wildtrace.detect.negated_offers import denied_offer
from wildtrace.detect.vietnamese_marks import has_marks, marked_otherwise
from wildtrace.detect.views import TextViews, scan
from wildtrace.lexicon.load import Lexicon
from wildtrace.textnorm.normalise import normalise

PHONE = re.compile(r"(?<![\w.])(?:\+|00)?\d[\d\s().-]{7,}\d(?![\w.])")
HANDLE = re.compile(r"(?<![\w.])@[A-Za-z][\w.]{3,}")
# "WA 0812…", "wa: +255…", "wa.me/…": WhatsApp. "wa" alone is a Swahili word ("of") and
# too common to be a contact cue by itself.
# The scale of a model ("1:43", "масштаб 1/35", "1/6 scale"): a die-cast car, a kit or an action
# figure, never the animal. Only the scales model makers use, so that ratios and dates stay out.
MODEL_SCALES = r"(?:6|8|10|12|18|24|32|35|43|48|64|72|87|144|160|200|350|400|700)"
SCALE_MODEL = re.compile(
    rf"(?<![\d:/.,])1:{MODEL_SCALES}(?![\d:])|"
    rf"(?i:scale|échelle|escala|scala|maßstab|масштаб\w*)\s*1\s*[:/]\s*{MODEL_SCALES}(?!\d)|"
    rf"(?<![\d/.])1/{MODEL_SCALES}\s*(?i:scale|échelle|escala|scala)"
)
WHATSAPP = re.compile(r"\bwa(?:\.me/|\s?[:.]?\s?\+?\d)", re.IGNORECASE)
# Words that, just before a negation cue, cancel it ("not fake", "非仿品", "không phải giả").
CANCELLERS = (
    "not ",
    "no ",
    "non ",
    "pas ",
    "nicht ",
    "kein ",
    "keine ",
    "keinerlei ",
    "nessuna ",
    "nessun ",
    "non è ",
    "aucune ",
    "pas d'",
    "nenhuma ",
    "nenhum ",
    "ninguna ",
    "ningún ",
    "nao ",
    "no es ",
    "不是",
    "非",
    "khong phai ",
    "bukan ",
    "ไม่ใช่",
    "รถ",  # รถทัวร์ is a coach, as in ส่งรถทัวร์ (shipped by coach), not a tour
    "ليس ",
    "не ",
    # written with their accents, as the text is compared with its accents kept
    "không phải ",
    "ko phải ",
    "k phải ",
    "não ",
    "não é ",
    "绝无",
    "絕無",
    "没有",
    "沒有",
    "无",
    "無",
    "拒绝",
    "拒絕",
    "杜绝",
    "杜絕",
    "tidak ",
    # a seller's promise: "不卖假货" (no fakes sold), "we don't sell replicas"
    "不卖",
    "不賣",
    "don't sell ",
    "do not sell ",
    "never sell ",
    "no vendemos ",
    "não vendemos ",
    "nous ne vendons pas de ",
    "tidak menjual ",
    "không bán ",
    # an accessory that comes with the animal is no sign the animal is a toy or a print
    "comes with ",
    "come with ",
    "includes ",
    "including ",
    "incluye ",
    "inclus ",
    "inklusive ",
    "inkl. ",
    "incluso ",
    "incluído ",
    # Indonesian sellers write "siap adopsi" / "open adopsi" (ready for adoption) for a sale
    "siap ",
    "open ",
    "hindi ",
    "si ",
    "مو ",
    "مش ",
    "مب ",
    "موب ",
    "ماشي ",  # Maghrebi "not": "ذبل حقيقي ماشي بلاستيك"
    "ماهوش ",
    "غير ",
    # French "livre" (a book) is Portuguese "free": feira livre (a street market), vida livre
    "feira ",
    "vida ",
    "frete ",
    "ao ar ",
    # agarwood is sold by its resin: "heavy resin", "high resin" grade the real wood
    "heavy ",
    "high ",
    "full ",
    "rich ",
    "dense ",
    # "tạo trầm nhân tạo": agarwood induced by inoculation is real Aquilaria, not a fake
    "tạo trầm ",
    "cấy trầm ",
)
# Tagalog "di" (short for hindi, not) is Italian "di" (of) too: "leone di peluche" is a plush
# lion, so it cancels only a Tagalog word ("di peke", not fake).
TAGALOG_CANCELLERS = ("di ",)
# Languages that put the adjective after the noun negate "not <noun> fake": "مو مسك صناعي",
# "no es marfil sintético", "không phải ngà giả", "bukan gading palsu", "hindi garing peke";
# English puts one word between its article and the fake: "not the printed fake ones".
POSTPOSED_CANCELLED = re.compile(
    r"(?<!\w)(?:no es|no son|non è|non sono|não é|nao e|não são|pas|không phải|ko phải|k phải|"
    r"not the|not a|not an|not any|"
    r"bukan|tidak|hindi|si|sio|مو|مش|مب|ليس|ليست|غير)\s+(?:d[eu]\s+|de l'|l')?[^\W\d_]+\s+$"
)
# "not" reaches over a list joined by "or": "ไม่ใช่เขี้ยวหมูป่าหรือเรซิ่น" (not boar tusk or
# resin), "bukan taring babi atau resin", "not bone or resin", "ni os ni résine".
LISTED_CANCELLED = re.compile(
    r"(?:(?<!\w)(?:not|no|pas|ni|nicht|kein|keine|não|non|не|bukan|tidak|không phải|ليس|مو|مش)\s|"
    r"ไม่ใช่|不是|非)[^,.;!?\n]{1,30}?(?:\s(?:or|atau|hay|hoặc|ou|o|oder|или|أو|ni)\s|หรือ|或|还是)$"
)
# Korean and Japanese say "not" after the word ("가짜 아님", "偽物ではありません"); what
# follows a word may also show it is no negation.
AFTER_CANCELLERS = (
    # Korean: "인조 말고" (not synthetic but …), "가짜가 많으니" (fakes are common, so check)
    "말고",
    "많으니",
    "많아요",
    "많습니다",
    # Portuguese "livre de parasitas" (free of parasites) describes the animal
    "de parasita",
    "de doença",
    "de vermes",
    "de ácaros",
    "de fungos",
    "아님",
    "아닙니다",
    "아니에요",
    "아니고",
    "아닌",
    "ではありません",
    "ではない",
    "じゃない",
    "じゃありません",
    "ではなく",
)
# Articles and determiners a canceller may stand before: "not a replica", "no es una
# imitación", "ce n'est pas une copie", "keine billige Kopie", "this is not any resin".
CANCELLED_ARTICLES = re.compile(
    r"(?:\b(?:a|an|the|any|un|une|una|uno|um|uma|ein|eine|einen|einer|il|lo|la|le|el|"
    r"en|de|in|em|aus|made\s+of|cheap|billige|billig|simple|mere|just)\s+)+$"
)
NEGATION_WINDOW = 60
# The look-alike the buyer refuses, said within the clause after it: "Kunststoff bitte nicht
# anbieten", "resin not wanted", "합성 사향은 사절", "가짜 보내지 마세요", "骗子勿扰".
REFUSED = re.compile(
    r"[^.;!?。！？\n]{0,16}?(?:bitte nicht|nicht anbieten|unerwünscht|not wanted|not accepted|"
    r"no thanks|no gracias|non grazie|non merci|보내지 마|사절|お断り|勿扰|免谈|"
    r"doesn't interest me|does not interest me|ne m'intéresse pas|no me interesa|"
    r"non mi interessa|não me interessa|interessiert mich nicht)"
)
# Goods declared as something else are not it: the look-alike words of the false declaration
# ("lion bones declared as 'cattle bones for fertiliser'") negate nothing.
DECLARED_AS = re.compile(
    r"\b(?:declared|disguised|labell?ed|mislabell?ed|passed off|listed|shipped|sold to me) as\b"
    r"[^.;!?\n]*$|"
    r"\b(?:déclarée?s? comme|declarad[oa]s? como|dichiarat[ie] come|deklariert als|"
    r"camuflad[oa]s? como|disfrazad[oa]s? como)\b[^.;!?\n]*$|"
    r"(?:申报为|申報為|谎报为|謊報為|伪报为|偽報為|报关为|報關為)[^。；！？\n]*$"
)
# Words that say an item is not the animal: a replica, a toy ("negation") or a pattern that
# shows it ("pattern": leopard print, motif harimau), which reaches only the name beside it.
NEGATING = ("negation", "pattern")
# Cues that make a text an offer rather than talk: declaring a permit or its absence, or
# shipping terms, are things sellers write.
# A sum of money ("amount") counts too, but unlike a price request it does not outweigh news
# cues: reports give the value of a seizure.
# An offer or wanted word the text denies ("not for sale") is kept as "denied_offer" /
# "denied_wanted": it shows in the signals and counts for nothing.
DENIABLE = ("offer", "wanted")
OFFER_CUES = ("offer", "wanted", "price", "contact", "shipping", "permit", "no_papers", "amount")


class Cue(NamedTuple):
    """A named tuple: made for every cue of every listing, it must be cheap to build."""

    kind: str
    start: int
    end: int
    text: str
    product: str | None = None
    depicts: str = "either"  # pattern words: the side of the name they depict


@dataclass
class Cues:
    found: list[Cue] = field(default_factory=list)
    # cues by kind, rebuilt when `found` is replaced or grows (the engine asks many times);
    # the indexed list itself is kept, so a new list cannot be mistaken for it
    _index: tuple[list[Cue] | None, int, dict[str, list[Cue]]] = field(
        default=(None, -1, {}), repr=False, compare=False
    )

    def _by_kind(self) -> dict[str, list[Cue]]:
        indexed, size, index = self._index
        if indexed is not self.found or size != len(self.found):
            index = {}
            for cue in self.found:
                index.setdefault(cue.kind, []).append(cue)
            self._index = (self.found, len(self.found), index)
        return index

    def of(self, kind: str) -> Sequence[Cue]:
        """The cues of a kind, in the order found; read-only (the index's own list)."""
        return self._by_kind().get(kind, ())

    def has(self, kind: str) -> bool:
        return kind in self._by_kind()

    def first(self, kind: str) -> str:
        return self.of(kind)[0].text

    def summary(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for cue in self.found:
            out.setdefault(cue.kind, []).append(cue.text)
        return out


class ContextScanner:
    def __init__(self, lexicon: Lexicon) -> None:
        # (kind, product, the Vietnamese word with its marks: trứng (egg) is no "Trung tâm")
        entries: list[tuple[str, tuple[str, str | None, str | None]]] = []
        negations: list[tuple[str, tuple[str, str, str | None]]] = []
        for term in lexicon.of_kind("intent", "context", "trap"):
            kind = "trap" if term.kind == "trap" else str(term.role)
            # matched with accents kept: Vietnamese giả (fake) ≠ già (old), bán (sell) ≠ bạn (you)
            if kind in NEGATING or term.accents:
                negations.append((case_fold(term.text), (kind, term.depicts, term.lang)))
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
                    self._cancelled(lowered, start, end, "tl" in langs)
                    or of_a_container(lowered, start, end)
                ):
                    out.append(Cue(kind, start, end, text, depicts=depicts))
        return out

    @staticmethod
    def _cancelled(lowered: str, start: int, end: int, tagalog: bool = False) -> bool:
        after = lowered[end : end + 12].lstrip(" 가이은는")
        before = lowered[max(0, start - 30) : start].rstrip("'\"‘’“”«")
        before = CANCELLED_ARTICLES.sub("", before) if before.endswith(" ") else before
        return (
            _ends_with_word(before, CANCELLERS)
            or (tagalog and _ends_with_word(before, TAGALOG_CANCELLERS))
            or after.startswith(AFTER_CANCELLERS)
            or REFUSED.match(lowered, end) is not None
            or POSTPOSED_CANCELLED.search(before) is not None
            or LISTED_CANCELLED.search(before) is not None
            or DECLARED_AS.search(lowered, max(0, start - 45), start) is not None
        )


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


def _ends_with_word(text: str, words: tuple[str, ...]) -> bool:
    """Whether the text ends with one of the words, whole: "bambino " does not end with the
    word "no ", "Canon " not with "non " (scripts without spaces need no boundary: 不是, รถ)."""
    for word in words:
        if text.endswith(word):
            at = len(text) - len(word)
            if at == 0 or not word[0].isalpha() or is_unspaced_script(word[0]):
                return True
            if not text[at - 1].isalpha():
                return True
    return False


# Acronyms that are everyday words in lower case count only in capitals: UMA (Mexican wildlife
# units) is Portuguese "uma", POA (price on application) Swahili "poa" (fine), MOT (a UK vehicle
# test) French "mot", TAWA (Tanzania's wildlife authority) Tagalog "tawa" (laugh). Other
# acronyms (cod, rm, vb, usd) are written in lower case as often.
EVERYDAY_ACRONYMS = frozenset({"uma", "poa", "mot", "tawa"})


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
