"""The browser renderer against a local server: JavaScript content, infinite scroll, the SSRF
guard on sub-resources and redirects, a refused main URL, and a screenshot of Asian scripts.

Needs the Debian package `chromium` (scripts/dev.sh test installs it); one browser serves the
whole module.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest

from wildtrace.config import Settings
from wildtrace.crawl.browser import BrowserRenderer, chromium_path
from wildtrace.crawl.guard import BlockedURL, Guard
from wildtrace.crawl.http import FetchError

pytestmark = pytest.mark.integration

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
TINY_GIF = bytes.fromhex(
    "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b"
)

JS_PAGE = """<!doctype html><html><body><p>static text</p><script>
document.body.innerHTML = '<h1 id="t">Pangolin scales, written by script</h1>';
</script></body></html>"""

SCROLL_PAGE = """<!doctype html><html><head><style>.item{height:300px}</style></head>
<body><div id="list"></div><script>
let offset = 0, loading = false;
async function more() {
  if (loading) return;
  loading = true;
  const items = await (await fetch('/items?offset=' + offset)).json();
  for (const text of items) {
    const div = document.createElement('div');
    div.className = 'item';
    div.textContent = text;
    document.getElementById('list').appendChild(div);
  }
  offset += items.length;
  loading = false;
}
window.addEventListener('scroll', () => {
  if (window.innerHeight + window.scrollY >= document.body.scrollHeight - 50) more();
});
more();
</script></body></html>"""

HOSTILE_PAGE = """<!doctype html><html><head><script src="file:///etc/passwd"></script></head>
<body><h1>hostile</h1>
<img src="http://10.1.2.3/x.png"><img src="/ok.gif"><img src="/bounce">
<iframe src="http://[::1]:{port}/from-iframe"></iframe>
<script>
fetch('http://169.254.169.254/latest/meta-data/').catch(() => 0);
fetch('/api/ok').catch(() => 0);
try {{ new WebSocket('ws://127.0.0.1:{port}/ws'); }} catch (e) {{}}
</script></body></html>"""

CJK_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>body{font-size:40px;font-family:sans-serif;background:#fff}</style></head><body>
<p lang="zh">中文：出售穿山甲鳞片和象牙</p>
<p lang="vi">Tiếng Việt: Bán vảy tê tê và ngà voi</p>
<p lang="th">ภาษาไทย: ขายเกล็ดตัวลิ่นและงาช้าง</p>
</body></html>"""


class Handler(BaseHTTPRequestHandler):
    log: ClassVar[list[tuple[str, str]]] = []  # (client address, path) of every request
    port: ClassVar[int] = 0

    def log_message(self, *args: object) -> None:
        pass

    def _send(
        self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        Handler.log.append((str(self.client_address[0]), self.path))
        parts = urlsplit(self.path)
        html = "text/html; charset=utf-8"
        pages = {
            "/js": JS_PAGE,
            "/scroll": SCROLL_PAGE,
            "/hostile": HOSTILE_PAGE.format(port=Handler.port),
            "/cjk": CJK_PAGE,
        }
        if parts.path in pages:
            self._send(200, pages[parts.path].encode(), html)
        elif parts.path == "/items":
            offset = int(parse_qs(parts.query)["offset"][0])
            items = [f"Item {n}" for n in range(offset, offset + 10)]
            self._send(200, json.dumps(items).encode(), "application/json")
        elif parts.path == "/ok.gif":
            self._send(200, TINY_GIF, "image/gif")
        elif parts.path == "/api/ok":
            self._send(200, b"{}", "application/json")
        elif parts.path in {"/bounce", "/go-internal"}:
            target = f"http://[::1]:{Handler.port}/bounced-secret"
            self._send(302, b"", "text/plain", {"Location": target})
        else:
            self._send(404, b"<html><body>gone</body></html>", html)


class V6Server(ThreadingHTTPServer):
    address_family = socket.AF_INET6


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The test server on 127.0.0.1, plus a twin on [::1] (same port, same log) when IPv6 is
    available, so that a request the guard let through to [::1] would show up in the log."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    Handler.port = httpd.server_address[1]
    servers = [httpd]
    with contextlib.suppress(OSError):
        servers.append(V6Server(("::1", Handler.port), Handler))
    for srv in servers:
        threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{Handler.port}"
    for srv in servers:
        srv.shutdown()
        srv.server_close()


@pytest.fixture(scope="module")
def runner() -> Iterator[asyncio.Runner]:
    with asyncio.Runner() as loop_runner:
        yield loop_runner


@pytest.fixture(scope="module")
def renderer(
    runner: asyncio.Runner, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BrowserRenderer]:
    chromium_path()  # raises BrowserUnavailable with the apt command: a failure, not a skip
    settings = Settings(
        home=tmp_path_factory.mktemp("home"), allow_hosts=("127.0.0.1",), http_timeout=15
    )
    browser = BrowserRenderer(settings, Guard(["127.0.0.1"]))
    runner.run(browser.__aenter__())
    yield browser
    runner.run(browser.__aexit__(None, None, None))


def test_javascript_written_content_is_rendered(
    runner: asyncio.Runner, renderer: BrowserRenderer, server: str
) -> None:
    result = runner.run(renderer.render(f"{server}/js"))
    body = result.page.body.decode("utf-8")
    assert '<h1 id="t">Pangolin scales, written by script</h1>' in body
    assert "static text" not in body
    assert result.page.status_code == 200
    assert result.page.final_url == f"{server}/js"
    assert result.page.content_type == "text/html; charset=utf-8"
    assert ("content-type", "text/html; charset=utf-8") in result.page.headers
    assert result.page.peer is None
    assert result.screenshot_png is None
    assert result.blocked == []


def test_scrolling_loads_more_items(
    runner: asyncio.Runner, renderer: BrowserRenderer, server: str
) -> None:
    still = runner.run(renderer.render(f"{server}/scroll", scroll=0, wait_ms=300))
    scrolled = runner.run(renderer.render(f"{server}/scroll", scroll=3, wait_ms=300))
    assert still.page.body.count(b'class="item"') == 10
    assert scrolled.page.body.count(b'class="item"') == 40
    assert b"Item 39" in scrolled.page.body


def test_guard_covers_every_request(
    runner: asyncio.Runner, renderer: BrowserRenderer, server: str
) -> None:
    Handler.log.clear()
    result = runner.run(renderer.render(f"{server}/hostile"))
    blocked = dict(result.blocked)
    port = Handler.port
    for url in (
        "http://10.1.2.3/x.png",
        "http://169.254.169.254/latest/meta-data/",
        f"http://[::1]:{port}/from-iframe",
        "file:///etc/passwd",
        f"http://[::1]:{port}/bounced-secret",  # a redirect hop: caught by the guarding proxy
        f"ws://127.0.0.1:{port}/ws",
    ):
        assert url in blocked, (url, result.blocked)
    assert "internal address" in blocked["http://169.254.169.254/latest/meta-data/"]
    paths = [path for _, path in Handler.log]
    assert {"/hostile", "/ok.gif", "/api/ok", "/bounce"} <= set(paths)
    for path in ("/x.png", "/latest/meta-data/", "/from-iframe", "/bounced-secret", "/ws"):
        assert path not in paths
    assert all(address == "127.0.0.1" for address, _ in Handler.log)


def test_refused_main_url_raises_before_navigation(
    runner: asyncio.Runner,
    renderer: BrowserRenderer,
    server: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    contexts: list[Any] = []
    assert renderer.browser is not None
    monkeypatch.setattr(renderer.browser, "new_context", lambda **kw: contexts.append(kw))
    Handler.log.clear()
    for url in (
        "http://10.1.2.3/",
        "http://169.254.169.254/latest/meta-data/",
        f"http://[::1]:{Handler.port}/",
        "file:///etc/passwd",
    ):
        with pytest.raises(BlockedURL):
            runner.run(renderer.render(url))
    assert contexts == []
    assert Handler.log == []


def test_redirect_of_the_page_to_an_internal_address_is_refused(
    runner: asyncio.Runner, renderer: BrowserRenderer, server: str
) -> None:
    Handler.log.clear()
    with pytest.raises(BlockedURL, match="internal address"):
        runner.run(renderer.render(f"{server}/go-internal"))
    assert [path for _, path in Handler.log] == ["/go-internal"]


def test_http_errors_are_fetch_errors(
    runner: asyncio.Runner, renderer: BrowserRenderer, server: str
) -> None:
    with pytest.raises(FetchError) as info:
        runner.run(renderer.render(f"{server}/missing"))
    assert info.value.status == 404
    assert info.value.page is not None
    assert b"gone" in info.value.page.body
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    with pytest.raises(FetchError) as info:
        runner.run(renderer.render(f"http://127.0.0.1:{port}/"))
    assert info.value.transient


def test_screenshot_of_asian_scripts(
    runner: asyncio.Runner, renderer: BrowserRenderer, server: str
) -> None:
    result = runner.run(renderer.render(f"{server}/cjk", screenshot=True))
    png = result.screenshot_png
    assert png is not None
    assert png.startswith(PNG_SIGNATURE)
    assert len(png) > 1024
    Path("/tmp/wildtrace-cjk.png").write_bytes(png)
    assert "ขายเกล็ดตัวลิ่น" in result.page.body.decode("utf-8")
