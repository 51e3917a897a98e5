"""The CLI as users run it: exit codes, one-line errors, JSON outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wildtrace.cli import app
from wildtrace.demo.site import DemoServer

pytestmark = pytest.mark.integration
runner = CliRunner()


def invoke(*args: str, stdin: str | None = None):
    return runner.invoke(app, list(args), input=stdin)


def test_help_lists_the_commands() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    for command in ("patrol", "demo", "demo-site", "detect", "alerts", "stats", "plugins"):
        assert command in result.output


def test_detect_contract_and_bad_lines(home: Path) -> None:
    lines = "\n".join(
        [
            json.dumps(
                {
                    "id": "a",
                    "title": "Pangolin scales for sale",
                    "text": "WhatsApp only",
                    "price": 300,
                }
            ),
            "{not json",
            json.dumps({"id": 7, "title": "Tiger Balm 30g", "text": "ointment", "lang": "en"}),
            json.dumps(["no", "object"]),
            json.dumps({"title": "no id"}),
        ]
    )
    result = invoke("detect", "-", stdin=lines + "\n")
    assert result.exit_code == 1
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in outputs] == ["a", "7"]
    first = outputs[0]
    assert first["wildlife_trade"] is True
    taxon = first["taxa"][0]
    assert {"name", "taxon_id", "rank", "appendix", "matched", "evasion"} <= set(taxon)
    assert taxon["name"] == "Manidae" and taxon["matched"] == "Pangolin scales"
    assert 0 <= first["risk"]["score"] <= 100 and first["risk"]["reasons"]
    assert outputs[1]["wildlife_trade"] is False and outputs[1]["taxa"] == []
    assert "line 2: not JSON" in result.stderr
    assert "line 4: not a JSON object" in result.stderr
    assert "line 5: no 'id'" in result.stderr
    assert not (home / "wildtrace.db").exists()


def test_detect_missing_file() -> None:
    result = invoke("detect", "/nonexistent/listings.jsonl")
    assert result.exit_code == 2
    assert "wildtrace: error: /nonexistent/listings.jsonl: cannot read" in result.stderr


def test_unknown_source_in_plan_is_one_line_and_writes_nothing(home: Path, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("name: p\nsources:\n  - source: source.telepathy.v1\n    site: x\n")
    result = invoke("patrol", str(plan))
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert "unknown source 'source.telepathy.v1'" in result.stderr
    assert not (home / "wildtrace.db").exists()


def test_init_stats_plugins_config(home: Path) -> None:
    assert invoke("init").exit_code == 0
    assert (home / "wildtrace.db").exists()
    stats = json.loads(invoke("stats", "--json").stdout)
    assert stats == {"listings": 0, "captures": 0, "detections": 0, "alerts": 0, "patrol_runs": 0}
    plugins = json.loads(invoke("plugins", "list", "--json").stdout)
    ids = {p["id"] for p in plugins}
    assert {
        "source.site.v1",
        "detector.species_names.v1",
        "detector.lexicon_terms.v1",
        "exporter.alerts_csv.v1",
    } <= ids
    config = json.loads(invoke("config", "show", "--json").stdout)
    assert config["home"] == {"value": str(home), "from": "env"}
    assert config["secrets_file"] == {"value": str(home / "secrets.yaml"), "from": "default"}


def test_patrol_then_alerts(
    home: Path, tmp_path: Path, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WILDTRACE_ALLOW_HOSTS", "127.0.0.1")
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "name: ivory\ndelay: 0\nsources:\n  - site: demo-market\n"
        "    queries: [ivory]\n    max_listings: 10\n"
    )
    result = invoke("patrol", str(plan), "--base-url", demo_server.url, "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["listings_new"] == 10
    alerts = json.loads(invoke("alerts", "--json").stdout)
    assert len(alerts) == summary["alerts"] > 0
    assert all(a["reasons"] and a["url"].startswith(demo_server.url) for a in alerts)
    assert all(isinstance(a["capture_id"], int) for a in alerts)  # ready to export as evidence
    table = invoke("patrol", str(plan), "--base-url", demo_server.url)
    assert "listings unchanged" in table.stdout and "10" in table.stdout


def test_private_site_is_refused_without_allow_list(
    home: Path, tmp_path: Path, demo_server: DemoServer
) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text("name: p\nsources:\n  - site: demo-market\n    queries: [ivory]\n")
    result = invoke("patrol", str(plan), "--base-url", demo_server.url, "--json")
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["pages_fetched"] == 0 and summary["errors"] == 1
    assert "internal address 127.0.0.1" in summary["error_messages"][0]


def test_unreachable_site_is_one_clear_error(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("WILDTRACE_ALLOW_HOSTS", "127.0.0.1")
    plan = tmp_path / "plan.yaml"
    plan.write_text("name: p\ndelay: 0\nsources:\n  - site: demo-market\n    queries: [x]\n")
    result = invoke("patrol", str(plan), "--base-url", f"http://127.0.0.1:{port}", "--json")
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["errors"] == 1
    assert f"127.0.0.1:{port}/robots.txt: unreachable" in summary["error_messages"][0]


def test_species_show_search_and_import(home: Path, tmp_path: Path) -> None:
    shown = json.loads(invoke("species", "show", "Testudo radiata", "--json").stdout)
    assert shown["name"] == "Astrochelys radiata" and shown["appendix"] == "I"
    assert "not an official export" in shown["species_export"]
    parrots = invoke("species", "show", "Grey Parrot", "--json")
    assert json.loads(parrots.stdout)["name"] == "Psittacus erithacus"
    missing = invoke("species", "show", "Unicornis magica")
    assert missing.exit_code == 1 and "no taxon named 'Unicornis magica'" in missing.stderr
    found = json.loads(invoke("species", "search", "pangol", "--json").stdout)
    assert "Manis javanica" in {t["name"] for t in found}

    export = tmp_path / "Index_of_CITES_Species_2026-02-12.csv"
    export.write_text(
        "Id,Scientific Name,Rank,Listing,Listed under,English Names\n"
        "1,Loxodonta africana,SPECIES,I/II,,African Elephant\n"
        "2,Manidae,FAMILY,I,,Pangolins\n",
        encoding="utf-8",
    )
    result = invoke("species", "import", str(export))
    assert result.exit_code == 0, result.stderr
    assert "Species+ export of 2026-02-12 is now in force" in result.stdout
    shown = json.loads(invoke("species", "show", "pangolins", "--json").stdout)
    assert shown["name"] == "Manidae"
    assert shown["species_export"] == "Species+ export of 2026-02-12"

    wrong = tmp_path / "wrong_2026-01-01.csv"
    wrong.write_text("Name,Appendix\nX,I\n", encoding="utf-8")
    bad = invoke("species", "import", str(wrong))
    assert bad.exit_code == 2
    assert "missing column(s) Id, Scientific Name, Rank, Listing" in bad.stderr


def test_lexicon_check() -> None:
    result = invoke("lexicon", "check")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("ok: ")


def test_detect_survives_bad_bytes_junk_and_huge_texts(tmp_path: Path) -> None:
    huge = "lorem ipsum dolor " * 60_000 + " Panthera tigris skin for sale, WhatsApp"
    path = tmp_path / "in.jsonl"
    path.write_bytes(
        b'{"id": "bad-utf8", "title": "Ivory \xff\xfe bangle", "text": "for sale"}\n'
        + bytes(range(256))
        + b"\n"
        + json.dumps({"id": "huge", "title": "", "text": huge}).encode()
        + b"\n"
        + json.dumps({"id": "empty", "title": "", "text": ""}).encode()
        + b"\n"
        + json.dumps({"id": "mixed", "title": "Продам ivory 象牙 bracelet", "text": ""}).encode()
        + b"\n"
    )
    result = invoke("detect", str(path))
    assert result.exit_code == 1
    assert "line 2: not JSON" in result.stderr
    out = {o["id"]: o for o in map(json.loads, result.stdout.splitlines())}
    assert set(out) == {"bad-utf8", "huge", "empty", "mixed"}
    assert out["bad-utf8"]["taxa"][0]["name"] == "Loxodonta africana"
    assert "Panthera tigris" in {t["name"] for t in out["huge"]["taxa"]}
    assert out["empty"] == {**out["empty"], "wildlife_trade": False, "taxa": []}
    assert out["mixed"]["wildlife_trade"] is True


def test_capture_stores_a_page_and_refuses_internal_targets(
    home: Path, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    refused = invoke("capture", f"{demo_server.url}/item/L0001", "--json")
    assert refused.exit_code == 2
    assert "refused: 127.0.0.1 resolves to internal address 127.0.0.1" in refused.stderr
    assert json.loads(invoke("stats", "--json").stdout)["captures"] == 0
    for url in (
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:10.0.0.1]/",
        "file:///etc/passwd",
        "http://0x7f000001/",
    ):
        result = invoke("capture", url)
        assert result.exit_code == 2 and "refused" in result.stderr, url

    monkeypatch.setenv("WILDTRACE_ALLOW_HOSTS", "127.0.0.1")
    result = invoke("capture", f"{demo_server.url}/item/L0001", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["status"] == 200 and data["peer"] == "127.0.0.1"
    blob = home / "blobs" / data["sha256"][:2] / data["sha256"][2:4] / data["sha256"]
    import hashlib

    assert hashlib.sha256(blob.read_bytes()).hexdigest() == data["sha256"]
    warc = home / "blobs" / data["warc_sha256"][:2] / data["warc_sha256"][2:4] / data["warc_sha256"]
    assert warc.read_bytes()[:2] == b"\x1f\x8b"  # a gzipped WARC of the exchange
    missing = invoke("capture", f"{demo_server.url}/item/L9999")
    assert missing.exit_code == 1 and "HTTP 404" in missing.stderr


def test_capture_has_a_custody_log(
    home: Path, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WILDTRACE_ALLOW_HOSTS", "127.0.0.1")
    capture = json.loads(invoke("capture", f"{demo_server.url}/item/L0002", "--json").stdout)
    log = json.loads(invoke("evidence", "log", str(capture["capture_id"]), "--json").stdout)
    assert [e["event"] for e in log] == ["captured"]
    assert log[0]["details"]["sha256"] == capture["sha256"]
    again = json.loads(invoke("evidence", "log", str(capture["capture_id"]), "--json").stdout)
    assert [e["event"] for e in again] == ["captured", "viewed"]  # looking is logged too
    ok = invoke("evidence", "verify-ledger")
    assert ok.exit_code == 0 and ok.stdout.startswith("ok: 3 custody events")
    missing = invoke("evidence", "log", "99999")
    assert missing.exit_code == 1 and "no custody events for capture:99999" in missing.stderr
