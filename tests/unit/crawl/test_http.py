"""The guarded fetcher against a hostile local server: decompression bombs stopped at the cap,
declared sizes refused before reading, retries honouring Retry-After, read and total timeouts,
headers kept as received, no cookie jar, no environment proxies, connections pinned to the
address the guard checked (concurrent hops to different names included), HTTP proxies."""

from __future__ import annotations

import asyncio
import base64
import gzip
import ipaddress
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import brotli  # type: ignore[import-untyped]
import pytest

from wildtrace.crawl import guard as guard_module
from wildtrace.crawl.connections import PinnedResolver
from wildtrace.crawl.guard import BlockedURL, Guard, IPAddress
from wildtrace.crawl.http import Fetcher, FetchError, FetchPolicy

PAGE = b"<html><h1>Ivory bangle</h1></html>"
BOMB_SIZE = 200_000_000  # inflated; about 200 KB on the wire


def _bomb(encoding: str) -> bytes:
    zeros = bytes(1_000_000)
    if encoding == "br":  # a dependency: aiohttp asks for br only where Brotli is installed
        packer = brotli.Compressor(quality=1)
        return b"".join(packer.process(zeros) for _ in range(BOMB_SIZE // len(zeros))) + (
            packer.finish()
        )
    deflate = zlib.compressobj(9, zlib.DEFLATED, 31 if encoding == "gzip" else 15)
    return b"".join(deflate.compress(zeros) for _ in range(BOMB_SIZE // len(zeros))) + (
        deflate.flush()
    )


class Quiet(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up on a bomb is what the test wants


class Site:
    """A local server whose routes are plain functions of the request handler."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.requests: list[dict[str, str]] = []
        self.paths: list[str] = []
        self.routes: dict[str, Callable[[BaseHTTPRequestHandler], None]] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                site.requests.append({k.lower(): v for k, v in self.headers.items()})
                site.paths.append(self.path)
                route = site.routes.get(self.path.split("?")[0], send_page)
                route(self)

        self.server = Quiet((host, 0), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://{host}:{self.port}"

    def __enter__(self) -> Site:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def send(
    handler: BaseHTTPRequestHandler,
    status: int = 200,
    body: bytes = PAGE,
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "text/html"),),
) -> None:
    handler.send_response(status)
    for name, value in headers:
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def send_page(handler: BaseHTTPRequestHandler) -> None:
    send(handler)


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as running:
        yield running


def fetch(url: str, policy: FetchPolicy | None = None, **kwargs: object) -> object:
    """Fetch once with a fresh fetcher that may reach 127.0.0.0/8; the page or the error."""

    async def main() -> object:
        fetcher = Fetcher(Guard(["127.0.0.0/8"]), policy or FetchPolicy(retries=0))
        try:
            return await fetcher.fetch(url, **kwargs)  # type: ignore[arg-type]
        except (FetchError, BlockedURL) as exc:
            return exc
        finally:
            await fetcher.aclose()

    return asyncio.run(main())


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
def test_decompression_bomb_stops_at_the_cap_without_inflating_it(
    site: Site, encoding: str
) -> None:
    bomb = _bomb(encoding)
    assert len(bomb) < 1_000_000
    site.routes["/bomb"] = lambda h: send(
        h, body=bomb, headers=(("Content-Type", "text/html"), ("Content-Encoding", encoding))
    )
    tracemalloc.start()
    try:
        result = fetch(f"{site.url}/bomb", FetchPolicy(retries=0, max_body_bytes=2_000_000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(result, FetchError)
    assert "response exceeds the 2000000-byte limit" in str(result)
    assert not result.transient
    assert peak < 8_000_000  # the cap plus a few read buffers, not 200 MB


def test_compressed_page_is_inflated(site: Site) -> None:
    site.routes["/gz"] = lambda h: send(
        h,
        body=gzip.compress(PAGE),
        headers=(("Content-Type", "text/html"), ("Content-Encoding", "gzip")),
    )
    page = fetch(f"{site.url}/gz")
    assert getattr(page, "body", None) == PAGE


def test_declared_size_over_the_cap_is_refused_before_reading(site: Site) -> None:
    def huge(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", "50000000")
        h.end_headers()
        h.wfile.write(b"<html>")  # and never the rest

    site.routes["/huge"] = huge
    result = fetch(f"{site.url}/huge", FetchPolicy(retries=0, max_body_bytes=1000, timeout=5))
    assert isinstance(result, FetchError)
    assert "response of 50000000 bytes exceeds the 1000-byte limit" in str(result)


def test_undeclared_body_over_the_cap_is_refused(site: Site) -> None:
    def chunked(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        for _ in range(10):
            h.wfile.write(b"400\r\n" + b"x" * 1024 + b"\r\n")
        h.wfile.write(b"0\r\n\r\n")

    site.routes["/chunked"] = chunked
    result = fetch(f"{site.url}/chunked", FetchPolicy(retries=0, max_body_bytes=5000))
    assert isinstance(result, FetchError)
    assert "exceeds the 5000-byte limit" in str(result)


def test_content_type_not_accepted(site: Site) -> None:
    site.routes["/png"] = lambda h: send(
        h, body=b"\x89PNG", headers=(("Content-Type", "image/png"),)
    )
    result = fetch(f"{site.url}/png")
    assert isinstance(result, FetchError)
    assert "not an accepted page (content type image/png)" in str(result)


def test_transient_status_is_retried_after_retry_after(site: Site) -> None:
    answers = iter([503, 429, 200])

    def flaky(h: BaseHTTPRequestHandler) -> None:
        status = next(answers)
        extra = (("Retry-After", "1"),) if status == 429 else ()
        send(h, status, headers=(("Content-Type", "text/html"), *extra))

    site.routes["/flaky"] = flaky
    started = time.monotonic()
    page = fetch(f"{site.url}/flaky", FetchPolicy(retries=2, backoff=0.01))
    assert getattr(page, "status_code", None) == 200
    assert time.monotonic() - started >= 1.0  # Retry-After outweighs the short backoff
    assert len(site.paths) == 3


def test_retry_after_beyond_the_limit_gives_up(site: Site) -> None:
    site.routes["/later"] = lambda h: send(
        h, 503, headers=(("Content-Type", "text/html"), ("Retry-After", "3600"))
    )
    result = fetch(f"{site.url}/later", FetchPolicy(retries=2, max_retry_after=10))
    assert isinstance(result, FetchError)
    assert "Retry-After 3600 s exceeds 10 s" in str(result)
    assert len(site.paths) == 1


def test_a_stalled_body_times_out(site: Site) -> None:
    def stall(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", "100")
        h.end_headers()
        h.wfile.write(b"<html>")
        h.wfile.flush()
        time.sleep(2)

    site.routes["/stall"] = stall
    started = time.monotonic()
    result = fetch(f"{site.url}/stall", FetchPolicy(retries=0, timeout=0.5))
    assert isinstance(result, FetchError)
    assert "timed out" in str(result) and result.transient
    assert time.monotonic() - started < 1.8


def test_a_dripping_body_hits_the_total_timeout(site: Site) -> None:
    def drip(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", "100")
        h.end_headers()
        for _ in range(40):  # each byte well within the read timeout
            h.wfile.write(b"x")
            h.wfile.flush()
            time.sleep(0.1)

    site.routes["/drip"] = drip
    started = time.monotonic()
    result = fetch(f"{site.url}/drip", FetchPolicy(retries=0, timeout=1, total_timeout=1))
    assert isinstance(result, FetchError)
    assert "timed out" in str(result)
    assert time.monotonic() - started < 2.5


def test_headers_kept_in_order_with_repeats_and_no_cookie_jar(site: Site) -> None:
    site.routes["/set"] = lambda h: send(
        h,
        headers=(
            ("Content-Type", "text/html"),
            ("Set-Cookie", "a=1; Path=/"),
            ("X-First", "1"),
            ("Set-Cookie", "b=2; Path=/"),
        ),
    )

    async def twice() -> object:
        fetcher = Fetcher(Guard(["127.0.0.1"]), FetchPolicy(retries=0))
        try:
            page = await fetcher.fetch(f"{site.url}/set")
            await fetcher.fetch(f"{site.url}/again")
            return page
        finally:
            await fetcher.aclose()

    page = asyncio.run(twice())
    names = [k for k, _ in page.headers]  # type: ignore[attr-defined]
    assert [v for k, v in page.headers if k == "set-cookie"] == ["a=1; Path=/", "b=2; Path=/"]  # type: ignore[attr-defined]
    assert (
        names.index("set-cookie")
        < names.index("x-first")
        < len(names) - 1 - names[::-1].index("set-cookie")
    )
    assert all(k == k.lower() for k in names)
    assert "cookie" not in site.requests[1]  # what a site sets is never sent back
    assert page.peer == "127.0.0.1"  # type: ignore[attr-defined]


def test_environment_proxies_are_ignored(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    page = fetch(f"{site.url}/")
    assert getattr(page, "status_code", None) == 200


def _fake_dns(monkeypatch: pytest.MonkeyPatch, table: dict[str, str]) -> list[str]:
    """Names the machine cannot resolve, answered for the guard only: a fetch that succeeds
    proved the connection used the guard's answer, not a resolution of its own."""
    asked: list[str] = []
    real = guard_module.resolve

    async def resolve(host: str) -> list[IPAddress]:
        asked.append(host)
        if host in table:
            return [ipaddress.ip_address(table[host])]
        return await real(host)

    monkeypatch.setattr(guard_module, "resolve", resolve)
    return asked


def test_connection_goes_to_the_address_the_guard_checked(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _fake_dns(monkeypatch, {"shop.test": "127.0.0.1"})
    site.routes["/hop"] = lambda h: send(
        h, 302, b"", (("Location", f"http://shop.test:{site.port}/end"),)
    )
    page = fetch(f"{site.url}/hop")
    assert getattr(page, "final_url", None) == f"http://shop.test:{site.port}/end"
    assert page.peer == "127.0.0.1"  # type: ignore[attr-defined]
    assert asked[-1] == "shop.test"  # the redirect hop was checked
    assert site.requests[-1]["host"] == f"shop.test:{site.port}"


def test_redirect_to_an_internal_address_is_refused(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_dns(monkeypatch, {"rebind.test": "10.0.0.7"})
    site.routes["/hop"] = lambda h: send(h, 302, b"", (("Location", "http://rebind.test/"),))
    result = fetch(f"{site.url}/hop")
    assert isinstance(result, BlockedURL)
    assert "internal address 10.0.0.7" in str(result)


def test_concurrent_hops_each_use_their_own_checked_address(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Site("127.0.0.1") as one, Site("127.0.0.2") as two:
        _fake_dns(monkeypatch, {"one.test": "127.0.0.1", "two.test": "127.0.0.2"})
        urls = [f"http://one.test:{one.port}/", f"http://two.test:{two.port}/"] * 20

        async def many() -> list[object]:
            fetcher = Fetcher(Guard(["127.0.0.0/8"]), FetchPolicy(retries=0), concurrency=8)
            try:
                return list(await asyncio.gather(*(fetcher.fetch(u) for u in urls)))
            finally:
                await fetcher.aclose()

        pages = asyncio.run(many())
    assert [p.peer for p in pages] == ["127.0.0.1", "127.0.0.2"] * 20  # type: ignore[attr-defined]
    assert {r["host"] for r in one.requests} == {f"one.test:{one.port}"}
    assert {r["host"] for r in two.requests} == {f"two.test:{two.port}"}


def test_resolver_refuses_a_name_the_guard_did_not_check() -> None:
    async def ask() -> None:
        await PinnedResolver().resolve("elsewhere.test", 80)

    with pytest.raises(OSError, match="no address checked by the guard"):
        asyncio.run(ask())


def test_http_proxy_gets_the_name_and_the_credentials(site: Site) -> None:
    """The stub proxy answers for every URL itself: names are left to it, none resolved here."""
    page = fetch(
        "http://market.onion/item/1",
        FetchPolicy(retries=0, proxy=f"http://user:p%40ss@127.0.0.1:{site.port}"),
    )
    assert getattr(page, "status_code", None) == 200
    assert page.peer is None  # type: ignore[attr-defined]
    assert site.paths == ["http://market.onion/item/1"]
    expected = "Basic " + base64.b64encode(b"user:p@ss").decode()
    assert site.requests[0]["proxy-authorization"] == expected
    assert site.requests[0]["host"] == "market.onion"


def test_proxy_fetch_refuses_internal_literals_before_asking(site: Site) -> None:
    result = fetch(
        "http://10.1.2.3/", FetchPolicy(retries=0, proxy=f"http://127.0.0.1:{site.port}")
    )
    assert isinstance(result, BlockedURL)
    assert site.paths == []


def test_undecodable_body_is_not_retried(site: Site) -> None:
    site.routes["/bad"] = lambda h: send(
        h,
        body=b"not gzip at all" * 10,
        headers=(("Content-Type", "text/html"), ("Content-Encoding", "gzip")),
    )
    result = fetch(f"{site.url}/bad", FetchPolicy(retries=2, backoff=0.01))
    assert isinstance(result, FetchError)
    assert "undecodable body" in str(result) and not result.transient
    assert len(site.paths) == 1
