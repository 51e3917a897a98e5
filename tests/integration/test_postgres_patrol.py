"""The same patrol on PostgreSQL: the scale-out store runs the same code."""

from __future__ import annotations

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
