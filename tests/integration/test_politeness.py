"""robots.txt, Retry-After and per-host concurrency against a local server."""

from __future__ import annotations

import threading
import time
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
from wildtrace.store.models import FrontierItem, Listing

pytestmark = pytest.mark.integration
ITEMS = 12


class State:
    lock = threading.Lock()
    active = 0
    peak = 0
    hits: ClassVar[dict[str, int]] = {}
    robots = "User-agent: *\nDisallow: /item/2\n"
    robots_status = 200


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def _send(
        self,
        status: int,
        body: str,
        extra: dict[str, str] | None = None,
        ctype: str = "text/html; charset=utf-8",
    ) -> None:
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        with State.lock:
            State.hits[path] = State.hits.get(path, 0) + 1
            State.active += 1
            State.peak = max(State.peak, State.active)
        try:
            time.sleep(0.02)
            if path == "/robots.txt":
                self._send(State.robots_status, State.robots, ctype="text/plain")
            elif path == "/search":
                links = "".join(f'<a class="r" href="/item/{i}">x</a>' for i in range(ITEMS))
                self._send(200, f"<html><body>{links}</body></html>")
            elif path == "/item/3" and State.hits[path] == 1:
                self._send(429, "slow down", {"Retry-After": "1"})
            else:
                self._send(200, f"<html><h1>Listing {path}</h1><div class='d'>text</div></html>")
        finally:
            with State.lock:
                State.active -= 1


@pytest.fixture
def server() -> Iterator[str]:
    State.hits, State.peak, State.active = {}, 0, 0
    State.robots, State.robots_status = "User-agent: *\nDisallow: /item/2\n", 200
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _patrol(tmp_path: Path, url: str, **entry: object):
    (tmp_path / "site.yaml").write_text(f"""
id: polite
name: politeness test site
version: 1
base_url: {url}
search: {{url: "/search?q={{query}}&page={{page}}", result_links: "a.r", max_pages: 1}}
listing:
  url_pattern: "^/item/(?P<id>[0-9]+)$"
  fields: {{title: h1, text: div.d}}
  structured_data: false
""")
    settings = load_settings({"home": tmp_path / "home", "allow_hosts": ["127.0.0.1"]}).settings
    plan = build_plan(
        {
            "name": "polite",
            "delay": 0,
            "concurrency": 8,
            "per_host_concurrency": 3,
            "sources": [{"site": "site.yaml", "queries": ["x"], **entry}],
        },
        "plan",
        tmp_path,
    )
    store = Store(settings)
    summary = PatrolRunner(store, settings).run(plan)
    return store, summary


def test_robots_retry_after_and_per_host_limit(tmp_path: Path, server: str) -> None:
    store, summary = _patrol(tmp_path, server)
    with store.sessions() as session:
        ids = sorted(session.scalars(select(Listing.external_id)), key=int)
        skipped = session.scalars(select(FrontierItem).where(FrontierItem.state == "skipped")).all()
    assert ids == [str(i) for i in range(ITEMS) if i != 2]
    assert [s.target for s in skipped] == ["/item/2"]
    assert skipped[0].error.endswith("/item/2: disallowed by robots.txt")
    assert State.hits.get("/item/2") is None
    assert State.hits["/item/3"] == 2  # retried after the 429, once
    assert State.hits["/robots.txt"] == 1
    assert State.peak <= 3
    assert summary.errors == 0 and summary.frontier["skipped"] == 1
    store.close()


def test_robots_can_be_overridden_and_the_override_is_recorded(tmp_path: Path, server: str) -> None:
    store, summary = _patrol(tmp_path, server, respect_robots=False)
    assert summary.listings_new == ITEMS
    assert "/robots.txt" not in State.hits
    with store.sessions() as session:
        from wildtrace.store.models import PatrolRun

        run = session.scalars(select(PatrolRun)).one()
    assert run.plan["sources"][0]["respect_robots"] is False
    store.close()


def test_unreachable_robots_means_nothing_is_fetched(tmp_path: Path, server: str) -> None:
    State.robots, State.robots_status = "oops", 503
    store, summary = _patrol(tmp_path, server)
    assert summary.listings_new == 0
    assert summary.frontier == {"skipped": 1}
    assert "/search" not in State.hits
    store.close()
