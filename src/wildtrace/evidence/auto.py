"""Automatic evidence for a patrol's alerts at or above `evidence_min_score`.

After a run, each new alert of that run at or above the setting gets an evidence item: the
listing page fetched again, rendered (screenshot, PDF, DOM) and kept with its images, grouped
with the patrol's own capture that raised the alert. One Collector, so one Chromium, serves
every alert of the run. Without Chromium, the items are still made from the page and its images,
and their note (and the result) says plainly that there is no screenshot and why. A page that
cannot be fetched any more is listed in `failures`; the patrol's capture still stands.

Off by default: each preserved alert costs a browser render and a second visit to the site.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from sqlalchemy import select

from wildtrace.config import Settings
from wildtrace.crawl.capture import store_collected
from wildtrace.crawl.guard import BlockedURL
from wildtrace.crawl.http import FetchError
from wildtrace.evidence.collect import Collected, Collector
from wildtrace.evidence.items import create_item
from wildtrace.store.db import Store
from wildtrace.store.models import Alert, EvidenceItem, Listing

PLUGIN_ID = "evidence.auto.v1"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Target:
    alert_id: int
    score: int
    url: str
    source_capture_id: int | None


@dataclass
class AutoEvidence:
    """What one run's automatic evidence did: the items made, the alerts that failed, and why
    there is no screenshot when Chromium could not be used."""

    items: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    browser_error: str | None = None


def _targets(store: Store, run_id: int, min_score: int) -> list[Target]:
    """New alerts of the run at or above the score that have no evidence item yet."""
    done = select(EvidenceItem.alert_id).where(EvidenceItem.alert_id.is_not(None))
    with store.sessions() as session:
        rows = session.execute(
            select(Alert.id, Alert.score, Listing.url, Listing.last_capture_id)
            .join(Listing, Listing.id == Alert.listing_id)
            .where(Alert.run_id == run_id, Alert.score >= min_score, Alert.id.not_in(done))
            .order_by(Alert.score.desc(), Alert.id)
        ).all()
    return [Target(a, s, u, c) for a, s, u, c in rows]


def preserve_alerts(store: Store, settings: Settings, run_id: int) -> AutoEvidence:
    """Evidence items for the run's alerts at or above `settings.evidence_min_score`."""
    result = AutoEvidence()
    if settings.evidence_min_score is None:
        return result
    targets = _targets(store, run_id, settings.evidence_min_score)
    if not targets:
        return result
    collected = asyncio.run(_collect_all(settings, targets, result))
    for target, kept in collected:
        _store(store, settings, run_id, target, kept, result)
    if result.browser_error:
        log.warning("automatic evidence without screenshots: %s", result.browser_error)
    for failure in result.failures:
        log.warning("automatic evidence: %s", failure)
    return result


async def _collect_all(
    settings: Settings, targets: list[Target], result: AutoEvidence
) -> list[tuple[Target, Collected]]:
    done = []
    async with Collector(settings, render=True, images=True, tolerate_no_browser=True) as collector:
        result.browser_error = collector.browser_error
        for target in targets:
            try:
                done.append((target, await collector.collect(target.url)))
            except (FetchError, BlockedURL) as exc:
                result.failures.append(f"alert {target.alert_id}: {exc}")
    return done


def _store(
    store: Store,
    settings: Settings,
    run_id: int,
    target: Target,
    kept: Collected,
    result: AutoEvidence,
) -> None:
    reason = (
        f"automatic: alert {target.alert_id}, risk {target.score} >= {settings.evidence_min_score}"
    )
    with store.transaction() as session:
        capture_id = store_collected(session, kept, reason, PLUGIN_ID, run_id)
        captures = [(capture_id, "page")]
        if target.source_capture_id is not None:
            captures.insert(0, (target.source_capture_id, "source"))
        ident = create_item(
            session,
            captures,
            reason,
            run_id=run_id,
            alert_id=target.alert_id,
            note="; ".join(kept.notes) or None,
        )
    result.items.append(ident)
