"""A site whose pages are built by scripts: patrolled through the browser when its definition
says so (always, or auto when a fetched page shows almost no text)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from wildtrace.config import load_settings
from wildtrace.patrol.plan import build_plan
from wildtrace.patrol.runner import PatrolRunner
from wildtrace.store.db import Store

pytestmark = pytest.mark.integration

SEARCH = """<html><body><div id="app">Loading…</div><script>
const items = [1, 2, 3].map(i => `<a class="result-link" href="/item/${i}">Item ${i}</a>`);
document.getElementById("app").innerHTML = items.join(" ");
</script></body></html>"""
ITEM = """<html><body><div id="app"></div><script>
document.getElementById("app").innerHTML =
  '<h1 class="listing-title">Pangolin scales for sale</h1>' +
  '<div class="listing-description">Dried, 2 kg, WhatsApp +44 7700 900123</div>';
</script></body></html>"""


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        body = SEARCH if path == "/search" else ITEM if path.startswith("/item/") else ""
        data = body.encode()
        self.send_response(200 if body or path == "/robots.txt" else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture(scope="module")
def js_site() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize(("render", "stored"), [("always", 3), ("auto", 3), ("never", 0)])
def test_script_built_site(tmp_path: Path, js_site: str, render: str, stored: int) -> None:
    (tmp_path / "site.yaml").write_text(f"""
id: js-market
name: script-built test site
version: 1
base_url: {js_site}
render: {render}
search: {{url: "/search?q={{query}}&page={{page}}", result_links: "a.result-link", max_pages: 1}}
listing:
  url_pattern: "^/item/(?P<id>[0-9]+)$"
  fields: {{title: h1.listing-title, text: div.listing-description}}
""")
    settings = load_settings({"home": tmp_path / "home", "allow_hosts": ["127.0.0.1"]}).settings
    plan = build_plan(
        {"name": "js", "delay": 0, "sources": [{"site": "site.yaml", "queries": [""]}]},
        "plan",
        tmp_path,
    )
    store = Store(settings)
    summary = PatrolRunner(store, settings).run(plan)
    store.close()
    assert summary.listings_new == stored
    assert summary.errors == 0
    if stored:
        assert summary.alerts_by_taxon == {"Manidae": 3}
