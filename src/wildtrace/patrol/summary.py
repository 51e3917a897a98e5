"""The end-of-patrol summary, computed from the store so a resumed run reports its whole work."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wildtrace.crawl import frontier
from wildtrace.patrol.revisits import count_removed
from wildtrace.store.models import Alert, Capture, FrontierItem, Listing, PatrolRun

MAX_ERRORS_LISTED = 20


@dataclass
class PatrolSummary:
    run_id: int
    plan: str
    status: str
    attempts: int
    started_at: str
    finished_at: str | None
    pages_fetched: int
    listings_new: int
    listings_updated: int
    listings_unchanged: int
    listings_removed: int
    alerts: int
    alerts_by_appendix: dict[str, int]
    alerts_by_taxon: dict[str, int]
    errors: int
    error_messages: list[str] = field(default_factory=list)
    frontier: dict[str, int] = field(default_factory=dict)
    species_export: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _count(session: Session, stmt: Any) -> int:
    return int(session.scalar(stmt) or 0)


def summarise(session: Session, run_id: int, species_export: str) -> PatrolSummary:
    run = session.get(PatrolRun, run_id)
    if run is None:
        raise LookupError(f"no patrol run {run_id}")
    n_listing = select(func.count()).select_from(Listing)
    new = _count(session, n_listing.where(Listing.first_run_id == run_id))
    changed = _count(session, n_listing.where(Listing.changed_run_id == run_id))
    seen = _count(session, n_listing.where(Listing.last_run_id == run_id))
    by_appendix = dict(
        session.execute(
            select(Alert.appendix, func.count())
            .where(Alert.run_id == run_id)
            .group_by(Alert.appendix)
            .order_by(Alert.appendix)
        ).all()
    )
    by_taxon = dict(
        session.execute(
            select(Alert.taxon_name, func.count())
            .where(Alert.run_id == run_id)
            .group_by(Alert.taxon_name)
            .order_by(func.count().desc(), Alert.taxon_name)
        ).all()
    )
    failed = session.scalars(
        select(FrontierItem.error)
        .where(FrontierItem.run_id == run_id, FrontierItem.state == frontier.FAILED)
        .order_by(FrontierItem.id)
    ).all()
    return PatrolSummary(
        run_id=run_id,
        plan=run.plan_name,
        status=run.status,
        attempts=run.attempts,
        started_at=run.started_at.isoformat(),
        finished_at=run.finished_at.isoformat() if run.finished_at else None,
        pages_fetched=_count(
            session, select(func.count()).select_from(Capture).where(Capture.run_id == run_id)
        ),
        listings_new=new,
        listings_updated=changed - new,
        listings_unchanged=seen - changed,
        listings_removed=count_removed(session, run_id),
        alerts=sum(by_appendix.values()),
        alerts_by_appendix=by_appendix,
        alerts_by_taxon=by_taxon,
        errors=len(failed),
        error_messages=[str(e) for e in failed[:MAX_ERRORS_LISTED]],
        frontier=frontier.counts(session, run_id),
        species_export=species_export,
    )
