"""Streams through a source's proxy: SOCKS5 with and without credentials, HTTP CONNECT, and
each refusal named."""

from __future__ import annotations

import asyncio

import pytest
from tests.support.socks5 import Socks5Server

from wildtrace.crawl.proxy_connect import ProxyError, open_via_proxy, resolves_remotely


async def _echo_server() -> tuple[asyncio.Server, int]:
    async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(await reader.readline())
        await writer.drain()
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    return server, server.sockets[0].getsockname()[1]


def _roundtrip(proxy_for: object, host: str) -> bytes:
    async def main() -> bytes:
        server, port = await _echo_server()
        try:
            proxy = proxy_for(port)  # type: ignore[operator]
            reader, writer = await open_via_proxy(proxy, host, 80, timeout=5)
            writer.write(b"hello\n")
            line = await reader.readline()
            writer.close()
            await writer.wait_closed()
            return line
        finally:
            server.close()
            await server.wait_closed()
            await asyncio.sleep(0)  # let closing transports finish before the loop closes

    return asyncio.run(main())


@pytest.mark.parametrize("credentials", [None, ("user", "p@ss")])
def test_socks5_reaches_a_name_only_the_proxy_knows(credentials: tuple[str, str] | None) -> None:
    socks = Socks5Server({}, credentials)
    with socks.running():

        def proxy_for(port: int) -> str:
            socks.names["hidden.onion"] = ("127.0.0.1", port)
            return socks.url.replace("p@ss", "p%40ss")

        assert _roundtrip(proxy_for, "hidden.onion") == b"hello\n"
    assert socks.requests == [("hidden.onion", 80)]


def test_socks5_refusals_are_named() -> None:
    socks = Socks5Server({}, ("user", "right"))
    with socks.running():
        wrong = socks.url.replace("right", "wrong")
        with pytest.raises(ProxyError, match="refused the user name and password"):
            asyncio.run(open_via_proxy(wrong, "hidden.onion", 80, timeout=5))
        with pytest.raises(ProxyError, match="host unreachable"):
            asyncio.run(open_via_proxy(socks.url, "unknown.onion", 80, timeout=5))
        anonymous = socks.url.replace("user:right@", "")
        with pytest.raises(ProxyError, match="refused the authentication method"):
            asyncio.run(open_via_proxy(anonymous, "hidden.onion", 80, timeout=5))


def test_http_connect_tunnel_and_refusal() -> None:
    async def main() -> tuple[bytes, str, list[bytes]]:
        echo, echo_port = await _echo_server()
        heads: list[bytes] = []

        async def connect_proxy(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
            head = await r.readuntil(b"\r\n\r\n")
            heads.append(head)
            if b"Proxy-Authorization: Basic dTpw" not in head:  # base64 of "u:p"
                w.write(b"HTTP/1.1 407 Proxy Authentication Required\r\n\r\n")
                w.close()
                await w.wait_closed()
                return
            up_r, up_w = await asyncio.open_connection("127.0.0.1", echo_port)
            w.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            up_w.write(await r.readline())
            w.write(await up_r.readline())
            await w.drain()
            up_w.close()
            w.close()
            await up_w.wait_closed()
            await w.wait_closed()

        proxy = await asyncio.start_server(connect_proxy, "127.0.0.1", 0)
        port = proxy.sockets[0].getsockname()[1]
        try:
            reader, writer = await open_via_proxy(
                f"http://u:p@127.0.0.1:{port}", "example.org", 443, timeout=5
            )
            writer.write(b"through\n")
            line = await reader.readline()
            writer.close()
            await writer.wait_closed()
            try:
                await open_via_proxy(f"http://127.0.0.1:{port}", "example.org", 443, timeout=5)
                refused = ""
            except ProxyError as exc:
                refused = str(exc)
            return line, refused, heads
        finally:
            proxy.close()
            echo.close()
            await proxy.wait_closed()
            await echo.wait_closed()
            await asyncio.sleep(0)  # let closing transports finish before the loop closes

    line, refused, heads = asyncio.run(main())
    assert line == b"through\n"
    assert heads[0].startswith(b"CONNECT example.org:443 HTTP/1.1\r\n")
    assert refused == "HTTP proxy refused the tunnel: HTTP/1.1 407 Proxy Authentication Required"


def test_which_proxies_resolve_names() -> None:
    assert resolves_remotely("socks5h://127.0.0.1:9050")
    assert resolves_remotely("http://proxy:3128")
    assert not resolves_remotely("socks5://127.0.0.1:9050")
