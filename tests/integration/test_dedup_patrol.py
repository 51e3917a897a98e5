"""Deduplication in a patrol: the same page under another spelling of its address is queued
once, and a page whose body the source already served is kept but not processed again."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from sqlalchemy import select

from wildtrace.config import load_settings
from wildtrace.patrol.plan import build_plan
from wildtrace.patrol.runner import PatrolRunner
from wildtrace.store.db import Store
from wildtrace.store.models import Capture, FrontierItem

pytestmark = pytest.mark.integration

# Every results page, whatever its number, is the same (a site that ignores the page
# parameter), its "next" link included. Links carry tracking parameters and a fragment.
RESULTS = """<html><body>
<a class="result-link" href="/item/1?utm_source=newsletter">one</a>
<a class="result-link" href="/item/1#photos">one again</a>
<a class="result-link" href="/ITEM/../item/2?fbclid=XYZ">two</a>
<a class="result-link" href="/item/3">three</a>
<a rel="next" href="/search?q={query}&page=2">next</a>
</body></html>"""
ITEM = """<html><body><h1 class="listing-title">Item {n}</h1>
<div class="listing-description">Carved ivory bangle number {n}, WhatsApp only</div>
</body></html>"""


class Handler(BaseHTTPRequestHandler):
    hits: ClassVar[Counter[str]] = Counter()

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        type(self).hits[self.path] += 1
        path, _, query = self.path.partition("?")
        params = dict(p.partition("=")[::2] for p in query.split("&") if p)
        if path == "/search":
            body = RESULTS.format(query=params.get("q", ""))
        elif path.startswith("/item/"):
            body = ITEM.format(n=path.rsplit("/", 1)[1])
        else:
            body = ""
        data = body.encode()
        self.send_response(200 if body or path == "/robots.txt" else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def site() -> Iterator[str]:
    Handler.hits = Counter()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_same_page_under_other_addresses_and_endless_pagination(tmp_path: Path, site: str) -> None:
    (tmp_path / "site.yaml").write_text(f"""
id: repeating-market
name: a site that ignores the page number
version: 1
base_url: {site}
search: {{url: "/search?q={{query}}&page={{page}}", result_links: "a.result-link",
          next_page: "a[rel=next]", max_pages: 50}}
listing:
  url_pattern: "^/item/(?P<id>[0-9]+)$"
  fields: {{title: h1.listing-title, text: div.listing-description}}
""")
    settings = load_settings({"home": tmp_path / "home", "allow_hosts": ["127.0.0.1"]}).settings
    plan = build_plan(
        {"name": "dedup", "delay": 0, "sources": [{"site": "site.yaml", "queries": ["ivory"]}]},
        "plan",
        tmp_path,
    )
    store = Store(settings)
    try:
        summary = PatrolRunner(store, settings).run(plan)
        with store.sessions() as session:
            items = session.scalars(select(FrontierItem).order_by(FrontierItem.id)).all()
            captures = session.scalars(select(Capture)).all()
    finally:
        store.close()
    assert summary.errors == 0, summary.error_messages
    assert summary.listings_new == 3
    targets = [i.target for i in items]
    # one item per listing however its links were spelt
    assert sorted(t for t in targets if t.startswith("/item/")) == ["/item/1", "/item/2", "/item/3"]
    assert [t for t in targets if t.startswith("/search")] == [
        "/search?q=ivory&page=1",
        "/search?q=ivory&page=2",
    ]
    page2 = next(i for i in items if i.target.endswith("page=2"))
    page1 = next(i for i in items if i.target.endswith("page=1"))
    assert page2.state == "done"
    assert page2.error == f"same content as capture {page1.capture_id}: not processed again"
    assert page2.capture_id is not None and page2.capture_id != page1.capture_id
    assert len(captures) == 5  # every fetched page is kept, the repeat included
    assert sum(n for path, n in Handler.hits.items() if path.startswith("/item/")) == 3
