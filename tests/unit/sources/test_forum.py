"""The forum source: saved pages of a fictitious reptile-keepers forum parse to exact posts, bad
forum definitions fail naming the field, and a real patrol reads the forum served on 127.0.0.1.

fixtures/forum/pages/ ("ScaleKeepers Community", written for these tests: no real people, shops
or numbers) sits one folder down so the golden-file test (fixtures/<site>/*.html) leaves it alone.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest
from pydantic import ValidationError
from sqlalchemy import select

from wildtrace.config import load_settings
from wildtrace.domain.listing import FetchedPage, ListingRecord
from wildtrace.patrol.plan import Plan, PlanModel
from wildtrace.patrol.runner import PatrolRunner
from wildtrace.sources import forumdef
from wildtrace.sources.base import PageRef, ParseError, ParseResult, Seed
from wildtrace.sources.forum import ForumSource, ForumSourceConfig
from wildtrace.sources.forumdef import ForumDefinitionError
from wildtrace.sources.sitedef import SiteDefinitionError
from wildtrace.store.db import Store
from wildtrace.store.models import Detection, Listing

PAGES = Path(__file__).parents[2] / "fixtures" / "forum" / "pages"
DEFINITION = forumdef.bundled_forums()["example-forum"]
BASE = "http://127.0.0.1:8731"
BOARD = "/forum/12-reptiles-for-sale/"
T101 = "/topic/101-radiated-tortoises-available/"
T101_2 = "/topic/101-radiated-tortoises-available/page/2/"
T102 = "/topic/102-ball-pythons-pied-and-banana/"
T103 = "/topic/103-captive-bred-hermanns-tortoises-article-10/"
T104 = "/topic/104-members-only-deals/"
TITLE_101 = "Radiated tortoises available, juveniles"
DEFINITION_NAME = "ScaleKeepers Community (fictitious test forum)"
ROUTES = {
    BOARD: "board-12",
    BOARD + "?page=2": "board-12-page-2",
    T101: "thread-101",
    T101_2: "thread-101-page-2",
    T102: "thread-102",
    T103: "thread-103",
    "/login/?from=104": "login",
}
ALL_POSTS = [
    *(f"101/{n}" for n in range(5001, 5006)),
    *(f"102/{n}" for n in range(6001, 6004)),
    *(f"103/{n}" for n in range(7001, 7004)),
]


def source(**config: object) -> ForumSource:
    return ForumSource(ForumSourceConfig.model_validate({"forum": "example-forum"} | config))


def variant(tmp_path: Path, *changes: tuple[str, str]) -> ForumSource:
    """The example definition with text replaced, loaded from a file like a user's own."""
    text = DEFINITION.read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new)
    (tmp_path / "my-forum.yaml").write_text(text, encoding="utf-8")
    return ForumSource(ForumSourceConfig(forum="my-forum.yaml"), base_dir=tmp_path)


def parse(
    name: str, path: str, kind: str, page: int = 1, src: ForumSource | None = None, **kw: str
) -> ParseResult:
    """Parse a saved page (or `html`) served at `path` (redirected to `final_url`)."""
    url = BASE + path
    body = kw["html"].encode() if "html" in kw else (PAGES / f"{name}.html").read_bytes()
    fetched = FetchedPage(url, kw.get("final_url", url), 200, "text/html", (), body, 0)
    return (src or source()).parse(fetched, PageRef(kind, BOARD, page, url))


def thread(path: str, page: int = 1, src: ForumSource | None = None) -> ParseResult:
    return parse(ROUTES[path], path, "thread", page, src)


def posts(result: ParseResult) -> dict[str, ListingRecord]:
    return {r.external_id: r for r in result.listings}


def test_identity_and_seeds() -> None:
    src = source()
    assert (src.key, src.name, src.id) == ("example-forum", DEFINITION_NAME, "source.forum.v1")
    assert src.flags == {"active": False, "needs_login": False}
    assert (src.accept_types, src.max_listings) == (("text/html", "application/xhtml+xml"), None)
    assert len(src.definition_sha256) == 64
    assert src.seeds() == [Seed("board", BOARD, BOARD, 1)]
    assert src.resolve(T101) == BASE + T101
    assert src.relativise(BASE + T101_2) == T101_2
    assert (src.max_board_pages, src.max_thread_pages) == (10, 20)


def test_config_overrides() -> None:
    src = source(
        base_url="http://127.0.0.1:9999/",
        boards=["/forum/7-birds/", "/forum/7-birds/", "/forum/8-mammals/"],
        max_board_pages=3,
        max_thread_pages=500,  # never more than the definition allows
    )
    assert src.seeds() == [
        Seed("board", "/forum/7-birds/", "/forum/7-birds/", 1),
        Seed("board", "/forum/8-mammals/", "/forum/8-mammals/", 1),
    ]
    assert src.resolve(BOARD) == "http://127.0.0.1:9999" + BOARD
    assert (src.key, src.max_board_pages, src.max_thread_pages) == ("example-forum", 3, 20)
    invalid: list[dict[str, object]] = [
        {},
        {"forum": "example-forum", "boards": []},
        {"forum": "example-forum", "boards": ["forum/12"]},
        {"forum": "example-forum", "base_url": "https://forum.example/community"},
        {"forum": "example-forum", "max_posts": 10},
    ]
    for bad in invalid:
        with pytest.raises(ValidationError):
            ForumSourceConfig.model_validate(bad)


def test_board_pages_list_threads_and_the_next_page() -> None:
    result = parse("board-12", BOARD, "board")
    assert result.follow == (
        Seed("thread", T101, BOARD, 1),
        Seed("thread", T102, BOARD, 1),  # the off-site sponsored link is not followed
        Seed("board", BOARD + "?page=2", BOARD, 2),
    )
    last = parse("board-12-page-2", BOARD + "?page=2", "board", page=2)
    assert last.follow == (
        Seed("thread", T101, BOARD, 1),  # "#unread" dropped: the same thread as on page 1
        Seed("thread", T103, BOARD, 1),  # "?sid=..." dropped (ignore_params)
        Seed("thread", T104, BOARD, 1),
    )  # only a rel=prev link: no next page
    capped = source(max_board_pages=2)
    assert parse("board-12", BOARD, "board", page=2, src=capped).follow[-1].kind == "thread"
    assert parse("board-12", BOARD, "board", page=1, src=capped).follow[-1].kind == "board"
    with pytest.raises(ParseError) as caught:
        parse("login", "/login/", "board")
    assert str(caught.value) == (
        f"{BASE}/login/: no thread links (selector 'a.topic-title'); "
        "the board may be empty, need a login, or its markup changed"
    )


def test_opening_post_exactly() -> None:
    result = thread(T101)
    assert list(posts(result)) == ["101/5001", "101/5002", "101/5003"]
    assert result.listings[0] == ListingRecord(
        source_id="example-forum",
        external_id="101/5001",
        url=f"{BASE}{T101}#post-5001",
        title=TITLE_101,  # whitespace of the <h1> collapsed
        text="Radiated tortoise (Astrochelys radiata) juveniles available, 6-8 cm, eating well\n"
        "Shipping to EU and UK, discreet packing. No papers needed for juveniles.\n"
        "WhatsApp +44 7700 900321 for price and photos.",
        seller="shellshock_exotics",
        posted_at="2026-03-02T13:05:00Z",  # +01:00 converted to UTC
        images=(
            f"{BASE}/uploads/2026/03/radiata-5001a.jpg",
            "https://img.example.net/u/radiata-5001b.jpg",
        ),
        lang="en",
        field_origins=dict.fromkeys(("title", "text", "seller", "posted_at", "images"), "html"),
    )
    assert result.follow == (Seed("thread", T101_2, BOARD, 2),)


def test_replies_quotes_signatures_and_smileys() -> None:
    records = posts(thread(T101))
    reply = records["101/5002"]
    assert (reply.url, reply.title, reply.seller, reply.posted_at) == (
        f"{BASE}{T101}#post-5002",
        "Re: " + TITLE_101,
        "reptile_dad_88",
        "2026-03-02T14:20:00Z",
    )
    assert reply.text == "How much for a pair? Can you send to Germany?"  # quote left out
    assert reply.images == ()  # the image inside the quote belongs to the quoted post
    assert reply.field_origins == dict.fromkeys(("title", "text", "seller", "posted_at"), "html")
    price = records["101/5003"]
    assert (price.seller, price.posted_at) == ("shellshock_exotics", "2026-03-02T16:45:00Z")
    assert price.text.startswith("350 EUR each, 650 for a pair. Message me on WhatsApp, not")
    everything = repr(records)
    for left_out in ("keeping shelled friends", "Joined March 2024", "avatars/", "🐢", "emoji"):
        assert left_out not in everything


def test_second_page_of_a_thread() -> None:
    result = thread(T101_2, page=2)
    records = posts(result)
    assert list(records) == ["101/5004", "101/5005"]
    assert all(r.title == "Re: " + TITLE_101 for r in result.listings)  # no opening post here
    assert (records["101/5004"].url, records["101/5004"].posted_at) == (
        f"{BASE}{T101_2}#post-5004",
        "3 March 2026 21:40",  # not ISO: kept as written
    )
    assert records["101/5004"].text == (
        "Is this even legal? Radiated tortoises are in CITES Appendix I, you cannot sell "
        "wild ones at all and captive-bred ones need papers."
    )  # a line break of the HTML source is a space
    assert records["101/5005"].text == (
        "Still 4 radiated tortoises left, shipping to the UK and the Netherlands this week.\n"
        "wa.me/447700900321"
    )
    assert records["101/5005"].posted_at == "2026-03-04T08:10:00Z"
    assert result.follow == ()  # only a rel=prev link


def test_other_threads_and_a_container_without_post_id() -> None:
    result = thread(T102)
    assert list(posts(result)) == ["102/6001", "102/6002", "102/6003"]
    assert "Sponsored" not in repr(result.listings)
    offer = result.listings[0]
    assert offer.title == "Ball pythons, pied and banana morphs"
    assert offer.text.splitlines() == [
        "Ball pythons for sale: 2 pied females, 1 banana male, 2025 hatchlings.",
        "Also wild-caught adult royal pythons from Togo on request, no paperwork.",
        "WhatsApp +44 7700 900654 · cash or crypto",
    ]
    assert offer.images == (f"{BASE}/uploads/2026/02/pied-6001.jpg",)
    assert posts(result)["102/6003"].text == "£180, can meet at the next reptile show"
    legal = posts(thread(T103))  # a captive-bred offer with its permits
    assert [(r.external_id, r.seller, r.posted_at) for r in legal.values()] == [
        ("103/7001", "tortoise_garden", "2026-01-15T09:00:00Z"),
        ("103/7002", "reptile_dad_88", "2026-01-15T11:30:00Z"),
        ("103/7003", "tortoise_garden", "2026-01-15T12:00:00Z"),
    ]
    assert "Article 10 certificate (CITES permit)" in legal["103/7001"].text


def test_replies_false_and_max_thread_pages() -> None:
    first = thread(T101, src=source(replies=False))  # only opening posts, no later pages
    assert ([r.external_id for r in first.listings], first.follow) == (["101/5001"], ())
    assert thread(T101_2, page=2, src=source(replies=False)).listings == ()
    assert thread(T101, src=source(max_thread_pages=1)).follow == ()
    assert thread(T101, page=2, src=source(max_thread_pages=2)).follow == ()
    assert len(thread(T101, page=1, src=source(max_thread_pages=2)).follow) == 1


def test_permalink_anchor_and_time_zone_from_the_definition(tmp_path: Path) -> None:
    permalink = '  permalink: {selector: "a.post-permalink", attr: href}\n'
    anchor = ('post_anchor: "post-{id}"', 'post_anchor: "p{id}"')
    src = variant(tmp_path, anchor, ("  images: {", permalink + "  images: {"))
    with_links = posts(thread(T101, src=src))
    assert with_links["101/5002"].url == f"{BASE}{T101}?do=findComment&comment=5002"
    without = posts(thread(T101_2, page=2, src=src))  # these posts have no permalink
    assert without["101/5005"].url == f"{BASE}{T101_2}#p5005"
    try:
        ZoneInfo("Europe/Berlin")
    except ZoneInfoNotFoundError:
        pytest.skip("no time-zone database on this system")
    src = variant(tmp_path, ("timezone: UTC", "timezone: Europe/Berlin"))  # times without offset
    assert posts(thread(T101, src=src))["101/5003"].posted_at == "2026-03-02T15:45:00Z"


def test_thread_behind_a_login_is_an_error() -> None:
    with pytest.raises(ParseError) as caught:
        parse("login", T104, "thread", final_url=f"{BASE}/login/?from=104")
    assert str(caught.value) == (
        f"{BASE}/login/?from=104: no posts (selector 'article.post'); "
        "the thread may need a login, be deleted, or its markup changed"
    )
    with pytest.raises(ParseError, match="cannot read pages of kind 'listing'"):
        parse("thread-102", T102, "listing")
    with pytest.raises(ParseError, match=r"/forum/12-reptiles-for-sale/: not a thread URL"):
        parse("thread-102", BOARD, "thread")


def test_nested_posts_and_a_next_link_to_another_thread() -> None:
    html = (  # a threaded view: post 2 sits inside post 1; quotes are removed from both
        '<h1 class="topic-title">T</h1><article class="post" data-post-id="1"><div class='
        '"post-content">x<blockquote class="quote">q1</blockquote><article class="post" '
        'data-post-id="2"><p>y</p><blockquote class="quote">q2</blockquote></article></div>'
        '</article><nav class="pagination"><a rel="next" href="/topic/999-other/">Next</a></nav>'
    )
    result = parse("", T102, "thread", html=html)
    assert [(r.external_id, r.text, r.seller, r.posted_at, r.lang) for r in result.listings] == [
        ("102/1", "x\ny", None, None, None),  # the inner post's text is repeated (documented)
        ("102/2", "", None, None, None),  # ".post-content" is not inside post 2
    ]
    assert result.listings[0].field_origins == {"title": "html", "text": "html"}
    assert result.follow == ()


def test_bundled_definition_is_valid_and_has_a_schema() -> None:
    definition, digest = forumdef.load_forum_definition("example-forum")
    assert (definition.id, definition.boards, len(digest)) == ("example-forum", [BOARD], 64)
    assert "post_fields" in forumdef.FORUM_DEFINITION_SCHEMA["properties"]
    assert "TEST / DEMO DEFINITION" in DEFINITION.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("(?P<id>[0-9]+)", "([0-9]+)"), "thread_url_pattern: Value error, needs a named group"),
        (("(?P<id>[0-9]+)", "(?P<id>[0-9+"), "thread_url_pattern: Value error, not a valid"),
        (('"post-{id}"', '"post-{num}"'), "post_anchor: Value error, must contain {id}"),
        (("{selector: self, attr: data-post-id}", "self"), "post_fields.id: Value error, the post"),
        (("  author:", "  writer:"), "post_fields.writer: Extra inputs are not permitted"),
        (('  text: ".post-content"\n', ""), "post_fields.text: Field required"),
        (("timezone: UTC", "timezone: Mars/Olympus"), "unknown time zone 'Mars/Olympus'"),
        (("  - /forum/12-reptiles-for-sale/", "  - forum/12"), "boards.0: String should match"),
        (("version: 1", "version: 0"), "version: Input should be greater than or equal to 1"),
        (("max_thread_pages: 20", "max_thread_pages: 0"), "max_thread_pages: Input should be"),
        (("http://127.0.0.1:8731", "127.0.0.1:8731"), "base_url: String should match pattern"),
        (("id: example-forum", "id: Example Forum"), "id: String should match pattern"),
        (("version: 1", "version: 1\ncolour: red"), "colour: Extra inputs are not permitted"),
        (("  - .signature", "  - ''"), "post_exclude: Value error, empty selector"),
    ],
)
def test_errors_name_the_field_and_reason(change: tuple[str, str], message: str) -> None:
    text = DEFINITION.read_text(encoding="utf-8")
    assert change[0] in text
    with pytest.raises(ForumDefinitionError) as info:
        forumdef.parse_forum_definition(text.replace(*change), "my.yaml")
    assert str(info.value).startswith("forum definition my.yaml: ")
    assert message in str(info.value)


def test_not_yaml_not_a_mapping_and_unknown_reference(tmp_path: Path) -> None:
    with pytest.raises(ForumDefinitionError, match="not valid YAML"):
        forumdef.parse_forum_definition("id: [unclosed", "bad.yaml")
    with pytest.raises(ForumDefinitionError, match="expected a mapping"):
        forumdef.parse_forum_definition("- a\n- b\n", "list.yaml")
    with pytest.raises(
        ForumDefinitionError, match=r"no bundled forum of that id \(bundled: .*example-forum"
    ):
        forumdef.load_forum_definition("no-such-forum", tmp_path)
    # a plan reports it like a bad site definition
    assert issubclass(ForumDefinitionError, SiteDefinitionError)


class Forum(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        name = ROUTES.get(self.path)
        moved = urlsplit(self.path).path == T104  # members only: to the login, like real forums
        body = b"" if moved else (PAGES / f"{name}.html").read_bytes() if name else b"not found"
        self.send_response(302 if moved else 200 if name else 404)
        if moved:
            self.send_header("Location", "/login/?from=104")
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def forum_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Forum)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.integration
def test_patrol_reads_every_post_once(tmp_path: Path, forum_server: str) -> None:
    config = ForumSourceConfig(forum="example-forum", base_url=forum_server)
    entry = {"source": "source.forum.v1", "forum": "example-forum"}
    model = PlanModel(name="forum", delay=0, sources=[entry])
    plan = Plan(model=model, sources=(ForumSource(config),), origin="test")
    flags = {"home": tmp_path / "home", "allow_hosts": ["127.0.0.1"]}
    settings = load_settings(flags, environ={}).settings
    store = Store(settings)
    try:
        summary = PatrolRunner(store, settings).run(plan)
        with store.sessions() as session:
            listings = session.scalars(select(Listing).order_by(Listing.id)).all()
            found = select(Listing.external_id, Detection.taxon_name).join(
                Detection, Detection.listing_id == Listing.id
            )
            detected = {(external_id, taxon) for external_id, taxon in session.execute(found)}
    finally:
        store.close()
    # 2 board pages, 4 thread pages, the login page a members-only thread redirects to
    assert (summary.status, summary.pages_fetched, summary.errors) == ("completed", 7, 1)
    assert f"{forum_server}/login/?from=104: no posts" in summary.error_messages[0]
    # every post once: thread 101 is linked from both boards
    assert sorted(row.external_id for row in listings) == ALL_POSTS
    assert summary.listings_new == len(ALL_POSTS)
    assert {row.source_id for row in listings} == {"example-forum"}
    by_id = {row.external_id: (row.url, row.title) for row in listings}
    assert by_id["101/5004"] == (f"{forum_server}{T101_2}#post-5004", "Re: " + TITLE_101)
    radiated = {external_id for external_id, taxon in detected if taxon == "Astrochelys radiata"}
    # the offers, and every reply too: a reply's title is "Re: <thread title>"
    assert radiated == {"101/5001", "101/5002", "101/5003", "101/5004", "101/5005"}
    assert ("103/7001", "Testudo hermanni") in detected  # the legal offer is detected too
    assert ("102/6001", "Python regius") in detected
