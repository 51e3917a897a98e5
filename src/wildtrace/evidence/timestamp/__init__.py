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

Modules: token (the stored token), authority (asking), offline (verifying), response (reading
a reply), der (the DER rfc3161_client does not expose). The names below are the public ones.
"""

from wildtrace.evidence.timestamp.authority import request_timestamp, stamp_with_all
from wildtrace.evidence.timestamp.der import encode_request
from wildtrace.evidence.timestamp.offline import verify_token
from wildtrace.evidence.timestamp.token import TimestampError, TimestampToken

__all__ = [
    "TimestampError",
    "TimestampToken",
    "encode_request",
    "request_timestamp",
    "stamp_with_all",
    "verify_token",
]
