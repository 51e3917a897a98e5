"""SSRF guard: refuse URLs that point inside the network unless explicitly allowed.

The crawler fetches URLs that users and sites supply; without this guard a plan or a redirect
could make it read internal services. `ipaddress.is_global` alone misses wrappers (IPv4-mapped,
NAT64, 6to4, Teredo) and some special ranges, so wrappers are unwrapped and an explicit deny list
is checked too. Private hosts are allowed only through `allow_hosts`.
The fetcher connects to the address this check returned (crawl/http pins it), so a name that
resolves elsewhere a moment later (DNS rebinding) cannot move the socket.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

DENY_NETWORKS: tuple[IPNetwork, ...] = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",
        "10.0.0.0/8",
        "100.64.0.0/10",
        "127.0.0.0/8",
        "169.254.0.0/16",
        "172.16.0.0/12",
        "192.0.0.0/24",
        "192.0.2.0/24",
        "192.88.99.0/24",
        "192.168.0.0/16",
        "198.18.0.0/15",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "224.0.0.0/4",
        "240.0.0.0/4",
        "255.255.255.255/32",
        "::/128",
        "::1/128",
        "fc00::/7",
        "fe80::/10",
        "fec0::/10",
        "ff00::/8",
        "2001:db8::/32",
        "100::/64",
    )
)
NAT64 = ipaddress.ip_network("64:ff9b::/96")
NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")


class BlockedURL(Exception):
    """The URL may not be fetched; the message says why."""


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in NAT64 or address in NAT64_LOCAL:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if int(address) >> 32 == 0 and int(address) > 1:  # deprecated IPv4-compatible ::a.b.c.d
        return ipaddress.IPv4Address(int(address))
    return None


def is_internal(address: IPAddress) -> bool:
    """True for any address that is not plainly on the public Internet."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None and is_internal(embedded):
            return True
        if embedded is not None and address in NAT64:
            return False  # the well-known NAT64 prefix reaching a public IPv4 address
    if any(address in net for net in DENY_NETWORKS if net.version == address.version):
        return True
    return not address.is_global or address.is_multicast or address.is_reserved


class Guard:
    """Checks a URL's scheme, host and every address its name resolves to."""

    def __init__(self, allow_hosts: Iterable[str] = ()) -> None:
        self.allowed_names: set[str] = set()
        self.allowed_networks: list[IPNetwork] = []
        for raw in allow_hosts:
            entry = raw.strip().lower()
            try:
                self.allowed_networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                self.allowed_names.add(entry)

    def _allowed(self, host: str, address: IPAddress) -> bool:
        return host in self.allowed_names or any(
            address in net for net in self.allowed_networks if net.version == address.version
        )

    def check_address(self, host: str, address: IPAddress) -> None:
        if is_internal(address) and not self._allowed(host, address):
            raise BlockedURL(
                f"{host} resolves to internal address {address}; "
                "allow it with WILDTRACE_ALLOW_HOSTS if intended"
            )

    async def check(self, url: str) -> IPAddress:
        """Refuse the URL or return the address to connect to (every address the name has
        was checked, so a rebinding name cannot slip an internal one in)."""
        host = self._host(url)
        addresses = await resolve(host)
        for address in addresses:
            self.check_address(host, address)
        return addresses[0]

    def check_unresolved(self, url: str) -> None:
        """For fetches through a proxy (e.g. Tor), which resolves names itself: refuse internal
        IP literals and local names; the proxy cannot reach this machine's network by name."""
        host = self._host(url)
        try:
            self.check_address(host, ipaddress.ip_address(host))
        except ValueError:
            local = host == "localhost" or host.endswith((".localhost", ".local", ".internal"))
            if local and host not in self.allowed_names:
                raise BlockedURL(f"{host}: a local name; refused") from None

    @staticmethod
    def _host(url: str) -> str:
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"}:
            raise BlockedURL(f"{url}: scheme {parts.scheme or '(none)'!r} is not http(s)")
        host = (parts.hostname or "").lower()
        if not host:
            raise BlockedURL(f"{url}: no host")
        return host


async def resolve(host: str) -> list[IPAddress]:
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise BlockedURL(f"{host}: cannot resolve ({exc.strerror})") from exc
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
