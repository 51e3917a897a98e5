"""A batch of finished fetches stored together: one statement per table for the batch, and
the same outcomes as storing the pages one by one — a listing on two pages of a batch keeps
both versions, a repeated body is recorded against the first page's capture, a page whose
parser or detector fails is recorded as failed while the rest of the batch is stored, and the
custody chain stays intact. On SQLite and on PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import func, select

from wildtrace.config import Settings, load_settings
from wildtrace.crawl import frontier
from wildtrace.detect.engine import Engine, ListingText
from wildtrace.domain.analysis import Analysis, RiskAssessment, RiskReason, TaxonMatch
from wildtrace.domain.listing import FetchedPage, ListingRecord
from wildtrace.evidence.blobs import BlobStore
from wildtrace.evidence.custody import verify_ledger
from wildtrace.evidence.keep import Kept
from wildtrace.patrol.page_writer import Job, PageWriter
from wildtrace.sources.base import PageRef, ParseError, ParseResult, Seed
from wildtrace.store.db import Store
from wildtrace.store.models import Alert, Capture, CustodyEvent, FrontierItem, Listing, PatrolRun


class FakeEngine:
    """Flags any text with 'ivory'; fails on 'boom' (a detector bug)."""

    class kb:  # noqa: N801 - stands for the engine's knowledge base attribute
        class export:  # noqa: N801
            @staticmethod
            def label() -> str:
                return "seed"

    def analyse(self, listing: ListingText) -> Analysis:
        if "boom" in listing.text:
            raise RuntimeError("detector bug")
        taxa = ()
        if "ivory" in listing.text:
            taxa = (
                TaxonMatch(
                    "Loxodonta africana",
                    "t1",
                    "SPECIES",
                    "I",
                    "ivory",
                    0,
                    5,
                    "name_en",
                    "detector.test.v1",
                    0.9,
                ),
            )
        risk = RiskAssessment(90 if taxa else 0, (RiskReason("appendix_i", 90, "App. I"),), "r")
        return Analysis(taxa, risk, bool(taxa))


@dataclass
class FeedSource:
    """Each page lists the listings given for its URL, and may point to further pages."""

    pages: dict[str, tuple[list[tuple[str, str]], list[str]]]
    key: str = "feed"
    id: str = "source.test.v1"
    max_listings: int | None = None

    def parse(self, page: FetchedPage, ref: PageRef) -> ParseResult:
        if b"garbled" in page.body:
            raise ParseError(f"{page.url}: not a feed")
        listings, follow = self.pages.get(page.url, ([], []))
        return ParseResult(
            tuple(
                ListingRecord(self.key, ext, f"{page.url}#{ext}", f"item {ext}", text)
                for ext, text in listings
            ),
            tuple(Seed("feed", url, None) for url in follow),
        )


def _page(url: str, body: bytes) -> Kept:
    fetched = FetchedPage(url, url, 200, "text/html", (), body, 1)
    return Kept(fetched, "0" * 64)


def _run(store: Store) -> int:
    with store.transaction() as session:
        run = PatrolRun(
            plan_name="p",
            plan_sha256="x",
            plan={},
            status="running",
            started_at=datetime.now(UTC),
            attempts=1,
        )
        session.add(run)
        session.flush()
        frontier.enqueue(
            session,
            run.id,
            [frontier.NewItem("feed", "feed", f"http://s.test/{n}", None) for n in range(1, 7)],
        )
        return run.id


def _store_batch(store: Store, run_id: int, source: FeedSource, bodies: dict[str, bytes]) -> None:
    with store.sessions() as session:
        items = {i.target: i.id for i in session.scalars(select(FrontierItem))}
    batch: list[tuple[Any, Job, Kept | BaseException]] = [
        (source, Job(items[url], "feed", "feed", None, 1, url), _page(url, body))
        for url, body in bodies.items()
    ]
    with store.transaction() as session:
        writer = PageWriter(
            session, run_id, "p", cast(Engine, FakeEngine()), cast(BlobStore, None), {}, 50
        )
        writer.handle_batch(batch)


def _check(store: Store) -> None:
    run_id = _run(store)
    source = FeedSource(
        {
            "http://s.test/1": ([("A", "ivory v1"), ("B", "plain")], ["http://s.test/9"]),
            "http://s.test/2": ([("A", "ivory v2")], []),
            "http://s.test/4": ([("C", "boom")], []),
            "http://s.test/5": ([("D", "ivory too")], []),
        }
    )
    _store_batch(
        store,
        run_id,
        source,
        {
            "http://s.test/1": b"one",
            "http://s.test/2": b"two",
            "http://s.test/3": b"one",  # the same body as page 1: not processed again
            "http://s.test/4": b"four",  # its listing makes the detector fail
            "http://s.test/5": b"five",
            "http://s.test/6": b"garbled",  # cannot be parsed
        },
    )
    with store.sessions() as session:
        listings = {x.external_id: x for x in session.scalars(select(Listing))}
        assert sorted(listings) == ["A", "B", "D"]
        assert listings["A"].text == "ivory v2"  # the later page of the batch stored last
        alerts = session.scalars(select(Alert)).all()
        assert len(alerts) == 3  # A's two versions and D
        items = {i.target: i for i in session.scalars(select(FrontierItem))}
        captures = {c.id: c.url for c in session.scalars(select(Capture))}
        assert items["http://s.test/1"].state == frontier.DONE
        first_capture = items["http://s.test/1"].capture_id
        assert captures[first_capture] == "http://s.test/1"
        assert items["http://s.test/3"].state == frontier.DONE
        assert items["http://s.test/3"].error == (
            f"same content as capture {first_capture}: not processed again"
        )
        assert captures[items["http://s.test/3"].capture_id] == "http://s.test/3"
        assert items["http://s.test/4"].state == frontier.FAILED
        assert "RuntimeError: detector bug" in (items["http://s.test/4"].error or "")
        assert items["http://s.test/6"].state == frontier.FAILED
        assert "not a feed" in (items["http://s.test/6"].error or "")
        assert items["http://s.test/5"].state == frontier.DONE
        assert "http://s.test/9" in items  # page 1 pointed to it
        assert listings["A"].last_capture_id == items["http://s.test/2"].capture_id
        # one custody event per stored capture, in one unbroken chain
        events = session.scalars(select(CustodyEvent).order_by(CustodyEvent.seq)).all()
        assert [e.subject for e in events] == [
            f"capture:{items[u].capture_id}"
            for u in ("http://s.test/1", "http://s.test/2", "http://s.test/3", "http://s.test/5")
        ]
        assert session.scalar(select(func.count()).select_from(Capture)) == 6
    with store.sessions() as session:
        assert verify_ledger(session) == []


def test_a_batch_is_stored_as_its_pages_would_be_on_sqlite(store: Store) -> None:
    _check(store)


def test_a_batch_is_stored_as_its_pages_would_be_on_postgresql(home: Path, pg_url: str) -> None:
    settings: Settings = load_settings(
        {"allow_hosts": ["127.0.0.1"], "database_url": pg_url}
    ).settings
    store = Store(settings)
    try:
        _check(store)
    finally:
        store.close()
