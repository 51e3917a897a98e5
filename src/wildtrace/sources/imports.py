"""Source plugin: import local files — URL lists, CSV/JSONL platform exports, WARC archives.

Collects: URL lists (text, one URL per line, `#` comments), whose http(s) URLs the patrol fetches
and reads generically (title, visible text, price, images); CSV or JSONL exports, one listing per
row (id, title, text, price, currency, seller, location, posted_at, url, images, lang); WARC
files, whose 2xx HTML response records are read generically (other records are ignored).

Legal/ethical note: passive (`active` False). Importing moves data someone already collected
into the store: check that it was collected lawfully and that your mandate covers keeping it
(exports carry seller handles and contact details). Security: the runner reads `file:` targets
through `read_local`, which opens only the files named in the configuration (compared as
resolved absolute paths), regular files of at most 200 MB; any other path is refused. URLs of a
URL list never reach `read_local`: they are fetched by the crawler's guarded HTTP client (SSRF
guard, robots.txt, the plan's pace). Imported image and listing URLs are kept only if http(s).

Known failure modes: a file is read whole into memory and kept whole as evidence; bad rows are
skipped with a log warning (a file with no good row fails, naming its first bad line); a CSV's
delimiter (`,` `;` or tab) is guessed from its header line, and files must be UTF-8; rows
without an `id` get a hash of the row, so an edited row becomes a new listing; dates other than
ISO 8601 and RFC 822 are dropped, dates without a zone are taken as UTC; gzip WARCs must be
compressed per record (as crawlers write them); bodies in a content encoding other than gzip,
deflate or brotli are read as they are; the same URI archived twice keeps the last capture.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import math
import os
import stat
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal
from urllib.parse import urlsplit
from urllib.request import url2pathname

from pydantic import BaseModel, ConfigDict, Field, model_validator
from warcio.archiveiterator import WARCIterator  # type: ignore[import-untyped]

from wildtrace.domain.listing import FetchedPage, ListingRecord
from wildtrace.sources.base import HTML_TYPES, PageRef, ParseError, ParseResult, Seed
from wildtrace.sources.extract import parse_price
from wildtrace.sources.feed import iso_utc
from wildtrace.sources.generic_page import MAX_TEXT, decode_html, generic_listing, is_http, shorten

Format = Literal["urls", "csv", "jsonl", "warc"]
FORMATS: dict[Format, tuple[tuple[str, ...], str]] = {  # extensions, content type when read
    "warc": ((".warc.gz", ".warc"), "application/warc"),
    "urls": ((".txt", ".urls"), "text/plain"),
    "csv": ((".csv",), "text/csv"),
    "jsonl": ((".jsonl", ".ndjson"), "application/x-ndjson"),
}
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_ID_LENGTH = 500  # the store's external_id column
MAX_SHORT = 500  # the store's seller and location columns
TEXT_COLUMNS = ("id", "title", "text", "currency", "seller", "location", "posted_at", "url", "lang")
CSV_DELIMITERS = (",", ";", "\t")
log = logging.getLogger(__name__)


def detect_format(path: str) -> Format | None:
    """The format a file's extension tells: .txt/.urls, .csv, .jsonl/.ndjson, .warc(.gz)."""
    lowered = path.lower()
    found = (fmt for fmt, (exts, _) in FORMATS.items() if lowered.endswith(exts))
    return next(found, None)


class ImportSourceConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(
        pattern=r"^[a-z0-9][a-z0-9._-]*$",
        max_length=100,
        description="Short stable id of this import; listings are stored under import-<name>.",
    )
    files: list[Annotated[str, Field(min_length=1)]] = Field(
        min_length=1,
        description="Files to import; relative paths are relative to the plan's folder.",
    )
    format: Literal["auto", "urls", "csv", "jsonl", "warc"] = Field(
        default="auto",
        description="Format of every file; auto tells it from each file's extension "
        "(.txt/.urls, .csv, .jsonl/.ndjson, .warc/.warc.gz).",
    )
    max_rows: int | None = Field(
        default=None,
        ge=1,
        description="Rows, URLs or WARC pages to read per file at most (the first ones).",
    )

    @model_validator(mode="after")
    def _formats_known(self) -> ImportSourceConfig:
        unknown = [f for f in self.files if self.format == "auto" and not detect_format(f)]
        if unknown:
            raise ValueError(
                f"cannot tell the format of {', '.join(unknown)} from the extension; "
                "set format (urls, csv, jsonl or warc)"
            )
        return self


class _BadRow(Exception):
    """A row that does not read as a listing; the message says why."""


class ImportSource:
    id = "source.import.v1"
    kind = "source"
    summary = "Imported files: URL lists, CSV/JSONL exports and WARC archives become listings"
    flags: ClassVar[dict[str, bool]] = {"active": False, "needs_login": False}
    Config = ImportSourceConfig

    def __init__(self, config: ImportSourceConfig, base_dir: Path | None = None) -> None:
        self.config = config
        folder = base_dir if base_dir is not None else Path.cwd()
        self.files: dict[Path, Format] = {}
        for name in config.files:
            path = (folder / name).resolve()  # an absolute name replaces the folder
            fmt = detect_format(name) if config.format == "auto" else config.format
            assert fmt is not None  # the config validated the extensions
            self.files.setdefault(path, fmt)
        self._sha256 = hashlib.sha256(config.model_dump_json().encode("utf-8")).hexdigest()

    @property
    def key(self) -> str:
        return f"import-{self.config.name}"

    @property
    def name(self) -> str:
        return f"import {self.config.name}"

    @property
    def definition_sha256(self) -> str:
        return self._sha256

    @property
    def accept_types(self) -> tuple[str, ...]:
        return HTML_TYPES

    @property
    def max_listings(self) -> int | None:
        return self.config.max_rows

    def seeds(self) -> list[Seed]:
        return [Seed(fmt, path.as_uri(), None) for path, fmt in self.files.items()]

    def resolve(self, target: str) -> str:
        return target

    def relativise(self, url: str) -> str:
        return url

    def read_local(self, url: str) -> FetchedPage:
        """One configured file as a page; every other path is refused."""
        started = time.monotonic()
        path = self._configured_path(url)
        body = _read_capped(path)
        elapsed = int((time.monotonic() - started) * 1000)
        ctype = FORMATS[self.files[path]][1]
        return FetchedPage(url, url, 200, ctype, (), body, elapsed)

    def _configured_path(self, url: str) -> Path:
        parts = urlsplit(url)
        if parts.scheme != "file" or parts.netloc not in {"", "localhost"}:
            raise ParseError(f"{url}: not a local file URL")
        path = Path(url2pathname(parts.path)).resolve()
        if path not in self.files:
            raise ParseError(f"{url}: not a file named in the import's configuration")
        return path

    def parse(self, page: FetchedPage, ref: PageRef) -> ParseResult:
        if ref.kind == "page":
            html = decode_html(page.body, page.content_type)
            record = generic_listing(html, page.final_url, self.key, _digest(page.url))
            if record is None:
                raise ParseError(f"{page.final_url}: page has no title and no text")
            return ParseResult(listings=(record,))
        if ref.kind == "urls":
            return ParseResult(follow=self._url_list(page))
        if ref.kind in {"csv", "jsonl"}:
            rows = csv_rows(page.body) if ref.kind == "csv" else jsonl_rows(page.body)
            return self._from_rows(page, ref.kind, rows)
        if ref.kind == "warc":
            return ParseResult(listings=self._from_warc(page))
        raise ParseError(f"{page.url}: unknown page kind {ref.kind!r} for {self.key}")

    def _url_list(self, page: FetchedPage) -> tuple[Seed, ...]:
        urls: list[str] = []
        skipped = 0
        for raw in page.body.decode("utf-8-sig", errors="replace").splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if is_http(line) and not any(c.isspace() for c in line):
                urls.append(line)
            else:
                skipped += 1
        if skipped and not urls:
            raise ParseError(f"{_local(page)}: no http(s) URL in this URL list")
        if skipped:
            log.warning("%s: skipped %d lines that are not http(s) URLs", _local(page), skipped)
        unique = list(dict.fromkeys(urls))[: self.config.max_rows]
        return tuple(Seed("page", url, None) for url in unique)

    def _from_rows(
        self, page: FetchedPage, fmt: str, rows: Iterable[tuple[int, dict[str, Any] | str]]
    ) -> ParseResult:
        """Listings of the good rows; a file with bad rows only fails on its first."""
        records: dict[str, ListingRecord] = {}
        bad: list[str] = []
        for line, row in rows:
            try:
                if isinstance(row, str):
                    raise _BadRow(row)
                record = row_record(row, self.key, fmt, f"{page.url}#line={line}")
            except _BadRow as exc:
                bad.append(f"line {line}: {exc}")
                continue
            records.setdefault(record.external_id, record)
            if self.config.max_rows is not None and len(records) >= self.config.max_rows:
                break
        if bad and not records:
            raise ParseError(f"{_local(page)}: no readable row ({bad[0]})")
        if bad:
            log.warning("%s: skipped %d bad rows (first: %s)", _local(page), len(bad), bad[0])
        return ParseResult(listings=tuple(records.values()))

    def _from_warc(self, page: FetchedPage) -> tuple[ListingRecord, ...]:
        records: dict[str, ListingRecord] = {}
        try:
            for entry in WARCIterator(io.BytesIO(page.body)):  # WARC only, not ARC
                record = self._warc_record(entry)
                if record is None:
                    continue
                records[record.external_id] = record  # the last capture of a URI wins
                if self.config.max_rows is not None and len(records) >= self.config.max_rows:
                    break
        except Exception as exc:  # warcio raises many types on damaged archives
            if not records:
                raise ParseError(f"{_local(page)}: not a readable WARC file ({exc})") from exc
            log.warning("%s: WARC read stopped early: %s", _local(page), exc)
        return tuple(records.values())

    def _warc_record(self, entry: Any) -> ListingRecord | None:
        """A 2xx HTML response record as a listing; None for any other record."""
        if entry.rec_type != "response" or not entry.http_headers:
            return None
        status = str(entry.http_headers.get_statuscode() or "")
        ctype = str(entry.http_headers.get_header("Content-Type") or "")
        if not status.startswith("2") or ctype.partition(";")[0].strip().lower() not in HTML_TYPES:
            return None
        uri = str(entry.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>")
        if not is_http(uri):
            return None
        html = decode_html(entry.content_stream().read(), ctype)
        return generic_listing(html, uri, self.key, _digest(uri))


def csv_rows(body: bytes) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line, row) per CSV record, keys lower-cased; (line, reason) for a record that fails."""
    text = body.decode("utf-8-sig", errors="replace")
    header_line = text.split("\n", 1)[0]
    delimiter = max(CSV_DELIMITERS, key=header_line.count)  # a tie (none at all) gives ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [name.strip().lower() for name in next(reader, [])]
        if header and not {"title", "text"} & set(header):
            yield 1, f"no title or text column (columns: {', '.join(header)})"
            return
        for values in reader:
            if not any(v.strip() for v in values):
                continue
            if len(values) > len(header):
                yield reader.line_num, f"{len(values)} values for {len(header)} columns"
                continue
            yield reader.line_num, dict(zip(header, values, strict=False))
    except csv.Error as exc:  # e.g. a field over the csv module's size limit: stop reading
        yield reader.line_num, f"not CSV ({exc})"


def jsonl_rows(body: bytes) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line, object) per JSON line, keys lower-cased; (line, reason) for a line that fails."""
    lines = body.decode("utf-8-sig", errors="replace").split("\n")  # not splitlines: U+2028
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except (ValueError, RecursionError) as exc:
            yield number, f"not JSON ({getattr(exc, 'msg', type(exc).__name__)})"
            continue
        if not isinstance(value, dict):
            yield number, f"not a JSON object but {type(value).__name__}"
            continue
        yield number, {str(k).strip().lower(): v for k, v in value.items()}


def row_record(row: dict[str, Any], source_id: str, fmt: str, fallback_url: str) -> ListingRecord:
    """One export row as a listing; raises _BadRow when it has neither title nor text."""
    values = {name: _scalar(row.get(name), name) for name in TEXT_COLUMNS}
    text = (values["text"] or "")[:MAX_TEXT]
    title = values["title"] or shorten(" ".join(text.split()))
    if not title:
        raise _BadRow("no title or text")
    row_id = values["id"]
    if row_id and len(row_id) <= MAX_ID_LENGTH:
        external_id = row_id
    else:
        external_id = _digest(row_id or json.dumps(row, sort_keys=True, ensure_ascii=False))
    amount, parsed_currency = _price(row.get("price"))
    currency = values["currency"] or parsed_currency
    fields: dict[str, Any] = {
        "title": title,
        "text": text,
        "price": amount,
        "currency": currency if currency and len(currency) <= 10 else None,
        "seller": (values["seller"] or "").lstrip("@")[:MAX_SHORT] or None,
        "location": (values["location"] or "")[:MAX_SHORT] or None,
        "posted_at": iso_utc(values["posted_at"]),
        "images": _images(row.get("images")),
        "lang": (values["lang"] or "")[:20] or None,
    }
    url = values["url"] if values["url"] and is_http(values["url"]) else None
    origins = {name: fmt for name, value in fields.items() if value not in (None, "", ())}
    if url:
        origins["url"] = fmt
    return ListingRecord(
        source_id=source_id,
        external_id=external_id,
        url=url or fallback_url,
        **fields,
        field_origins=origins,
    )


def _scalar(value: object, name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict | list):
        raise _BadRow(f"{name} is a JSON {type(value).__name__}, not a value")
    return str(value).strip() or None


def _price(raw: object) -> tuple[float | None, str | None]:
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return (float(raw) if math.isfinite(raw) else None), None
    if isinstance(raw, dict | list):
        raise _BadRow("price is not a number or text")
    return parse_price(str(raw).strip() if raw is not None else None)


def _images(raw: object) -> tuple[str, ...]:
    """A JSON list (given as such or as text) or ";"-separated URLs; http(s) ones only."""
    items: object = raw if raw is not None else []
    if isinstance(raw, str) and raw.strip().startswith("["):
        try:
            items = json.loads(raw)
        except ValueError as exc:
            raise _BadRow(f"images is not a JSON list ({exc})") from exc
    elif isinstance(raw, str):
        items = raw.split(";")
    if not isinstance(items, list):
        raise _BadRow("images is not a list")
    urls = (str(u).strip() for u in items if isinstance(u, str))
    return tuple(dict.fromkeys(u for u in urls if is_http(u)))


def _read_capped(path: Path) -> bytes:
    """A regular file's bytes, at most MAX_FILE_BYTES; a path swapped for a symlink is refused."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise ParseError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ParseError(f"{path}: not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise ParseError(f"{path}: {info.st_size} bytes, over the import limit of 200 MB")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            body = handle.read(MAX_FILE_BYTES + 1)
    finally:
        os.close(fd)
    if len(body) > MAX_FILE_BYTES:
        raise ParseError(f"{path}: over the import limit of 200 MB")
    return body


def _local(page: FetchedPage) -> str:
    parts = urlsplit(page.url)
    return url2pathname(parts.path) if parts.scheme == "file" else page.url


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:24]
