"""Revisits record changed listings and listings gone from the site, with the proof."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from wildtrace.config import Settings
from wildtrace.demo.catalog import DATA_DIR, load_catalog
from wildtrace.demo.site import make_server
from wildtrace.patrol.plan import build_plan
from wildtrace.patrol.runner import PatrolRunner
from wildtrace.store.db import Store
from wildtrace.store.models import Capture, Listing

pytestmark = pytest.mark.integration


def _catalog(folder: Path, rows: list[dict[str, object]]) -> Path:
    folder.mkdir()
    (folder / "sellers.json").write_text((DATA_DIR / "sellers.json").read_text("utf-8"), "utf-8")
    (folder / "listings.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8"
    )
    return folder


def test_changes_and_removals_are_recorded(
    tmp_path: Path, store: Store, settings: Settings
) -> None:
    rows = [json.loads(x) for x in (DATA_DIR / "listings.jsonl").read_text("utf-8").splitlines()][
        :30
    ]
    plan_data = {
        "name": "watch",
        "delay": 0,
        "revisit_after_hours": 0,
        "sources": [{"site": "demo-market", "queries": [""]}],
    }
    first = load_catalog(_catalog(tmp_path / "v1", rows))
    with make_server(catalog=first) as server:
        plan = build_plan(plan_data, "plan", overrides={"base_url": server.url})
        summary = PatrolRunner(store, settings).run(plan)
    assert summary.listings_new == 30 and summary.listings_removed == 0

    gone = rows[3]["id"]
    changed = dict(rows[5], text=str(rows[5]["text"]) + " Price now halved, last chance.")
    later = [changed if r["id"] == changed["id"] else r for r in rows if r["id"] != gone]
    with make_server(catalog=load_catalog(_catalog(tmp_path / "v2", later))) as server:
        plan = build_plan(plan_data, "plan", overrides={"base_url": server.url})
        summary = PatrolRunner(store, settings).run(plan)
    assert summary.listings_removed == 1, summary.error_messages[:3]
    assert summary.listings_updated == 1
    assert summary.listings_unchanged == 28
    assert summary.errors == 0
    with store.sessions() as session:
        removed = session.scalars(select(Listing).where(Listing.removed_at.is_not(None))).one()
        proof = session.get(Capture, removed.removed_capture_id)
        assert removed.external_id == gone
        assert proof is not None and proof.status_code == 404
        updated = session.scalars(select(Listing).where(Listing.external_id == changed["id"])).one()
        assert updated.text.endswith("last chance.")
        assert updated.changed_run_id == summary.run_id
