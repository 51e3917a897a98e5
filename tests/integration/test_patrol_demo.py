"""A patrol of the demo marketplace stores every listing exactly once, and re-runs cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from wildtrace.config import Settings
from wildtrace.demo.site import DemoServer
from wildtrace.patrol.plan import load_plan
from wildtrace.patrol.runner import PatrolRunner
from wildtrace.store.db import Store
from wildtrace.store.models import Alert, Capture, Listing

pytestmark = pytest.mark.integration
DEMO_PLAN = Path(__file__).parents[2] / "src/wildtrace/demo/plan.yaml"


def test_demo_patrol_stores_every_listing_once(
    store: Store, settings: Settings, demo_server: DemoServer
) -> None:
    plan = load_plan(DEMO_PLAN, {"base_url": demo_server.url})
    summary = PatrolRunner(store, settings).run(plan)
    catalog = demo_server.catalog
    with store.sessions() as session:
        ids = session.scalars(select(Listing.external_id)).all()
        assert sorted(ids) == sorted(item.id for item in catalog.listings)
        captures = session.scalar(select(func.count()).select_from(Capture))
        alerts = session.scalar(select(func.count()).select_from(Alert))
    assert summary.status == "completed"
    assert summary.listings_new == len(catalog.listings)
    assert summary.errors == 0
    assert summary.pages_fetched == captures
    assert summary.alerts == alerts > 0
    assert sum(summary.alerts_by_appendix.values()) == summary.alerts
    assert summary.frontier == {"done": captures}

    again = PatrolRunner(store, settings).run(plan)
    assert again.run_id != summary.run_id
    assert (again.listings_new, again.listings_updated) == (0, 0)
    assert again.listings_unchanged == len(catalog.listings)
    assert again.alerts == 0


def test_listing_fields_come_from_html_or_structured_data(
    store: Store, settings: Settings, demo_server: DemoServer
) -> None:
    plan = load_plan(DEMO_PLAN, {"base_url": demo_server.url})
    PatrolRunner(store, settings).run(plan)
    catalog = {item.id: item for item in demo_server.catalog.listings}
    with store.sessions() as session:
        listings = session.scalars(select(Listing)).all()
    by_origin = {"html": 0, "structured_data": 0}
    for listing in listings:
        source = catalog[listing.external_id]
        assert listing.title == source.title
        assert listing.seller == source.seller
        if source.price is not None:
            assert listing.price == pytest.approx(source.price)
            by_origin[listing.field_origins["price"]] += 1
        assert listing.images and all(u.startswith(demo_server.url) for u in listing.images)
    assert by_origin["html"] > 0 and by_origin["structured_data"] > 0
