"""The human-readable evidence report (PDF): what was captured, when, how, the hashes, the
custody chain, the screenshots, and what the package proves and does not.

Written as HTML by us and printed to PDF by Debian's Chromium with every network request
refused, so the report needs no font or file from outside and renders CJK and Thai text. A
`ReportPrinter` keeps one browser for many reports (a case's hundred packages start Chromium
once) on one event loop of its own.
"""

from __future__ import annotations

import asyncio
import base64
import html
import json
from typing import Any, Self

from wildtrace.config import Settings
from wildtrace.crawl.browser import BrowserRenderer
from wildtrace.evidence import ledger_extract
from wildtrace.evidence.layout import ITEM, LEDGER
from wildtrace.evidence.package import README

STYLE = """body{font-family:sans-serif;font-size:10pt;margin:1.5cm}h1{font-size:16pt}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:3px;
text-align:left;vertical-align:top;word-break:break-all}img{max-width:100%;border:1px solid #999}
pre{white-space:pre-wrap}"""


def _rows(pairs: list[tuple[str, Any]]) -> str:
    return "".join(
        f"<tr><th>{html.escape(k)}</th><td>{html.escape(str(v))}</td></tr>" for k, v in pairs
    )


def _capture_section(files: dict[str, bytes], folder: str, authorities: str, tool: str) -> str:
    meta = json.loads(files[f"{folder}/capture.json"])
    images = [i for i in meta.get("images", []) if "path" in i]
    refused = [i for i in meta.get("images", []) if "error" in i]
    table = _rows(
        [
            ("Role", meta["role"]),
            ("URL", meta["url"]),
            ("Final URL", meta["final_url"]),
            ("Redirects", ", ".join(meta["redirects"]) or "none"),
            ("HTTP status", meta["status_code"]),
            ("IP address contacted", meta["peer"]),
            ("Fetched at (UTC)", meta["fetched_at"]),
            ("Tool", tool),
            ("Body SHA-256", meta["sha256"]),
            ("Timestamp authorities", authorities),
            ("Images kept", f"{len(images)} (not kept: {len(refused)})"),
        ]
    )
    shot = files.get(f"{folder}/screenshot.png")
    image = (
        f'<h3>Screenshot</h3><img src="data:image/png;base64,{base64.b64encode(shot).decode()}">'
        if shot
        else "<p>No screenshot: this capture was not rendered in a browser.</p>"
    )
    return f"<h2>Capture {meta['capture_id']}</h2><table>{table}</table>{image}"


def report_html(files: dict[str, bytes], manifest: bytes) -> str:
    listed = json.loads(manifest)
    _, events = ledger_extract.parse_extract(files[LEDGER])
    subject = listed["subject"]
    shown = ledger_extract.full_events(events)
    withheld = len(events) - len(shown)
    custody_rows = "".join(
        f"<tr><td>{e['seq']}</td><td>{html.escape(e['subject'])}</td>"
        f"<td>{html.escape(e['at'])}</td><td>{html.escape(e['event'])}"
        f"</td><td>{html.escape(e['actor'])}</td><td>{html.escape(e['reason'])}</td>"
        f"<td>{e['hash'][:16]}…</td></tr>"
        for e in shown
    )
    hashes = "".join(
        f"<tr><td>{html.escape(f['path'])}</td><td>{f['sha256']}</td><td>{f['size']}</td></tr>"
        for f in listed["files"]
    )
    authorities = ", ".join(listed.get("timestamp_authorities", [])) or (
        "none configured: the capture time rests on this machine's clock"
    )
    item = json.loads(files[ITEM]) if ITEM in files else None
    item_table = (
        "<table>"
        + _rows(
            [
                ("Evidence id", item["evidence_id"]),
                ("Taken by", item["operator"]),
                ("Why", item["reason"] or "not given"),
                ("Case", item["case"] or "none"),
                ("Patrol run / alert", f"{item['run_id'] or '-'} / {item['alert_id'] or '-'}"),
                ("Note", item["note"] or ""),
            ]
        )
        + "</table>"
        if item
        else ""
    )
    folders = sorted(
        {p.rsplit("/", 1)[0] for p in files if p.endswith("/capture.json")},
        key=lambda f: int(f.rsplit("-", 1)[1]),
    )
    sections = "".join(_capture_section(files, f, authorities, listed["tool"]) for f in folders)
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{STYLE}</style></head>
<body><h1>Evidence report — {html.escape(subject)}</h1>{item_table}{sections}
<h2>Files and hashes (manifest.json)</h2>
<table><tr><th>file</th><th>SHA-256</th><th>bytes</th></tr>{hashes}</table>
<h2>Chain of custody</h2><table><tr><th>#</th><th>subject</th><th>at (UTC)</th><th>event</th>
<th>who</th><th>why</th><th>hash</th></tr>{custody_rows}</table>
<p>{withheld} events of other subjects in between are withheld: the package shows them only by
their number and hashes, so the chain can be followed without disclosing others' work.</p>
<h2>What this package proves, and what it does not</h2><pre>{html.escape(README)}</pre>
</body></html>"""


class ReportPrinter:
    """Prints reports to PDF with one browser, started at the first report; use as `with`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._runner: asyncio.Runner | None = None
        self._renderer: BrowserRenderer | None = None
        self.started = 0  # browsers started (one, however many reports)

    def __enter__(self) -> Self:
        self._runner = asyncio.Runner()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._runner is None:
            return
        if self._renderer is not None:
            self._runner.run(self._renderer.__aexit__(None, None, None))
            self._renderer = None
        self._runner.close()
        self._runner = None

    def print(self, files: dict[str, bytes], manifest: bytes) -> bytes:
        if self._runner is None:
            raise RuntimeError("ReportPrinter used outside `with`")
        if self._renderer is None:
            renderer = BrowserRenderer(self.settings)
            self._renderer = self._runner.run(renderer.__aenter__())
            self.started += 1
        return self._runner.run(self._renderer.print_html(report_html(files, manifest)))


def report_pdf(settings: Settings, files: dict[str, bytes], manifest: bytes) -> bytes:
    with ReportPrinter(settings) as printer:
        return printer.print(files, manifest)
