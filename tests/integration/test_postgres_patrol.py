"""The same patrol on PostgreSQL: the scale-out store runs the same code."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from wildtrace.config import load_settings
from wildtrace.demo.site import DemoServer
from wildtrace.patrol.plan import load_plan
from wildtrace.patrol.runner import PatrolRunner
from wildtrace.store.db import Store
from wildtrace.store.models import Alert, FrontierItem, Listing

pytestmark = pytest.mark.integration
DEMO_PLAN = Path(__file__).parents[2] / "src/wildtrace/demo/plan.yaml"


def test_demo_patrol_on_postgresql(tmp_path: Path, pg_url: str, demo_server: DemoServer) -> None:
    settings = load_settings(
        {"home": tmp_path / "home", "database_url": pg_url, "allow_hosts": ["127.0.0.1"]}
    ).settings
    store = Store(settings)
    plan = load_plan(DEMO_PLAN, {"base_url": demo_server.url})
    summary = PatrolRunner(store, settings).run(plan)
    again = PatrolRunner(store, settings).run(plan)
    with store.sessions() as session:
        listings = session.scalar(select(func.count()).select_from(Listing))
        alerts = session.scalar(select(func.count()).select_from(Alert))
        duplicates = session.scalar(
            select(func.count()).select_from(
                select(FrontierItem.run_id, FrontierItem.target)
                .group_by(FrontierItem.run_id, FrontierItem.target)
                .having(func.count() > 1)
                .subquery()
            )
        )
    store.close()
    assert summary.errors == 0 and summary.listings_new == len(demo_server.catalog.listings)
    assert listings == summary.listings_new and alerts == summary.alerts > 0
    assert duplicates == 0
    assert again.listings_unchanged == listings and again.listings_new == 0


def test_evidence_item_exported_and_verified_on_postgresql(
    tmp_path: Path, pg_url: str, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Evidence items, the custody chain (advisory lock) and the package's ledger extract run
    on PostgreSQL as on SQLite; another capture's events sit in the item's span as stubs."""
    from typer.testing import CliRunner

    from wildtrace.cli import app

    monkeypatch.setenv("WILDTRACE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("WILDTRACE_DATABASE_URL", pg_url)
    monkeypatch.setenv("WILDTRACE_ALLOW_HOSTS", "127.0.0.1")
    runner = CliRunner()

    def capture(item: str) -> str:
        result = runner.invoke(app, ["capture", f"{demo_server.url}/item/{item}", "--json"])
        assert result.exit_code == 0, result.stderr
        return str(json.loads(result.stdout)["capture_id"])

    first = capture("L0003")
    other = capture("L0004")  # another investigation's capture
    note = runner.invoke(app, ["evidence", "annotate", first, "--note", "checked on PG"])
    assert note.exit_code == 0, note.stderr
    out = tmp_path / "pg.zip"
    exported = runner.invoke(app, ["evidence", "export", first, str(out)])
    assert exported.exit_code == 0, exported.stderr
    with zipfile.ZipFile(out) as archive:
        lines = archive.read("custody/extract.jsonl").decode().splitlines()
    events = [json.loads(line) for line in lines[1:]]
    full = [e for e in events if "subject" in e]
    assert {e["subject"] for e in full} == {f"capture:{first}"}
    assert [e["event"] for e in full] == ["captured", "annotated", "exported"]
    assert any("subject" not in e for e in events)  # capture `other`'s event, as a stub
    assert "/item/L0004" not in "\n".join(lines)
    assert other != first
    verified = runner.invoke(app, ["evidence", "verify", str(out)])
    assert verified.exit_code == 0, verified.stderr + verified.stdout
