from __future__ import annotations

import json
from pathlib import Path

import pytest

from wildtrace.sources.sitedef import (
    SITE_DEFINITION_SCHEMA,
    SiteDefinitionError,
    bundled_sites,
    load_site_definition,
    parse_site_definition,
)

GOOD = """
id: example
name: Example
version: 1
base_url: https://market.example
search:
  url: "/s?q={query}&p={page}"
  result_links: "a.item"
listing:
  url_pattern: "^/i/(?P<id>[0-9]+)$"
  fields: {title: h1}
"""


def test_bundled_demo_definition_is_valid() -> None:
    assert "demo-market" in bundled_sites()
    definition, digest = load_site_definition("demo-market")
    assert definition.id == "demo-market"
    assert len(digest) == 64


def test_shipped_json_schema_matches_the_model() -> None:
    shipped = Path(__file__).parents[3] / "docs" / "site-definition.schema.json"
    assert json.loads(shipped.read_text()) == SITE_DEFINITION_SCHEMA


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("{query}", "{term}"), "search.url: Value error, must contain {query}"),
        (("(?P<id>[0-9]+)", "([0-9]+)"), "listing.url_pattern: Value error, needs a named group"),
        (("(?P<id>[0-9]+)", "(?P<id>[0-9+"), "not a valid regular expression"),
        (("{title: h1}", "{titel: h1}"), "unknown field(s) ['titel']"),
        (("version: 1", "version: 0"), "version: Input should be greater than or equal to 1"),
        (("https://market.example", "market.example"), "base_url: String should match pattern"),
        (("name: Example", "name: Example\ncolour: red"), "colour: Extra inputs are not permitted"),
    ],
)
def test_errors_name_the_field_and_reason(change: tuple[str, str], message: str) -> None:
    text = GOOD.replace(*change)
    with pytest.raises(SiteDefinitionError) as info:
        parse_site_definition(text, "ex.yaml")
    assert str(info.value).startswith("site definition ex.yaml: ")
    assert message in str(info.value)


def test_not_yaml_and_not_a_mapping() -> None:
    with pytest.raises(SiteDefinitionError, match="not valid YAML"):
        parse_site_definition("id: [unclosed", "bad.yaml")
    with pytest.raises(SiteDefinitionError, match="expected a mapping"):
        parse_site_definition("- a\n- b\n", "list.yaml")


def test_unknown_reference_lists_bundled_sites() -> None:
    with pytest.raises(
        SiteDefinitionError,
        match=r"no bundled site of that id \(bundled: "
        r".*demo-market",
    ):
        load_site_definition("no-such-site")
