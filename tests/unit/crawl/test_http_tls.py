"""TLS on pinned connections: the certificate is checked against the URL's name (sent as SNI),
not the address connected to, and a kept-alive connection for one name is never used for another
name on the same address. A test CA and certificate are made here with `cryptography`."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from wildtrace.crawl import connections
from wildtrace.crawl import guard as guard_module
from wildtrace.crawl.guard import Guard, IPAddress
from wildtrace.crawl.http import Fetcher, FetchError, FetchPolicy

NAMES = {"shop.test": "127.0.0.1", "other.test": "127.0.0.1"}


def _cert(
    subject: str, issuer: x509.Name | None, key: ec.EllipticCurvePrivateKey, signer: object
) -> x509.Certificate:
    now = datetime.datetime.now(datetime.UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer or name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
    )
    if issuer is None:
        builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=0), True)
        builder = builder.add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), True
        )
        builder = builder.add_extension(
            x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False
        )
    else:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.DNSName(subject)]), False)
        builder = builder.add_extension(x509.BasicConstraints(ca=False, path_length=None), True)
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(signer.public_key()),  # type: ignore[attr-defined]
            False,
        )
    return builder.sign(signer, hashes.SHA256())  # type: ignore[arg-type]


@dataclass
class TLSSite:
    port: int
    ca_pem: bytes
    sni: list[str | None] = field(default_factory=list)
    hosts: list[str] = field(default_factory=list)
    proxy_auth: list[str | None] = field(default_factory=list)


@pytest.fixture
def tls_site(tmp_path: Path) -> Iterator[TLSSite]:
    """An HTTPS server on 127.0.0.1 whose certificate names shop.test only."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = _cert("wildtrace test CA", None, ca_key, ca_key)
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = _cert("shop.test", ca.subject, key, ca_key)
    (tmp_path / "leaf.pem").write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    site = TLSSite(0, ca.public_bytes(serialization.Encoding.PEM))

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            site.hosts.append(self.headers.get("Host", ""))
            site.proxy_auth.append(self.headers.get("Proxy-Authorization"))
            body = b"<html><h1>ok</h1></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "leaf.pem", tmp_path / "key.pem")

    def on_sni(sock: ssl.SSLObject, name: str | None, ctx: ssl.SSLContext) -> None:
        site.sni.append(name)

    context.sni_callback = on_sni  # type: ignore[assignment]
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.handle_error = lambda *args: None  # type: ignore[method-assign]
    server.socket = context.wrap_socket(server.socket, server_side=True)
    site.port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield site
    server.shutdown()
    server.server_close()


@pytest.fixture
def trusting(tls_site: TLSSite, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fetcher trusts the test CA, and the guard (only) resolves the test names."""

    def context() -> ssl.SSLContext:
        return ssl.create_default_context(cadata=tls_site.ca_pem.decode())

    async def resolve(host: str) -> list[IPAddress]:
        return [ipaddress.ip_address(NAMES.get(host, host))]

    monkeypatch.setattr(connections, "tls_context", context)
    monkeypatch.setattr(guard_module, "resolve", resolve)


def _fetch_all(urls: list[str]) -> list[object]:
    async def main() -> list[object]:
        fetcher = Fetcher(Guard(["127.0.0.1"]), FetchPolicy(retries=0, timeout=5))
        results: list[object] = []
        try:
            for url in urls:
                try:
                    results.append(await fetcher.fetch(url))
                except FetchError as exc:
                    results.append(exc)
        finally:
            await fetcher.aclose()
        return results

    return asyncio.run(main())


@pytest.mark.usefixtures("trusting")
def test_certificate_is_checked_against_the_name_not_the_address(tls_site: TLSSite) -> None:
    port = tls_site.port
    ok, again, other, literal = _fetch_all(
        [
            f"https://shop.test:{port}/a",
            f"https://shop.test:{port}/b",
            f"https://other.test:{port}/",  # same address and port, a name the cert lacks
            f"https://127.0.0.1:{port}/",
        ]
    )
    assert getattr(ok, "status_code", None) == 200
    assert getattr(again, "status_code", None) == 200
    assert ok.peer == "127.0.0.1"  # type: ignore[attr-defined]
    assert tls_site.hosts == [f"shop.test:{port}"] * 2
    assert tls_site.sni[0] == "shop.test"
    assert "other.test" in tls_site.sni  # a connection of its own, not shop.test's kept one
    for refused in (other, literal):
        assert isinstance(refused, FetchError)
        assert "TLS certificate refused" in str(refused)
        assert not refused.transient


def test_an_unknown_certificate_authority_is_refused(
    tls_site: TLSSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def resolve(host: str) -> list[IPAddress]:
        return [ipaddress.ip_address(NAMES.get(host, host))]

    monkeypatch.setattr(guard_module, "resolve", resolve)
    (refused,) = _fetch_all([f"https://shop.test:{tls_site.port}/"])
    assert isinstance(refused, FetchError)
    assert "TLS certificate refused" in str(refused)
    assert tls_site.hosts == []


def _connect_proxy(heads: list[bytes]) -> tuple[socket.socket, int]:
    """An HTTP proxy that tunnels every CONNECT to 127.0.0.1 (the port asked for), after
    recording the request head."""
    listener = socket.create_server(("127.0.0.1", 0))

    def pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            dst.close()

    def serve() -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            head = b""
            while b"\r\n\r\n" not in head:
                head += client.recv(4096)
            heads.append(head)
            port = int(head.split(b" ")[1].rsplit(b":", 1)[1])
            upstream = socket.create_connection(("127.0.0.1", port))
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            threading.Thread(target=pipe, args=(client, upstream), daemon=True).start()
            threading.Thread(target=pipe, args=(upstream, client), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    return listener, listener.getsockname()[1]


@pytest.mark.usefixtures("trusting")
def test_https_through_an_http_proxy_keeps_its_credentials_off_the_site(
    tls_site: TLSSite,
) -> None:
    heads: list[bytes] = []
    listener, proxy_port = _connect_proxy(heads)

    async def main() -> object:
        policy = FetchPolicy(retries=0, timeout=5, proxy=f"http://u:p@127.0.0.1:{proxy_port}")
        fetcher = Fetcher(Guard(), policy)
        try:
            return await fetcher.fetch(f"https://shop.test:{tls_site.port}/")
        finally:
            await fetcher.aclose()

    try:
        page = asyncio.run(main())
    finally:
        listener.close()
    assert getattr(page, "status_code", None) == 200
    assert heads[0].startswith(f"CONNECT shop.test:{tls_site.port} HTTP/1.1".encode())
    assert b"Proxy-Authorization: Basic dTpw" in heads[0]  # base64 of "u:p"
    assert tls_site.sni == ["shop.test"]
    assert tls_site.proxy_auth == [None]  # never inside the tunnel
