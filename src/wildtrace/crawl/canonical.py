"""Canonical form of a URL or site-relative target, so the frontier does not hold the same page
twice under spellings that differ only in ways no server cares about.

Applied: scheme and host lower-cased, default port dropped, fragment dropped, percent-escapes
normalised (unreserved characters decoded, hex upper-cased), empty path made "/", and tracking
parameters removed (utm_*, fbclid, gclid …, which ad links add and sites ignore). Not applied:
sorting the query (some sites read parameters in order) and dropping a trailing slash (some
sites serve different pages with and without it).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "yclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "ref_src",
    }
)
UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")


def _normalise_escapes(text: str) -> str:
    def fix(match: re.Match[str]) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in UNRESERVED else f"%{match.group(1).upper()}"

    return _ESCAPE.sub(fix, text)


def _tracking(name: str) -> bool:
    return name.lower().startswith("utm_") or name.lower() in TRACKING_PARAMS


def _query(query: str) -> str:
    if not query:
        return ""
    pairs = parse_qsl(query, keep_blank_values=True)
    if not any(_tracking(name) for name, _ in pairs):
        return _normalise_escapes(query)  # untouched but for escapes: no re-encoding surprises
    kept = [(name, value) for name, value in pairs if not _tracking(name)]
    return _normalise_escapes(urlencode(kept))


def canonical(target: str) -> str:
    """The canonical spelling of an absolute URL or of a site-relative target ("/item/1?a=b")."""
    parts = urlsplit(target.strip())
    scheme = parts.scheme.lower()
    netloc = parts.netloc
    if netloc:
        host = (parts.hostname or "").lower()
        if ":" in host:
            host = f"[{host}]"
        try:
            port = parts.port
        except ValueError:
            port = None
        userinfo = netloc.rpartition("@")[0]
        netloc = (f"{userinfo}@" if userinfo else "") + host
        if port is not None and port != DEFAULT_PORTS.get(scheme):
            netloc += f":{port}"
    path = _normalise_escapes(parts.path)
    if netloc and not path:
        path = "/"
    return urlunsplit((scheme, netloc, path, _query(parts.query), ""))
