"""Capture one URL on demand through the same guarded path as patrols, and store it.

The body goes to the content-addressed blob store and the exchange to a capture record; a
refused URL (SSRF guard) or a failed fetch raises before anything is written. As evidence, the
page is also rendered (screenshot, PDF, DOM) and its images are kept with it.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from wildtrace.config import Settings
from wildtrace.domain.listing import FetchedPage
from wildtrace.evidence import custody
from wildtrace.evidence.collect import Collected, Collector, Rendering
from wildtrace.evidence.items import create_item
from wildtrace.patrol.pipeline import store_capture
from wildtrace.store.db import Store
from wildtrace.store.models import Capture

CAPTURE_PLUGIN_ID = "capture.on_demand.v1"

__all__ = ["CAPTURE_PLUGIN_ID", "CaptureResult", "Rendering", "capture_url", "store_collected"]


@dataclass(frozen=True)
class CaptureResult:
    capture_id: int
    page: FetchedPage
    warc_sha256: str
    rendering: Rendering | None = None
    images: list[dict[str, Any]] | None = None
    notes: tuple[str, ...] = field(default=())
    evidence_id: str | None = None

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = (
            {} if self.evidence_id is None else {"evidence_id": self.evidence_id}
        )
        return data | {
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
            "images": [
                {k: image.get(k) for k in ("url", "sha256", "size", "error") if k in image}
                for image in self.images or []
            ],
            "notes": list(self.notes),
        }


def store_collected(
    session: Session,
    collected: Collected,
    reason: str,
    plugin_id: str = CAPTURE_PLUGIN_ID,
    run_id: int | None = None,
) -> int:
    """The capture row and its 'captured' custody event, inside the caller's transaction."""
    page = collected.page
    capture = store_capture(session, page, run_id, None, plugin_id, collected.warc_sha256)
    details: dict[str, object] = {
        "url": page.url,
        "sha256": page.sha256,
        "warc_sha256": collected.warc_sha256,
    }
    values: dict[str, object] = {}
    if collected.rendering is not None:
        rendering = collected.rendering
        values.update(
            screenshot_sha256=rendering.screenshot_sha256,
            pdf_sha256=rendering.pdf_sha256,
            rendered_sha256=rendering.rendered_sha256,
        )
        details.update(
            screenshot_sha256=rendering.screenshot_sha256, pdf_sha256=rendering.pdf_sha256
        )
    if collected.images is not None:
        values["images"] = collected.images
        details["images"] = [i["sha256"] for i in collected.images if "sha256" in i]
    if collected.notes:
        details["notes"] = list(collected.notes)
    if values:
        session.execute(update(Capture).where(Capture.id == capture.id).values(**values))
    custody.append(session, f"capture:{capture.id}", "captured", reason, details)
    return capture.id


async def _collect(settings: Settings, url: str, render: bool, evidence: bool) -> Collected:
    async with Collector(settings, render=render or evidence, images=evidence) as collector:
        return await collector.collect(url)


def capture_url(
    store: Store,
    settings: Settings,
    url: str,
    reason: str = "",
    render: bool = False,
    *,
    evidence: bool = False,
    case_ref: str | None = None,
) -> CaptureResult:
    """Fetch (with `render`, also screenshot and print in the browser; with `evidence`, also
    render, keep the listing's images and record an evidence item) and store; raises
    BlockedURL or FetchError with the reason, before anything is written to the store."""
    collected = asyncio.run(_collect(settings, url, render, evidence))
    ident = None
    with store.transaction() as session:
        capture_id = store_collected(session, collected, reason)
        if evidence:
            note = "; ".join(collected.notes) or None
            ident = create_item(
                session, [(capture_id, "page")], reason, case_ref=case_ref, note=note
            )
    return CaptureResult(
        capture_id,
        collected.page,
        collected.warc_sha256,
        collected.rendering,
        collected.images,
        collected.notes,
        ident,
    )
