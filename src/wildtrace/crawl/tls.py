"""The TLS session of a fetch, kept with the capture: which certificate chain the server
presented (as this machine verified it), over which protocol and cipher.

Court guidance asks for it: it ties the bytes to the holder of the site's certificate at that
time. Python exposes the verified chain publicly from 3.13; on 3.11 and 3.12 the same call lives
on the SSL object's internal socket, and when neither is there only the leaf certificate is kept
(and the summary says so).
"""

from __future__ import annotations

import hashlib
import ssl
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from wildtrace.domain.listing import TlsSession

ENCODING_DER = 2  # _ssl.ENCODING_DER: the internal chain's certificates as DER


def read_tls(transport: Any) -> TlsSession | None:
    """The session of an asyncio transport, or None when it is not TLS."""
    ssl_object = transport.get_extra_info("ssl_object") if transport is not None else None
    if not isinstance(ssl_object, ssl.SSLObject | ssl.SSLSocket):
        return None
    cipher = ssl_object.cipher()
    return TlsSession(
        protocol=ssl_object.version() or "",
        cipher=cipher[0] if cipher else "",
        chain_der=_verified_chain(ssl_object),
    )


def _verified_chain(ssl_object: ssl.SSLObject | ssl.SSLSocket) -> tuple[bytes, ...]:
    public = getattr(ssl_object, "get_verified_chain", None)  # Python >= 3.13
    if public is not None:
        return tuple(bytes(c) for c in public())
    internal = getattr(getattr(ssl_object, "_sslobj", None), "get_verified_chain", None)
    if internal is not None:
        return tuple(c.public_bytes(ENCODING_DER) for c in internal())
    leaf = ssl_object.getpeercert(binary_form=True)
    return (leaf,) if leaf else ()


def chain_pem(session: TlsSession) -> bytes:
    """The chain as one PEM file, leaf first: what `openssl x509` and browsers read."""
    return b"".join(
        x509.load_der_x509_certificate(der).public_bytes(Encoding.PEM) for der in session.chain_der
    )


def describe(session: TlsSession) -> dict[str, Any]:
    """What a reader checks first: each certificate's subject, issuer, validity and SHA-256."""
    certificates = []
    for der in session.chain_der:
        cert = x509.load_der_x509_certificate(der)
        certificates.append(
            {
                "subject": cert.subject.rfc4514_string(),
                "issuer": cert.issuer.rfc4514_string(),
                "serial": format(cert.serial_number, "x"),
                "not_before": cert.not_valid_before_utc.isoformat().replace("+00:00", "Z"),
                "not_after": cert.not_valid_after_utc.isoformat().replace("+00:00", "Z"),
                "sha256": hashlib.sha256(der).hexdigest(),
            }
        )
    return {"protocol": session.protocol, "cipher": session.cipher, "certificates": certificates}


def tls_record(session: TlsSession) -> dict[str, Any]:
    """What the capture row keeps: the summary and the hash of the chain's PEM in the blobs."""
    return {**describe(session), "chain_sha256": hashlib.sha256(chain_pem(session)).hexdigest()}
