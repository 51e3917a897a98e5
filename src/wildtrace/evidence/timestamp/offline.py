"""Checking a stored timestamp token OFFLINE: the imprint against the data's digest, the token's
own fields against the signed response, the CMS signature with the TSA certificate the token
carries and, when trusted roots are given, the certificate chain (rfc3161_client's Verifier
insists on roots and reports chain and signature failures alike, so the signature is checked
here first).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, padding, rsa
from rfc3161_client import TimeStampResponse, VerificationError, VerifierBuilder

from wildtrace.evidence.timestamp.der import (
    CONTEXT_0,
    OCTET_STRING,
    OID_MESSAGE_DIGEST,
    OID_RSASSA_PSS,
    OID_SHA256,
    SET,
    children,
    signed_data_fields,
)
from wildtrace.evidence.timestamp.response import (
    GRANTED,
    SHA256_DOTTED,
    decode_response,
    gen_time_iso,
    signer_certificate,
)
from wildtrace.evidence.timestamp.token import TimestampToken, check_digest

DIGESTS: dict[bytes, type[hashes.HashAlgorithm]] = {
    OID_SHA256: hashes.SHA256,
    bytes.fromhex("608648016503040202"): hashes.SHA384,
    bytes.fromhex("608648016503040203"): hashes.SHA512,
}


class _SignerParts(NamedTuple):
    digest: type[hashes.HashAlgorithm] | None
    signed_attributes: bytes  # re-tagged as SET OF, the bytes the signature covers
    message_digest: bytes | None
    signature_oid: bytes
    signature: bytes
    content: bytes  # the encapsulated TSTInfo


def _signer_parts(der: bytes) -> _SignerParts:
    fields = signed_data_fields(der)
    encapsulated = children(der, fields[2])
    wrapped = children(der, encapsulated[1]) if len(encapsulated) == 2 else []
    if len(wrapped) != 1 or wrapped[0].tag != OCTET_STRING:
        raise ValueError("no encapsulated TSTInfo")
    signer_infos = children(der, fields[-1])
    if fields[-1].tag != SET or len(signer_infos) != 1:
        raise ValueError("expected exactly one SignerInfo")
    signer = children(der, signer_infos[0])
    if len(signer) < 6 or signer[3].tag != CONTEXT_0:
        raise ValueError("the SignerInfo has no signed attributes")
    algorithm = children(der, signer[2])[0]
    signature_algorithm = children(der, signer[4])[0]
    attributes = signer[3]
    message_digest = None
    for attribute in children(der, attributes):
        oid, values = children(der, attribute)[:2]
        if der[oid.start : oid.end] == OID_MESSAGE_DIGEST:
            value = children(der, values)[0]
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
        certificate = signer_certificate(response)
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
    if token.gen_time != gen_time_iso(response):
        problems.append(
            f"record: gen_time {token.gen_time} is not the signed {gen_time_iso(response)}"
        )
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
    check_digest(data_sha256)
    try:
        response = decode_response(token.response_der)
    except ValueError as exc:
        return [f"undecodable: the response is truncated or malformed: {exc}"]
    if response.status not in GRANTED:
        return [f"status: the response was not granted (status {response.status})"]
    problems: list[str] = []
    imprint = response.tst_info.message_imprint
    if imprint.hash_algorithm.dotted_string != SHA256_DOTTED:
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
