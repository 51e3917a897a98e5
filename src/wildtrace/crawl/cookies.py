"""Session cookies of one logged-in site, and the one origin they may be sent to.

A logged-in session is worth as much as the account's password, so the cookies travel with their
scope: the fetcher adds them only to requests for the site's own origin (the scheme, host and port
of its base URL; an http base also covers https on the same host), never to a host a redirect
leads to, never to another source. Their values stay out of `repr`, logs and error messages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from wildtrace.domain.listing import FetchedPage

COOKIE_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")  # an RFC 6265 token
_OCTET = r"[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]"  # RFC 6265 cookie-octet
COOKIE_VALUE = re.compile(rf'{_OCTET}*|"{_OCTET}*"')
REDACTED = "[redacted: session cookie]"
DEFAULT_PORTS = {"http": 80, "https": 443}


def origin_of(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of a URL, the port made explicit; host lower-cased."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or DEFAULT_PORTS.get(scheme, 0)
    return scheme, (parts.hostname or "").lower(), port


@dataclass(frozen=True)
class SessionCookies:
    """Cookies for `site`, sent only to requests on `base_url`'s origin (see `allows`)."""

    site: str
    base_url: str
    pairs: tuple[tuple[str, str], ...] = field(repr=False)

    def __post_init__(self) -> None:
        for name, value in self.pairs:
            if not COOKIE_NAME.fullmatch(name):
                raise ValueError(f"cookie name {name!r} of {self.site} is not a valid token")
            if not COOKIE_VALUE.fullmatch(value):  # no ';', ',', spaces or control characters
                raise ValueError(
                    f"cookie {name!r} of {self.site} has a value with characters a cookie "
                    "cannot carry (spaces, quotes, ';', ',', '\\' or control characters)"
                )

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.pairs)

    def allows(self, url: str) -> bool:
        """Whether a request for `url` may carry these cookies: the base URL's own origin, or
        its https upgrade (an http site that redirects to https keeps its session)."""
        try:
            scheme, host, port = origin_of(url)
        except ValueError:  # a port out of range: not the site
            return False
        base_scheme, base_host, base_port = origin_of(self.base_url)
        if not host or host != base_host:
            return False
        if (scheme, port) == (base_scheme, base_port):
            return True
        return (base_scheme, base_port, scheme, port) == ("http", 80, "https", 443)

    def same_host(self, url: str) -> bool:
        """Whether `url` is on the base URL's host, any port or scheme (what a browser sends
        host-only cookies to)."""
        try:
            return bool(origin_of(url)[1]) and origin_of(url)[1] == origin_of(self.base_url)[1]
        except ValueError:
            return False

    def header(self) -> str:
        """The value of the Cookie request header; only for a request that `allows`."""
        return "; ".join(f"{name}={value}" for name, value in self.pairs)

    def __str__(self) -> str:
        return f"session cookies {', '.join(self.names)} for {self.site} (values hidden)"


@dataclass(frozen=True)
class SessionPage(FetchedPage):
    """A page whose request carried session cookies (`cookie_names`, never their values): the
    WARC request record shows a redacted Cookie header, and the response's Set-Cookie values
    (a renewed session) are redacted before the page is kept anywhere."""

    cookie_names: tuple[str, ...] = ()


def redact_set_cookie(headers: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """Response headers with each Set-Cookie value replaced by a marker."""
    return tuple((k, REDACTED if k.lower() == "set-cookie" else v) for k, v in headers)


def session_page(page: FetchedPage, cookies: SessionCookies) -> SessionPage:
    """`page` marked as fetched with `cookies`, its Set-Cookie values redacted."""
    return SessionPage(
        url=page.url,
        final_url=page.final_url,
        status_code=page.status_code,
        content_type=page.content_type,
        headers=redact_set_cookie(page.headers),
        body=page.body,
        elapsed_ms=page.elapsed_ms,
        redirects=page.redirects,
        peer=page.peer,
        tls=page.tls,
        cookie_names=cookies.names,
    )


__all__ = [
    "REDACTED",
    "SessionCookies",
    "SessionPage",
    "origin_of",
    "redact_set_cookie",
    "session_page",
]
