"""The patrol task queue: Huey on SQLite (embedded) or on Redis (scale-out), same tasks on both.

Why Huey: it needs no broker on an officer's laptop (a SQLite file in the data folder), and the
same tasks run on Redis when workers on several machines share the patrols (the store then on
PostgreSQL through WILDTRACE_DATABASE_URL). Tasks are registered on each Huey instance that
`make_queue` builds, so they use the settings of the process that runs them.

Two tasks:
- `run_patrol(plan_path)` runs one plan and returns its summary. A lease per plan name keeps one
  plan from running twice at once: the store resumes an unfinished run by plan name, so two
  runs of one plan would work on the same frontier.
- a dispatcher, run every minute by the worker's scheduler, enqueues the plans that
  `schedules.yaml` says are due. It remembers the last minute it handled: minutes missed while
  every worker was busy are caught up (up to CATCH_UP back, each plan once), and a minute that
  two consumers both dispatch is dispatched once.

The queue location comes from the environment, not from Settings: WILDTRACE_REDIS_URL (empty:
SQLite) and WILDTRACE_QUEUE_NAME (the Huey name and Redis key prefix, default "wildtrace").
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal, cast
from urllib.parse import urlsplit, urlunsplit

from huey import RedisHuey, SqliteHuey, crontab  # type: ignore[import-untyped]
from huey.exceptions import (  # type: ignore[import-untyped]
    HueyException,
    ResultTimeout,
    TaskException,
    TaskLockedException,
)
from redis.exceptions import RedisError

from wildtrace.config import Settings
from wildtrace.jobs.locks import Lease
from wildtrace.jobs.schedules import due, load_schedules, schedules_path
from wildtrace.patrol.plan import load_plan

REDIS_URL_ENV = "WILDTRACE_REDIS_URL"
QUEUE_NAME_ENV = "WILDTRACE_QUEUE_NAME"
DEFAULT_QUEUE_NAME = "wildtrace"
QUEUE_FILE_NAME = "huey.db"
PATROL_TASK = "run_patrol"
DISPATCH_TASK = "dispatch_schedules"
DISPATCH_LOCK = "dispatch"
LAST_DISPATCH_KEY = "wildtrace.dispatch.last"
CATCH_UP = timedelta(hours=6)
PATROL_LOCK_STALE = 15 * 60.0  # seconds without a fetched page before a patrol lock is stale
DISPATCH_LOCK_STALE = 5 * 60.0
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")
_QUEUE_ERRORS = (RedisError, sqlite3.Error, OSError, ValueError, HueyException)
log = logging.getLogger(__name__)


class QueueError(Exception):
    """The queue cannot be set up or reached, or a task failed; the message says which and why."""


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    userinfo, host = parts.netloc.rsplit("@", 1)
    user = userinfo.split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


@dataclass(frozen=True)
class QueueConfig:
    """Where the queue lives: backend, Huey name, and the SQLite file or Redis URL."""

    backend: Literal["sqlite", "redis"]
    name: str
    location: str

    def describe(self) -> str:
        where = redact(self.location) if self.backend == "redis" else self.location
        return f"{self.backend} {where} (queue {self.name!r})"


def queue_config(settings: Settings, environ: Mapping[str, str] | None = None) -> QueueConfig:
    """Read WILDTRACE_REDIS_URL and WILDTRACE_QUEUE_NAME; QueueError names a bad value."""
    env = os.environ if environ is None else environ
    name = env.get(QUEUE_NAME_ENV, "").strip() or DEFAULT_QUEUE_NAME
    if not _NAME_RE.match(name):
        raise QueueError(
            f"{QUEUE_NAME_ENV}={name!r}: use letters, digits, '.', '_' or '-' (at most 100)"
        )
    url = env.get(REDIS_URL_ENV, "").strip()
    if not url:
        return QueueConfig("sqlite", name, str(settings.home / QUEUE_FILE_NAME))
    if urlsplit(url).scheme not in ("redis", "rediss", "unix"):
        raise QueueError(
            f"{REDIS_URL_ENV}={redact(url)}: expected redis://host:port/db, rediss:// or unix://"
        )
    return QueueConfig("redis", name, url)


@dataclass(frozen=True)
class Enqueued:
    """A patrol task in the queue: its id, and a way to wait for the patrol summary."""

    id: str
    plan: str
    _result: Any = field(repr=False)

    def wait(self, timeout: float | None = None) -> dict[str, Any]:
        """Block until the patrol is done; QueueError if it failed or `timeout` passed."""
        try:
            value = self._result.get(blocking=True, timeout=timeout)
        except ResultTimeout:
            raise QueueError(
                f"patrol task {self.id} ({self.plan}): no result after {timeout} s"
            ) from None
        except TaskException as exc:
            raise QueueError(f"patrol task {self.id} ({self.plan}) failed: {exc}") from None
        return cast(dict[str, Any], value)


class PatrolQueue:
    """A Huey instance with wildtrace's tasks registered, plus typed ways to use them."""

    def __init__(self, settings: Settings, config: QueueConfig, immediate: bool = False) -> None:
        self.settings = settings
        self.config = config
        try:
            self.huey = self._huey(immediate)
        except _QUEUE_ERRORS as exc:
            raise QueueError(f"cannot open the queue {config.describe()}: {exc}") from exc
        self._leases: set[Lease] = set()
        self._run_patrol = self.huey.task(name=PATROL_TASK)(self.patrol)
        self.huey.periodic_task(crontab(), name=DISPATCH_TASK)(self._dispatch_now)

    def _huey(self, immediate: bool) -> Any:
        if self.config.backend == "redis":
            return RedisHuey(name=self.config.name, url=self.config.location, immediate=immediate)
        Path(self.config.location).parent.mkdir(parents=True, exist_ok=True)
        return SqliteHuey(name=self.config.name, filename=self.config.location, immediate=immediate)

    def describe(self) -> str:
        return self.config.describe()

    def check(self) -> None:
        """Reach the backend now (a worker should fail at start, not at its first task)."""
        try:
            if self.config.backend == "redis":
                self.huey.storage.conn.ping()
            else:
                self.huey.pending_count()
        except _QUEUE_ERRORS as exc:
            raise QueueError(f"cannot reach the queue {self.describe()}: {exc}") from exc

    def close(self) -> None:
        self.huey.storage.close()
        pool = getattr(self.huey.storage, "pool", None)
        if pool is not None:
            pool.disconnect()

    def pending_count(self) -> int:
        return int(self.huey.pending_count())

    def enqueue_patrol(self, plan_path: str | Path) -> Enqueued:
        """Queue a run of the plan file (stored as an absolute path: workers may run elsewhere)."""
        plan = str(Path(plan_path).expanduser().resolve())
        try:
            result = self._run_patrol(plan)
        except _QUEUE_ERRORS as exc:
            raise QueueError(f"cannot enqueue {plan} on {self.describe()}: {exc}") from exc
        return Enqueued(id=str(result.id), plan=plan, _result=result)

    def patrol_lease(self, plan_name: str) -> Lease:
        return Lease(self.huey, f"patrol:{plan_name}", stale=PATROL_LOCK_STALE)

    def patrol(self, plan_path: str) -> dict[str, Any]:
        """The `run_patrol` task: run the plan under its lease and return the summary."""
        from wildtrace.patrol.runner import PatrolRunner
        from wildtrace.store.db import Store

        plan = load_plan(Path(plan_path), secrets_file=self.settings.effective_secrets_file)
        with self.patrol_lease(plan.name) as lease:
            self._leases.add(lease)
            try:
                store = Store(self.settings)
                try:
                    runner = PatrolRunner(store, self.settings, progress=lambda *_: lease.renew())
                    summary = runner.run(plan)
                finally:
                    store.close()
            finally:
                self._leases.discard(lease)
        log.info(
            "patrol %s: run %d %s, %d pages, %d new listings, %d alerts, %d errors",
            summary.plan,
            summary.run_id,
            summary.status,
            summary.pages_fetched,
            summary.listings_new,
            summary.alerts,
            summary.errors,
        )
        return summary.to_json()

    def release_leases(self) -> None:
        """Free the plan locks of patrols still running (a worker stopping without them)."""
        for lease in list(self._leases):
            lease.release()
            self._leases.discard(lease)

    def _dispatch_now(self) -> None:
        self.dispatch(datetime.now(UTC))

    def dispatch(self, now: datetime) -> list[str]:
        """Enqueue the plans due in the minutes since the last dispatch, up to `now` (aware).

        Returns the plan paths enqueued. Another dispatcher at work means nothing to do here.
        """
        try:
            with Lease(self.huey, DISPATCH_LOCK, stale=DISPATCH_LOCK_STALE):
                return self._dispatch_locked(now.astimezone(UTC).replace(second=0, microsecond=0))
        except TaskLockedException:
            log.info("schedules: another dispatcher is at work; skipped")
            return []

    def _dispatch_locked(self, minute: datetime) -> list[str]:
        first = self.minutes_to_dispatch(minute)
        if first is None:
            return []
        path = schedules_path(self.settings.home)
        entries = load_schedules(path)
        plans: list[str] = []
        when = first
        while when <= minute:
            for entry in due(entries, when):
                plan = str(entry.plan_path(path.parent))
                if plan not in plans:
                    plans.append(plan)
            when += timedelta(minutes=1)
        for plan in plans:
            task = self.enqueue_patrol(plan)
            log.info("schedules: enqueued %s (task %s)", plan, task.id)
        self.huey.put(LAST_DISPATCH_KEY, minute.isoformat())
        return plans

    def minutes_to_dispatch(self, minute: datetime) -> datetime | None:
        """The first minute not yet dispatched (None if `minute` was), at most CATCH_UP back."""
        raw = self.huey.get(LAST_DISPATCH_KEY, peek=True)
        last = datetime.fromisoformat(raw) if isinstance(raw, str) else None
        if last is None or abs(minute - last) > CATCH_UP:
            return minute  # first dispatch, long downtime, or the clock jumped
        if last >= minute:
            return None
        return last + timedelta(minutes=1)


def make_queue(
    settings: Settings, immediate: bool = False, environ: Mapping[str, str] | None = None
) -> PatrolQueue:
    """The queue configured by the environment; `immediate` runs tasks at once (tests)."""
    return PatrolQueue(settings, queue_config(settings, environ), immediate=immediate)


def make_huey(settings: Settings, immediate: bool = False) -> Any:
    """The bare Huey instance (SqliteHuey or RedisHuey) with the tasks registered on it."""
    return make_queue(settings, immediate).huey
