"""Persist what one fetched page produced: capture, listing, detections, risk, alert.

Called inside the caller's transaction; never commits on its own, so a page's results land
together or not at all.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from wildtrace.domain.analysis import Analysis
from wildtrace.domain.listing import FetchedPage, ListingRecord
from wildtrace.risk.score import top_taxon
from wildtrace.store.models import Alert, Capture, Detection, Listing, Risk


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
    }
    capture_id = session.execute(insert(Capture).values(values).returning(Capture.id)).scalar_one()
    return Capture(id=capture_id, **values)


def upsert_listing(
    session: Session, record: ListingRecord, run_id: int, capture_id: int, parser_id: str
) -> tuple[Listing, str]:
    """Return the listing row and what happened to it: new, updated or unchanged."""
    now = datetime.now(UTC)
    content = record.content_hash()
    listing = session.scalar(
        select(Listing).where(
            Listing.source_id == record.source_id, Listing.external_id == record.external_id
        )
    )
    fields = dict(
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
    if listing is None:
        listing = Listing(
            source_id=record.source_id,
            external_id=record.external_id,
            first_seen_at=now,
            last_seen_at=now,
            first_run_id=run_id,
            last_run_id=run_id,
            changed_run_id=run_id,
            last_capture_id=capture_id,
            **fields,
        )
        session.add(listing)
        session.flush()
        return listing, "new"
    outcome = "unchanged"
    if listing.content_sha256 != content:
        for key, value in fields.items():
            setattr(listing, key, value)
        listing.changed_run_id = run_id
        outcome = "updated"
    listing.last_seen_at, listing.last_run_id, listing.last_capture_id = now, run_id, capture_id
    return listing, outcome


def store_analysis(
    session: Session,
    listing: Listing,
    analysis: Analysis,
    run_id: int | None,
    alert_threshold: int,
    species_export: str,
) -> Alert | None:
    """Detections and risk for the listing's current content; an alert if it warrants one."""
    now = datetime.now(UTC)
    for taxon in analysis.taxa:
        session.add(
            Detection(
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
        )
    risk = Risk(
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
    session.add(risk)
    session.flush()
    if not analysis.wildlife_trade or analysis.risk.score < alert_threshold:
        return None
    top = top_taxon(list(analysis.taxa))
    alert = Alert(
        listing_id=listing.id,
        content_sha256=listing.content_sha256,
        run_id=run_id,
        risk_id=risk.id,
        score=analysis.risk.score,
        appendix=top.appendix or "?",
        taxon_name=top.name,
        status="new",
        created_at=now,
    )
    session.add(alert)
    return alert
