"""RFC 3161 trusted timestamps for evidence manifests.

A timestamp token from a Time-Stamping Authority (TSA) proves one thing: that the stamped
SHA-256 digest, and so the exact bytes it was computed from, existed no later than the token's
`gen_time`, according to that authority (its clock, its key, its certificate). It does NOT prove
what a site meant, who wrote or posted the content, that the capture is complete, or anything
about the content beyond the bytes that were hashed. Its weight rests on trusting the authority;
asking several independent authorities (`stamp_with_all`) limits what one bad clock or key can do.

`request_timestamp` asks one authority over HTTP (through the project's SSRF guard) and checks
the reply matches the request. `verify_token` checks a stored token OFFLINE: imprint, signature
with the TSA certificate carried in the token and, when trusted roots are given, the certificate
chain. Without trusted roots a valid signature only shows the token is intact, not who made it.
"""

from __future__ import annotations

import asyncio
import base64
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC
from typing import NamedTuple

import httpx
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding
from rfc3161_client import (
    PKIStatus,
    TimeStampResponse,
    VerificationError,
    VerifierBuilder,
    decode_timestamp_response,
)

from wildtrace.crawl.guard import BlockedURL, Guard

QUERY_TYPE = "application/timestamp-query"
REPLY_TYPE = "application/timestamp-reply"
MAX_REPLY_BYTES = 1 << 20  # real replies are a few kB; refuse to buffer a hostile stream

# DER contents of the object identifiers this module reads or writes.
OID_SHA256 = bytes.fromhex("608648016503040201")
OID_RSASSA_PSS = bytes.fromhex("2a864886f70d01010a")
OID_MESSAGE_DIGEST = bytes.fromhex("2a864886f70d010904")
DIGESTS: dict[bytes, type[hashes.HashAlgorithm]] = {
    OID_SHA256: hashes.SHA256,
    bytes.fromhex("608648016503040202"): hashes.SHA384,
    bytes.fromhex("608648016503040203"): hashes.SHA512,
}
GRANTED = (PKIStatus.GRANTED, PKIStatus.GRANTED_WITH_MODS)
SEQUENCE, SET, OCTET_STRING, CONTEXT_0 = 0x30, 0x31, 0x04, 0xA0


class TimestampError(Exception):
    """An authority did not give a usable timestamp; says which one and why."""

    def __init__(self, authority: str, reason: str) -> None:
        super().__init__(f"{authority}: {reason}")
        self.authority = authority
        self.reason = reason


@dataclass(frozen=True)
class TimestampToken:
    authority: str  # the TSA URL asked
    digest_sha256: str  # hex of the stamped digest (the message imprint)
    gen_time: str  # ISO 8601 UTC, as the token states it
    serial: str  # the token's serial number, decimal
    response_der: bytes  # the full TimeStampResp as received
    tsa_certificates_pem: tuple[str, ...]  # certificates carried in the token

    def to_json(self) -> dict[str, object]:
        return {
            "authority": self.authority,
            "digest_sha256": self.digest_sha256,
            "gen_time": self.gen_time,
            "serial": self.serial,
            "response_base64": base64.b64encode(self.response_der).decode("ascii"),
            "tsa_certificates_pem": list(self.tsa_certificates_pem),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> TimestampToken:
        def text(key: str) -> str:
            value = data.get(key)
            if not isinstance(value, str):
                raise ValueError(f"timestamp token: {key!r} must be a string")
            return value

        certificates = data.get("tsa_certificates_pem")
        if not isinstance(certificates, list) or not all(isinstance(c, str) for c in certificates):
            raise ValueError("timestamp token: 'tsa_certificates_pem' must be a list of strings")
        return cls(
            authority=text("authority"),
            digest_sha256=text("digest_sha256"),
            gen_time=text("gen_time"),
            serial=text("serial"),
            response_der=base64.b64decode(text("response_base64"), validate=True),
            tsa_certificates_pem=tuple(certificates),
        )


# --- minimal DER reading/writing --------------------------------------------------------------
# rfc3161_client exposes neither a way to send an already computed digest nor the SignerInfo's
# signed attributes and signature, so the few structures needed are read and written here.


class _Item(NamedTuple):
    tag: int
    head: int  # offset of the tag byte
    start: int  # offset of the content
    end: int  # offset just past the content


def _items(buf: bytes, start: int, end: int) -> list[_Item]:
    """The TLVs in buf[start:end] (single-byte tags, definite lengths: DER)."""
    found: list[_Item] = []
    pos = start
    while pos < end:
        head = pos
        if pos + 2 > end or buf[pos] & 0x1F == 0x1F:
            raise ValueError(f"DER: bad or truncated header at offset {pos}")
        tag, first = buf[pos], buf[pos + 1]
        pos += 2
        length, extra = first, 0
        if first >= 0x80:
            extra = first - 0x80
            if not 0 < extra <= 4 or pos + extra > end:
                raise ValueError(f"DER: unsupported length at offset {head}")
            length = int.from_bytes(buf[pos : pos + extra], "big")
        pos += extra
        if pos + length > end:
            raise ValueError(f"DER: element at offset {head} runs past its container")
        found.append(_Item(tag, head, pos, pos + length))
        pos += length
    return found


def _children(buf: bytes, item: _Item) -> list[_Item]:
    return _items(buf, item.start, item.end)


def _der(tag: int, content: bytes) -> bytes:
    size = len(content)
    if size < 0x80:
        return bytes([tag, size]) + content
    raw = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(raw)]) + raw + content


def _der_uint(value: int) -> bytes:
    return _der(0x02, value.to_bytes(value.bit_length() // 8 + 1, "big"))


def encode_request(digest: bytes, nonce: int) -> bytes:
    """TimeStampReq (RFC 3161 §2.4.1): v1, SHA-256 imprint of `digest`, nonce, certReq TRUE.
    TimestampRequestBuilder would hash its input again, stamping sha256(digest) instead."""
    algorithm = _der(SEQUENCE, _der(0x06, OID_SHA256) + b"\x05\x00")
    imprint = _der(SEQUENCE, algorithm + _der(OCTET_STRING, digest))
    return _der(SEQUENCE, _der_uint(1) + imprint + _der_uint(nonce) + b"\x01\x01\xff")


def _signed_data(der: bytes) -> list[_Item]:
    """The fields of the SignedData inside a TimeStampResp."""
    top = _items(der, 0, len(der))
    if len(top) != 1 or top[0].tag != SEQUENCE:
        raise ValueError("not a single DER SEQUENCE")
    parts = _children(der, top[0])
    if len(parts) < 2:
        raise ValueError("the response carries no time-stamp token")
    content_info = _children(der, parts[1])
    if len(content_info) != 2 or content_info[1].tag != CONTEXT_0:
        raise ValueError("the token is not a CMS ContentInfo")
    signed = _children(der, content_info[1])
    if len(signed) != 1 or signed[0].tag != SEQUENCE:
        raise ValueError("the token content is not a SignedData")
    return _children(der, signed[0])


def _sorted_certificates(der: bytes) -> bytes:
    """The response with its certificate SET OF in DER order. Some TSAs (OpenSSL's among them
    when it adds `certs`) emit the chain in chain order; rfc3161_client's strict DER parser then
    refuses the whole reply. The certificates are outside what is signed, and sorting keeps every
    length, so only this copy for parsing changes; the stored bytes stay as received."""
    certificates = next((i for i in _signed_data(der) if i.tag == CONTEXT_0), None)
    if certificates is None:
        return der
    elements = sorted(der[i.head : i.end] for i in _children(der, certificates))
    return der[: certificates.start] + b"".join(elements) + der[certificates.end :]


def _decode(der: bytes) -> TimeStampResponse:
    try:
        return decode_timestamp_response(der)
    except ValueError as first:
        try:
            fixed = _sorted_certificates(der)
        except ValueError:
            raise first from None
        if fixed == der:
            raise
        try:
            return decode_timestamp_response(fixed)
        except ValueError:
            raise first from None


# --- asking an authority ----------------------------------------------------------------------


def _check_digest(data_sha256: bytes) -> None:
    if len(data_sha256) != 32:
        raise ValueError(f"expected a 32-byte SHA-256 digest, got {len(data_sha256)} bytes")


def _post(url: str, body: bytes, timeout: float, client: httpx.Client) -> tuple[int, str, bytes]:
    headers = {"Content-Type": QUERY_TYPE, "Accept": REPLY_TYPE}
    try:
        with client.stream(
            "POST", url, content=body, headers=headers, timeout=timeout, follow_redirects=False
        ) as response:
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_REPLY_BYTES:
                    raise TimestampError(url, f"reply larger than {MAX_REPLY_BYTES} bytes")
                chunks.append(chunk)
            return response.status_code, response.headers.get("content-type", ""), b"".join(chunks)
    except httpx.HTTPError as exc:
        raise TimestampError(url, f"request failed: {type(exc).__name__}: {exc}") from exc


def _token_from_reply(url: str, digest: bytes, nonce: int, reply: bytes) -> TimestampToken:
    try:
        response = _decode(reply)
    except ValueError as exc:
        raise TimestampError(url, f"undecodable reply: {exc}") from exc
    if response.status not in GRANTED:
        detail = "; ".join(response.status_string) or "no reason given"
        raise TimestampError(url, f"not granted (status {response.status}): {detail}")
    info = response.tst_info
    if info.nonce != nonce:
        raise TimestampError(url, "the reply's nonce does not match the request (replayed?)")
    imprint = info.message_imprint
    if imprint.hash_algorithm.dotted_string != "2.16.840.1.101.3.4.2.1":
        raise TimestampError(url, "the reply's imprint is not SHA-256")
    if imprint.message != digest:
        raise TimestampError(url, "the reply stamps another digest than the one sent")
    try:
        certificates = _certificates_pem(response)
    except ValueError as exc:
        raise TimestampError(url, f"unreadable certificate in the reply: {exc}") from exc
    if not certificates:
        raise TimestampError(url, "the reply carries no TSA certificate although one was asked")
    return TimestampToken(
        authority=url,
        digest_sha256=digest.hex(),
        gen_time=_iso(response),
        serial=str(info.serial_number),
        response_der=reply,
        tsa_certificates_pem=certificates,
    )


def _iso(response: TimeStampResponse) -> str:
    moment = response.tst_info.gen_time.astimezone(UTC)
    return moment.isoformat().replace("+00:00", "Z")


def _certificates_pem(response: TimeStampResponse) -> tuple[str, ...]:
    loaded = [x509.load_der_x509_certificate(d) for d in response.signed_data.certificates]
    signer = _signer_certificate(response)
    loaded.sort(key=lambda c: (c != signer, c.public_bytes(Encoding.DER)))  # signer first
    return tuple(c.public_bytes(Encoding.PEM).decode("ascii") for c in loaded)


def request_timestamp(
    data_sha256: bytes,
    tsa_url: str,
    guard: Guard,
    *,
    timeout: float = 20,
    client: httpx.Client | None = None,
) -> TimestampToken:
    """Ask one authority to stamp `data_sha256`; raises TimestampError if it did not.

    Synchronous: the guard check runs its own event loop, so call this from a worker thread
    when inside async code. The TSA host is checked by the SSRF guard before any connection.
    """
    _check_digest(data_sha256)
    try:
        asyncio.run(guard.check(tsa_url))
    except BlockedURL as exc:
        raise TimestampError(tsa_url, f"refused by the SSRF guard: {exc}") from exc
    nonce = secrets.randbits(64)
    body = encode_request(data_sha256, nonce)
    http = client or httpx.Client(trust_env=False)
    try:
        status, content_type, reply = _post(tsa_url, body, timeout, http)
    finally:
        if client is None:
            http.close()
    if status != 200:
        raise TimestampError(tsa_url, f"HTTP {status}")
    if content_type.split(";", 1)[0].strip().lower() != REPLY_TYPE:
        raise TimestampError(
            tsa_url, f"content type {content_type or '(none)'!r}, not {REPLY_TYPE}"
        )
    return _token_from_reply(tsa_url, data_sha256, nonce, reply)


def stamp_with_all(
    data_sha256: bytes,
    tsa_urls: Iterable[str],
    guard: Guard,
    *,
    timeout: float = 20,
    client: httpx.Client | None = None,
) -> tuple[list[TimestampToken], list[str]]:
    """Ask every authority; return the tokens obtained and one error line per failure. An empty
    token list means nothing was stamped: the caller must say so (none configured/none answered)."""
    _check_digest(data_sha256)
    tokens: list[TimestampToken] = []
    errors: list[str] = []
    http = client or httpx.Client(trust_env=False)
    try:
        for url in tsa_urls:
            try:
                tokens.append(
                    request_timestamp(data_sha256, url, guard, timeout=timeout, client=http)
                )
            except TimestampError as exc:
                errors.append(str(exc))
    finally:
        if client is None:
            http.close()
    return tokens, errors


# --- offline verification ---------------------------------------------------------------------


def _signer_certificate(response: TimeStampResponse) -> x509.Certificate | None:
    signers = response.signed_data.signer_infos
    if len(signers) != 1:
        return None
    signer = next(iter(signers))
    for der in response.signed_data.certificates:
        certificate = x509.load_der_x509_certificate(der)
        if (
            certificate.issuer == signer.issuer
            and certificate.serial_number == signer.serial_number
        ):
            return certificate
    return None


class _SignerParts(NamedTuple):
    digest: type[hashes.HashAlgorithm] | None
    signed_attributes: bytes  # re-tagged as SET OF, the bytes the signature covers
    message_digest: bytes | None
    signature_oid: bytes
    signature: bytes
    content: bytes  # the encapsulated TSTInfo


def _signer_parts(der: bytes) -> _SignerParts:
    fields = _signed_data(der)
    encapsulated = _children(der, fields[2])
    wrapped = _children(der, encapsulated[1]) if len(encapsulated) == 2 else []
    if len(wrapped) != 1 or wrapped[0].tag != OCTET_STRING:
        raise ValueError("no encapsulated TSTInfo")
    signer_infos = _children(der, fields[-1])
    if fields[-1].tag != SET or len(signer_infos) != 1:
        raise ValueError("expected exactly one SignerInfo")
    signer = _children(der, signer_infos[0])
    if len(signer) < 6 or signer[3].tag != CONTEXT_0:
        raise ValueError("the SignerInfo has no signed attributes")
    algorithm = _children(der, signer[2])[0]
    signature_algorithm = _children(der, signer[4])[0]
    attributes = signer[3]
    message_digest = None
    for attribute in _children(der, attributes):
        oid, values = _children(der, attribute)[:2]
        if der[oid.start : oid.end] == OID_MESSAGE_DIGEST:
            value = _children(der, values)[0]
            message_digest = der[value.start : value.end]
    return _SignerParts(
        digest=DIGESTS.get(der[algorithm.start : algorithm.end]),
        signed_attributes=bytes([SET]) + der[attributes.head + 1 : attributes.end],
        message_digest=message_digest,
        signature_oid=der[signature_algorithm.start : signature_algorithm.end],
        signature=der[signer[5].start : signer[5].end],
        content=der[wrapped[0].start : wrapped[0].end],
    )


def _check_signature(certificate: x509.Certificate, parts: _SignerParts) -> None:
    """Raises InvalidSignature, or UnsupportedAlgorithm for keys/schemes not handled."""
    assert parts.digest is not None
    key, data, digest = certificate.public_key(), parts.signed_attributes, parts.digest()
    if isinstance(key, rsa.RSAPublicKey):
        # PSS parameters are not read: MGF1 with the same hash and any salt length is assumed
        # (the common choice); other parameters make the check fail rather than pass.
        scheme: padding.AsymmetricPadding = (
            padding.PSS(padding.MGF1(digest), padding.PSS.AUTO)
            if parts.signature_oid == OID_RSASSA_PSS
            else padding.PKCS1v15()
        )
        key.verify(parts.signature, data, scheme, digest)
    elif isinstance(key, ec.EllipticCurvePublicKey):
        key.verify(parts.signature, data, ec.ECDSA(digest))
    elif isinstance(key, ed25519.Ed25519PublicKey | ed448.Ed448PublicKey):
        key.verify(parts.signature, data)
    else:
        raise UnsupportedAlgorithm(f"{type(key).__name__} keys are not supported")


def _content_problem(parts: _SignerParts) -> str | None:
    """The signature covers the signed attributes; they bind the TSTInfo by its digest."""
    if parts.digest is None:
        return "signature: unsupported digest algorithm in the signer information"
    hasher = hashes.Hash(parts.digest())
    hasher.update(parts.content)
    if parts.message_digest != hasher.finalize():
        return "signature: the signed message digest does not match the token content (altered)"
    return None


def _signer_or_problem(response: TimeStampResponse) -> x509.Certificate | str:
    try:
        certificate = _signer_certificate(response)
    except ValueError as exc:
        return f"signature: unreadable certificate in the token: {exc}"
    if certificate is None:
        return "signature: the token carries no certificate for its signer; cannot check it"
    return certificate


def _signature_problem(der: bytes, response: TimeStampResponse) -> str | None:
    """Checks the CMS signature with the certificate in the token (rfc3161_client's Verifier
    cannot: it insists on trusted roots and reports chain and signature failures alike)."""
    certificate = _signer_or_problem(response)
    if isinstance(certificate, str):
        return certificate
    try:
        parts = _signer_parts(der)
    except (ValueError, IndexError) as exc:
        return f"signature: cannot read the signer information: {exc}"
    content = _content_problem(parts)
    if content is not None:
        return content
    try:
        _check_signature(certificate, parts)
    except InvalidSignature:
        return "signature: the token signature does not verify with the TSA certificate in it"
    except UnsupportedAlgorithm as exc:
        return f"signature: cannot check this signature: {exc}"
    return None


def _chain_problem(response: TimeStampResponse, trusted_roots_pem: list[str]) -> str | None:
    if not trusted_roots_pem:
        return "chain: no trusted roots were given; the TSA certificate cannot be checked"
    roots = [x509.load_pem_x509_certificate(p.encode("ascii")) for p in trusted_roots_pem]
    # The Verifier (OpenSSL PKCS7_verify) builds the chain from the token's certificates to
    # these roots, valid at gen_time, and checks the critical timeStamping EKU. The signature
    # and imprint were checked separately, so a failure here is about the chain or the EKU.
    verifier = VerifierBuilder(roots=roots).build()
    try:
        verifier.verify(response, response.tst_info.message_imprint.message)
    except VerificationError as exc:
        found = re.search(r'data: "([^"]+)"', str(exc))  # OpenSSL's reason, without the stack
        reason = found.group(1) if found else str(exc)
        return f"chain: the TSA certificate does not lead to a trusted root: {reason}"
    return None


def _recorded_problems(token: TimestampToken, response: TimeStampResponse) -> list[str]:
    """The token's own fields are not signed: they must agree with the signed response."""
    problems = []
    if token.gen_time != _iso(response):
        problems.append(f"record: gen_time {token.gen_time} is not the signed {_iso(response)}")
    if token.serial != str(response.tst_info.serial_number):
        problems.append("record: the serial is not the signed one")
    if token.digest_sha256 != response.tst_info.message_imprint.message.hex():
        problems.append("record: digest_sha256 is not the signed imprint")
    return problems


def verify_token(
    token: TimestampToken, data_sha256: bytes, trusted_roots_pem: list[str] | None = None
) -> list[str]:
    """Check a token OFFLINE; returns the problems found (empty: it holds).

    Without `trusted_roots_pem` the signature is checked with the certificate the token carries,
    which shows the token is intact but not which authority made it. An empty list of roots is
    reported as a problem rather than read as "do not check".
    """
    _check_digest(data_sha256)
    try:
        response = _decode(token.response_der)
    except ValueError as exc:
        return [f"undecodable: the response is truncated or malformed: {exc}"]
    if response.status not in GRANTED:
        return [f"status: the response was not granted (status {response.status})"]
    problems: list[str] = []
    imprint = response.tst_info.message_imprint
    if imprint.hash_algorithm.dotted_string != "2.16.840.1.101.3.4.2.1":
        problems.append("imprint: the token does not stamp a SHA-256 digest")
    elif imprint.message != data_sha256:
        problems.append("imprint: the token stamps another digest than this data's")
    problems.extend(_recorded_problems(token, response))
    signature = _signature_problem(token.response_der, response)
    if signature is not None:
        problems.append(signature)  # the chain check would fail on it too: not repeated
    elif trusted_roots_pem is not None:
        chain = _chain_problem(response, trusted_roots_pem)
        problems.extend([chain] if chain else [])
    return problems
