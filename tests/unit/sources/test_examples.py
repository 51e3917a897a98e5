"""The example site definitions under wildtrace/sources/examples/ are valid, carry the warning
that nobody has checked them against a live site, and name no real site.

They are starting points for users, not bundled sites: `bundled_sites()` must not offer them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

import wildtrace.sources
from wildtrace.sources.extract import as_rule
from wildtrace.sources.sitedef import bundled_sites, parse_site_definition

EXAMPLES = Path(wildtrace.sources.__file__).parent / "examples"
FILES = sorted(EXAMPLES.glob("*.yaml"))
WARNING = (
    "EXAMPLE — selectors must be checked against the live site by the user before use; "
    "respect the site's terms and robots.txt; wildtrace's authors have not verified them"
)


def header(text: str) -> str:
    """The leading comment block, as one line of text."""
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("#").strip())
    return " ".join(lines)


def test_there_are_examples_and_they_are_not_bundled() -> None:
    assert len(FILES) >= 3
    assert not set(bundled_sites()) & {p.stem for p in FILES}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_example_is_a_valid_site_definition(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    definition, digest = parse_site_definition(text, str(path))
    assert len(digest) == 64
    assert definition.id.endswith("example")
    assert re.fullmatch(r"https://[a-z0-9.-]+\.example", definition.base_url)
    empty = LexborHTMLParser("<html></html>")  # every selector compiles in the engine used
    selectors = [definition.search.result_links, definition.search.next_page]
    selectors += [as_rule(spec).selector for spec in definition.listing.fields.values()]
    for selector in filter(None, selectors):
        empty.css(selector)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_example_starts_with_the_warning(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# EXAMPLE — ")
    assert WARNING in header(text)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_example_names_no_real_domain(path: Path) -> None:
    hosts = re.findall(r"https?://([^/\s\"']+)", path.read_text(encoding="utf-8"))
    assert hosts
    assert all(host.endswith(".example") for host in hosts), hosts


LISTING_PATHS = {  # a listing path each example is meant to recognise, and the id it reads
    "classifieds-generic-jsonld": ("/ad/ball-python-female-12345678.html", "12345678"),
    "marketplace-search-example": ("/listing/a1B2c3D4e5/radiated-tortoise", "a1B2c3D4e5"),
    "forum-like-classifieds": ("/classifieds/view.php?cat=3&id=4711", "4711"),
}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_example_url_pattern_reads_a_listing_id(path: Path) -> None:
    definition, _ = parse_site_definition(path.read_text(encoding="utf-8"), str(path))
    listing_path, expected = LISTING_PATHS[path.stem]
    match = re.search(definition.listing.url_pattern, listing_path)
    assert match is not None
    assert match.group("id") == expected
