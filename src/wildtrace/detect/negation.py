"""How far a negation reaches: the same line, the title over the body, the body's first
sentence over a title name, a name said again in the body; and an "adoption" that asks a fee,
which is a sale."""

from __future__ import annotations

import re

from wildtrace.detect.cues import Cue, Cues
from wildtrace.detect.views import TextViews
from wildtrace.domain.analysis import TaxonMatch

# Pets are sold as "adoption" or "rehoming" for a fee; symbolic adoptions by charities ask no
# fee by that name.
ADOPTION = frozenset(
    {
        "adopt",
        "adoption",
        "adopsi",
        "adopta",
        "adoptez",
        "adotta",
        "adozione",
        "adoção",
        "adotar",
        "adopción",
        "adoptar",
        "里親",
        "입양",
        "pakan",
        "rehoming",
        # a gift or donation that asks a fee is a sale as well
        "doação",
        "doando",
        "donation",
        "donasi",
        "mchango",
        "譲渡",
        "里親募集",
        "领养",
        "領養",
        "送养",
        "regalo",
        "abzugeben",
        "zu verschenken",
        "donne",
        "à donner",
        "se regala",
        "отдам",
        "cho nuôi",
    }
)
FEES = (
    "rehoming fee",
    "adoption fee",
    "adopt fee",
    "biaya adopsi",
    "ganti pakan",
    "ganti kandang",
    "mahar",
    "有償",
    "책임비",
    "frais d'adoption",
    "cuota de adopción",
    "taxa de adoção",
    "costo de adopción",
    "spese di adozione",
    "yuran adopt",
    "yuran adopsi",
    "cukup donasi",
    "donasi ganti",
    "mchango wa sh",
    "toe mchango",
    "atoe mchango",
    "譲渡費",
    "譲渡料",
    "cuota de",
    "frais de",
    # more ways to ask for money for an animal "given": a value of the adoption, a donation,
    # costs refunded, a protection fee, the cage paid for
    "valor da adoção",
    "taxa de r$",
    "taxa simbólica",
    "ajuda de custo",
    "adoption donation",
    "rehoming donation",
    "just cover the",
    "cover the cost",
    "领养费",
    "营养费",
    "辛苦费",
    "rimborso spese",
    "contributo richiesto",
    "contributo spese",
    "participation aux frais",
    "donativo de",
    "recuperación de gastos",
    "schutzgebühr",
    "unkostenbeitrag",
    "возмещение расходов",
    "phí nhận nuôi",
    "ค่าเลี้ยงดู",
)


FEE_WORD = re.compile(r"\bfees?\b")


def asks_a_fee(text: str) -> bool:
    """Whether an adoption asks a fee ("rehoming fee", "with minimal fee", "fee RM200")."""
    lowered = text.casefold()
    return any(fee in lowered for fee in FEES) or FEE_WORD.search(lowered) is not None


def is_adoption(cue: Cue) -> bool:
    return cue.kind == "negation" and cue.text.casefold() in ADOPTION


def restatements(match: TaxonMatch, found: list[TaxonMatch], title_end: int) -> list[TaxonMatch]:
    """The body's mentions of a title's name ("Vietnamese agarwood" … "agarwood"): the name
    is judged where the body says it."""
    if match.end > title_end:
        return []
    own = match.matched.casefold()
    return [
        t
        for t in found
        if t.start > title_end
        and (t.taxon_id == match.taxon_id or (o := t.matched.casefold()) in own or own in o)
    ]


# Agarwood is wood filled with resin: sellers grade it by its resin, which makes no replica of it.
RESINOUS = frozenset(
    {
        "Aquilaria",
        "Aquilaria crassna",
        "Aquilaria malaccensis",
        "Aquilaria sinensis",
        "Gyrinops",
        "Gyrinops walla",
    }
)
RESIN_WORDS = frozenset(
    {
        "resin",
        "résine",
        "resina",
        "resine",
        "harz",
        "смола",
        "树脂",
        "樹脂",
        "レジン",
        "레진",
        "เรซิน",
        "nhựa",
        "راتنج",
    }
)


def negated(
    match: TaxonMatch, cues: Cues, views: TextViews, title_end: int = 0, restated: bool = False
) -> bool:
    """A negation cue close to the match, on the same line ("ivory-look resin bangle"), or in
    the title, which says what the listing sells ("Croquettes pour perroquets" over a body
    naming the birds the food suits), or, for a name in the title, in the body's first
    sentence, which says what the title's goods are made of ("Scarpe coccodrillo" over
    "stampa cocco in similpelle"); not one inside a permit ("künstlich" in "künstlich
    vermehrt", artificially propagated)."""
    if any(depicted(match, cue, views.original) for cue in cues.of("pattern")):
        return True
    permits = cues.of("permit")
    in_title = match.end <= title_end and not restated
    resinous = match.name in RESINOUS
    lead_end = body_lead_end(views.original, title_end) if in_title else 0
    reported = _seizure_report(cues)
    for cue in cues.of("negation"):
        if any(p.start <= cue.start and cue.end <= p.end for p in permits):
            continue
        if reported and cue.text.casefold() in DISGUISES:
            continue  # "declared as plastic crafts", "hidden in plastic scrap": a disguise
        if match.start <= cue.start and cue.end <= match.end:
            continue  # part of the name itself: 塑料 (plastic) in the code word 白塑料
        if resinous and cue.text.casefold() in RESIN_WORDS:
            continue  # agarwood is resinous wood: "agarwood na may resin", "high resin content"
        if cue.end <= title_end and match.start > title_end:
            return True
        if title_end < cue.start and cue.end <= lead_end:
            return True
        lo, hi = min(cue.start, match.start), max(cue.end, match.end)
        if hi - lo <= NEGATION_WINDOW + (match.end - match.start) and (
            "\n" not in views.original[lo:hi]
        ):
            return True
    return False


# Materials a seizure report names as the goods' disguise: ivory "declared as white plastic",
# tusks "hidden in a shipment of plastic scrap", figures "deklariert als Kunstharz"
DISGUISES = frozenset(
    {
        "plastic",
        "plastics",
        "resin",
        "plastique",
        "plástico",
        "plastico",
        "plastica",
        "kunststoff",
        "kunstharz",
        "пластик",
        "пластмасса",
        "塑料",
        "樹脂",
        "树脂",
        "プラスチック",
        "플라스틱",
        "พลาสติก",
        "plastik",
        "بلاستيك",
        "nhựa",
    }
)


def _seizure_report(cues: Cues) -> bool:
    """A report (news words) that offers, asks, prices and ships nothing."""
    return cues.has("news") and not any(
        cues.has(k) for k in ("offer", "wanted", "price", "shipping", "contact")
    )


# A pattern word and the name it shows stand together: "motif harimau", "leopard print", "print
# of a black rhino"; "sisik penyu asli, motif batik" is a shell bracelet with a batik pattern.
# How far (in characters, beyond the name) a replica word reaches: about one clause.
NEGATION_WINDOW = 60
PATTERN_GAP_WORDS = 2
PATTERN_GAP_CHARS = 20
PATTERN_BREAKS = frozenset(",.;:!?()[]{}|/\n•·、，。；：！？")


def depicted(match: TaxonMatch, cue: Cue, text: str) -> bool:
    """Whether a pattern word stands beside the name, on the side its language puts what the
    pattern shows."""
    if match.end <= cue.start and cue.depicts != "next":
        gap = text[match.end : cue.start]
    elif cue.end <= match.start and cue.depicts != "previous":
        gap = text[cue.end : match.start]
    else:
        return False
    return (
        len(gap) <= PATTERN_GAP_CHARS
        and len(gap.split()) <= PATTERN_GAP_WORDS
        and not any(c in PATTERN_BREAKS for c in gap)
    )


BODY_LEAD = 100
SENTENCE_END = (". ", "! ", "? ", "\n", "。", "！", "？")


def body_lead_end(text: str, title_end: int) -> int:
    """Where the body's first sentence ends (at most BODY_LEAD characters in)."""
    start = title_end + 1
    end = min(len(text), start + BODY_LEAD)
    stops = [i for stop in SENTENCE_END if (i := text.find(stop, start, end)) >= 0]
    return min(stops, default=end)


# A name right after "no", "not", "without": "pas d'ivoire", "sin marfil", "ohne Elfenbein",
# "bukan gading", "不是象牙", "no rhino horn" say the goods are absent. "not only ivory" is not;
# French "ni" counts only with its partitive: Swahili "ni" is "is" ("ambazo ni meno ya tembo").
ABSENT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:not|no|non|pas|sans|sin|senza|sem|nem|né|ohne|kein|keine|keinen|"
    r"nicht|без|не|bukan|tanpa|hindi|bila|sio|ليس|ليست|بدون|مو|مش|غير|não|nao|"
    r"không phải|khong phai|ko phải|ko phai|chẳng phải|chang phai)"
    r"(?:[\s-]+|\s*d['’]\s*)(?:(?:è|es|é|est|ist|sind|son|são|de|du|des|of|any|real|la|le|el|il|lo|"
    r"l['’]|un|una|um|uma|vero|vera|verdadero|verdadeiro)\s*){0,2}$",
    re.IGNORECASE,
)
# "not to be confused with X", "contains no X": X is what the goods are not
CONFUSED_BEFORE = re.compile(
    r"(?:not to be confused with|no confundir con|não confundir com|à ne pas confondre avec|"
    r"ne pas confondre avec|nicht zu verwechseln mit|da non confondere con|"
    # goods said to contain none: "لا يحتوي على درنات سحلب", "contains no ivory", "不含"
    r"does not contain|doesn't contain|contains no|ne contient pas d[e'’]\s*|ne contient aucun|"
    r"no contiene|não contém|enthält kein[e]?|non contiene|لا يحتوي على|لا تحتوي على|"
    r"خال من|خالي من|خالية من|不含|误认成|誤認成|误认为|誤認為|被误认成)\s*$",
    re.IGNORECASE,
)
# French "ni" with its partitive only ("ni de l'ivoire ni de la corne")
NEITHER_BEFORE = re.compile(
    r"(?<![^\W\d_])ni\s+(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+|des\s+)$"
)
ABSENT_BEFORE_UNSPACED = ("不是", "非", "没有", "沒有", "无", "無", "ไม่ใช่", "ไม่มี")
ABSENT_REACH = 16


# Japanese and Korean say "is not" after the noun: "本物の鼈甲ではありません", "상아가 아닙니다".
ABSENT_AFTER = re.compile(
    r"\s*(?:では|じゃ)(?:ありません|ない|なく)|\s*(?:이|가)?\s*아(?:님|닙니다|니에요|닌)"
)


def said_absent(match: TaxonMatch, text: str) -> bool:
    """The name follows a word that says the goods are not there ("pas d'ivoire"), or is
    followed by one in Japanese and Korean."""
    before = text[max(0, match.start - ABSENT_REACH) : match.start]
    if ABSENT_AFTER.match(text, match.end) is not None:
        return True
    return (
        before.endswith(ABSENT_BEFORE_UNSPACED)
        or ABSENT_BEFORE.search(before) is not None
        or NEITHER_BEFORE.search(before) is not None
        or CONFUSED_BEFORE.search(text[max(0, match.start - 40) : match.start]) is not None
    )
