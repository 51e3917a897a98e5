"""One listing value out of a schema.org value (JSON-LD, microdata, OpenGraph).

Structured data gives a field as a string, a number, a list, a language-tagged literal
(`{"@value": …, "@language": …}`) or an object (a Person, a PostalAddress, an ImageObject …),
while a listing field holds one string (images: a list of strings). These readers return that,
or None / nothing when the value holds none: never the text of a dict or list, and never an
exception, whatever JSON a page holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

from price_parser import Price

from wildtrace.sources.jsonpath import scalar_text

MAX_DEPTH = 6  # lists in lists, objects in objects: deeper than this is not read
MAX_PRICE_TEXT = 100  # longer "prices" are prose, not prices
MAX_AMOUNT = Decimal(10) ** 15  # more is junk (and would not survive a float)
MAX_URL = 4096
# PostalAddress parts in the order they are written; addressCountry comes last
ADDRESS_PARTS = ("streetAddress", "addressLocality", "addressRegion", "postalCode")
# A schema.org price: digits with "." as the decimal separator, nothing else
# (https://schema.org/price): "1.299" is one and 299 thousandths, not 1299.
_PLAIN_NUMBER = re.compile(r"\s*[+-]?(\d+(?:\.\d*)?|\.\d+)\s*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_EXTENSION = re.compile(r"\.\w")  # "photo.jpg", "cdn.example.com/x"


def dicts(value: Any) -> list[dict[str, Any]]:
    """The objects of a value that is an object or a list (other items left out)."""
    items = value if isinstance(value, list) else [value]
    return [item for item in items if isinstance(item, dict)]


def literal(value: Any, depth: int = 0) -> str | None:
    """The text of a string, a number or a language-tagged literal ({"@value": …}); the first
    readable item of a list. Objects other than literals, booleans, null, NaN → None."""
    if depth > MAX_DEPTH:
        return None
    if isinstance(value, list):
        return next((t for t in (literal(v, depth + 1) for v in value) if t), None)
    if isinstance(value, dict):
        return literal(value.get("@value"), depth + 1) if "@value" in value else None
    try:
        return scalar_text(value)
    except ValueError:  # an integer too long to write out
        return None


def name_of(value: Any, depth: int = 0) -> str | None:
    """A literal, or the name of an object (Person, Organization, Brand, Country …)."""
    if depth > MAX_DEPTH:
        return None
    if isinstance(value, list):
        return next((t for t in (name_of(v, depth + 1) for v in value) if t), None)
    if isinstance(value, dict) and "@value" not in value:
        return literal(value.get("name"), depth + 1)
    return literal(value, depth + 1)


def handle_of(seller: dict[str, Any]) -> str | None:
    """A seller's handle on the site: its alternateName, else its identifier (text, or the
    value of a PropertyValue)."""
    for ident in [seller.get("alternateName"), *as_list(seller.get("identifier"))]:
        plain = isinstance(ident, dict) and "@value" not in ident
        text = literal(ident.get("value")) if plain else literal(ident)
        if text:
            return text
    return None


def address_text(value: Any, depth: int = 0) -> str | None:
    """A PostalAddress as one line: "1 Main St, San Francisco, CA, 94103, US" (the parts it
    has, each once; a part given as an object by its name, as a Country). Text stays as it is."""
    if depth > MAX_DEPTH:
        return None
    if isinstance(value, list):
        return next((t for t in (address_text(v, depth + 1) for v in value) if t), None)
    if not isinstance(value, dict) or "@value" in value:
        return literal(value)
    parts = [name_of(value.get(key)) for key in (*ADDRESS_PARTS, "addressCountry")]
    seen: set[str] = set()
    line: list[str] = []
    for part in parts:
        if part and part.casefold() not in seen:  # "Lagos, Lagos" says it once
            seen.add(part.casefold())
            line.append(part)
    return ", ".join(line) or literal(value.get("name"))


def place_text(value: Any, depth: int = 0) -> str | None:
    """Where an offer is: text; a PostalAddress; a Place (or City, Country …) by its name,
    else by its address. Places known only by coordinates → None."""
    if depth > MAX_DEPTH:
        return None
    if isinstance(value, list):
        return next((t for t in (place_text(v, depth + 1) for v in value) if t), None)
    if not isinstance(value, dict) or "@value" in value:
        return literal(value)
    if any(key in value for key in (*ADDRESS_PARTS, "addressCountry")):
        return address_text(value, depth + 1)
    return literal(value.get("name")) or address_text(value.get("address"), depth + 1)


def price_value(value: Any, depth: int = 0) -> tuple[str, str | None] | None:
    """A price as (amount text, currency written with it): 1299, "1299.00", "$1,200.50",
    "1.299,00 zł", a literal object or the first readable item of a list. The amount text is
    one that `extract.parse_price` reads back exactly. Negative, too large or unreadable → None.
    """
    if depth > MAX_DEPTH:
        return None
    if isinstance(value, list):
        return next((p for p in (price_value(v, depth + 1) for v in value) if p), None)
    if isinstance(value, dict):
        return price_value(value.get("@value"), depth + 1) if "@value" in value else None
    amount, currency = _amount(value)
    text = amount_text(amount) if amount is not None else None
    return (text, currency) if text else None


def _amount(value: Any) -> tuple[Decimal | None, str | None]:
    """The number of a JSON number or a price's text, and the currency written in the text."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None, None
    try:
        if not isinstance(value, str):
            return Decimal(str(value)), None  # 0.1 → 0.1, not its binary value
        if len(value) > MAX_PRICE_TEXT:
            return None, None
        if _PLAIN_NUMBER.fullmatch(value):
            return Decimal(value.strip()), None
        parsed = Price.fromstring(value)  # as shown on a page: "$1,200.50", "1.299,00 zł"
    except (InvalidOperation, ValueError):  # ValueError: an integer too long to write out
        return None, None
    return parsed.amount, (parsed.currency or "").strip() or None


def amount_text(amount: Decimal) -> str | None:
    """An amount written so that `price_parser` reads it back as the same number: no
    exponent, no thousands separator, and never exactly three decimals ("12.125" → "12.1250"),
    which it takes for a thousands separator (12125). Negative or too large → None."""
    if not amount.is_finite() or not 0 <= amount < MAX_AMOUNT:
        return None
    text = format(amount.normalize(), "f")  # "12.500" → "12.5", "1E+3" → "1000"
    return text + "0" if len(text.partition(".")[2]) == 3 else text


def image_urls(value: Any) -> list[str]:
    """Image URLs from strings, ImageObjects (contentUrl, else url) and lists of either, in
    order, each once; what is not a URL of an image (empty text, prose, `data:` and other
    schemes, objects without a URL) is left out. Relative URLs stay relative."""
    found = (image_url(text) for text in _image_texts(value, 0))
    return list(dict.fromkeys(url for url in found if url))


def _image_texts(value: Any, depth: int) -> Iterator[str]:
    if depth > MAX_DEPTH:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _image_texts(item, depth + 1)
    elif isinstance(value, dict):
        url = value.get("contentUrl") or value.get("url") or value.get("@value")
        yield from _image_texts(_first(url), depth + 1)


def image_url(text: str) -> str | None:
    """`text` stripped when it may be an image's URL: http(s) with a host, or a relative
    reference without spaces that is a path ("/…", "./…", "../…") or has a name with a dot
    ("photo.jpg"); "null", "N/A", "#" and prose are not."""
    text = text.strip()
    if not text or len(text) > MAX_URL or _CONTROL.search(text):
        return None
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        return None
    if parts.scheme or text.startswith("//"):
        return text if parts.scheme.lower() in {"http", "https", ""} and host else None
    path_like = text.startswith(("/", "./", "../")) and len(text) > 1
    if any(c.isspace() for c in text) or not (path_like or _EXTENSION.search(text)):
        return None
    return text


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def as_list(value: Any) -> list[Any]:
    """A list as it is; anything else as a list of one."""
    return value if isinstance(value, list) else [value]
