"""Keep what a fetch brought back: the body and the WARC of the exchange, each under its hash."""

from __future__ import annotations

from dataclasses import dataclass

from wildtrace.crawl.tls import chain_pem
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
    if page.tls is not None and page.tls.chain_der:
        blobs.put(chain_pem(page.tls))  # also in the WARC; on its own for the package
    return Kept(page, blobs.put(capture_warc(page, user_agent)))
