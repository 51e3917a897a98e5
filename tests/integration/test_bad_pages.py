"""Pages that are not what a patrol expects: each fails alone, with its reason; the rest go on."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import select

from wildtrace.config import load_settings
from wildtrace.patrol.plan import build_plan
from wildtrace.patrol.runner import PatrolRunner
from wildtrace.store.db import Store
from wildtrace.store.models import Listing

pytestmark = pytest.mark.integration

SEARCH = """<html><body>
<a class="r" href="/item/1">ok</a> <a class="r" href="/item/2">png</a>
<a class="r" href="/item/3">huge</a> <a class="r" href="/item/4">gone</a>
<a class="r" href="/item/5">redirect to a private address</a>
<a class="r" href="/item/6">no title</a> <a class="r" href="/item/7">loop</a>
<a class="r" href="https://elsewhere.invalid/item/8">other site</a>
</body></html>"""
ITEM = "<html lang='en'><h1>Ivory bangle</h1><div class='d'>real ivory, WhatsApp</div></html>"


class Hostile(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def _send(
        self,
        status: int,
        body: bytes,
        ctype: str = "text/html; charset=utf-8",
        extra: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        if path == "/search":
            self._send(200, SEARCH.encode())
        elif path == "/item/1":
            self._send(200, ITEM.encode())
        elif path == "/item/2":
            self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png")
        elif path == "/item/3":
            self._send(200, b"<html>" + b"x" * 300_000)
        elif path == "/item/5":
            self._send(302, b"", extra={"Location": "http://10.1.2.3/item/5"})
        elif path == "/item/6":
            self._send(200, b"<html><p>nothing here</p></html>")
        elif path == "/item/7":
            self._send(302, b"", extra={"Location": "/item/7"})
        else:
            self._send(404, b"not found")


@pytest.fixture
def hostile() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Hostile)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_each_bad_page_fails_alone(tmp_path: Path, hostile: str) -> None:
    (tmp_path / "site.yaml").write_text(f"""
id: hostile
name: hostile test site
version: 1
base_url: {hostile}
search: {{url: "/search?q={{query}}&page={{page}}", result_links: "a.r", max_pages: 1}}
listing:
  url_pattern: "^/item/(?P<id>[0-9]+)$"
  fields: {{title: h1, text: div.d}}
  structured_data: false
""")
    settings = load_settings(
        {"home": tmp_path / "home", "allow_hosts": ["127.0.0.1"], "max_body_bytes": 100_000}
    ).settings
    plan = build_plan(
        {"name": "hostile", "delay": 0, "sources": [{"site": "site.yaml", "queries": ["x"]}]},
        "plan",
        tmp_path,
    )
    store = Store(settings)
    summary = PatrolRunner(store, settings).run(plan)
    messages = "\n".join(summary.error_messages)
    assert summary.status == "completed"
    assert summary.listings_new == 1
    assert summary.errors == 6
    assert "/item/2: not an accepted page (content type image/png)" in messages
    assert "/item/3: response of 300006 bytes exceeds the 100000-byte limit" in messages
    assert "/item/4: HTTP 404" in messages
    assert "10.1.2.3 resolves to internal address 10.1.2.3" in messages
    assert "/item/6: no title found" in messages
    assert "more than 5 redirects" in messages
    assert "elsewhere.invalid" not in messages  # links off the site's pattern are not followed
    with store.sessions() as session:
        listing = session.scalars(select(Listing)).one()
    assert (listing.external_id, listing.title) == ("1", "Ivory bangle")
    store.close()
