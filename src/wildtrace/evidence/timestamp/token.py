"""A stored RFC 3161 timestamp (what goes into a package's timestamps/*.json) and the error
that names an authority which did not give one."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass


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


def check_digest(data_sha256: bytes) -> None:
    if len(data_sha256) != 32:
        raise ValueError(f"expected a 32-byte SHA-256 digest, got {len(data_sha256)} bytes")
