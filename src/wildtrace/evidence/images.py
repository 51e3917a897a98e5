"""The listing's images, kept with an evidence capture.

A listing's photos are often the strongest evidence (the animal, the tusk, the scale marks), and
they vanish with the listing. They are found in the page (`og:image`, then `<img src>`, in the
served HTML and the rendered DOM), fetched through the same guarded Fetcher as the page, at most
MAX_IMAGES of them and MAX_IMAGE_BYTES each; each kept as its body and the WARC of its exchange,
under their hashes. An image that cannot be fetched is recorded with the reason, never fatal.
"""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from wildtrace.crawl.guard import BlockedURL
from wildtrace.crawl.http import Fetcher, FetchError
from wildtrace.domain.listing import FetchedPage
from wildtrace.evidence.blobs import BlobStore
from wildtrace.evidence.keep import keep

MAX_IMAGES = 20
MAX_IMAGE_BYTES = 5_000_000
IMAGE_TYPES = ("image/",)
MAX_FOUND = 200  # addresses read from one page, before the cap


def image_urls(html: str, base: str) -> list[str]:
    """Absolute http(s) image addresses of a page, og:image first, without repeats."""
    tree = LexborHTMLParser(html)
    found = [n.attributes.get("content") or "" for n in tree.css('meta[property="og:image"]')]
    found += [n.attributes.get("src") or "" for n in tree.css("img[src]")]
    urls: list[str] = []
    for raw in found[:MAX_FOUND]:
        try:
            url = urljoin(base, raw.strip()) if raw.strip() else ""
            parts = urlsplit(url)
        except ValueError:
            continue
        if parts.scheme.lower() in {"http", "https"} and parts.hostname and url not in urls:
            urls.append(url)
    return urls


def _record(page: FetchedPage, warc_sha256: str) -> dict[str, Any]:
    return {
        "url": page.url,
        "final_url": page.final_url,
        "redirects": list(page.redirects),
        "status_code": page.status_code,
        "content_type": page.content_type,
        "sha256": page.sha256,
        "size": len(page.body),
        "peer": page.peer,
        "warc_sha256": warc_sha256,
    }


async def fetch_images(
    fetcher: Fetcher,
    urls: list[str],
    blobs: BlobStore,
    user_agent: str,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Fetch and keep up to `limit` (default MAX_IMAGES) images; one record per address, in
    page order (a failed or skipped one carries `error`). `fetcher` caps each body's size."""
    limit = MAX_IMAGES if limit is None else limit

    async def one(url: str) -> dict[str, Any]:
        try:
            page = await fetcher.fetch(url, accept=IMAGE_TYPES)
        except (FetchError, BlockedURL, ValueError) as exc:
            return {"url": url, "error": str(exc)}
        kept = await asyncio.to_thread(keep, blobs, page, user_agent)
        return _record(page, kept.warc_sha256)

    records = list(await asyncio.gather(*(one(u) for u in urls[:limit])))
    records += [
        {"url": u, "error": f"not fetched: more than {limit} images on the page"}
        for u in urls[limit:]
    ]
    return records
