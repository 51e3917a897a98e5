"""Locks in the queue's own storage that a crashed worker cannot leave behind for ever.

Huey's `lock_task` keeps a lock until its holder releases it: a worker killed while patrolling
would keep its plan locked until someone flushed the lock by hand, and no scheduled run of that
plan would start again. A lease records who holds it and when it was last renewed; the holder
renews it while working (a patrol renews it as pages come in) and a lease not renewed for
`stale` seconds may be taken over. Keys follow Huey's scheme (`<queue>.lock.<name>`), so
`huey.flush_locks(name)` and the consumer's lock flushing still clear them.
"""

from __future__ import annotations

import logging
import time
import uuid
from typing import Any

from huey.exceptions import TaskLockedException  # type: ignore[import-untyped]

log = logging.getLogger(__name__)


class Lease:
    """A named lock of one Huey queue; use as a context manager, or acquire/renew/release."""

    def __init__(self, huey: Any, name: str, stale: float, renew_every: float = 30.0) -> None:
        self.huey = huey
        self.name = name
        self.key = f"{huey.name}.lock.{name}"
        self.stale = stale
        self.renew_every = renew_every
        self.holder = uuid.uuid4().hex
        self._renewed = 0.0

    def _token(self) -> dict[str, Any]:
        self._renewed = time.monotonic()
        return {"holder": self.holder, "at": time.time()}

    def _current(self) -> dict[str, Any] | None:
        value = self.huey.get(self.key, peek=True)
        return value if isinstance(value, dict) else None

    def acquire(self) -> bool:
        """Take the lease if it is free or stale; False if someone else holds it."""
        if self.huey.put_if_empty(self.key, self._token()):
            return True
        current = self._current()
        age = time.time() - float(current["at"]) if current else None
        if age is not None and age < self.stale:
            return False
        log.warning(
            "lock %s: holder silent for %s; taking it over",
            self.name,
            f"{age:.0f} s" if age is not None else "an unknown time",
        )
        self.huey.delete(self.key)
        return bool(self.huey.put_if_empty(self.key, self._token()))

    def renew(self, force: bool = False) -> None:
        """Say the holder is still at work (at most every `renew_every` seconds)."""
        if not force and time.monotonic() - self._renewed < self.renew_every:
            return
        current = self._current()
        if current is not None and current.get("holder") == self.holder:
            self.huey.put(self.key, self._token())
        else:
            log.warning("lock %s: lost to another holder", self.name)

    def release(self) -> None:
        current = self._current()
        if current is not None and current.get("holder") == self.holder:
            self.huey.delete(self.key)

    def is_held(self) -> bool:
        """Whether anyone holds the lease and renewed it recently."""
        current = self._current()
        return current is not None and time.time() - float(current["at"]) < self.stale

    def __enter__(self) -> Lease:
        if not self.acquire():
            raise TaskLockedException(f"unable to acquire lock {self.name} (already held)")
        return self

    def __exit__(self, *_: object) -> None:
        self.release()
