"""RFC 3161 timestamps against a local TSA built on `openssl ts` (no network beyond 127.0.0.1)."""

from __future__ import annotations

import hashlib
import socket
import subprocess
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from rfc3161_client import HashAlgorithm, TimestampRequestBuilder

from wildtrace.crawl.guard import Guard
from wildtrace.evidence.timestamp import (
    TimestampError,
    TimestampToken,
    encode_request,
    request_timestamp,
    stamp_with_all,
    verify_token,
)

pytestmark = pytest.mark.integration

DIGEST = hashlib.sha256(b"manifest").digest()
EXTENSIONS = """\
[root]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[tsa]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,nonRepudiation
extendedKeyUsage = critical,timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
"""


def openssl(*args: str | Path) -> None:
    subprocess.run(["openssl", *map(str, args)], check=True, capture_output=True, timeout=30)


def key_args(kind: str) -> list[str]:
    return (
        ["-newkey", "rsa:2048"]
        if kind == "rsa"
        else ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"]
    )


def make_root(folder: Path, name: str, kind: str = "rsa") -> Path:
    cert = folder / f"{name}.pem"
    openssl(
        "req",
        "-x509",
        *key_args(kind),
        "-nodes",
        "-keyout",
        folder / f"{name}.key",
        "-out",
        cert,
        "-days",
        "2",
        "-subj",
        f"/CN={name}",
        "-config",
        folder / "ext.cnf",
        "-extensions",
        "root",
    )
    return cert


@dataclass
class TSA:
    url: str
    root_pem: str
    other_root_pem: str
    requests: list[str]


def write_tsa_config(folder: Path) -> Path:
    config = folder / "ts.cnf"
    (folder / "serial").write_text("01\n")
    config.write_text(f"""\
[tsa]
default_tsa = tsa_section
[tsa_section]
serial = {folder / "serial"}
crypto_device = builtin
signer_cert = {folder / "tsa.pem"}
signer_key = {folder / "tsa.key"}
certs = {folder / "chain.pem"}
signer_digest = sha256
default_policy = 1.2.3.4.1
other_policies = 1.2.3.4.5
digests = sha256
ess_cert_id_alg = sha256
accuracy = secs:1, millisecs:500
ordering = no
tsa_name = no
ess_cert_id_chain = no
""")
    return config


def make_handler(folder: Path, config: Path, seen: list[str]) -> type[BaseHTTPRequestHandler]:
    lock = threading.Lock()  # one `openssl ts -reply` at a time: it updates the serial file

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            seen.append(self.path)
            query = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if self.path == "/html":
                return self.answer(200, "text/html", b"<p>not a TSA</p>")
            query_file = folder / f"{uuid.uuid4().hex}.tsq"
            query_file.write_bytes(query)
            reply_file = query_file.with_suffix(".tsr")
            args = ["ts", "-reply", "-config", config, "-queryfile", query_file, "-out", reply_file]
            with lock:
                result = subprocess.run(
                    ["openssl", *map(str, args)], capture_output=True, timeout=20, check=False
                )
            if result.returncode != 0:
                return self.answer(500, "text/plain", result.stderr)
            return self.answer(200, "application/timestamp-reply", reply_file.read_bytes())

        def answer(self, status: int, content_type: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@pytest.fixture(scope="module", params=["rsa", "ec"])
def tsa(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TSA]:
    """A test root CA, a TSA certificate it signed (critical timeStamping EKU), and an HTTP TSA
    on 127.0.0.1 answering with `openssl ts -reply`. The token carries the chain (TSA + root)."""
    kind: str = request.param
    folder = tmp_path_factory.mktemp(f"tsa-{kind}")
    (folder / "ext.cnf").write_text(EXTENSIONS)
    root = make_root(folder, "root", kind)
    other = make_root(folder, "other")
    openssl(
        "req",
        *key_args(kind),
        "-nodes",
        "-keyout",
        folder / "tsa.key",
        "-out",
        folder / "tsa.csr",
        "-subj",
        "/CN=Test TSA",
    )
    openssl(
        "x509",
        "-req",
        "-in",
        folder / "tsa.csr",
        "-CA",
        root,
        "-CAkey",
        folder / "root.key",
        "-set_serial",
        "2",
        "-days",
        "2",
        "-out",
        folder / "tsa.pem",
        "-extfile",
        folder / "ext.cnf",
        "-extensions",
        "tsa",
    )
    (folder / "chain.pem").write_text((folder / "tsa.pem").read_text() + root.read_text())
    seen: list[str] = []
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), make_handler(folder, write_tsa_config(folder), seen)
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield TSA(
            f"http://127.0.0.1:{server.server_address[1]}/tsa",
            root.read_text(),
            other.read_text(),
            seen,
        )
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture(scope="module")
def token(tsa: TSA) -> TimestampToken:
    return request_timestamp(DIGEST, tsa.url, Guard(["127.0.0.1"]), timeout=10)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_request_encoding_matches_the_library_builder() -> None:
    built = TimestampRequestBuilder(b"manifest", HashAlgorithm.SHA256, nonce=True).build()
    assert built.nonce is not None
    assert encode_request(DIGEST, built.nonce) == built.as_bytes()


def test_stamp_verifies_with_the_test_root(tsa: TSA, token: TimestampToken) -> None:
    assert token.digest_sha256 == DIGEST.hex()
    assert token.authority == tsa.url
    assert token.gen_time.endswith("Z")
    assert len(token.tsa_certificates_pem) == 2  # TSA certificate and root, signer first
    signer = x509.load_pem_x509_certificate(token.tsa_certificates_pem[0].encode())
    assert signer.subject.rfc4514_string() == "CN=Test TSA"
    assert verify_token(token, DIGEST, [tsa.root_pem]) == []
    assert verify_token(token, DIGEST) == []


def test_other_digest_is_an_imprint_problem(token: TimestampToken) -> None:
    problems = verify_token(token, hashlib.sha256(b"other manifest").digest())
    assert len(problems) == 1
    assert problems[0].startswith("imprint:")


def test_flipped_signature_is_a_signature_problem(tsa: TSA, token: TimestampToken) -> None:
    damaged = bytearray(token.response_der)
    damaged[-1] ^= 0x01  # OpenSSL puts no unsigned attributes: the last byte is the signature's
    problems = verify_token(replace(token, response_der=bytes(damaged)), DIGEST, [tsa.root_pem])
    assert len(problems) == 1
    assert problems[0].startswith("signature:")
    assert "does not verify" in problems[0]


def test_altered_token_content_is_caught(tsa: TSA, token: TimestampToken) -> None:
    at = token.response_der.index(DIGEST)  # the imprint inside the signed TSTInfo
    altered = bytearray(token.response_der)
    altered[at] ^= 0x01
    problems = verify_token(replace(token, response_der=bytes(altered)), DIGEST, [tsa.root_pem])
    assert any(p.startswith("imprint:") for p in problems)
    assert any("message digest does not match" in p for p in problems)


def test_edited_record_disagrees_with_the_signed_response(token: TimestampToken) -> None:
    problems = verify_token(replace(token, gen_time="2001-01-01T00:00:00Z"), DIGEST)
    assert len(problems) == 1
    assert problems[0].startswith("record: gen_time")


def test_truncated_response_is_undecodable(token: TimestampToken) -> None:
    cut = replace(token, response_der=token.response_der[: len(token.response_der) // 2])
    problems = verify_token(cut, DIGEST)
    assert len(problems) == 1
    assert problems[0].startswith("undecodable:")


def test_another_root_is_a_chain_problem(tsa: TSA, token: TimestampToken) -> None:
    problems = verify_token(token, DIGEST, [tsa.other_root_pem])
    assert len(problems) == 1
    assert problems[0].startswith("chain:")
    assert "self-signed certificate in certificate chain" in problems[0]  # the token's own root
    assert verify_token(token, DIGEST, [])[0].startswith("chain: no trusted roots")


def test_guard_refuses_internal_tsa_before_any_request(tsa: TSA) -> None:
    before = len(tsa.requests)
    with pytest.raises(TimestampError) as caught:
        request_timestamp(DIGEST, tsa.url, Guard(), timeout=5)
    assert caught.value.authority == tsa.url
    assert "internal" in caught.value.reason
    assert len(tsa.requests) == before  # the local TSA never saw a request
    with pytest.raises(TimestampError, match="internal"):
        request_timestamp(DIGEST, "http://10.0.0.1/tsr", Guard(), timeout=5)


def test_reply_of_wrong_content_type_is_refused(tsa: TSA) -> None:
    url = tsa.url.rsplit("/", 1)[0] + "/html"
    with pytest.raises(TimestampError, match="content type"):
        request_timestamp(DIGEST, url, Guard(["127.0.0.1"]), timeout=5)


def test_stamp_with_all_keeps_successes_and_errors(tsa: TSA) -> None:
    dead = f"http://127.0.0.1:{closed_port()}/tsa"
    tokens, errors = stamp_with_all(DIGEST, [tsa.url, dead], Guard(["127.0.0.1"]), timeout=5)
    assert [t.authority for t in tokens] == [tsa.url]
    assert len(errors) == 1
    assert errors[0].startswith(dead)
    assert verify_token(tokens[0], DIGEST, [tsa.root_pem]) == []


def test_json_round_trip(token: TimestampToken) -> None:
    data = token.to_json()
    assert isinstance(data["response_base64"], str)
    assert TimestampToken.from_json(data) == token
