"""Asking Time-Stamping Authorities over HTTP for a token over a digest.

`request_timestamp` asks one authority (its host checked by the SSRF guard first, the reply's
size capped) and checks that the reply is granted, carries our nonce, stamps our digest and
carries the TSA certificate; `stamp_with_all` asks each configured authority and collects the
tokens and one error line per authority that failed.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Iterable

import httpx
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from rfc3161_client import TimeStampResponse

from wildtrace.crawl.guard import BlockedURL, Guard
from wildtrace.evidence.timestamp.der import encode_request
from wildtrace.evidence.timestamp.response import (
    GRANTED,
    SHA256_DOTTED,
    decode_response,
    gen_time_iso,
    signer_certificate,
)
from wildtrace.evidence.timestamp.token import TimestampError, TimestampToken, check_digest

QUERY_TYPE = "application/timestamp-query"
REPLY_TYPE = "application/timestamp-reply"
MAX_REPLY_BYTES = 1 << 20  # real replies are a few kB; refuse to buffer a hostile stream


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
        response = decode_response(reply)
    except ValueError as exc:
        raise TimestampError(url, f"undecodable reply: {exc}") from exc
    if response.status not in GRANTED:
        detail = "; ".join(response.status_string) or "no reason given"
        raise TimestampError(url, f"not granted (status {response.status}): {detail}")
    info = response.tst_info
    if info.nonce != nonce:
        raise TimestampError(url, "the reply's nonce does not match the request (replayed?)")
    imprint = info.message_imprint
    if imprint.hash_algorithm.dotted_string != SHA256_DOTTED:
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
        gen_time=gen_time_iso(response),
        serial=str(info.serial_number),
        response_der=reply,
        tsa_certificates_pem=certificates,
    )


def _certificates_pem(response: TimeStampResponse) -> tuple[str, ...]:
    loaded = [x509.load_der_x509_certificate(d) for d in response.signed_data.certificates]
    signer = signer_certificate(response)
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
    check_digest(data_sha256)
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
    check_digest(data_sha256)
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
