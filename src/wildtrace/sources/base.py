"""What every source plugin provides to the patrol runner.

A source says where to start (`seeds`), turns stored targets into URLs and back, and parses a
fetched page into listings and further pages to fetch. `parse` is pure: sources are tested from
saved files, and all I/O (the guarded fetch, the store) belongs to the runner.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

from wildtrace.crawl.http import HTML_TYPES
from wildtrace.domain.listing import FetchedPage, ListingRecord

__all__ = ["HTML_TYPES", "PageRef", "ParseError", "ParseResult", "Seed", "Source"]


class ParseError(Exception):
    """A page that does not read as what the source expects."""


@dataclass(frozen=True)
class Seed:
    """A page to fetch: `kind` tells the source how to read it (search, listing, feed …)."""

    kind: str
    target: str
    query: str | None
    page: int = 1


@dataclass(frozen=True)
class PageRef:
    kind: str
    query: str | None
    page: int
    url: str


@dataclass(frozen=True)
class ParseResult:
    listings: tuple[ListingRecord, ...] = ()
    follow: tuple[Seed, ...] = ()


class Source(Protocol):
    id: ClassVar[str]
    kind: ClassVar[str]
    summary: ClassVar[str]
    flags: ClassVar[dict[str, bool]]
    Config: ClassVar[Any]

    @property
    def key(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def definition_sha256(self) -> str: ...
    @property
    def accept_types(self) -> tuple[str, ...]: ...
    @property
    def max_listings(self) -> int | None: ...

    def seeds(self) -> list[Seed]: ...
    def resolve(self, target: str) -> str: ...
    def relativise(self, url: str) -> str: ...
    def parse(self, page: FetchedPage, ref: PageRef) -> ParseResult: ...


class LocalSource(Source, Protocol):
    """A source that imports files: the runner calls `read_local` for its file: targets
    instead of fetching them. It must read only the files its configuration names."""

    def read_local(self, url: str) -> FetchedPage: ...
