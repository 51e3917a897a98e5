"""The human-readable evidence report (PDF): what was captured, when, how, the hashes, the
custody chain, the screenshot, and what the package proves and does not.

Written as HTML by us and printed to PDF by Debian's Chromium with every network request
refused, so the report needs no font or file from outside and renders CJK and Thai text.
"""

from __future__ import annotations

import asyncio
import base64
import html
import json
from typing import Any

from wildtrace.config import Settings
from wildtrace.crawl.browser import BrowserRenderer
from wildtrace.evidence.package import README

STYLE = """body{font-family:sans-serif;font-size:10pt;margin:1.5cm}h1{font-size:16pt}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:3px;
text-align:left;vertical-align:top;word-break:break-all}img{max-width:100%;border:1px solid #999}
pre{white-space:pre-wrap}"""


def _rows(pairs: list[tuple[str, Any]]) -> str:
    return "".join(
        f"<tr><th>{html.escape(k)}</th><td>{html.escape(str(v))}</td></tr>" for k, v in pairs
    )


def report_html(files: dict[str, bytes], manifest: bytes) -> str:
    meta = json.loads(files["files/capture.json"])
    listed = json.loads(manifest)
    events = [json.loads(x) for x in files["custody/ledger.jsonl"].decode().splitlines() if x]
    subject = listed["subject"]
    custody_rows = "".join(
        f"<tr><td>{e['seq']}</td><td>{html.escape(e['at'])}</td><td>{html.escape(e['event'])}"
        f"</td><td>{html.escape(e['actor'])}</td><td>{html.escape(e['reason'])}</td>"
        f"<td>{e['hash'][:16]}…</td></tr>"
        for e in events
        if e["subject"] == subject
    )
    hashes = "".join(
        f"<tr><td>{html.escape(f['path'])}</td><td>{f['sha256']}</td><td>{f['size']}</td></tr>"
        for f in listed["files"]
    )
    shot = files.get("files/screenshot.png")
    image = (
        f'<h2>Screenshot</h2><img src="data:image/png;base64,{base64.b64encode(shot).decode()}">'
        if shot
        else "<p>No screenshot: the capture was not rendered in a browser.</p>"
    )
    authorities = ", ".join(listed.get("timestamp_authorities", [])) or (
        "none configured: the capture time rests on this machine's clock"
    )
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>{STYLE}</style></head>
<body><h1>Evidence report — {html.escape(subject)}</h1>
<table>{
        _rows(
            [
                ("URL", meta["url"]),
                ("Final URL", meta["final_url"]),
                ("Redirects", ", ".join(meta["redirects"]) or "none"),
                ("HTTP status", meta["status_code"]),
                ("IP address contacted", meta["peer"]),
                ("Fetched at (UTC)", meta["fetched_at"]),
                ("Tool", listed["tool"]),
                ("Body SHA-256", meta["sha256"]),
                ("Timestamp authorities", authorities),
            ]
        )
    }
</table><h2>Files and hashes (manifest.json)</h2>
<table><tr><th>file</th><th>SHA-256</th><th>bytes</th></tr>{hashes}</table>
<h2>Chain of custody</h2><table><tr><th>#</th><th>at (UTC)</th><th>event</th><th>who</th>
<th>why</th><th>hash</th></tr>{custody_rows}</table>{image}
<h2>What this package proves, and what it does not</h2><pre>{html.escape(README)}</pre>
</body></html>"""


def report_pdf(settings: Settings, files: dict[str, bytes], manifest: bytes) -> bytes:
    async def run() -> bytes:
        async with BrowserRenderer(settings) as renderer:
            return await renderer.print_html(report_html(files, manifest))

    return asyncio.run(run())
