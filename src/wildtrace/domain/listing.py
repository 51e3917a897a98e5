"""What a source yields: fetched pages, parsed search pages and listings."""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass, field, fields
from urllib.parse import urlsplit


@dataclass(frozen=True)
class TlsSession:
    """The TLS session a page came over: protocol, cipher and the server's certificate chain
    (DER, leaf first) as this machine verified it."""

    protocol: str
    cipher: str
    chain_der: tuple[bytes, ...]


@dataclass(frozen=True)
class FetchedPage:
    """One HTTP exchange as the crawler saw it (the body is kept as captured)."""

    url: str
    final_url: str
    status_code: int
    content_type: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    elapsed_ms: int
    redirects: tuple[str, ...] = ()
    peer: str | None = None  # the IP address contacted (None through a proxy)
    tls: TlsSession | None = None  # None over plain HTTP, and for browser renders

    @functools.cached_property
    def sha256(self) -> str:  # asked for several times per page: hashed once
        return hashlib.sha256(self.body).hexdigest()


@dataclass(frozen=True)
class ParsedSearchPage:
    """Links found on a search results page, and the next page if any."""

    listing_urls: tuple[str, ...]
    next_url: str | None


NOT_CONTENT = frozenset({"field_origins", "url", "source_id", "external_id"})


@dataclass(frozen=True)
class ListingRecord:
    """A listing as parsed from its page; `external_id` is the site's own id."""

    source_id: str
    external_id: str
    url: str
    title: str
    text: str
    price: float | None = None
    currency: str | None = None
    seller: str | None = None
    seller_name: str | None = None
    location: str | None = None
    posted_at: str | None = None
    images: tuple[str, ...] = ()
    lang: str | None = None
    field_origins: dict[str, str] = field(default_factory=dict)

    def content_hash(self) -> str:
        """Hash of what the seller wrote, so a re-visit can tell 'changed' from 'same'."""
        payload = {  # the fields' values as they are (asdict's deep copy is slow, and equal)
            f.name: getattr(self, f.name) for f in fields(self) if f.name not in NOT_CONTENT
        }
        # images compared by path: the same photo on a mirror or a new port is not a change
        payload["images"] = [
            urlsplit(u)._replace(scheme="", netloc="").geturl() for u in self.images
        ]
        data = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=list)
        return hashlib.sha256(data.encode("utf-8")).hexdigest()
