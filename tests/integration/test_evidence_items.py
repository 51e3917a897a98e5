"""Evidence items: several captures under one evidence id, exported and verified as one package;
exporting by a capture id still works; the WARC bytes hashed at capture time are in the package."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wildtrace.cli import app
from wildtrace.config import Settings
from wildtrace.crawl.capture import capture_url
from wildtrace.demo.site import DemoServer
from wildtrace.evidence.items import create_item, parse_ref, subject_key
from wildtrace.evidence.layout import PackageError
from wildtrace.store.db import Store

pytestmark = pytest.mark.integration
runner = CliRunner()


def test_references() -> None:
    assert parse_ref("E-7") == ("item", 7) == parse_ref("e7") == parse_ref("evidence:E-7")
    assert parse_ref("12") == ("capture", 12) == parse_ref("capture:12")
    assert subject_key("E-3") == "evidence:E-3" and subject_key("4") == "capture:4"
    with pytest.raises(PackageError, match="neither an evidence id"):
        parse_ref("X-1")


def test_item_of_two_captures_exports_and_verifies(
    store: Store, settings: Settings, demo_server: DemoServer, tmp_path: Path
) -> None:
    first = capture_url(store, settings, f"{demo_server.url}/item/L0003")
    second = capture_url(store, settings, f"{demo_server.url}/item/L0004")
    with store.transaction() as session:
        ident = create_item(
            session,
            [(first.capture_id, "source"), (second.capture_id, "page")],
            "seller linked to case",
            case_ref="2026-114",
            actor="inspector.k",
        )
    assert ident == "E-1"
    out = tmp_path / "item.zip"
    result = runner.invoke(app, ["evidence", "export", ident, str(out), "--reason", "court"])
    assert result.exit_code == 0, result.stderr
    assert "evidence:E-1" in result.stdout
    assert runner.invoke(app, ["evidence", "verify", str(out)]).exit_code == 0
    with zipfile.ZipFile(out) as archive:
        files = {n: archive.read(n) for n in archive.namelist()}
    item = json.loads(files["files/evidence.json"])
    assert (item["operator"], item["case"], item["reason"]) == (
        "inspector.k",
        "2026-114",
        "seller linked to case",
    )
    assert [c["role"] for c in item["captures"]] == ["source", "page"]
    pages = files["pages/pages.jsonl"].decode().splitlines()[1:]
    assert [json.loads(p)["url"][-5:] for p in pages] == ["L0003", "L0004"]
    warc = files["archive/data.warc.gz"]
    for capture in (first, second):
        meta = json.loads(files[f"files/capture-{capture.capture_id}/capture.json"])
        (part,) = meta["archive"]
        data = warc[part["offset"] : part["offset"] + part["length"]]
        assert hashlib.sha256(data).hexdigest() == part["sha256"] == capture.warc_sha256
    lines = files["custody/extract.jsonl"].decode().splitlines()[1:]
    events = [json.loads(x) for x in lines]
    item_events = [(e["event"], e["actor"]) for e in events if e["subject"] == "evidence:E-1"]
    assert item_events[0] == ("captured", "inspector.k") and item_events[1][0] == "exported"
    assert json.loads(files["manifest.json"])["subject"] == "evidence:E-1"


def test_capture_evidence_json_prints_the_item_and_case(
    home: Path, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("WILDTRACE_ALLOW_HOSTS", "127.0.0.1")
    url = f"{demo_server.url}/item/L0005"
    result = runner.invoke(app, ["capture", url, "--evidence", "--json", "--case", "C-9"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["evidence_id"] == "E-1" and data["screenshot_sha256"]
    log = runner.invoke(app, ["evidence", "log", "E-1", "--json"])
    assert log.exit_code == 0, log.stderr
    assert json.loads(log.stdout)[0]["details"]["case"] == "C-9"
    missing = runner.invoke(app, ["evidence", "export", "E-2", str(tmp_path / "x.zip")])
    assert missing.exit_code == 1 and "no evidence item E-2" in missing.stderr
    plain = runner.invoke(app, ["capture", url, "--json"])
    assert "evidence_id" not in json.loads(plain.stdout)


def test_several_exports_share_one_browser(
    store: Store,
    settings: Settings,
    demo_server: DemoServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from wildtrace.crawl import browser
    from wildtrace.evidence.export import export_many
    from wildtrace.evidence.verify import verify_package

    launches = []
    original = browser.BrowserRenderer.__aenter__

    async def counted(self: browser.BrowserRenderer) -> browser.BrowserRenderer:
        launches.append(1)
        return await original(self)

    monkeypatch.setattr(browser.BrowserRenderer, "__aenter__", counted)
    refs = []
    for listing in ("L0001", "L0002", "L0003"):
        capture = capture_url(store, settings, f"{demo_server.url}/item/{listing}")
        with store.transaction() as session:
            refs.append(create_item(session, [(capture.capture_id, "page")], "case 3"))
    results = export_many(store, settings, refs, tmp_path / "case")
    assert launches == [1]
    assert [r.path.name for r in results] == ["E-1.zip", "E-2.zip", "E-3.zip"]
    assert all(verify_package(r.path) == [] for r in results)
    with zipfile.ZipFile(results[2].path) as archive:
        assert archive.read("report.pdf").startswith(b"%PDF")
