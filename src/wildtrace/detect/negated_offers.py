"""Offer words that the text denies: "not for sale", "No vendo loros", "n'est pas à vendre",
"nicht zu verkaufen", "không bán", "tidak dijual", 不卖, 非売品, "ليس للبيع". An owner showing an
animal says so; the word of the offer it denies is no sign of trade.

A denial with a restriction after it still sells: "not for sale to minors", "no vendo por
separado", "không bán lẻ" (no retail), 不卖假货 (no fakes sold) — those cues are kept.
"""

from __future__ import annotations

import re

# the negation before the offer word, with the copula or particle some languages put between
# ("is not for sale", "none of them are for sale", "não está à venda", "non è in vendita", "no
# se vende", "bukan untuk dijual"). English "no" is left out: "no offers", "no swaps" still sell.
_NEGATORS = (
    r"not|never|none(?:\s+of\s+(?:them|these|those|it))?|pas|nicht|non|não|nao|не|tidak|tak|gak|"
    r"ga|nggak|enggak|bukan|hindi|không|"
    r"ليس|لا|مو|مش|غير"
)
# Short negations that are other words in other languages deny only their own language's verbs:
# Spanish "no" (English "no offers" still sells), Vietnamese "ko"/"k" (Tagalog "ko" is "I").
_LIMITED = {
    "no": re.compile(r"(?:vend|vent|compr|cambi)"),
    "ko": re.compile(r"(?:b[aá]n|mua|c[aầ]n)"),
    "k": re.compile(r"(?:b[aá]n|mua|c[aầ]n)"),
}
_BETWEEN = (
    r"(?:(?:is|are|ist|sind|è|sono|est|sont|está|esta|están|estão|é|são|se|si|untuk|para|en)\s+)*"
)
DENIED_BEFORE = re.compile(rf"(?<!\w)(?:{_NEGATORS})\s+{_BETWEEN}$")
LIMITED_BEFORE = re.compile(rf"(?<!\w)(no|ko|k)\s+{_BETWEEN}$")
# scripts without spaces put the negation right before the verb: 不卖, 非卖品, 非売品, ไม่ขาย
DENIED_BEFORE_UNSPACED = ("不", "非", "ไม่", "ไม่ได้", "没有", "沒有", "不会", "不會")
# Japanese and Korean deny after the verb: 売りません, 販売していません, 판매하지 않습니다
DENIED_AFTER = (
    *("りません", "ません", "していません", "しておりません"),
    *("하지 않", "하지않", "지 않"),
)
# after the denied word, a restriction keeps the offer: to whom, how many, not fakes
RESTRICTION_AFTER = re.compile(
    r"^\s*(?:(?:por|en|in|au|à)\s+)?(?:to|a|à|an|aux?|ai|alle|para|pra|kepada|ke|kay|sa|cho|за|для|in\s+parts|"
    r"separately|separado|separada|separadamente|séparément|einzeln|separatamente|отдельно|"
    r"retail|lẻ|le|ecer|eceran|tingi|only|solo|sólo|seulement|nur|apenas|chỉ|hanya|lang|"
    r"below|under|less|cheap|cheaper|fakes?|replicas?|copies|copy|giả|palsu|peke|"
    r"falsos?|falsas?|faux|fälschungen|подделк\w*|except|unless|outside|abroad|fuera|fora|"
    r"ngoài|luar|hàng\s+giả|terpisah|satuan|hiwalay)\b"
    r"|^\s*[单單散零假分]|^\s*(?:แยก|ปลีก|ของปลอม)",
    re.IGNORECASE,
)
WINDOW = 24


def denied_offer(lowered: str, start: int, end: int) -> bool:
    """Whether the offer or wanted word at start:end of the lower-cased text is denied."""
    after = lowered[end : end + WINDOW]
    # the restriction may be the offer word's own second word: "bán lẻ" (sells retail)
    _, _, rest = lowered[start:end].partition(" ")
    if RESTRICTION_AFTER.match(after) or (rest and RESTRICTION_AFTER.match(rest)):
        return False
    if after.lstrip().startswith(DENIED_AFTER):
        return True
    before = lowered[max(0, start - WINDOW) : start]
    if before.endswith(DENIED_BEFORE_UNSPACED) or DENIED_BEFORE.search(before):
        return True
    limited = LIMITED_BEFORE.search(before)
    return bool(limited and _LIMITED[limited.group(1)].match(lowered[start:end]))
