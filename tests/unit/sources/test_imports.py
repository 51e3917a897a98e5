"""The import source: URL lists, CSV/JSONL exports and WARC files become listings; only the
files named in the configuration are ever read.

fixtures/imports/ holds a fictitious platform export (export.csv, export.jsonl), a hotline's URL
list (urls.txt) and two saved pages (pages/*.html, read by the generic page reader); the
expected values below are read off those files. WARC files are written by the tests.
"""

from __future__ import annotations

import hashlib
import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from pydantic import ValidationError
from sqlalchemy import select
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wildtrace.config import load_settings
from wildtrace.domain.listing import FetchedPage, ListingRecord
from wildtrace.patrol.plan import Plan, PlanModel
from wildtrace.patrol.runner import PatrolRunner
from wildtrace.sources import imports
from wildtrace.sources.base import PageRef, ParseError, ParseResult, Seed
from wildtrace.sources.generic_page import decode_html, generic_listing
from wildtrace.sources.imports import ImportSource, ImportSourceConfig, detect_format
from wildtrace.store.db import Store
from wildtrace.store.models import Detection, FrontierItem, Listing

FIXTURES = Path(__file__).parents[2] / "fixtures" / "imports"
PAGES = FIXTURES / "pages"
CSV_FILE = FIXTURES / "export.csv"
JSONL_FILE = FIXTURES / "export.jsonl"
URLS_FILE = FIXTURES / "urls.txt"
MARKET = "https://market.example"


def sha24(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def source(*files: str | Path, base_dir: Path | None = FIXTURES, **options: object) -> ImportSource:
    config = {"name": "hotline", "files": [str(f) for f in files], **options}
    return ImportSource(ImportSourceConfig.model_validate(config), base_dir)


def read(src: ImportSource, path: Path) -> tuple[FetchedPage, str]:
    """The file as the runner reads it, and its seed kind."""
    (kind,) = [s.kind for s in src.seeds() if s.target == path.resolve().as_uri()]
    return src.read_local(path.resolve().as_uri()), kind


def parse_file(path: Path, **options: object) -> ParseResult:
    src = source(path, **options)
    page, kind = read(src, path)
    return src.parse(page, PageRef(kind, None, 1, page.url))


def parse_bytes(tmp_path: Path, name: str, body: bytes, **options: object) -> ParseResult:
    path = tmp_path / name
    path.write_bytes(body)
    return parse_file(path, **options)


# --- configuration, seeds, reading local files ---------------------------------------------


def test_config_seeds_and_format_detection(tmp_path: Path) -> None:
    src = source("urls.txt", "export.csv", "export.jsonl", "dump/crawl.warc.gz", "b.NDJSON")
    assert (src.id, src.key, src.name, src.accept_types) == (
        "source.import.v1",
        "import-hotline",
        "import hotline",
        ("text/html", "application/xhtml+xml"),
    )
    assert src.flags == {"active": False, "needs_login": False}
    assert src.seeds() == [
        Seed("urls", URLS_FILE.as_uri(), None),
        Seed("csv", CSV_FILE.as_uri(), None),
        Seed("jsonl", JSONL_FILE.as_uri(), None),
        Seed("warc", (FIXTURES / "dump" / "crawl.warc.gz").as_uri(), None),
        Seed("jsonl", (FIXTURES / "b.NDJSON").as_uri(), None),
    ]
    assert src.resolve(CSV_FILE.as_uri()) == src.relativise(CSV_FILE.as_uri()) == CSV_FILE.as_uri()
    assert [detect_format(n) for n in ("a.urls", "a.warc", "a.csv.bak", "a.json")] == [
        "urls",
        "warc",
        None,
        None,
    ]
    # an absolute path ignores the plan's folder; the same file named twice is read once
    again = source(CSV_FILE, "export.csv", "./export.csv")
    assert again.seeds() == [Seed("csv", CSV_FILE.as_uri(), None)]
    # an explicit format wins over the extension and allows any name
    assert source("hotline.list", format="urls").seeds() == [
        Seed("urls", (FIXTURES / "hotline.list").as_uri(), None)
    ]
    assert src.definition_sha256 != again.definition_sha256


def test_config_is_validated() -> None:
    with pytest.raises(ValidationError, match=r"cannot tell the format of notes\.dat"):
        source("export.csv", "notes.dat")
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        source("export.csv", delimiter=";")
    with pytest.raises(ValidationError, match="String should match pattern"):
        source("export.csv", name="Hotline Export")
    with pytest.raises(ValidationError, match="at least 1 item"):
        ImportSourceConfig(name="x", files=[])
    with pytest.raises(ValidationError, match="greater than or equal to 1"):
        source("export.csv", max_rows=0)


def test_read_local_returns_the_file_as_a_page() -> None:
    src = source("export.csv", "urls.txt")
    page = src.read_local(CSV_FILE.as_uri())
    assert (page.url, page.final_url, page.status_code, page.content_type, page.headers) == (
        CSV_FILE.as_uri(),
        CSV_FILE.as_uri(),
        200,
        "text/csv",
        (),
    )
    assert page.body == CSV_FILE.read_bytes()
    assert src.read_local(URLS_FILE.as_uri()).content_type == "text/plain"


def test_read_local_refuses_files_not_in_the_configuration(tmp_path: Path) -> None:
    (tmp_path / "plan").mkdir()
    allowed = tmp_path / "plan" / "export.csv"
    allowed.write_text("id,title\n1,a\n")
    secret = tmp_path / "secret.csv"
    secret.write_text("token\n")
    src = source("export.csv", base_dir=tmp_path / "plan")
    assert src.read_local(allowed.as_uri()).body == b"id,title\n1,a\n"
    refused = "not a file named in the import's configuration"
    for url in (
        secret.as_uri(),
        "file:///etc/passwd",
        f"file://{tmp_path}/plan/../secret.csv",
        f"file://{tmp_path}/plan/./../plan/../secret.csv",
    ):
        with pytest.raises(ParseError, match=refused):
            src.read_local(url)
    # a symlink beside the configured file, pointing elsewhere, is refused too
    (tmp_path / "plan" / "link.csv").symlink_to(secret)
    with pytest.raises(ParseError, match=refused):
        src.read_local((tmp_path / "plan" / "link.csv").as_uri())
    # names are compared after percent-decoding: spaces and non-ASCII letters are fine
    odd = tmp_path / "plan" / "März 2024 #1.csv"
    odd.write_text("id,title\n2,b\n")
    assert "M%C3%A4rz%202024%20%231.csv" in odd.as_uri()
    assert source(odd.name, base_dir=tmp_path / "plan").read_local(odd.as_uri()).body == (
        b"id,title\n2,b\n"
    )
    for url in ("https://example.org/export.csv", f"file://otherhost{allowed}"):
        with pytest.raises(ParseError, match="not a local file URL"):
            src.read_local(url)


def test_read_local_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * 101)
    (tmp_path / "folder.csv").mkdir()
    src = source("big.csv", "folder.csv", "missing.csv", base_dir=tmp_path)
    monkeypatch.setattr(imports, "MAX_FILE_BYTES", 100)
    with pytest.raises(ParseError, match="101 bytes, over the import limit of 200 MB"):
        src.read_local(big.as_uri())
    with pytest.raises(ParseError, match="not a regular file"):
        src.read_local((tmp_path / "folder.csv").as_uri())
    with pytest.raises(ParseError, match=r"missing\.csv: cannot read \(No such file"):
        src.read_local((tmp_path / "missing.csv").as_uri())


# --- URL lists ------------------------------------------------------------------------------


def test_url_list_follows_each_http_url_once() -> None:
    result = parse_file(URLS_FILE)
    assert result.listings == ()
    assert result.follow == (
        Seed("page", "https://curio.example/items/carved-bangle", None),
        Seed("page", "https://pets.example/ads/771", None),
    )
    assert parse_file(URLS_FILE, max_rows=1).follow == result.follow[:1]


def test_url_list_without_any_url_fails(tmp_path: Path) -> None:
    assert parse_bytes(tmp_path, "empty.txt", b"# nothing yet\n\n").follow == ()
    with pytest.raises(ParseError, match=r"junk\.txt: no http\(s\) URL in this URL list"):
        parse_bytes(tmp_path, "junk.txt", b"file:///etc/passwd\njavascript:alert(1)\nhello\n")


def test_pages_of_a_url_list_are_read_generically() -> None:
    src = source("urls.txt")
    url = "https://curio.example/items/carved-bangle"
    body = (PAGES / "carved-bangle.html").read_bytes()
    page = FetchedPage(url, url + "?ref=1", 200, "text/html; charset=utf-8", (), body, 5)
    (record,) = src.parse(page, PageRef("page", None, 1, url)).listings
    assert record == ListingRecord(
        source_id="import-hotline",
        external_id=sha24(url),  # the listed URL, not where it redirected
        url=url + "?ref=1",
        title="Antique carved bangle, old stock",
        text="Antique carved bangle Creamy white bangle, hand carved, very heavy. Described by "
        "the seller as ox bone. Ships worldwide, message for more photos.",
        price=450.0,
        currency="GBP",
        images=(
            "https://curio.example/media/bangle-1.jpg",
            "https://curio.example/media/bangle-2.jpg",
        ),
        lang="en-GB",
        field_origins={
            "title": "opengraph",
            "text": "html",
            "price": "json-ld",
            "currency": "json-ld",
            "images": "opengraph",
            "lang": "html",
        },
    )
    empty = FetchedPage(url, url, 200, "text/html", (), b"<html><body> </body></html>", 1)
    with pytest.raises(ParseError, match="page has no title and no text"):
        src.parse(empty, PageRef("page", None, 1, url))
    with pytest.raises(ParseError, match="unknown page kind 'listing'"):
        src.parse(empty, PageRef("listing", None, 1, url))


def test_generic_reader_without_opengraph() -> None:
    html = decode_html((PAGES / "grey-parrots.html").read_bytes(), "text/html")
    record = generic_listing(html, "https://pets.example/ads/771", "s", "771")
    assert record is not None
    assert (record.title, record.text) == (
        "Two young African grey parrots",  # <title>; nav and script are dropped
        "Two young African grey parrots Hand raised, talking, with cage. Call after 6pm.",
    )
    assert (record.price, record.currency, record.lang, record.seller) == (
        1200.0,
        "USD",
        None,
        None,
    )
    # the first five <img>, absolute and unique
    assert record.images == (
        "https://cdn.pets.example/p1.jpg",
        "https://pets.example/ads/p2.jpg",
        "https://pets.example/ads/p3.jpg",
        "https://pets.example/ads/p4.jpg",
    )
    assert record.field_origins == {
        "title": "html",
        "text": "html",
        "price": "opengraph",
        "currency": "opengraph",
        "images": "html",
    }
    # no <title>: the first <h1>; no text at all: the meta description
    h1 = generic_listing("<h1> Live <i>macaw</i> </h1><p>Tame.</p>", "https://x.example/", "s", "1")
    assert h1 is not None and (h1.title, h1.text) == ("Live macaw", "Live macaw Tame.")
    meta = generic_listing(
        '<head><meta name="description" content="Ivory  figurine"></head>',
        "https://x.example/",
        "s",
        "2",
    )
    assert meta is not None and (meta.title, meta.text) == ("Ivory figurine", "Ivory figurine")
    assert meta.field_origins == {"title": "opengraph", "text": "opengraph"}


# --- CSV and JSONL exports ------------------------------------------------------------------


def test_csv_export_rows_become_listings() -> None:
    listings = parse_file(CSV_FILE).listings
    garden_row = {
        "id": "",
        "title": "Garden tools bundle",
        "text": "Spade, rake and hoe, used.",
        "price": "25 GBP",
        "currency": "",
        "seller": "",
        "location": "Leeds",
        "posted_at": "yesterday",
        "url": "",
        "images": "",
    }
    assert listings == (
        ListingRecord(
            source_id="import-hotline",
            external_id="A-1001",
            url=f"{MARKET}/item/A-1001",
            title="Pangolin scales 1kg",
            text="Dried pangolin scales, clean, for medicine.\nDiscreet shipping.",
            price=300.0,
            currency="USD",
            seller="trader_88",
            location="Lagos",
            posted_at="2024-03-02T10:15:00Z",
            images=(f"{MARKET}/img/a1.jpg", f"{MARKET}/img/a2.jpg"),  # a JSON list
            field_origins=dict.fromkeys(
                (
                    "title",
                    "text",
                    "price",
                    "currency",
                    "seller",
                    "location",
                    "posted_at",
                    "images",
                    "url",
                ),
                "csv",
            ),
        ),
        ListingRecord(
            source_id="import-hotline",
            external_id="A-1002",
            url=f"{MARKET}/item/A-1002",
            title="Vintage wooden chess set",
            text="Hand carved wooden chess set, complete, small chip on one knight.",
            price=85.0,
            currency="€",  # from the price text: the currency column is empty
            seller="chessfan",
            location="Berlin",
            posted_at="2024-03-01T00:00:00Z",
            images=(f"{MARKET}/img/b1.jpg", f"{MARKET}/img/b2.jpg"),  # ";"-separated
            field_origins=dict.fromkeys(
                (
                    "title",
                    "text",
                    "price",
                    "currency",
                    "seller",
                    "location",
                    "posted_at",
                    "images",
                    "url",
                ),
                "csv",
            ),
        ),
        ListingRecord(
            source_id="import-hotline",
            external_id=sha24(json.dumps(garden_row, sort_keys=True, ensure_ascii=False)),
            url=f"{CSV_FILE.as_uri()}#line=5",  # no URL: where the row is in the file
            title="Garden tools bundle",
            text="Spade, rake and hoe, used.",
            price=25.0,
            currency="GBP",
            location="Leeds",
            posted_at=None,  # "yesterday" is not a date
            field_origins=dict.fromkeys(("title", "text", "price", "currency", "location"), "csv"),
        ),
    )
    assert [r.external_id for r in parse_file(CSV_FILE, max_rows=2).listings] == [
        "A-1001",
        "A-1002",
    ]


@pytest.mark.parametrize("delimiter", [";", "\t", ","])
def test_csv_delimiter_bom_and_header_case(tmp_path: Path, delimiter: str) -> None:
    rows = [
        ["ID", " Title ", "Price", "Images"],
        ["7", "Rhino horn cup, 1, 2", "1.500,00 €", "https://a.example/1.jpg"],
        ["8", "Shell, 3; 4", "", ""],
    ]
    text = "\r\n".join(
        delimiter.join(f'"{v}"' if delimiter in v or "," in v or ";" in v else v for v in row)
        for row in rows
    )
    listings = parse_bytes(tmp_path, "x.csv", b"\xef\xbb\xbf" + text.encode()).listings
    assert [(r.external_id, r.title, r.price, r.currency, r.images) for r in listings] == [
        ("7", "Rhino horn cup, 1, 2", 1500.0, "€", ("https://a.example/1.jpg",)),
        ("8", "Shell, 3; 4", None, None, ()),
    ]


def test_csv_bad_rows(tmp_path: Path) -> None:
    body = (
        b"id,title,text,images\n"
        b"1,,,\n"  # neither title nor text
        b"2,Tiger claw pendant,,[not json\n"
        b"3,Bear bile,too,many,values\n"
        b"4,Clay pot,,\n"
    )
    listings = parse_bytes(tmp_path, "a.csv", body).listings
    assert [(r.external_id, r.title) for r in listings] == [("4", "Clay pot")]
    with pytest.raises(ParseError, match=r"a2\.csv: no readable row \(line 2: no title or text\)"):
        parse_bytes(tmp_path, "a2.csv", b"id,title,text\n1,,\n2, , \n")
    with pytest.raises(
        ParseError, match=r"no readable row \(line 1: no title or text column \(columns: id, name\)"
    ):
        parse_bytes(tmp_path, "b.csv", b"id;name\n1;Parrot\n")
    assert parse_bytes(tmp_path, "header-only.csv", b"id,title\n").listings == ()


def test_jsonl_export_skips_malformed_lines() -> None:
    listings = parse_file(JSONL_FILE).listings
    assert listings == (
        ListingRecord(
            source_id="import-hotline",
            external_id="501",
            url="https://shop.example/p/501",
            title="Tortoise shell comb",
            text="Old comb, real shell.",
            price=40.0,
            currency="EUR",
            seller="combs_and_more",
            images=("https://shop.example/c.jpg",),  # the ftp:// image is dropped
            field_origins=dict.fromkeys(
                ("title", "text", "price", "currency", "seller", "images", "url"), "jsonl"
            ),
        ),
        ListingRecord(
            source_id="import-hotline",
            external_id=sha24(
                json.dumps(
                    {
                        "text": "Selling a set of ceramic bowls, six pieces, never used.",
                        "location": "Porto",
                        "posted_at": "Tue, 05 Mar 2024 09:30:00 +0100",
                    },
                    sort_keys=True,
                    ensure_ascii=False,
                )
            ),
            url=f"{JSONL_FILE.as_uri()}#line=6",
            title="Selling a set of ceramic bowls, six pieces, never used.",  # no title: the text
            text="Selling a set of ceramic bowls, six pieces, never used.",
            location="Porto",
            posted_at="2024-03-05T08:30:00Z",
            field_origins=dict.fromkeys(("title", "text", "location", "posted_at"), "jsonl"),
        ),
    )
    assert [r.external_id for r in parse_file(JSONL_FILE, max_rows=1).listings] == ["501"]


def test_jsonl_with_only_bad_lines_fails_naming_the_first(tmp_path: Path) -> None:
    body = b'\n{"id": 1, "title": "Ivory"\n[1]\n{"id": 2, "title": ["a"]}\n'
    with pytest.raises(ParseError) as caught:
        parse_bytes(tmp_path, "all-bad.jsonl", body)
    assert str(caught.value) == (
        f"{tmp_path / 'all-bad.jsonl'}: no readable row "
        "(line 2: not JSON (Expecting ',' delimiter))"
    )
    assert parse_bytes(tmp_path, "empty.jsonl", b"\n\n").listings == ()
    # duplicated ids: the first row wins; numbers that are not finite are no price
    dup = b'{"id": "x", "title": "A", "price": NaN}\n{"id": "x", "title": "B"}\n'
    assert [(r.title, r.price) for r in parse_bytes(tmp_path, "dup.jsonl", dup).listings] == [
        ("A", None)
    ]


# --- WARC files -----------------------------------------------------------------------------


def html_page(title: str, text: str) -> bytes:
    return (
        f"<html lang='fr'><head><title>{title}</title></head>"
        f"<body><nav>Menu</nav><article><p>{text}</p></article></body></html>"
    ).encode()


def write_warc(path: Path, gzip: bool = True) -> Path:
    """Two HTML responses, a JPEG response, a request, a 404 page and a metadata record."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)

        def response(uri: str, ctype: str, body: bytes, status: str = "200 OK") -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers
            )
            writer.write_record(record)

        request = writer.create_warc_record(
            "https://annonces.example/a/1",
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=StatusAndHeaders(
                "GET /a/1 HTTP/1.1", [("Host", "annonces.example")], is_http_request=True
            ),
        )
        writer.write_record(request)
        response(
            "https://annonces.example/a/1",
            "text/html; charset=utf-8",
            html_page("Écailles de pangolin", "Vente d'écailles, envoi discret."),
        )
        response("https://annonces.example/img/1.jpg", "image/jpeg", b"\xff\xd8\xff\xe0")
        response("https://annonces.example/a/2", "text/html", html_page("Vélo", "Bon état."))
        response("https://annonces.example/a/3", "text/html", html_page("Gone", "x"), "404 Nope")
        meta = writer.create_warc_record(
            "https://annonces.example/a/1",
            "metadata",
            payload=io.BytesIO(b"outlink: https://annonces.example/a/2\n"),
            length=38,
            warc_content_type="application/warc-fields",
        )
        writer.write_record(meta)
    return path


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_html_responses_become_listings(tmp_path: Path, gzip: bool) -> None:
    path = write_warc(tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc"), gzip)
    listings = parse_file(path).listings
    assert listings == (
        ListingRecord(
            source_id="import-hotline",
            external_id=sha24("https://annonces.example/a/1"),
            url="https://annonces.example/a/1",
            title="Écailles de pangolin",
            text="Vente d'écailles, envoi discret.",
            lang="fr",
            field_origins={"title": "html", "text": "html", "lang": "html"},
        ),
        ListingRecord(
            source_id="import-hotline",
            external_id=sha24("https://annonces.example/a/2"),
            url="https://annonces.example/a/2",
            title="Vélo",
            text="Bon état.",
            lang="fr",
            field_origins={"title": "html", "text": "html", "lang": "html"},
        ),
    )
    assert len(parse_file(path, max_rows=1).listings) == 1


def test_warc_that_does_not_read_fails(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match=r"junk\.warc: not a readable WARC file"):
        parse_bytes(tmp_path, "junk.warc", b"this is not an archive\n")
    # an archive cut short keeps the pages before the cut
    whole = write_warc(tmp_path / "whole.warc", gzip=False).read_bytes()
    cut = whole[: whole.index(b"WARC-Type: metadata") - 300]
    listings = parse_bytes(tmp_path, "cut.warc", cut).listings
    assert [r.title for r in listings] == ["Écailles de pangolin", "Vélo"]


# --- a patrol importing a CSV export and a URL list -------------------------------------------


class PageServer(BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, bytes]] = {
        "/items/carved-bangle": (PAGES / "carved-bangle.html").read_bytes(),
        "/ads/771": (PAGES / "grey-parrots.html").read_bytes(),
    }

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = self.pages.get(self.path)
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body or b"")))
        self.end_headers()
        self.wfile.write(body or b"")


@pytest.fixture
def server_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), PageServer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.integration
def test_patrol_imports_a_csv_and_a_url_list(tmp_path: Path, server_url: str) -> None:
    (tmp_path / "urls.txt").write_text(
        f"# hotline reports\n{server_url}/items/carved-bangle\n{server_url}/ads/771\n"
    )
    config = ImportSourceConfig(name="hotline", files=["urls.txt", str(CSV_FILE)])
    plan = Plan(
        model=PlanModel(
            name="imports",
            delay=0,
            sources=[{"source": "source.import.v1", **config.model_dump()}],
        ),
        sources=(ImportSource(config, tmp_path),),
        origin="test",
    )
    settings = load_settings(
        {"home": tmp_path / "home", "allow_hosts": ["127.0.0.1"]}, environ={}
    ).settings
    store = Store(settings)
    try:
        summary = PatrolRunner(store, settings).run(plan)
        again = PatrolRunner(store, settings).run(plan)  # a second run stores nothing new
        with store.sessions() as session:
            stored = session.scalars(select(Listing).order_by(Listing.id)).all()
            detected = set(
                session.scalars(
                    select(Listing.external_id).join(Detection, Detection.listing_id == Listing.id)
                )
            )
            failed = session.scalars(
                select(FrontierItem.error).where(FrontierItem.state != "done")
            ).all()
    finally:
        store.close()
    assert (summary.status, summary.errors, summary.listings_new) == ("completed", 0, 5)
    assert (again.errors, again.listings_new) == (0, 0)
    assert failed == []
    rows = [(r.source_id, r.external_id, r.title) for r in parse_file(CSV_FILE).listings]
    pages = [
        (
            "import-hotline",
            sha24(f"{server_url}/items/carved-bangle"),
            "Antique carved bangle, old stock",
        ),
        ("import-hotline", sha24(f"{server_url}/ads/771"), "Two young African grey parrots"),
    ]
    assert sorted((s.source_id, s.external_id, s.title) for s in stored) == sorted(rows + pages)
    # the pangolin scales row; the "ox bone" bangle and the grey parrots of the listed pages
    assert detected == {"A-1001", pages[0][1], pages[1][1]}
