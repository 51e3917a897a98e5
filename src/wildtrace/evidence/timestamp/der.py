"""The little DER that RFC 3161 needs and rfc3161_client does not expose: writing a request
over an already computed digest, and reading the SignedData of a reply (its certificates, the
SignerInfo's signed attributes and signature). Single-byte tags and definite lengths only.
"""

from __future__ import annotations

from typing import NamedTuple

# DER contents of the object identifiers read or written.
OID_SHA256 = bytes.fromhex("608648016503040201")
OID_RSASSA_PSS = bytes.fromhex("2a864886f70d01010a")
OID_MESSAGE_DIGEST = bytes.fromhex("2a864886f70d010904")
SEQUENCE, SET, OCTET_STRING, CONTEXT_0 = 0x30, 0x31, 0x04, 0xA0


class Item(NamedTuple):
    tag: int
    head: int  # offset of the tag byte
    start: int  # offset of the content
    end: int  # offset just past the content


def read_items(buf: bytes, start: int, end: int) -> list[Item]:
    """The TLVs in buf[start:end] (single-byte tags, definite lengths: DER)."""
    found: list[Item] = []
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
        found.append(Item(tag, head, pos, pos + length))
        pos += length
    return found


def children(buf: bytes, item: Item) -> list[Item]:
    return read_items(buf, item.start, item.end)


def tlv(tag: int, content: bytes) -> bytes:
    size = len(content)
    if size < 0x80:
        return bytes([tag, size]) + content
    raw = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(raw)]) + raw + content


def _der_uint(value: int) -> bytes:
    return tlv(0x02, value.to_bytes(value.bit_length() // 8 + 1, "big"))


def encode_request(digest: bytes, nonce: int) -> bytes:
    """TimeStampReq (RFC 3161 §2.4.1): v1, SHA-256 imprint of `digest`, nonce, certReq TRUE.
    TimestampRequestBuilder would hash its input again, stamping sha256(digest) instead."""
    algorithm = tlv(SEQUENCE, tlv(0x06, OID_SHA256) + b"\x05\x00")
    imprint = tlv(SEQUENCE, algorithm + tlv(OCTET_STRING, digest))
    return tlv(SEQUENCE, _der_uint(1) + imprint + _der_uint(nonce) + b"\x01\x01\xff")


def signed_data_fields(der: bytes) -> list[Item]:
    """The fields of the SignedData inside a TimeStampResp."""
    top = read_items(der, 0, len(der))
    if len(top) != 1 or top[0].tag != SEQUENCE:
        raise ValueError("not a single DER SEQUENCE")
    parts = children(der, top[0])
    if len(parts) < 2:
        raise ValueError("the response carries no time-stamp token")
    content_info = children(der, parts[1])
    if len(content_info) != 2 or content_info[1].tag != CONTEXT_0:
        raise ValueError("the token is not a CMS ContentInfo")
    signed = children(der, content_info[1])
    if len(signed) != 1 or signed[0].tag != SEQUENCE:
        raise ValueError("the token content is not a SignedData")
    return children(der, signed[0])


def sorted_certificates(der: bytes) -> bytes:
    """The response with its certificate SET OF in DER order. Some TSAs (OpenSSL's among them
    when it adds `certs`) emit the chain in chain order; rfc3161_client's strict DER parser then
    refuses the whole reply. The certificates are outside what is signed, and sorting keeps every
    length, so only this copy for parsing changes; the stored bytes stay as received."""
    certificates = next((i for i in signed_data_fields(der) if i.tag == CONTEXT_0), None)
    if certificates is None:
        return der
    elements = sorted(der[i.head : i.end] for i in children(der, certificates))
    return der[: certificates.start] + b"".join(elements) + der[certificates.end :]
