from __future__ import annotations

from pathlib import Path

import pytest

from wildtrace.patrol.plan import PlanError, build_plan, load_plan

DEMO = {"name": "p", "sources": [{"site": "demo-market", "queries": ["ivory"]}]}


def test_valid_plan_builds_its_sources() -> None:
    plan = build_plan(DEMO, "p.yaml")
    assert [s.key for s in plan.sources] == ["demo-market"]
    assert plan.sources[0].id == "source.site.v1"


def test_fingerprint_ignores_base_url_only() -> None:
    a = build_plan(DEMO, "p", overrides={"base_url": "http://127.0.0.1:1"})
    b = build_plan(DEMO, "p", overrides={"base_url": "http://127.0.0.1:2"})
    c = build_plan({**DEMO, "concurrency": 2}, "p")
    assert a.fingerprint() == b.fingerprint() != c.fingerprint()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"name": "p", "sources": [{"source": "source.nope.v1", "site": "x"}]},
            "sources[0]: unknown source 'source.nope.v1'; known: source.channel_preview.v1, "
            "source.feed.v1, source.forum.v1, source.import.v1, source.site.v1",
        ),
        (
            {"name": "p", "sources": [{"site": "demo-market", "querys": ["x"]}]},
            "sources[0]: querys: Extra inputs are not permitted",
        ),
        ({"name": "p", "sources": []}, "sources: List should have at least 1 item"),
        ({"sources": [{"site": "demo-market"}]}, "name: Field required"),
        ({"name": "p", "sources": [{"site": "missing.yaml"}]}, "no such file"),
        (["not", "a", "mapping"], "expected a mapping"),
    ],
)
def test_bad_plans_give_one_clear_message(data: object, message: str) -> None:
    with pytest.raises(PlanError) as info:
        build_plan(data, "plan.yaml")
    assert str(info.value).startswith("plan plan.yaml")
    assert message in str(info.value)


def test_unreadable_and_malformed_files(tmp_path: Path) -> None:
    with pytest.raises(PlanError, match="cannot read"):
        load_plan(tmp_path / "absent.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: [")
    with pytest.raises(PlanError, match="not valid YAML"):
        load_plan(bad)


def test_site_path_is_relative_to_the_plan(tmp_path: Path) -> None:
    site = Path(__file__).parents[3] / "src/wildtrace/sources/sites/demo-market.yaml"
    (tmp_path / "mysite.yaml").write_text(
        site.read_text().replace("id: demo-market", "id: my-site")
    )
    (tmp_path / "plan.yaml").write_text("name: mine\nsources:\n  - site: mysite.yaml\n")
    plan = load_plan(tmp_path / "plan.yaml")
    assert plan.sources[0].key == "my-site"
