"""Verify an evidence package offline: it needs nothing but the zip.

Every file is checked against manifest.json (SHA-256 and size; gzip streams read to the end,
since a truncated .warc.gz can still look whole to WARC tools), the custody extract is
re-hashed and its links followed (ledger_extract.py), each capture's WARC and body are checked
against the hashes its custody event recorded at capture time (so a package re-sealed with a
swapped WARC is still caught), each RFC 3161 timestamp is checked against the manifest's hash,
and the WACZ parts (datapackage.json, its digest, the pages header) are checked too. Each
problem names the file or record and why; a file that fails several checks is named once for
its content. Packages written before extracts (the whole ledger in custody/ledger.jsonl) are
still checked as a whole chain.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wildtrace.evidence import custody, ledger_extract, wacz
from wildtrace.evidence.timestamp import TimestampToken, verify_token

MANIFEST = "manifest.json"
LEDGER = ledger_extract.PATH
_CAPTURE_META = re.compile(r"files/capture-\d+/capture\.json")
NOT_IN_MANIFEST = frozenset({MANIFEST, *wacz.WACZ_OWN})  # covered by timestamps / the digest


@dataclass(frozen=True)
class Problem:
    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


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
        listed = {e["path"]: e for e in manifest.get("files", [])}
        problems = _check_files(archive, listed)
        ledger_problems, events = _check_ledger(archive, manifest.get("subject"))
        problems += ledger_problems
        problems += _check_captures(archive, events)
        problems += _check_timestamps(
            archive, hashlib.sha256(manifest_bytes).digest(), trusted_roots_pem
        )
        problems += _check_wacz(archive, listed, {p.where for p in problems})
    return problems


def _present(archive: zipfile.ZipFile) -> set[str]:
    return {n for n in archive.namelist() if not n.endswith("/")}


def _check_files(archive: zipfile.ZipFile, listed: dict[str, Any]) -> list[Problem]:
    problems = []
    present = _present(archive)
    for name in sorted(present - set(listed) - NOT_IN_MANIFEST):
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


def _check_ledger(
    archive: zipfile.ZipFile, subject: object
) -> tuple[list[Problem], list[dict[str, Any]]]:
    """The extract's (or an older package's whole chain's) problems, and its whole events;
    the last must be this package's own export, so a cut-off tail cannot pass."""
    names = set(archive.namelist())
    name = LEDGER
    if LEDGER not in names and ledger_extract.LEGACY_PATH in names:
        name = ledger_extract.LEGACY_PATH
        problems, events = _check_legacy_ledger(archive)
    else:
        try:
            header, extract = ledger_extract.parse_extract(archive.read(LEDGER))
        except (KeyError, ValueError, zipfile.BadZipFile) as exc:
            return [Problem(LEDGER, f"missing or unreadable ({exc})")], []
        problems = [Problem(LEDGER, str(p)) for p in ledger_extract.verify_extract(header, extract)]
        events = ledger_extract.full_events(extract)
    if events and (events[-1].get("event"), events[-1].get("subject")) != ("exported", subject):
        problems.append(
            Problem(
                name,
                f"custody event {events[-1]['seq']}: not the export of {subject}, "
                "which must close the chain",
            )
        )
    return problems, events


def _check_legacy_ledger(
    archive: zipfile.ZipFile,
) -> tuple[list[Problem], list[dict[str, Any]]]:
    name = ledger_extract.LEGACY_PATH
    try:
        lines = archive.read(name).decode().splitlines()
        events = [json.loads(line) for line in lines if line.strip()]
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        return [Problem(name, f"missing or unreadable ({exc})")], []
    problems = [Problem(name, str(p)) for p in custody.verify_events(events)]
    if events and events[0]["seq"] != 1:
        problems.append(Problem(name, "the chain does not start at event 1"))
    return problems, events


def _check_captures(archive: zipfile.ZipFile, events: list[dict[str, Any]]) -> list[Problem]:
    """Each capture's WARC, body and images against what its 'captured' custody event recorded
    when it was taken; a capture without such an event cannot be vouched for and is named."""
    captured: dict[str, dict[str, Any]] = {}
    for event in events:
        if event.get("event") == "captured":
            captured.setdefault(str(event.get("subject")), event)
    present = _present(archive)
    warc = _read(archive, wacz.WARC)
    problems = []
    for name in sorted(n for n in present if _CAPTURE_META.fullmatch(n)):
        try:
            meta = json.loads(_read(archive, name) or b"")
            capture_id = int(meta["capture_id"])
        except (ValueError, KeyError, TypeError):
            problems.append(Problem(name, "unreadable capture metadata"))
            continue
        found = captured.get(f"capture:{capture_id}")
        where = f"capture {capture_id}"
        if found is None:
            problems.append(Problem(where, f"no 'captured' event in {LEDGER} to check it against"))
            continue
        folder = name.removesuffix("capture.json")
        files = {
            n: d for n in present if n.startswith(folder) and (d := _read(archive, n)) is not None
        }
        problems += [Problem(where, why) for why in _capture_problems(files, meta, found, warc)]
    return problems


def _read(archive: zipfile.ZipFile, name: str) -> bytes | None:
    """A member's bytes, or None when it is missing or unreadable (_check_files names it)."""
    try:
        return archive.read(name)
    except (KeyError, zipfile.BadZipFile, OSError, EOFError):
        return None


def _capture_problems(
    files: dict[str, bytes], meta: dict[str, Any], event: dict[str, Any], warc: bytes | None
) -> list[str]:
    """Where the recorded hashes and the package's bytes disagree; `files` holds the
    capture's body and images (those present)."""
    details = event.get("details") or {}
    seq = event.get("seq")
    problems = []
    recorded = details.get("warc_sha256")
    page = next((p for p in meta.get("archive") or [] if p.get("of") == "page"), None)
    if not recorded:
        problems.append(f"its custody event {seq} records no WARC hash")
    elif page is None:
        problems.append("capture.json does not say where its WARC sits in the archive")
    elif warc is not None:
        start, length = int(page["offset"]), int(page["length"])
        if start + length > len(warc):
            problems.append(f"its WARC lies beyond the end of {wacz.WARC}")
        elif hashlib.sha256(warc[start : start + length]).hexdigest() != recorded:
            problems.append(
                f"its WARC ({wacz.WARC}, {length} bytes at {start}) differs from the one "
                f"custody event {seq} recorded (warc_sha256 {recorded[:16]}…)"
            )
    body = files.get(f"files/capture-{meta['capture_id']}/body")
    if details.get("sha256") and body is not None and _sha256(body) != details["sha256"]:
        problems.append(f"its body differs from the one custody event {seq} recorded")
    kept = details.get("images")
    for image in meta.get("images") or []:
        data = files.get(image.get("path") or "")
        if kept is not None and data is not None and _sha256(data) not in kept:
            problems.append(f"{image['path']} is not among the images custody event {seq} recorded")
    return problems


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


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


def _check_wacz(archive: zipfile.ZipFile, listed: dict[str, Any], named: set[str]) -> list[Problem]:
    """datapackage.json against the files and the manifest, its digest, the pages header;
    files already named by the manifest check are not named again."""
    try:
        package_bytes = archive.read(wacz.DATAPACKAGE)
        resources = {r["path"]: r for r in json.loads(package_bytes)["resources"]}
    except (KeyError, ValueError, TypeError) as exc:
        return [Problem(wacz.DATAPACKAGE, f"missing or unreadable ({exc})")]
    problems = _check_digest(archive, package_bytes)
    present = _present(archive)
    for name in sorted(present - set(resources) - wacz.WACZ_OWN - named):
        problems.append(Problem(name, f"extra: not in {wacz.DATAPACKAGE}"))
    for name, resource in sorted(resources.items()):
        if name in named:
            continue
        if name not in present:
            problems.append(Problem(name, "missing"))
        elif name in listed:
            expected = "sha256:" + listed[name]["sha256"]
            if resource.get("hash") != expected or resource.get("bytes") != listed[name]["size"]:
                problems.append(
                    Problem(wacz.DATAPACKAGE, f"{name}: hash or size differs from the manifest")
                )
        else:
            data = archive.read(name)
            if resource.get("hash") != wacz.sha256_label(data) or resource.get("bytes") != len(
                data
            ):
                problems.append(Problem(name, f"changed: SHA-256 differs from {wacz.DATAPACKAGE}"))
    return problems + _check_pages(archive, named)


def _check_digest(archive: zipfile.ZipFile, package_bytes: bytes) -> list[Problem]:
    try:
        recorded = json.loads(archive.read(wacz.DIGEST))
    except (KeyError, ValueError) as exc:
        return [Problem(wacz.DIGEST, f"missing or unreadable ({exc})")]
    if recorded.get("path") != wacz.DATAPACKAGE or recorded.get("hash") != wacz.sha256_label(
        package_bytes
    ):
        return [Problem(wacz.DATAPACKAGE, f"changed: SHA-256 differs from {wacz.DIGEST}")]
    return []


def _check_pages(archive: zipfile.ZipFile, named: set[str]) -> list[Problem]:
    if wacz.PAGES in named:
        return []
    try:
        first = archive.read(wacz.PAGES).decode().splitlines()[0]
        header = json.loads(first)
    except (KeyError, ValueError, IndexError):
        return [Problem(wacz.PAGES, "missing or unreadable")]
    if header.get("format") != wacz.PAGES_HEADER["format"]:
        return [Problem(wacz.PAGES, "the first line is not the json-pages-1.0 header")]
    return []
