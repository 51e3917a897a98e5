"""Golden files: saved listing pages parse to the expected fields.

fixtures/<site id>/<name>.html is a saved page; <name>.expected.json holds the URL it was
served from and the fields the site source must read from it. Regenerate after a deliberate
change with `python tests/unit/sources/test_golden.py --update` and review the diff.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import pytest

from wildtrace.domain.listing import FetchedPage
from wildtrace.sources.site import SiteSource, SiteSourceConfig

FIXTURES = Path(__file__).parents[2] / "fixtures"
CASES = sorted(FIXTURES.glob("*/*.html"))


def parse(path: Path, url: str) -> dict[str, object]:
    source = SiteSource(SiteSourceConfig(site=path.parent.name))
    page = FetchedPage(
        url=url,
        final_url=url,
        status_code=200,
        content_type="text/html; charset=utf-8",
        headers=(),
        body=path.read_bytes(),
        elapsed_ms=0,
    )
    record = dataclasses.asdict(source.parse_listing(page))
    record["images"] = list(record["images"])
    return record


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_golden(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert parse(path, expected["url"]) == expected


def test_there_are_golden_files() -> None:
    assert len(CASES) >= 5


if __name__ == "__main__" and "--update" in sys.argv:
    for case in CASES:
        target = case.with_suffix(".expected.json")
        url = json.loads(target.read_text(encoding="utf-8"))["url"]
        target.write_text(
            json.dumps(parse(case, url), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
