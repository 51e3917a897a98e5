"""Open a TCP stream to host:port through a source's proxy: SOCKS5 (RFC 1928, user/password
per RFC 1929, as Tor uses for stream isolation) or an HTTP proxy's CONNECT.

The browser's guarding proxy uses this when the source goes through Tor: with `socks5h` the
name is sent to the proxy unresolved (a .onion name cannot be resolved here, and a local DNS
query would reveal what the patrol looks at); with `socks5` the caller passes an address the
guard checked.
"""

from __future__ import annotations

import asyncio
import base64
import ipaddress
import struct
from urllib.parse import unquote, urlsplit

Streams = tuple[asyncio.StreamReader, asyncio.StreamWriter]

SOCKS_REPLIES = {
    1: "general failure",
    2: "not allowed by ruleset",
    3: "network unreachable",
    4: "host unreachable",
    5: "connection refused",
    6: "TTL expired",
    7: "command not supported",
    8: "address type not supported",
}


class ProxyError(OSError):
    """The proxy refused or broke the connection; the message says which and why."""


def resolves_remotely(proxy: str) -> bool:
    """Whether names are left to the proxy (socks5h, and HTTP CONNECT by its nature)."""
    return urlsplit(proxy).scheme != "socks5"


async def open_via_proxy(proxy: str, host: str, port: int, timeout: float) -> Streams:
    parts = urlsplit(proxy)
    if parts.hostname is None or parts.port is None:
        raise ProxyError(f"proxy {parts.scheme}://{parts.hostname}: host and port needed")
    reader, writer = await asyncio.wait_for(
        asyncio.open_connection(parts.hostname, parts.port), timeout
    )
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password or "")
    try:
        if parts.scheme in {"socks5", "socks5h"}:
            handshake = _socks5(reader, writer, host, port, user, password)
        else:
            handshake = _http_connect(reader, writer, host, port, user, password)
        await asyncio.wait_for(handshake, timeout)
    except BaseException:
        writer.close()
        raise
    return reader, writer


async def _socks5(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    host: str,
    port: int,
    user: str | None,
    password: str,
) -> None:
    method = 2 if user is not None else 0
    writer.write(bytes([5, 1, method]))
    try:
        version, chosen = await reader.readexactly(2)
        if version != 5 or chosen != method:
            raise ProxyError("SOCKS5 proxy refused the authentication method")
        if user is not None:
            name, secret = user.encode(), password.encode()
            if len(name) > 255 or len(secret) > 255:
                raise ProxyError("SOCKS5 user name or password longer than 255 bytes")
            writer.write(bytes([1, len(name)]) + name + bytes([len(secret)]) + secret)
            _, status = await reader.readexactly(2)
            if status != 0:
                raise ProxyError("SOCKS5 proxy refused the user name and password")
        writer.write(b"\x05\x01\x00" + _socks_address(host) + struct.pack("!H", port))
        _, reply, _, kind = await reader.readexactly(4)
        if reply != 0:
            raise ProxyError(f"SOCKS5 proxy: {SOCKS_REPLIES.get(reply, f'error {reply}')}")
        if kind == 1:
            await reader.readexactly(4 + 2)
        elif kind == 4:
            await reader.readexactly(16 + 2)
        else:
            (length,) = await reader.readexactly(1)
            await reader.readexactly(length + 2)
    except asyncio.IncompleteReadError as exc:
        raise ProxyError("SOCKS5 proxy closed the connection") from exc


def _socks_address(host: str) -> bytes:
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        name = host.encode("idna")
        if len(name) > 255:
            raise ProxyError(f"{host}: name too long for SOCKS5") from None
        return bytes([3, len(name)]) + name
    return (b"\x01" if address.version == 4 else b"\x04") + address.packed


async def _http_connect(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    host: str,
    port: int,
    user: str | None,
    password: str,
) -> None:
    target = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    head = f"CONNECT {target} HTTP/1.1\r\nHost: {target}\r\n"
    if user is not None:
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        head += f"Proxy-Authorization: Basic {token}\r\n"
    writer.write((head + "\r\n").encode("latin-1"))
    try:
        reply = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
        raise ProxyError("HTTP proxy closed the connection") from exc
    status = reply.split(b"\r\n", 1)[0].decode("latin-1")
    if len(status.split()) < 2 or status.split()[1] != "200":
        raise ProxyError(f"HTTP proxy refused the tunnel: {status}")
