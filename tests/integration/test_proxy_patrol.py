"""Sources behind a SOCKS5 proxy (Tor): pages fetched and rendered through it, names resolved by
it, internal addresses still refused before anything is sent."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from tests.integration.test_rendered_patrol import Handler as ScriptSiteHandler
from tests.support.socks5 import Socks5Server

from wildtrace.config import load_settings
from wildtrace.demo.site import DemoServer
from wildtrace.patrol.plan import build_plan
from wildtrace.patrol.runner import PatrolRunner
from wildtrace.patrol.summary import PatrolSummary
from wildtrace.store.db import Store

pytestmark = pytest.mark.integration

ONION = "demomarketxyz.onion"


def _port(url: str) -> int:
    return int(url.rsplit(":", 1)[1].split("/", maxsplit=1)[0])


def _patrol(tmp_path: Path, source: dict[str, object]) -> PatrolSummary:
    # no allow_hosts: this machine may not connect to 127.0.0.1; only the proxy can
    settings = load_settings({"home": tmp_path / "home"}).settings
    plan = build_plan({"name": "onion", "delay": 0, "sources": [source]}, "plan", tmp_path)
    store = Store(settings)
    try:
        return PatrolRunner(store, settings).run(plan)
    finally:
        store.close()


@pytest.mark.parametrize("credentials", [None, ("isolation-1", "x")])
def test_patrol_through_socks5_with_names_resolved_by_the_proxy(
    tmp_path: Path, demo_server: DemoServer, credentials: tuple[str, str] | None
) -> None:
    proxy = Socks5Server({ONION: ("127.0.0.1", _port(demo_server.url))}, credentials)
    with proxy.running():
        summary = _patrol(
            tmp_path,
            {
                "site": "demo-market",
                "base_url": f"http://{ONION}",
                "queries": ["pangolin"],
                "proxy": proxy.url,
            },
        )
    assert summary.errors == 0, summary.error_messages
    assert summary.listings_new > 0
    assert proxy.refused == []
    assert set(proxy.requests) == {(ONION, 80)}  # every connection, robots.txt's included


def test_internal_address_refused_before_the_proxy_is_asked(tmp_path: Path) -> None:
    proxy = Socks5Server({})
    with proxy.running():
        summary = _patrol(
            tmp_path,
            {
                "site": "demo-market",
                "base_url": "http://10.1.2.3",
                "queries": ["ivory"],
                "proxy": proxy.url,
            },
        )
    assert summary.pages_fetched == 0
    assert summary.errors == 1
    assert "10.1.2.3" in summary.error_messages[0]
    assert proxy.requests == []


@pytest.fixture(scope="module")
def script_site() -> Iterator[int]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), ScriptSiteHandler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd.server_address[1]
    httpd.shutdown()
    httpd.server_close()


def test_rendered_pages_go_through_the_proxy(tmp_path: Path, script_site: int) -> None:
    host = "scriptmarketxyz.onion"
    (tmp_path / "site.yaml").write_text(f"""
id: js-onion
name: script-built site behind a proxy
version: 1
base_url: http://{host}
render: always
search: {{url: "/search?q={{query}}&page={{page}}", result_links: "a.result-link", max_pages: 1}}
listing:
  url_pattern: "^/item/(?P<id>[0-9]+)$"
  fields: {{title: h1.listing-title, text: div.listing-description}}
""")
    proxy = Socks5Server({host: ("127.0.0.1", script_site)})
    with proxy.running():
        summary = _patrol(tmp_path, {"site": "site.yaml", "queries": [""], "proxy": proxy.url})
    assert summary.errors == 0, summary.error_messages
    assert summary.listings_new == 3
    assert {h for h, _ in proxy.requests} == {host}
