"""Scheduled patrols and workers: schedules.yaml, the queue on SQLite and on a real Redis."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from sqlalchemy import func, select
from typer.testing import CliRunner

from wildtrace.cli_jobs import jobs_app
from wildtrace.cli_shared import State
from wildtrace.config import Settings, load_settings
from wildtrace.demo.site import DemoServer
from wildtrace.jobs.locks import Lease
from wildtrace.jobs.queue import QueueError, make_queue
from wildtrace.jobs.schedules import (
    ScheduleError,
    add_schedule,
    due,
    load_schedules,
    schedules_path,
)
from wildtrace.jobs.worker import BackgroundWorker
from wildtrace.store.db import Store
from wildtrace.store.models import Listing

pytestmark = pytest.mark.integration
REDIS_URL = "redis://127.0.0.1:6379/0"
runner = CliRunner()


@pytest.fixture
def job_settings(home: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """An isolated data folder and queue name; the SQLite queue unless a test sets Redis."""
    monkeypatch.setenv("WILDTRACE_ALLOW_HOSTS", "127.0.0.1")
    monkeypatch.delenv("WILDTRACE_REDIS_URL", raising=False)
    monkeypatch.setenv("WILDTRACE_QUEUE_NAME", f"wildtrace-test-{uuid.uuid4().hex}")
    monkeypatch.setattr(State, "flags", {})
    return load_settings().settings


@pytest.fixture
def plan_file(tmp_path: Path, demo_server: DemoServer) -> Path:
    path = tmp_path / "plans" / "p.yaml"
    path.parent.mkdir()
    plan = {
        "name": "p",
        "delay": 0,
        "sources": [
            {
                "site": "demo-market",
                "queries": ["ivory"],
                "max_listings": 5,
                "base_url": demo_server.url,
            }
        ],
    }
    path.write_text(yaml.safe_dump(plan), encoding="utf-8")
    return path


def listing_count(settings: Settings) -> int:
    store = Store(settings)
    try:
        with store.sessions() as session:
            return int(session.scalar(select(func.count()).select_from(Listing)) or 0)
    finally:
        store.close()


def assert_patrol_summary(summary: dict[str, object]) -> None:
    assert summary["plan"] == "p"
    assert summary["status"] == "completed"
    assert summary["listings_new"] == 5
    assert summary["errors"] == 0


def one(fields: str) -> str:
    """A schedules file with one entry for plan a.yaml."""
    return f"schedules: [{{plan: a.yaml, {fields}}}]"


A = "schedules[0] (plan a.yaml)"
BAD_FILES = [
    (one("cron: '61 * * * *'"), [f"{A}.cron", "minute '61'"]),
    (one("cron: '0 * * *'"), [f"{A}.cron", "expected 5 fields"]),
    (one("cron: '0 0 31 2 *'"), [f"{A}.cron", "matches no date"]),
    (one("cron: '0 * * * */2'"), [f"{A}.cron", "day_of_week '*/2'"]),
    (one("cron: '0 * * * *', every: 5"), [f"{A}.every", "Extra inputs"]),
    (one("cron: '0 * * * *', timezone: Mars/Base"), [f"{A}.timezone", "time zone 'Mars/Base'"]),
    (one("cron: '0 * * * *', enabled: maybe"), [f"{A}.enabled"]),
    ("schedules: [{cron: '0 * * * *'}]", ["schedules[0].plan", "Field required"]),
    (
        "schedules: [{plan: a.yaml, cron: '0 * * * *'}, {plan: ./a.yaml, cron: '5 * * * *'}]",
        ["schedules[1] (plan ./a.yaml): plan already scheduled in schedules[0]"],
    ),
    ("- plan: a.yaml\n  cron: '0 * * * *'\n", ["expected a mapping with a `schedules:` list"]),
    ("schedules: [{plan: a.yaml", ["not valid YAML (line 1, column 26: "]),
    ("plans: []", ["plans: Extra inputs"]),
]


@pytest.mark.parametrize(("text", "fragments"), BAD_FILES)
def test_schedules_file_errors_name_file_entry_and_reason(
    tmp_path: Path, text: str, fragments: list[str]
) -> None:
    path = tmp_path / "schedules.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ScheduleError) as caught:
        load_schedules(path)
    message = str(caught.value)
    assert message.startswith(f"schedules file {path}: ")
    for fragment in fragments:
        assert fragment in message
    assert "\n" not in message


def test_missing_or_empty_schedules_file_means_no_schedules(tmp_path: Path) -> None:
    path = tmp_path / "schedules.yaml"
    assert load_schedules(path) == []
    path.write_text("# nothing yet\n", encoding="utf-8")
    assert load_schedules(path) == []


def test_cli_schedule_add_list_remove(job_settings: Settings, plan_file: Path) -> None:
    bad = runner.invoke(jobs_app, ["schedule", "add", str(plan_file), "--cron", "0 25 * * *"])
    assert bad.exit_code == 2
    assert bad.stderr.strip().startswith("wildtrace: error: schedule for ")
    assert "hour '25'" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1

    broken = plan_file.with_name("broken.yaml")
    broken.write_text("name: b\n", encoding="utf-8")
    bad_plan = runner.invoke(jobs_app, ["schedule", "add", str(broken), "--cron", "0 * * * *"])
    assert bad_plan.exit_code == 2 and "plan " in bad_plan.stderr

    added = runner.invoke(jobs_app, ["schedule", "add", str(plan_file), "--cron", "0 */6 * * *"])
    assert added.exit_code == 0, added.output
    assert added.stdout.startswith(f"scheduled: {plan_file}")
    again = runner.invoke(
        jobs_app,
        ["schedule", "add", str(plan_file), "--cron", "30 9 * * 1-5", "--timezone", "Asia/Bangkok"],
    )
    assert again.exit_code == 0 and again.stdout.startswith("updated: ")

    listed = runner.invoke(jobs_app, ["schedule", "list", "--json"])
    assert listed.exit_code == 0
    data = json.loads(listed.stdout)
    assert data["file"] == str(schedules_path(job_settings.home))
    [entry] = data["schedules"]
    assert entry["plan"] == str(plan_file)
    assert (entry["cron"], entry["timezone"], entry["enabled"]) == (
        "30 9 * * 1-5",
        "Asia/Bangkok",
        True,
    )
    assert entry["next_run"].endswith("09:30+07:00")

    removed = runner.invoke(jobs_app, ["schedule", "remove", str(plan_file)])
    assert removed.exit_code == 0 and removed.stdout.startswith("removed: ")
    gone = runner.invoke(jobs_app, ["schedule", "remove", str(plan_file)])
    assert gone.exit_code == 2 and "not scheduled" in gone.stderr
    assert load_schedules(schedules_path(job_settings.home)) == []


def test_immediate_queue_runs_the_patrol_and_locks_the_plan(
    job_settings: Settings, plan_file: Path
) -> None:
    queue = make_queue(job_settings, immediate=True)
    assert_patrol_summary(queue.enqueue_patrol(plan_file).wait(timeout=5))
    assert listing_count(job_settings) == 5

    with queue.patrol_lease("p"):  # as if another worker were running plan "p"
        refused = queue.enqueue_patrol(plan_file)
        with pytest.raises(QueueError, match=r"failed: .*unable to acquire lock patrol:p"):
            refused.wait(timeout=5)
    queue.close()


def test_lease_taken_over_when_its_holder_went_silent(job_settings: Settings) -> None:
    queue = make_queue(job_settings, immediate=True)
    first = Lease(queue.huey, "patrol:x", stale=60)
    second = Lease(queue.huey, "patrol:x", stale=60)
    assert first.acquire() and not second.acquire()
    queue.huey.put(first.key, {"holder": first.holder, "at": 0.0})  # last renewed in 1970
    assert second.acquire() and second.is_held()
    first.release()  # no longer the holder: must not free the lock of the new one
    assert second.is_held()
    second.release()
    assert not second.is_held()


def test_cli_enqueue_then_sqlite_worker_runs_it(job_settings: Settings, plan_file: Path) -> None:
    result = runner.invoke(jobs_app, ["enqueue", str(plan_file)])
    assert result.exit_code == 0, result.output
    task_id = result.stdout.strip()
    assert len(task_id) >= 32 and "queued" in result.stderr
    queue = make_queue(job_settings)
    assert queue.pending_count() == 1
    with BackgroundWorker(queue, workers=1, periodic=False):
        summary = queue.huey.result(task_id, blocking=True, timeout=20)
    assert_patrol_summary(summary)
    assert queue.pending_count() == 0
    queue.close()


@pytest.fixture
def redis_queue_env(job_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.RedisError as exc:
        client.close()
        pytest.skip(f"no Redis server at {REDIS_URL}: {exc}")
    monkeypatch.setenv("WILDTRACE_REDIS_URL", REDIS_URL)
    yield
    client.close()


def test_redis_worker_runs_an_enqueued_patrol(
    redis_queue_env: None, job_settings: Settings, plan_file: Path
) -> None:
    queue = make_queue(job_settings)
    assert queue.config.backend == "redis"
    storage = queue.huey.storage
    try:
        with BackgroundWorker(queue, workers=2):
            summary = queue.enqueue_patrol(plan_file).wait(timeout=60)
        assert_patrol_summary(summary)
        assert listing_count(job_settings) == 5
        assert not queue.patrol_lease("p").is_held()
    finally:
        storage.flush_all()
        for key in storage.conn.scan_iter(match=f"huey.*.{storage.name}*"):
            storage.conn.delete(key)
        assert not list(storage.conn.scan_iter(match=f"*{storage.name}*"))
        queue.close()


def test_dispatcher_enqueues_only_the_plans_due(job_settings: Settings, tmp_path: Path) -> None:
    path = schedules_path(job_settings.home)
    plans = {name: tmp_path / f"{name}.yaml" for name in "abcde"}
    add_schedule(path, plans["a"], "* * * * *")
    add_schedule(path, plans["b"], "30 6 * * *")
    add_schedule(path, plans["c"], "30 9 * * *", timezone="Africa/Nairobi")  # 06:30 UTC
    add_schedule(path, plans["d"], "30 6 * * *", enabled=False)
    add_schedule(path, plans["e"], "0 7 * * 2")  # Tuesdays
    t0 = datetime(2025, 3, 4, 6, 30, 17, tzinfo=UTC)  # a Tuesday
    names = {str(p): n for n, p in plans.items()}

    entries = load_schedules(path)
    assert [names[e.plan] for e in due(entries, t0)] == ["a", "b", "c"]
    assert [names[e.plan] for e in due(entries, t0 + timedelta(minutes=1))] == ["a"]

    queue = make_queue(job_settings)

    def dispatched(when: datetime) -> list[str]:
        return [names[p] for p in queue.dispatch(when)]

    assert dispatched(t0) == ["a", "b", "c"]
    assert dispatched(t0 + timedelta(seconds=30)) == []  # that minute was dispatched
    assert dispatched(t0 + timedelta(minutes=29)) == ["a"]  # caught up, each plan once
    assert dispatched(t0 + timedelta(minutes=30)) == ["a", "e"]
    pending = [names[t.args[0]] for t in queue.huey.pending()]
    assert pending == ["a", "b", "c", "a", "a", "e"]
    queue.close()
