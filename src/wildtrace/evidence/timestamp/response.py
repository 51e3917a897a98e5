"""Reading a TimeStampResp: decoding it (tolerating certificates in chain order), its signer's
certificate and its generation time; shared by requesting and by offline verification."""

from __future__ import annotations

from datetime import UTC

from cryptography import x509
from rfc3161_client import PKIStatus, TimeStampResponse, decode_timestamp_response

from wildtrace.evidence.timestamp.der import sorted_certificates

GRANTED = (PKIStatus.GRANTED, PKIStatus.GRANTED_WITH_MODS)
SHA256_DOTTED = "2.16.840.1.101.3.4.2.1"


def decode_response(der: bytes) -> TimeStampResponse:
    """The parsed reply; retried with its certificates in DER order when the strict parser
    refuses them in chain order (der.sorted_certificates). Raises ValueError."""
    try:
        return decode_timestamp_response(der)
    except ValueError as first:
        try:
            fixed = sorted_certificates(der)
        except ValueError:
            raise first from None
        if fixed == der:
            raise
        try:
            return decode_timestamp_response(fixed)
        except ValueError:
            raise first from None


def gen_time_iso(response: TimeStampResponse) -> str:
    moment = response.tst_info.gen_time.astimezone(UTC)
    return moment.isoformat().replace("+00:00", "Z")


def signer_certificate(response: TimeStampResponse) -> x509.Certificate | None:
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
