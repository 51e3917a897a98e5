"""Politeness around the guarded fetcher: robots.txt, per-host delay and concurrency, proxies.

One fetcher (and one robots.txt cache) per proxy setting, so a source that goes through Tor
never shares connections with one that does not.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from wildtrace.config import Settings
from wildtrace.crawl.browser import BrowserRenderer
from wildtrace.crawl.guard import Guard
from wildtrace.crawl.http import Fetcher, FetchError, FetchPolicy
from wildtrace.crawl.robots import RobotsCache
from wildtrace.domain.listing import FetchedPage

AUTO_RENDER_MIN_TEXT = 200


class RobotsDisallowed(Exception):
    """robots.txt asks us not to fetch this URL; the item is skipped, not failed."""


@dataclass(frozen=True)
class Politeness:
    delay: float
    per_host: int
    concurrency: int


class PoliteFetcher:
    def __init__(self, settings: Settings, politeness: Politeness) -> None:
        self.settings = settings
        self.politeness = politeness
        self._fetchers: dict[str | None, tuple[Fetcher, RobotsCache]] = {}
        self._slots: dict[str, asyncio.Semaphore] = {}
        self._next: dict[str, float] = {}
        self._renderer: BrowserRenderer | None = None
        self._render_slots = asyncio.Semaphore(2)  # rendering is heavy: two pages at a time

    def _fetcher(self, proxy: str | None) -> tuple[Fetcher, RobotsCache]:
        if proxy not in self._fetchers:
            policy = FetchPolicy(
                timeout=self.settings.http_timeout,
                max_body_bytes=self.settings.max_body_bytes,
                user_agent=self.settings.user_agent,
                proxy=proxy,
            )
            fetcher = Fetcher(Guard(self.settings.allow_hosts), policy, self.politeness.concurrency)
            self._fetchers[proxy] = (fetcher, RobotsCache(fetcher, self.settings.user_agent))
        return self._fetchers[proxy]

    async def fetch_or_render(
        self,
        url: str,
        accept: tuple[str, ...],
        render: str = "never",
        scroll: int = 0,
        respect_robots: bool = True,
        proxy: str | None = None,
    ) -> FetchedPage:
        """Fetch, or render in the browser when the source asks for it ("always"), or when a
        fetched page shows almost no text ("auto": a page built by scripts)."""
        if render == "always":
            return await self._render(url, scroll, respect_robots, proxy)
        page = await self.fetch(url, accept, respect_robots, proxy)
        if render == "auto" and visible_text_length(page) < AUTO_RENDER_MIN_TEXT:
            return await self._render(url, scroll, respect_robots, proxy)
        return page

    async def _render(
        self, url: str, scroll: int, respect_robots: bool, proxy: str | None
    ) -> FetchedPage:
        if proxy:
            raise FetchError(f"{url}: browser rendering through a proxy is not supported yet")
        _, robots = self._fetcher(proxy)
        if respect_robots and not await robots.allowed(url):
            raise RobotsDisallowed(f"{url}: disallowed by robots.txt")
        if self._renderer is None:
            self._renderer = await BrowserRenderer(self.settings).__aenter__()
        async with self._render_slots:
            rendered = await self._renderer.render(url, scroll=scroll)
        return rendered.page

    async def fetch(
        self,
        url: str,
        accept: tuple[str, ...],
        respect_robots: bool = True,
        proxy: str | None = None,
    ) -> FetchedPage:
        fetcher, robots = self._fetcher(proxy)
        delay = self.politeness.delay
        if respect_robots:
            if not await robots.allowed(url):
                raise RobotsDisallowed(f"{url}: disallowed by robots.txt")
            delay = max(delay, robots.crawl_delay(url) or 0.0)
        host = urlsplit(url).netloc
        slot = self._slots.setdefault(host, asyncio.Semaphore(self.politeness.per_host))
        async with slot:
            if delay > 0:
                now = time.monotonic()
                start = max(now, self._next.get(host, now))
                self._next[host] = start + delay
                await asyncio.sleep(start - now)
            return await fetcher.fetch(url, accept)

    async def aclose(self) -> None:
        for fetcher, _ in self._fetchers.values():
            await fetcher.aclose()
        if self._renderer is not None:
            await self._renderer.__aexit__(None, None, None)
            self._renderer = None


def visible_text_length(page: FetchedPage) -> int:
    """Characters of visible text in an HTML page (scripts and styles excluded)."""
    tree = LexborHTMLParser(page.body.decode("utf-8", errors="replace"))
    for node in tree.css("script, style, noscript, template"):
        node.decompose()
    body = tree.body
    return len((body.text(separator=" ", strip=True) if body is not None else "").strip())
