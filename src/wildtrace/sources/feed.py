"""Source plugin: RSS 2.0, RSS 1.0 (RDF) and Atom feeds, one listing per feed item.

Collects: the items of the configured feeds (news, NGO alerts, marketplace category feeds):
title, text (HTML stripped), link, author, date, image enclosures and the feed's language. With
`follow_links`, each item's page is fetched too and kept as evidence (captured, not parsed).

Legal/ethical note: passive (`active` False): a feed is published for machines to read, and a
patrol asks for each feed once, at the plan's pace, through the crawler's SSRF guard. Feeds are
untrusted XML: it is parsed with defusedxml, and a document that declares entities (entity
expansion bombs, external entities reaching for local files or internal hosts) is refused whole.

Known failure modes: feeds served as text/plain or text/html are refused by content type;
HTML entities such as `&nbsp;` outside CDATA are not XML and fail the whole feed; items without
a guid get an id from their link, so a changed link makes a new listing; bare-number guids of
different sites can collide if they share one source (give each site its own source); a feed
that carries only summaries gives little text to detect in; dates in formats other than
RFC 822 and ISO 8601 are dropped; Atom 0.3 and JSON Feed are not read.
"""

from __future__ import annotations

import copy
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Annotated, ClassVar
from urllib.parse import urljoin, urlsplit
from xml.etree.ElementTree import Element, tostring
from xml.etree.ElementTree import ParseError as XMLParseError

from defusedxml import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import fromstring as safe_fromstring
from pydantic import BaseModel, ConfigDict, Field
from selectolax.lexbor import LexborHTMLParser

from wildtrace.domain.listing import FetchedPage, ListingRecord
from wildtrace.sources.base import HTML_TYPES, PageRef, ParseError, ParseResult, Seed

ATOM = "{http://www.w3.org/2005/Atom}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
RSS1 = "{http://purl.org/rss/1.0/}"
RSS090 = "{http://my.netscape.com/rdf/simple/0.9/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
MEDIA = "{http://search.yahoo.com/mrss/}"
XML_NS = "{http://www.w3.org/XML/1998/namespace}"

_XML_TYPES = ("application/xml", "text/xml", "application/rdf+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", *_XML_TYPES)
MAX_ID_LENGTH = 500  # the store's external_id column
EXPAT_ENCODINGS = {"utf-8", "utf8", "utf-16", "utf16", "iso-8859-1", "latin-1", "us-ascii", "ascii"}
_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)""")
_BLOCK_TAG = re.compile(
    r"<(/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|blockquote|pre|hr|dd|dt)\b)",
    re.IGNORECASE,
)
_IMAGE_EXTENSION = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:$|[?#])", re.IGNORECASE)

FeedURL = Annotated[str, Field(pattern=r"^https?://[^\s/?#]+[^\s]*$")]


class FeedSourceConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    feeds: list[FeedURL] = Field(
        min_length=1, description="Absolute http(s) URLs of the RSS, RDF or Atom feeds to read."
    )
    name: str = Field(
        pattern=r"^[a-z0-9][a-z0-9._-]*$",
        max_length=100,
        description="Short stable id of this set of feeds; listings are stored under it.",
    )
    max_items: int | None = Field(
        default=None, ge=1, description="Items to read per feed at most (the first ones)."
    )
    follow_links: bool = Field(
        default=False,
        description="Also fetch each item's page and keep it as evidence (not parsed).",
    )


@dataclass(frozen=True)
class FeedItem:
    """One feed item as read from the XML, before it becomes a listing."""

    guid: str | None
    link: str | None
    title: str
    text: str
    author: str | None
    posted_at: str | None
    images: tuple[str, ...]
    lang: str | None


class FeedSource:
    id = "source.feed.v1"
    kind = "source"
    summary = "RSS, RDF and Atom feeds: each item (news, alert, ad) becomes a listing"
    flags: ClassVar[dict[str, bool]] = {"active": False, "needs_login": False}
    Config = FeedSourceConfig

    def __init__(self, config: FeedSourceConfig, base_dir: Path | None = None) -> None:
        self.config = config
        self.base_dir = base_dir  # unused: a feed source reads no local files
        self._sha256 = hashlib.sha256(config.model_dump_json().encode("utf-8")).hexdigest()

    @property
    def key(self) -> str:
        return self.config.name

    @property
    def name(self) -> str:
        return f"feeds {self.config.name}"

    @property
    def definition_sha256(self) -> str:
        return self._sha256

    @property
    def accept_types(self) -> tuple[str, ...]:
        # Item pages are HTML; a feed URL answering with HTML still fails in parse.
        return FEED_TYPES + HTML_TYPES if self.config.follow_links else FEED_TYPES

    @property
    def max_listings(self) -> int | None:
        return self.config.max_items

    def seeds(self) -> list[Seed]:
        return [Seed("feed", url, None) for url in dict.fromkeys(self.config.feeds)]

    def resolve(self, target: str) -> str:
        return target

    def relativise(self, url: str) -> str:
        return url

    def parse(self, page: FetchedPage, ref: PageRef) -> ParseResult:
        if ref.kind == "page":
            return ParseResult()
        if ref.kind != "feed":
            raise ParseError(f"{page.final_url}: unknown page kind {ref.kind!r} for {self.key}")
        records: list[ListingRecord] = []
        links: list[str] = []
        seen: set[str] = set()
        for item in read_feed(page.body, page.final_url):
            record = self._record(item, page.final_url)
            if record is None or record.external_id in seen:
                continue
            seen.add(record.external_id)
            records.append(record)
            if item.link:
                links.append(item.link)
            if self.config.max_items is not None and len(records) >= self.config.max_items:
                break
        follow = (
            tuple(Seed("page", link, None) for link in dict.fromkeys(links))
            if self.config.follow_links
            else ()
        )
        return ParseResult(listings=tuple(records), follow=follow)

    def _record(self, item: FeedItem, feed_url: str) -> ListingRecord | None:
        title = item.title or _shorten(item.text)
        if not title:
            return None
        if item.guid and len(item.guid) <= MAX_ID_LENGTH:
            external_id = item.guid
        else:
            external_id = _digest(item.guid or item.link or f"{title}\n{item.text}")
        values = {
            "title": title,
            "text": item.text,
            "seller": item.author,
            "posted_at": item.posted_at,
            "images": item.images,
            "lang": item.lang,
        }
        return ListingRecord(
            source_id=self.key,
            external_id=external_id,
            url=item.link or feed_url,
            title=title,
            text=item.text,
            price=None,
            seller=item.author,
            posted_at=item.posted_at,
            images=item.images,
            lang=item.lang,
            field_origins={name: "feed" for name, value in values.items() if value},
        )


def read_feed(body: bytes, url: str) -> list[FeedItem]:
    """The items of an RSS 2.0, RSS 1.0 or Atom document, in document order."""
    root = parse_xml(body, url)
    if root.tag == "rss":
        channel = root.find("channel")
        if channel is None:
            raise ParseError(f"{url}: RSS document without a <channel>")
        lang = _text(channel.find("language")) or _text(channel.find(f"{DC}language")) or None
        return [_rss_item(item, "", url, lang) for item in channel.findall("item")]
    if root.tag == f"{RDF}RDF":
        ns = RSS090 if root.find(f"{RSS090}channel") is not None else RSS1
        channel = root.find(f"{ns}channel")
        lang = (_text(channel.find(f"{DC}language")) or None) if channel is not None else None
        return [_rss_item(item, ns, url, lang) for item in root.findall(f"{ns}item")]
    if root.tag == f"{ATOM}feed":
        return _atom_items(root, url)
    raise ParseError(f"{url}: not an RSS or Atom feed (root element <{_local(root.tag)}>)")


def parse_xml(body: bytes, url: str) -> Element:
    """Parse untrusted XML; refuse entity declarations (expansion bombs, external entities)."""
    if not body.strip():
        raise ParseError(f"{url}: empty response, not a feed")
    data: bytes | str = body
    match = _DECLARED_ENCODING.match(body)
    declared = match.group(1).decode("ascii") if match else "utf-8"
    if declared.lower() not in EXPAT_ENCODINGS:
        try:  # expat reads only a few encodings itself (no multi-byte ones such as GB2312)
            data = body.decode(declared, errors="replace")
        except LookupError as exc:
            raise ParseError(f"{url}: unknown XML encoding {declared!r}") from exc
    try:
        return safe_fromstring(data)
    except EntitiesForbidden as exc:
        what = f"external entity {exc.name!r} → {exc.sysid or exc.pubid}"
        if not (exc.sysid or exc.pubid):
            what = f"entity expansion: declares entity {exc.name!r}"
        raise ParseError(f"{url}: refused XML ({what})") from exc
    except ExternalReferenceForbidden as exc:
        raise ParseError(f"{url}: refused XML (external reference to {exc.sysid})") from exc
    except DefusedXmlException as exc:
        raise ParseError(f"{url}: refused XML ({type(exc).__name__}: {exc})") from exc
    except XMLParseError as exc:
        raise ParseError(f"{url}: not well-formed XML ({exc})") from exc


def _rss_item(item: Element, ns: str, base: str, lang: str | None) -> FeedItem:
    """An RSS 2.0 item (ns "") or an RSS 1.0/0.9 item (ns of the RDF vocabulary)."""
    guid_node = item.find(f"{ns}guid")
    guid = _text(guid_node) or item.get(f"{RDF}about", "").strip()
    link = _text(item.find(f"{ns}link"))
    if not link and guid_node is not None and guid_node.get("isPermaLink", "true") == "true":
        link = guid
    html = _text(item.find(f"{CONTENT}encoded")) or _text(item.find(f"{ns}description"))
    author = _text(item.find(f"{ns}author")) or _text(item.find(f"{DC}creator"))
    date = _text(item.find(f"{ns}pubDate")) or _text(item.find(f"{DC}date"))
    return FeedItem(
        guid=guid or None,
        link=_absolute(base, link),
        title=_collapse(_text(item.find(f"{ns}title"))),
        text=plain_text(html),
        author=_collapse(author) or None,
        posted_at=iso_utc(date),
        images=_images(item, base),
        lang=_text(item.find(f"{DC}language")) or lang,
    )


def _atom_items(root: Element, url: str) -> list[FeedItem]:
    base = urljoin(url, root.get(f"{XML_NS}base", "").strip())
    lang = root.get(f"{XML_NS}lang") or None
    feed_author = _atom_author(root)
    return [_atom_entry(e, base, lang, feed_author) for e in root.findall(f"{ATOM}entry")]


def _atom_entry(entry: Element, base: str, lang: str | None, feed_author: str | None) -> FeedItem:
    base = urljoin(base, entry.get(f"{XML_NS}base", "").strip())
    text = _atom_text(entry.find(f"{ATOM}content")) or _atom_text(entry.find(f"{ATOM}summary"))
    date = _text(entry.find(f"{ATOM}published")) or _text(entry.find(f"{ATOM}updated"))
    return FeedItem(
        guid=_text(entry.find(f"{ATOM}id")) or None,
        link=_absolute(base, _atom_link(entry)),
        title=_atom_text(entry.find(f"{ATOM}title")),
        text=text,
        author=_atom_author(entry) or feed_author,
        posted_at=iso_utc(date),
        images=_images(entry, base),
        lang=entry.get(f"{XML_NS}lang") or lang,
    )


def _atom_link(entry: Element) -> str:
    for link in entry.findall(f"{ATOM}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href", "")
    return ""


def _atom_author(node: Element) -> str | None:
    author = node.find(f"{ATOM}author")
    if author is None:
        return None
    return (
        _collapse(_text(author.find(f"{ATOM}name")) or _text(author.find(f"{ATOM}email"))) or None
    )


def _atom_text(node: Element | None) -> str:
    """An Atom text construct as plain text: type text, html or xhtml."""
    if node is None or node.get("src"):
        return ""
    kind = node.get("type", "text").lower()
    if kind == "xhtml":
        div = copy.deepcopy(node)
        for child in div.iter():
            child.tag = _local(child.tag) if isinstance(child.tag, str) else child.tag
        return plain_text("".join(tostring(c, encoding="unicode", method="html") for c in div))
    if kind in {"html", "text/html"}:
        return plain_text(_text(node))
    return _collapse(_text(node))


def _images(item: Element, base: str) -> tuple[str, ...]:
    """Image enclosures, media:content images and media:thumbnail URLs, absolute and unique."""
    found: list[str] = []
    for node in item.iter():
        kind = node.get("type", "").lower()
        url = node.get("url") or node.get("href") or ""
        if node.tag == "enclosure" or (
            node.tag == f"{ATOM}link" and node.get("rel") == "enclosure"
        ):
            image = kind.startswith("image/")
        elif node.tag == f"{MEDIA}content":
            medium = node.get("medium", "").lower()
            image = medium == "image" or kind.startswith("image/")
            image = image or (not medium and not kind and bool(_IMAGE_EXTENSION.search(url)))
        else:
            image = node.tag == f"{MEDIA}thumbnail"
        absolute = _absolute(base, url) if image else None
        if absolute:
            found.append(absolute)
    return tuple(dict.fromkeys(found))


def plain_text(html: str) -> str:
    """HTML (a feed description) as one line of plain text: tags and scripts gone."""
    if "<" not in html and "&" not in html:
        return _collapse(html)
    tree = LexborHTMLParser(_BLOCK_TAG.sub(r" <\1", html))
    tree.strip_tags(["script", "style", "noscript", "template"])
    return _collapse(tree.text(separator="") or "")


def iso_utc(raw: str | None) -> str | None:
    """An RFC 822 or ISO 8601 date as `YYYY-MM-DDTHH:MM:SSZ`; None when it does not parse."""
    if not raw or not raw.strip():
        return None
    raw = raw.strip()
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        try:
            moment = parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            return None
    if moment.tzinfo is None:  # "-0000" or no offset: taken as UTC
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (OverflowError, ValueError):
        return None


def _absolute(base: str, link: str) -> str | None:
    if not link.strip():
        return None
    url = urljoin(base, link.strip())
    return url if urlsplit(url).scheme in {"http", "https"} else None


def _text(node: Element | None) -> str:
    return "".join(node.itertext()).strip() if node is not None else ""


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _shorten(text: str, limit: int = 100) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:24]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
