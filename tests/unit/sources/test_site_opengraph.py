"""OpenGraph fallback for HTML listings: after the CSS selectors, before JSON-LD / microdata,
only for fields still missing; `listing.opengraph: false` turns it off.

Fixtures: tests/fixtures/site_json/critter-shop.yaml and pages/*.html (fictitious shop).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from wildtrace.domain.listing import FetchedPage
from wildtrace.sources.base import ParseError
from wildtrace.sources.extract import opengraph_product
from wildtrace.sources.site import SiteSource, SiteSourceConfig

FIXTURES = Path(__file__).parents[2] / "fixtures" / "site_json"
SHOP = "https://shop.critterbazaar.example"


def shop(definition: Path = FIXTURES / "critter-shop.yaml") -> SiteSource:
    return SiteSource(SiteSourceConfig(site=str(definition)))


def page(name: str, url: str) -> FetchedPage:
    body = (FIXTURES / "pages" / name).read_bytes()
    return FetchedPage(url, url, 200, "text/html; charset=utf-8", (), body, 0)


def test_opengraph_only_page() -> None:
    record = shop().parse_listing(page("og-only.html", f"{SHOP}/p/5501"))
    assert dataclasses.asdict(record) == {
        "source_id": "critter-shop",
        "external_id": "5501",
        "url": f"{SHOP}/p/5501",
        "title": "Radiated tortoise, captive bred",
        "text": "Astrochelys radiata, 3 years. Papers on request.",
        "price": 850.0,
        "currency": "GBP",
        "seller": None,
        "seller_name": None,
        "location": None,
        "posted_at": None,
        "images": (
            f"{SHOP}/media/5501-1.jpg",
            "https://cdn.critterbazaar.example/5501-2.jpg",
        ),
        "lang": "en",
        "field_origins": {
            "title": "opengraph",
            "text": "opengraph",
            "images": "opengraph",
            "price": "opengraph",
            "currency": "opengraph",
        },
    }


def test_css_first_then_opengraph_then_structured_data() -> None:
    record = shop().parse_listing(page("mixed.html", f"{SHOP}/p/5502"))
    assert (record.title, record.seller) == ("Grüner Leguan", "reptil_haus")
    assert record.text == "Grüne Leguane, Nachzucht 2026."  # og:description (a name= meta)
    assert record.images == ("https://cdn.critterbazaar.example/5502.jpg",)
    assert (record.price, record.currency) == (250.0, "USD")  # no OpenGraph price: JSON-LD
    assert record.field_origins == {
        "title": "html",
        "seller": "html",
        "text": "opengraph",
        "images": "opengraph",
        "price": "structured_data",
        "currency": "structured_data",
    }


def test_opengraph_can_be_turned_off(tmp_path: Path) -> None:
    text = (FIXTURES / "critter-shop.yaml").read_text(encoding="utf-8")
    definition = tmp_path / "no-og.yaml"
    definition.write_text(text + "  opengraph: false\n", encoding="utf-8")
    source = shop(definition)
    assert source.definition.listing.opengraph is False
    with pytest.raises(
        ParseError, match=r"/p/5501: no title found \(selector 'h1.listing-title'\)"
    ):
        source.parse_listing(page("og-only.html", f"{SHOP}/p/5501"))
    record = source.parse_listing(page("mixed.html", f"{SHOP}/p/5502"))
    assert (record.text, record.images) == ("JSON-LD description", ())
    assert record.field_origins["text"] == "structured_data"


def test_metadata_fills_what_a_short_definition_leaves_out(tmp_path: Path) -> None:
    """A definition naming only the title leaves the other fields to the page's metadata."""
    definition = tmp_path / "title-only.yaml"
    text = (FIXTURES / "critter-shop.yaml").read_text(encoding="utf-8")
    head, _, _ = text.partition("  fields:")
    definition.write_text(head + '  fields: {title: "h1.listing-title"}\n', encoding="utf-8")
    record = shop(definition).parse_listing(page("mixed.html", f"{SHOP}/p/5502"))
    assert (record.title, record.text, record.images, record.price, record.currency) == (
        "Grüner Leguan",
        "Grüne Leguane, Nachzucht 2026.",
        ("https://cdn.critterbazaar.example/5502.jpg",),
        250.0,
        "USD",
    )
    assert record.field_origins == {
        "title": "html",
        "text": "opengraph",
        "images": "opengraph",
        "price": "structured_data",
        "currency": "structured_data",
    }


def test_opengraph_product_reads_tags() -> None:
    tree = LexborHTMLParser(
        '<meta property="og:price:amount" content="12">'
        '<meta property="og:price:currency" content="EUR">'
        '<meta property="og:image:url" content="/a.png">'
        '<meta property="og:title" content="   ">'
    )
    assert opengraph_product(tree) == {"images": ["/a.png"], "price": "12", "currency": "EUR"}
    assert opengraph_product(LexborHTMLParser("<p>nothing</p>")) == {}
