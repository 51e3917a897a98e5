"""The WACZ 1.1.1 parts of an evidence package, so any WACZ tool (ReplayWeb.page, py-wacz) can
open it: `archive/*.warc.gz`, `indexes/index.cdx` (CDXJ), `pages/pages.jsonl` with its header
line, `datapackage.json` listing every other file with its path, `sha256:<hex>` hash and bytes,
and `datapackage-digest.json` with the datapackage's hash (spec: specs.webrecorder.net/wacz/1.1.1).

wildtrace's own files (files/, custody/, manifest.json, report.pdf, timestamps/) sit beside
these, outside the directories WACZ reserves, and are listed in datapackage.json as the spec
asks. The SURT keys of the index are a simple form (host labels reversed, no "www.").
"""

from __future__ import annotations

import hashlib
import io
import ipaddress
import json
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

from wildtrace import __version__

WACZ_VERSION = "1.1.1"
DATAPACKAGE = "datapackage.json"
DIGEST = "datapackage-digest.json"
PAGES = "pages/pages.jsonl"
INDEX = "indexes/index.cdx"
WARC = "archive/data.warc.gz"
PAGES_HEADER = {"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}
WACZ_OWN = frozenset({DATAPACKAGE, DIGEST})


def sha256_label(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def rfc3339(when: datetime) -> str:
    """A naive time is the store's UTC, not this machine's local time."""
    aware = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return aware.strftime("%Y-%m-%dT%H:%M:%SZ")


def pages_jsonl(pages: list[dict[str, Any]]) -> bytes:
    """The header line, then one page (`url`, `ts` RFC 3339, optional `id`, `title`) a line."""
    lines = [PAGES_HEADER, *pages]
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode()


def surt(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    try:
        ipaddress.ip_address(host)
        key = host
    except ValueError:
        key = ",".join(reversed(host.split(".")))
    if parts.port:
        key += f":{parts.port}"
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return f"{key}){path.lower()}"


def cdxj_index(warc: bytes, filename: str = WARC.removeprefix("archive/")) -> bytes:
    """A sorted CDXJ line per response record: where each capture sits in the WARC."""
    lines = []
    records = ArchiveIterator(io.BytesIO(warc))
    for record in records:
        if record.rec_type != "response":
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        stamp = record.rec_headers.get_header("WARC-Date") or ""
        http = record.http_headers
        fields = {
            "url": url,
            "mime": (http.get_header("Content-Type") or "").split(";")[0].strip(),
            "status": http.get_statuscode(),
            "digest": record.rec_headers.get_header("WARC-Payload-Digest"),
            "offset": str(records.get_record_offset()),
            "filename": filename,
        }
        record.content_stream().read()
        fields["length"] = str(records.get_record_length())
        digits = "".join(c for c in stamp if c.isdigit())[:14]
        lines.append(f"{surt(url)} {digits} {json.dumps(fields)}")
    return "".join(line + "\n" for line in sorted(lines)).encode()


def datapackage(files: dict[str, bytes], title: str, main_page: dict[str, Any] | None) -> bytes:
    """datapackage.json: every file of the package but itself and its digest."""
    resources = [
        {
            "name": path.rsplit("/", 1)[-1],
            "path": path,
            "hash": sha256_label(data),
            "bytes": len(data),
        }
        for path, data in sorted(files.items())
        if path not in WACZ_OWN
    ]
    package: dict[str, Any] = {
        "profile": "data-package",
        "wacz_version": WACZ_VERSION,
        "title": title,
        "created": rfc3339(datetime.now(UTC)),
        "software": f"wildtrace {__version__}",
        "resources": resources,
    }
    if main_page is not None:
        package["mainPageUrl"] = main_page["url"]
        package["mainPageDate"] = main_page["ts"]
    return json.dumps(package, indent=2, ensure_ascii=False).encode()


def digest(datapackage_json: bytes) -> bytes:
    return json.dumps({"path": DATAPACKAGE, "hash": sha256_label(datapackage_json)}).encode()
