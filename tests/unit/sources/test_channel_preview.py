"""The channel-preview source: saved preview pages parse to exact messages, and a real patrol
reads a fictitious channel served on 127.0.0.1, both pages, storing and screening every message.

The pages under fixtures/channel_preview/pages/ are written for these tests (a fictitious
channel; the phone numbers are in the UK's range reserved for drama). They sit one folder down
so the golden-file test, which reads fixtures/<site>/*.html, does not take them for listings.
"""

from __future__ import annotations

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
from wildtrace.sources.channel_preview import ChannelPreviewConfig, ChannelPreviewSource
from wildtrace.store.db import Store
from wildtrace.store.models import Alert, Listing

PAGES = Path(__file__).parents[2] / "fixtures" / "channel_preview" / "pages"
CHANNEL = "exotic_pets_fast_ship"
NEWEST_URL = f"https://t.me/s/{CHANNEL}"
OLDER_URL = f"https://t.me/s/{CHANNEL}?before=140"
NEWEST_IDS = [148, 147, 146, 145, 144, 143, 142, 141]  # 140 is a service message
OLDER_IDS = [138, 136, 134, 132, 131]
# Appendix I offers (138: a weekend sale of tortoises, parrots and lorises, "serious buyers
# please contact admin"); 134 is II, no permit asked
ALERTED = {138, 141, 142, 144, 145, 147, 131, 136}
TITLE = "Exotic Pets 🦜 Fast Ship Worldwide"


def source(**config: object) -> ChannelPreviewSource:
    return ChannelPreviewSource(
        ChannelPreviewConfig.model_validate({"channels": [CHANNEL]} | config)
    )


def parse(
    name: str, url: str, page: int = 1, src: ChannelPreviewSource | None = None
) -> ParseResult:
    fetched = FetchedPage(
        url=url,
        final_url=url,
        status_code=200,
        content_type="text/html; charset=utf-8",
        headers=(),
        body=(PAGES / f"{name}.html").read_bytes(),
        elapsed_ms=0,
    )
    return (src or source()).parse(fetched, PageRef("channel", CHANNEL, page, url))


def by_id(result: ParseResult) -> dict[int, ListingRecord]:
    return {int(r.external_id.split("/")[1]): r for r in result.listings}


def test_config_and_identity() -> None:
    src = source()
    assert src.seeds() == [Seed("channel", f"/s/{CHANNEL}", CHANNEL, 1)]
    assert (src.key, src.name, src.max_listings) == (
        "channel-preview",
        "public channel previews",
        None,
    )
    assert src.resolve(f"/s/{CHANNEL}?before=140") == OLDER_URL
    assert src.relativise(OLDER_URL) == f"/s/{CHANNEL}?before=140"
    assert src.accept_types == ("text/html", "application/xhtml+xml")
    local = source(base_url="http://127.0.0.1:8080/", max_messages=3)
    assert (local.key, local.max_listings) == ("channel-preview", 3)
    assert local.resolve(f"/s/{CHANNEL}") == f"http://127.0.0.1:8080/s/{CHANNEL}"
    assert len(src.definition_sha256) == 64
    invalid: list[dict[str, object]] = [
        {"channels": []},
        {"channels": ["@x y"]},
        {"channels": ["abc"], "base_url": "https://t.me/s/abc"},
        {"channels": ["abc"], "extra": 1},
    ]
    for bad in invalid:
        with pytest.raises(ValidationError):
            ChannelPreviewConfig.model_validate(bad)


def test_newest_page_messages() -> None:
    result = parse("newest", NEWEST_URL)
    assert [int(r.external_id.split("/")[1]) for r in result.listings] == NEWEST_IDS
    first = by_id(result)[141]
    assert first == ListingRecord(
        source_id="channel-preview",
        external_id=f"{CHANNEL}/141",
        url=f"https://t.me/{CHANNEL}/141",
        title="🦜 African grey parrots, hand-fed babies, DNA sexed",
        text="🦜 African grey parrots, hand-fed babies, DNA sexed\n"
        "Price 650$ each, shipping worldwide 🌍\nWhatsApp +44 7700 900123",
        seller=CHANNEL,
        seller_name=TITLE,
        posted_at="2026-11-02T10:15:00Z",
        images=("https://cdn.example.net/file/greys-141.jpg",),
        field_origins={
            "title": "html",
            "text": "html",
            "seller": "html",
            "seller_name": "html",
            "posted_at": "html",
            "images": "html",
        },
    )
    assert all(r.price is None and r.lang is None for r in result.listings)


def test_message_details() -> None:
    records = by_id(parse("newest", NEWEST_URL))
    loris = records[142]
    assert loris.images == (  # an album; the second style quotes with &quot; and has no scheme
        "https://cdn.example.net/file/loris-142a.jpg",
        "https://cdn.example.net/file/loris-142b.jpg",
    )
    assert loris.text.endswith("No papers, discreet delivery\nDM @loris_deals_admin")
    assert "Budi" not in repr(loris)  # the post author's signature is not recorded
    scales = records[144]
    assert scales.posted_at == "2026-11-03T02:05:00Z"  # +07:00 converted to UTC
    assert scales.text.splitlines()[-1] == "WhatsApp +44 7700 900456"  # a link's visible text
    assert records[146].text == (
        "Thanks to all buyers this month 🙏\n\nNew stock arriving next week, stay tuned!"
    )
    assert records[147].title == "Radiated tortoise juveniles 🐢 10 pcs"  # <b> is plain text
    # a reply: the quoted message is not part of this one
    assert records[148].text == "SOLD OUT ❌\nnext batch in December, write to book one"


def test_photo_only_message_is_kept_with_a_placeholder_title() -> None:
    photo = by_id(parse("newest", NEWEST_URL))[143]
    assert (photo.title, photo.text) == ("(photo)", "")
    assert photo.images == ("https://cdn.example.net/file/cage-143.jpg",)
    assert photo.field_origins["title"] == "placeholder"
    assert "text" not in photo.field_origins


def test_service_message_is_skipped() -> None:
    assert 140 not in by_id(parse("newest", NEWEST_URL))


def test_older_messages_link_is_followed() -> None:
    assert parse("newest", NEWEST_URL).follow == (
        Seed("channel", f"/s/{CHANNEL}?before=140", CHANNEL, 2),
    )


def test_older_page_and_its_end() -> None:
    result = parse("older", OLDER_URL, page=2)
    assert [int(r.external_id.split("/")[1]) for r in result.listings] == OLDER_IDS
    assert result.follow == ()  # only a "newer messages" link (data-after): not followed
    records = by_id(result)
    assert records[131].url == f"https://t.me/{CHANNEL}/131"
    assert records[131].posted_at == "2026-10-20T16:00:00Z"
    assert records[136].text == (
        "Pygmy slow loris (Nycticebus pygmaeus) young female\nPrice 900 USD, delivery in Bangkok"
    )
    long = records[138]
    assert long.title == (
        "🔥🔥 BIG SALE this weekend only on all our tortoises, parrots, lorises and more, "
        "serious buyers please contact admin for…"
    )  # cut at a space within 120 characters
    assert long.text.startswith(long.title[:-1])


def test_max_pages_stops_pagination() -> None:
    assert parse("newest", NEWEST_URL, src=source(max_pages=1)).follow == ()
    assert parse("newest", NEWEST_URL, page=3, src=source(max_pages=3)).follow == ()
    assert len(parse("newest", NEWEST_URL, page=2, src=source(max_pages=3)).follow) == 1


def test_max_messages_keeps_the_newest_and_stops_paging() -> None:
    capped = parse("newest", NEWEST_URL, src=source(max_messages=3))
    assert [r.external_id for r in capped.listings] == [f"{CHANNEL}/{n}" for n in (148, 147, 146)]
    assert capped.follow == ()
    assert parse("newest", NEWEST_URL, src=source(max_messages=8)).follow == ()


def test_max_messages_counts_across_pages() -> None:
    src = source(max_messages=10)
    newest = parse("newest", NEWEST_URL, src=src)
    assert len(newest.listings) == 8
    assert newest.follow == (Seed("channel", f"/s/{CHANNEL}?before=140#taken=8", CHANNEL, 2),)
    older = parse("older", src.resolve(newest.follow[0].target), page=2, src=src)
    assert [r.external_id for r in older.listings] == [f"{CHANNEL}/138", f"{CHANNEL}/136"]
    assert parse("older", OLDER_URL + "#taken=10", page=2, src=src).listings == ()


def test_not_a_channel_preview() -> None:
    url = "https://t.me/no_such_channel_here"
    with pytest.raises(ParseError) as caught:
        parse("not_found", url)
    assert str(caught.value) == (
        f"{url}: not a public channel preview (channel may be private or not exist)"
    )


# --- end to end: a real patrol against a local server ----------------------------------------


class Preview(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        routes = {
            f"/s/{CHANNEL}": "newest",
            f"/s/{CHANNEL}?before=140": "older",
            "/gone_channel": "not_found",
        }
        if self.path == "/s/gone_channel":  # like the real site: a missing preview redirects
            self.send_response(302)
            self.send_header("Location", "/gone_channel")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        name = routes.get(self.path)
        body = (PAGES / f"{name}.html").read_bytes() if name else b"not found"
        self.send_response(200 if name else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def preview_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Preview)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_patrol_reads_both_pages_and_raises_alerts(tmp_path: Path, preview_server: str) -> None:
    channels = [CHANNEL, "gone_channel"]
    config = ChannelPreviewConfig(channels=channels, base_url=preview_server)
    plan = Plan(
        model=PlanModel(
            name="channels",
            delay=0,
            sources=[{"source": "source.channel_preview.v1", "channels": channels}],
        ),
        sources=(ChannelPreviewSource(config),),
        origin="test",
    )
    settings = load_settings({"home": tmp_path / "home", "allow_hosts": ["127.0.0.1"]}).settings
    store = Store(settings)
    summary = PatrolRunner(store, settings).run(plan)
    assert summary.status == "completed"
    assert summary.pages_fetched == 3
    assert summary.errors == 1
    assert "/gone_channel: not a public channel preview" in summary.error_messages[0]
    with store.sessions() as session:
        listings = session.scalars(select(Listing)).all()
        alerted = session.scalars(select(Listing.external_id).join(Alert)).all()
    ids = sorted(int(row.external_id.split("/")[1]) for row in listings)
    assert ids == sorted(NEWEST_IDS + OLDER_IDS)  # each message once, the service message not
    assert {row.source_id for row in listings} == {"channel-preview"}
    assert sorted(int(a.split("/")[1]) for a in alerted) == sorted(ALERTED)
    assert 143 not in {int(a.split("/")[1]) for a in alerted}  # the photo-only message
    assert summary.listings_new == len(ids)
    store.close()
