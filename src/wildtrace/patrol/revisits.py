"""Revisits: known listings are fetched again on later patrols; a change is recorded, and a
listing gone from the site (404 or 410) is marked removed with the capture that shows it —
a removal is evidence too (a takedown that worked, or a seller covering tracks)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wildtrace.crawl import frontier
from wildtrace.domain.listing import FetchedPage
from wildtrace.patrol.pipeline import store_capture
from wildtrace.sources.base import Source
from wildtrace.store.models import Listing

REVISIT = "revisit"
GONE = frozenset({404, 410})


def revisit_items(
    session: Session, sources: tuple[Source, ...], older_than_hours: float
) -> list[frontier.NewItem]:
    """Frontier items for listings not seen for a while and not known to be removed."""
    cutoff = datetime.now(UTC) - timedelta(hours=older_than_hours)
    items: list[frontier.NewItem] = []
    for source in sources:
        if getattr(source, "revisit_kind", None) is None:
            continue
        urls = session.scalars(
            select(Listing.url)
            .where(
                Listing.source_id == source.key,
                Listing.removed_at.is_(None),
                Listing.last_seen_at <= cutoff,
            )
            .order_by(Listing.id)
        )
        target = getattr(source, "revisit_target", source.relativise)
        items.extend(frontier.NewItem(source.key, REVISIT, target(u), None) for u in urls)
    return items


def mark_removed(
    session: Session, run_id: int, source: Source, url: str, page: FetchedPage
) -> bool:
    """Record that the listing at `url` is gone; False if no such listing is known."""
    external_id = getattr(source, "listing_id", lambda _: None)(url)
    key = Listing.external_id == external_id if external_id else Listing.url == url
    listing = session.scalars(select(Listing).where(Listing.source_id == source.key, key)).first()
    if listing is None:
        return False
    capture = store_capture(session, page, run_id, source.key, source.id)
    listing.removed_at = datetime.now(UTC)
    listing.removed_run_id = run_id
    listing.removed_capture_id = capture.id
    return True


def count_removed(session: Session, run_id: int) -> int:
    stmt = select(func.count()).select_from(Listing).where(Listing.removed_run_id == run_id)
    return int(session.scalar(stmt) or 0)
