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
from wildtrace.store.models import Capture

CAPTURE_PLUGIN_ID = "capture.on_demand.v1"
ANY_TYPE = ("",)


@dataclass(frozen=True)
class Rendering:
    """What the browser showed: screenshot, PDF and DOM, each under its hash in the blob store."""

    screenshot_sha256: str
    pdf_sha256: str
    rendered_sha256: str


@dataclass(frozen=True)
class CaptureResult:
    capture_id: int
    page: FetchedPage
    warc_sha256: str
    rendering: Rendering | None = None

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
            "screenshot_sha256": self.rendering.screenshot_sha256 if self.rendering else None,
            "pdf_sha256": self.rendering.pdf_sha256 if self.rendering else None,
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


async def _render(settings: Settings, url: str, blobs: BlobStore) -> Rendering:
    from wildtrace.crawl.browser import BrowserRenderer

    async with BrowserRenderer(settings) as renderer:
        rendered = await renderer.render(url, screenshot=True)
    assert rendered.screenshot_png is not None and rendered.pdf is not None
    return Rendering(
        blobs.put(rendered.screenshot_png), blobs.put(rendered.pdf), blobs.put(rendered.page.body)
    )


def capture_url(
    store: Store, settings: Settings, url: str, reason: str = "", render: bool = False
) -> CaptureResult:
    """Fetch (and, with `render`, also screenshot and print in the browser) and store; raises
    BlockedURL or FetchError with the reason, before anything is written to the store."""
    page = asyncio.run(_fetch(settings, url))
    blobs = BlobStore(settings.blob_dir)
    kept = keep(blobs, page, settings.user_agent)
    rendering = asyncio.run(_render(settings, url, blobs)) if render else None
    with store.transaction() as session:
        capture = store_capture(session, page, None, None, CAPTURE_PLUGIN_ID, kept.warc_sha256)
        details: dict[str, object] = {
            "url": url,
            "sha256": page.sha256,
            "warc_sha256": kept.warc_sha256,
        }
        if rendering is not None:
            stored = session.get(Capture, capture.id)
            assert stored is not None
            stored.screenshot_sha256 = rendering.screenshot_sha256
            stored.pdf_sha256 = rendering.pdf_sha256
            stored.rendered_sha256 = rendering.rendered_sha256
            details.update(
                screenshot_sha256=rendering.screenshot_sha256, pdf_sha256=rendering.pdf_sha256
            )
        custody.append(session, f"capture:{capture.id}", "captured", reason, details)
        return CaptureResult(capture.id, page, kept.warc_sha256, rendering)
