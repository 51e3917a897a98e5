"""`wildtrace jobs …` and `wildtrace worker`: scheduled and queued patrols, and the worker.

Officers schedule a plan once (`jobs schedule add`) and leave a worker running; `jobs enqueue`
hands one patrol to the worker now. The queue is SQLite in the data folder unless
WILDTRACE_REDIS_URL points at Redis (see docs/scheduling.md).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from wildtrace.cli_render import print_json, render_rows
from wildtrace.cli_shared import JsonFlag, err, fail, out, settings, user_errors
from wildtrace.jobs.queue import DISPATCH_TASK, QueueError, make_queue
from wildtrace.jobs.schedules import (
    ScheduleError,
    add_schedule,
    load_schedules,
    remove_schedule,
    schedules_path,
)
from wildtrace.patrol.plan import load_plan

jobs_app = typer.Typer(
    help="Scheduled and queued patrols; `wildtrace worker` runs them.", no_args_is_help=True
)
schedule_app = typer.Typer(
    help="When each patrol plan runs (schedules.yaml in the data folder).", no_args_is_help=True
)
jobs_app.add_typer(schedule_app, name="schedule")
PlanArg = Annotated[Path, typer.Argument(help="Patrol plan (YAML).")]
LOG_LEVELS = ("debug", "info", "warning", "error")


@contextmanager
def job_errors() -> Iterator[None]:
    """One clear line and exit code 2 for expected errors, as `user_errors` does."""
    try:
        with user_errors():
            yield
    except (ScheduleError, QueueError) as exc:
        raise fail(str(exc)) from None


def _when(value: datetime | None) -> str:
    return value.isoformat(timespec="minutes") if value else "never"


@schedule_app.command("add")
def schedule_add(
    plan: PlanArg,
    cron: Annotated[
        str, typer.Option(help='"minute hour day month day_of_week", e.g. "0 */6 * * *".')
    ],
    timezone: Annotated[str, typer.Option(help="Time zone of the cron (IANA name).")] = "UTC",
    enabled: Annotated[
        bool, typer.Option("--enabled/--disabled", help="Disabled: kept, but not run.")
    ] = True,
) -> None:
    """Schedule a patrol plan; a plan already scheduled gets the new schedule."""
    current = settings().settings
    path = schedules_path(current.home)
    with job_errors():
        load_plan(plan, secrets_file=current.effective_secrets_file)  # refuse what cannot run
        entry, replaced = add_schedule(path, plan, cron, enabled=enabled, timezone=timezone)
    state = "" if entry.enabled else " (disabled)"
    out.print(
        f"{'updated' if replaced else 'scheduled'}: {entry.plan} at {entry.cron!r} "
        f"({entry.timezone}){state}; next run {_when(entry.next_run(datetime.now(UTC)))}",
        highlight=False,
        markup=False,
    )


@schedule_app.command("list")
def schedule_list(as_json: JsonFlag = False) -> None:
    """Every schedule with its next run."""
    path = schedules_path(settings().settings.home)
    with job_errors():
        entries = load_schedules(path)
    now = datetime.now(UTC)
    rows = [
        {
            "plan": str(e.plan_path(path.parent)),
            "cron": e.cron,
            "timezone": e.timezone,
            "enabled": e.enabled,
            "next_run": _when(e.next_run(now)) if e.enabled else None,
        }
        for e in entries
    ]
    if as_json:
        print_json(out, {"file": str(path), "schedules": rows})
        return
    if not rows:
        err.print(
            f"no schedules in {path}; add one with `wildtrace jobs schedule add PLAN --cron ...`",
            highlight=False,
            markup=False,
        )
        return
    render_rows(
        out,
        f"Schedules ({path})",
        ["plan", "cron", "timezone", "enabled", "next run"],
        [[r["plan"], r["cron"], r["timezone"], r["enabled"], r["next_run"] or "-"] for r in rows],
    )


@schedule_app.command("remove")
def schedule_remove(plan: PlanArg) -> None:
    """Stop scheduling a plan (the plan file itself is kept)."""
    path = schedules_path(settings().settings.home)
    with job_errors():
        entry = remove_schedule(path, plan)
    out.print(f"removed: {entry.plan} ({entry.cron!r})", highlight=False, markup=False)


@jobs_app.command("enqueue")
def enqueue(plan: PlanArg, as_json: JsonFlag = False) -> None:
    """Queue one patrol of a plan now and print the task id; a worker runs it."""
    current = settings().settings
    with job_errors():
        load_plan(plan, secrets_file=current.effective_secrets_file)
        queue = make_queue(current)
        try:
            task = queue.enqueue_patrol(plan)
        finally:
            queue.close()
    if as_json:
        print_json(out, {"task_id": task.id, "plan": task.plan, "queue": queue.describe()})
        return
    out.print(task.id, highlight=False, markup=False)
    err.print(
        f"queued {task.plan} on {queue.describe()}; `wildtrace worker` runs it",
        highlight=False,
        markup=False,
    )


class _QuietDispatch(logging.Filter):
    """Drop the per-minute INFO lines about the dispatcher task; keep its warnings and errors."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.INFO or DISPATCH_TASK not in record.getMessage()


def _setup_logging(level: str) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if level != "debug":
        handler.addFilter(_QuietDispatch())
        for chatty in ("httpx", "aiohttp", "alembic"):  # a line per request or migration check
            logging.getLogger(chatty).setLevel(logging.WARNING)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level.upper())


def worker(
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="Patrols run at once (worker threads).")
    ] = 1,
    log_level: Annotated[str, typer.Option(help="debug, info, warning or error.")] = "info",
) -> None:
    """Run queued and scheduled patrols until Ctrl-C (twice: stop running patrols too)."""
    from wildtrace.jobs.worker import run_worker

    if log_level.lower() not in LOG_LEVELS:
        raise fail(f"--log-level {log_level}: expected one of {', '.join(LOG_LEVELS)}")
    current = settings().settings
    path = schedules_path(current.home)
    with job_errors():
        entries = load_schedules(path)  # a broken file stops the worker now, not every minute
        queue = make_queue(current)
        queue.check()
    _setup_logging(log_level.lower())
    err.print(
        f"worker: {workers} thread(s) on {queue.describe()}; {len(entries)} schedule(s) in "
        f"{path}; store {current.effective_database_url.split('://', 1)[0]} (Ctrl-C to stop)",
        highlight=False,
        markup=False,
    )
    try:
        with job_errors():
            run_worker(queue, workers)
    finally:
        queue.close()
    err.print("worker: stopped", highlight=False, markup=False)
