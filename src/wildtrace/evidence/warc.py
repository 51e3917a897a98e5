"""Every capture as a WARC file: the request wildtrace sent and the response it got.

WARC (ISO 28500) is what web archives and courts' experts read; warcio writes it. The body is
the bytes as received after transfer decoding (the HTTP client removes gzip), so the record's
Content-Encoding header is dropped to keep the file readable; the original header list stays in
the capture record. The WARC file itself goes to the content-addressed blob store. A page fetched
logged in shows its Cookie request header, and any Set-Cookie response header, with the value
redacted (a session cookie is as good as the account's password, and evidence travels), and its
warcinfo record says so. Over HTTPS, a metadata record holds the server's certificate chain
(PEM, leaf first) with the TLS protocol and cipher.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

from wildtrace import __version__
from wildtrace.crawl.cookies import REDACTED, SessionPage
from wildtrace.crawl.tls import chain_pem
from wildtrace.domain.listing import FetchedPage

DROPPED_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})
REASONS = {200: "OK", 301: "Moved Permanently", 302: "Found", 404: "Not Found", 410: "Gone"}


def capture_warc(page: FetchedPage, user_agent: str, when: datetime | None = None) -> bytes:
    """A gzipped WARC with a warcinfo, the request and the response records of one capture."""
    stamp = (when or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True, warc_version="WARC/1.1")
    fields = {"software": f"wildtrace/{__version__}", "format": "WARC File Format 1.1"}
    session = page.cookie_names if isinstance(page, SessionPage) else ()
    if session:
        fields["redacted"] = (
            f"values of the request Cookie header (session cookies {', '.join(session)}) and "
            "of any Set-Cookie response header; the page was fetched logged in"
        )
    info = writer.create_warcinfo_record("capture.warc.gz", fields)
    writer.write_record(info)
    common = {"WARC-Date": stamp}
    if page.peer:
        common["WARC-IP-Address"] = page.peer
    parts = urlsplit(page.final_url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    sent = [("Host", parts.netloc), ("User-Agent", user_agent), ("Accept", "*/*")]
    if session:
        sent.append(("Cookie", REDACTED))
    request_headers = StatusAndHeaders(f"GET {path} HTTP/1.1", sent, is_http_request=True)
    writer.write_record(
        writer.create_warc_record(
            page.final_url, "request", http_headers=request_headers, warc_headers_dict=common
        )
    )
    kept = [(k, v) for k, v in page.headers if k.lower() not in DROPPED_HEADERS]
    kept.append(("Content-Length", str(len(page.body))))
    status = f"{page.status_code} {REASONS.get(page.status_code, 'Status')}"
    response_headers = StatusAndHeaders(status, kept, protocol="HTTP/1.1")
    response = writer.create_warc_record(
        page.final_url,
        "response",
        payload=io.BytesIO(page.body),
        length=len(page.body),
        http_headers=response_headers,
        warc_headers_dict=common,
    )
    writer.write_record(response)
    if page.tls is not None and page.tls.chain_der:
        _write_tls(writer, page, response.rec_headers.get_header("WARC-Record-ID"), common)
    return buffer.getvalue()


def _write_tls(writer: Any, page: FetchedPage, response_id: str, common: dict[str, str]) -> None:
    """The server's certificate chain as a metadata record beside the response: part of the
    WARC whose hash the custody event records."""
    assert page.tls is not None
    pem = chain_pem(page.tls)
    details = {
        **common,
        "WARC-Concurrent-To": response_id,
        "WARC-TLS-Protocol": page.tls.protocol,
        "WARC-TLS-Cipher-Suite": page.tls.cipher,
    }
    writer.write_record(
        writer.create_warc_record(
            page.final_url,
            "metadata",
            payload=io.BytesIO(pem),
            length=len(pem),
            warc_content_type="application/x-pem-file",
            warc_headers_dict=details,
        )
    )
