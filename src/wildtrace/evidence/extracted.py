"""The text and fields of a captured page, as JSON a reader can check against the body.

Derived, never original: it is computed from the stored body (the original) when a package is
made, so anyone can recompute it. Two readings are given when they exist: the generic reading
of any HTML page (title, visible text, price, images, language; sources/generic_page) and the
listing as the patrol's own source parsed it from this capture (the site definition's fields).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wildtrace.sources.generic_page import decode_html, generic_listing
from wildtrace.sources.sitedef import LISTING_FIELDS as SITE_FIELDS
from wildtrace.store.models import Listing

LISTING_FIELDS = (  # what a source's parser read, then what the patrol derived from it
    "source_id",
    "external_id",
    "url",
    *SITE_FIELDS,
    "lang",
    "field_origins",
    "content_sha256",
    "parser_id",
)


def generic_reading(body: bytes, content_type: str, url: str) -> dict[str, Any] | None:
    """The page read without a site definition; None for what is not HTML."""
    if "html" not in content_type.lower():
        return None
    record = generic_listing(decode_html(body, content_type), url, "capture", url)
    if record is None:
        return None
    return {
        "title": record.title,
        "text": record.text,
        "price": record.price,
        "currency": record.currency,
        "images": list(record.images),
        "lang": record.lang,
        "field_origins": dict(record.field_origins),
    }


def source_readings(session: Session, capture_id: int) -> list[dict[str, Any]]:
    """Listings whose current version was read from this capture by their source's parser."""
    rows = session.scalars(
        select(Listing).where(Listing.last_capture_id == capture_id).order_by(Listing.id)
    )
    return [{name: getattr(row, name) for name in LISTING_FIELDS} for row in rows]


def extracted_document(
    session: Session, capture_id: int, body: bytes, content_type: str, url: str
) -> dict[str, Any]:
    return {
        "derived_from": "body (the original bytes); recomputable",
        "generic": generic_reading(body, content_type, url),
        "listings": source_readings(session, capture_id),
    }
