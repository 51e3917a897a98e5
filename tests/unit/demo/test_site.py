"""Tests of the offline demo marketplace: catalog, PNG images and the HTTP server.

The server runs on 127.0.0.1 with an ephemeral port in a background thread; every check
goes through real HTTP with urllib. A small generated catalog is always tested; the bundled
data (src/wildtrace/demo/data) is tested too when it is present.
"""

from __future__ import annotations

import json
import struct
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.error import HTTPError
from urllib.parse import quote, quote_plus, urljoin
from urllib.request import Request, urlopen

import pytest
import yaml
from selectolax.lexbor import LexborHTMLParser, LexborNode

from wildtrace.demo.catalog import DATA_DIR, Catalog, CatalogError, fold, load_catalog
from wildtrace.demo.images import PNG_SIGNATURE, image_count, listing_png
from wildtrace.demo.pages import format_price
from wildtrace.demo.site import DemoServer, make_server

SITE_YAML = Path(__file__).parents[3] / "src/wildtrace/sources/sites/demo-market.yaml"
SECRET = "GROUND-TRUTH-LABEL-MUST-NOT-LEAK"
FAKE_SIZE = 30

Fetched = tuple[int, dict[str, str], bytes]


# --- fixtures -------------------------------------------------------------------------------


def _fake_listing(number: int) -> dict[str, Any]:
    posted = datetime(2026, 10, 1, 8, 0, tzinfo=UTC) + timedelta(hours=5 * (number % 11))
    listing: dict[str, Any] = {
        "id": f"L{number:04d}",
        "lang": "en",
        "title": f"Carved item number {number}",
        "text": f"Line one of item {number}.\nLine two.\n\nSecond paragraph.",
        "price": 1200.0 + number,
        "currency": "USD",
        "seller": f"seller_{number % 3}",
        "location": "Hanoi, Vietnam",
        "posted_at": posted.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "category": "crafts" if number % 2 else "collectibles",
        "label": {"illegal": True, "note": SECRET},
    }
    if number == 3:
        listing.update(lang="vi", title="Ngà voi chạm khắc tinh xảo", text="Hàng hiếm, giá tốt.")
    if number == 4:
        listing.update(lang="fr", title="Bracelet en ÉCAILLE de tortue", text="Très ancien.")
    if number == 5:
        listing.update(price=None, currency=None, title="Price <b>on</b> request & more")
    return listing


@pytest.fixture(scope="session")
def fake_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo-data")
    lines = [json.dumps(_fake_listing(n), ensure_ascii=False) for n in range(1, FAKE_SIZE + 1)]
    (folder / "listings.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    common = {"location": "Hanoi, Vietnam", "member_since": "2024-01-15", "lang": "en"}
    sellers = [{"handle": f"seller_{i}", "name": f"Trader {i}", **common} for i in range(3)]
    (folder / "sellers.json").write_text(json.dumps(sellers), encoding="utf-8")
    return folder


@pytest.fixture(scope="module", params=["fake", "bundled"])
def catalog(request: pytest.FixtureRequest, fake_data_dir: Path) -> Catalog:
    if request.param == "fake":
        return load_catalog(fake_data_dir)
    if not (DATA_DIR / "listings.jsonl").is_file() or not (DATA_DIR / "sellers.json").is_file():
        pytest.skip("bundled demo data not present yet")
    return load_catalog()


@pytest.fixture(scope="module")
def server(catalog: Catalog) -> Iterator[DemoServer]:
    page_size = 7 if len(catalog) <= FAKE_SIZE else 50
    with make_server(catalog=catalog, page_size=page_size) as demo:
        yield demo


@pytest.fixture(scope="module")
def fake_server(fake_data_dir: Path) -> Iterator[DemoServer]:
    with make_server(catalog=load_catalog(fake_data_dir), page_size=7) as demo:
        yield demo


# --- helpers --------------------------------------------------------------------------------


def fetch(url: str, method: str = "GET", headers: dict[str, str] | None = None) -> Fetched:
    """Status, headers and body; HTTP errors are returned, not raised."""
    request = Request(url, method=method, headers=headers or {})
    try:
        with urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers.items()), response.read()
    except HTTPError as error:
        with error:
            return error.code, dict(error.headers.items()), error.read()


def get_html(url: str) -> LexborHTMLParser:
    status, headers, body = fetch(url)
    assert status == 200, url
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert int(headers["Content-Length"]) == len(body)
    return LexborHTMLParser(body.decode("utf-8"))


def one(tree: LexborHTMLParser, selector: str) -> LexborNode:
    node = tree.css_first(selector)
    assert node is not None, selector
    return node


def result_ids(tree: LexborHTMLParser) -> list[str]:
    return [str(a.attributes["href"]).removeprefix("/item/") for a in tree.css("a.result-link")]


def json_ld(tree: LexborHTMLParser) -> dict[str, Any]:
    scripts = tree.css('script[type="application/ld+json"]')
    assert len(scripts) == 1
    data = json.loads(scripts[0].text())
    assert isinstance(data, dict)
    return data


def first_priced_item(catalog: Catalog) -> str:
    """A listing that shows its price and date in HTML (not a multiple of 7, price known)."""
    return next(i.id for i in catalog.listings if i.number % 7 and i.price is not None)


# --- search and pagination ------------------------------------------------------------------


def walk(url: str) -> tuple[list[str], int]:
    """Listing ids of every result page reached by following rel=next, and the page count."""
    seen: list[str] = []
    pages = 0
    next_url: str | None = url
    while next_url is not None:
        tree = get_html(next_url)
        seen.extend(result_ids(tree))
        pages += 1
        assert pages <= 1000, "pagination does not end"
        nxt = tree.css_first("a[rel=next]")
        next_url = urljoin(next_url, str(nxt.attributes["href"])) if nxt is not None else None
    return seen, pages


def test_empty_search_walks_every_listing_once_newest_first(
    server: DemoServer, catalog: Catalog
) -> None:
    seen, pages = walk(f"{server.url}/search?q=&page=1")
    assert len(seen) == len(catalog) == len(set(seen))
    assert seen == [item.id for item in catalog.newest()]
    assert pages > 1
    assert f"{len(catalog)} results" in get_html(f"{server.url}/search?q=").text()
    # The crawler stops after max_pages: with the default page size it must still see all.
    max_pages = yaml.safe_load(SITE_YAML.read_text(encoding="utf-8"))["search"]["max_pages"]
    assert len(catalog) <= max_pages * 20


def test_prev_link_and_page_beyond_last(fake_server: DemoServer) -> None:
    second = get_html(f"{fake_server.url}/search?q=&page=2")
    prev = second.css_first("a[rel=prev]")
    assert prev is not None and prev.attributes["href"] == "/search?q=&page=1"
    assert get_html(f"{fake_server.url}/search?q=").css_first("a[rel=prev]") is None
    beyond = get_html(f"{fake_server.url}/search?q=&page=99")
    assert result_ids(beyond) == []
    assert beyond.css_first("a[rel=next]") is None
    assert f"{FAKE_SIZE} results" in beyond.text()


def test_search_ignores_case_and_accents(fake_server: DemoServer) -> None:
    for query in ("NGA VOI", "ngà voi", "chạm KHAC", "  Voi Cham "):
        tree = get_html(f"{fake_server.url}/search?q={quote_plus(query)}")
        assert result_ids(tree) == ["L0003"], query
        assert one(tree, "p.result-count").text() == "1 result"
    assert result_ids(get_html(f"{fake_server.url}/search?q=ecaille")) == ["L0004"]
    assert result_ids(get_html(f"{fake_server.url}/search?q=%C3%89CAILLE")) == ["L0004"]
    assert result_ids(get_html(f"{fake_server.url}/search?q=zzzz-nothing")) == []
    assert fold("ĐỒI Mồi") == fold("doi moi") == "doi moi"


def test_search_next_link_keeps_query(fake_server: DemoServer) -> None:
    tree = get_html(f"{fake_server.url}/search?q=carved+item")
    nxt = tree.css_first("a[rel=next]")
    assert nxt is not None and nxt.attributes["href"] == "/search?q=carved+item&page=2"


def test_category_and_seller_pages(fake_server: DemoServer) -> None:
    catalog = fake_server.catalog
    home = get_html(f"{fake_server.url}/")
    assert result_ids(home) == [item.id for item in catalog.newest(12)]
    assert {a.attributes["href"] for a in home.css("a.category-link")} == {
        "/category/crafts",
        "/category/collectibles",
    }
    crafts, _ = walk(f"{fake_server.url}/category/crafts")
    assert crafts == [item.id for item in catalog.in_category("crafts")]
    seller = get_html(f"{fake_server.url}/seller/seller_1")
    assert "Trader 1" in seller.text()
    assert set(result_ids(seller)) <= {item.id for item in catalog.by_seller("seller_1")}


# --- item pages -----------------------------------------------------------------------------


def test_item_page_matches_site_definition(server: DemoServer, catalog: Catalog) -> None:
    site = yaml.safe_load(SITE_YAML.read_text(encoding="utf-8"))
    listing = catalog.by_id(first_priced_item(catalog))
    assert listing is not None
    tree = get_html(f"{server.url}/item/{listing.id}")
    for name, spec in site["listing"]["fields"].items():
        selector = spec if isinstance(spec, str) else spec["selector"]
        nodes = tree.css(selector)
        assert nodes, f"field {name}: selector {selector!r} matches nothing"
        if not (isinstance(spec, dict) and spec.get("all")):
            assert len(nodes) == 1, f"field {name}: selector {selector!r} is ambiguous"
        if isinstance(spec, dict) and "attr" in spec:
            assert all(node.attributes.get(spec["attr"]) for node in nodes), name
    seller = catalog.sellers[listing.seller]
    assert one(tree, "h1.listing-title").text() == listing.title
    assert one(tree, ".price").text() == format_price(listing.price or 0, listing.currency)
    assert one(tree, ".seller-handle").text() == f"@{seller.handle}"
    assert one(tree, ".seller-name").attributes["href"] == f"/seller/{seller.handle}"
    assert one(tree, ".location").text() == listing.location
    posted = one(tree, "time.posted").attributes["datetime"]
    assert posted == listing.posted_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert len(tree.css(".gallery img")) == image_count(listing.id)
    one(tree, f'nav.breadcrumb a[href="/category/{quote(listing.category, safe="")}"]')
    data = json_ld(tree)
    assert data["@type"] == "Product" and data["name"] == listing.title
    assert float(data["offers"]["price"]) == listing.price
    assert data["offers"]["priceCurrency"] == listing.currency
    assert data["offers"]["seller"]["alternateName"] == seller.handle
    assert data["releaseDate"] == posted
    assert data["image"][0] == f"{server.url}/img/{listing.id}-1.png"


def test_every_seventh_item_has_price_and_date_only_in_json_ld(
    server: DemoServer, catalog: Catalog
) -> None:
    sevenths = [item for item in catalog.listings if item.number % 7 == 0][:5]
    assert sevenths
    for listing in sevenths:
        tree = get_html(f"{server.url}/item/{listing.id}")
        assert tree.css(".price") == [] and tree.css("time") == []
        assert one(tree, "h1.listing-title") is not None
        data = json_ld(tree)
        assert data["releaseDate"] == listing.posted_at.strftime("%Y-%m-%dT%H:%M:%SZ")
        if listing.price is not None:
            assert float(data["offers"]["price"]) == listing.price


def test_item_without_price_escaping_and_no_label(fake_server: DemoServer) -> None:
    status, headers, body = fetch(f"{fake_server.url}/item/L0005")
    html = body.decode("utf-8")
    assert status == 200 and "Last-Modified" in headers
    assert "Price &lt;b&gt;on&lt;/b&gt; request &amp; more" in html
    assert "<b>on</b>" not in html.split("</script>")[-1]
    tree = LexborHTMLParser(html)
    assert tree.css(".price") == [] and "price" not in json_ld(tree)["offers"]
    description = one(get_html(f"{fake_server.url}/item/L0001"), "div.listing-description")
    assert description.html is not None and "<p>" in description.html and "<br>" in description.html
    for path in ("/item/L0001", "/item/L0003", "/search?q=", "/sitemap.xml", "/"):
        assert SECRET not in fetch(fake_server.url + path)[2].decode("utf-8")
    assert '<html lang="vi">' in fetch(f"{fake_server.url}/item/L0003")[2].decode("utf-8")


def test_head_and_conditional_get(fake_server: DemoServer) -> None:
    _, get_headers, get_body = fetch(f"{fake_server.url}/item/L0001")
    status, headers, body = fetch(f"{fake_server.url}/item/L0001", method="HEAD")
    assert (status, body) == (200, b"")
    assert headers["Content-Length"] == str(len(get_body))
    assert headers["Last-Modified"] == get_headers["Last-Modified"]
    again = fetch(
        f"{fake_server.url}/item/L0001", headers={"If-Modified-Since": get_headers["Last-Modified"]}
    )
    assert again[0] == 304 and again[2] == b""


# --- images, robots, sitemap ----------------------------------------------------------------


def test_images_are_valid_deterministic_pngs(fake_server: DemoServer) -> None:
    status, headers, body = fetch(f"{fake_server.url}/img/L0001-1.png")
    assert status == 200 and headers["Content-Type"] == "image/png"
    assert body[:8] == PNG_SIGNATURE
    length, kind = struct.unpack(">I4s", body[8:16])
    assert (length, kind) == (13, b"IHDR")
    width, height, depth, colour_type = struct.unpack(">IIBB", body[16:26])
    assert (width, height, depth, colour_type) == (96, 96, 8, 2)
    assert struct.unpack(">I", body[29:33])[0] == zlib.crc32(body[12:29])
    idat_length = struct.unpack(">I", body[33:37])[0]
    raw = zlib.decompress(body[41 : 41 + idat_length])
    assert len(raw) == 96 * (1 + 96 * 3)
    assert body.endswith(b"IEND\xaeB`\x82")
    assert body == listing_png("L0001-1") != listing_png("L0002-1")
    assert listing_png("L0001", size=16)[16:24] == struct.pack(">II", 16, 16)
    assert fetch(f"{fake_server.url}/img/L0001-{image_count('L0001') + 1}.png")[0] == 404
    assert fetch(f"{fake_server.url}/img/L9999-1.png")[0] == 404


def test_robots_and_sitemap(fake_server: DemoServer) -> None:
    status, headers, body = fetch(f"{fake_server.url}/robots.txt")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    assert "Disallow: /private/" in body.decode() and "Crawl-delay" not in body.decode()
    status, headers, body = fetch(f"{fake_server.url}/sitemap.xml")
    assert status == 200 and headers["Content-Type"].startswith("application/xml")
    text = body.decode("utf-8")
    assert text.count("<loc>") == FAKE_SIZE
    assert f"<loc>{fake_server.url}/item/L0030</loc>" in text


# --- errors and binding ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("GET", "/nothing-here", 404),
        ("GET", "/item/L9999", 404),
        ("GET", "/item/", 404),
        ("GET", "/private/", 404),
        ("GET", "/category/no-such-category", 404),
        ("GET", "/seller/nobody", 404),
        ("GET", "/img/whatever.png", 404),
        ("GET", "/search?q=x&page=0", 400),
        ("GET", "/search?q=x&page=abc", 400),
        ("GET", "/search?q=x&page=-1", 400),
        ("GET", "/category/crafts?page=1.5", 400),
        ("POST", "/search", 405),
        ("DELETE", "/item/L0001", 405),
    ],
)
def test_error_statuses(fake_server: DemoServer, method: str, path: str, expected: int) -> None:
    status, headers, body = fetch(fake_server.url + path, method=method)
    assert status == expected
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert f"Error {expected}".encode() in body
    if expected == 405:
        assert headers["Allow"] == "GET, HEAD"


@pytest.mark.parametrize("host", ["0.0.0.0", "", "192.0.2.10", "example.org", "::"])
def test_refuses_non_loopback_hosts(host: str, fake_data_dir: Path) -> None:
    with pytest.raises(ValueError, match="loopback"):
        make_server(host, catalog=load_catalog(fake_data_dir))


def test_server_lifecycle(fake_data_dir: Path) -> None:
    demo = make_server("localhost", catalog=load_catalog(fake_data_dir))
    assert demo.url.startswith("http://127.0.0.1:")
    with demo:
        assert fetch(f"{demo.url}/")[0] == 200
    demo.stop()  # idempotent
    with pytest.raises(RuntimeError):
        demo.start()
    with pytest.raises(ValueError, match="page_size"):
        make_server(catalog=load_catalog(fake_data_dir), page_size=0)


# --- catalog validation ---------------------------------------------------------------------


def test_catalog_loading(fake_data_dir: Path, tmp_path: Path) -> None:
    catalog = load_catalog(fake_data_dir)
    assert catalog is load_catalog(str(fake_data_dir))  # cached
    assert [item.id for item in catalog.listings] == [f"L{n:04d}" for n in range(1, 31)]
    assert catalog.by_id("L0003") is not None and catalog.by_id("L0999") is None
    assert catalog.listings[4].price is None and catalog.listings[0].posted_at.tzinfo is not None
    assert not hasattr(catalog.listings[0], "label")
    lines = (fake_data_dir / "listings.jsonl").read_text(encoding="utf-8").splitlines()
    (tmp_path / "sellers.json").write_text(
        (fake_data_dir / "sellers.json").read_text(encoding="utf-8"), encoding="utf-8"
    )
    bad_seller = json.loads(lines[1]) | {"seller": "ghost"}
    for bad, message in [
        ([lines[0], lines[0]], "duplicate id"),
        ([lines[0], json.dumps(bad_seller)], "unknown seller"),
        ([lines[0], "{not json"], "invalid JSON"),
        ([json.dumps(json.loads(lines[0]) | {"price": "12"})], "price"),
        ([json.dumps(json.loads(lines[0]) | {"posted_at": "yesterday"})], "posted_at"),
    ]:
        (tmp_path / "listings.jsonl").write_text("\n".join(bad), encoding="utf-8")
        with pytest.raises(CatalogError, match=message):
            load_catalog(tmp_path)  # failures are not cached, so each bad file is read
