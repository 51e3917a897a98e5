"""A forward proxy on 127.0.0.1 for one browser render: every request and CONNECT tunnel the
browser makes, redirect hops included, is checked by the SSRF guard and connected to the address
the guard checked (so a name resolving elsewhere a moment later cannot move the socket).

Request interception alone does not see redirect hops; this proxy does, because the browser must
send every connection through it.
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

from wildtrace.crawl.guard import BlockedURL, Guard
from wildtrace.crawl.proxy_connect import open_via_proxy, resolves_remotely

BLOCKED_REPLY = b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
BAD_GATEWAY = b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
HOP_HEADERS = frozenset({"connection", "keep-alive", "proxy-connection", "proxy-authorization"})


def host_port(url: str) -> tuple[str, int | None]:
    parts = urlsplit(url)
    try:
        port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    except ValueError:
        port = None
    return (parts.hostname or "").lower(), port


def _rewrite_head(head: bytes, first_line: str | None) -> bytes:
    """A message head with hop-by-hop headers dropped and `Connection: close` added."""
    lines = head.decode("latin-1").split("\r\n")
    kept = [first_line or lines[0]]
    kept += [h for h in lines[1:] if h and h.split(":", 1)[0].strip().lower() not in HOP_HEADERS]
    return ("\r\n".join([*kept, "Connection: close"]) + "\r\n\r\n").encode("latin-1")


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    while chunk := await reader.read(65536):
        writer.write(chunk)
        await writer.drain()


async def _relay(pairs: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]]) -> None:
    """Copy each reader to its writer until one side closes."""
    tasks = [asyncio.ensure_future(_pipe(reader, writer)) for reader, writer in pairs]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


class GuardProxy:
    """Forward proxy for one render: every request or CONNECT tunnel is checked by the guard and
    connected to the checked address; refusals are recorded in `blocked`."""

    def __init__(
        self,
        guard: Guard,
        timeout: float,
        blocked: list[tuple[str, str]],
        upstream: str | None = None,
    ) -> None:
        self.guard = guard
        self.timeout = timeout
        self.blocked = blocked
        self.upstream = upstream  # the source's own proxy (e.g. Tor), which all traffic takes
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    async def start(self) -> str:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            writer.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        upstream: asyncio.StreamWriter | None = None
        url = "(unparsable request)"
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), self.timeout)
            method, target, version = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ", 2)
            tunnel = method.upper() == "CONNECT"
            url = f"https://{target}" if tunnel else target
            if not tunnel and urlsplit(url).scheme != "http":
                raise BlockedURL(f"{url}: not an absolute http URL")
            up_reader, up_writer = await self._connect(url)
            upstream = up_writer
            self._writers.add(up_writer)
            if tunnel:
                writer.write(b"HTTP/1.1 200 Connection Established\r\n\r\n")
            else:
                parts = urlsplit(url)
                path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
                up_writer.write(_rewrite_head(head, f"{method} {path} {version}"))
                reply = await asyncio.wait_for(up_reader.readuntil(b"\r\n\r\n"), self.timeout)
                writer.write(_rewrite_head(reply, None))
            await _relay([(reader, up_writer), (up_reader, writer)])
        except (BlockedURL, ValueError) as exc:
            self.blocked.append((url, str(exc)))
            writer.write(BLOCKED_REPLY)
        except (OSError, TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            # ProxyError (an OSError) included: the upstream proxy refused
            if upstream is None:
                writer.write(BAD_GATEWAY)
        finally:
            for end in (writer, upstream):
                if end is not None:
                    self._writers.discard(end)
                    end.close()

    async def _connect(self, url: str) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        """A stream to the URL's host: directly to the address the guard checked, or through
        the source's proxy (names left to it when it resolves them, as Tor must)."""
        host, port = host_port(url)
        if port is None:
            raise BlockedURL(f"{url}: no port")
        if self.upstream is not None and resolves_remotely(self.upstream):
            self.guard.check_unresolved(url)
            return await open_via_proxy(self.upstream, host, port, self.timeout)
        address = await self.guard.check(url)
        if self.upstream is not None:
            return await open_via_proxy(self.upstream, str(address), port, self.timeout)
        connecting = asyncio.open_connection(str(address), port)
        return await asyncio.wait_for(connecting, self.timeout)
