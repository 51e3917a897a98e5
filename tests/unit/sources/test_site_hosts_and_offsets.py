"""Site definitions for sites spread over several host names (`also_hosts`: results on one,
listings on another) and for sites that page by result offset (`{offset}` with `page_size`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wildtrace.domain.listing import FetchedPage
from wildtrace.sources.site import SiteSource, SiteSourceConfig
from wildtrace.sources.sitedef import SiteDefinitionError, parse_site_definition

DEFINITION = """\
id: spread-market
name: A marketplace on two hosts
version: 1
base_url: https://search.spread.example
also_hosts: [item.spread.example]
search:
  url: "/list/{query}?start={offset}"
  page_size: 48
  first_page: 1
  result_links: "a.result"
  max_pages: 5
listing:
  url_pattern: "^/MLX-(?P<id>[0-9]+)"
  fields: {title: h1}
"""

RESULTS = b"""<html><body>
<a class="result" href="https://item.spread.example/MLX-1001-loro">1</a>
<a class="result" href="https://item.spread.example:8443/MLX-1002">port</a>
<a class="result" href="http://item.spread.example/MLX-1003">other scheme</a>
<a class="result" href="https://ads.spread.example/MLX-1004">ad host</a>
<a class="result" href="/MLX-1005">own host</a>
</body></html>"""


def source(tmp_path: Path, text: str = DEFINITION) -> SiteSource:
    path = tmp_path / "spread.yaml"
    path.write_text(text, encoding="utf-8")
    return SiteSource(SiteSourceConfig(site=str(path), queries=["loro gris"]))


def test_results_page_offsets_count_results_not_pages(tmp_path: Path) -> None:
    site = source(tmp_path)
    assert [s.target for s in site.seeds()] == ["/list/loro+gris?start=0"]
    page = FetchedPage(
        "https://search.spread.example/list/loro+gris?start=0",
        "https://search.spread.example/list/loro+gris?start=0",
        200,
        "text/html",
        (),
        RESULTS,
        1,
    )
    parsed = site.parse_search(page, "loro gris", 1)
    assert parsed.next_url == "https://search.spread.example/list/loro+gris?start=48"


def test_links_to_the_sites_other_hosts_are_followed_and_no_others(tmp_path: Path) -> None:
    site = source(tmp_path)
    page = FetchedPage(
        "https://search.spread.example/list/x?start=0",
        "https://search.spread.example/list/x?start=0",
        200,
        "text/html",
        (),
        RESULTS,
        1,
    )
    urls = site.parse_search(page, "x", 1).listing_urls
    assert urls == (
        "https://item.spread.example/MLX-1001-loro",
        "https://search.spread.example/MLX-1005",
    )
    # a revisit of a listing on the other host goes back to that host
    assert site.revisit_target(urls[0]) == urls[0]
    assert site.resolve(site.revisit_target(urls[1])) == urls[1]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("start={offset}", "start={offset}&n={size}"), "unknown placeholder(s) ['size']"),
        (("  page_size: 48\n", ""), "url uses {offset}: set page_size"),
        (("[item.spread.example]", "[https://item.spread.example]"), "also_hosts.0"),
        (("[item.spread.example]", "[127.0.0.1]"), "also_hosts.0"),
        (("[item.spread.example]", "[item.spread.example/x]"), "also_hosts.0"),
    ],
)
def test_bad_hosts_and_offsets_are_refused(change: tuple[str, str], message: str) -> None:
    with pytest.raises(SiteDefinitionError, match=re.escape(message)):
        parse_site_definition(DEFINITION.replace(*change), "spread.yaml")


def test_offsets_may_count_from_one_and_queries_may_be_slugs(tmp_path: Path) -> None:
    text = DEFINITION.replace('"/list/{query}?start={offset}"', '"/{query_slug}_Desde_{offset}"')
    site = source(
        tmp_path, text.replace("  page_size: 48\n", "  page_size: 48\n  offset_base: 1\n")
    )
    assert site.search_target("loro gris", 1) == "/loro-gris_Desde_1"
    assert site.search_target("loro gris", 3) == "/loro-gris_Desde_97"


@pytest.mark.parametrize(
    ("url", "followed"),
    [
        ("https://sp.spread.example/MLX-1", True),
        ("https://ba.spread.example/MLX-2", True),
        ("https://spread.example/MLX-3", False),  # "*." needs a label
        ("https://a.b.spread.example/MLX-4", False),  # one label only
        ("https://sp.spread.example.evil.test/MLX-5", False),
        ("http://sp.spread.example/MLX-6", False),
    ],
)
def test_a_wildcard_host_stands_for_one_label(tmp_path: Path, url: str, followed: bool) -> None:
    site = source(tmp_path, DEFINITION.replace("[item.spread.example]", '["*.spread.example"]'))
    assert site.on_site(url) is followed
