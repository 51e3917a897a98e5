"""Animal names that name a product: a capitalised name right before a model code."""

from __future__ import annotations

import re

from wildtrace.domain.analysis import TaxonMatch

# A model or spec code: letters and digits mixed (T770, F1, TZ10, 5706P, 2A4), not followed by
# a unit or a currency. A bare number is left alone: "Parrot 300" is more often a price.
MODEL_CODE = re.compile(
    r"[ -](?!\d+(?:kg|g|gr|cm|mm|m|ft|in|yo|y|yr|yrs|mo|pcs|pc|ml|l|k|tr|jt|rb|x|cts?)\b)"
    r"(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{2,8}(?![\w.,])"
    r"(?!\s*(?:kg|g|gr|cm|mm|m|ft|in|inch|pcs|ml|l|usd|eur|€|\$|rm|rp|k|tr|baht|bath|元|円))",
    re.IGNORECASE,
)


def model_name(match: TaxonMatch, text: str) -> bool:
    """A capitalised name right before a model code names a product (Triumph Tiger 800,
    Bobcat T770, Goodyear Eagle F1, Irbis TZ10), not the animal."""
    word = match.matched
    if " " in word or not word[:1].isupper() or not word.isalpha():
        return False
    return MODEL_CODE.match(text, match.end) is not None
