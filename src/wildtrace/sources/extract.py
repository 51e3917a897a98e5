"""Read listing fields from HTML (CSS selectors first, then OpenGraph meta tags, then JSON-LD /
microdata as fallbacks) or from JSON (the paths of `jsonpath.py`).

Pure functions over bytes, tested from saved pages. Which route filled each field is recorded
(`field_origins`) so an analyst can tell a visible price from one found in page metadata.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin

import extruct
from price_parser import Price
from selectolax.lexbor import LexborHTMLParser, LexborNode

from wildtrace.domain.listing import FetchedPage
from wildtrace.sources.base import ParseError
from wildtrace.sources.jsonpath import parse_path
from wildtrace.sources.sitedef import FieldRule, FieldSpec

PRODUCT_TYPES = {"Product", "Offer", "IndividualProduct", "Vehicle", "Car"}
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
        "images": [i.strip() for i in images if i and i.strip()],
    }
    for prefix in OG_PRICE_PREFIXES:
        out["price"] = out.get("price") or _meta(tree, f"{prefix}:amount")
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
    return values


def structured_product(html: str, url: str) -> dict[str, Any]:
    """The first Product-like item in JSON-LD or microdata, flattened to listing fields."""
    try:
        data = extruct.extract(
            html, base_url=url, syntaxes=["json-ld", "microdata"], uniform=True, errors="ignore"
        )
    except Exception:  # extruct raises many types on hostile markup; fallback only
        return {}
    for item in [*data.get("json-ld", []), *data.get("microdata", [])]:
        if isinstance(item, dict) and _types(item) & PRODUCT_TYPES:
            return _flatten_product(item)
    return {}


def _types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type")
    return set(kind) if isinstance(kind, list) else {str(kind)}


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _flatten_product(item: dict[str, Any]) -> dict[str, Any]:
    offers = _first(item.get("offers")) or {}
    seller = (
        _first(item.get("seller"))
        or (offers.get("seller") if isinstance(offers, dict) else None)
        or {}
    )
    images = item.get("image") or []
    out: dict[str, Any] = {
        "title": item.get("name"),
        "text": item.get("description"),
        "images": [images] if isinstance(images, str) else list(images),
    }
    if isinstance(offers, dict):
        out["price"] = offers.get("price")
        out["currency"] = offers.get("priceCurrency")
        out["location"] = _place(offers.get("availableAtOrFrom") or offers.get("areaServed"))
        out["posted_at"] = offers.get("validFrom")
    if isinstance(seller, dict):
        out["seller"] = seller.get("alternateName") or seller.get("identifier")
        out["seller_name"] = seller.get("name")
    out["posted_at"] = out.get("posted_at") or item.get("releaseDate") or item.get("datePosted")
    out["location"] = out.get("location") or _place(item.get("areaServed"))
    return {k: v for k, v in out.items() if v not in (None, "", [])}


def _place(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        return str(value.get("name") or value.get("address") or "") or None
    return str(value) if value else None


def parse_price(raw: str | None) -> tuple[float | None, str | None]:
    """'1,200 USD' → (1200.0, 'USD'); unparseable → (None, None)."""
    if not raw:
        return None, None
    price = Price.fromstring(str(raw))
    amount = float(price.amount) if price.amount is not None else None
    return amount, price.currency


def absolutise(urls: list[str], page_url: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(urljoin(page_url, u) for u in urls if u))
