"""Keep what a fetch brought back: the body and the WARC of the exchange, each under its hash."""

from __future__ import annotations

from dataclasses import dataclass

from wildtrace.domain.listing import FetchedPage
from wildtrace.evidence.blobs import BlobStore
from wildtrace.evidence.warc import capture_warc


@dataclass(frozen=True)
class Kept:
    page: FetchedPage
    warc_sha256: str


def keep(blobs: BlobStore, page: FetchedPage, user_agent: str) -> Kept:
    """Write body and WARC to the blob store (durably); the caller records the hashes."""
    blobs.put(page.body)
    return Kept(page, blobs.put(capture_warc(page, user_agent)))
