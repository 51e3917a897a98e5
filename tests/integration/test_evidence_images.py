"""The listing's images go with an evidence capture: fetched through the guard, capped in number
and size, kept as WARC records and blobs, listed in the package's manifest and verified."""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from wildtrace.cli import app
from wildtrace.config import Settings
from wildtrace.demo.images import listing_png
from wildtrace.evidence import images as found_images
from wildtrace.evidence.collect import Collector
from wildtrace.evidence.images import image_urls

pytestmark = pytest.mark.integration
runner = CliRunner()
PNGS = {f"/img/{n}.png": listing_png(f"pic-{n}") for n in range(1, 5)}
BIG = b"\x89PNG" + b"\0" * 3_000
LISTING = """<html><head><meta charset="utf-8"><title>Ivory bangle</title>
<meta property="og:image" content="/img/1.png"></head><body><h1>Ivory bangle for sale</h1>
<img src="/img/1.png"><img src="img/2.png"><img src="http://10.0.0.1/secret.png">
<img src="/big.png"><img src="/not-an-image"><img src="data:image/png;base64,AAAA">
<img src="/img/3.png"><img src="/img/4.png"></body></html>"""


class Site(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path in PNGS or self.path == "/big.png":
            self._send(PNGS.get(self.path, BIG), "image/png")
        elif self.path == "/listing":
            self._send(LISTING.encode(), "text/html; charset=utf-8")
        elif self.path == "/not-an-image":
            self._send(b"<p>hello</p>", "text/html")
        else:
            self.send_error(404)

    def _send(self, data: bytes, ctype: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("WILDTRACE_ALLOW_HOSTS", "127.0.0.1")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_image_urls_og_first_absolute_without_repeats() -> None:
    urls = image_urls(LISTING, "http://market.test/item/7")
    assert urls == [
        "http://market.test/img/1.png",
        "http://market.test/item/img/2.png",
        "http://10.0.0.1/secret.png",
        "http://market.test/big.png",
        "http://market.test/not-an-image",
        "http://market.test/img/3.png",
        "http://market.test/img/4.png",
    ]


def test_images_are_capped_and_refusals_recorded(
    settings: Settings, site: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(found_images, "MAX_IMAGES", 6)
    monkeypatch.setattr(found_images, "MAX_IMAGE_BYTES", 2_000)

    async def collect() -> list[dict[str, object]]:
        async with Collector(settings, images=True) as collector:
            collected = await collector.collect(f"{site}/listing")
        assert collected.images is not None
        return collected.images

    records = {str(r["url"]).removeprefix(site): r for r in asyncio.run(collect())}
    assert records["/img/1.png"]["sha256"] == hashlib.sha256(PNGS["/img/1.png"]).hexdigest()
    assert records["/img/2.png"]["size"] == len(PNGS["/img/2.png"])
    assert "10.0.0.1" in str(records["http://10.0.0.1/secret.png"]["error"])
    assert "exceeds the 2000-byte limit" in str(records["/big.png"]["error"])
    assert "not an accepted page" in str(records["/not-an-image"]["error"])
    assert "more than 6 images" in str(records["/img/4.png"]["error"])
    assert "sha256" in records["/img/3.png"] and len(records) == 7


def test_evidence_package_holds_the_images(home: Path, tmp_path: Path, site: str) -> None:
    result = runner.invoke(app, ["capture", f"{site}/listing", "--evidence", "--json"])
    assert result.exit_code == 0, result.stderr
    capture = json.loads(result.stdout)
    kept = [i for i in capture["images"] if "sha256" in i]
    assert [i["url"].removeprefix(site) for i in kept] == [
        "/img/1.png",
        "/img/2.png",
        "/big.png",
        "/img/3.png",
        "/img/4.png",
    ]
    out = tmp_path / "images.zip"
    export = runner.invoke(app, ["evidence", "export", str(capture["capture_id"]), str(out)])
    assert export.exit_code == 0, export.stderr
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        manifest = {
            f["path"]: f["sha256"] for f in json.loads(archive.read("manifest.json"))["files"]
        }
        image_files = sorted(n for n in names if "/images/" in n)
        served = {n: archive.read(n) for n in image_files}
        warc = archive.read("archive/data.warc.gz")
    assert len(image_files) == 5
    assert {hashlib.sha256(PNGS["/img/1.png"]).hexdigest(), hashlib.sha256(BIG).hexdigest()} <= {
        manifest[n] for n in image_files
    }
    assert all(hashlib.sha256(data).hexdigest() == manifest[n] for n, data in served.items())
    responses = [
        r.rec_headers.get_header("WARC-Target-URI")
        for r in ArchiveIterator(io.BytesIO(warc))
        if r.rec_type == "response"
    ]
    assert responses[0] == f"{site}/listing" and f"{site}/img/4.png" in responses
    assert runner.invoke(app, ["evidence", "verify", str(out)]).exit_code == 0

    first = image_files[0]
    with zipfile.ZipFile(out) as archive:
        files = {n: archive.read(n) for n in archive.namelist()}
    files[first] = files[first][:-1] + bytes([files[first][-1] ^ 1])
    changed = tmp_path / "changed.zip"
    with zipfile.ZipFile(changed, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    check = runner.invoke(app, ["evidence", "verify", str(changed)])
    assert check.exit_code == 1
    assert f"{first}: changed" in check.stderr
