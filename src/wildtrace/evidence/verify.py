"""Verify an evidence package offline: it needs nothing but the zip.

Every file is checked against manifest.json (SHA-256 and size; gzip streams read to the end,
since a truncated .warc.gz can still look whole to WARC tools), the custody chain is re-hashed,
each RFC 3161 timestamp is checked against the manifest's hash, and the WACZ parts
(datapackage.json, its digest, the pages header) are checked too. Each problem names the file
or record and why; a file that fails several checks is named once for its content.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wildtrace.evidence import custody, wacz
from wildtrace.evidence.timestamp import TimestampToken, verify_token

MANIFEST = "manifest.json"
LEDGER = "custody/ledger.jsonl"
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
        problems += _check_ledger(archive)
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


def _check_ledger(archive: zipfile.ZipFile) -> list[Problem]:
    try:
        lines = archive.read(LEDGER).decode().splitlines()
        events = [json.loads(line) for line in lines if line.strip()]
    except (KeyError, ValueError) as exc:
        return [Problem(LEDGER, f"missing or unreadable ({exc})")]
    problems = [Problem(LEDGER, str(p)) for p in custody.verify_events(events)]
    if events and events[0]["seq"] != 1:
        problems.append(Problem(LEDGER, "the chain does not start at event 1"))
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
