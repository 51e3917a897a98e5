"""Collect what an evidence capture keeps of one page: the exchange as served, the browser's
view (screenshot, PDF, DOM) and the listing's images, each under its hash in the blob store.

One Collector serves many pages: its HTTP clients and its browser are opened once, so a patrol
that preserves fifty alerts starts Chromium once. With `tolerate_no_browser`, a machine without
Chromium still gets the page and its images, and `browser_error` says plainly why there is no
screenshot; without it, BrowserUnavailable is raised.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Self

from wildtrace.config import Settings
from wildtrace.crawl.guard import Guard
from wildtrace.crawl.http import Fetcher, FetchPolicy
from wildtrace.domain.listing import FetchedPage
from wildtrace.evidence import images as found_images
from wildtrace.evidence.blobs import BlobStore
from wildtrace.evidence.keep import keep

if TYPE_CHECKING:
    from wildtrace.crawl.browser import BrowserRenderer

ANY_TYPE = ("",)


@dataclass(frozen=True)
class Rendering:
    """What the browser showed: screenshot, PDF and DOM, each under its hash in the blob store."""

    screenshot_sha256: str
    pdf_sha256: str
    rendered_sha256: str


@dataclass(frozen=True)
class Collected:
    page: FetchedPage
    warc_sha256: str
    rendering: Rendering | None = None
    images: list[dict[str, Any]] | None = None  # None: images were not asked for
    notes: tuple[str, ...] = field(default=())


def _decode(page: FetchedPage) -> str:
    from wildtrace.sources.generic_page import decode_html

    return decode_html(page.body, page.content_type)


class Collector:
    """Fetch, render and keep pages as evidence; use as `async with`."""

    def __init__(
        self,
        settings: Settings,
        *,
        render: bool = False,
        images: bool = False,
        tolerate_no_browser: bool = False,
    ) -> None:
        self.settings = settings
        self.blobs = BlobStore(settings.blob_dir)
        self.render = render
        self.images = images
        self.tolerate_no_browser = tolerate_no_browser
        self.browser_error: str | None = None
        self.renderer: BrowserRenderer | None = None
        guard = Guard(settings.allow_hosts)
        policy = FetchPolicy(
            timeout=settings.http_timeout,
            max_body_bytes=settings.max_body_bytes,
            user_agent=settings.user_agent,
            accept_types=ANY_TYPE,
        )
        self.fetcher = Fetcher(guard, policy, concurrency=1)
        image_policy = FetchPolicy(
            timeout=settings.http_timeout,
            max_body_bytes=min(settings.max_body_bytes, found_images.MAX_IMAGE_BYTES),
            user_agent=settings.user_agent,
            retries=0,
        )
        self.image_fetcher = Fetcher(guard, image_policy, concurrency=4)

    async def __aenter__(self) -> Self:
        if self.render:
            from wildtrace.crawl.browser import BrowserRenderer, BrowserUnavailable

            renderer = BrowserRenderer(self.settings)
            try:
                self.renderer = await renderer.__aenter__()
            except BrowserUnavailable as exc:
                if not self.tolerate_no_browser:
                    await self.aclose()
                    raise
                self.browser_error = f"not rendered: {exc}"
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self.renderer is not None:
            await self.renderer.__aexit__(None, None, None)
            self.renderer = None
        await self.fetcher.aclose()
        await self.image_fetcher.aclose()

    async def collect(self, url: str) -> Collected:
        """Fetch `url` (raising BlockedURL or FetchError before anything is kept), then render
        it and fetch its images when asked; a render that fails only adds a note."""
        page = await self.fetcher.fetch(url)
        kept = await asyncio.to_thread(keep, self.blobs, page, self.settings.user_agent)
        notes = [self.browser_error] if self.render and self.browser_error else []
        rendering, dom = None, None
        if self.renderer is not None:
            rendering, dom, error = await self._render(url)
            if error:
                notes.append(error)
        images = None
        if self.images:
            urls = found_images.image_urls(_decode(page), page.final_url)
            if dom is not None:
                dom_urls = found_images.image_urls(_decode(dom), dom.final_url)
                urls += [u for u in dom_urls if u not in urls]
            images = await found_images.fetch_images(
                self.image_fetcher, urls, self.blobs, self.settings.user_agent
            )
        return Collected(page, kept.warc_sha256, rendering, images, tuple(notes))

    async def _render(self, url: str) -> tuple[Rendering | None, FetchedPage | None, str]:
        from wildtrace.crawl.guard import BlockedURL
        from wildtrace.crawl.http import FetchError

        assert self.renderer is not None
        try:
            rendered = await self.renderer.render(url, screenshot=True)
        except (FetchError, BlockedURL) as exc:
            if not self.tolerate_no_browser:
                raise
            return None, None, f"not rendered: {exc}"
        assert rendered.screenshot_png is not None and rendered.pdf is not None
        put = self.blobs.put
        rendering = await asyncio.to_thread(
            lambda: Rendering(
                put(rendered.screenshot_png or b""),
                put(rendered.pdf or b""),
                put(rendered.page.body),
            )
        )
        return rendering, rendered.page, ""
