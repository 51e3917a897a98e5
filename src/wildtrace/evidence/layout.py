"""The files of an evidence package for one or more captures (an evidence item, or one capture).

Each capture gets its own folder `files/capture-<id>/` (body, capture.json, extracted.json,
screenshot.png, page.pdf, rendered.html, images/); all WARCs are appended into
archive/data.warc.gz, in order (a .warc.gz is a series of gzip members, so the result is one
valid WARC), and capture.json says where each original WARC sits in it (`archive`: offset,
length, sha256), so the bytes hashed at capture time - and named in the custody ledger - can be
found unchanged. The custody file is an extract of the ledger (ledger_extract.py): this
package's events in full, others' as stubs.
"""

from __future__ import annotations

import json
import mimetypes
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from wildtrace.evidence import ledger_extract, wacz
from wildtrace.evidence.blobs import BlobStore
from wildtrace.evidence.extracted import extracted_document
from wildtrace.evidence.keep import body_of
from wildtrace.evidence.package import README
from wildtrace.store.models import Capture

LEDGER = ledger_extract.PATH
ITEM = "files/evidence.json"


class PackageError(Exception):
    """The package cannot be written: the message says why."""


@dataclass(frozen=True)
class Subject:
    """What is exported: the custody subject, its captures with their roles, the item's
    record (None when a single capture is exported by its id)."""

    key: str
    captures: list[tuple[Capture, str]]
    item: dict[str, Any] | None = field(default=None)


def utc_iso(when: datetime) -> str:
    """ISO 8601 in UTC with its 'Z': the store keeps UTC, some databases drop the zone."""
    aware = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return aware.isoformat().replace("+00:00", "Z")


def capture_json(capture: Capture, role: str) -> dict[str, Any]:
    return {
        "capture_id": capture.id,
        "role": role,
        "url": capture.url,
        "final_url": capture.final_url,
        "redirects": capture.redirects,
        "status_code": capture.status_code,
        "content_type": capture.content_type,
        "headers": capture.headers,
        "sha256": capture.sha256,
        "size": capture.size,
        "peer": capture.peer,
        "fetched_at": utc_iso(capture.fetched_at),
        "plugin_id": capture.plugin_id,
        "run_id": capture.run_id,
        "warc_sha256": capture.warc_sha256,
        "screenshot_sha256": capture.screenshot_sha256,
        "pdf_sha256": capture.pdf_sha256,
        "rendered_sha256": capture.rendered_sha256,
        "tls": capture.tls,  # protocol, cipher, certificates; the chain is tls-chain.pem
    }


def build_files(session: Session, blobs: BlobStore, subject: Subject) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    warc = bytearray()
    pages = []
    for capture, role in subject.captures:
        if capture.warc_sha256 is None:
            raise PackageError(f"capture {capture.id} has no WARC (kept before WARCs were)")
        folder = f"files/capture-{capture.id}"
        meta = capture_json(capture, role)
        parts = [("page", capture.warc_sha256)]
        files.update(_images(blobs, capture, meta, folder, parts))
        meta["archive"] = []
        for of, digest in parts:
            data = blobs.get(digest)
            meta["archive"].append(
                {"of": of, "offset": len(warc), "length": len(data), "sha256": digest}
            )
            warc += data
        body = body_of(blobs, capture.sha256, capture.warc_sha256)
        files[f"{folder}/body"] = body
        files[f"{folder}/extracted.json"] = _json(
            extracted_document(session, capture.id, body, capture.content_type, capture.final_url)
        )
        files[f"{folder}/capture.json"] = _json(meta)
        files.update(_rendering(blobs, capture, folder))
        if capture.tls and capture.tls.get("chain_sha256"):
            files[f"{folder}/tls-chain.pem"] = blobs.get(capture.tls["chain_sha256"])
        pages.append(
            {
                "id": f"capture-{capture.id}",
                "url": capture.final_url,
                "ts": wacz.rfc3339(capture.fetched_at),
            }
        )
    files[wacz.WARC] = bytes(warc)
    files[wacz.INDEX] = wacz.cdxj_index(bytes(warc))
    files[wacz.PAGES] = wacz.pages_jsonl(pages)
    if subject.item is not None:
        files[ITEM] = _json(subject.item)
    subjects = ledger_extract.subjects_of(subject.key, [c.id for c, _ in subject.captures])
    events = ledger_extract.build_extract(session, subjects)
    files[LEDGER] = ledger_extract.extract_jsonl(subjects, events)
    files["README.txt"] = README.encode()
    return files


def _json(data: object) -> bytes:
    return json.dumps(data, indent=2, ensure_ascii=False).encode()


def _images(
    blobs: BlobStore,
    capture: Capture,
    meta: dict[str, Any],
    folder: str,
    warcs: list[tuple[str, str]],
) -> dict[str, bytes]:
    """The listing's images as files (`meta["images"]` names each one's file); their WARCs
    are added to `warcs`."""
    files: dict[str, bytes] = {}
    listed = []
    for n, image in enumerate(capture.images or [], start=1):
        entry = dict(image)
        if "sha256" in image:
            ext = mimetypes.guess_extension(image["content_type"].split(";")[0].strip()) or ".bin"
            entry["path"] = f"{folder}/images/{n}{ext}"
            files[entry["path"]] = blobs.get(image["sha256"])
            warcs.append((image["url"], image["warc_sha256"]))
        listed.append(entry)
    meta["images"] = listed
    return files


def _rendering(blobs: BlobStore, capture: Capture, folder: str) -> dict[str, bytes]:
    """The browser's view, when the capture was rendered (screenshot, PDF, DOM)."""
    files = {
        f"{folder}/screenshot.png": capture.screenshot_sha256,
        f"{folder}/page.pdf": capture.pdf_sha256,
        f"{folder}/rendered.html": capture.rendered_sha256,
    }
    return {path: blobs.get(digest) for path, digest in files.items() if digest}
