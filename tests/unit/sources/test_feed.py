"""The feed source: RSS 2.0, RSS 1.0 (RDF) and Atom items become listings; hostile XML is refused.

fixtures/feeds/ holds hand-written feeds of a fictitious NGO (rss2.xml), marketplace category
(atom.xml) and classifieds site (rdf.xml); the expected values below are read off those files.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy import select

from wildtrace.config import load_settings
from wildtrace.domain.listing import FetchedPage, ListingRecord
from wildtrace.patrol.plan import Plan, PlanModel
from wildtrace.patrol.runner import PatrolRunner
from wildtrace.sources.base import PageRef, ParseError, ParseResult, Seed
from wildtrace.sources.feed import FeedSource, FeedSourceConfig, iso_utc
from wildtrace.store.db import Store
from wildtrace.store.models import Detection, Listing

FEEDS = Path(__file__).parents[2] / "fixtures" / "feeds"
RSS_URL = "https://alerts.wildwatch.example/feed.xml"
ATOM_URL = "https://bazaarhub.example/c/antiques/feed.atom"
RDF_URL = "https://classifieds.example/pets/rss"
WWA = "https://alerts.wildwatch.example"


def sha24(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def source(**options: object) -> FeedSource:
    config = {"feeds": [RSS_URL], "name": "test-feeds", **options}
    return FeedSource(FeedSourceConfig.model_validate(config))


def page(url: str, body: bytes, ctype: str = "application/rss+xml") -> FetchedPage:
    return FetchedPage(url, url, 200, ctype, (), body, 0)


def parse(
    body: bytes, url: str = RSS_URL, kind: str = "feed", src: FeedSource | None = None
) -> ParseResult:
    return (src or source()).parse(page(url, body), PageRef(kind, None, 1, url))


def parse_fixture(name: str, url: str, src: FeedSource | None = None) -> tuple[ListingRecord, ...]:
    return parse((FEEDS / name).read_bytes(), url, src=src).listings


def test_rss2_items() -> None:
    listings = parse_fixture("rss2.xml", RSS_URL)
    assert [(r.external_id, r.url, r.title, r.posted_at) for r in listings] == [
        (
            "wwa-alert-2024-0311",
            f"{WWA}/alerts/2024/03/pangolin-scales-port-klang",
            "Customs seize 120 kg of pangolin scales at Port Klang",
            "2024-03-11T00:30:00Z",
        ),
        (
            f"{WWA}/alerts/2024/03/ivory-as-ox-bone",  # permalink guid, no <link>: both from guid
            f"{WWA}/alerts/2024/03/ivory-as-ox-bone",
            'Carved ivory bangles advertised as "ox bone" on classifieds',
            "2024-03-05T14:00:00Z",
        ),
        (
            sha24(f"{WWA}/news/annual-report-2023"),  # no guid: hash of the link
            f"{WWA}/news/annual-report-2023",
            "Annual report 2023 now available",
            None,  # no date
        ),
        (
            "wwa-news-2024-0220",
            f"{WWA}/news/volunteer-training-nairobi",
            "Volunteer training day in Nairobi",
            "2024-02-20T06:00:00Z",  # dc:date, ISO 8601 with offset
        ),
        (
            sha24(f"{WWA}/news/office-closed"),
            f"{WWA}/news/office-closed",
            "Office closed for the public holiday",
            None,  # "sometime next week" does not parse
        ),
    ]
    pangolin, ivory, report, training, _ = listings
    assert pangolin.text == (
        "Officers found 120 kg of pangolin scales hidden in a container declared as "
        "dried seafood. Read the full alert."
    )
    assert ivory.text == (
        'Our monitors found 14 ads offering carved ivory bangles described as "ox bone". '
        "Sellers asked buyers to continue on WhatsApp."
    )
    # content:encoded wins over description; <style> and <script> are dropped
    assert training.text == (
        "Volunteer training Learn how to report suspicious online ads. "
        "When: 20 February Where: Nairobi"
    )
    assert pangolin.images == (
        f"{WWA}/media/port-klang-seizure.jpg",
        f"{WWA}/media/port-klang-scales.webp",
    )
    assert ivory.images == (f"{WWA}/media/ivory-bangles-thumb.jpg",)  # relative, resolved
    assert report.images == ()  # a PDF enclosure is not an image
    assert (pangolin.seller, ivory.seller, report.seller) == (
        "desk@wildwatch.example (Field Desk)",
        "Online Trade Monitor",
        None,
    )
    assert {r.lang for r in listings} == {"en-gb"}
    assert {(r.source_id, r.price) for r in listings} == {("test-feeds", None)}
    assert pangolin.field_origins == dict.fromkeys(
        ("title", "text", "seller", "posted_at", "images", "lang"), "feed"
    )
    assert report.field_origins == dict.fromkeys(("title", "text", "lang"), "feed")


def test_atom_entries() -> None:
    listings = parse_fixture("atom.xml", ATOM_URL)
    assert [(r.external_id, r.url, r.title, r.posted_at, r.seller) for r in listings] == [
        (
            "tag:bazaarhub.example,2024:listing-88121",
            "https://bazaarhub.example/listing/88121",  # relative link, against the feed URL
            "Antique elephant ivory netsuke, Meiji era",
            "2024-03-09T17:45:00Z",  # published wins over updated
            "curio_kyoto",
        ),
        (
            "tag:bazaarhub.example,2024:listing-88122",
            "https://bazaarhub.example/listings/88122",  # against the entry's xml:base
            "Teak wood coffee table",
            "2024-03-08T10:15:00Z",
            "homestyle_deals",
        ),
        (
            "tag:bazaarhub.example,2024:listing-88123",
            "https://bazaarhub.example/listing/88123",
            "Scales & claws – traditional remedy, 500 g",  # type="html" title, unescaped
            "2024-03-08T02:30:00Z",
            "Bazaar Hub",  # no entry author: the feed's
        ),
        (
            sha24("https://bazaarhub.example/listing/88124"),  # no <id>
            "https://bazaarhub.example/listing/88124",
            "Porcelain tea set, six cups",
            "2024-03-06T09:00:00Z",
            "Bazaar Hub",
        ),
    ]
    assert [r.text for r in listings] == [
        "Hand-carved netsuke, genuine elephant ivory, 4 cm. Shipping worldwide, discreet packing.",
        "Solid teak, 120 x 60 cm, pick-up only.",
        "Genuine pangolin scales, dried, 500 g. Payment by bank transfer only.",  # xhtml
        "Complete set, no chips.",
    ]
    assert [r.images for r in listings] == [
        ("https://bazaarhub.example/img/88121-1.jpg", "https://cdn.bazaarhub.example/t/88121.jpg"),
        (),
        ("https://cdn.bazaarhub.example/i/88123.png",),  # media:content without type: by suffix
        (),
    ]
    assert {r.lang for r in listings} == {"en"}


def test_rdf_items() -> None:
    listings = parse_fixture("rdf.xml", RDF_URL)
    ads = "https://classifieds.example/pets/ads"
    assert [(r.external_id, r.url, r.title, r.text, r.seller, r.posted_at) for r in listings] == [
        (
            f"{ads}/5531",
            f"{ads}/5531",
            "Hand-raised African grey parrot, ready to go",
            "Very tame, talks a little. Papers available on request.",
            "birdlover77",
            "2024-03-12T07:15:00Z",
        ),
        (
            f"{ads}/5532",
            f"{ads}/5532",
            "Glass terrarium 60x45x45 with lid",
            "Used terrarium, good condition.",
            "reptile_room",
            None,
        ),
        (
            f"{ads}/5533",
            f"{ads}/5533",
            "Baby tortoises, captive bred",
            "Three hatchlings, 2023. Collection only.",
            None,
            "2024-03-10T00:00:00Z",  # a bare date is midnight UTC
        ),
    ]
    assert {r.lang for r in listings} == {"en"}


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>t</title>
<item><title>&lol4;</title><link>https://x.example/1</link></item></channel></rss>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title>
<item><title>&xxe;</title><link>https://x.example/1</link></item></channel></rss>"""

PARAMETER_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
<rss version="2.0"><channel><title>t</title></channel></rss>"""


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (BILLION_LAUGHS, f"{RSS_URL}: refused XML (entity expansion: declares entity 'lol')"),
        (EXTERNAL_ENTITY, f"{RSS_URL}: refused XML (external entity 'xxe' → file:///etc/passwd)"),
        (
            PARAMETER_ENTITY,
            f"{RSS_URL}: refused XML (external entity 'remote' → http://127.0.0.1:9/evil.dtd)",
        ),
    ],
    ids=["billion-laughs", "external-entity", "parameter-entity"],
)
def test_entity_declarations_are_refused(body: bytes, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse(body)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            b"<rss><channel><item><title>x</channel></rss>",
            f"{RSS_URL}: not well-formed XML (mismatched tag: line 1, column 30)",
        ),
        (
            b"<rss><channel><title>caf&eacute;</title>",
            f"{RSS_URL}: not well-formed XML (undefined entity",
        ),
        (b"  \n", f"{RSS_URL}: empty response, not a feed"),
        (
            b"<html><body><p>Please log in</p></body></html>",
            f"{RSS_URL}: not an RSS or Atom feed (root element <html>)",
        ),
        (b'<rss version="2.0"></rss>', f"{RSS_URL}: RSS document without a <channel>"),
    ],
    ids=["mismatched-tag", "html-entity", "empty", "html-page", "no-channel"],
)
def test_not_a_feed_is_a_parse_error(body: bytes, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse(body)
    assert str(caught.value).startswith(message)


def test_max_items_keeps_the_first_items() -> None:
    listings = parse_fixture("rss2.xml", RSS_URL, source(max_items=2))
    assert [r.external_id for r in listings] == [
        "wwa-alert-2024-0311",
        f"{WWA}/alerts/2024/03/ivory-as-ox-bone",
    ]
    assert source(max_items=2).max_listings == 2
    assert len(parse_fixture("atom.xml", ATOM_URL, source(max_items=10))) == 4


def test_follow_links_enqueues_item_pages() -> None:
    body = (FEEDS / "rss2.xml").read_bytes()
    assert parse(body).follow == ()
    followed = parse(body, src=source(follow_links=True, max_items=3)).follow
    assert followed == (
        Seed("page", f"{WWA}/alerts/2024/03/pangolin-scales-port-klang", None),
        Seed("page", f"{WWA}/alerts/2024/03/ivory-as-ox-bone", None),
        Seed("page", f"{WWA}/news/annual-report-2023", None),
    )
    html = b"<html><body><h1>Full alert</h1></body></html>"
    item_url = f"{WWA}/news/annual-report-2023"
    assert parse(html, item_url, "page", source(follow_links=True)) == ParseResult()
    assert "text/html" in source(follow_links=True).accept_types
    assert "text/html" not in source().accept_types


def test_source_identity_and_config() -> None:
    src = source(feeds=[RSS_URL, ATOM_URL, RSS_URL])
    assert (src.key, src.name, src.id) == ("test-feeds", "feeds test-feeds", "source.feed.v1")
    assert src.seeds() == [Seed("feed", RSS_URL, None), Seed("feed", ATOM_URL, None)]
    assert src.resolve(RSS_URL) == src.relativise(RSS_URL) == RSS_URL
    assert src.definition_sha256 == source(feeds=[RSS_URL, ATOM_URL, RSS_URL]).definition_sha256
    assert src.definition_sha256 != source().definition_sha256
    assert FeedSource.flags == {"active": False, "needs_login": False}
    assert 10 <= len(FeedSource.summary) <= 100
    for field in FeedSourceConfig.model_fields.values():
        assert field.description
    for bad in (
        {"feeds": ["/feed.xml"]},
        {"feeds": ["ftp://x.example/feed"]},
        {"feeds": []},
        {"name": "Bad Name"},
        {"max_items": 0},
        {"unknown": 1},
    ):
        with pytest.raises(ValidationError):
            source(**bad)


def test_multibyte_encoding_and_dates() -> None:
    body = """<?xml version="1.0" encoding="gb2312"?>
<rss version="2.0"><channel><language>zh-cn</language><item><title>穿山甲鳞片</title>
<link>https://x.example/1</link></item></channel></rss>""".encode("gb2312")
    (record,) = parse(body).listings
    assert (record.title, record.lang) == ("穿山甲鳞片", "zh-cn")
    assert iso_utc("Sat, 02 Mar 2024 10:00:00 -0000") == "2024-03-02T10:00:00Z"
    assert iso_utc("2024-03-02T10:00:00.5Z") == "2024-03-02T10:00:00Z"
    assert iso_utc("2024-03-02 25:00") is None
    assert iso_utc("") is None


class FeedServer(BaseHTTPRequestHandler):
    body = (FEEDS / "rss2.xml").read_bytes()

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        found = self.path == "/alerts/feed.xml"
        body = self.body if found else b"not found"
        self.send_response(200 if found else 404)
        self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def feed_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FeedServer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/alerts/feed.xml"
    server.shutdown()
    server.server_close()


@pytest.mark.integration
def test_patrol_of_a_served_feed(tmp_path: Path, feed_url: str) -> None:
    config = FeedSourceConfig(feeds=[feed_url], name="wwa-alerts")
    entry = {"source": "source.feed.v1", **config.model_dump()}
    plan = Plan(
        model=PlanModel(name="feeds", delay=0, sources=[entry]),
        sources=(FeedSource(config),),
        origin="test",
    )
    settings = load_settings(
        {"home": tmp_path / "home", "allow_hosts": ["127.0.0.1"]}, environ={}
    ).settings
    store = Store(settings)
    try:
        summary = PatrolRunner(store, settings).run(plan)
        with store.sessions() as session:
            stored = session.scalars(select(Listing).order_by(Listing.id)).all()
            detected = set(
                session.scalars(
                    select(Listing.title).join(Detection, Detection.listing_id == Listing.id)
                )
            )
    finally:
        store.close()
    expected = parse_fixture("rss2.xml", feed_url, FeedSource(config))
    assert (summary.status, summary.errors, summary.listings_new) == ("completed", 0, 5)
    assert [
        (s.source_id, s.external_id, s.url, s.title, s.text, s.posted_at, tuple(s.images))
        for s in stored
    ] == [
        (r.source_id, r.external_id, r.url, r.title, r.text, r.posted_at, r.images)
        for r in expected
    ]
    assert detected == {
        "Customs seize 120 kg of pangolin scales at Port Klang",
        'Carved ivory bangles advertised as "ox bone" on classifieds',
    }
