"""Read-only queries over the store for the CLI and exporters."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wildtrace.store.models import Alert, Capture, Detection, Listing, PatrolRun, Risk


def store_counts(session: Session) -> dict[str, int]:
    tables = {
        "listings": Listing,
        "captures": Capture,
        "detections": Detection,
        "alerts": Alert,
        "patrol_runs": PatrolRun,
    }
    return {
        name: int(session.scalar(select(func.count()).select_from(model)) or 0)
        for name, model in tables.items()
    }


def list_alerts(session: Session, limit: int = 50, min_score: int = 0) -> list[dict[str, Any]]:
    stmt = (
        select(Alert, Listing, Risk)
        .join(Listing, Alert.listing_id == Listing.id)
        .join(Risk, Alert.risk_id == Risk.id)
        .where(Alert.score >= min_score)
        .order_by(Alert.id.desc())
        .limit(limit)
    )
    rows = []
    for alert, listing, risk in session.execute(stmt):
        rows.append(
            {
                "id": alert.id,
                "score": alert.score,
                "appendix": alert.appendix,
                "taxon": alert.taxon_name,
                "status": alert.status,
                "created_at": alert.created_at.isoformat(),
                "run_id": alert.run_id,
                "listing_id": listing.id,
                "capture_id": listing.last_capture_id,
                "source": listing.source_id,
                "external_id": listing.external_id,
                "title": listing.title,
                "url": listing.url,
                "seller": listing.seller,
                "price": listing.price,
                "currency": listing.currency,
                "reasons": [r["text"] for r in risk.reasons],
            }
        )
    return rows
