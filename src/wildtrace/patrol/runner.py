"""Run a patrol: seed the frontier, fetch concurrently, store what finished together in one
transaction.

Fetching is concurrent (asyncio, crawl/http); parsing, detection and storing happen in the
loop's thread, so the store has a single writer; the fetches that finished together are stored
in one transaction, each page after its parsing and detection succeeded. Their WARC files are
written and synced in a worker thread meanwhile, and the transaction commits only once they are
on disk. A failure is recorded on its frontier item and the patrol goes on. Killed at any
moment, the next run of the same plan resumes: finished items stay finished, the rest are
fetched again.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from wildtrace.config import Settings
from wildtrace.crawl import frontier
from wildtrace.crawl.polite import PoliteFetcher, Politeness, Visit
from wildtrace.detect.engine import Engine
from wildtrace.detect.engine_cache import load_engine
from wildtrace.domain.listing import FetchedPage
from wildtrace.evidence.auto import preserve_alerts
from wildtrace.evidence.blobs import BlobStore
from wildtrace.evidence.keep import Kept, kept_files
from wildtrace.patrol.page_writer import ALWAYS_PARSED, Bodies, Job, PageWriter
from wildtrace.patrol.plan import Plan
from wildtrace.patrol.revisits import revisit_items
from wildtrace.patrol.summary import PatrolSummary, summarise
from wildtrace.sources.base import Source
from wildtrace.store.db import Store
from wildtrace.store.models import Capture, FrontierItem, PatrolRun
from wildtrace.store.models import Source as SourceRow

Progress = Callable[[int, int], None]
log = logging.getLogger(__name__)


class _JobBuffer:
    """Pending frontier items read ahead in blocks, so the loop does not query the store
    each time a fetch finishes. Items stay pending in the store until their results commit."""

    def __init__(self, load: Callable[[set[int], int], list[Job]], refill: int) -> None:
        self._load = load
        self._refill = refill
        self._queue: deque[Job] = deque()

    def take(self, room: int, busy: set[int]) -> list[Job]:
        if room <= 0:
            return []
        if len(self._queue) < room:
            queued = {job.item_id for job in self._queue}
            self._queue.extend(self._load(busy | queued, max(room, self._refill)))
        return [self._queue.popleft() for _ in range(min(room, len(self._queue)))]


class PatrolRunner:
    def __init__(
        self,
        store: Store,
        settings: Settings,
        engine: Engine | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.engine = engine or load_engine(settings.home)
        self.blobs = BlobStore(settings.blob_dir)
        self.progress = progress
        self._reported_at = 0.0
        self._bodies: Bodies = {}  # the bodies stored in this run, by source

    def run(self, plan: Plan, fresh: bool = False) -> PatrolSummary:
        run_id = self._start(plan, fresh)
        asyncio.run(self._crawl(plan, run_id))
        preserve_alerts(self.store, self.settings, run_id)  # evidence_min_score
        with self.store.transaction() as session:
            run = session.get(PatrolRun, run_id)
            assert run is not None
            run.status, run.finished_at = "completed", datetime.now(UTC)
        with self.store.transaction() as session:
            return summarise(session, run_id, self.engine.kb.export.label())

    def _start(self, plan: Plan, fresh: bool) -> int:
        """Resume the plan's unfinished run, or start one and seed its frontier."""
        fingerprint = plan.fingerprint()
        with self.store.transaction() as session:
            self._register_sources(session, plan)
            unfinished = session.scalars(
                select(PatrolRun)
                .where(PatrolRun.plan_name == plan.name, PatrolRun.status == "running")
                .order_by(PatrolRun.id.desc())
            ).first()
            if unfinished is not None and not fresh and unfinished.plan_sha256 == fingerprint:
                unfinished.attempts += 1
                return unfinished.id
            if unfinished is not None:
                unfinished.status = "abandoned"
            run = PatrolRun(
                plan_name=plan.name,
                plan_sha256=fingerprint,
                plan=plan.model.model_dump(),
                status="running",
                started_at=datetime.now(UTC),
                attempts=1,
            )
            session.add(run)
            session.flush()
            seeds = [
                frontier.NewItem(src.key, seed.kind, seed.target, seed.query, seed.page)
                for src in plan.sources
                for seed in src.seeds()
            ]
            if plan.model.revisit_after_hours is not None:
                seeds += revisit_items(session, plan.sources, plan.model.revisit_after_hours)
            frontier.enqueue(session, run.id, seeds)
            return run.id

    @staticmethod
    def _register_sources(session: Session, plan: Plan) -> None:
        for src in plan.sources:
            row = session.get(SourceRow, src.key)
            if row is None:
                session.add(
                    SourceRow(
                        id=src.key,
                        plugin_id=src.id,
                        name=src.name,
                        definition_sha256=src.definition_sha256,
                        created_at=datetime.now(UTC),
                    )
                )
            else:
                row.definition_sha256, row.name = src.definition_sha256, src.name

    async def _crawl(self, plan: Plan, run_id: int) -> None:
        sources = {s.key: s for s in plan.sources}
        model = plan.model
        polite = PoliteFetcher(
            self.settings,
            Politeness(
                model.delay, min(model.per_host_concurrency, model.concurrency), model.concurrency
            ),
        )
        in_flight: dict[asyncio.Task[FetchedPage], Job] = {}
        with self.store.sessions() as session:  # a resumed run knows the pages it processed
            processed = (
                select(Capture.source_id, Capture.sha256, Capture.id)
                .join(FrontierItem, FrontierItem.capture_id == Capture.id)
                .where(
                    Capture.run_id == run_id,
                    FrontierItem.state == frontier.DONE,
                    FrontierItem.kind.not_in(ALWAYS_PARSED),
                )
            )
            self._bodies = {(src, sha): cid for src, sha, cid in session.execute(processed)}
        jobs = _JobBuffer(
            lambda exclude, limit: self._next_jobs(run_id, sources, exclude, limit),
            refill=4 * model.concurrency,
        )
        try:
            while True:
                room = model.concurrency - len(in_flight)
                for job in jobs.take(room, {j.item_id for j in in_flight.values()}):
                    options = plan.options(job.source_key)
                    task = asyncio.create_task(
                        self._fetch(
                            polite,
                            job.url,
                            sources[job.source_key],
                            options.respect_robots,
                            options.proxy,
                        )
                    )
                    in_flight[task] = job
                if not in_flight:
                    break
                done, _ = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
                await self._handle_batch(
                    run_id, plan, sources, [(in_flight.pop(t), t) for t in done]
                )
                self._report(run_id)
            self._report(run_id, final=True)
        finally:
            for task in in_flight:
                task.cancel()
            await polite.aclose()

    async def _fetch(
        self,
        polite: PoliteFetcher,
        url: str,
        source: Source,
        robots: bool,
        proxy: str | None,
    ) -> FetchedPage:
        """Fetch (or, for import sources, read the local file the plan named)."""
        read_local = getattr(source, "read_local", None)
        if url.startswith("file:") and read_local is not None:
            return await asyncio.to_thread(read_local, url)
        visit = Visit(
            url,
            source.accept_types,
            render=getattr(source, "render", "never"),
            scroll=getattr(source, "scroll", 0),
            respect_robots=robots,
            proxy=proxy,
            min_delay=getattr(source, "min_delay", 0.0),
            host_concurrency=getattr(source, "max_host_concurrency", None),
            cookies=getattr(source, "cookies", None),
        )
        return await polite.visit(visit)

    def _next_jobs(
        self, run_id: int, sources: dict[str, Source], busy: set[int], room: int
    ) -> list[Job]:
        with self.store.sessions() as session:
            items = frontier.next_pending(session, run_id, busy, room)
            return [
                Job(
                    i.id,
                    i.source_key,
                    i.kind,
                    i.query,
                    i.page,
                    sources[i.source_key].resolve(i.target),
                )
                for i in items
                if i.source_key in sources
            ]

    async def _handle_batch(
        self,
        run_id: int,
        plan: Plan,
        sources: dict[str, Source],
        finished: list[tuple[Job, asyncio.Task[FetchedPage]]],
    ) -> None:
        """Store every fetch that finished together in one transaction: one commit (and one
        fsync) for the batch instead of one per page. The pages' WARC files are written and
        synced in a worker thread while the rows are written, and the rows commit only after
        the files are on disk. Killed before the commit, the whole batch is fetched again on
        resume; nothing is half-stored."""
        threshold = plan.model.alert_threshold
        outcomes: list[tuple[Source, Job, Kept | BaseException]] = []
        files: list[bytes] = []
        for job, task in sorted(finished, key=lambda pair: pair[0].item_id):
            error = task.exception()
            if error is None:
                kept, data = kept_files(task.result(), self.settings.user_agent)
                files.extend(data)
                outcomes.append((sources[job.source_key], job, kept))
            else:
                outcomes.append((sources[job.source_key], job, error))
        durable = asyncio.get_running_loop().run_in_executor(None, self.blobs.put_many, files)
        try:
            with self.store.transaction() as session:
                PageWriter(
                    session,
                    run_id,
                    plan.name,
                    self.engine,
                    self.blobs,
                    self._bodies,
                    self.settings.alert_threshold if threshold is None else threshold,
                ).handle_batch(outcomes)
                await durable  # the files the rows name are on disk before the rows commit
        finally:
            await asyncio.gather(durable, return_exceptions=True)

    def _report(self, run_id: int, final: bool = False) -> None:
        """Progress, at most a few times a second: counting the frontier is not free."""
        if self.progress is None:
            return
        now = time.monotonic()
        if not final and now - self._reported_at < 0.25:
            return
        self._reported_at = now
        with self.store.sessions() as session:
            counts = frontier.counts(session, run_id)
        total = sum(counts.values())
        self.progress(total - counts.get(frontier.PENDING, 0), total)
