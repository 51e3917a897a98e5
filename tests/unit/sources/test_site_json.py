"""Site definitions reading a site's JSON API (search and listings), the JSON path language,
and per-site rate limits; old definitions keep validating unchanged.

Fixtures: tests/fixtures/site_json/ — a fictitious marketplace API (critterbazaar.example).
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path
from typing import Any

import pytest

import wildtrace.sources
from wildtrace.domain.listing import FetchedPage
from wildtrace.sources.base import PageRef, ParseError, Seed
from wildtrace.sources.jsonpath import ALL, PathError, parse_path, read_path, scalar_text
from wildtrace.sources.site import SiteSource, SiteSourceConfig
from wildtrace.sources.sitedef import SiteDefinitionError, parse_site_definition

FIXTURES = Path(__file__).parents[2] / "fixtures" / "site_json"
API = "https://api.critterbazaar.example"
SOURCES = Path(wildtrace.sources.__file__).parent
OLD_DEFINITIONS = [SOURCES / "sites" / "demo-market.yaml", *sorted(SOURCES.glob("examples/*.yaml"))]


def api_source(**config: Any) -> SiteSource:
    return SiteSource(SiteSourceConfig(site=str(FIXTURES / "critter-api.yaml"), **config))


def page(name: str, url: str, content_type: str = "application/json") -> FetchedPage:
    return FetchedPage(
        url=url,
        final_url=url,
        status_code=200,
        content_type=content_type,
        headers=(),
        body=(FIXTURES / name).read_bytes(),
        elapsed_ms=0,
    )


# --- JSON search pages ---------------------------------------------------------------------


def test_json_search_reads_listing_links_and_next_url() -> None:
    parsed = api_source().parse_search(
        page("search-page1.json", f"{API}/v2/search?q=parrot&page=1"), "parrot", 1
    )
    # kept once each; left out: a seller page, another host, null, no link, an array, and a
    # relative link that resolves to /v2/v2/items/... (not a listing URL)
    assert parsed.listing_urls == (f"{API}/v2/items/100234", f"{API}/v2/items/100235")
    assert parsed.next_url == f"{API}/v2/search?q=parrot&page=2"


def test_json_search_last_page_has_no_next() -> None:
    parsed = api_source().parse_search(
        page("search-page2.json", f"{API}/v2/search?q=parrot&page=2"), "parrot", 2
    )
    assert parsed == type(parsed)((f"{API}/v2/items/100240",), None)


def test_json_search_parse_follows_listings_and_next_page_as_relative_targets() -> None:
    url = f"{API}/v2/search?q=parrot&page=1"
    result = api_source().parse(page("search-page1.json", url), PageRef("search", "parrot", 1, url))
    assert result.listings == ()
    assert result.follow == (
        Seed("listing", "/v2/items/100234", "parrot"),
        Seed("listing", "/v2/items/100235", "parrot"),
        Seed("search", "/v2/search?q=parrot&page=2", "parrot", 2),
    )


def test_json_search_without_next_page_counts_pages_up_until_empty(tmp_path: Path) -> None:
    text = (FIXTURES / "critter-api.yaml").read_text(encoding="utf-8")
    definition = tmp_path / "no-next.yaml"
    definition.write_text(text.replace('  next_page: "meta.next"\n', ""), encoding="utf-8")
    source = SiteSource(SiteSourceConfig(site=str(definition), queries=["parrot"]))
    assert source.seeds() == [Seed("search", "/v2/search?q=parrot&page=1", "parrot", 1)]
    parsed = source.parse_search(page("search-page2.json", f"{API}/v2/search"), "parrot", 2)
    assert parsed.next_url == f"{API}/v2/search?q=parrot&page=3"
    empty = FetchedPage(f"{API}/x", f"{API}/x", 200, "application/json", (), b'{"data": {}}', 0)
    assert source.parse_search(empty, "parrot", 3) == type(parsed)((), None)


def test_json_search_stops_at_max_pages() -> None:
    source = api_source(max_pages=1)
    parsed = source.parse_search(page("search-page1.json", f"{API}/v2/search"), "parrot", 1)
    assert parsed.next_url is None
    assert len(parsed.listing_urls) == 2


def test_json_next_url_off_site_is_not_followed() -> None:
    body = b'{"data": {"items": []}, "meta": {"next": "https://elsewhere.example/p2"}}'
    other = FetchedPage(f"{API}/s", f"{API}/s", 200, "application/json", (), body, 0)
    assert api_source().parse_search(other, "", 1).next_url is None


# --- JSON listings -------------------------------------------------------------------------


def test_json_listing_reads_every_field_by_path() -> None:
    url = f"{API}/v2/items/100234"
    result = api_source().parse(page("item-100234.json", url), PageRef("listing", "q", 1, url))
    record = dataclasses.asdict(result.listings[0])
    assert record == {
        "source_id": "critter-api",
        "external_id": "100234",
        "url": url,
        "title": "Blue-and-yellow macaw, hand-raised",
        "text": "Ara ararauna, 4 months old, closed ring. Shipping possible.",
        "price": 1400.0,
        "currency": "EUR",
        "seller": "aviary_turia",
        "seller_name": "Aviary Turia",
        "location": "Valencia",
        "posted_at": "2026-06-02T10:01:00Z",
        "images": (
            "https://api.critterbazaar.example/media/100234-1.jpg",
            "https://cdn.critterbazaar.example/100234-2.jpg",
        ),
        "lang": None,
        "field_origins": {
            "title": "json",
            "text": "json",
            "price": "json",
            "currency": "json",
            "seller": "json",
            "seller_name": "json",
            "location": "json",
            "posted_at": "json",
            "images": "json",
        },
    }


def test_json_listing_with_odd_types_reads_what_fits() -> None:
    url = f"{API}/v2/items/100235"
    record = api_source().parse_listing(page("item-100235.json", url))
    assert (record.title, record.text, record.price, record.currency) == (
        "Ivory bangle, antique",
        "",
        1250.5,
        "€",
    )
    assert (record.seller, record.location, record.posted_at, record.images) == (
        None,
        None,
        "1780395660",
        (),
    )
    assert record.field_origins == {
        "title": "json",
        "price": "json",
        "posted_at": "json",
        "currency": "json",  # read from the price text
    }


def test_json_listing_without_title_names_the_path() -> None:
    url = f"{API}/v2/items/100236"
    with pytest.raises(ParseError, match=r"v2/items/100236: no title found \(path 'item.title'\)"):
        api_source().parse_listing(page("item-no-title.json", url))


def test_invalid_json_is_a_parse_error_naming_the_url() -> None:
    url = f"{API}/v2/items/100237"
    with pytest.raises(ParseError, match=r"^https://api\.critterbazaar\.example/v2/items/100237: "):
        api_source().parse_listing(page("item-truncated.json", url))
    html = FetchedPage(url, url, 200, "text/html", (), b"<html><body>Oops</body></html>", 0)
    with pytest.raises(ParseError, match="100237: not valid JSON"):
        api_source().parse(html, PageRef("listing", None, 1, url))
    search = f"{API}/v2/search?q=&page=1"
    with pytest.raises(ParseError, match=r"page=1: not valid JSON"):
        api_source().parse_search(page("item-truncated.json", search), "", 1)
    bad_bytes = FetchedPage(url, url, 200, "application/json", (), b'{"a": "\xff"}', 0)
    with pytest.raises(ParseError, match="not valid JSON"):
        api_source().parse_listing(bad_bytes)


def test_json_body_in_a_declared_charset() -> None:
    url = f"{API}/v2/items/100238"
    body = '{"item": {"title": "Perroquet gris à vendre"}}'.encode("latin-1")
    latin = FetchedPage(url, url, 200, "application/json; charset=ISO-8859-1", (), body, 0)
    assert api_source().parse_listing(latin).title == "Perroquet gris à vendre"


def test_json_listing_url_must_match_the_pattern() -> None:
    url = f"{API}/v2/sellers/9"
    with pytest.raises(ParseError, match="not a listing URL of critter-api"):
        api_source().parse_listing(page("item-100234.json", url))


# --- source properties ---------------------------------------------------------------------


def test_json_source_accepts_json_and_html() -> None:
    assert api_source().accept_types == ("text/html", "application/xhtml+xml", "application/json")


def test_rate_limit_is_exposed_on_the_source() -> None:
    source = api_source()
    assert source.definition.rate_limit is not None
    assert (source.min_delay, source.max_host_concurrency) == (2.5, 1)


def test_rate_limit_parts_are_optional(tmp_path: Path) -> None:
    text = (FIXTURES / "critter-api.yaml").read_text(encoding="utf-8")
    path = tmp_path / "delay-only.yaml"
    path.write_text(text.replace("{delay: 2.5, concurrency: 1}", "{delay: 1}"), encoding="utf-8")
    source = SiteSource(SiteSourceConfig(site=str(path)))
    assert (source.min_delay, source.max_host_concurrency) == (1.0, None)


@pytest.mark.parametrize("path", OLD_DEFINITIONS, ids=lambda p: p.stem)
def test_old_definitions_validate_unchanged(path: Path) -> None:
    definition, _ = parse_site_definition(path.read_text(encoding="utf-8"), str(path))
    assert (definition.search.format, definition.listing.format) == ("html", "html")
    assert definition.listing.opengraph is True
    assert definition.rate_limit is None
    source = SiteSource(SiteSourceConfig(site=str(path)))
    assert source.accept_types == ("text/html", "application/xhtml+xml")
    assert (source.min_delay, source.max_host_concurrency) == (0.0, None)


# --- validation ----------------------------------------------------------------------------


def critter_text() -> str:
    return (FIXTURES / "critter-api.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ('"data.items[*].links.self"', '"data.items[x].links"'),
            "search.result_links: Value error, not a valid JSON path (at position 10",
        ),
        (('"meta.next"', '"meta..next"'), "search.next_page: Value error, not a valid JSON path"),
        (
            ('"item.photos[*].url"', "{selector: img, attr: src}"),
            "listing.fields: Value error, images: with format json, a field is a JSON path",
        ),
        (("text: item.description", "text: item.[0]"), "listing.fields: Value error, text: not"),
        (
            ("    title: item.title\n", ""),
            "listing.fields: Value error, needs at least a title path",
        ),
        (("format: json\n  url_pattern", "format: xml\n  url_pattern"), "listing.format: Input"),
        (("delay: 2.5", "delay: -1"), "rate_limit.delay: Input should be greater than or equal"),
        (("delay: 2.5", "delay: .inf"), "rate_limit.delay: Input should be a finite number"),
        (("concurrency: 1", "concurrency: 0"), "rate_limit.concurrency: Input should be greater"),
        (("concurrency: 1", "burst: 3"), "rate_limit.burst: Extra inputs are not permitted"),
        (("version: 1", "version: 1\nrender: auto"), "render: pages read as JSON cannot be"),
    ],
)
def test_json_definition_errors_name_the_field(change: tuple[str, str], message: str) -> None:
    assert change[0] in critter_text()
    with pytest.raises(SiteDefinitionError) as info:
        parse_site_definition(critter_text().replace(*change), "api.yaml")
    assert str(info.value).startswith("site definition api.yaml: ")
    assert message in str(info.value)


def test_html_definitions_keep_css_selectors_unchecked_as_paths() -> None:
    text = critter_text().replace("format: json\n", "format: html\n")
    text = text.replace('"item.photos[*].url"', "{selector: '.gallery img', attr: src, all: true}")
    definition, _ = parse_site_definition(text.replace('"meta.next"', '"a[rel=next]"'), "h.yaml")
    assert definition.search.next_page == "a[rel=next]"


# --- the path language ---------------------------------------------------------------------

DATA: dict[str, Any] = {
    "data": {
        "items": [
            {"url": "/a", "tags": ["x", "y"], "n": 3, "ok": True},
            {"url": "/b", "tags": [], "n": 2.5},
            {"url": None, "tags": "nope"},
            "just a string",
            {"url": {"nested": "/c"}},
        ],
        "by_id": {"k1": {"url": "/k1"}, "k2": {"url": "/k2"}},
        "odd.key": {"with space": "yes"},
    },
    "top": [1, 2, 3],
}


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("data.items[*].url", ["/a", "/b"]),
        ("data.items[0].url", ["/a"]),
        ("data.items[1].n", ["2.5"]),
        ("data.items[0].n", ["3"]),
        ("data.items[-1].url.nested", ["/c"]),
        ("data.items[*].tags[*]", ["x", "y"]),
        ("data.items[*].tags[1]", ["y"]),
        ("data.by_id[*].url", ["/k1", "/k2"]),
        ('data["odd.key"]["with space"]', ["yes"]),
        ("top[*]", ["1", "2", "3"]),
        ("top[2]", ["3"]),
        # missing keys, wrong types and out-of-range indexes give no value, never an exception
        ("data.missing.url", []),
        ("data.items[5].url", []),
        ("data.items[-6].url", []),
        ("data.items[99999999999999999999]", []),
        ("data.items.url", []),  # a key on an array
        ("data.by_id[0]", []),  # an index on an object
        ("data.items[3].url", []),  # a key on a string
        ("data.items[2].tags[*]", []),  # [*] on a string
        ("top[0].x", []),  # a key on a number
        ("data.items[0].ok", []),  # booleans are not text
        ("data.items[4].url", []),  # objects are not text
        ("data.items[0].tags", []),  # arrays are not text
        ("data.items[2].url", []),  # null
    ],
)
def test_path_reading(path: str, expected: list[str]) -> None:
    assert read_path(DATA, path) == expected


def test_path_reading_on_non_containers() -> None:
    odd: list[Any] = [None, "text", 42, 1.5, True, []]
    for data in odd:
        assert read_path(data, "a.b[0][*]") == []
    assert read_path([{"u": "/x"}], "[0].u") == ["/x"]
    assert parse_path("a[*]").values({"a": [1, None, {"b": 2}]}) == [1, {"b": 2}]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("", "empty path"),
        ("   ", "empty path"),
        (".a", "at position 0: expected a key"),
        ("a.", "at position 2: expected a key"),
        ("a..b", "at position 2: expected a key"),
        ("a[", "at position 1: expected [*], [n]"),
        ("a[x]", "at position 1: expected [*], [n]"),
        ("a[1.5]", "at position 1"),
        ("a[*]b", "at position 4: expected '.' or '['"),
        ("a b", "at position 1: expected '.' or '['"),
        ('a["\\q"]', "not a valid quoted key"),
        ("a]", "at position 1: expected '.' or '['"),
        ("a" * 501, "longer than 500"),
    ],
)
def test_bad_paths_are_rejected_with_a_position(path: str, message: str) -> None:
    with pytest.raises(PathError) as info:
        parse_path(path)
    assert message in str(info.value)


def test_paths_parse_into_steps() -> None:
    assert parse_path('data.items[*].links["self"][-1]').steps == (
        "data",
        "items",
        ALL,
        "links",
        "self",
        -1,
    )
    assert parse_path('["*"]').steps == ("*",)  # a quoted star is a key, not [*]
    # nothing is ever evaluated: code is only a (strange) key
    assert parse_path("__import__('os').system('x')").steps == ("__import__('os')", "system('x')")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("  a  ", "a"),
        ("   ", None),
        (7, "7"),
        (1400.0, "1400"),
        (12.5, "12.5"),
        (1e20, "1e+20"),
        (math.nan, None),
        (math.inf, None),
        (False, None),
        ({"a": 1}, None),
        (["a"], None),
        (None, None),
    ],
)
def test_scalar_text(value: object, text: str | None) -> None:
    assert scalar_text(value) == text
