"""Analysts annotate evidence and record sharing it; both go into the chain of custody, the
evidence itself is untouched, and the package's custody extract carries them."""

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


def test_annotate_and_share_are_in_the_custody_chain(
    home: Path, tmp_path: Path, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WILDTRACE_ALLOW_HOSTS", "127.0.0.1")
    captured = runner.invoke(app, ["capture", f"{demo_server.url}/item/L0003", "--json"])
    capture_id = str(json.loads(captured.stdout)["capture_id"])
    noted = runner.invoke(app, ["evidence", "annotate", capture_id, "--note", "seller = @tusk88"])
    assert noted.exit_code == 0, noted.stderr
    shared = runner.invoke(
        app,
        ["evidence", "share", capture_id, "--with", "INTERPOL ENS", "--reason", "request 41/26"],
    )
    assert shared.exit_code == 0, shared.stderr
    log = json.loads(runner.invoke(app, ["evidence", "log", capture_id, "--json"]).stdout)
    assert [e["event"] for e in log] == ["captured", "annotated", "shared"]
    assert log[1]["details"] == {"note": "seller = @tusk88"}
    assert log[2]["details"] == {"with": "INTERPOL ENS"} and log[2]["reason"] == "request 41/26"

    out = tmp_path / "p.zip"
    assert runner.invoke(app, ["evidence", "export", capture_id, str(out)]).exit_code == 0
    with zipfile.ZipFile(out) as archive:
        extract = archive.read("custody/extract.jsonl").decode()
    assert "seller = @tusk88" in extract and "INTERPOL ENS" in extract
    assert runner.invoke(app, ["evidence", "verify", str(out)]).exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["annotate", "E-99", "--note", "x"], "no evidence item E-99"),
        (["share", "404", "--with", "x"], "no capture 404"),
        (["annotate", "12", "--note", "  "], "--note is empty"),
        (["share", "nonsense", "--with", "x"], "neither an evidence id"),
    ],
)
def test_bad_references_are_refused(home: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["evidence", *args])
    assert result.exit_code != 0
    assert message in result.stderr
