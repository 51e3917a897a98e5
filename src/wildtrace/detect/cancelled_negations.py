"""Words that cancel a negation cue: "not fake", "非仿品", "가짜 아님", "resin not wanted".

A replica word is a negation only when nothing around it says the opposite; these lists and
patterns hold what does, in the languages of the lexicon.
"""

from __future__ import annotations

import re

from wildtrace.detect.boundaries import is_unspaced_script

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
    "bkn ",  # Malay and Indonesian texting for bukan: "bkn plastik"
    # Arabizi for مش and مو: "mosh plastic wala 3a'zm" (not plastic nor bone)
    "mosh ",
    "mish ",
    "msh ",
    "mush ",
    "makan ",  # "sudah makan voer": the bird eats feed, it is no feed for sale
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
    # a likeness: "eyes big like a doll" ("matanya besar kyk boneka") praises a live animal
    "like a ",
    "looks like a ",
    "kyk ",
    "kayak ",
    "kek ",
    "seperti ",
    "macam ",
    "parang ",
    "comme une ",
    "comme un ",
    "como una ",
    "como un ",
    "wie eine ",
    "wie ein ",
    "как ",
    "像",
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
    r"bukan|bkn|tidak|hindi|si|sio|مو|مش|مب|ليس|ليست|غير)\s+(?:d[eu]\s+|de l'|l')?[^\W\d_]+\s+$"
)
# "not" reaches over a list joined by "or": "ไม่ใช่เขี้ยวหมูป่าหรือเรซิ่น" (not boar tusk or
# resin), "bukan taring babi atau resin", "not bone or resin", "ni os ni résine".
LISTED_CANCELLED = re.compile(
    r"(?:(?<!\w)(?:not|no|pas|ni|nicht|kein|keine|não|non|не|bukan|tidak|không phải|ليس|مو|مش)\s|"
    r"ไม่ใช่|不是|非)[^,.;!?\n]{1,30}?(?:\s(?:or|atau|hay|hoặc|ou|o|oder|или|أو|ni)\s|หรือ|或|还是)$"
)
# an accessory further down the list of what comes with the animal: "comes with 6ft cage, heat
# lamp" (CANCELLERS hold only the first item)
LISTED_WITH = re.compile(
    r"(?<!\w)(?:comes? with|includes|including|incluye|incluido|inclus|inklusive|inkl\.|"
    r"incluso|incluído|incluidos)\s[^.;!?\n]{0,80}?(?:,|\+|&|\sand|\sy|\se|\set|\sund)\s*$"
)
LISTED_WINDOW = 100
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
    # Japanese says what goods were declared as after it: 「ぬいぐるみ」と申告 (declared as plush)
    "」と申告",
    "と申告",
    "として申告",
    "」と偽",
    "と偽って",
)
# Articles and determiners a canceller may stand before: "not a replica", "no es una
# imitación", "ce n'est pas une copie", "keine billige Kopie", "this is not any resin".
CANCELLED_ARTICLES = re.compile(
    r"(?:\b(?:a|an|the|any|un|une|una|uno|um|uma|ein|eine|einen|einer|il|lo|la|le|el|"
    r"en|de|in|em|aus|made\s+of|cheap|billige|billig|simple|mere|just)\s+)+$"
)
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
    r"(?:申报为|申報為|谎报为|謊報為|伪报为|偽報為|报关为|報關為)[^。；！？\n]*$|"
    # the item name a sender writes on the parcel: 品名は「樹脂置物」で出します, 品名写成"工艺品"
    r"(?:品名は|品名を|品名写成|品名寫成|品名写|品名寫|品名填)[^。；！？\n]*$"
)


def cancelled(lowered: str, start: int, end: int, tagalog: bool = False) -> bool:
    """Whether the negation cue at start:end of the lowered text is said not to hold: a
    canceller before it, a denial or a refusal after it, or a false declaration before it."""
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
        or LISTED_WITH.search(lowered, max(0, start - LISTED_WINDOW), start) is not None
        or DECLARED_AS.search(lowered, max(0, start - 45), start) is not None
    )


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
