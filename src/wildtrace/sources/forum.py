"""Source plugin: discussion forums where sellers post offers in threads (forum definition, YAML).

Collects: the index pages of the configured boards (sub-forums) and their next pages, every
thread they link to and the thread's next pages; each post of a thread becomes one listing
(`<thread id>/<post id>`): the thread title ("Re: " for replies), the post text, its author as
the seller, its time in UTC and the images in it. Replies are kept by default because the
evidence of a deal is often there (prices asked and given, "write me on WhatsApp").

Legal/ethical note: passive (`active` False): it reads public boards the way any visitor does,
at the plan's pace, through the crawler's SSRF guard. It never logs in, registers, posts or
writes to anyone, and has no setting to; boards behind a login are out of scope. Posts of people
who are not sellers (buyers, curious members, people warning others) are personal data too:
keep only what the work needs. Only the configured fields are read; avatars, signatures, member
titles, join dates and post counts are not (use `post_exclude` for signatures and quotes), and
images are kept as URLs, not downloaded. `replies: false` keeps only each thread's opening post.

Known failure modes: selectors drift when the forum changes its theme; a thread behind a login
is redirected to a page without posts (a ParseError naming the thread, the patrol goes on); a
board page without thread links is a ParseError too (empty board, login wall or drift); session
ids in links make one thread look like many (list them in `ignore_params`); "Re:" is decided by
position (the first post of a thread's first page), so a board linking straight to a later
page of a thread makes its first post look like an opening post; nested post containers
(threaded views) repeat the inner post's text in the outer one; times shown only as
"yesterday, 21:40" are kept as written, not converted.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Annotated, ClassVar
from urllib.parse import parse_qsl, urldefrag, urlencode, urljoin, urlsplit, urlunsplit

from pydantic import BaseModel, ConfigDict, Field
from selectolax.lexbor import LexborHTMLParser, LexborNode

from wildtrace.domain.listing import FetchedPage, ListingRecord
from wildtrace.sources.base import HTML_TYPES, PageRef, ParseError, ParseResult, Seed
from wildtrace.sources.definitions import FromDefinition
from wildtrace.sources.extract import absolutise, as_rule
from wildtrace.sources.forumdef import SELF, ForumDefinition, load_forum_definition
from wildtrace.sources.sitedef import FieldSpec
from wildtrace.sources.web import SiteURLs, decode_page

REPLY_PREFIX = "Re: "
_BLOCKS = "address article aside blockquote dd div dl dt figcaption figure footer header hr li"
_MORE_BLOCKS = "h1 h2 h3 h4 h5 h6 main nav ol p pre section table td th tr ul"
BLOCK_TAGS = frozenset(f"{_BLOCKS} {_MORE_BLOCKS}".split(" "))


class ForumSourceConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    forum: str = Field(description="Bundled forum id (e.g. example-forum) or path to a YAML file.")
    base_url: str | None = Field(
        default=None,
        pattern=r"^https?://[^/]+/?$",
        description="Override the definition's base URL (mirror, test server).",
    )
    boards: list[Annotated[str, Field(pattern=r"^/\S*$")]] | None = Field(
        default=None, min_length=1, description="Board paths to read instead of the definition's."
    )
    max_board_pages: int | None = Field(
        default=None, ge=1, description="Pages per board; never more than the definition allows."
    )
    max_thread_pages: int | None = Field(
        default=None, ge=1, description="Pages per thread; never more than the definition allows."
    )
    replies: bool = Field(
        default=True, description="Keep replies; false keeps only each thread's opening post."
    )


class ForumSource(FromDefinition, SiteURLs):
    id: ClassVar[str] = "source.forum.v1"
    kind: ClassVar[str] = "source"
    summary: ClassVar[str] = (
        "Forums described by a forum definition: boards, threads, one listing per post"
    )
    flags: ClassVar[dict[str, bool]] = {"active": False, "needs_login": False}
    Config: ClassVar[type[ForumSourceConfig]] = ForumSourceConfig

    def __init__(self, config: ForumSourceConfig, base_dir: Path | None = None) -> None:
        self.config = config
        self.definition: ForumDefinition
        self.definition, self._sha256 = load_forum_definition(config.forum, base_dir)
        self.base_url = (config.base_url or self.definition.base_url).rstrip("/")
        self._thread_re = re.compile(self.definition.thread_url_pattern)
        self._tz = self.definition.tz()

    @property
    def accept_types(self) -> tuple[str, ...]:
        return HTML_TYPES

    @property
    def max_listings(self) -> int | None:
        return None  # the runner caps "listing" follows only; pages are capped instead

    @property
    def max_board_pages(self) -> int:
        return min(
            self.config.max_board_pages or self.definition.max_board_pages,
            self.definition.max_board_pages,
        )

    @property
    def max_thread_pages(self) -> int:
        return min(
            self.config.max_thread_pages or self.definition.max_thread_pages,
            self.definition.max_thread_pages,
        )

    def seeds(self) -> list[Seed]:
        """One seed per board; the board path rides along as the query of all it leads to."""
        boards = self.config.boards or self.definition.boards
        return [Seed("board", b, b, 1) for b in dict.fromkeys(boards)]

    def thread_id(self, url: str) -> str | None:
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        match = self._thread_re.search(path)
        return match.group("id") if match else None

    def clean(self, url: str) -> str:
        """Drop the fragment and the query parameters listed in `ignore_params`."""
        url = urldefrag(url).url
        if not self.definition.ignore_params:
            return url
        parts = urlsplit(url)
        kept = [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if k not in self.definition.ignore_params
        ]
        return urlunsplit(parts._replace(query=urlencode(kept)))

    def parse(self, page: FetchedPage, ref: PageRef) -> ParseResult:
        tree = LexborHTMLParser(decode_page(page))
        if ref.kind == "board":
            return self.parse_board(tree, page, ref)
        if ref.kind == "thread":
            return self.parse_thread(tree, page, ref)
        raise ParseError(f"{page.final_url}: {self.id} cannot read pages of kind {ref.kind!r}")

    def _link(self, tree: LexborHTMLParser, selector: str | None, page_url: str) -> str | None:
        node = tree.css_first(selector) if selector else None
        href = node.attributes.get("href") if node is not None else None
        url = self.clean(urljoin(page_url, href)) if href else None
        return url if url and self.on_site(url) and url != self.clean(page_url) else None

    def parse_board(self, tree: LexborHTMLParser, page: FetchedPage, ref: PageRef) -> ParseResult:
        """A board page → the threads it lists, then its next page (within max_board_pages)."""
        hrefs = [n.attributes.get("href") or "" for n in tree.css(self.definition.thread_links)]
        urls = [self.clean(u) for u in absolutise(hrefs, page.final_url)]
        threads = [u for u in dict.fromkeys(urls) if self.on_site(u) and self.thread_id(u)]
        if not threads:
            raise ParseError(
                f"{page.final_url}: no thread links (selector {self.definition.thread_links!r}); "
                "the board may be empty, need a login, or its markup changed"
            )
        follow = [Seed("thread", self.relativise(u), ref.query, 1) for u in threads]
        next_url = self._link(tree, self.definition.board_next, page.final_url)
        if next_url and ref.page < self.max_board_pages:
            follow.append(Seed("board", self.relativise(next_url), ref.query, ref.page + 1))
        return ParseResult(follow=tuple(follow))

    def parse_thread(self, tree: LexborHTMLParser, page: FetchedPage, ref: PageRef) -> ParseResult:
        """A thread page → one listing per post, then the thread's next page."""
        thread = self.thread_id(page.final_url) or self.thread_id(page.url)
        if thread is None:
            raise ParseError(f"{page.final_url}: not a thread URL of {self.key}")
        posts = tree.css(self.definition.post)
        if not posts:
            raise ParseError(
                f"{page.final_url}: no posts (selector {self.definition.post!r}); "
                "the thread may need a login, be deleted, or its markup changed"
            )
        title = _one_line(tree.css_first(self.definition.thread_title))
        if not title:
            raise ParseError(
                f"{page.final_url}: no thread title (selector {self.definition.thread_title!r})"
            )
        html_node = tree.css_first("html")
        lang = (html_node.attributes.get("lang") if html_node is not None else None) or None
        records: dict[str, ListingRecord] = {}
        for node in posts:
            opening = ref.page == 1 and not records
            record = self.post_record(node, thread, title, page.final_url, opening, lang)
            if record is not None:
                records.setdefault(record.external_id, record)
        if not self.config.replies:
            opening_posts = list(records.values())[:1] if ref.page == 1 else []
            return ParseResult(listings=tuple(opening_posts))
        follow: tuple[Seed, ...] = ()
        next_url = self._link(tree, self.definition.thread_next, page.final_url)
        if next_url and self.thread_id(next_url) == thread and ref.page < self.max_thread_pages:
            follow = (Seed("thread", self.relativise(next_url), ref.query, ref.page + 1),)
        return ParseResult(listings=tuple(records.values()), follow=follow)

    def post_record(
        self,
        node: LexborNode,
        thread: str,
        title: str,
        page_url: str,
        opening: bool,
        lang: str | None = None,
    ) -> ListingRecord | None:
        """One post container → a listing; a container without a post id (an ad slot) → None."""
        fields = self.definition.post_fields
        post_id = _first(select_in(node, fields.id))
        if not post_id:
            return None
        if self.definition.post_exclude:
            node = node.clone()  # removals stay off the page: posts may nest in one another
            for selector in self.definition.post_exclude:
                _remove(node, selector)
        permalink = _first(select_in(node, fields.permalink)) if fields.permalink else None
        anchor = self.definition.post_anchor.format(id=post_id)
        url = urljoin(page_url, permalink) if permalink else f"{urldefrag(page_url).url}#{anchor}"
        values = {
            "text": "\n".join(select_in(node, fields.text, lines=True)),
            "seller": (_first(select_in(node, fields.author)) or "").lstrip("@").strip(),
            "posted_at": _utc(_first(select_in(node, fields.posted_at)), self._tz),
        }
        images = absolutise(select_in(node, fields.images), page_url) if fields.images else ()
        origins = {"title": "html", **{k: "html" for k, v in values.items() if v}}
        if images:
            origins["images"] = "html"
        return ListingRecord(
            source_id=self.key,
            external_id=f"{thread}/{post_id}",
            url=url,
            title=title if opening else REPLY_PREFIX + title,
            text=values["text"] or "",
            seller=values["seller"] or None,
            posted_at=values["posted_at"] or None,
            images=images,
            lang=lang,
            field_origins=origins,
        )


def select_in(node: LexborNode, spec: FieldSpec | None, lines: bool = False) -> list[str]:
    """Like extract.select_field, inside one node; the selector `self` is the node itself.

    Note that lexbor's node.css also matches the node itself, not only what is inside it.
    Text is read with line breaks at <br> and block elements (`lines`) or on one line.
    """
    if spec is None:
        return []
    rule = as_rule(spec)
    if rule.selector == SELF:
        nodes = [node]
    elif rule.all:
        nodes = node.css(rule.selector)
    else:
        nodes = [n for n in [node.css_first(rule.selector)] if n is not None]
    values = []
    for found in nodes:
        if rule.attr:
            value = (found.attributes.get(rule.attr) or "").strip()
        else:
            value = _text(found) if lines else (_one_line(found) or "")
        if value:
            values.append(value)
    return values


def _first(values: list[str]) -> str | None:
    return values[0] if values else None


def _remove(container: LexborNode, selector: str) -> None:
    """Remove every match inside the container (one at a time: no stale nested nodes)."""
    while (found := container.css_first(selector)) is not None:
        if found.mem_id == container.mem_id:  # the container itself: read it, do not drop it
            return
        found.decompose()


def _block_of(node: LexborNode, top: LexborNode) -> int:
    parent = node.parent
    while parent is not None and parent.mem_id != top.mem_id:
        if parent.tag in BLOCK_TAGS:
            return parent.mem_id
        parent = parent.parent
    return top.mem_id


def _text(node: LexborNode) -> str:
    """Visible text: a line per block element and <br>, other whitespace collapsed."""
    parts: list[str] = []
    block = node.mem_id
    for child in node.traverse(include_text=True):
        if child.tag == "br":
            parts.append("\n")
        elif child.tag == "-text":
            here = _block_of(child, node)
            if here != block:
                parts.append("\n")
                block = here
            parts.append(re.sub(r"\s+", " ", child.text_content or ""))  # source line breaks
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _one_line(node: LexborNode | None) -> str | None:
    if node is None:
        return None
    return " ".join(_text(node).split()) or None


def _utc(value: str | None, zone: tzinfo) -> str | None:
    """ISO time → 'YYYY-MM-DDTHH:MM:SSZ' (no offset: the forum's zone); else kept as written."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return value.strip()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
