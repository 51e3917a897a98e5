from __future__ import annotations

import asyncio
import ipaddress

import pytest

from wildtrace.crawl.guard import BlockedURL, Guard, is_internal

INTERNAL = [
    "127.0.0.1",
    "127.8.9.10",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "100.127.255.254",
    "0.0.0.0",
    "224.0.0.1",
    "240.0.0.1",
    "255.255.255.255",
    "198.18.0.1",
    "192.0.0.8",
    "::1",
    "::",
    "fe80::1",
    "fc00::1",
    "fd12:3456::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "64:ff9b::7f00:1",
    "64:ff9b::a9fe:a9fe",
    "2002:7f00:1::",
    "2002:c0a8:101::",
    "::127.0.0.1",
    "2001:db8::1",
]
PUBLIC = ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "64:ff9b::808:808"]


@pytest.mark.parametrize("address", INTERNAL)
def test_internal_addresses_are_refused(address: str) -> None:
    assert is_internal(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_pass(address: str) -> None:
    assert not is_internal(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost:8080/",
        "http://[::1]/",
        "http://169.254.169.254/",
        "http://2130706433/",
        "http://0x7f000001/",
        "ftp://example.org/",
        "file:///etc/passwd",
        "http:///nohost",
    ],
)
def test_urls_to_internal_targets_are_refused(url: str) -> None:
    with pytest.raises(BlockedURL):
        asyncio.run(Guard().check(url))


def test_allow_list_admits_only_what_it_names() -> None:
    guard = Guard(["127.0.0.1"])
    asyncio.run(guard.check("http://127.0.0.1:8000/x"))
    with pytest.raises(BlockedURL):
        asyncio.run(guard.check("http://10.0.0.1/"))
    asyncio.run(Guard(["10.0.0.0/8"]).check("http://10.2.3.4/"))
