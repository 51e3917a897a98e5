"""Persist what one fetched page produced: capture, listing, detections, risk, alert.

Called inside the caller's transaction; never commits on its own, so a page's results land
together or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from wildtrace.crawl.tls import tls_record
from wildtrace.domain.analysis import Analysis
from wildtrace.domain.listing import FetchedPage, ListingRecord
from wildtrace.risk.score import top_taxon
from wildtrace.store.models import Alert, Capture, Detection, Listing, Risk

# Built once: Core statements executed on the session's connection skip the ORM layer, which
# was most of the cost of storing a page.
_INSERT_CAPTURE = insert(Capture).returning(Capture.id)
_INSERT_LISTING = insert(Listing).returning(Listing.id)
_INSERT_RISK = insert(Risk).returning(Risk.id)
_FIND_LISTING = select(Listing.id, Listing.content_sha256).where(
    Listing.source_id == bindparam("source_id"), Listing.external_id == bindparam("external_id")
)


def store_capture(
    session: Session,
    page: FetchedPage,
    run_id: int | None,
    source_id: str | None,
    plugin_id: str,
    warc_sha256: str | None = None,
) -> Capture:
    """Insert the capture row (a Core insert: one statement, no unit-of-work bookkeeping)."""
    values = {
        "run_id": run_id,
        "source_id": source_id,
        "plugin_id": plugin_id,
        "url": page.url,
        "final_url": page.final_url,
        "redirects": list(page.redirects),
        "status_code": page.status_code,
        "content_type": page.content_type,
        "headers": [list(h) for h in page.headers],
        "sha256": page.sha256,
        "size": len(page.body),
        "elapsed_ms": page.elapsed_ms,
        "fetched_at": datetime.now(UTC),
        "peer": page.peer,
        "warc_sha256": warc_sha256,
        "tls": tls_record(page.tls) if page.tls is not None else None,
    }
    capture_id = session.connection().execute(_INSERT_CAPTURE, values).scalar_one()
    return Capture(id=capture_id, **values)


@dataclass(frozen=True)
class StoredListing:
    """What the patrol needs of a stored listing: its row id and current content hash."""

    id: int
    content_sha256: str


def find_listing(session: Session, record: ListingRecord) -> StoredListing | None:
    params = {"source_id": record.source_id, "external_id": record.external_id}
    row = session.connection().execute(_FIND_LISTING, params).first()
    return StoredListing(row[0], row[1]) if row else None


def _fields(record: ListingRecord, content: str, parser_id: str) -> dict[str, Any]:
    return dict(
        url=record.url,
        title=record.title,
        text=record.text,
        price=record.price,
        currency=record.currency,
        seller=record.seller,
        seller_name=record.seller_name,
        location=record.location,
        posted_at=record.posted_at,
        images=list(record.images),
        lang=record.lang,
        field_origins=dict(record.field_origins),
        content_sha256=content,
        parser_id=parser_id,
    )


def write_listing(
    session: Session,
    record: ListingRecord,
    known: StoredListing | None,
    run_id: int,
    capture_id: int,
    parser_id: str,
    content: str | None = None,
) -> tuple[StoredListing, str]:
    """Insert or update the listing (`known` is what find_listing returned); return it and
    what happened to it: new, updated or unchanged. Core statements: no ORM bookkeeping."""
    now = datetime.now(UTC)
    content = content or record.content_hash()
    seen = dict(last_seen_at=now, last_run_id=run_id, last_capture_id=capture_id)
    conn = session.connection()
    if known is None:
        row = dict(
            source_id=record.source_id,
            external_id=record.external_id,
            first_seen_at=now,
            first_run_id=run_id,
            changed_run_id=run_id,
            **seen,
            **_fields(record, content, parser_id),
        )
        listing_id = conn.execute(_INSERT_LISTING, row).scalar_one()
        return StoredListing(listing_id, content), "new"
    changed = known.content_sha256 != content
    values = {**_fields(record, content, parser_id), "changed_run_id": run_id} if changed else {}
    conn.execute(update(Listing).where(Listing.id == known.id), {**seen, **values})
    return StoredListing(known.id, content), ("updated" if changed else "unchanged")


def _detection_rows(
    listing: StoredListing, analysis: Analysis, species_export: str, now: datetime
) -> list[dict[str, Any]]:
    return [
        dict(
            listing_id=listing.id,
            content_sha256=listing.content_sha256,
            detector_id=taxon.detector_id,
            taxon_id=taxon.taxon_id,
            taxon_name=taxon.name,
            rank=taxon.rank,
            appendix=taxon.appendix,
            matched=taxon.matched,
            span_start=taxon.start,
            span_end=taxon.end,
            name_kind=taxon.name_kind,
            product=taxon.product,
            evasion=list(taxon.evasion),
            confidence=taxon.confidence,
            species_export=species_export,
            created_at=now,
        )
        for taxon in analysis.taxa
    ]


def _insert_alert(
    conn: Connection, listing: StoredListing, analysis: Analysis, run_id: int | None, risk_id: int
) -> int | None:
    """The alert of this listing version, unless it has one already (then None)."""
    top = top_taxon(list(analysis.taxa))
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = (
        dialect.insert(Alert)
        .on_conflict_do_nothing(index_elements=["listing_id", "content_sha256"])
        .returning(Alert.id)
    )
    alert = dict(
        listing_id=listing.id,
        content_sha256=listing.content_sha256,
        run_id=run_id,
        risk_id=risk_id,
        score=analysis.risk.score,
        appendix=top.appendix or "?",
        taxon_name=top.name,
        status="new",
        created_at=datetime.now(UTC),
    )
    return conn.execute(stmt, alert).scalar()


def store_analysis(
    session: Session,
    listing: StoredListing,
    analysis: Analysis,
    run_id: int | None,
    alert_threshold: int,
    species_export: str,
) -> int | None:
    """Detections and risk for the listing's current content; an alert if it warrants one
    (its id is returned). A listing that changes back to an earlier version keeps that
    version's first alert."""
    now = datetime.now(UTC)
    conn = session.connection()
    detections = _detection_rows(listing, analysis, species_export, now)
    if detections:
        conn.execute(insert(Detection), detections)
    risk = dict(
        listing_id=listing.id,
        content_sha256=listing.content_sha256,
        scorer_id=analysis.risk.scorer_id,
        score=analysis.risk.score,
        wildlife_trade=analysis.wildlife_trade,
        reasons=[
            {"code": r.code, "weight": r.weight, "text": r.text} for r in analysis.risk.reasons
        ],
        created_at=now,
    )
    risk_id = conn.execute(_INSERT_RISK, risk).scalar_one()
    if not analysis.wildlife_trade or analysis.risk.score < alert_threshold:
        return None
    return _insert_alert(conn, listing, analysis, run_id, risk_id)
