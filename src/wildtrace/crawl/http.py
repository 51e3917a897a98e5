"""The one HTTP path every fetch takes: SSRF guard on each hop, pinned connections, size cap,
content-type check, retries that honour Retry-After, optional proxy (e.g. Tor over SOCKS5),
session cookies of a logged-in site sent to that site's own origin only.

Redirects are followed by hand so that each hop is checked by the guard. The connection goes to
the address the guard checked (the URL's host is kept in the Host header and for TLS), so a name
that resolves differently a moment later (DNS rebinding) cannot redirect the socket. The body is
streamed and counted after decompression, which also stops decompression bombs. The client keeps
no cookie jar: what a site sets is never sent back, to it or to another site on the same address,
so the only cookies that leave are a logged-in source's own (see `crawl/cookies.py`).
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http.cookiejar import CookieJar, DefaultCookiePolicy
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from wildtrace.crawl.cookies import SessionCookies, session_page
from wildtrace.crawl.guard import BlockedURL, Guard, IPAddress
from wildtrace.domain.listing import FetchedPage

HTML_TYPES = ("text/html", "application/xhtml+xml")
REDIRECT_CODES = {301, 302, 303, 307, 308}
TRANSIENT_CODES = {429, 500, 502, 503, 504}


class FetchError(Exception):
    """A page that could not be fetched; `transient` says whether a retry may help."""

    def __init__(
        self,
        message: str,
        transient: bool = False,
        retry_after: float | None = None,
        page: FetchedPage | None = None,
    ) -> None:
        super().__init__(message)
        self.transient = transient
        self.retry_after = retry_after
        self.page = page  # the error response itself (e.g. a 404 that shows a removal)
        self.status = page.status_code if page is not None else None


@dataclass(frozen=True)
class FetchPolicy:
    timeout: float = 20.0
    max_body_bytes: int = 10_000_000
    max_redirects: int = 5
    retries: int = 2
    backoff: float = 0.5
    max_retry_after: float = 120.0
    accept_types: tuple[str, ...] = HTML_TYPES
    user_agent: str = "wildtrace"
    proxy: str | None = None


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def pinned(url: str, address: IPAddress) -> tuple[str, dict[str, str], dict[str, str]]:
    """The URL rewritten to the checked address, with Host and TLS SNI of the original."""
    parts = urlsplit(url)
    host = f"[{address}]" if address.version == 6 else str(address)
    netloc = f"{host}:{parts.port}" if parts.port else host
    original = parts.netloc.rsplit("@", 1)[-1]
    target = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    return target, {"Host": original}, {"sni_hostname": parts.hostname or ""}


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
            proxy=policy.proxy,
            cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),  # keeps none
        )

    async def aclose(self) -> None:
        await self.client.aclose()

    async def fetch(
        self,
        url: str,
        accept: tuple[str, ...] | None = None,
        cookies: SessionCookies | None = None,
    ) -> FetchedPage:
        """Fetch with retries on transient failures; raise FetchError or BlockedURL. `cookies`
        go with each hop that `cookies.allows` (not to a host a redirect leads to)."""
        attempt = 0
        while True:
            try:
                return await self._fetch_once(url, accept or self.policy.accept_types, cookies)
            except FetchError as exc:
                attempt += 1
                if not exc.transient or attempt > self.policy.retries:
                    raise
                wait = self.policy.backoff * attempt
                if exc.retry_after is not None:
                    if exc.retry_after > self.policy.max_retry_after:
                        raise FetchError(
                            f"{exc} (Retry-After {exc.retry_after:.0f} s exceeds "
                            f"{self.policy.max_retry_after:.0f} s)"
                        ) from exc
                    wait = max(wait, exc.retry_after)
                await asyncio.sleep(wait)

    async def _fetch_once(
        self, url: str, accept: tuple[str, ...], cookies: SessionCookies | None
    ) -> FetchedPage:
        started = time.monotonic()
        hops: list[str] = []
        current = url
        for _ in range(self.policy.max_redirects + 1):
            if self.policy.proxy:
                self.guard.check_unresolved(current)
                address = None
            else:
                address = await self.guard.check(current)
            carry = cookies if cookies is not None and cookies.allows(current) else None
            status, headers, body = await self._request(current, address, carry)
            ctype = headers.get("content-type", "")
            if status in REDIRECT_CODES and "location" in headers:
                hops.append(current)
                current = urljoin(current, headers["location"])
                continue
            if status in TRANSIENT_CODES:
                raise FetchError(
                    f"{current}: HTTP {status}",
                    transient=True,
                    retry_after=parse_retry_after(headers.get("retry-after")),
                )
            page = FetchedPage(
                url=url,
                final_url=current,
                status_code=status,
                content_type=ctype,
                headers=tuple(headers.items()),
                body=body,
                elapsed_ms=int((time.monotonic() - started) * 1000),
                redirects=tuple(hops),
                peer=str(address) if address is not None else None,
            )
            if carry is not None:
                page = session_page(page, carry)
            if status >= 400:
                raise FetchError(f"{current}: HTTP {status}", page=page)
            if not ctype.lower().startswith(accept):
                raise FetchError(
                    f"{current}: not an accepted page (content type {ctype or 'none'})"
                )
            return page
        raise FetchError(f"{url}: more than {self.policy.max_redirects} redirects")

    async def _request(
        self, url: str, address: IPAddress | None, cookies: SessionCookies | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        target, headers, extensions = (url, {}, {}) if address is None else pinned(url, address)
        if cookies is not None:
            headers["Cookie"] = cookies.header()
        try:
            async with self.client.stream(
                "GET", target, headers=headers, extensions=extensions
            ) as response:
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
                return (
                    response.status_code,
                    {k.lower(): v for k, v in response.headers.items()},
                    b"".join(chunks),
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
