"""Ivory as a colour: a name of elephant ivory right after a word for colour ("colour
'oat/ivory'", "цвета слоновой кости", "lon 3aji (ivory)", "màu ngà") or in a list of colours
("oat/ivory", "ivory/gold"). Phrases fixed in the trap lists ("ivory dress") cover the
common cases; this covers the word beside any colour word, in any order the seller lists them.
"""

from __future__ import annotations

import re

from wildtrace.domain.analysis import TaxonMatch

IVORY_TAXA = frozenset({"Loxodonta africana", "Elephas maximus", "Loxodonta cyclotis"})

# A word for colour, shade or tone, then at most one other word (a colour listed before it,
# or the same colour in another language before brackets) and the marks between, ending right
# before the match.
COLOUR_BEFORE = re.compile(
    r"(?i:\b(?:colou?rs?|colou?red|colou?rway|shade|tone|couleurs?|coloris|teinte|colore|"
    r"colori|tinta|tono|farbe|farbton|cor|cores|warna|kulay|rangi|màu|lon|lawn|"
    r"aspect|aspecto|optik|look)|"
    r"цвет\w*|оттен\w*|اللون|لون|สี|颜色|顏色|색상|컬러|カラー)"
    r"[\s:：'\"“”‘’(（\[\-–]*(?:\w+[ \t]*[/,&+(（][ \t]*)?$"
)
# Colours that are listed beside ivory with a slash ("oat/ivory", "ivory/black").
COLOURS = (
    "white|black|cream|beige|oat|oatmeal|ecru|taupe|sand|stone|grey|gray|navy|gold|silver|"
    "blush|pink|champagne|nude|camel|brown|tan|khaki|olive|sage|charcoal|red|blue|green|"
    "blanc|noir|crème|creme|doré|dore|blanco|negro|crema|dorado|branco|preto|creme|bianco|"
    "nero|panna|weiß|weiss|schwarz|gold|белый|чёрный|черный|золото"
)
SLASH_BEFORE = re.compile(rf"(?i:\b(?:{COLOURS}))[ \t]*/[ \t]*$")
SLASH_AFTER = re.compile(rf"[ \t]*/[ \t]*(?i:(?:{COLOURS})\b)")
REACH = 24


# German "in Elfenbein" and "Gardinen elfenbein": the colour of fabrics and furniture (the
# material is "aus Elfenbein")
GERMAN_COLOUR_BEFORE = re.compile(
    r"(?i:\b(?:in|gardinen|vorhänge|vorhang|kleid|bluse|hemd|pullover|stoff|sofa|couch|"
    r"teppich|bettwäsche|fliesen|lack|wandfarbe)\s*)$"
)


def as_colour(match: TaxonMatch, text: str) -> bool:
    """An ivory word named as a colour: after a word for colour, or slashed to a colour."""
    if match.name not in IVORY_TAXA:
        return False
    before = text[max(0, match.start - REACH) : match.start]
    if match.matched.lower().startswith("elfenbein") and GERMAN_COLOUR_BEFORE.search(before):
        return True
    return (
        COLOUR_BEFORE.search(before) is not None
        or SLASH_BEFORE.search(before) is not None
        or SLASH_AFTER.match(text, match.end) is not None
    )
