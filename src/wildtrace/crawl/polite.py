"""Politeness around the guarded fetcher: robots.txt, per-host delay and concurrency, proxies.

One fetcher (and one robots.txt cache) per proxy setting, so a source that goes through Tor
never shares connections with one that does not.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from wildtrace.config import Settings
from wildtrace.crawl.guard import Guard
from wildtrace.crawl.http import Fetcher, FetchPolicy
from wildtrace.crawl.robots import RobotsCache
from wildtrace.domain.listing import FetchedPage


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
