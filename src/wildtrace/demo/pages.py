"""HTML, XML and text rendering for the demo marketplace (pure functions, no I/O).

Kept apart from the HTTP plumbing so page markup, which the crawler's site definition
(sources/sites/demo-market.yaml) depends on, lives in one place. Every piece of data is
escaped, and pages reference no external resource, so the site works fully offline.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import Any
from urllib.parse import quote, quote_plus

from wildtrace.demo.catalog import Catalog, Listing, Seller
from wildtrace.demo.images import image_names

SITE_NAME = "Demo Market"
HOME_LISTINGS = 12
STRUCTURED_ONLY_EVERY = 7  # listings whose number is a multiple: price/date only in JSON-LD
_ORG_WORDS = ("ltd", "co.", "company", "shop", "store", "trading", "market", "farm", "llc")

_STYLE = """
body{font-family:system-ui,sans-serif;margin:0;color:#222;background:#f6f6f2}
header{background:#2d5a3d;color:#fff;padding:.6em 1em;display:flex;gap:1em;align-items:center}
header a{color:#fff;text-decoration:none;font-weight:bold}
main{max-width:52em;margin:1em auto;padding:0 1em}
.notice{background:#fff3c4;padding:.4em 1em;font-size:.9em}
ul.results{list-style:none;padding:0}
li.result{background:#fff;margin:.4em 0;padding:.5em .8em;border-radius:4px}
.price{font-weight:bold;color:#8a3b12}.location{color:#555}
.gallery img{margin:.3em;border:1px solid #ccc}
nav.pagination a{margin-right:1em}
footer{text-align:center;font-size:.8em;color:#777;padding:2em}
"""


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a result list."""

    items: Sequence[Listing]
    total: int
    number: int
    has_next: bool
    prev_number: int | None


def paginate(items: Sequence[Listing], number: int, page_size: int) -> Page:
    """Slice ``items`` for page ``number`` (1-based); a page past the end is empty."""
    start = (number - 1) * page_size
    last_page = max(1, -(-len(items) // page_size))
    prev_number = min(number - 1, last_page) if number > 1 else None
    return Page(
        items[start : start + page_size],
        len(items),
        number,
        start + page_size < len(items),
        prev_number,
    )


def layout(title: str, body: str, *, lang: str = "en", head: str = "") -> str:
    """A complete HTML5 document with the site header, inline CSS and footer."""
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)} | {SITE_NAME}</title>\n<style>{_STYLE}</style>\n{head}</head>\n"
        f'<body>\n<header><a href="/">{SITE_NAME}</a>{_search_form()}</header>\n'
        '<p class="notice">Offline training site: every listing, seller and place is '
        "fictitious.</p>\n"
        f"<main>\n{body}\n</main>\n<footer>wildtrace demo marketplace</footer>\n</body>\n</html>\n"
    )


def _search_form(query: str = "") -> str:
    return (
        '<form class="search" action="/search" method="get" role="search">'
        f'<input type="search" name="q" value="{escape(query)}" aria-label="Search listings">'
        '<button type="submit">Search</button></form>'
    )


def format_price(price: float, currency: str | None) -> str:
    """``1200.0, "USD"`` -> ``"1,200 USD"``; cents are shown only when there are some."""
    amount = f"{price:,.0f}" if price == int(price) else f"{price:,.2f}"
    return f"{amount} {currency}" if currency else amount


def iso_utc(moment: datetime) -> str:
    """``2026-10-03T08:15:00Z``."""
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def human_date(moment: datetime) -> str:
    """``3 October 2026, 08:15 UTC``."""
    return f"{moment.day} {moment:%B %Y, %H:%M} UTC"


def description_html(text: str) -> str:
    """Paragraphs for blank-line-separated blocks, <br> for single newlines."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(
        "<p>" + "<br>\n".join(escape(line) for line in block.split("\n")) + "</p>"
        for block in blocks
        if block
    )


def result_item(listing: Listing) -> str:
    """One search-result line; the markup the crawler's ``result_links`` selector relies on."""
    price = ""
    if listing.price is not None:
        price = (
            f' <span class="price">{escape(format_price(listing.price, listing.currency))}</span>'
        )
    return (
        f'<li class="result" lang="{escape(listing.lang)}"><a class="result-link" '
        f'href="/item/{escape(listing.id)}">{escape(listing.title)}</a>{price} '
        f'<span class="location">{escape(listing.location)}</span></li>'
    )


def results_block(page: Page, href_for: Callable[[int], str]) -> str:
    """Result count, result list and rel=prev/next pagination links."""
    noun = "result" if page.total == 1 else "results"
    items = "\n".join(result_item(listing) for listing in page.items)
    links = []
    if page.prev_number is not None:
        href = escape(href_for(page.prev_number))
        links.append(f'<a rel="prev" class="prev" href="{href}">Previous</a>')
    if page.has_next:
        links.append(
            f'<a rel="next" class="next" href="{escape(href_for(page.number + 1))}">Next</a>'
        )
    return (
        f'<p class="result-count">{page.total} {noun}</p>\n'
        f'<ul class="results">\n{items}\n</ul>\n'
        f'<nav class="pagination">{" ".join(links)}</nav>'
    )


def category_href(category: str, page: int | None = None) -> str:
    """URL path of a category listing page."""
    path = f"/category/{quote(category, safe='')}"
    return path if page is None else f"{path}?page={page}"


def home_page(catalog: Catalog) -> str:
    """Search form, category links and the newest listings."""
    categories = "\n".join(
        f'<li><a class="category-link" href="{escape(category_href(name))}">{escape(name)}</a> '
        f"({count})</li>"
        for name, count in catalog.categories().items()
    )
    newest = "\n".join(result_item(listing) for listing in catalog.newest(HOME_LISTINGS))
    body = (
        f"<h1>Welcome to {SITE_NAME}</h1>\n{_search_form()}\n"
        f'<h2>Categories</h2>\n<ul class="categories">\n{categories}\n</ul>\n'
        f'<h2>Newest listings</h2>\n<ul class="results">\n{newest}\n</ul>'
    )
    return layout("Classified ads", body)


def search_page(catalog: Catalog, query: str, number: int, page_size: int) -> str:
    """Results of a case- and accent-insensitive search, newest first."""
    page = paginate(catalog.search(query), number, page_size)
    heading = f"Search: {query}" if query.strip() else "All listings"
    body = f"<h1>{escape(heading)}</h1>\n{_search_form(query)}\n" + results_block(
        page, lambda n: f"/search?q={quote_plus(query)}&page={n}"
    )
    return layout(heading, body)


def category_page(catalog: Catalog, category: str, number: int, page_size: int) -> str:
    """Listings of one category, newest first."""
    page = paginate(catalog.in_category(category), number, page_size)
    body = (
        f'<nav class="breadcrumb"><a href="/">Home</a> › {escape(category)}</nav>\n'
        f"<h1>{escape(category)}</h1>\n" + results_block(page, lambda n: category_href(category, n))
    )
    return layout(category, body)


def seller_page(catalog: Catalog, seller: Seller, number: int, page_size: int) -> str:
    """A seller's profile and listings."""
    page = paginate(catalog.by_seller(seller.handle), number, page_size)
    base = f"/seller/{quote(seller.handle, safe='')}"
    body = (
        f'<section class="profile" lang="{escape(seller.lang)}">\n'
        f'<h1 class="profile-name">{escape(seller.name)}</h1>\n'
        f'<p><span class="profile-handle">@{escape(seller.handle)}</span> · based in '
        f"{escape(seller.location)} · member since {escape(seller.member_since)}</p>\n"
        "</section>\n<h2>Listings</h2>\n" + results_block(page, lambda n: f"{base}?page={n}")
    )
    return layout(f"{seller.name} (@{seller.handle})", body)


def _is_organisation(name: str) -> bool:
    lowered = f" {name.casefold()} "
    return any(f" {word}" in lowered for word in _ORG_WORDS)


def product_json_ld(listing: Listing, seller: Seller, base_url: str) -> dict[str, Any]:
    """schema.org Product for a listing; the posted date is in releaseDate and offers.validFrom."""
    posted = iso_utc(listing.posted_at)
    offer: dict[str, Any] = {"@type": "Offer", "url": f"{base_url}/item/{listing.id}"}
    if listing.price is not None:
        offer["price"] = (
            int(listing.price) if listing.price == int(listing.price) else listing.price
        )
        if listing.currency:
            offer["priceCurrency"] = listing.currency
    offer["availability"] = "https://schema.org/InStock"
    offer["validFrom"] = posted
    offer["areaServed"] = listing.location
    offer["seller"] = {
        "@type": "Organization" if _is_organisation(seller.name) else "Person",
        "name": seller.name,
        "alternateName": seller.handle,
        "url": f"{base_url}/seller/{quote(seller.handle, safe='')}",
    }
    return {
        "@context": "https://schema.org",
        "@type": "Product",
        "productID": listing.id,
        "name": listing.title,
        "description": listing.text,
        "category": listing.category,
        "url": f"{base_url}/item/{listing.id}",
        "image": [f"{base_url}/img/{name}.png" for name in image_names(listing.id)],
        "releaseDate": posted,
        "offers": offer,
    }


def _script_json(data: dict[str, Any]) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def item_page(listing: Listing, seller: Seller, base_url: str) -> str:
    """A listing page; every 7th listing shows price and date only in its JSON-LD."""
    structured_only = listing.number % STRUCTURED_ONLY_EVERY == 0
    meta = [f'<span class="location">{escape(listing.location)}</span>']
    if not structured_only:
        if listing.price is not None:
            price = escape(format_price(listing.price, listing.currency))
            meta.insert(0, f'<span class="price">{price}</span>')
        meta.append(
            f'Posted <time class="posted" datetime="{iso_utc(listing.posted_at)}">'
            f"{escape(human_date(listing.posted_at))}</time>"
        )
    gallery = "".join(
        f'<img src="/img/{escape(name)}.png" alt="{escape(listing.title)} (photo {index})" '
        'width="96" height="96">'
        for index, name in enumerate(image_names(listing.id), start=1)
    )
    body = (
        f'<nav class="breadcrumb"><a href="/">Home</a> › <a href="'
        f'{escape(category_href(listing.category))}">{escape(listing.category)}</a> › '
        f"{escape(listing.id)}</nav>\n"
        f'<article class="listing" data-listing-id="{escape(listing.id)}">\n'
        f'<h1 class="listing-title" dir="auto">{escape(listing.title)}</h1>\n'
        f'<p class="meta">{" · ".join(meta)}</p>\n<div class="gallery">{gallery}</div>\n'
        f'<div class="listing-description" dir="auto">{description_html(listing.text)}</div>\n'
        f'<section class="seller-box" lang="{escape(seller.lang)}">Sold by '
        f'<a class="seller-name" href="/seller/{escape(quote(seller.handle, safe=""))}">'
        f'{escape(seller.name)}</a> <span class="seller-handle">@{escape(seller.handle)}</span>'
        f" · member since {escape(seller.member_since)}</section>\n</article>"
    )
    head = (
        f'<link rel="canonical" href="{escape(base_url)}/item/{escape(listing.id)}">\n'
        '<script type="application/ld+json">\n'
        f"{_script_json(product_json_ld(listing, seller, base_url))}\n</script>\n"
    )
    return layout(listing.title, body, lang=listing.lang, head=head)


def error_page(status: int, message: str) -> str:
    """A small HTML error page."""
    return layout(f"Error {status}", f"<h1>Error {status}</h1>\n<p>{escape(message)}</p>")


def robots_txt(base_url: str) -> str:
    """Allow everything except /private/, and point to the sitemap."""
    return (
        "# wildtrace demo marketplace (offline training site)\n"
        f"User-agent: *\nDisallow: /private/\nAllow: /\n\nSitemap: {base_url}/sitemap.xml\n"
    )


def sitemap_xml(catalog: Catalog, base_url: str) -> str:
    """Absolute URLs of every listing, with their posting date."""
    urls = "\n".join(
        f"<url><loc>{escape(base_url)}/item/{escape(item.id)}</loc>"
        f"<lastmod>{iso_utc(item.posted_at)}</lastmod></url>"
        for item in catalog.listings
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>\n'
    )
