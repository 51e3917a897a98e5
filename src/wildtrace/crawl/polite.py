"""Politeness around the guarded fetcher: robots.txt, per-host delay and concurrency, proxies.

One fetcher (and one robots.txt cache) per proxy setting, so a source that goes through Tor
never shares connections with one that does not.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from wildtrace.config import Settings
from wildtrace.crawl.browser import BrowserRenderer
from wildtrace.crawl.cookies import SessionCookies
from wildtrace.crawl.guard import Guard
from wildtrace.crawl.http import Fetcher, FetchPolicy
from wildtrace.crawl.robots import RobotsCache
from wildtrace.domain.listing import FetchedPage

AUTO_RENDER_MIN_TEXT = 200


class RobotsDisallowed(Exception):
    """robots.txt asks us not to fetch this URL; the item is skipped, not failed."""


@dataclass(frozen=True)
class Visit:
    """One page to get, with how its source wants it got; `cookies` are a logged-in source's
    session, sent only to its own origin (robots.txt is always fetched without them)."""

    url: str
    accept: tuple[str, ...]
    render: str = "never"
    scroll: int = 0
    respect_robots: bool = True
    proxy: str | None = None
    min_delay: float = 0.0
    host_concurrency: int | None = None
    cookies: SessionCookies | None = None


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

    async def visit(self, visit: Visit) -> FetchedPage:
        """Fetch, or render in the browser when the source asks for it ("always"), or when a
        fetched page shows almost no text ("auto": a page built by scripts)."""
        if visit.render == "always":
            return await self._polite(visit, self._render)
        page = await self._polite(visit, self._fetch)
        if visit.render == "auto" and visible_text_length(page) < AUTO_RENDER_MIN_TEXT:
            return await self._polite(visit, self._render)
        return page

    async def fetch(
        self,
        url: str,
        accept: tuple[str, ...],
        respect_robots: bool = True,
        proxy: str | None = None,
    ) -> FetchedPage:
        return await self.visit(Visit(url, accept, respect_robots=respect_robots, proxy=proxy))

    async def _polite(
        self, visit: Visit, action: Callable[[Visit], Awaitable[FetchedPage]]
    ) -> FetchedPage:
        """robots.txt, then the host's slot and delay (the plan's, the site's own, or
        robots.txt's Crawl-delay, whichever is longest), then the action."""
        _, robots = self._fetcher(visit.proxy)
        delay = max(self.politeness.delay, visit.min_delay)
        if visit.respect_robots:
            if not await robots.allowed(visit.url):
                raise RobotsDisallowed(f"{visit.url}: disallowed by robots.txt")
            delay = max(delay, robots.crawl_delay(visit.url) or 0.0)
        host = urlsplit(visit.url).netloc
        limit = min(self.politeness.per_host, visit.host_concurrency or self.politeness.per_host)
        slot = self._slots.setdefault(host, asyncio.Semaphore(limit))
        async with slot:
            if delay > 0:
                now = time.monotonic()
                start = max(now, self._next.get(host, now))
                self._next[host] = start + delay
                await asyncio.sleep(start - now)
            return await action(visit)

    async def _fetch(self, visit: Visit) -> FetchedPage:
        fetcher, _ = self._fetcher(visit.proxy)
        return await fetcher.fetch(visit.url, visit.accept, cookies=visit.cookies)

    async def _render(self, visit: Visit) -> FetchedPage:
        if self._renderer is None:
            self._renderer = await BrowserRenderer(self.settings).__aenter__()
        async with self._render_slots:
            rendered = await self._renderer.render(
                visit.url, scroll=visit.scroll, cookies=visit.cookies, proxy=visit.proxy
            )
        return rendered.page

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
