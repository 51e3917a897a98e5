"""Listing fields from structured data (JSON-LD, microdata, OpenGraph) when schema.org gives
them as objects, lists or literals where a listing holds one string: addresses, aggregate
offers and price specifications, ImageObjects, sellers as Organizations, language-tagged text,
prices written with a symbol. Each becomes the right string or is left out; a page's JSON never
makes the source fail with anything but a ParseError.

Pages are small inline HTML strings on a fictitious shop (critterbazaar.example).
"""

from __future__ import annotations

import dataclasses
import json
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from selectolax.lexbor import LexborHTMLParser

from wildtrace.domain.listing import FetchedPage, ListingRecord
from wildtrace.sources.base import PageRef, ParseError
from wildtrace.sources.extract import (
    absolutise,
    json_fields,
    opengraph_product,
    parse_price,
    structured_product,
)
from wildtrace.sources.site import SiteSource, SiteSourceConfig
from wildtrace.sources.structured_values import amount_text, image_url, price_value

SHOP = "https://shop.critterbazaar.example"
URL = f"{SHOP}/p/7001"
# Every field left to the page's metadata: no selector finds anything on these pages.
DEFINITION = """\
id: structured-shop
name: Critter Bazaar, metadata only (test)
version: 1
base_url: https://shop.critterbazaar.example
search:
  url: "/search?q={query}&page={page}"
  result_links: "a.result"
listing:
  url_pattern: "^/p/(?P<id>[0-9]+)$"
  fields:
    title: "h1.no-such-title"
    price: ".no-such-price"
    images: {selector: ".no-such-gallery img", attr: src, all: true}
"""
ADDRESS = {
    "@type": "PostalAddress",
    "addressLocality": "San Francisco",
    "addressRegion": "CA",
}


def ld(*items: Any, head: str = "") -> str:
    scripts = "".join(
        f'<script type="application/ld+json">{json.dumps(item)}</script>' for item in items
    )
    return f'<html lang="en"><head>{head}{scripts}</head><body><p>Listing</p></body></html>'


def product(**fields: Any) -> dict[str, Any]:
    return {"@context": "https://schema.org", "@type": "Product", "name": "Grey parrot", **fields}


def fields(**product_fields: Any) -> dict[str, Any]:
    return structured_product(ld(product(**product_fields)), URL)


def source(tmp_path: Path) -> SiteSource:
    path = tmp_path / "structured-shop.yaml"
    path.write_text(DEFINITION, encoding="utf-8")
    return SiteSource(SiteSourceConfig(site=str(path)))


def parse(tmp_path: Path, html: str) -> ListingRecord:
    fetched = FetchedPage(URL, URL, 200, "text/html; charset=utf-8", (), html.encode(), 0)
    result = source(tmp_path).parse(fetched, PageRef("listing", None, 1, URL))
    (record,) = result.listings
    return record


def assert_plain(found: dict[str, Any]) -> None:
    """Every field is text, images a list of text: never an object or a list's repr."""
    for name, value in found.items():
        if name == "images":
            assert isinstance(value, list)
            assert all(isinstance(url, str) for url in value)
        else:
            assert isinstance(value, str), (name, value)
            assert not value.startswith(("{", "[", "(")), (name, value)


# --- 1. places and addresses ----------------------------------------------------------------


def test_place_with_an_address_and_no_name_is_its_address_as_text() -> None:
    offer = {
        "@type": "Offer",
        "price": "300",
        "availableAtOrFrom": {"@type": "Place", "address": ADDRESS},
    }
    assert fields(offers=offer)["location"] == "San Francisco, CA"


def test_address_parts_in_order_with_the_country_as_code_or_object() -> None:
    address = {
        "@type": "PostalAddress",
        "addressCountry": {"@type": "Country", "name": "United States"},
        "postalCode": "94103",
        "addressRegion": "CA",
        "addressLocality": "San Francisco",
        "streetAddress": "1 Market St",
    }
    place = {"@type": "Place", "address": address}
    assert fields(offers={"@type": "Offer", "availableAtOrFrom": place})["location"] == (
        "1 Market St, San Francisco, CA, 94103, United States"
    )
    coded = {**address, "addressCountry": "US", "streetAddress": None}
    coded["addressRegion"] = {"@type": "State", "name": "CA"}
    assert fields(offers={"@type": "Offer", "availableAtOrFrom": coded})["location"] == (
        "San Francisco, CA, 94103, US"
    )


def test_address_says_a_repeated_part_once_and_a_place_name_wins() -> None:
    lagos = {"@type": "PostalAddress", "addressLocality": "Lagos", "addressRegion": "lagos"}
    assert fields(offers={"@type": "Offer", "areaServed": lagos})["location"] == "Lagos"
    named = {"@type": "Place", "name": "Ikeja, Lagos", "address": lagos}
    assert fields(offers={"@type": "Offer", "availableAtOrFrom": named})["location"] == (
        "Ikeja, Lagos"
    )
    text = {"@type": "Place", "address": "Mission District, San Francisco"}
    assert fields(offers={"@type": "Offer", "availableAtOrFrom": text})["location"] == (
        "Mission District, San Francisco"
    )


def test_address_straight_on_the_offer_or_the_seller() -> None:
    assert fields(offers={"@type": "Offer", "address": ADDRESS})["location"] == (
        "San Francisco, CA"
    )
    seller = {"@type": "Person", "name": "Bay Birds", "address": [ADDRESS]}
    found = fields(offers={"@type": "Offer", "price": 40, "seller": seller})
    assert found["location"] == "San Francisco, CA"
    assert found["seller_name"] == "Bay Birds"


def test_place_known_only_by_coordinates_is_left_out() -> None:
    geo = {"@type": "Place", "geo": {"@type": "GeoCoordinates", "latitude": 37.7}}
    assert "location" not in fields(offers={"@type": "Offer", "availableAtOrFrom": geo})


# --- 2. aggregate offers, offer lists, price specifications ---------------------------------


def test_aggregate_offer_gives_its_low_price_and_currency() -> None:
    offer = {
        "@type": "AggregateOffer",
        "lowPrice": "120.00",
        "highPrice": "450",
        "priceCurrency": "EUR",
    }
    found = fields(offers=offer)
    assert (found["price"], found["currency"]) == ("120", "EUR")
    assert parse_price(found["price"]) == (120.0, None)


def test_aggregate_offer_with_only_a_high_price_or_only_its_own_offers() -> None:
    assert fields(offers={"@type": "AggregateOffer", "highPrice": 90})["price"] == "90"
    nested = {
        "@type": "AggregateOffer",
        "priceCurrency": "GBP",
        "offers": [{"@type": "Offer", "name": "sold out"}, {"@type": "Offer", "price": 75}],
    }
    found = fields(offers=nested)
    assert (found["price"], found["currency"]) == ("75", "GBP")  # the currency of the range


def test_offers_as_a_list_the_first_with_a_price_gives_price_seller_and_place() -> None:
    offers = [
        {"@type": "Offer", "availability": "https://schema.org/SoldOut"},
        {
            "@type": "Offer",
            "price": 55,
            "priceCurrency": "USD",
            "seller": {"@type": "Organization", "name": "Reptile Ranch"},
            "availableAtOrFrom": {"@type": "Place", "address": ADDRESS},
        },
    ]
    found = fields(offers=offers)
    assert found["price"] == "55"
    assert found["currency"] == "USD"
    assert found["seller_name"] == "Reptile Ranch"
    assert found["location"] == "San Francisco, CA"


def test_price_specification_sale_price_before_a_strikethrough_price() -> None:
    offer = {
        "@type": "Offer",
        "priceSpecification": [
            {
                "@type": "UnitPriceSpecification",
                "priceType": "https://schema.org/StrikethroughPrice",
                "price": 999,
                "priceCurrency": "USD",
            },
            {"@type": "UnitPriceSpecification", "price": "799.00", "priceCurrency": "USD"},
        ],
    }
    found = fields(offers=offer)
    assert (found["price"], found["currency"]) == ("799", "USD")
    single = {"@type": "Offer", "priceCurrency": "CAD", "priceSpecification": {"minPrice": 15}}
    assert (fields(offers=single)["price"], fields(offers=single)["currency"]) == ("15", "CAD")


def test_offer_price_comes_before_its_price_specification() -> None:
    offer = {"@type": "Offer", "price": 10, "priceSpecification": {"price": 12}}
    assert fields(offers=offer)["price"] == "10"


def test_a_top_level_offer_reads_its_own_price_and_the_item_it_offers() -> None:
    offer = {
        "@context": "https://schema.org",
        "@type": "Offer",
        "price": "35",
        "priceCurrency": "EUR",
        "itemOffered": {"@type": "Product", "name": "Leopard gecko"},
    }
    found = structured_product(ld(offer), URL)
    assert (found["title"], found["price"], found["currency"]) == ("Leopard gecko", "35", "EUR")


# --- 2b, 4. prices as text, in numbers and in lists -----------------------------------------


@pytest.mark.parametrize(
    ("raw", "amount", "currency"),
    [
        ("1.299,00 zł", 1299.0, "zł"),
        ("$1,200.50", 1200.5, "$"),
        ("R$ 1.299,90", 1299.9, "R$"),
        ("12 500 ₽", 12500.0, "₽"),
        (1299, 1299.0, None),
        (1299.5, 1299.5, None),
        ("1299.00", 1299.0, None),
        ("12.500", 12.5, None),  # schema.org: "." is the decimal point (dinars have three)
        (12.125, 12.125, None),
        ("0.125", 0.125, None),
        ({"@value": "80", "@type": "xsd:decimal"}, 80.0, None),
        (["", "45"], 45.0, None),
    ],
)
def test_price_text_becomes_an_amount_parse_price_reads_back(
    raw: Any, amount: float, currency: str | None
) -> None:
    found = fields(offers={"@type": "Offer", "price": raw})
    assert parse_price(found["price"])[0] == amount
    assert found.get("currency") == currency


def test_currency_given_beside_the_price_wins_over_the_one_written_in_it() -> None:
    found = fields(offers={"@type": "Offer", "price": "1.299,00 zł", "priceCurrency": "PLN"})
    assert (parse_price(found["price"])[0], found["currency"]) == (1299.0, "PLN")


@pytest.mark.parametrize(
    "raw", [None, "", "call", True, -5, "-5", {"amount": 3}, [], [None], float("nan"), "9" * 400]
)
def test_prices_that_are_no_amount_are_left_out(raw: Any) -> None:
    assert "price" not in fields(offers={"@type": "Offer", "price": raw, "priceCurrency": "USD"})


def test_amount_text_round_trips_through_parse_price() -> None:
    for text in ["0", "0.5", "12.125", "1.299", "1234567.891", "0.001", "999999999999.999"]:
        written = amount_text(Decimal(text))
        assert written is not None
        assert parse_price(written)[0] == float(text), (text, written)
    assert amount_text(Decimal("-1")) is None
    assert amount_text(Decimal("Infinity")) is None
    assert price_value(["call us", "€ 1.200"]) == ("1200", "€")  # the first item with an amount
    assert price_value(" +12.5 ") == ("12.5", None)


def test_json_api_price_number_with_three_decimals_is_not_read_as_thousands() -> None:
    values = json_fields(
        {"item": {"price": 12.125, "title": "Saker falcon"}},
        {
            "title": "item.title",
            "price": "item.price",
        },
    )
    assert parse_price(values["price"])[0] == 12.125
    text = json_fields({"price": "1.299"}, {"title": "t", "price": "price"})
    assert text["price"] == "1.299"  # text from an API is read as text, as before


# --- 3. images ------------------------------------------------------------------------------


def test_image_objects_and_mixed_lists_become_url_strings() -> None:
    images = [
        "/media/7001-1.jpg",
        {"@type": "ImageObject", "url": "https://cdn.critterbazaar.example/7001-2.jpg"},
        {"@type": "ImageObject", "contentUrl": "7001-3.jpg", "url": "/photo-page/7001-3"},
        {"@type": "ImageObject", "contentUrl": ["//cdn.critterbazaar.example/7001-4.jpg"]},
        "/media/7001-1.jpg",
    ]
    assert fields(image=images)["images"] == [
        "/media/7001-1.jpg",
        "https://cdn.critterbazaar.example/7001-2.jpg",
        "7001-3.jpg",
        "//cdn.critterbazaar.example/7001-4.jpg",
    ]
    one = {"@type": "ImageObject", "url": "/media/one.jpg"}
    assert fields(image=one)["images"] == ["/media/one.jpg"]


@pytest.mark.parametrize(
    "junk",
    [
        "",
        "   ",
        "null",
        "N/A",
        "#",
        "Photo of a grey parrot.",
        "data:image/gif;base64,R0lGODlhAQABAAAAACw=",
        "javascript:void(0)",
        "http://",
        "http://[::1/broken.jpg",
        "/media/a\nb.jpg",
        42,
        True,
        None,
        {"@type": "ImageObject"},
        {"@id": "#primaryimage"},
        [[{"caption": "no url"}]],
    ],
)
def test_image_junk_is_left_out(junk: Any) -> None:
    assert "images" not in fields(image=[junk])
    assert fields(image=[junk, "/media/ok.jpg"])["images"] == ["/media/ok.jpg"]


def test_image_url_keeps_http_and_paths() -> None:
    assert image_url(" https://cdn.example/a b.jpg ") == "https://cdn.example/a b.jpg"
    assert image_url("../img/7001") == "../img/7001"
    assert image_url("ftp://cdn.example/a.jpg") is None
    assert image_url("/") is None


def test_absolutise_leaves_out_what_is_not_text_or_cannot_be_joined() -> None:
    urls: list[object] = ["/a.jpg", {"url": "/b.jpg"}, None, 3, "", "http://[::1/x", "/a.jpg"]
    assert absolutise(urls, URL) == (f"{SHOP}/a.jpg",)


def test_image_objects_through_the_site_source_become_absolute_urls(tmp_path: Path) -> None:
    images = [{"@type": "ImageObject", "contentUrl": "/media/7001-1.jpg"}, "data:x", "7001-2.jpg"]
    record = parse(tmp_path, ld(product(image=images)))
    assert record.images == (f"{SHOP}/media/7001-1.jpg", f"{SHOP}/p/7001-2.jpg")
    assert record.field_origins["images"] == "structured_data"


def test_microdata_image_object_seller_and_address() -> None:
    html = """<html><body><div itemscope itemtype="https://schema.org/Product">
      <h1 itemprop="name">Ball python</h1>
      <img itemprop="image" src="/media/bp-1.jpg">
      <div itemprop="image" itemscope itemtype="https://schema.org/ImageObject">
        <meta itemprop="contentUrl" content="/media/bp-2.jpg"></div>
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
        <span itemprop="price" content="120.00">120 €</span>
        <meta itemprop="priceCurrency" content="EUR">
        <div itemprop="seller" itemscope itemtype="https://schema.org/Person">
          <span itemprop="name">Schlangenhof</span>
          <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
            <span itemprop="postalCode">10115</span>
            <span itemprop="addressLocality">Berlin</span>
            <span itemprop="addressCountry">DE</span></div></div></div></div></body></html>"""
    found = structured_product(html, URL)
    assert found == {
        "title": "Ball python",
        "images": [f"{SHOP}/media/bp-1.jpg", "/media/bp-2.jpg"],
        "price": "120",
        "currency": "EUR",
        "location": "Berlin, 10115, DE",
        "seller_name": "Schlangenhof",
    }


# --- 4. sellers, names and descriptions -----------------------------------------------------


def test_seller_objects_give_their_name_and_handle() -> None:
    seller = {
        "@type": "Organization",
        "name": {"@value": "Tortoise Traders", "@language": "en"},
        "identifier": {"@type": "PropertyValue", "propertyID": "shop", "value": "tt-4410"},
    }
    found = fields(offers={"@type": "Offer", "price": 1, "seller": [seller]})
    assert (found["seller"], found["seller_name"]) == ("tt-4410", "Tortoise Traders")
    handle = {"@type": "Person", "alternateName": ["@bird_lady"], "name": ["Ann", "Anne"]}
    found = fields(seller=handle)
    assert (found["seller"], found["seller_name"]) == ("@bird_lady", "Ann")


def test_seller_as_text_is_its_name_and_a_brand_is_not_the_seller() -> None:
    found = fields(offers={"@type": "Offer", "seller": "Parrot Palace"})
    assert found["seller_name"] == "Parrot Palace"
    assert "seller" not in found
    branded = fields(brand={"@type": "Brand", "name": "Zoo Med"})
    assert "seller" not in branded
    assert "seller_name" not in branded
    assert_plain(branded)


def test_seller_known_only_by_a_reference_is_left_out() -> None:
    found = fields(offers={"@type": "Offer", "seller": {"@id": "#org"}})
    assert "seller" not in found
    assert "seller_name" not in found


def test_name_and_description_as_lists_and_language_tagged_literals() -> None:
    found = fields(
        name=[{"@value": "Perroquet gris", "@language": "fr"}, "Grey parrot"],
        description={"@value": "Hand-reared, ringed.", "@language": "en"},
    )
    assert (found["title"], found["text"]) == ("Perroquet gris", "Hand-reared, ringed.")
    found = fields(name=["", "Grey parrot"], description=["Ringed.", "Tame."])
    assert (found["title"], found["text"]) == ("Grey parrot", "Ringed.")
    assert "text" not in fields(description={"@type": "TextObject", "text": "x"})


def test_dates_given_as_typed_literals() -> None:
    offer = {"@type": "Offer", "validFrom": {"@value": "2026-11-02", "@type": "xsd:date"}}
    assert fields(offers=offer)["posted_at"] == "2026-11-02"


# --- where the item is found ----------------------------------------------------------------


def test_product_in_a_graph_or_as_a_page_main_entity_or_with_a_full_type_name() -> None:
    graph = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, product()]}
    assert structured_product(ld(graph), URL)["title"] == "Grey parrot"
    page = {"@type": "ItemPage", "mainEntity": product(name="Cockatoo")}
    assert structured_product(ld(page), URL)["title"] == "Cockatoo"
    full = {**product(name="Macaw"), "@type": "https://schema.org/Product"}
    assert structured_product(ld(full), URL)["title"] == "Macaw"


def test_top_level_product_comes_before_one_in_a_graph() -> None:
    graph = {"@graph": [product(name="In the graph")]}
    assert structured_product(ld(graph, product(name="Top")), URL)["title"] == "Top"


def test_types_that_are_objects_do_not_break_the_search() -> None:
    odd = {"@type": [{"x": 1}, None, "Thing"], "name": "odd"}
    assert structured_product(ld(odd, product()), URL)["title"] == "Grey parrot"


# --- OpenGraph ------------------------------------------------------------------------------


def og(*tags: tuple[str, str]) -> LexborHTMLParser:
    metas = "".join(f'<meta property="{p}" content="{c}">' for p, c in tags)
    return LexborHTMLParser(f"<html><head>{metas}</head></html>")


def test_opengraph_price_is_a_decimal_number_and_images_are_urls() -> None:
    found = opengraph_product(
        og(
            ("og:title", "Saker falcon"),
            ("product:price:amount", "4500.500"),
            ("product:price:currency", "KWD"),
            ("og:image", "data:image/png;base64,AAAA"),
            ("og:image", "/media/falcon.jpg"),
        )
    )
    assert parse_price(found["price"])[0] == 4500.5
    assert found["currency"] == "KWD"
    assert found["images"] == ["/media/falcon.jpg"]
    shown = opengraph_product(og(("og:price:amount", "1.299,00 zł")))
    assert (parse_price(shown["price"])[0], shown["currency"]) == (1299.0, "zł")


def test_unreadable_opengraph_price_leaves_the_price_to_json_ld(tmp_path: Path) -> None:
    head = '<meta property="product:price:amount" content="ask">'
    offer = {"@type": "AggregateOffer", "lowPrice": "1.299,00 zł", "highPrice": "1.599,00 zł"}
    record = parse(tmp_path, ld(product(offers=offer), head=head))
    assert (record.price, record.currency) == (1299.0, "zł")
    assert record.field_origins["price"] == "structured_data"


# --- through the site source ----------------------------------------------------------------


def test_site_source_reads_a_listing_given_only_in_json_ld(tmp_path: Path) -> None:
    item = product(
        name=[{"@value": "African grey parrot, hand-reared", "@language": "en"}],
        description=["Ringed, with papers.", "Second description"],
        image=[{"@type": "ImageObject", "url": "/media/7001.jpg"}, {"@type": "ImageObject"}],
        brand={"@type": "Brand", "name": "Parrot Palace"},
        offers={
            "@type": "AggregateOffer",
            "lowPrice": "$1,200.50",
            "highPrice": "$1,500",
            "priceCurrency": "USD",
            "validFrom": "2026-11-20",
            "seller": {"@type": "Organization", "name": "Bay Birds", "alternateName": "baybirds"},
            "availableAtOrFrom": {"@type": "Place", "address": ADDRESS},
        },
    )
    record = parse(tmp_path, ld(item))
    assert dataclasses.asdict(record) == {
        "source_id": "structured-shop",
        "external_id": "7001",
        "url": URL,
        "title": "African grey parrot, hand-reared",
        "text": "Ringed, with papers.",
        "price": 1200.5,
        "currency": "USD",
        "seller": "baybirds",
        "seller_name": "Bay Birds",
        "location": "San Francisco, CA",
        "posted_at": "2026-11-20",
        "images": (f"{SHOP}/media/7001.jpg",),
        "lang": "en",
        "field_origins": dict.fromkeys(
            [
                "title",
                "text",
                "images",
                "price",
                "currency",
                "posted_at",
                "location",
                "seller",
                "seller_name",
            ],
            "structured_data",
        ),
    }


def test_opengraph_is_still_read_before_json_ld(tmp_path: Path) -> None:
    head = (
        '<meta property="og:title" content="From OpenGraph">'
        '<meta property="product:price:amount" content="10">'
        '<meta property="product:price:currency" content="GBP">'
    )
    offer = {"@type": "Offer", "price": 99, "priceCurrency": "USD"}
    record = parse(tmp_path, ld(product(offers=offer), head=head))
    assert (record.title, record.price, record.currency) == ("From OpenGraph", 10.0, "GBP")
    assert record.field_origins["title"] == "opengraph"
    assert record.field_origins["price"] == "opengraph"


# --- never a repr, never an exception but ParseError ----------------------------------------


def _junk(rng: random.Random, depth: int = 0) -> Any:
    """A random JSON value, with schema.org shapes among them."""
    leaves: list[Any] = [
        None,
        True,
        0,
        -1,
        12.125,
        float("inf"),
        "",
        " ",
        "x",
        "/img.jpg",
        "€ 1.200",
        "http://[::1",
        {"@value": "v", "@language": "en"},
        {"@id": "#ref"},
    ]
    if depth > 3 or rng.random() < 0.4:
        return rng.choice(leaves)
    if rng.random() < 0.5:
        return [_junk(rng, depth + 1) for _ in range(rng.randrange(4))]
    keys = [
        "@type",
        "@value",
        "name",
        "url",
        "contentUrl",
        "address",
        "addressCountry",
        "addressLocality",
        "price",
        "lowPrice",
        "priceCurrency",
        "priceSpecification",
        "priceType",
        "offers",
        "seller",
        "identifier",
        "value",
    ]
    return {rng.choice(keys): _junk(rng, depth + 1) for _ in range(rng.randrange(5))}


PRODUCT_KEYS = [
    "name",
    "description",
    "image",
    "offers",
    "seller",
    "brand",
    "areaServed",
    "releaseDate",
    "datePosted",
    "itemOffered",
]


@pytest.mark.parametrize("seed", range(40))
def test_random_schema_org_values_give_plain_fields_or_a_parse_error(
    seed: int, tmp_path: Path
) -> None:
    rng = random.Random(seed)
    item = {"@type": rng.choice(["Product", "Offer", ["Product", {"x": 1}]])}
    item |= {key: _junk(rng) for key in PRODUCT_KEYS if rng.random() < 0.7}
    html = ld(item).replace("Infinity", "1e999") if seed % 2 else ld(item)
    found = structured_product(html, URL)
    assert_plain(found)
    try:
        record = parse(tmp_path, html)
    except ParseError:
        assert not found.get("title")
        return
    texts = (record.title, record.text, record.seller, record.seller_name, record.location)
    assert not any(str(v).startswith(("{", "[", "(")) for v in texts)
    assert all(isinstance(url, str) and url.startswith(SHOP) for url in record.images)
