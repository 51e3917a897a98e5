"""Sites read logged in: session cookies from the secrets file, sent to the site's own origin only.

A local site on 127.0.0.1 serves results and listings only to the right session cookie (else a
login form), renews the session with Set-Cookie, and redirects one listing to a second host on
127.0.0.2, which records every Cookie header it receives.
"""

from __future__ import annotations

import asyncio
import gzip
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from wildtrace.cli import app
from wildtrace.config import Settings, load_settings
from wildtrace.crawl.browser import BrowserRenderer, chromium_path
from wildtrace.crawl.cookies import REDACTED, SessionCookies, SessionPage
from wildtrace.domain.listing import FetchedPage
from wildtrace.evidence.blobs import BlobStore
from wildtrace.patrol.plan import PlanError, build_plan
from wildtrace.patrol.runner import PatrolRunner
from wildtrace.store.db import Store
from wildtrace.store.models import Capture, FrontierItem, Listing

pytestmark = pytest.mark.integration

SECRET = "s3cr3t-SESSION-4f9a1c"  # the test's own session value
RENEWED = "renewed-SESSION-77e0b2"  # what the site sets to renew the session
LOGIN_FORM = "<html><body><form id='login'>Please log in</form></body></html>"


@dataclass
class Log:
    """Each request a server got: (path, Cookie header or None)."""

    requests: list[tuple[str, str | None]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def cookies_for(self, prefix: str) -> list[str | None]:
        with self.lock:
            return [c for p, c in self.requests if p.startswith(prefix)]


def make_handler(log: Log, other: list[str]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _send(self, status: int, body: str, headers: dict[str, str] | None = None) -> None:
            data = body.encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            cookie = self.headers.get("Cookie")
            with log.lock:
                log.requests.append((self.path, cookie))
            path = self.path.split("?")[0]
            if path == "/robots.txt":
                self._send(404, "none")
            elif other and path == "/item/9":  # the site sends this listing to another host
                self._send(302, "", {"Location": f"{other[0]}/item/9"})
            elif not other:  # the other host: a page for anyone
                self._send(200, "<html><h1>Listing elsewhere</h1><div class='d'>x</div></html>")
            elif cookie != f"session={SECRET}":
                self._send(200, LOGIN_FORM)
            elif path == "/search":
                links = "".join(f'<a class="r" href="/item/{i}">x</a>' for i in (1, 2, 9))
                self._send(200, f"<html><body>{links}</body></html>")
            else:
                renew = {"Set-Cookie": f"session={RENEWED}; Path=/; HttpOnly"}
                body = f"<html><h1>Members only {path}</h1><div class='d'>ivory</div></html>"
                self._send(200, body, renew)

    return Handler


@dataclass
class Sites:
    url: str
    other_url: str
    log: Log
    other_log: Log


def _serve(host: str, log: Log, other: list[str]) -> ThreadingHTTPServer:
    httpd = ThreadingHTTPServer((host, 0), make_handler(log, other))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


@pytest.fixture
def sites() -> Iterator[Sites]:
    site_log, other_log = Log(), Log()
    other = _serve("127.0.0.2", other_log, [])
    other_url = f"http://127.0.0.2:{other.server_address[1]}"
    site = _serve("127.0.0.1", site_log, [other_url])
    yield Sites(f"http://127.0.0.1:{site.server_address[1]}", other_url, site_log, other_log)
    for httpd in (site, other):
        httpd.shutdown()
        httpd.server_close()


def _definition(tmp_path: Path, url: str) -> None:
    (tmp_path / "members.yaml").write_text(f"""
id: members
name: members-only market
version: 1
base_url: {url}
needs_login: true
login_check: {{selector: "form#login"}}
search: {{url: "/search?q={{query}}&page={{page}}", result_links: "a.r", max_pages: 1}}
listing:
  url_pattern: "^/item/(?P<id>[0-9]+)$"
  fields: {{title: h1, text: div.d}}
  structured_data: false
  opengraph: false
""")


def _secrets(tmp_path: Path, value: str = SECRET, mode: int = 0o600, extra: str = "") -> Path:
    path = tmp_path / "secrets.yaml"
    path.write_text(f"sites:\n  members:\n    cookies:\n      session: '{value}'\n{extra}")
    path.chmod(mode)
    return path


def _plan(tmp_path: Path, secrets: Path):
    return build_plan(
        {
            "name": "members",
            "delay": 0,
            "sources": [{"site": "members.yaml", "queries": ["ivory"]}],
        },
        "plan.yaml",
        tmp_path,
        secrets_file=secrets,
    )


def _run(tmp_path: Path, secrets: Path) -> Store:
    settings = load_settings(
        {"home": tmp_path / "home", "allow_hosts": ["127.0.0.1", "127.0.0.2"]}
    ).settings
    store = Store(settings)
    PatrolRunner(store, settings).run(_plan(tmp_path, secrets))
    return store


def _everything_kept(home: Path) -> bytes:
    """Every byte wildtrace wrote: database (and its WAL) and blobs, WARCs unzipped."""
    data = b""
    for path in sorted(p for p in home.rglob("*") if p.is_file()):
        raw = path.read_bytes()
        data += gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
    return data


def test_patrol_logged_in_reads_members_only_listings(tmp_path: Path, sites: Sites) -> None:
    _definition(tmp_path, sites.url)
    store = _run(tmp_path, _secrets(tmp_path))
    with store.sessions() as session:
        listings = {
            listing.external_id: listing.title for listing in session.scalars(select(Listing))
        }
        warc_hashes = [c.warc_sha256 for c in session.scalars(select(Capture))]
    store.close()
    assert listings == {
        "1": "Members only /item/1",
        "2": "Members only /item/2",
        "9": "Listing elsewhere",
    }
    # the site got the session on every page; robots.txt is fetched without it
    assert sites.log.cookies_for("/robots.txt") == [None]
    for prefix in ("/search", "/item/1", "/item/2", "/item/9"):
        assert sites.log.cookies_for(prefix) == [f"session={SECRET}"], prefix
    # the redirect to the other host did not carry it (nor did anything else reach that host)
    assert sites.other_log.requests
    assert all(cookie is None for _, cookie in sites.other_log.requests)
    # the renewed session the site set was never sent back (no cookie jar)
    assert not any(RENEWED in (c or "") for _, c in sites.log.requests)
    # neither the session nor its renewal is kept anywhere: database, blobs, WARCs
    kept = _everything_kept(tmp_path / "home")
    assert SECRET.encode() not in kept
    assert RENEWED.encode() not in kept
    assert len(warc_hashes) == 4
    blobs = BlobStore(tmp_path / "home" / "blobs")
    warcs = [gzip.decompress(blobs.get(h)) for h in warc_hashes if h]
    redacted = [w for w in warcs if b"\r\nCookie: [redacted: session cookie]\r\n" in w]
    assert len(redacted) == 3  # search, listings 1 and 2; not the page of the other host
    renewals = [w for w in warcs if b"set-cookie: [redacted: session cookie]" in w.lower()]
    assert len(renewals) == 2  # the two listings the site answered with a renewed session
    assert all(b"session cookies session" in w for w in redacted)  # the warcinfo note


def test_logged_out_page_fails_with_a_clear_error(tmp_path: Path, sites: Sites) -> None:
    _definition(tmp_path, sites.url)
    store = _run(tmp_path, _secrets(tmp_path, value="expired-session"))
    with store.sessions() as session:
        items = list(session.scalars(select(FrontierItem)))
        listings = list(session.scalars(select(Listing)))
    store.close()
    assert listings == []
    assert [(i.kind, i.state) for i in items] == [("search", "failed")]
    assert items[0].error == (
        f"session expired or not logged in for members: {sites.url}/search?q=ivory&page=1 "
        "shows the login_check marker (renew the cookies in the secrets file)"
    )
    assert "expired-session" not in (items[0].error or "")


def test_plan_without_cookies_is_refused(tmp_path: Path, sites: Sites) -> None:
    _definition(tmp_path, sites.url)
    with pytest.raises(PlanError) as missing:
        _plan(tmp_path, tmp_path / "nowhere.yaml")
    assert str(missing.value) == (
        f"plan plan.yaml: site members needs login: secrets file {tmp_path / 'nowhere.yaml'} "
        "does not exist (setting secrets_file)"
    )
    other = tmp_path / "other-secrets.yaml"
    other.write_text("sites:\n  another-site:\n    cookies: {sid: abc}\n")
    other.chmod(0o600)
    with pytest.raises(
        PlanError,
        match=r"site members needs login, but the secrets file .* has "
        r"no session cookies for it \(add sites\.members\.cookies\)",
    ):
        _plan(tmp_path, other)
    assert sites.log.requests == []


def test_secrets_file_others_may_read_is_refused(tmp_path: Path, sites: Sites) -> None:
    _definition(tmp_path, sites.url)
    secrets = _secrets(tmp_path, mode=0o644)
    with pytest.raises(PlanError) as refused:
        _plan(tmp_path, secrets)
    message = str(refused.value)
    assert "its mode 0644 lets others read it" in message
    assert f"chmod 600 {secrets}" in message
    assert SECRET not in message


def test_cookies_for_another_domain_are_refused(tmp_path: Path, sites: Sites) -> None:
    _definition(tmp_path, sites.url)
    secrets = _secrets(tmp_path, extra="    domain: members.example\n")
    with pytest.raises(
        PlanError,
        match=r"are for members\.example, but the plan reaches the site "
        r"at 127\.0\.0\.1; they are not sent to another host",
    ):
        _plan(tmp_path, secrets)


def test_cli_refuses_the_plan_in_one_line_and_writes_nothing(
    home: Path, tmp_path: Path, sites: Sites, monkeypatch: pytest.MonkeyPatch
) -> None:
    _definition(tmp_path, sites.url)
    (tmp_path / "plan.yaml").write_text("name: members\nsources:\n  - site: members.yaml\n")
    monkeypatch.delenv("WILDTRACE_SECRETS_FILE", raising=False)
    monkeypatch.setenv("WILDTRACE_ALLOW_HOSTS", "127.0.0.1")
    result = CliRunner().invoke(app, ["patrol", str(tmp_path / "plan.yaml")])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith(
        f"wildtrace: error: plan {tmp_path / 'plan.yaml'}: site members needs login: "
        f"secrets file {home / 'secrets.yaml'} does not exist"
    )
    assert not (home / "wildtrace.db").exists()
    assert sites.log.requests == []
    # with WILDTRACE_SECRETS_FILE the same plan runs
    monkeypatch.setenv("WILDTRACE_SECRETS_FILE", str(_secrets(tmp_path)))
    monkeypatch.setenv("WILDTRACE_ALLOW_HOSTS", "127.0.0.1,127.0.0.2")
    result = CliRunner().invoke(app, ["patrol", str(tmp_path / "plan.yaml"), "--json"])
    assert result.exit_code == 0, result.stderr
    assert sites.log.cookies_for("/search") == [f"session={SECRET}"]
    assert SECRET not in result.stdout + result.stderr
    with sqlite3.connect(home / "wildtrace.db") as db:
        assert db.execute("select count(*) from listing").fetchone() == (3,)


def test_browser_render_carries_the_session_to_the_site_only(tmp_path: Path, sites: Sites) -> None:
    chromium_path()  # raises BrowserUnavailable with the apt command: a failure, not a skip
    settings = Settings(home=tmp_path / "home", allow_hosts=("127.0.0.1", "127.0.0.2"))
    cookies = SessionCookies("members", sites.url, (("session", SECRET),))

    async def render_both() -> tuple[FetchedPage, FetchedPage]:
        async with BrowserRenderer(settings) as browser:
            member = await browser.render(f"{sites.url}/item/1", cookies=cookies)
            moved = await browser.render(f"{sites.url}/item/9", cookies=cookies)
        return member.page, moved.page

    member, moved = asyncio.run(render_both())
    assert b"Members only /item/1" in member.body
    assert isinstance(member, SessionPage) and member.cookie_names == ("session",)
    assert ("set-cookie", REDACTED) in member.headers
    assert RENEWED not in str(member.headers)
    assert moved.final_url == f"{sites.other_url}/item/9"
    assert b"Listing elsewhere" in moved.body
    assert not isinstance(moved, SessionPage)
    assert sites.log.cookies_for("/item/1")[0] == f"session={SECRET}"
    assert sites.log.cookies_for("/item/9") == [f"session={SECRET}"]
    assert sites.other_log.requests
    assert all(cookie is None for _, cookie in sites.other_log.requests)
