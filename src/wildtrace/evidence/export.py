"""Export a capture as an evidence package: custody event, manifest, timestamps, zip."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from wildtrace.config import Settings
from wildtrace.crawl.guard import Guard
from wildtrace.evidence import custody
from wildtrace.evidence.blobs import BlobStore
from wildtrace.evidence.package import PackageError, build_files, manifest_for, write_package
from wildtrace.evidence.report import report_pdf
from wildtrace.evidence.timestamp import TimestampToken, stamp_with_all
from wildtrace.store.db import Store
from wildtrace.store.models import Capture


@dataclass(frozen=True)
class ExportResult:
    path: Path
    manifest_sha256: str
    tokens: tuple[TimestampToken, ...]
    timestamp_errors: tuple[str, ...]


def export_capture(
    store: Store, settings: Settings, capture_id: int, out: Path, reason: str = ""
) -> ExportResult:
    """Write the package; the export is itself a custody event, inside the package's ledger."""
    subject = f"capture:{capture_id}"
    with store.transaction() as session:
        capture = session.get(Capture, capture_id)
        if capture is None:
            raise PackageError(f"no capture {capture_id}")
        custody.append(session, subject, "exported", reason, {"file": out.name})
        files = build_files(session, BlobStore(settings.blob_dir), capture)
        # the report lists the other files' hashes; the final manifest then covers it too
        draft = manifest_for(files, subject, settings.tsa_urls)
        files["report.pdf"] = report_pdf(settings, files, draft)
        manifest = manifest_for(files, subject, settings.tsa_urls)
        digest = hashlib.sha256(manifest).digest()
        tokens, errors = stamp_with_all(digest, settings.tsa_urls, Guard(settings.allow_hosts))
        write_package(out, files, manifest, tokens)
    return ExportResult(out, digest.hex(), tuple(tokens), tuple(errors))
