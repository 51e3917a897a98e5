"""Export an evidence item (or one capture) as a package: custody event, manifest, report,
timestamps, zip. Several exports in one process can share one browser for their reports."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from wildtrace.config import Settings
from wildtrace.crawl.guard import Guard
from wildtrace.evidence import custody
from wildtrace.evidence.blobs import BlobStore
from wildtrace.evidence.items import load_subject
from wildtrace.evidence.layout import build_files
from wildtrace.evidence.package import manifest_for, write_package
from wildtrace.evidence.report import ReportPrinter
from wildtrace.evidence.timestamp import TimestampToken, stamp_with_all
from wildtrace.store.db import Store


@dataclass(frozen=True)
class ExportResult:
    path: Path
    subject: str
    manifest_sha256: str
    tokens: tuple[TimestampToken, ...]
    timestamp_errors: tuple[str, ...]


def export_evidence(
    store: Store,
    settings: Settings,
    ref: str,
    out: Path,
    reason: str = "",
    printer: ReportPrinter | None = None,
) -> ExportResult:
    """Write the package of `ref` (an evidence id "E-7" or a capture id "12"); the export is
    itself a custody event, inside the package's ledger. Raises PackageError."""
    if printer is None:
        with ReportPrinter(settings) as own:
            return export_evidence(store, settings, ref, out, reason, own)
    with store.transaction() as session:
        subject = load_subject(session, ref)
        custody.append(session, subject.key, "exported", reason, {"file": out.name})
        files = build_files(session, BlobStore(settings.blob_dir), subject)
        # the report lists the other files' hashes; the final manifest then covers it too
        draft = manifest_for(files, subject.key, settings.tsa_urls)
        files["report.pdf"] = printer.print(files, draft)
        manifest = manifest_for(files, subject.key, settings.tsa_urls)
        digest = hashlib.sha256(manifest).digest()
        tokens, errors = stamp_with_all(digest, settings.tsa_urls, Guard(settings.allow_hosts))
        write_package(out, files, manifest, tokens)
    return ExportResult(out, subject.key, digest.hex(), tuple(tokens), tuple(errors))


def export_capture(
    store: Store, settings: Settings, capture_id: int, out: Path, reason: str = ""
) -> ExportResult:
    """One capture by its id, as before evidence items existed."""
    return export_evidence(store, settings, str(capture_id), out, reason)


def export_many(
    store: Store, settings: Settings, refs: list[str], folder: Path, reason: str = ""
) -> list[ExportResult]:
    """One package per evidence id (or capture id) into `folder`, with one browser for all
    their reports: Chromium starts once, not once per package."""
    folder.mkdir(parents=True, exist_ok=True)
    with ReportPrinter(settings) as printer:
        return [
            export_evidence(store, settings, ref, folder / f"{ref}.zip", reason, printer)
            for ref in refs
        ]
