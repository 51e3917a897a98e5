"""Capture one URL on demand through the same guarded path as patrols, and store it.

The body goes to the content-addressed blob store and the exchange to a capture record; a
refused URL (SSRF guard) or a failed fetch raises before anything is written.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from wildtrace.config import Settings
from wildtrace.crawl.guard import Guard
from wildtrace.crawl.http import Fetcher, FetchPolicy
from wildtrace.domain.listing import FetchedPage
from wildtrace.evidence import custody
from wildtrace.evidence.blobs import BlobStore
from wildtrace.evidence.keep import keep
from wildtrace.patrol.pipeline import store_capture
from wildtrace.store.db import Store

CAPTURE_PLUGIN_ID = "capture.on_demand.v1"
ANY_TYPE = ("",)


@dataclass(frozen=True)
class CaptureResult:
    capture_id: int
    page: FetchedPage
    warc_sha256: str

    def to_json(self) -> dict[str, object]:
        return {
            "capture_id": self.capture_id,
            "url": self.page.url,
            "final_url": self.page.final_url,
            "status": self.page.status_code,
            "content_type": self.page.content_type,
            "sha256": self.page.sha256,
            "size": len(self.page.body),
            "redirects": list(self.page.redirects),
            "peer": self.page.peer,
            "warc_sha256": self.warc_sha256,
        }


async def _fetch(settings: Settings, url: str) -> FetchedPage:
    policy = FetchPolicy(
        timeout=settings.http_timeout,
        max_body_bytes=settings.max_body_bytes,
        user_agent=settings.user_agent,
        accept_types=ANY_TYPE,
    )
    fetcher = Fetcher(Guard(settings.allow_hosts), policy, concurrency=1)
    try:
        return await fetcher.fetch(url)
    finally:
        await fetcher.aclose()


def capture_url(store: Store, settings: Settings, url: str, reason: str = "") -> CaptureResult:
    """Fetch and store; raises BlockedURL or FetchError with the reason."""
    page = asyncio.run(_fetch(settings, url))
    kept = keep(BlobStore(settings.blob_dir), page, settings.user_agent)
    with store.transaction() as session:
        capture = store_capture(session, page, None, None, CAPTURE_PLUGIN_ID, kept.warc_sha256)
        custody.append(
            session,
            f"capture:{capture.id}",
            "captured",
            reason,
            {"url": url, "sha256": page.sha256, "warc_sha256": kept.warc_sha256},
        )
        return CaptureResult(capture.id, page, kept.warc_sha256)
