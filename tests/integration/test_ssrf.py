"""Internal targets in many address forms are refused before any socket opens."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator

import pytest

from wildtrace.crawl.guard import BlockedURL, Guard
from wildtrace.crawl.http import Fetcher, FetchError, FetchPolicy

pytestmark = pytest.mark.integration

FORMS = [
    "http://127.0.0.1:{p}/",
    "http://127.1:{p}/",
    "http://127.0.1:{p}/",
    "http://0177.0.0.1:{p}/",
    "http://0x7f.0.0.1:{p}/",
    "http://0x7f000001:{p}/",
    "http://2130706433:{p}/",
    "http://017700000001:{p}/",
    "http://0x7f.1:{p}/",
    "http://localhost:{p}/",
    "http://LOCALHOST:{p}/",
    "http://localhost.:{p}/",
    "http://[::ffff:127.0.0.1]:{p}/",
    "http://[::ffff:7f00:1]:{p}/",
    "http://[0:0:0:0:0:ffff:127.0.0.1]:{p}/",
    "http://[::127.0.0.1]:{p}/",
    "http://[64:ff9b::127.0.0.1]:{p}/",
    "http://[2002:7f00:1::]:{p}/",
    "http://[::1]:{p}/",
    "http://0.0.0.0:{p}/",
    "http://0:{p}/",
    "https://127.0.0.1:{p}/",
    "http://user:secret@127.0.0.1:{p}/",
    "http://10.0.0.1/",
    "http://172.16.0.1/",
    "http://192.168.0.1/",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://100.64.0.1/",
    "http://[fd00::1]/",
    "http://[fe80::1]/",
    "http://224.0.0.1/",
    "http://198.18.0.1/",
    "http://255.255.255.255/",
    "http://[64:ff9b::a00:1]/",
    "gopher://127.0.0.1:{p}/",
    "file:///etc/passwd",
]


@pytest.fixture
def listener() -> Iterator[tuple[int, list[object]]]:
    """A TCP listener on 127.0.0.1 that records every connection made to it."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.settimeout(0.1)
    accepted: list[object] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, addr = sock.accept()
            except TimeoutError:
                continue
            accepted.append(addr)
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield sock.getsockname()[1], accepted
    stop.set()
    thread.join()
    sock.close()


def test_internal_forms_are_refused_without_a_connection(
    listener: tuple[int, list[object]], monkeypatch: pytest.MonkeyPatch
) -> None:
    port, accepted = listener
    requests: list[str] = []

    async def no_request(self: Fetcher, url: str, address: object) -> object:
        requests.append(url)
        raise AssertionError("a request was attempted")

    monkeypatch.setattr(Fetcher, "_request", no_request)
    assert len(FORMS) >= 30

    async def attempt_all() -> list[str]:
        fetcher = Fetcher(Guard(), FetchPolicy(retries=0))
        refused = []
        try:
            for form in FORMS:
                url = form.format(p=port)
                with pytest.raises(BlockedURL) as info:
                    await fetcher.fetch(url)
                refused.append(str(info.value))
        finally:
            await fetcher.aclose()
        return refused

    reasons = asyncio.run(attempt_all())
    assert len(reasons) == len(FORMS)
    assert requests == [] and accepted == []


def test_allow_list_opens_exactly_what_it_names(listener: tuple[int, list[object]]) -> None:
    port, accepted = listener

    async def attempt() -> None:
        fetcher = Fetcher(Guard(["127.0.0.1"]), FetchPolicy(retries=0, timeout=2))
        try:
            with pytest.raises(BlockedURL):
                await fetcher.fetch(f"http://[::1]:{port}/")
            with pytest.raises(FetchError, match=r"unreachable|timed out"):
                await fetcher.fetch(f"http://127.0.0.1:{port}/")
        finally:
            await fetcher.aclose()

    asyncio.run(attempt())
    assert len(accepted) == 1
