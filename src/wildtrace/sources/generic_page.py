"""Read any HTML page as one listing, without a site definition.

Used by the import source for pages it has no selectors for: pages of a URL list and HTML
responses kept in WARC files. Pure functions over the HTML text, tested from saved pages.

What it reads: the title (`og:title`, else `<title>`, else the first `<h1>`); the visible text
of `<main>` or `<article>` when the page has one, else of `<body>`, without scripts, styles,
navigation, headers and footers (at most 100,000 characters); the price (a JSON-LD or microdata
Product offer, else the `og:price:amount` / `product:price:amount` meta tags); images (`og:image`
and the first five `<img src>`, absolute http(s) URLs only); the language of `<html lang>`.
The seller is never guessed. `field_origins` says which route filled each field: "opengraph",
"json-ld" (JSON-LD or microdata) or "html".

Known failure modes: text is the whole main area, menus and sidebars included when a page does
not mark them up as nav/aside; pages rendered by JavaScript give little or no text; a page
showing several offers becomes one listing with the first Product's price.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from wildtrace.domain.listing import ListingRecord
from wildtrace.sources.extract import parse_price, structured_product

MAX_TEXT = 100_000
MAX_IMAGES = 5  # <img> elements read, beside og:image
MAX_TITLE = 300
MAX_LANG = 20  # the store's lang column
EMPTY: tuple[object, ...] = (None, "", ())
DROPPED_TAGS = ["script", "style", "noscript", "template", "nav", "footer", "header", "aside"]
_BLOCK_TAG = re.compile(
    r"<(/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|main|blockquote|pre|hr|"
    r"dd|dt|dl|figure|figcaption|form|label|option|button)\b)",
    re.IGNORECASE,
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.-]+)", re.IGNORECASE)


def decode_html(body: bytes, content_type: str = "") -> str:
    """HTML bytes as text: the charset of the Content-Type, else of a <meta>, else UTF-8."""
    match = _HEADER_CHARSET.search(content_type) or _META_CHARSET.search(body[:4096])
    encoding = match.group(1) if match else "utf-8"
    if isinstance(encoding, bytes):
        encoding = encoding.decode("ascii")
    try:
        return body.decode(encoding, errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


def generic_listing(html: str, url: str, source_id: str, external_id: str) -> ListingRecord | None:
    """The page as one listing; None when it has neither a title nor any text."""
    tree = LexborHTMLParser(_BLOCK_TAG.sub(r" <\1", html))
    title, title_origin = _title(tree)
    images, images_origin = _images(tree, url)
    text, text_origin = _text(tree), "html"
    if not text:
        text, text_origin = _meta(tree, "og:description") or _meta(tree, "description"), "opengraph"
    if not title:
        title, title_origin = shorten(text), text_origin
    if not title:
        return None
    amount, currency, price_origin = _price(tree, html, url)
    html_node = tree.css_first("html")
    lang = (html_node.attributes.get("lang") or "").strip()[:MAX_LANG] if html_node else ""
    found = {
        "title": (title, title_origin),
        "text": (text, text_origin),
        "price": (amount, price_origin),
        "currency": (currency, price_origin),
        "images": (images, images_origin),
        "lang": (lang, "html"),
    }
    origins = {name: origin for name, (value, origin) in found.items() if value not in EMPTY}
    return ListingRecord(
        source_id=source_id,
        external_id=external_id,
        url=url,
        title=title,
        text=text,
        price=amount,
        currency=currency,
        images=images,
        lang=lang or None,
        field_origins=origins,
    )


def _title(tree: LexborHTMLParser) -> tuple[str, str]:
    og = _meta(tree, "og:title")
    if og:
        return og[:MAX_TITLE], "opengraph"
    for selector in ("title", "h1"):
        node = tree.css_first(selector)
        text = _collapse(node.text(separator="")) if node is not None else ""
        if text:
            return text[:MAX_TITLE], "html"
    return "", ""


def _text(tree: LexborHTMLParser) -> str:
    """The visible text of the main area; the tree loses its scripts, navigation and so on."""
    tree.strip_tags(DROPPED_TAGS)
    node = tree.css_first("main") or tree.css_first("article") or tree.body
    return _collapse(node.text(separator="") if node is not None else "")[:MAX_TEXT]


def _price(tree: LexborHTMLParser, html: str, url: str) -> tuple[float | None, str | None, str]:
    if "ld+json" in html or "itemscope" in html:  # extruct is slow: only when it may find one
        product = structured_product(html, url)
        if product.get("price") is not None:
            amount, parsed_currency = parse_price(str(product["price"]))
            if amount is not None:
                currency = str(product.get("currency") or parsed_currency or "")
                return amount, _currency(currency), "json-ld"
    for prefix in ("og:price", "product:price"):
        raw = _meta(tree, f"{prefix}:amount")
        amount, parsed_currency = parse_price(raw)
        if amount is not None:
            currency = _meta(tree, f"{prefix}:currency") or parsed_currency or ""
            return amount, _currency(currency), "opengraph"
    return None, None, ""


def _images(tree: LexborHTMLParser, url: str) -> tuple[tuple[str, ...], str]:
    og = [n.attributes.get("content") or "" for n in tree.css('meta[property="og:image"]')]
    imgs = [n.attributes.get("src") or "" for n in tree.css("img[src]")][:MAX_IMAGES]
    found = _http_urls(og, url)
    origin = "opengraph" if found else "html"
    return tuple(dict.fromkeys(found + _http_urls(imgs, url))), origin


def _meta(tree: LexborHTMLParser, name: str) -> str:
    """A <meta property|name=…> content, collapsed; "" when missing."""
    for attr in ("property", "name"):
        node = tree.css_first(f'meta[{attr}="{name}"]')
        content = node.attributes.get("content") if node is not None else None
        if content and content.strip():
            return _collapse(content)
    return ""


def _http_urls(links: list[str], base: str) -> list[str]:
    absolute = (urljoin(base, link.strip()) for link in links if link.strip())
    return [u for u in absolute if is_http(u)]


def is_http(url: str) -> bool:
    """An absolute http(s) URL with a host (what the crawler may fetch, what a listing keeps)."""
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        return False
    return parts.scheme.lower() in {"http", "https"} and bool(parts.hostname)


def _currency(code: str) -> str | None:
    code = code.strip()
    return code if 0 < len(code) <= 10 else None  # the store's currency column


def _collapse(text: str) -> str:
    return " ".join(text.split())


def shorten(text: str, limit: int = 100) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"
