"""How a fetch reaches a host: the resolver that answers only with the address the SSRF guard
checked for the connecting hop (no DNS of aiohttp's own, so a name that resolves elsewhere a
moment later cannot move the socket), the TLS context, and the connectors for direct fetches,
SOCKS5 (Tor) and HTTP proxies.
"""

from __future__ import annotations

import contextvars
import socket
import ssl
from base64 import b64encode
from urllib.parse import unquote, urlsplit

import aiohttp
import aiohttp_socks
import certifi
from aiohttp.abc import AbstractResolver, ResolveResult
from yarl import URL

from wildtrace.crawl.guard import IPAddress

KEEPALIVE = 5.0  # seconds an idle connection is kept (httpx's figure; many servers close at 5)
Pin = contextvars.Token[tuple[str, IPAddress] | None]


# (host name as aiohttp passes it to the resolver, address the guard checked) for the hop that
# is connecting; each fetch runs in its own task, so concurrent hops never see each other's.
_PINNED: contextvars.ContextVar[tuple[str, IPAddress] | None] = contextvars.ContextVar(
    "wildtrace_pinned", default=None
)


def _host_key(host: str) -> str:
    return host.rstrip(".").lower()


class PinnedResolver(AbstractResolver):
    """aiohttp's resolver for direct fetches: answers only with the address the guard checked
    for the hop that is connecting, and refuses any other name, so aiohttp never resolves a
    name on its own."""

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        pinned = _PINNED.get()
        if pinned is None or pinned[0] != _host_key(host):
            raise OSError(f"{host}: no address checked by the guard for this connection")
        address = pinned[1]
        return [
            {
                "hostname": host,
                "host": str(address),
                "port": port,
                "family": socket.AF_INET6 if address.version == 6 else socket.AF_INET,
                "proto": 0,
                "flags": socket.AI_NUMERICHOST | socket.AI_NUMERICSERV,
            }
        ]

    async def close(self) -> None:
        """Nothing to release: no resolver state."""


def tls_context() -> ssl.SSLContext:
    """Certificates checked against certifi's CA bundle (what httpx used) and the URL's name."""
    return ssl.create_default_context(cafile=certifi.where())


def connector(proxy: str | None, concurrency: int) -> aiohttp.TCPConnector:
    """Direct: the pinned resolver. SOCKS5: aiohttp-socks, names always left to the proxy (as
    httpx did for socks5 and socks5h; Tor must resolve .onion names). HTTP proxy: a plain
    connector, the proxy's own name resolved normally (it is the operator's, not a page's)."""
    if proxy is None:
        resolver: AbstractResolver = PinnedResolver()
    elif urlsplit(proxy).scheme in {"socks5", "socks5h"}:
        parts = urlsplit(proxy)
        return aiohttp_socks.ProxyConnector(
            proxy_type=aiohttp_socks.ProxyType.SOCKS5,
            host=parts.hostname or "",
            port=parts.port or 1080,
            username=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            rdns=True,
            ssl=tls_context(),
            limit=concurrency,
            limit_per_host=0,
            use_dns_cache=False,
            keepalive_timeout=KEEPALIVE,
        )
    else:
        resolver = aiohttp.ThreadedResolver()
    return aiohttp.TCPConnector(
        resolver=resolver,
        ssl=tls_context(),
        limit=concurrency,
        limit_per_host=0,
        use_dns_cache=False,
        keepalive_timeout=KEEPALIVE,
    )


def http_proxy(proxy: str | None) -> tuple[URL | None, str | None]:
    """An HTTP(S) proxy's URL without credentials, and the credentials as a Basic header."""
    if proxy is None or urlsplit(proxy).scheme not in {"http", "https"}:
        return None, None
    url = URL(proxy)
    if not url.user:
        return url, None
    credentials = f"{url.user}:{url.password or ''}".encode()
    return url.with_user(None), f"Basic {b64encode(credentials).decode()}"


def pin(host: str, address: IPAddress) -> Pin:
    """Make `address` the only answer for `host` while this task connects."""
    return _PINNED.set((_host_key(host), address))


def unpin(token: Pin) -> None:
    _PINNED.reset(token)
