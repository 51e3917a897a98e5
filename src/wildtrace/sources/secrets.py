"""The secrets file: session cookies of the sites a patrol reads logged in (`needs_login`).

```yaml
sites:
  some-market:              # the site definition's id
    cookies:                # name: value, as the browser holds them after logging in
      sessionid: "…"
    domain: some-market.example   # optional: refuse to send them anywhere else
```

Like ssh with a private key, the file is refused when its group or others may access it. Cookie
values never appear in an error message, a log or the store: messages name the file, the site
and the cookie, never the value (nor the YAML line, which would show it).
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import yaml

from wildtrace.crawl.cookies import SessionCookies, origin_of


class SecretsError(Exception):
    """A secrets file, or an entry of it, that cannot be used; the message names which."""


@runtime_checkable
class LoginSource(Protocol):
    """A source that may read its site logged in: it says whether, and takes the cookies."""

    base_url: str

    @property
    def key(self) -> str: ...
    @property
    def needs_login(self) -> bool: ...
    def use_session(self, cookies: SessionCookies) -> None: ...


@dataclass(frozen=True)
class SiteSecret:
    """The cookies of one site and the domain they were issued for (if the file says)."""

    cookies: tuple[tuple[str, str], ...] = field(repr=False)
    domain: str | None = None


def check_private(path: Path) -> None:
    """Refuse a file that the group or others can read or write (POSIX only)."""
    if os.name != "posix":
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise SecretsError(
            f"secrets file {path}: its mode {mode:04o} lets others read it; it holds session "
            f"cookies and must be private to its owner (chmod 600 {path})"
        )


def read_secrets(path: Path) -> dict[str, SiteSecret]:
    """The site entries of the secrets file at `path`."""
    if not path.is_file():
        raise SecretsError(f"secrets file {path} does not exist (setting secrets_file)")
    check_private(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise SecretsError(f"secrets file {path}: cannot read ({type(exc).__name__})") from None
    except yaml.YAMLError as exc:  # its text would quote the line, values included
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise SecretsError(f"secrets file {path}: not valid YAML{where}") from None
    if data is None:
        return {}
    if not isinstance(data, dict) or set(data) - {"sites"}:
        raise SecretsError(f"secrets file {path}: expected a mapping with one key, sites")
    sites = data.get("sites") or {}
    if not isinstance(sites, dict):
        raise SecretsError(f"secrets file {path}: sites must map site ids to their cookies")
    return {str(site): _site_secret(path, str(site), entry) for site, entry in sites.items()}


def _site_secret(path: Path, site: str, entry: Any) -> SiteSecret:
    where = f"secrets file {path}: sites.{site}"
    if not isinstance(entry, dict) or set(entry) - {"cookies", "domain"}:
        raise SecretsError(f"{where}: expected cookies (name: value) and optionally domain")
    cookies = entry.get("cookies")
    if not isinstance(cookies, dict) or not cookies:
        raise SecretsError(f"{where}.cookies: expected at least one name: value")
    for name, value in cookies.items():
        if not isinstance(value, str):
            raise SecretsError(f"{where}.cookies.{name}: the value must be text (quote it)")
    domain = entry.get("domain")
    if domain is not None and (not isinstance(domain, str) or not domain.strip(". ")):
        raise SecretsError(f"{where}.domain: expected a host name such as example.com")
    pairs = tuple((str(name), value) for name, value in cookies.items())
    return SiteSecret(pairs, domain.strip(". ").lower() if domain else None)


def session_for(
    secrets: dict[str, SiteSecret], path: Path, site: str, base_url: str
) -> SessionCookies:
    """The session cookies of `site`, scoped to `base_url`'s origin; refused when the file has
    none for it, or when its `domain` is not the host the patrol would send them to."""
    secret = secrets.get(site)
    if secret is None:
        raise SecretsError(
            f"site {site} needs login, but the secrets file {path} has no session cookies for it "
            f"(add sites.{site}.cookies)"
        )
    _, host, _ = origin_of(base_url)
    if secret.domain and host != secret.domain and not host.endswith("." + secret.domain):
        raise SecretsError(
            f"secrets file {path}: the cookies of site {site} are for {secret.domain}, but the "
            f"plan reaches the site at {host}; they are not sent to another host"
        )
    try:
        return SessionCookies(site, base_url, secret.cookies)
    except ValueError as exc:  # its message names the cookie, never the value
        raise SecretsError(f"secrets file {path}: {exc}") from None


def log_in(sources: tuple[object, ...], path: Path) -> None:
    """Give every source that needs login its session cookies; the file is read only then."""
    secrets: dict[str, SiteSecret] | None = None
    for source in sources:
        if isinstance(source, LoginSource) and source.needs_login:
            if secrets is None:
                try:
                    secrets = read_secrets(path)
                except SecretsError as exc:
                    raise SecretsError(f"site {source.key} needs login: {exc}") from None
            source.use_session(session_for(secrets, path, source.key, source.base_url))


__all__ = ["LoginSource", "SecretsError", "SiteSecret", "check_private", "log_in", "read_secrets"]
