"""An HTTPS capture keeps the server's certificate chain, protocol and cipher: in the WARC (whose
hash custody records), on the capture, and in the exported package as tls-chain.pem."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from cryptography import x509
from sqlalchemy import select
from tests.unit.crawl.test_http_tls import TLSSite, tls_site, trusting  # noqa: F401
from typer.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

from wildtrace.cli import app
from wildtrace.config import Settings
from wildtrace.crawl.capture import capture_url
from wildtrace.evidence.blobs import BlobStore
from wildtrace.store.db import Store
from wildtrace.store.models import Capture

pytestmark = pytest.mark.integration


@pytest.mark.usefixtures("trusting")
def test_https_capture_keeps_the_certificate_chain(
    tls_site: TLSSite,  # noqa: F811 - the fixture imported above
    store: Store,
    settings: Settings,
    tmp_path: Path,
) -> None:
    url = f"https://shop.test:{tls_site.port}/listing"
    result = capture_url(store, settings, url, "tls test")
    tls = result.page.tls
    assert tls is not None and tls.protocol.startswith("TLS") and tls.cipher
    leaf, ca = (x509.load_der_x509_certificate(der) for der in tls.chain_der)
    assert leaf.subject.rfc4514_string() == "CN=shop.test"
    assert ca.subject.rfc4514_string() == "CN=wildtrace test CA"  # the verified chain

    with store.sessions() as session:
        row = session.scalars(select(Capture)).one()
    assert row.tls is not None
    assert [c["subject"] for c in row.tls["certificates"]] == [
        "CN=shop.test",
        "CN=wildtrace test CA",
    ]
    blobs = BlobStore(settings.blob_dir)
    pem = blobs.get(row.tls["chain_sha256"])
    assert [c.subject for c in x509.load_pem_x509_certificates(pem)] == [leaf.subject, ca.subject]

    assert row.warc_sha256 is not None
    records = [  # (type, headers, content), read as the iterator passes each record
        (r.rec_type, r.rec_headers, r.content_stream().read())
        for r in ArchiveIterator(io.BytesIO(blobs.get(row.warc_sha256)))
    ]
    [(_, meta, content)] = [r for r in records if r[0] == "metadata"]
    [(_, response, _)] = [r for r in records if r[0] == "response"]
    assert meta.get_header("WARC-Concurrent-To") == response.get_header("WARC-Record-ID")
    assert meta.get_header("WARC-TLS-Protocol") == tls.protocol
    assert content == pem

    out = tmp_path / "tls.zip"
    exported = CliRunner().invoke(app, ["evidence", "export", str(row.id), str(out)])
    assert exported.exit_code == 0, exported.stderr
    with zipfile.ZipFile(out) as archive:
        assert archive.read(f"files/capture-{row.id}/tls-chain.pem") == pem
        meta_json = json.loads(archive.read(f"files/capture-{row.id}/capture.json"))
    assert meta_json["tls"]["certificates"][0]["subject"] == "CN=shop.test"
    assert CliRunner().invoke(app, ["evidence", "verify", str(out)]).exit_code == 0
