"""Read listing fields from HTML (CSS selectors first, then OpenGraph meta tags, then JSON-LD /
microdata as fallbacks) or from JSON (the paths of `jsonpath.py`).

Pure functions over bytes, tested from saved pages. Which route filled each field is recorded
(`field_origins`) so an analyst can tell a visible price from one found in page metadata.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urljoin

import extruct
from price_parser import Price
from selectolax.lexbor import LexborHTMLParser, LexborNode

from wildtrace.domain.listing import FetchedPage
from wildtrace.sources.base import ParseError
from wildtrace.sources.jsonpath import parse_path, scalar_text
from wildtrace.sources.sitedef import FieldRule, FieldSpec
from wildtrace.sources.structured_values import (
    address_text,
    as_list,
    dicts,
    handle_of,
    image_urls,
    literal,
    name_of,
    place_text,
    price_value,
)

PRODUCT_TYPES = {"Product", "Offer", "IndividualProduct", "Vehicle", "Car"}
OFFER_TYPES = {"Offer", "AggregateOffer"}
MAX_OFFERS = 50
# priceType of a price the item is no longer offered for (or only a reference price)
FORMER_PRICE_TYPES = {"ListPrice", "StrikethroughPrice", "MSRP", "SRP", "InvoicePrice"}
OG_PRICE_PREFIXES = ("product:price", "og:price")
OG_IMAGES = 'meta[property="og:image"], meta[property="og:image:url"], meta[name="og:image"]'
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.-]+)", re.IGNORECASE)


def as_rule(spec: FieldSpec) -> FieldRule:
    return FieldRule(selector=spec) if isinstance(spec, str) else spec


def _node_value(node: LexborNode, rule: FieldRule) -> str | None:
    if rule.attr:
        value = node.attributes.get(rule.attr)
        return value.strip() if value else None
    text = node.text(separator="\n", strip=True)
    return text or None


def select_field(tree: LexborHTMLParser, spec: FieldSpec) -> list[str]:
    rule = as_rule(spec)
    nodes = (
        tree.css(rule.selector)
        if rule.all
        else [n for n in [tree.css_first(rule.selector)] if n is not None]
    )
    return [v for v in (_node_value(n, rule) for n in nodes) if v]


def opengraph_product(tree: LexborHTMLParser) -> dict[str, Any]:
    """Listing fields from OpenGraph meta tags: og:title, og:description, every og:image, and
    product:price:amount / og:price:amount with its currency. Missing tags are left out."""
    images = [n.attributes.get("content") or "" for n in tree.css(OG_IMAGES)]
    out: dict[str, Any] = {
        "title": _meta(tree, "og:title"),
        "text": _meta(tree, "og:description"),
        "images": image_urls(images),
    }
    for prefix in OG_PRICE_PREFIXES:
        # the amount is a number with "." for decimals ("12.500" dinars), read as price_value
        # reads a schema.org price; an unreadable one is left out, for JSON-LD to give
        price = None if "price" in out else price_value(_meta(tree, f"{prefix}:amount"))
        if price:
            out["price"], written = price
            out["currency"] = _meta(tree, f"{prefix}:currency") or written
    for prefix in OG_PRICE_PREFIXES:
        out["currency"] = out.get("currency") or _meta(tree, f"{prefix}:currency")
    return {k: v for k, v in out.items() if v}


def _meta(tree: LexborHTMLParser, name: str) -> str | None:
    """The content of <meta property=name> (or name=name), stripped; None when missing."""
    for attr in ("property", "name"):
        node = tree.css_first(f'meta[{attr}="{name}"]')
        content = node.attributes.get("content") if node is not None else None
        if content and content.strip():
            return content.strip()
    return None


def read_json(page: FetchedPage) -> Any:
    """The page's body parsed as JSON (UTF-8 unless the Content-Type names a charset);
    ParseError naming the URL when it is not JSON."""
    match = _CHARSET.search(page.content_type)
    body: str | bytes = page.body
    if match and match.group(1).lower().replace("-", "") != "utf8":
        try:
            body = page.body.decode(match.group(1))
        except (LookupError, UnicodeDecodeError):
            body = page.body
    try:
        return json.loads(body)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, UnicodeDecodeError
        raise ParseError(f"{page.final_url}: not valid JSON ({exc})") from exc


def json_fields(data: Any, fields: Mapping[str, FieldSpec]) -> dict[str, Any]:
    """Listing fields read from parsed JSON by their paths: every value for images, the first
    for other fields. Fields whose path reaches no string or number are left out."""
    values: dict[str, Any] = {}
    for name, spec in fields.items():
        found = parse_path(spec).strings(data) if isinstance(spec, str) else []
        if found:
            values[name] = found if name == "images" else found[0]
    price = parse_path(fields["price"]).values(data) if isinstance(fields.get("price"), str) else []
    number = next((v for v in price if scalar_text(v)), None)  # the value `strings` gave
    if isinstance(number, int | float) and (written := price_value(number)):
        values["price"] = written[0]  # 12.125 dinars as "12.1250": "12.125" would read as 12125
    return values


def structured_product(html: str, url: str) -> dict[str, Any]:
    """The first Product-like item in JSON-LD or microdata, flattened to listing fields: each
    a string (images: a list of strings), fields the item does not give left out. Items at
    the top level come first; then those of a JSON-LD `@graph` or a page's `mainEntity`."""
    try:
        data = extruct.extract(
            html, base_url=url, syntaxes=["json-ld", "microdata"], uniform=True, errors="ignore"
        )
    except Exception:  # extruct raises many types on hostile markup; fallback only
        return {}
    top = [i for i in [*data.get("json-ld", []), *data.get("microdata", [])] if isinstance(i, dict)]
    nested = [
        inner
        for item in top
        for inner in [*dicts(item.get("@graph")), *dicts(item.get("mainEntity"))]
    ]
    for item in [*top, *nested]:
        if _types(item) & PRODUCT_TYPES:
            return _flatten_product(item)
    return {}


def _types(item: dict[str, Any]) -> set[str]:
    """Its schema.org types by short name ("https://schema.org/Product" → "Product")."""
    kinds = item.get("@type")
    return {_short(k) for k in (kinds if isinstance(kinds, list) else [kinds]) if k}


def _short(name: Any) -> str:
    """A schema.org name without its vocabulary ("https://schema.org/Product" → "Product")."""
    return re.split(r"[/#:]", name)[-1] if isinstance(name, str) else ""


Offers = list[tuple[dict[str, Any], dict[str, Any]]]


def _offers(item: dict[str, Any]) -> Offers:
    """(offer, the offer it is listed in or itself): the item itself when it is an Offer, then
    its offers in order, an AggregateOffer's own `offers` right after it."""
    found = [(item, item)] if _types(item) & OFFER_TYPES else []
    for offer in dicts(item.get("offers")):
        found += [(offer, offer), *((inner, offer) for inner in dicts(offer.get("offers")))]
    return found[:MAX_OFFERS]


def _offer_price(offer: dict[str, Any], parent: dict[str, Any]) -> tuple[str, str | None] | None:
    """(amount text, currency) of an Offer: its `price`; an AggregateOffer's `lowPrice` (a
    range is stored as the least it is offered for, the "from" price buyers are shown, rather
    than left out); else a priceSpecification's price (a sale price before a list or
    strikethrough price, which is what it was before); a range's upper end only when it is all
    there is. The currency is the one given beside the amount, else the one written in it."""
    specs = sorted(
        (
            spec
            for outer in dicts(offer.get("priceSpecification"))
            for spec in [outer, *dicts(outer.get("priceComponent"))]
        ),
        key=lambda spec: _short(literal(spec.get("priceType"))) in FORMER_PRICE_TYPES,
    )[:MAX_OFFERS]
    sources = [
        (offer, "price"),
        (offer, "lowPrice"),
        *((spec, key) for spec in specs for key in ("price", "minPrice")),
        (offer, "highPrice"),
        *((spec, "maxPrice") for spec in specs),
    ]
    for where, key in sources:
        found = price_value(where.get(key))
        if found:
            currency = next(
                (c for c in (literal(o.get("priceCurrency")) for o in (where, offer, parent)) if c),
                found[1],
            )
            return found[0], currency
    return None


def _flatten_product(item: dict[str, Any]) -> dict[str, Any]:
    offers = _offers(item)
    priced = next(((o, p) for o, parent in offers if (p := _offer_price(o, parent))), None)
    offer = priced[0] if priced else (offers[0][0] if offers else {})
    seller = next(
        (s for s in [*as_list(item.get("seller")), *as_list(offer.get("seller"))] if s), None
    )
    out: dict[str, Any] = {
        "title": literal(item.get("name")) or name_of(item.get("itemOffered")),
        "text": literal(item.get("description")),
        "images": image_urls(item.get("image")),
        "price": priced[1][0] if priced else None,
        "currency": (priced[1][1] if priced else None) or literal(offer.get("priceCurrency")),
        "posted_at": literal(offer.get("validFrom"))
        or literal(item.get("releaseDate"))
        or literal(item.get("datePosted")),
        "location": place_text(offer.get("availableAtOrFrom"))
        or place_text(offer.get("areaServed"))
        or place_text(item.get("areaServed"))
        or address_text(offer.get("address"))
        or (address_text(seller.get("address")) if isinstance(seller, dict) else None),
    }
    # A seller given as text is its name. A product's `brand` is its maker, not who sells it.
    if isinstance(seller, dict):
        out["seller"] = handle_of(seller)
        out["seller_name"] = name_of(seller)
    else:
        out["seller_name"] = literal(seller)
    return {k: v for k, v in out.items() if v not in (None, "", [])}


def parse_price(raw: str | None) -> tuple[float | None, str | None]:
    """'1,200 USD' → (1200.0, 'USD'); unparseable → (None, None)."""
    if not raw:
        return None, None
    price = Price.fromstring(str(raw))
    amount = float(price.amount) if price.amount is not None else None
    if amount is not None and not math.isfinite(amount):  # hundreds of digits
        return None, None
    return amount, price.currency


def absolutise(urls: Iterable[object], page_url: str) -> tuple[str, ...]:
    """The URLs made absolute against the page's, each once; anything that is not text, and
    text that cannot be joined (a broken IPv6 host), left out."""
    joined: list[str] = []
    for url in urls:
        if isinstance(url, str) and url:
            try:
                joined.append(urljoin(page_url, url))
            except ValueError:
                continue
    return tuple(dict.fromkeys(joined))
