"""Automatic evidence after a patrol: every new alert at or above evidence_min_score gets an
evidence item (rendered page with screenshot, PDF and images, plus the patrol's capture), with
one browser for the whole run; without Chromium the items say so instead of failing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from wildtrace.config import Settings, load_settings
from wildtrace.crawl import browser
from wildtrace.demo.site import DemoServer
from wildtrace.evidence.auto import preserve_alerts
from wildtrace.patrol.plan import load_plan
from wildtrace.patrol.runner import PatrolRunner
from wildtrace.store.db import Store
from wildtrace.store.models import Alert, Capture, EvidenceCapture, EvidenceItem

pytestmark = pytest.mark.integration
DEMO_PLAN = Path(__file__).parents[2] / "src/wildtrace/demo/plan.yaml"
MIN_SCORE = 90  # four alerts of the demo patrol


def _with_min_score(home: Path, score: int | None) -> Settings:
    return load_settings(
        {"home": home, "allow_hosts": ["127.0.0.1"], "evidence_min_score": score}
    ).settings


def test_patrol_preserves_its_top_alerts_with_one_browser(
    home: Path, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = _with_min_score(home, MIN_SCORE)
    launches = []
    original = browser.BrowserRenderer.__aenter__

    async def counted(self: browser.BrowserRenderer) -> browser.BrowserRenderer:
        launches.append(1)
        return await original(self)

    monkeypatch.setattr(browser.BrowserRenderer, "__aenter__", counted)
    store = Store(settings)
    try:
        summary = PatrolRunner(store, settings).run(
            load_plan(DEMO_PLAN, {"base_url": demo_server.url})
        )
        with store.sessions() as session:
            alerts = session.execute(select(Alert.id, Alert.score)).all()
            items = session.scalars(select(EvidenceItem)).all()
            roles = {
                (m.item_id, m.role): session.get(Capture, m.capture_id)
                for m in session.scalars(select(EvidenceCapture))
            }
        again = preserve_alerts(store, settings, summary.run_id)
    finally:
        store.close()
    high = {a for a, score in alerts if score >= MIN_SCORE}
    assert high and len(high) < len(alerts)  # the threshold selects, it does not take all
    assert {i.alert_id for i in items} == high and len(items) == len(high)
    assert launches == [1]
    for item in items:
        page, source = roles[(item.id, "page")], roles[(item.id, "source")]
        assert page is not None and source is not None
        assert page.screenshot_sha256 and page.pdf_sha256 and page.images
        assert any("sha256" in image for image in page.images)
        assert page.final_url == source.final_url and item.run_id == summary.run_id
        assert item.note is None and f">= {MIN_SCORE}" in item.reason
    assert again.items == []  # an alert is preserved once


def test_without_chromium_the_items_say_why(
    home: Path, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(browser, "CHROMIUM_PATHS", ("/nonexistent/chromium",))
    settings = _with_min_score(home, MIN_SCORE)
    store = Store(settings)
    try:
        summary = PatrolRunner(store, settings).run(
            load_plan(DEMO_PLAN, {"base_url": demo_server.url})
        )
        assert summary.status == "completed"
        with store.sessions() as session:
            items = session.scalars(select(EvidenceItem)).all()
            pages = session.scalars(
                select(Capture)
                .join(EvidenceCapture, EvidenceCapture.capture_id == Capture.id)
                .where(EvidenceCapture.role == "page")
            ).all()
    finally:
        store.close()
    assert items and all("not rendered: Chromium not found" in (i.note or "") for i in items)
    assert pages and all(p.screenshot_sha256 is None and p.images for p in pages)


def test_off_by_default(settings: Settings, store: Store) -> None:
    assert settings.evidence_min_score is None
    assert preserve_alerts(store, settings, 1).items == []
