"""The demo marketplace's data, loaded once into typed, validated, immutable records.

The demo site is used to train officers and to test the crawler, so its data must be
trustworthy: a malformed line fails loudly at load time (naming file and line) instead of
producing a half-rendered page later. The ground-truth ``label`` of each listing is
deliberately not kept here, so the site can never leak it into a page.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"
LISTINGS_FILE = "listings.jsonl"
SELLERS_FILE = "sellers.json"

_ID_RE = re.compile(r"^L[0-9]+$")
_HANDLE_RE = re.compile(r"^[A-Za-z0-9_.-]+$")
_CHAR_FOLDS = str.maketrans({"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ı": "i", "æ": "ae"})


class CatalogError(ValueError):
    """The demo data is malformed; the message names the file, line and field."""


@dataclass(frozen=True, slots=True)
class Seller:
    """A marketplace account, identified by its handle (shown as @handle)."""

    handle: str
    name: str
    location: str
    member_since: str
    lang: str


@dataclass(frozen=True, slots=True)
class Listing:
    """One classified ad, as the site shows it (without its ground-truth label)."""

    id: str
    lang: str
    title: str
    text: str
    price: float | None
    currency: str | None
    seller: str
    location: str
    posted_at: datetime
    category: str

    @property
    def number(self) -> int:
        """The numeric part of the id (``L0007`` -> 7), used for ordering and variations."""
        return int(self.id[1:])


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text``, for substring search."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_CHAR_FOLDS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def _newest_first(listing: Listing) -> tuple[float, int, str]:
    return (-listing.posted_at.timestamp(), listing.number, listing.id)


class Catalog:
    """All listings and sellers, with the look-ups the site needs."""

    def __init__(self, listings: tuple[Listing, ...], sellers: dict[str, Seller]) -> None:
        self.listings: tuple[Listing, ...] = tuple(
            sorted(listings, key=lambda item: (item.number, item.id))
        )
        self.sellers: dict[str, Seller] = dict(sellers)
        self._by_id = {item.id: item for item in self.listings}
        self._newest = tuple(sorted(self.listings, key=_newest_first))
        self._folded = {item.id: fold(f"{item.title}\n{item.text}") for item in self.listings}

    def __len__(self) -> int:
        return len(self.listings)

    def by_id(self, listing_id: str) -> Listing | None:
        """The listing with this id, or None."""
        return self._by_id.get(listing_id)

    def newest(self, count: int | None = None) -> list[Listing]:
        """Listings newest first (posted_at descending, then id); all of them if count is None."""
        return list(self._newest if count is None else self._newest[:count])

    def search(self, query: str) -> list[Listing]:
        """Listings whose title or text contains ``query``, ignoring case and accents.

        Newest first; an empty (or blank) query matches every listing.
        """
        needle = fold(query.strip())
        if not needle:
            return self.newest()
        return [item for item in self._newest if needle in self._folded[item.id]]

    def categories(self) -> dict[str, int]:
        """Category name -> number of listings, sorted by name."""
        counts: dict[str, int] = {}
        for item in self.listings:
            counts[item.category] = counts.get(item.category, 0) + 1
        return dict(sorted(counts.items()))

    def in_category(self, category: str) -> list[Listing]:
        """Listings of one category, newest first."""
        return [item for item in self._newest if item.category == category]

    def by_seller(self, handle: str) -> list[Listing]:
        """Listings of one seller, newest first."""
        return [item for item in self._newest if item.seller == handle]


def _text(record: dict[str, Any], key: str, where: str, *, optional: bool = False) -> str | None:
    value = record.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise CatalogError(f"{where}: field {key!r} must be a non-empty string, got {value!r}")
    return value


def _required(record: dict[str, Any], key: str, where: str) -> str:
    value = _text(record, key, where)
    assert value is not None
    return value


def _price(record: dict[str, Any], where: str) -> float | None:
    value = record.get("price")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise CatalogError(f"{where}: field 'price' must be a number or null, got {value!r}")
    if not math.isfinite(value) or value < 0:
        raise CatalogError(f"{where}: field 'price' must be finite and >= 0, got {value!r}")
    return float(value)


def _timestamp(value: str, where: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise CatalogError(f"{where}: field 'posted_at' is not ISO 8601: {value!r}") from exc
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _parse_listing(record: dict[str, Any], where: str) -> Listing:
    listing_id = _required(record, "id", where)
    if not _ID_RE.match(listing_id):
        raise CatalogError(f"{where}: id {listing_id!r} does not look like L0001")
    return Listing(
        id=listing_id,
        lang=_required(record, "lang", where),
        title=_required(record, "title", where),
        text=_required(record, "text", where),
        price=_price(record, where),
        currency=_text(record, "currency", where, optional=True),
        seller=_required(record, "seller", where),
        location=_required(record, "location", where),
        posted_at=_timestamp(_required(record, "posted_at", where), where),
        category=_required(record, "category", where),
    )


def _parse_seller(record: dict[str, Any], where: str) -> Seller:
    handle = _required(record, "handle", where)
    if not _HANDLE_RE.match(handle):
        raise CatalogError(f"{where}: handle {handle!r} has characters outside [A-Za-z0-9_.-]")
    return Seller(
        handle=handle,
        name=_required(record, "name", where),
        location=_required(record, "location", where),
        member_since=_required(record, "member_since", where),
        lang=_required(record, "lang", where),
    )


def read_sellers(path: Path) -> dict[str, Seller]:
    """Sellers from a JSON array file, by handle; duplicate handles are an error."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CatalogError(f"{path}: cannot read sellers: {exc}") from exc
    if not isinstance(records, list):
        raise CatalogError(f"{path}: expected a JSON array of sellers")
    sellers: dict[str, Seller] = {}
    for index, record in enumerate(records):
        where = f"{path.name}[{index}]"
        if not isinstance(record, dict):
            raise CatalogError(f"{where}: expected an object")
        seller = _parse_seller(record, where)
        if seller.handle in sellers:
            raise CatalogError(f"{where}: duplicate handle {seller.handle!r}")
        sellers[seller.handle] = seller
    return sellers


def read_listings(path: Path, sellers: dict[str, Seller]) -> tuple[Listing, ...]:
    """Listings from a JSON Lines file; ids must be unique and sellers must exist."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CatalogError(f"{path}: cannot read listings: {exc}") from exc
    listings: dict[str, Listing] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CatalogError(f"{where}: invalid JSON: {exc}") from exc
        if not isinstance(record, dict):
            raise CatalogError(f"{where}: expected a JSON object")
        listing = _parse_listing(record, where)
        if listing.id in listings:
            raise CatalogError(f"{where}: duplicate id {listing.id!r}")
        if listing.seller not in sellers:
            raise CatalogError(f"{where}: unknown seller {listing.seller!r}")
        listings[listing.id] = listing
    return tuple(listings.values())


@lru_cache(maxsize=8)
def _load(folder: Path) -> Catalog:
    sellers = read_sellers(folder / SELLERS_FILE)
    return Catalog(read_listings(folder / LISTINGS_FILE, sellers), sellers)


def load_catalog(path: Path | str | None = None) -> Catalog:
    """The catalog in ``path`` (a folder with listings.jsonl and sellers.json).

    Defaults to the data bundled with the package. Cached per folder: the files are read
    once per process, and the returned Catalog must be treated as read-only.
    """
    folder = DATA_DIR if path is None else Path(path)
    return _load(folder.resolve())
