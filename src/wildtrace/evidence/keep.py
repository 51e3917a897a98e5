"""Keep what a fetch brought back: the WARC of the exchange (which holds the body as
received) and, over HTTPS, the server's certificate chain, each under its hash.

The body is not stored a second time on its own: `body_of` reads it back from the WARC,
checked against the body hash the capture recorded. Creating a file is the costliest step of
keeping a page on some file systems, and the WARC holds the body already.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

from wildtrace.crawl.tls import chain_pem
from wildtrace.domain.listing import FetchedPage
from wildtrace.evidence.blobs import BlobIntegrityError, BlobStore
from wildtrace.evidence.warc import capture_warc


@dataclass(frozen=True)
class Kept:
    page: FetchedPage
    warc_sha256: str


def kept_files(page: FetchedPage, user_agent: str) -> tuple[Kept, list[bytes]]:
    """The files that keep a page (its WARC, and the certificate chain over HTTPS), and what
    the capture records of them; nothing is written yet."""
    warc = capture_warc(page, user_agent)
    files = [warc]
    if page.tls is not None and page.tls.chain_der:
        files.append(chain_pem(page.tls))  # also in the WARC; on its own for the package
    return Kept(page, hashlib.sha256(warc).hexdigest()), files


def keep(blobs: BlobStore, page: FetchedPage, user_agent: str) -> Kept:
    """Write the page's files and, for a page captured on its own (`wildtrace capture`, an
    evidence item), its body as a file of its own too, ready to read (durably); the caller
    records the hashes. Patrols keep only what kept_files lists."""
    kept, files = kept_files(page, user_agent)
    blobs.put_many([page.body, *files])
    return kept


def body_of(blobs: BlobStore, body_sha256: str, warc_sha256: str | None) -> bytes:
    """A captured body: its own blob where one was stored (evidence captures, older
    patrols), else the payload of the response record in the capture's WARC. Either way it
    must hash to what the capture recorded."""
    if blobs.path_for(body_sha256).exists() or warc_sha256 is None:
        return blobs.get(body_sha256)
    for record in ArchiveIterator(io.BytesIO(blobs.get(warc_sha256))):
        if record.rec_type == "response":
            body = bytes(record.content_stream().read())
            if hashlib.sha256(body).hexdigest() != body_sha256:
                raise BlobIntegrityError(
                    f"WARC {warc_sha256}: its response body does not match {body_sha256}"
                )
            return body
    raise BlobIntegrityError(f"WARC {warc_sha256} holds no response record")
