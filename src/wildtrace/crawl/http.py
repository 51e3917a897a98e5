"""The one HTTP path every fetch takes: SSRF guard on each hop, pinned connections, size cap,
content-type check, retries that honour Retry-After, optional proxy (e.g. Tor over SOCKS5),
session cookies of a logged-in site sent to that site's own origin only.

Redirects are followed by hand so that each hop is checked by the guard. The connection goes to
the address the guard checked: aiohttp's resolver is replaced by one that answers only with the
address checked for this hop, so a name that resolves differently a moment later (DNS
rebinding) cannot move the socket, while the URL keeps its name for the Host header, TLS SNI
and certificate checks, and the connection pool (one pool entry per host name). The body is
streamed and counted after decompression; aiohttp (>= 3.13.3) inflates a bounded piece per read,
so a decompression bomb is stopped at the cap. The client keeps no cookie jar: what a site sets
is never sent back, to it or to another site on the same address, so the only cookies that leave
are a logged-in source's own (see `crawl/cookies.py`). aiohttp rather than httpx: see
docs/adr/0003-http-client.md.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import aiohttp
import aiohttp_socks
from aiohttp.http_exceptions import ContentEncodingError
from yarl import URL

from wildtrace.crawl.connections import connector, http_proxy, pin, unpin
from wildtrace.crawl.cookies import SessionCookies, session_page
from wildtrace.crawl.guard import BlockedURL, Guard, IPAddress
from wildtrace.crawl.tls import read_tls
from wildtrace.domain.listing import FetchedPage, TlsSession

HTML_TYPES = ("text/html", "application/xhtml+xml")
REDIRECT_CODES = {301, 302, 303, 307, 308}
TRANSIENT_CODES = {429, 500, 502, 503, 504}
MAX_HEADER_BYTES = 65_536  # one header line; aiohttp's default (8 KiB) refuses real sites
Headers = tuple[tuple[str, str], ...]


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
    """How one fetcher fetches. `timeout` bounds connecting (a pool slot included) and each
    read; `total_timeout` (default 6 × `timeout`) bounds one hop whole, so a server that drips
    a byte now and then cannot hold a slot for ever."""

    timeout: float = 20.0
    max_body_bytes: int = 10_000_000
    max_redirects: int = 5
    retries: int = 2
    backoff: float = 0.5
    max_retry_after: float = 120.0
    accept_types: tuple[str, ...] = HTML_TYPES
    user_agent: str = "wildtrace"
    proxy: str | None = None
    total_timeout: float | None = None


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


def _header(headers: Headers, name: str) -> str | None:
    return next((v for k, v in headers if k == name), None)


@dataclass(frozen=True)
class _Response:
    status: int
    headers: Headers  # names lower-cased, in the order received, repeated names kept
    body: bytes
    peer: str | None
    tls: TlsSession | None = None


class Fetcher:
    """Guarded fetches over one aiohttp session, made on first use (it needs the event loop)."""

    def __init__(self, guard: Guard, policy: FetchPolicy, concurrency: int = 8) -> None:
        self.guard = guard
        self.policy = policy
        self.concurrency = concurrency
        self._session: aiohttp.ClientSession | None = None
        self._proxy, self._proxy_auth = http_proxy(policy.proxy)

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None:
            timeout = self.policy.timeout
            self._session = aiohttp.ClientSession(
                connector=connector(self.policy.proxy, self.concurrency),
                timeout=aiohttp.ClientTimeout(
                    total=self.policy.total_timeout or 6 * timeout,
                    connect=timeout,
                    sock_connect=timeout,
                    sock_read=timeout,
                ),
                headers={"User-Agent": self.policy.user_agent},
                cookie_jar=aiohttp.DummyCookieJar(),  # keeps none
                trust_env=False,
                auto_decompress=True,
                max_line_size=MAX_HEADER_BYTES,
                max_field_size=MAX_HEADER_BYTES,
            )
            # aiohttp silently sends a GET again on a dropped connection; our own retries (with
            # backoff and a count) are the only ones, so a failing site is not asked twice
            # (aiohttp's test client turns it off the same way)
            self._session._retry_connection = False
        return self._session

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
            # the connector closes its connections' transports; they finish closing on the
            # loop's next turn, which must come before the loop itself closes
            await asyncio.sleep(0)

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
            response = await self._request(current, address, carry)
            status, headers = response.status, response.headers
            ctype = _header(headers, "content-type") or ""
            location = _header(headers, "location")
            if status in REDIRECT_CODES and location is not None:
                hops.append(current)
                current = urljoin(current, location)
                continue
            if status in TRANSIENT_CODES:
                raise FetchError(
                    f"{current}: HTTP {status}",
                    transient=True,
                    retry_after=parse_retry_after(_header(headers, "retry-after")),
                )
            page = FetchedPage(
                url=url,
                final_url=current,
                status_code=status,
                content_type=ctype,
                headers=headers,
                body=response.body,
                elapsed_ms=int((time.monotonic() - started) * 1000),
                redirects=tuple(hops),
                peer=response.peer,
                tls=response.tls,
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
    ) -> _Response:
        """One GET, its connection pinned to `address` (when not through a proxy)."""
        try:
            target = URL(url).with_user(None)  # credentials in a URL are never sent
        except ValueError as exc:
            raise FetchError(f"{url}: not a valid address ({exc})") from exc
        headers = {"Cookie": cookies.header()} if cookies is not None else {}
        proxy_headers = None
        if self._proxy_auth is not None:  # to the proxy only: on CONNECT for https
            if target.scheme == "https":
                proxy_headers = {"Proxy-Authorization": self._proxy_auth}
            else:
                headers["Proxy-Authorization"] = self._proxy_auth
        token = pin(target.raw_host or "", address) if address else None
        try:
            async with self._client().get(
                target,
                headers=headers,
                allow_redirects=False,
                proxy=self._proxy,
                proxy_headers=proxy_headers,
            ) as response:
                return await self._read(url, response, address)
        except TimeoutError as exc:
            raise FetchError(f"{url}: timed out ({type(exc).__name__})", transient=True) from exc
        except aiohttp.ClientPayloadError as exc:
            if isinstance(exc.__cause__, ContentEncodingError):
                raise FetchError(f"{url}: undecodable body ({exc})") from exc
            raise FetchError(f"{url}: unreachable ({exc})", transient=True) from exc
        except aiohttp.ClientConnectorCertificateError as exc:
            raise FetchError(f"{url}: TLS certificate refused ({exc.certificate_error})") from exc
        except aiohttp.InvalidURL as exc:
            raise FetchError(f"{url}: not a valid address ({exc})") from exc
        except (
            aiohttp.ClientError,
            aiohttp_socks.ProxyError,
            aiohttp_socks.ProxyConnectionError,
            aiohttp_socks.ProxyTimeoutError,
        ) as exc:
            raise FetchError(
                f"{url}: unreachable ({exc or type(exc).__name__})", transient=True
            ) from exc
        finally:
            if token is not None:
                unpin(token)

    async def _read(
        self, url: str, response: aiohttp.ClientResponse, address: IPAddress | None
    ) -> _Response:
        """The body, counted as it is inflated, refused past `max_body_bytes`."""
        limit = self.policy.max_body_bytes
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise FetchError(f"{url}: response of {declared} bytes exceeds the {limit}-byte limit")
        peer = _peer(response, address)
        tls = read_tls(_transport(response))
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.content.iter_any():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"{url}: response exceeds the {limit}-byte limit")
            chunks.append(chunk)
        headers = tuple((k.lower(), v) for k, v in response.headers.items())
        return _Response(response.status, headers, b"".join(chunks), peer, tls)


def _transport(response: aiohttp.ClientResponse) -> asyncio.BaseTransport | None:
    """The response's socket. A small body arrives with the headers and aiohttp hands the
    connection back to its pool at once (`connection` is then None), but the response keeps
    the protocol it was read from (aiohttp sets `_protocol` in `ClientResponse.start`)."""
    connection = response.connection
    if connection is not None:
        return connection.transport
    protocol = getattr(response, "_protocol", None)
    return getattr(protocol, "transport", None)


def _peer(response: aiohttp.ClientResponse, address: IPAddress | None) -> str | None:
    """The address the socket is connected to (direct fetches only: through a proxy it would be
    the proxy's); a kept-alive connection's address was checked when it was opened."""
    if address is None:
        return None
    transport = _transport(response)
    name = transport.get_extra_info("peername") if transport is not None else None
    return str(name[0]).split("%", 1)[0] if name else str(address)


__all__ = ["BlockedURL", "FetchError", "FetchPolicy", "Fetcher"]
