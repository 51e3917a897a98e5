"""Write an evidence package (zip): the manifest, the WACZ datapackage, the zip itself.

Layout: the WACZ 1.1.1 parts (archive/data.warc.gz, indexes/index.cdx, pages/pages.jsonl,
datapackage.json, datapackage-digest.json; see wacz.py) and wildtrace's own: files/capture-<id>/
(body, metadata, screenshot, PDF, DOM, images), files/evidence.json (the evidence item),
custody/extract.jsonl (this package's custody events, others' as stubs; ledger_extract.py),
manifest.json (every file's SHA-256 and size), timestamps/*.json (RFC 3161 tokens over the
manifest's hash), report.pdf and README.txt (what the package proves and what it does not).
layout.py gathers the files; verify.py checks a package offline.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from wildtrace import __version__
from wildtrace.evidence import wacz
from wildtrace.evidence.timestamp import TimestampToken
from wildtrace.evidence.verify import MANIFEST

README = """wildtrace evidence package
==========================
What it holds: the HTTP exchanges of the captures and of the listing's images
(archive/data.warc.gz), the body as served and the browser's view (files/capture-<id>/), each
capture's metadata, the page's text and fields as read from the body (extracted.json, derived:
anyone can recompute it from the body), the evidence item (files/evidence.json: who, why, which
case or patrol), the custody events of this item and its captures up to this export
(custody/extract.jsonl), and RFC 3161 timestamps over manifest.json when an authority was
configured. manifest.json lists every file with its SHA-256. The package is also a WACZ 1.1.1
web archive (datapackage.json): renamed to .wacz, ReplayWeb.page replays it.

What it proves: that these exact bytes were received from the address named, as recorded by
wildtrace at the time in the capture, that nobody changed them since the manifest was hashed,
and - with a timestamp - that the manifest existed no later than the authority's time.
What it does not prove: what the site's owner meant or who wrote the listing; that the site
showed the same thing to everyone; anything about events outside the capture.

Custody: the ledger is shared with other investigations, so custody/extract.jsonl holds in
full only the events of this item and its captures, from the first of them to this export.
Every other event in that span is a stub: its number, the hash of the event before it and its
own hash, nothing else. The verifier re-hashes every full event, follows every link and checks
that no number is missing, so altering, removing or reordering an event breaks the chain; and
each capture's WARC and body must match the hashes recorded when it was taken. A stub's
content is withheld, so it cannot be re-hashed: the package alone does not prove what a stub
stands for, nor that a stub is not an event of this item hidden from view; the agency holding
the ledger can confirm every stub against it (wildtrace evidence verify-ledger --package
<this zip>).

Time: manifest.json "timestamp_authorities" lists the RFC 3161 authorities asked; when it is
empty, no trusted timestamp was requested and the capture time rests on this machine's clock.

Verify offline: wildtrace evidence verify <this zip>
"""


def manifest_for(files: dict[str, bytes], subject: str, authorities: tuple[str, ...]) -> bytes:
    entries = [
        {"path": p, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
        for p, d in sorted(files.items())
    ]
    return json.dumps(
        {
            "format": "wildtrace-evidence/2",  # 2: custody extract, not the ledger
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
