"""Evidence packages: an untouched package verifies offline; every kind of tampering is named."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.integration.test_timestamp import TSA, tsa  # noqa: F401 - the local authority
from typer.testing import CliRunner

from wildtrace.cli import app
from wildtrace.demo.site import DemoServer

pytestmark = pytest.mark.integration
runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture
def package(
    home: Path, tmp_path: Path, demo_server: DemoServer, monkeypatch: pytest.MonkeyPatch
) -> Path:
    monkeypatch.setenv("WILDTRACE_ALLOW_HOSTS", "127.0.0.1")
    capture = json.loads(invoke("capture", f"{demo_server.url}/item/L0003", "--json").stdout)
    out = tmp_path / "evidence.zip"
    result = invoke(
        "evidence", "export", str(capture["capture_id"]), str(out), "--reason", "case 2026-114"
    )
    assert result.exit_code == 0, result.stderr
    assert "no timestamp authority configured" in result.stdout
    return out


def rewrite(source: Path, target: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    with zipfile.ZipFile(source) as archive:
        files = {n: archive.read(n) for n in archive.namelist()}
    change(files)
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return target


def verify(path: Path, *extra: str) -> tuple[int, str]:
    result = invoke("evidence", "verify", str(path), *extra)
    return result.exit_code, result.stderr + result.stdout


def test_untouched_package_verifies(package: Path) -> None:
    code, text = verify(package)
    assert code == 0 and text.startswith("ok: ")
    with zipfile.ZipFile(package) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        ledger = archive.read("custody/extract.jsonl").decode().splitlines()
    assert {
        "archive/data.warc.gz",
        "files/capture-1/body",
        "files/capture-1/capture.json",
        "manifest.json",
        "custody/extract.jsonl",
        "README.txt",
        "pages/pages.jsonl",
    } <= names
    assert manifest["timestamp_authorities"] == []
    assert "report.pdf" in {f["path"] for f in manifest["files"]}
    header, *events = [json.loads(x) for x in ledger]
    assert header == {
        "format": "wildtrace-custody-extract/1",
        "subjects": ["capture:1"],
        "first_seq": 1,
        "last_seq": 2,
    }
    assert [e["event"] for e in events] == ["captured", "exported"]


def test_package_has_the_wacz_layout(package: Path) -> None:
    """WACZ 1.1.1: datapackage.json lists every other file (path, sha256:<hex>, bytes), its
    digest file holds its hash, pages.jsonl opens with the header, the WARC is stored as is."""
    with zipfile.ZipFile(package) as archive:
        files = {n: archive.read(n) for n in archive.namelist()}
        warc_info = archive.getinfo("archive/data.warc.gz")
    datapackage = json.loads(files["datapackage.json"])
    assert datapackage["profile"] == "data-package" and datapackage["wacz_version"] == "1.1.1"
    resources = {r["path"]: r for r in datapackage["resources"]}
    assert set(resources) == set(files) - {"datapackage.json", "datapackage-digest.json"}
    for path, resource in resources.items():
        assert resource["hash"] == "sha256:" + hashlib.sha256(files[path]).hexdigest()
        assert resource["bytes"] == len(files[path])
    digest = json.loads(files["datapackage-digest.json"])
    assert digest == {
        "path": "datapackage.json",
        "hash": "sha256:" + hashlib.sha256(files["datapackage.json"]).hexdigest(),
    }
    pages = [json.loads(x) for x in files["pages/pages.jsonl"].decode().splitlines()]
    assert pages[0] == {"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}
    assert pages[1]["url"].endswith("/item/L0003") and pages[1]["ts"].endswith("Z")
    assert datapackage["mainPageUrl"] == pages[1]["url"]
    assert warc_info.compress_type == zipfile.ZIP_STORED
    index = files["indexes/index.cdx"].decode().splitlines()
    key, stamp, fields = index[0].split(" ", 2)
    entry = json.loads(fields)
    assert key == "127.0.0.1:" + pages[1]["url"].split(":")[2].split("/")[0] + ")/item/l0003"
    assert len(stamp) == 14 and entry["filename"] == "data.warc.gz" and entry["status"] == "200"
    start, length = int(entry["offset"]), int(entry["length"])
    record = gzip.decompress(files["archive/data.warc.gz"][start : start + length])
    assert record.startswith(b"WARC/1.1") and b"WARC-Type: response" in record


def _flip(files: dict[str, bytes]) -> None:
    body = bytearray(files["files/capture-1/body"])
    body[10] ^= 0x01
    files["files/capture-1/body"] = bytes(body)


def _truncate(files: dict[str, bytes]) -> None:
    files["archive/data.warc.gz"] = files["archive/data.warc.gz"][:-40]


def _alter_ledger(files: dict[str, bytes]) -> None:
    header, *lines = files["custody/extract.jsonl"].decode().splitlines()
    first = json.loads(lines[0])
    first["reason"] = "nothing to see"
    files["custody/extract.jsonl"] = "\n".join([header, json.dumps(first), *lines[1:]]).encode()


def _retitle(files: dict[str, bytes]) -> None:
    datapackage = json.loads(files["datapackage.json"])
    datapackage["title"] = "something else"
    files["datapackage.json"] = json.dumps(datapackage).encode()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_flip, ["files/capture-1/body: changed: SHA-256 differs from the manifest"]),
        (
            _truncate,
            [
                "archive/data.warc.gz: truncated or grown",
                "archive/data.warc.gz: truncated gzip stream",
            ],
        ),
        (
            lambda f: f.pop("files/capture-1/capture.json"),
            ["files/capture-1/capture.json: missing"],
        ),
        (
            lambda f: f.update({"files/extra.txt": b"planted"}),
            ["files/extra.txt: extra: not in the manifest"],
        ),
        (_alter_ledger, ["custody/extract.jsonl: custody event 1: altered after it was written"]),
        (
            _retitle,
            ["datapackage.json: changed: SHA-256 differs from datapackage-digest.json"],
        ),
        (
            lambda f: f.pop("datapackage-digest.json"),
            ["datapackage-digest.json: missing or unreadable"],
        ),
    ],
)
def test_tampering_is_named(
    package: Path, tmp_path: Path, change: Callable[[dict[str, bytes]], None], expected: list[str]
) -> None:
    changed = rewrite(package, tmp_path / "changed.zip", change)
    code, text = verify(changed)
    assert code == 1
    for message in expected:
        assert message in text


def test_timestamped_package(
    home: Path,
    tmp_path: Path,
    demo_server: DemoServer,
    monkeypatch: pytest.MonkeyPatch,
    tsa: TSA,  # noqa: F811 - the fixture imported above
) -> None:
    monkeypatch.setenv("WILDTRACE_ALLOW_HOSTS", "127.0.0.1")
    monkeypatch.setenv("WILDTRACE_TSA_URLS", tsa.url)
    capture = json.loads(invoke("capture", f"{demo_server.url}/item/L0005", "--json").stdout)
    out = tmp_path / "stamped.zip"
    assert invoke("evidence", "export", str(capture["capture_id"]), str(out)).exit_code == 0
    roots = tmp_path / "roots.pem"
    roots.write_text(tsa.root_pem)
    code, text = verify(out, "--roots", str(roots))
    assert code == 0, text
    other = tmp_path / "other.pem"
    other.write_text(tsa.other_root_pem)
    code, text = verify(out, "--roots", str(other))
    assert code == 1 and "timestamps/1.json: bad timestamp: chain" in text

    def _swap_manifest(files: dict[str, bytes]) -> None:
        manifest = json.loads(files["manifest.json"])
        manifest["subject"] = "capture:999"
        files["manifest.json"] = json.dumps(manifest).encode()

    code, text = verify(rewrite(out, tmp_path / "swapped.zip", _swap_manifest))
    assert code == 1 and "timestamps/1.json: bad timestamp: imprint" in text
    shutil.rmtree(home / "blobs")
    missing = invoke("evidence", "export", str(capture["capture_id"]), str(tmp_path / "x.zip"))
    assert missing.exit_code != 0


CJK_PAGE = """<html lang="zh"><head><meta charset="utf-8"></head><body style="font-size:32px">
<p>中文：出售穿山甲鳞片和象牙</p><p>Tiếng Việt: Bán vảy tê tê và ngà voi</p>
<p>ภาษาไทย: ขายเกล็ดตัวลิ่นและงาช้าง</p></body></html>"""


def test_rendered_capture_keeps_screenshot_and_pdf_in_the_package(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Page(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            data = CJK_PAGE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    monkeypatch.setenv("WILDTRACE_ALLOW_HOSTS", "127.0.0.1")
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/listing"
        result = invoke("capture", url, "--evidence", "--json", "--reason", "case 7")
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert result.exit_code == 0, result.stderr
    capture = json.loads(result.stdout)
    assert capture["evidence_id"] == "E-1" and capture["capture_id"] == 1
    out = tmp_path / "rendered.zip"
    assert invoke("evidence", "export", capture["evidence_id"], str(out)).exit_code == 0
    assert verify(out)[0] == 0
    with zipfile.ZipFile(out) as archive:
        png = archive.read("files/capture-1/screenshot.png")
        pdf = archive.read("files/capture-1/page.pdf")
        rendered = archive.read("files/capture-1/rendered.html").decode()
        item = json.loads(archive.read("files/evidence.json"))
    assert item["evidence_id"] == "E-1" and item["reason"] == "case 7"
    assert item["captures"] == [{"capture_id": 1, "role": "page"}]
    assert png.startswith(b"\x89PNG") and len(png) > 5_000
    assert pdf.startswith(b"%PDF")
    with zipfile.ZipFile(out) as archive:
        report = archive.read("report.pdf")
    assert report.startswith(b"%PDF") and len(report) > len(png) / 2  # screenshot embedded
    assert "ngà voi" in rendered
    (tmp_path / "screenshot.png").write_bytes(png)  # kept for a person to look at
