"""Persist what the fetched pages of a batch produced: captures, listings, detections, risks,
alerts — one statement per table for the whole batch.

Called inside the caller's transaction; never commits on its own, so a batch's results land
together or not at all.
"""

from __future__ import annotations

from collections.abc import Sequence
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
# Batch forms: one statement for the rows of many pages (ids back in the order of the rows).
# On PostgreSQL each statement is a round trip, on SQLite a trip through the driver.
_INSERT_CAPTURES = insert(Capture).returning(Capture.id, sort_by_parameter_order=True)
_INSERT_LISTINGS = insert(Listing).returning(Listing.id, sort_by_parameter_order=True)
_INSERT_RISKS = insert(Risk).returning(Risk.id, sort_by_parameter_order=True)
_UPDATE_LISTING = update(Listing).where(Listing.id == bindparam("listing_row_id"))
_FIND_LISTINGS = select(Listing.id, Listing.content_sha256, Listing.external_id).where(
    Listing.source_id == bindparam("source_id"),
    Listing.external_id.in_(bindparam("external_ids", expanding=True)),
)
FIND_CHUNK = 500  # external ids per lookup: well inside every driver's parameter limit


def store_capture(
    session: Session,
    page: FetchedPage,
    run_id: int | None,
    source_id: str | None,
    plugin_id: str,
    warc_sha256: str | None = None,
) -> Capture:
    """Insert the capture row (a Core insert: one statement, no unit-of-work bookkeeping)."""
    values = capture_values(page, run_id, source_id, plugin_id, warc_sha256)
    capture_id = session.connection().execute(_INSERT_CAPTURE, values).scalar_one()
    return Capture(id=capture_id, **values)


def capture_values(
    page: FetchedPage,
    run_id: int | None,
    source_id: str | None,
    plugin_id: str,
    warc_sha256: str | None = None,
) -> dict[str, Any]:
    """The capture row of a fetched page."""
    return {
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


def insert_captures(session: Session, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert capture rows (from capture_values) in one statement; their ids, in order."""
    if not rows:
        return []
    return list(session.connection().execute(_INSERT_CAPTURES, list(rows)).scalars())


@dataclass(frozen=True)
class StoredListing:
    """What the patrol needs of a stored listing: its row id and current content hash."""

    id: int
    content_sha256: str


ListingKey = tuple[str, str]  # (source id, external id)


def find_listings(
    session: Session, records: Sequence[ListingRecord]
) -> dict[ListingKey, StoredListing]:
    """What is stored of many listings, in one query per source (and per FIND_CHUNK ids)."""
    wanted: dict[str, set[str]] = {}
    for record in records:
        wanted.setdefault(record.source_id, set()).add(record.external_id)
    conn = session.connection()
    found: dict[ListingKey, StoredListing] = {}
    for source_id, ids in wanted.items():
        ordered = sorted(ids)
        for at in range(0, len(ordered), FIND_CHUNK):
            params = {"source_id": source_id, "external_ids": ordered[at : at + FIND_CHUNK]}
            for row_id, content, external_id in conn.execute(_FIND_LISTINGS, params):
                found[(source_id, external_id)] = StoredListing(row_id, content)
    return found


@dataclass(frozen=True)
class ListingWrite:
    """One listing of a page to store: what the page said and what is stored of it."""

    record: ListingRecord
    known: StoredListing | None
    content: str
    capture_id: int | None
    parser_id: str


def write_listings(
    session: Session, writes: Sequence[ListingWrite], run_id: int
) -> list[tuple[StoredListing, str]]:
    """write_listing for many listings, each key at most once: new ones in one insert,
    changed and unchanged ones in one update statement each. Results in the order given."""
    now = datetime.now(UTC)
    conn = session.connection()
    out: list[tuple[StoredListing, str] | None] = [None] * len(writes)
    inserts: list[tuple[int, dict[str, Any]]] = []
    changed: list[dict[str, Any]] = []
    unchanged: list[dict[str, Any]] = []
    for n, w in enumerate(writes):
        seen = dict(last_seen_at=now, last_run_id=run_id, last_capture_id=w.capture_id)
        if w.known is None:
            row = dict(
                source_id=w.record.source_id,
                external_id=w.record.external_id,
                first_seen_at=now,
                first_run_id=run_id,
                changed_run_id=run_id,
                **seen,
                **_fields(w.record, w.content, w.parser_id),
            )
            inserts.append((n, row))
        elif w.known.content_sha256 != w.content:
            fields = _fields(w.record, w.content, w.parser_id)
            changed.append(
                {"listing_row_id": w.known.id, **seen, **fields, "changed_run_id": run_id}
            )
            out[n] = (StoredListing(w.known.id, w.content), "updated")
        else:
            unchanged.append({"listing_row_id": w.known.id, **seen})
            out[n] = (w.known, "unchanged")
    if inserts:
        ids = conn.execute(_INSERT_LISTINGS, [row for _, row in inserts]).scalars()
        for (n, _), listing_id in zip(inserts, ids, strict=True):
            out[n] = (StoredListing(listing_id, writes[n].content), "new")
    for rows in (changed, unchanged):
        if rows:
            conn.execute(_UPDATE_LISTING, rows)
    return [pair for pair in out if pair is not None]


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


def _alert_insert(conn: Connection) -> Any:
    """An alert insert that leaves a listing version's existing alert alone."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(Alert).on_conflict_do_nothing(
        index_elements=["listing_id", "content_sha256"]
    )


def _alert_row(
    listing: StoredListing, analysis: Analysis, run_id: int | None, risk_id: int
) -> dict[str, Any]:
    top = top_taxon(list(analysis.taxa))
    return dict(
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


def _risk_row(listing: StoredListing, analysis: Analysis, now: datetime) -> dict[str, Any]:
    return dict(
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


def _alerts(analysis: Analysis, alert_threshold: int) -> bool:
    return analysis.wildlife_trade and analysis.risk.score >= alert_threshold


def store_analyses(
    session: Session,
    analysed: Sequence[tuple[StoredListing, Analysis]],
    run_id: int | None,
    alert_threshold: int,
    species_export: str,
) -> None:
    """store_analysis for many listing versions: detections, risks and alerts in one
    statement each."""
    if not analysed:
        return
    now = datetime.now(UTC)
    conn = session.connection()
    detections = [
        row
        for listing, analysis in analysed
        for row in _detection_rows(listing, analysis, species_export, now)
    ]
    if detections:
        conn.execute(insert(Detection), detections)
    risks = [_risk_row(listing, analysis, now) for listing, analysis in analysed]
    risk_ids = conn.execute(_INSERT_RISKS, risks).scalars()
    alerts = [
        _alert_row(listing, analysis, run_id, risk_id)
        for (listing, analysis), risk_id in zip(analysed, risk_ids, strict=True)
        if _alerts(analysis, alert_threshold)
    ]
    if alerts:
        conn.execute(_alert_insert(conn), alerts)
