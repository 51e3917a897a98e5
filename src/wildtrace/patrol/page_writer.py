"""Store what the fetches of one batch brought back, inside the batch's transaction.

For each finished fetch: a refusal by robots.txt is skipped, a revisited listing that answers
404/410 is marked removed, a failed fetch is recorded on its frontier item; a page is parsed and
its new listings analysed before it writes anything (a bug in one parser or detector only fails
that page), then its capture, custody event, listings, detections, risk, alerts and the pages it
points to are stored, and its frontier item finished.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field

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
    ListingWrite,
    StoredListing,
    capture_values,
    find_listings,
    insert_captures,
    store_analyses,
    store_capture,
    write_listings,
)
from wildtrace.patrol.revisits import GONE, REVISIT, mark_removed
from wildtrace.sources.base import PageRef, ParseError, ParseResult, Seed, Source

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


@dataclass
class _Page:
    """A fetched page of the batch on its way to the store."""

    source: Source
    job: Job
    kept: Kept
    result: ParseResult | None = None  # None: a body this run has processed already
    same_as: _Page | None = None  # the page of this batch with the same body, if any
    prepared: list[_Prepared] = field(default_factory=list)
    capture_id: int | None = None

    @property
    def body_key(self) -> tuple[str, str]:
        return (self.source.key, self.kept.page.sha256)


def _distinct(records: tuple[ListingRecord, ...]) -> list[ListingRecord]:
    """One record per listing id within a page (the last wins), so each is written once."""
    return list({(r.source_id, r.external_id): r for r in records}.values())


class PageWriter:
    """Writes the pages of one batch; `bodies` is the run's memory of the bodies it stored.

    The batch's pages are parsed and analysed first, one by one (a failure fails that page
    only); then their captures, custody events, listings, detections, risks, alerts, new
    frontier items and finished items are written with one statement per table for the
    whole batch, not one per page."""

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

    def handle_batch(self, finished: list[tuple[Source, Job, Kept | BaseException]]) -> None:
        """Store the fetches that finished together (each a kept page, or why the fetch
        failed); any failure is recorded on its item and the patrol goes on."""
        pages: list[_Page] = []
        first: dict[tuple[str, str], _Page] = {}  # bodies parsed in this batch
        for source, job, outcome in finished:
            page = self._read(source, job, outcome, first)
            if page is not None:
                pages.append(page)
        pages = self._prepare_all(pages)
        if not pages:
            return
        self._capture_all(pages)
        self._write_listings(pages)
        self._enqueue_all(pages)
        frontier.finish_many(
            self.session,
            [
                frontier.Finished(
                    p.job.item_id, frontier.DONE, p.capture_id, self._duplicate_note(p)
                )
                for p in pages
            ],
        )

    def _read(
        self,
        source: Source,
        job: Job,
        outcome: Kept | BaseException,
        first: dict[tuple[str, str], _Page],
    ) -> _Page | None:
        """The fetched page, parsed unless its body was processed already; None when the
        fetch failed or was refused, or the page could not be parsed (then recorded here)."""
        if isinstance(outcome, BaseException):
            self._record_error(source, job, outcome)
            return None
        page = _Page(source, job, outcome)
        if job.kind not in ALWAYS_PARSED:
            if page.body_key in self.bodies:
                return page
            if page.body_key in first:
                page.same_as = first[page.body_key]
                return page
        if not self._parse(page):
            return None
        if job.kind not in ALWAYS_PARSED:
            first[page.body_key] = page
        return page

    def _record_error(self, source: Source, job: Job, error: BaseException) -> None:
        """A fetch that did not bring a page back: refused by robots.txt (skipped), a
        revisited listing gone (removed), or failed."""
        if isinstance(error, RobotsDisallowed):
            frontier.finish(self.session, job.item_id, frontier.SKIPPED, error=str(error))
            return
        if isinstance(error, FetchError) and self._removed(source, job, error):
            return
        message = (
            error
            if isinstance(error, FetchError | BlockedURL)
            else f"{job.url}: {type(error).__name__}: {error}"
        )
        self._fail(job, source, message)

    def _parse(self, page: _Page) -> bool:
        """Parse the page; a page that cannot be parsed is recorded as failed (False)."""
        job, source = page.job, page.source
        try:
            kind = getattr(source, "revisit_kind", job.kind) if job.kind == REVISIT else job.kind
            page.result = source.parse(page.kept.page, PageRef(kind, job.query, job.page, job.url))
        except ParseError as exc:
            self._fail(job, source, exc, page.kept.page)
            return False
        except Exception as exc:  # a bug in one parser must not stop the patrol
            log.exception("parsing %s failed", job.url)
            self._fail(job, source, f"{job.url}: {type(exc).__name__}: {exc}", page.kept.page)
            return False
        return True

    def _prepare_all(self, pages: list[_Page]) -> list[_Page]:
        """Look up the batch's listings in one query and analyse those whose content is new;
        a page whose analysis fails is recorded as failed and dropped from the batch."""
        records = [r for p in pages if p.result is not None for r in p.result.listings]
        stored = find_listings(self.session, records) if records else {}
        keys = Counter(
            (r.source_id, r.external_id)
            for p in pages
            if p.result is not None
            for r in _distinct(p.result.listings)
        )
        kept = []
        for page in pages:
            if page.result is None:
                kept.append(page)
                continue
            try:
                page.prepared = [
                    self._prepare(r, stored.get((r.source_id, r.external_id)), keys)
                    for r in _distinct(page.result.listings)
                ]
            except (SQLAlchemyError, OSError):
                raise
            except Exception as exc:  # a bug in one detector must not stop the patrol
                log.exception("processing %s failed", page.job.url)
                message = f"{page.job.url}: {type(exc).__name__}: {exc}"
                page.capture_id = self._fail(page.job, page.source, message, page.kept.page)
                continue
            kept.append(page)
        return kept

    def _prepare(
        self, record: ListingRecord, known: StoredListing | None, keys: Counter[tuple[str, str]]
    ) -> _Prepared:
        """Analyse the listing if its content is new (always when the batch holds it twice:
        the page written first may change what is stored)."""
        content = record.content_hash()
        repeated = keys[(record.source_id, record.external_id)] > 1
        if known is not None and known.content_sha256 == content and not repeated:
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

    def _capture_all(self, pages: list[_Page]) -> None:
        """Store the pages' captures and their custody events; note the bodies of pages that
        may be deduplicated (only those: the run's memory stays small)."""
        rows = [
            capture_values(p.kept.page, self.run_id, p.source.key, p.source.id, p.kept.warc_sha256)
            for p in pages
        ]
        for page, capture_id in zip(pages, insert_captures(self.session, rows), strict=True):
            page.capture_id = capture_id
        self.chain.append_many(
            [
                (
                    f"capture:{p.capture_id}",
                    "captured",
                    f"patrol {self.plan_name} run {self.run_id}",
                    {
                        "url": p.kept.page.final_url,
                        "sha256": p.kept.page.sha256,
                        "warc_sha256": p.kept.warc_sha256,
                    },
                )
                for p in pages
            ]
        )
        for page in pages:
            if page.result is not None and page.job.kind not in ALWAYS_PARSED:
                assert page.capture_id is not None
                self.bodies.setdefault(page.body_key, page.capture_id)

    def _duplicate_note(self, page: _Page) -> str | None:
        """A results page (or feed, board, channel page) whose body this source already served
        in this run — the same page under another address, or a site repeating a page for any
        page number — is kept as a capture but not parsed again: what it lists is stored.
        Listing pages are always parsed: a site may serve two listings, each known by its own
        address, with the same body, and both must be recorded."""
        if page.result is not None:
            return None
        earlier = page.same_as.capture_id if page.same_as else self.bodies.get(page.body_key)
        return f"same content as capture {earlier}: not processed again"

    def _write_listings(self, pages: list[_Page]) -> None:
        """Write the batch's listings and the analyses of their new content. A listing met on
        two pages of the batch is written once per page, in page order, in rounds: the later
        page's version is compared with the earlier one and stored last."""
        rounds: list[list[tuple[_Prepared, int, str]]] = []
        times: Counter[tuple[str, str]] = Counter()
        for page in pages:
            assert page.capture_id is not None or not page.prepared
            for item in page.prepared:
                key = (item.record.source_id, item.record.external_id)
                if times[key] == len(rounds):
                    rounds.append([])
                rounds[times[key]].append((item, page.capture_id or 0, page.source.id))
                times[key] += 1
        latest: dict[tuple[str, str], StoredListing] = {}
        for items in rounds:
            writes = [
                ListingWrite(
                    item.record,
                    latest.get((item.record.source_id, item.record.external_id), item.known),
                    item.content,
                    capture_id,
                    parser_id,
                )
                for item, capture_id, parser_id in items
            ]
            written = write_listings(self.session, writes, self.run_id)
            analysed = []
            for (item, _, _), (listing, outcome) in zip(items, written, strict=True):
                latest[(item.record.source_id, item.record.external_id)] = listing
                if item.analysis is not None and outcome != "unchanged":
                    analysed.append((listing, item.analysis))
            store_analyses(
                self.session,
                analysed,
                self.run_id,
                self.alert_threshold,
                self.engine.kb.export.label(),
            )

    def _enqueue_all(self, pages: list[_Page]) -> None:
        """Queue what the pages point to: in one statement, unless a source limits its
        listings per query (then page by page, each counting what the one before queued)."""
        parsed = [p for p in pages if p.result is not None]
        if any(p.source.max_listings is not None for p in parsed):
            for page in parsed:
                assert page.result is not None
                self._enqueue(page.source, page.job, page.result.follow)
            return
        items = [
            frontier.NewItem(p.source.key, s.kind, s.target, s.query, s.page)
            for p in parsed
            if p.result is not None
            for s in p.result.follow
        ]
        if items:
            frontier.enqueue(self.session, self.run_id, items)

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
    ) -> int | None:
        """Record the failure on the item, with the page's capture if there is a page."""
        capture_id = None
        if page is not None:
            capture_id = store_capture(
                self.session, page, self.run_id, job.source_key, source.id
            ).id
        frontier.finish(self.session, job.item_id, frontier.FAILED, capture_id, str(error))
        return capture_id

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
