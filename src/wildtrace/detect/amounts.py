"""Sums of money written in a listing's text: "RM350", "₱1,500", "25tr", "2万円", "1500 руб".

Sellers write the price in the text more often than in a price field. A sum makes a text read
as an offer; news reports give the value of a seizure too, so the engine lets news cues
outweigh it (see docs/detect.md). A letter O among the digits is read as a zero, as OCR'd
boards write it. Known failure modes: sums in words ("three hundred"),
currencies not listed below, and numbers with a unit that looks like a currency ("4K" video).
"""

from __future__ import annotations

import re

# OCR'd price boards read zeros as the letter O ("9OO€", "35O €"): a number may hold them
NUMBER = re.compile(r"\d(?:[\d.,Oo]*[\dOo])?")
# A currency sign or code just before the number ("RM350", "USD 300", "₱1,500").
BEFORE = re.compile(
    r"(?:[$€£¥￥₩₱₫₽₹฿₡]|(?<![^\W\d_])(?:US\$|R\$|S/|Bs|COP|MXN|ARS|CLP|PEN|BRL|GTQ|elfu|"
    r"USD|EUR|RMB|CNY|JPY|KRW|RM|Rp|PHP|Php|TSh|Tsh|TZS|"
    r"KSh|Ksh|KES|UGX|VND|THB|SAR|AED|QAR|KWD|EGP)\.?)\s?$",
    re.IGNORECASE,
)
# A currency sign or word just after it ("25tr", "150k", "2万円", "1500 руб", "50 ريال").
AFTER = re.compile(
    r"\s?(?:[$€£¥￥₩₱₫₽₹฿元円원块萬万만]|(?:k|tr|triệu|nghìn|ngàn|đ|vnđ|vnd|usd|eur|rm|ringgit|"
    r"baht|บาท|руб|р\.|тыс|ريال|درهم|دينار|جنيه|دولار|shilingi|pesos?|php|dollars?|euros?|"
    r"rb|ribu|jt|juta|elfu|soles|lucas|reais|bolívares|bolivares|cop|mxn|ars|clp|brl|"
    r"mil (?:pesos|reais|soles|bolívares|colones|euros|dólares|dolares))"
    r"(?![^\W\d_]))",
    re.IGNORECASE,
)
LOOK = 12  # characters looked at on each side of a number ("200 mil pesos")
SIGNS = frozenset("$€£¥￥₩₱₫₽₹฿₡元円원块萬万만")


def _neighbour(text: str, index: int, step: int) -> str:
    """The character next to a number, one space skipped ("RM 350", "1500 руб")."""
    if 0 <= index < len(text) and text[index] == " ":
        index += step
    return text[index] if 0 <= index < len(text) else ""


def find_amounts(text: str) -> list[tuple[int, int]]:
    """Spans of the sums of money in `text`: a number with a currency on either side."""
    spans = []
    for number in NUMBER.finditer(text):
        start, end = number.span()
        prev = _neighbour(text, start - 1, -1)
        if prev in SIGNS or prev.isalpha() or prev in "./":
            before = BEFORE.search(text, max(0, start - LOOK), start)
            if before is not None:
                spans.append((before.start(), end))
                continue
        if start > 0 and (text[start - 1].isalpha() or text[start - 1] == "_"):
            continue  # "A4", "mp3": part of a word
        following = _neighbour(text, end, 1)
        if following and (following in SIGNS or following.isalpha()):
            after = AFTER.match(text, end, min(len(text), end + LOOK))
            if after is not None:
                spans.append((start, after.end()))
    return spans
