"""Source plugin: the public web previews of messaging channels (pages like t.me/s/<channel>).

Collects: for each configured channel, the preview page of its recent messages and up to
`max_pages` pages of older ones (the "load older messages" link, `?before=<message id>`). Every
message becomes one listing: its permalink, its text (line breaks kept), the photo URLs shown
with it and its time; the seller is the channel (username and title). Sellers post offers in
such channels, so each message is screened like a marketplace listing.

Legal/ethical note: public channels only. The preview pages are served to anyone without an
account; the source never logs in, never joins a channel, never posts, reacts or contacts
anyone, and reads at the plan's pace through the crawler's SSRF guard. Personal data is
minimised: only what identifies the offer and its seller (the channel) is kept; view counts,
post-author signatures, subscriber counts and reactions are not recorded, and photos are
referenced by URL, not downloaded. Message text is kept as posted (phone numbers included),
because contact details are part of the evidence of an offer.

Known failure modes: the preview markup changes (the class names below are the contract); a
channel whose owner disabled previews, a private channel or a missing one is redirected to a
page without messages (a ParseError, on purpose: the channel list needs checking); rate limits
show up as HTTP 429 or empty pages; forwarded-message headers, polls, link previews, captions
of documents and the targets of links (only their visible text is kept) are not read.
`max_messages` is counted across a channel's pages without state: the messages taken so far
ride along in the older page's target as a URL fragment (`#taken=20`), which is never sent to
the server but is part of the stored target and capture URL.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, ClassVar
from urllib.parse import urldefrag, urljoin, urlsplit

from pydantic import BaseModel, ConfigDict, Field
from selectolax.lexbor import LexborHTMLParser, LexborNode

from wildtrace.domain.listing import FetchedPage, ListingRecord
from wildtrace.sources.base import HTML_TYPES, PageRef, ParseError, ParseResult, Seed
from wildtrace.sources.extract import absolutise
from wildtrace.sources.web import SiteURLs, decode_page

CHANNEL_PATTERN = r"^[A-Za-z0-9_]{3,64}$"
DEFAULT_BASE_URL = "https://t.me"
TITLE_CHARS = 120
PHOTO_TITLE, NO_TEXT_TITLE = "(photo)", "(no text)"
POST_RE = re.compile(r"(?P<channel>[A-Za-z0-9_]{3,64})/(?P<number>[0-9]{1,18})")
BACKGROUND_RE = re.compile(r"background-image\s*:\s*url\(\s*(['\"]?)(?P<url>[^'\")]+)\1\s*\)")


class ChannelPreviewConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    channels: list[Annotated[str, Field(pattern=CHANNEL_PATTERN)]] = Field(
        min_length=1,
        description="Public channel usernames, without @ (e.g. exotic_pets_fast_ship).",
    )
    base_url: str = Field(
        default=DEFAULT_BASE_URL,
        pattern=r"^https?://[^/]+/?$",
        description="Where the previews are served (/s/<channel>); a mirror or a test server.",
    )
    max_pages: int = Field(
        default=5, ge=1, description="Preview pages per channel: the newest, then older ones."
    )
    max_messages: int | None = Field(
        default=None, ge=1, description="Messages to keep per channel at most, newest first."
    )


class ChannelPreviewSource(SiteURLs):
    id: ClassVar[str] = "source.channel_preview.v1"
    kind: ClassVar[str] = "source"
    summary: ClassVar[str] = (
        "Public messaging-channel web previews (t.me/s/<channel>): one listing per message"
    )
    flags: ClassVar[dict[str, bool]] = {"active": False, "needs_login": False}
    Config: ClassVar[type[ChannelPreviewConfig]] = ChannelPreviewConfig

    def __init__(self, config: ChannelPreviewConfig, base_dir: Path | None = None) -> None:
        self.config = config
        self.base_url = config.base_url.rstrip("/")
        definition = {"plugin": self.id, "config": config.model_dump(mode="json")}
        self._sha256 = hashlib.sha256(
            json.dumps(definition, sort_keys=True).encode("utf-8")
        ).hexdigest()

    @property
    def key(self) -> str:
        """Stable whatever the base URL: a mirror serves the same channels, and a run resumes."""
        return "channel-preview"

    @property
    def name(self) -> str:
        return "public channel previews"

    @property
    def definition_sha256(self) -> str:
        return self._sha256

    @property
    def accept_types(self) -> tuple[str, ...]:
        return HTML_TYPES

    @property
    def max_listings(self) -> int | None:
        return self.config.max_messages

    def seeds(self) -> list[Seed]:
        return [Seed("channel", f"/s/{c}", c, 1) for c in dict.fromkeys(self.config.channels)]

    def parse(self, page: FetchedPage, ref: PageRef) -> ParseResult:
        if ref.kind != "channel":
            raise ParseError(f"{page.final_url}: {self.id} cannot read pages of kind {ref.kind!r}")
        tree = LexborHTMLParser(decode_page(page))
        messages = tree.css(".tgme_widget_message")
        if tree.css_first(".tgme_channel_info") is None and not messages:
            raise ParseError(
                f"{page.final_url}: not a public channel preview "
                "(channel may be private or not exist)"
            )
        title = _text_of(tree.css_first(".tgme_channel_info_header_title"))
        records: dict[str, ListingRecord] = {}
        for node in messages:
            record = self.message_record(node, title, page.final_url)
            if record is not None:
                records.setdefault(record.external_id, record)
        newest_first = sorted(records.values(), key=_post_number, reverse=True)
        if self.config.max_messages is None:
            return ParseResult(tuple(newest_first), self._older(tree, page, ref))
        taken = _taken(ref.url)
        room = max(0, self.config.max_messages - taken)
        if len(newest_first) >= room:
            return ParseResult(tuple(newest_first[:room]))
        return ParseResult(
            tuple(newest_first), self._older(tree, page, ref, taken + len(newest_first))
        )

    def _older(
        self, tree: LexborHTMLParser, page: FetchedPage, ref: PageRef, taken: int | None = None
    ) -> tuple[Seed, ...]:
        """The "load older messages" page, if within `max_pages` and on the base site;
        `taken` (messages kept so far, when capped) is carried in the target's fragment."""
        if ref.page >= self.config.max_pages:
            return ()
        link = tree.css_first("a.tme_messages_more[data-before]")
        if link is None:
            return ()
        before = (link.attributes.get("data-before") or "").strip()
        href = link.attributes.get("href")
        target = self.relativise(urldefrag(urljoin(page.final_url, href)).url) if href else ""
        if not target.startswith("/"):  # no href, or one off the base site: build it
            if not (before.isdigit() and ref.query):
                return ()
            target = f"/s/{ref.query}?before={before}"
        if taken is not None:
            target += f"#taken={taken}"
        return (Seed("channel", target, ref.query, ref.page + 1),)

    def message_record(
        self, node: LexborNode, channel_title: str | None, page_url: str
    ) -> ListingRecord | None:
        """One message → a listing; service messages and unidentifiable ones → None."""
        if "service_message" in (node.attributes.get("class") or "").split():
            return None
        post = POST_RE.fullmatch((node.attributes.get("data-post") or "").strip())
        if post is None:
            return None
        text_node = next(
            (n for n in node.css(".tgme_widget_message_text") if not _in_reply(n, node)), None
        )
        text = _message_text(text_node) if text_node is not None else ""
        images = _photos(node, page_url)
        date = node.css_first("a.tgme_widget_message_date")
        href = date.attributes.get("href") if date is not None else None
        moment = date.css_first("time[datetime]") if date is not None else None
        posted_at = _utc(moment.attributes.get("datetime") if moment is not None else None)
        seller_name = channel_title or _text_of(node.css_first(".tgme_widget_message_owner_name"))
        title = _title(text) or (PHOTO_TITLE if images else NO_TEXT_TITLE)
        origins = {"title": "html" if text else "placeholder", "seller": "html"}
        filled = {"text": text, "seller_name": seller_name, "posted_at": posted_at}
        origins.update({k: "html" for k, v in filled.items() if v})
        if images:
            origins["images"] = "html"
        return ListingRecord(
            source_id=self.key,
            external_id=post.group(0),
            url=urljoin(page_url, href) if href else f"{self.base_url}/{post.group(0)}",
            title=title,
            text=text,
            seller=post["channel"],
            seller_name=seller_name,
            posted_at=posted_at,
            images=images,
            field_origins=origins,
        )


def _post_number(record: ListingRecord) -> int:
    return int(record.external_id.rsplit("/", 1)[1])


def _taken(url: str) -> int:
    """Messages of the channel kept on newer pages, from the `#taken=N` fragment (else 0)."""
    match = re.fullmatch(r"taken=([0-9]{1,9})", urlsplit(url).fragment)
    return int(match.group(1)) if match else 0


def _in_reply(node: LexborNode, message: LexborNode) -> bool:
    """A text block quoted from the message replied to, not the message's own text."""
    parent = node.parent
    while parent is not None and parent != message:
        if "tgme_widget_message_reply" in (parent.attributes.get("class") or "").split():
            return True
        parent = parent.parent
    return False


def _message_text(node: LexborNode) -> str:
    """Visible text: <br> → line break, other whitespace collapsed, edges trimmed."""
    parts: list[str] = []
    for child in node.traverse(include_text=True):
        if child.tag == "br":
            parts.append("\n")
        elif child.tag == "-text":
            parts.append(re.sub(r"\s+", " ", child.text_content or ""))
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    return "\n".join(lines).strip("\n")


def _title(text: str) -> str:
    line = next((line for line in text.split("\n") if line), "")
    return line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1].rstrip() + "…"


def _photos(node: LexborNode, page_url: str) -> tuple[str, ...]:
    urls = []
    for wrap in node.css(".tgme_widget_message_photo_wrap"):
        match = BACKGROUND_RE.search(wrap.attributes.get("style") or "")
        if match:
            urls.append(match["url"].strip())
    return absolutise(urls, page_url)


def _text_of(node: LexborNode | None) -> str | None:
    if node is None:
        return None
    return " ".join(node.text(separator=" ").split()) or None


def _utc(value: str | None) -> str | None:
    """'2026-11-02T12:15:00+02:00' → '2026-11-02T10:15:00Z'; no offset is read as UTC."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
