"""Tables. API models are separate (domain/); these only persist.

Captures are immutable; a listing row is the latest view of a listing, with every capture kept.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Source(Base):
    __tablename__ = "source"
    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    plugin_id: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(500))
    definition_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PatrolRun(Base):
    __tablename__ = "patrol_run"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_name: Mapped[str] = mapped_column(String(200), index=True)
    plan_sha256: Mapped[str] = mapped_column(String(64))
    plan: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20), index=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(Integer, default=1)


class FrontierItem(Base):
    """A URL to fetch within a run; `target` is relative to the source's base URL when under it,
    so a run resumes even when the site moved (a mirror, or the demo on another port)."""

    __tablename__ = "frontier"
    __table_args__ = (
        UniqueConstraint("run_id", "source_key", "target", name="uq_frontier_target"),
        Index("ix_frontier_pending", "run_id", "state", "id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("patrol_run.id"))
    source_key: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    target: Mapped[str] = mapped_column(Text)
    query: Mapped[str | None] = mapped_column(Text)
    page: Mapped[int] = mapped_column(Integer, default=1)
    state: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    capture_id: Mapped[int | None] = mapped_column(ForeignKey("capture.id"))
    discovered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Capture(Base):
    __tablename__ = "capture"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("patrol_run.id"), index=True)
    source_id: Mapped[str | None] = mapped_column(String(200))
    plugin_id: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(Text)
    final_url: Mapped[str] = mapped_column(Text)
    redirects: Mapped[list[Any]] = mapped_column(JSON)
    status_code: Mapped[int] = mapped_column(Integer)
    content_type: Mapped[str] = mapped_column(String(200))
    headers: Mapped[list[Any]] = mapped_column(JSON)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    elapsed_ms: Mapped[int] = mapped_column(Integer)
    fetched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    peer: Mapped[str | None] = mapped_column(String(64))
    warc_sha256: Mapped[str | None] = mapped_column(String(64))
    screenshot_sha256: Mapped[str | None] = mapped_column(String(64))
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    rendered_sha256: Mapped[str | None] = mapped_column(String(64))
    images: Mapped[list[Any] | None] = mapped_column(JSON)  # the page's images (evidence)
    tls: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # crawl/tls.describe + chain blob


class Listing(Base):
    __tablename__ = "listing"
    __table_args__ = (UniqueConstraint("source_id", "external_id", name="uq_listing_external"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[str] = mapped_column(String(200))
    external_id: Mapped[str] = mapped_column(String(500))
    url: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    price: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(10))
    seller: Mapped[str | None] = mapped_column(String(500))
    seller_name: Mapped[str | None] = mapped_column(String(500))
    location: Mapped[str | None] = mapped_column(String(500))
    posted_at: Mapped[str | None] = mapped_column(String(64))
    images: Mapped[list[Any]] = mapped_column(JSON)
    lang: Mapped[str | None] = mapped_column(String(20))
    field_origins: Mapped[dict[str, Any]] = mapped_column(JSON)
    content_sha256: Mapped[str] = mapped_column(String(64))
    parser_id: Mapped[str] = mapped_column(String(200))
    first_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    first_run_id: Mapped[int | None] = mapped_column(ForeignKey("patrol_run.id"))
    last_run_id: Mapped[int | None] = mapped_column(ForeignKey("patrol_run.id"))
    changed_run_id: Mapped[int | None] = mapped_column(ForeignKey("patrol_run.id"))
    last_capture_id: Mapped[int | None] = mapped_column(ForeignKey("capture.id"))
    removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    removed_run_id: Mapped[int | None] = mapped_column(ForeignKey("patrol_run.id"))
    removed_capture_id: Mapped[int | None] = mapped_column(ForeignKey("capture.id"))


class Detection(Base):
    """One taxon found in one version (content hash) of a listing, by one detector."""

    __tablename__ = "detection"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    listing_id: Mapped[int] = mapped_column(ForeignKey("listing.id"), index=True)
    content_sha256: Mapped[str] = mapped_column(String(64))
    detector_id: Mapped[str] = mapped_column(String(200))
    taxon_id: Mapped[str] = mapped_column(String(100))
    taxon_name: Mapped[str] = mapped_column(String(300))
    rank: Mapped[str] = mapped_column(String(30))
    appendix: Mapped[str] = mapped_column(String(10))
    matched: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    name_kind: Mapped[str] = mapped_column(String(50))
    product: Mapped[str | None] = mapped_column(String(50))
    evasion: Mapped[list[Any]] = mapped_column(JSON)
    confidence: Mapped[float] = mapped_column(Float)
    species_export: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Risk(Base):
    __tablename__ = "risk"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    listing_id: Mapped[int] = mapped_column(ForeignKey("listing.id"), index=True)
    content_sha256: Mapped[str] = mapped_column(String(64))
    scorer_id: Mapped[str] = mapped_column(String(200))
    score: Mapped[int] = mapped_column(Integer)
    wildlife_trade: Mapped[bool]
    reasons: Mapped[list[Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Alert(Base):
    __tablename__ = "alert"
    __table_args__ = (UniqueConstraint("listing_id", "content_sha256", name="uq_alert_version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    listing_id: Mapped[int] = mapped_column(ForeignKey("listing.id"), index=True)
    content_sha256: Mapped[str] = mapped_column(String(64))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("patrol_run.id"), index=True)
    risk_id: Mapped[int] = mapped_column(ForeignKey("risk.id"))
    score: Mapped[int] = mapped_column(Integer)
    appendix: Mapped[str] = mapped_column(String(10))
    taxon_name: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default="new")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CustodyEvent(Base):
    """One event of the chain of custody; written once, never updated (see evidence/custody)."""

    __tablename__ = "custody_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    subject: Mapped[str] = mapped_column(String(200), index=True)
    event: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[str] = mapped_column(String(40))
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class EvidenceItem(Base):
    """What an operator (or a patrol, for an alert) preserved as one piece of evidence: one or
    more captures, who took them, why, for which case or patrol. Written once."""

    __tablename__ = "evidence_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    operator: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    case_ref: Mapped[str | None] = mapped_column(String(200))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("patrol_run.id"))
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("alert.id"), index=True)
    note: Mapped[str | None] = mapped_column(Text)  # e.g. why there is no screenshot


class EvidenceCapture(Base):
    """One capture of an evidence item, with its role (page, rendered, source …)."""

    __tablename__ = "evidence_capture"
    item_id: Mapped[int] = mapped_column(ForeignKey("evidence_item.id"), primary_key=True)
    capture_id: Mapped[int] = mapped_column(ForeignKey("capture.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(40))
