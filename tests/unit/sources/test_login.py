"""needs_login and login_check in site definitions, and reading the secrets file."""

from __future__ import annotations

from pathlib import Path

import pytest

from wildtrace.domain.listing import FetchedPage
from wildtrace.sources.base import PageRef, ParseError
from wildtrace.sources.secrets import SecretsError, log_in, read_secrets
from wildtrace.sources.site import SiteSource, SiteSourceConfig
from wildtrace.sources.sitedef import SiteDefinitionError, parse_site_definition

VALUE = "pr1vate-session-9c2e"


def _definition(extra: str, search_format: str = "html", listing_format: str = "html") -> str:
    return f"""
id: members
name: members
version: 1
base_url: https://members.example
{extra}
search: {{format: {search_format}, url: "/s?q={{query}}", result_links: "a"}}
listing: {{format: {listing_format}, url_pattern: "^/i/(?P<id>[0-9]+)$", fields: {{title: h1}}}}
"""


def _source(tmp_path: Path, extra: str, **formats: str) -> SiteSource:
    (tmp_path / "members.yaml").write_text(_definition(extra, **formats))
    return SiteSource(SiteSourceConfig(site="members.yaml"), base_dir=tmp_path)


def _page(
    body: str, ctype: str = "text/html", url: str = "https://members.example/i/1"
) -> FetchedPage:
    return FetchedPage(url, url, 200, ctype, (), body.encode(), 1)


def test_login_fields_default_and_validate() -> None:
    plain, _ = parse_site_definition(_definition(""), "x.yaml")
    assert (plain.needs_login, plain.login_check) == (False, None)
    with pytest.raises(SiteDefinitionError, match="login_check: Value error, needs a selector"):
        parse_site_definition(_definition("login_check: {}"), "x.yaml")
    with pytest.raises(SiteDefinitionError, match=r"every page is JSON; use login_check\.text"):
        parse_site_definition(
            _definition("login_check: {selector: form}", "json", "json"), "x.yaml"
        )
    with pytest.raises(SiteDefinitionError, match="needs_login: Input should be a valid boolean"):
        parse_site_definition(_definition("needs_login: perhaps"), "x.yaml")


def test_login_check_fails_logged_out_pages(tmp_path: Path) -> None:
    source = _source(tmp_path, "needs_login: true\nlogin_check: {selector: 'form#login'}")
    assert source.needs_login
    ref = PageRef("listing", None, 1, "https://members.example/i/1")
    listing = source.parse(_page("<h1>Pangolin scales</h1>"), ref)
    assert listing.listings[0].title == "Pangolin scales"
    with pytest.raises(ParseError) as logged_out:
        source.parse(_page("<form id='login'><h1>Welcome back</h1></form>"), ref)
    assert str(logged_out.value) == (
        "session expired or not logged in for members: https://members.example/i/1 shows the "
        "login_check marker (renew the cookies in the secrets file)"
    )
    search = PageRef("search", "x", 1, "https://members.example/s?q=x")
    with pytest.raises(ParseError, match="session expired or not logged in for members"):
        source.parse(_page("<form id='login'></form>", url=search.url), search)


def test_login_check_text_reads_json_pages(tmp_path: Path) -> None:
    source = _source(
        tmp_path,
        "login_check: {text: 'login_required', selector: 'form.login'}",
        search_format="json",
    )
    search = PageRef("search", "x", 1, "https://members.example/s?q=x")
    with pytest.raises(ParseError, match="session expired"):
        source.parse(_page('{"error": "login_required"}', "application/json"), search)
    # a selector is not looked for in JSON, the text is
    found = source.parse(_page('{"note": "form.login"}', "application/json"), search)
    assert found.follow == ()


def _secrets(tmp_path: Path, text: str, mode: int = 0o600) -> Path:
    path = tmp_path / "secrets.yaml"
    path.write_text(text)
    path.chmod(mode)
    return path


def test_read_secrets(tmp_path: Path) -> None:
    path = _secrets(
        tmp_path,
        f"sites:\n  members:\n    cookies: {{sid: '{VALUE}', lang: en}}\n    domain: .Example\n",
    )
    secrets = read_secrets(path)
    assert list(secrets) == ["members"]
    assert secrets["members"].cookies == (("sid", VALUE), ("lang", "en"))
    assert secrets["members"].domain == "example"
    assert VALUE not in repr(secrets)
    assert read_secrets(_secrets(tmp_path, "")) == {}


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660, 0o622])
def test_secrets_others_may_access_are_refused(tmp_path: Path, mode: int) -> None:
    path = _secrets(tmp_path, f"sites: {{members: {{cookies: {{sid: '{VALUE}'}}}}}}", mode)
    with pytest.raises(SecretsError, match=f"its mode {mode:04o} lets others read it") as refused:
        read_secrets(path)
    assert f"(chmod 600 {path})" in str(refused.value)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (f"sites:\n  members:\n    cookies: {{sid: '{VALUE}'\n", "not valid YAML at line"),
        (f"members: {{cookies: {{sid: {VALUE}}}}}", "expected a mapping with one key, sites"),
        (f"sites: [{VALUE}]", "sites must map site ids"),
        (f"sites: {{members: {{cookie: {{sid: {VALUE}}}}}}}", "expected cookies (name: value)"),
        ("sites: {members: {cookies: {}}}", "members.cookies: expected at least one name"),
        ("sites: {members: {cookies: {sid: 12345}}}", "cookies.sid: the value must be text"),
        (f"sites: {{members: {{cookies: {{sid: x}}, domain: ['{VALUE}']}}}}", "domain: expected"),
    ],
)
def test_bad_secrets_files_are_explained_without_values(
    tmp_path: Path, text: str, reason: str
) -> None:
    with pytest.raises(SecretsError, match=reason.replace("(", r"\(").replace(")", r"\)")) as bad:
        read_secrets(_secrets(tmp_path, text))
    assert VALUE not in str(bad.value)
    assert "12345" not in str(bad.value)


def test_log_in_gives_cookies_only_to_sources_that_need_them(tmp_path: Path) -> None:
    members = _source(tmp_path, "needs_login: true")
    (tmp_path / "public.yaml").write_text(_definition("").replace("id: members", "id: public"))
    public = SiteSource(SiteSourceConfig(site="public.yaml"), base_dir=tmp_path)
    missing = tmp_path / "absent.yaml"
    log_in((public,), missing)  # nothing needs login: the file is not even looked for
    assert public.cookies is None
    with pytest.raises(SecretsError, match=r"site members needs login: secrets file .* does not"):
        log_in((public, members), missing)
    bad = _secrets(tmp_path, "sites: {members: {cookies: {sid: 'a;b'}}}")
    with pytest.raises(SecretsError, match="cookie 'sid' of members has a value with characters"):
        log_in((members,), bad)
    log_in(
        (public, members),
        _secrets(tmp_path, f"sites: {{members: {{cookies: {{sid: '{VALUE}'}}}}}}"),
    )
    assert public.cookies is None
    assert members.cookies is not None
    assert members.cookies.base_url == "https://members.example"
    assert members.cookies.header() == f"sid={VALUE}"
