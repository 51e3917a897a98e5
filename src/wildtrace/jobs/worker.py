"""Run Huey's consumer for a patrol queue: in the foreground (`wildtrace worker`) or in a thread.

Huey's consumer installs signal handlers (Ctrl-C stops it gracefully: running patrols finish,
a second Ctrl-C interrupts them), which Python allows only in the main thread. The consumer here
skips them elsewhere, so a program (or a test) can run a worker in a background thread and stop
it with `stop()`. Workers are threads: a patrol mostly waits on the network, and threads share
the process's detection engine instead of loading one each.
"""

from __future__ import annotations

import threading
from contextlib import suppress
from types import TracebackType
from typing import Any

from huey.consumer import Consumer  # type: ignore[import-untyped]

from wildtrace.jobs.queue import PatrolQueue


class _Consumer(Consumer):  # type: ignore[misc]
    def _set_signal_handlers(self) -> None:
        if threading.current_thread() is threading.main_thread():
            super()._set_signal_handlers()


def make_consumer(queue: PatrolQueue, workers: int = 1, periodic: bool = True) -> Any:
    """A consumer of `queue` with `workers` worker threads; `periodic` runs the dispatcher."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    return _Consumer(
        queue.huey,
        workers=workers,
        periodic=periodic,
        worker_type="thread",
        max_delay=2.0,  # an idle SQLite worker polls at least every 2 s
    )


def run_worker(queue: PatrolQueue, workers: int = 1) -> None:
    """Consume until Ctrl-C (graceful) or SIGTERM; returns when the consumer has stopped."""
    queue.check()
    consumer = make_consumer(queue, workers)
    try:
        with suppress(KeyboardInterrupt):
            consumer.run()
    finally:
        queue.release_leases()  # patrols interrupted by a second Ctrl-C resume on their next run


class BackgroundWorker:
    """A consumer running in a daemon thread; a context manager that stops it on exit."""

    def __init__(self, queue: PatrolQueue, workers: int = 1, periodic: bool = True) -> None:
        self._queue = queue
        self.consumer = make_consumer(queue, workers, periodic)
        self._thread = threading.Thread(
            target=self.consumer.run, name=f"wildtrace-worker {queue.config.name}", daemon=True
        )

    def start(self) -> BackgroundWorker:
        self._thread.start()
        return self

    def stop(self, timeout: float | None = 30.0) -> None:
        """Let running tasks finish, then stop the scheduler, the workers and the main loop."""
        self.consumer.stop(graceful=True)
        self._thread.join(timeout)
        self._queue.release_leases()

    def __enter__(self) -> BackgroundWorker:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
