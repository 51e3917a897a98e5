"""Session cookies: where they may go, what they may hold, and that their values stay hidden."""

from __future__ import annotations

import gzip

import pytest

from wildtrace.crawl.cookies import REDACTED, SessionCookies, SessionPage, session_page
from wildtrace.domain.listing import FetchedPage
from wildtrace.evidence.warc import capture_warc

VALUE = "v4lue-0f-the-session"


def _cookies(base: str = "http://market.example") -> SessionCookies:
    return SessionCookies("market", base, (("sid", VALUE), ("csrf", "t0ken")))


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://market.example/search?q=x", True),
        ("http://MARKET.example:80/item/1", True),
        ("https://market.example/item/1", True),  # the https upgrade of an http site
        ("http://market.example:8080/item/1", False),  # another port, another origin
        ("http://www.market.example/item/1", False),  # a subdomain is another host
        ("http://market.example.evil/item/1", False),
        ("http://evil.example/?next=http://market.example/", False),
        ("http://market.example:99999/", False),  # not a valid port
        ("file:///etc/passwd", False),
    ],
)
def test_cookies_go_to_the_site_origin_only(url: str, allowed: bool) -> None:
    assert _cookies().allows(url) is allowed


def test_https_site_does_not_downgrade_to_http() -> None:
    cookies = _cookies("https://market.example")
    assert cookies.allows("https://market.example/x")
    assert not cookies.allows("http://market.example/x")
    assert cookies.same_host("http://market.example:8080/x")
    assert not cookies.same_host("http://other.example/x")


def test_header_and_hidden_values() -> None:
    cookies = _cookies()
    assert cookies.header() == f"sid={VALUE}; csrf=t0ken"
    assert cookies.names == ("sid", "csrf")
    for text in (repr(cookies), str(cookies)):
        assert VALUE not in text and "t0ken" not in text
    assert str(cookies) == "session cookies sid, csrf for market (values hidden)"


@pytest.mark.parametrize(
    ("name", "value", "reason"),
    [
        ("sid", "a; admin=1", "characters a cookie cannot carry"),
        ("sid", "line\r\nX-Injected: 1", "characters a cookie cannot carry"),
        ("sid", "a b", "characters a cookie cannot carry"),
        ("sid", "trailing\n", "characters a cookie cannot carry"),
        ("s id", "v4lue", "is not a valid token"),
        ("sid=", "v4lue", "is not a valid token"),
    ],
)
def test_unsafe_cookies_are_refused_without_their_value(name: str, value: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason) as refused:
        SessionCookies("market", "http://market.example", ((name, value),))
    assert value not in str(refused.value)


def _page() -> FetchedPage:
    return FetchedPage(
        url="http://market.example/item/1",
        final_url="http://market.example/item/1",
        status_code=200,
        content_type="text/html",
        headers=(("content-type", "text/html"), ("set-cookie", f"sid=renewed-{VALUE}; Path=/")),
        body=b"<h1>x</h1>",
        elapsed_ms=3,
        peer="192.0.2.1",
    )


def test_session_page_redacts_set_cookie_and_keeps_the_rest() -> None:
    page = session_page(_page(), _cookies())
    assert isinstance(page, SessionPage)
    assert page.cookie_names == ("sid", "csrf")
    assert page.headers == (("content-type", "text/html"), ("set-cookie", REDACTED))
    assert (page.body, page.final_url, page.peer, page.sha256) == (
        b"<h1>x</h1>",
        "http://market.example/item/1",
        "192.0.2.1",
        _page().sha256,
    )


def test_warc_of_a_logged_in_page_shows_a_redacted_cookie() -> None:
    warc = gzip.decompress(capture_warc(session_page(_page(), _cookies()), "ua"))
    assert VALUE.encode() not in warc
    assert b"\r\nCookie: [redacted: session cookie]\r\n" in warc
    assert b"set-cookie: [redacted: session cookie]" in warc
    assert b"session cookies sid, csrf" in warc  # the warcinfo says what was redacted
    anonymous = gzip.decompress(capture_warc(_page(), "ua"))
    assert b"Cookie: [redacted" not in anonymous
    assert b"redacted" not in anonymous
