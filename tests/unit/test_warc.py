from __future__ import annotations

import hashlib
import io

from warcio.archiveiterator import ArchiveIterator

from wildtrace.domain.listing import FetchedPage
from wildtrace.evidence.warc import capture_warc


def test_capture_warc_reads_back_with_request_response_and_ip() -> None:
    body = "<html><h1>象牙 bangle</h1></html>".encode()
    page = FetchedPage(
        url="http://example.org/item/1?x=2",
        final_url="http://example.org/item/1?x=2",
        status_code=200,
        content_type="text/html; charset=utf-8",
        headers=(("content-type", "text/html; charset=utf-8"), ("content-encoding", "gzip")),
        body=body,
        elapsed_ms=5,
        peer="93.184.216.34",
    )
    data = capture_warc(page, "wildtrace-test")
    records, payloads = [], []
    for record in ArchiveIterator(io.BytesIO(data)):  # payloads are read while iterating
        records.append(record)
        payloads.append(record.content_stream().read())
    kinds = [r.rec_type for r in records]
    assert kinds == ["warcinfo", "request", "response"]
    response = records[2]
    assert response.rec_headers.get_header("WARC-Target-URI") == page.final_url
    assert response.rec_headers.get_header("WARC-IP-Address") == "93.184.216.34"
    assert response.http_headers.get_statuscode() == "200"
    assert response.http_headers.get_header("Content-Encoding") is None
    assert hashlib.sha256(payloads[2]).hexdigest() == page.sha256
    request = records[1]
    assert request.http_headers.protocol == "GET"
