"""The one HTTP path every fetch takes: SSRF guard on each hop, size cap, type check, retries.

Redirects are followed by hand so that each hop is checked by the guard. The body is streamed
and counted after decompression, which also stops decompression bombs.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from wildtrace.crawl.guard import BlockedURL, Guard
from wildtrace.domain.listing import FetchedPage

HTML_TYPES = ("text/html", "application/xhtml+xml")
REDIRECT_CODES = {301, 302, 303, 307, 308}
TRANSIENT_CODES = {429, 500, 502, 503, 504}


class FetchError(Exception):
    """A page that could not be fetched; `transient` says whether a retry may help."""

    def __init__(self, message: str, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient


@dataclass(frozen=True)
class FetchPolicy:
    timeout: float = 20.0
    max_body_bytes: int = 10_000_000
    max_redirects: int = 5
    retries: int = 2
    backoff: float = 0.5
    accept_types: tuple[str, ...] = HTML_TYPES
    user_agent: str = "wildtrace"


class Fetcher:
    def __init__(self, guard: Guard, policy: FetchPolicy, concurrency: int = 8) -> None:
        self.guard = guard
        self.policy = policy
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        self.client = httpx.AsyncClient(
            follow_redirects=False,
            timeout=httpx.Timeout(policy.timeout),
            limits=limits,
            headers={"User-Agent": policy.user_agent},
            trust_env=False,
        )

    async def aclose(self) -> None:
        await self.client.aclose()

    async def fetch(self, url: str, accept: tuple[str, ...] | None = None) -> FetchedPage:
        """Fetch with retries on transient failures; raise FetchError or BlockedURL."""
        attempt = 0
        while True:
            try:
                return await self._fetch_once(url, accept or self.policy.accept_types)
            except FetchError as exc:
                attempt += 1
                if not exc.transient or attempt > self.policy.retries:
                    raise
                await asyncio.sleep(self.policy.backoff * attempt)

    async def _fetch_once(self, url: str, accept: tuple[str, ...]) -> FetchedPage:
        started = time.monotonic()
        hops: list[str] = []
        current = url
        for _ in range(self.policy.max_redirects + 1):
            await self.guard.check(current)
            status, headers, body, ctype = await self._request(current)
            if status in REDIRECT_CODES and "location" in headers:
                hops.append(current)
                current = urljoin(current, headers["location"])
                continue
            if status in TRANSIENT_CODES:
                raise FetchError(f"{current}: HTTP {status}", transient=True)
            if status >= 400:
                raise FetchError(f"{current}: HTTP {status}")
            if not ctype.lower().startswith(accept):
                raise FetchError(f"{current}: not an HTML page (content type {ctype or 'none'})")
            return FetchedPage(
                url=url,
                final_url=current,
                status_code=status,
                content_type=ctype,
                headers=tuple(headers.items()),
                body=body,
                elapsed_ms=int((time.monotonic() - started) * 1000),
                redirects=tuple(hops),
            )
        raise FetchError(f"{url}: more than {self.policy.max_redirects} redirects")

    async def _request(self, url: str) -> tuple[int, dict[str, str], bytes, str]:
        try:
            async with self.client.stream("GET", url) as response:
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.policy.max_body_bytes:
                    raise FetchError(
                        f"{url}: response of {declared} bytes exceeds the "
                        f"{self.policy.max_body_bytes}-byte limit"
                    )
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > self.policy.max_body_bytes:
                        raise FetchError(
                            f"{url}: response exceeds the {self.policy.max_body_bytes}-byte limit"
                        )
                    chunks.append(chunk)
                headers = {k.lower(): v for k, v in response.headers.items()}
                return (
                    response.status_code,
                    headers,
                    b"".join(chunks),
                    headers.get("content-type", ""),
                )
        except httpx.TimeoutException as exc:
            raise FetchError(f"{url}: timed out ({type(exc).__name__})", transient=True) from exc
        except httpx.TransportError as exc:
            raise FetchError(
                f"{url}: unreachable ({exc or type(exc).__name__})", transient=True
            ) from exc
        except httpx.DecodingError as exc:
            raise FetchError(f"{url}: undecodable body ({exc})") from exc


__all__ = ["BlockedURL", "FetchError", "FetchPolicy", "Fetcher"]
