"""robots.txt, honoured by default (protego, the parser Scrapy uses).

One robots.txt per scheme+host, fetched through the same guarded fetcher and kept for the run.
Per RFC 9309: a missing file (4xx) allows everything; an unreachable one or a server error
disallows everything until the next run. A plan may turn the check off for a source
(`respect_robots: false`); the plan, with that override, is stored with the run.
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

from protego import Protego

from wildtrace.crawl.http import Fetcher, FetchError

ROBOTS_TYPES = ("",)  # any type: some servers send robots.txt as text/html or with none
MAX_ROBOTS_BYTES = 500_000


class RobotsCache:
    def __init__(self, fetcher: Fetcher, user_agent: str) -> None:
        self.fetcher = fetcher
        self.user_agent = user_agent
        self._rules: dict[str, Protego | None] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        lock = self._locks.setdefault(origin, asyncio.Lock())
        async with lock:
            if origin not in self._rules:
                self._rules[origin] = await self._load(origin)
        rules = self._rules[origin]
        return True if rules is None else bool(rules.can_fetch(url, self.user_agent))

    def crawl_delay(self, url: str) -> float | None:
        parts = urlsplit(url)
        rules = self._rules.get(f"{parts.scheme}://{parts.netloc}")
        delay = rules.crawl_delay(self.user_agent) if rules is not None else None
        return float(delay) if delay is not None else None

    async def _load(self, origin: str) -> Protego | None:
        """Rules for the origin; None means everything is allowed. A refused origin raises
        BlockedURL, so the item fails with the guard's reason."""
        try:
            page = await self.fetcher.fetch(f"{origin}/robots.txt", ROBOTS_TYPES)
        except FetchError as exc:
            if " HTTP 4" in str(exc) or "not an accepted page" in str(exc):
                return None
            if " HTTP 5" in str(exc):
                return Protego.parse("User-agent: *\nDisallow: /\n")
            raise  # unreachable: the page would be too; say so rather than skip it
        text = page.body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
        return Protego.parse(text)
