"""Store what the fetches of one batch brought back, inside the batch's transaction.

For each finished fetch: a refusal by robots.txt is skipped, a revisited listing that answers
404/410 is marked removed, a failed fetch is recorded on its frontier item; a page is parsed and
its new listings analysed before it writes anything (a bug in one parser or detector only fails
that page), then its capture, custody event, listings, detections, risk, alerts and the pages it
points to are stored, and its frontier item finished.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from wildtrace.crawl import frontier
from wildtrace.crawl.guard import BlockedURL
from wildtrace.crawl.http import FetchError
from wildtrace.crawl.polite import RobotsDisallowed
from wildtrace.detect.engine import Engine, ListingText
from wildtrace.domain.analysis import Analysis
from wildtrace.domain.listing import FetchedPage, ListingRecord
from wildtrace.evidence import custody
from wildtrace.evidence.blobs import BlobStore
from wildtrace.evidence.keep import Kept
from wildtrace.patrol.pipeline import (
    StoredListing,
    find_listing,
    store_analysis,
    store_capture,
    write_listing,
)
from wildtrace.patrol.revisits import GONE, REVISIT, mark_removed
from wildtrace.sources.base import PageRef, ParseError, Seed, Source

log = logging.getLogger(__name__)

Bodies = dict[tuple[str | None, str], int]  # (source, body sha256) -> first capture in the run
ALWAYS_PARSED = frozenset({"listing", REVISIT})  # pages never deduplicated by their body


@dataclass(frozen=True)
class Job:
    item_id: int
    source_key: str
    kind: str
    query: str | None
    page: int
    url: str


@dataclass(frozen=True)
class _Prepared:
    record: ListingRecord
    known: StoredListing | None
    content: str
    analysis: Analysis | None  # None: content unchanged since it was last analysed


def _distinct(records: tuple[ListingRecord, ...]) -> list[ListingRecord]:
    """One record per listing id within a page (the last wins), so each is written once."""
    return list({(r.source_id, r.external_id): r for r in records}.values())


class PageWriter:
    """Writes the pages of one batch; `bodies` is the run's memory of the bodies it stored."""

    def __init__(
        self,
        session: Session,
        run_id: int,
        plan_name: str,
        engine: Engine,
        blobs: BlobStore,
        bodies: Bodies,
        alert_threshold: int,
    ) -> None:
        self.session = session
        self.chain = custody.Chain(session)
        self.run_id = run_id
        self.plan_name = plan_name
        self.engine = engine
        self.blobs = blobs
        self.bodies = bodies
        self.alert_threshold = alert_threshold

    def handle(self, source: Source, job: Job, task: asyncio.Task[Kept]) -> None:
        """Store one finished fetch; any failure is recorded on its item and the patrol goes on."""
        error = task.exception()
        if isinstance(error, RobotsDisallowed):
            frontier.finish(self.session, job.item_id, frontier.SKIPPED, error=str(error))
            return
        if isinstance(error, FetchError) and self._removed(source, job, error):
            return
        if error is not None:
            message = (
                error
                if isinstance(error, FetchError | BlockedURL)
                else f"{job.url}: {type(error).__name__}: {error}"
            )
            self._fail(job, source, message)
            return
        kept = task.result()
        page = kept.page
        if self._duplicate(source, job, kept):
            return
        try:
            kind = getattr(source, "revisit_kind", job.kind) if job.kind == REVISIT else job.kind
            result = source.parse(page, PageRef(kind, job.query, job.page, job.url))
            prepared = [self._prepare(record) for record in _distinct(result.listings)]
        except ParseError as exc:
            self._fail(job, source, exc, page)
            return
        except (SQLAlchemyError, OSError):
            raise
        except Exception as exc:  # a bug in one parser or detector must not stop the patrol
            log.exception("processing %s failed", job.url)
            self._fail(job, source, f"{job.url}: {type(exc).__name__}: {exc}", page)
            return
        capture_id = self._capture(source, kept, remember=job.kind not in ALWAYS_PARSED)
        for item in prepared:
            listing, _ = write_listing(
                self.session,
                item.record,
                item.known,
                self.run_id,
                capture_id,
                source.id,
                item.content,
            )
            if item.analysis is not None:
                store_analysis(
                    self.session,
                    listing,
                    item.analysis,
                    self.run_id,
                    self.alert_threshold,
                    self.engine.kb.export.label(),
                )
        self._enqueue(source, job, result.follow)
        frontier.finish(self.session, job.item_id, frontier.DONE, capture_id)

    def _capture(self, source: Source, kept: Kept, remember: bool = False) -> int:
        """Store the capture and its custody event; with `remember`, note its body for this
        run (only pages that may be deduplicated: the memory stays small)."""
        page = kept.page
        capture = store_capture(
            self.session, page, self.run_id, source.key, source.id, kept.warc_sha256
        )
        self.chain.append(
            f"capture:{capture.id}",
            "captured",
            f"patrol {self.plan_name} run {self.run_id}",
            {"url": page.final_url, "sha256": page.sha256, "warc_sha256": kept.warc_sha256},
        )
        if remember:
            self.bodies.setdefault((source.key, page.sha256), capture.id)
        return capture.id

    def _duplicate(self, source: Source, job: Job, kept: Kept) -> bool:
        """A results page (or feed, board, channel page) whose body this source already served
        in this run — the same page under another address, or a site repeating a page for any
        page number — is kept as a capture but not parsed again: what it lists is stored.
        Listing pages are always parsed: a site may serve two listings, each known by its own
        address, with the same body, and both must be recorded."""
        if job.kind in ALWAYS_PARSED:
            return False
        first = self.bodies.get((source.key, kept.page.sha256))
        if first is None:
            return False
        capture_id = self._capture(source, kept)
        note = f"same content as capture {first}: not processed again"
        frontier.finish(self.session, job.item_id, frontier.DONE, capture_id, error=note)
        return True

    def _prepare(self, record: ListingRecord) -> _Prepared:
        """Read what is stored of the listing and analyse it if its content is new."""
        known = find_listing(self.session, record)
        content = record.content_hash()
        if known is not None and known.content_sha256 == content:
            return _Prepared(record, known, content, None)
        analysis = self.engine.analyse(
            ListingText(
                id=record.external_id,
                title=record.title,
                text=record.text,
                price=record.price,
                lang=record.lang,
                url=record.url,
            )
        )
        return _Prepared(record, known, content, analysis)

    def _removed(self, source: Source, job: Job, error: FetchError) -> bool:
        """A revisited listing answering 404/410 is recorded as removed, with that response."""
        page = error.page
        if job.kind != REVISIT or page is None or page.status_code not in GONE:
            return False
        self.blobs.put(page.body)
        if not mark_removed(self.session, self.run_id, source, job.url, page):
            return False
        frontier.finish(self.session, job.item_id, frontier.DONE, error=str(error))
        return True

    def _fail(
        self, job: Job, source: Source, error: object, page: FetchedPage | None = None
    ) -> None:
        capture_id = None
        if page is not None:
            capture_id = store_capture(
                self.session, page, self.run_id, job.source_key, source.id
            ).id
        frontier.finish(self.session, job.item_id, frontier.FAILED, capture_id, str(error))

    def _enqueue(self, source: Source, job: Job, follow: tuple[Seed, ...]) -> None:
        """Queue the pages a page points to, within the source's per-query listing limit:
        when the limit cuts a results page short, its next page is not followed."""
        listings = [s for s in follow if s.kind == "listing"]
        others = [s for s in follow if s.kind != "listing"]
        if source.max_listings is not None:
            taken = frontier.count_listings_for_query(
                self.session, self.run_id, source.key, job.query
            )
            kept = listings[: max(0, source.max_listings - taken)]
            if len(kept) < len(listings):
                others = []
            listings = kept
        frontier.enqueue(
            self.session,
            self.run_id,
            [
                frontier.NewItem(source.key, s.kind, s.target, s.query, s.page)
                for s in [*listings, *others]
            ],
        )
