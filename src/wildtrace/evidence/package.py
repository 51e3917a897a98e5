"""Build an evidence package (zip) of one capture: the files, the manifest, the zip.

Layout: the WACZ 1.1.1 parts (archive/data.warc.gz with the page's and its images' exchanges,
indexes/index.cdx, pages/pages.jsonl, datapackage.json, datapackage-digest.json; see wacz.py)
and wildtrace's own: files/ (body as served, capture metadata, screenshot, PDF, DOM, images),
custody/ledger.jsonl (the custody chain up to this export), manifest.json (every file's SHA-256
and size), timestamps/*.json (RFC 3161 tokens over the manifest's hash), report.pdf and
README.txt (what the package proves and what it does not). verify.py checks one offline.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from wildtrace import __version__
from wildtrace.evidence import custody, wacz
from wildtrace.evidence.blobs import BlobStore
from wildtrace.evidence.timestamp import TimestampToken
from wildtrace.evidence.verify import MANIFEST
from wildtrace.store.models import Capture

README = """wildtrace evidence package
==========================
What it holds: the HTTP exchanges of the capture and of the listing's images
(archive/data.warc.gz), the body as served and the browser's view (files/), the capture's
metadata, the chain of custody up to this export, and RFC 3161 timestamps over manifest.json when
an authority was configured. manifest.json lists every file with its SHA-256. The package is also
a WACZ 1.1.1 web archive (datapackage.json): renamed to .wacz, ReplayWeb.page replays it.

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
    warc = b"".join([blobs.get(capture.warc_sha256), *image_warcs])
    return {
        wacz.WARC: warc,
        wacz.INDEX: wacz.cdxj_index(warc),
        "files/body": blobs.get(capture.sha256),
        "files/capture.json": json.dumps(meta, indent=2, ensure_ascii=False).encode(),
        wacz.PAGES: wacz.pages_jsonl([_page(capture)]),
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


def _page(capture: Capture) -> dict[str, Any]:
    return {
        "id": f"capture-{capture.id}",
        "url": capture.final_url,
        "ts": wacz.rfc3339(capture.fetched_at),
    }


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
    """The zip, written beside `out` then renamed; datapackage.json (WACZ) lists every file,
    the manifest and timestamps included. WARCs are stored, not deflated again (WACZ)."""
    complete = dict(files)
    complete[MANIFEST] = manifest
    for n, token in enumerate(tokens, start=1):
        complete[f"timestamps/{n}.json"] = json.dumps(token.to_json(), indent=2).encode()
    main = json.loads(files[wacz.PAGES].decode().splitlines()[1])
    title = f"wildtrace evidence: {json.loads(manifest)['subject']}"
    complete[wacz.DATAPACKAGE] = wacz.datapackage(complete, title, main)
    complete[wacz.DIGEST] = wacz.digest(complete[wacz.DATAPACKAGE])
    tmp = out.with_name(out.name + ".partial")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path, data in sorted(complete.items()):
            stored = path.startswith("archive/")
            archive.writestr(
                path, data, compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            )
    tmp.replace(out)
