"""Export one capture as a self-contained evidence package (zip), and verify one offline.

Layout (WACZ-like): archive/data.warc.gz, pages/pages.jsonl, files/ (body as served, capture
metadata), custody/ledger.jsonl (the custody chain up to this export), timestamps/*.json (RFC
3161 tokens over the manifest's hash), manifest.json (every file's SHA-256 and size) and
README.txt (what the package proves and what it does not). `verify_package` needs nothing but
the zip: it names each file or record that is changed, missing, extra or truncated, and each
custody event or timestamp that does not hold.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import mimetypes
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from wildtrace import __version__
from wildtrace.evidence import custody
from wildtrace.evidence.blobs import BlobStore
from wildtrace.evidence.timestamp import TimestampToken, verify_token
from wildtrace.store.models import Capture

MANIFEST = "manifest.json"
NOT_HASHED = frozenset({MANIFEST})  # the manifest is covered by the timestamps instead
README = """wildtrace evidence package
==========================
What it holds: the HTTP exchange of one capture (archive/data.warc.gz), the body as served
(files/), the capture's metadata, the chain of custody up to this export, and RFC 3161 timestamps
over manifest.json when an authority was configured. manifest.json lists every file with its
SHA-256.

What it proves: that these exact bytes were received from the address named, as recorded by
wildtrace at the time in the capture, that nobody changed them since the manifest was hashed,
and - with a timestamp - that the manifest existed no later than the authority's time.
What it does not prove: what the site's owner meant or who wrote the listing; that the site
showed the same thing to everyone; anything about events outside the capture.

Time: manifest.json "timestamp_authorities" lists the RFC 3161 authorities asked; when it is
empty, no trusted timestamp was requested and the capture time rests on this machine's clock.

Verify offline: wildtrace evidence verify <this zip>
"""


class PackageError(Exception):
    """The package cannot be written: the message says why."""


@dataclass(frozen=True)
class Problem:
    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def _capture_json(capture: Capture) -> dict[str, Any]:
    return {
        "capture_id": capture.id,
        "url": capture.url,
        "final_url": capture.final_url,
        "redirects": capture.redirects,
        "status_code": capture.status_code,
        "content_type": capture.content_type,
        "headers": capture.headers,
        "sha256": capture.sha256,
        "size": capture.size,
        "peer": capture.peer,
        "fetched_at": capture.fetched_at.isoformat(),
        "plugin_id": capture.plugin_id,
        "warc_sha256": capture.warc_sha256,
        "screenshot_sha256": capture.screenshot_sha256,
        "pdf_sha256": capture.pdf_sha256,
        "rendered_sha256": capture.rendered_sha256,
    }


def build_files(session: Session, blobs: BlobStore, capture: Capture) -> dict[str, bytes]:
    if capture.warc_sha256 is None:
        raise PackageError(f"capture {capture.id} has no WARC (captured before WARCs were kept)")
    meta = _capture_json(capture)
    events = custody.ledger(session)
    images, image_warcs = _images(blobs, capture, meta)
    return {
        "archive/data.warc.gz": b"".join([blobs.get(capture.warc_sha256), *image_warcs]),
        "files/body": blobs.get(capture.sha256),
        "files/capture.json": json.dumps(meta, indent=2, ensure_ascii=False).encode(),
        "pages/pages.jsonl": (
            json.dumps({"url": capture.final_url, "ts": meta["fetched_at"]}) + "\n"
        ).encode(),
        "custody/ledger.jsonl": "".join(
            json.dumps(e, ensure_ascii=False) + "\n" for e in events
        ).encode(),
        "README.txt": README.encode(),
        **_rendering(blobs, capture),
        **images,
    }


def _images(
    blobs: BlobStore, capture: Capture, meta: dict[str, Any]
) -> tuple[dict[str, bytes], list[bytes]]:
    """The listing's images as files, and their WARCs (appended to the page's: a .warc.gz is a
    series of gzip members, one per record); `meta["images"]` names each image's file."""
    files: dict[str, bytes] = {}
    warcs: list[bytes] = []
    listed = []
    for n, image in enumerate(capture.images or [], start=1):
        entry = dict(image)
        if "sha256" in image:
            ext = mimetypes.guess_extension(image["content_type"].split(";")[0].strip()) or ".bin"
            entry["path"] = f"files/images/{n}{ext}"
            files[entry["path"]] = blobs.get(image["sha256"])
            warcs.append(blobs.get(image["warc_sha256"]))
        listed.append(entry)
    meta["images"] = listed
    return files, warcs


def _rendering(blobs: BlobStore, capture: Capture) -> dict[str, bytes]:
    """The browser's view, when the capture was rendered (screenshot, PDF, DOM)."""
    files = {
        "files/screenshot.png": capture.screenshot_sha256,
        "files/page.pdf": capture.pdf_sha256,
        "files/rendered.html": capture.rendered_sha256,
    }
    return {path: blobs.get(digest) for path, digest in files.items() if digest}


def manifest_for(files: dict[str, bytes], subject: str, authorities: tuple[str, ...]) -> bytes:
    entries = [
        {"path": p, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
        for p, d in sorted(files.items())
    ]
    return json.dumps(
        {
            "format": "wildtrace-evidence/1",
            "subject": subject,
            "created": datetime.now(UTC).isoformat(),
            "tool": f"wildtrace {__version__}",
            "timestamp_authorities": list(authorities),
            "files": entries,
        },
        indent=2,
    ).encode()


def write_package(
    out: Path, files: dict[str, bytes], manifest: bytes, tokens: list[TimestampToken]
) -> None:
    tmp = out.with_name(out.name + ".partial")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path, data in sorted(files.items()):
            archive.writestr(path, data)
        archive.writestr(MANIFEST, manifest)
        for n, token in enumerate(tokens, start=1):
            archive.writestr(f"timestamps/{n}.json", json.dumps(token.to_json(), indent=2))
    tmp.replace(out)


def verify_package(path: Path, trusted_roots_pem: list[str] | None = None) -> list[Problem]:
    """Every problem found in the package; an empty list means everything holds."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        return [Problem(str(path), f"not a readable zip ({exc})")]
    with archive:
        try:
            manifest_bytes = archive.read(MANIFEST)
            manifest = json.loads(manifest_bytes)
        except (KeyError, ValueError) as exc:
            return [Problem(MANIFEST, f"missing or unreadable ({exc})")]
        problems = _check_files(archive, manifest)
        problems += _check_ledger(archive)
        problems += _check_timestamps(
            archive, hashlib.sha256(manifest_bytes).digest(), trusted_roots_pem
        )
    return problems


def _check_files(archive: zipfile.ZipFile, manifest: dict[str, Any]) -> list[Problem]:
    problems = []
    listed = {e["path"]: e for e in manifest.get("files", [])}
    present = {n for n in archive.namelist() if not n.endswith("/")}
    for name in sorted(present - set(listed) - NOT_HASHED):
        if not name.startswith("timestamps/"):
            problems.append(Problem(name, "extra: not in the manifest"))
    for name, entry in sorted(listed.items()):
        if name not in present:
            problems.append(Problem(name, "missing"))
            continue
        try:
            data = archive.read(name)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            problems.append(Problem(name, f"unreadable ({exc})"))
            continue
        if len(data) != entry["size"]:
            problems.append(
                Problem(
                    name, f"truncated or grown: {len(data)} bytes, manifest says {entry['size']}"
                )
            )
        elif hashlib.sha256(data).hexdigest() != entry["sha256"]:
            problems.append(Problem(name, "changed: SHA-256 differs from the manifest"))
        if name.endswith(".gz") and not _gzip_whole(data):
            problems.append(Problem(name, "truncated gzip stream"))
    return problems


def _gzip_whole(data: bytes) -> bool:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            while stream.read(1 << 20):
                pass
    except (OSError, EOFError):
        return False
    return True


def _check_ledger(archive: zipfile.ZipFile) -> list[Problem]:
    try:
        lines = archive.read("custody/ledger.jsonl").decode().splitlines()
        events = [json.loads(line) for line in lines if line.strip()]
    except (KeyError, ValueError) as exc:
        return [Problem("custody/ledger.jsonl", f"missing or unreadable ({exc})")]
    problems = [Problem("custody/ledger.jsonl", str(p)) for p in custody.verify_events(events)]
    if events and events[0]["seq"] != 1:
        problems.append(Problem("custody/ledger.jsonl", "the chain does not start at event 1"))
    return problems


def _check_timestamps(
    archive: zipfile.ZipFile, digest: bytes, roots: list[str] | None
) -> list[Problem]:
    problems = []
    for name in sorted(n for n in archive.namelist() if n.startswith("timestamps/")):
        try:
            token = TimestampToken.from_json(json.loads(archive.read(name)))
        except (ValueError, KeyError) as exc:
            problems.append(Problem(name, f"unreadable timestamp ({exc})"))
            continue
        problems += [
            Problem(name, f"bad timestamp: {p}") for p in verify_token(token, digest, roots)
        ]
    return problems
