"""A package carries each page's text and fields (extracted.json), as read by the generic
reader and by the patrol's own source, and capture times marked UTC."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wildtrace.cli import app
from wildtrace.demo.site import DemoServer

pytestmark = pytest.mark.integration
runner = CliRunner()


def test_extracted_fields_of_a_patrol_capture(
    home: Path, tmp_path: Path, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WILDTRACE_ALLOW_HOSTS", "127.0.0.1")
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "name: p\ndelay: 0\nsources:\n  - site: demo-market\n"
        "    queries: [ivory]\n    max_listings: 10\n"
    )
    done = runner.invoke(app, ["patrol", str(plan), "--base-url", demo_server.url, "--json"])
    assert done.exit_code == 0, done.stderr
    alerts = json.loads(runner.invoke(app, ["alerts", "--json"]).stdout)
    capture_id = alerts[0]["capture_id"]
    out = tmp_path / "p.zip"
    result = runner.invoke(app, ["evidence", "export", str(capture_id), str(out)])
    assert result.exit_code == 0, result.stderr
    with zipfile.ZipFile(out) as archive:
        extracted = json.loads(archive.read(f"files/capture-{capture_id}/extracted.json"))
        meta = json.loads(archive.read(f"files/capture-{capture_id}/capture.json"))
        manifest = json.loads(archive.read("manifest.json"))
    listing = next(
        item for item in demo_server.catalog.listings if meta["url"].endswith(f"/item/{item.id}")
    )
    [read] = extracted["listings"]
    assert read["external_id"] == listing.id
    assert read["title"] == listing.title
    assert read["source_id"] == "demo-market"
    assert extracted["generic"]["title"].startswith(listing.title)  # og:title or <title>
    assert listing.title.split()[0] in extracted["generic"]["text"]
    assert meta["fetched_at"].endswith("Z")
    listed = {f["path"] for f in manifest["files"]}
    assert f"files/capture-{capture_id}/extracted.json" in listed
    assert runner.invoke(app, ["evidence", "verify", str(out)]).exit_code == 0
