"""Source plugin: any website described by a site definition (YAML).

Collects: search result pages for each query, then each listing page they link to; either may be
HTML (CSS selectors, with OpenGraph and structured-data fallbacks) or JSON from the site's API
(JSON paths). Legal/ethical note: `active` (it submits searches and paginates); public pages, at
the plan's pace (and the site's own `rate_limit`), with the crawler's SSRF guard. A definition
with `needs_login` reads the site logged in, with session cookies from the secrets file: use
only an account your agency may use for this, under its legal authority and the site's terms.
Known failure modes: selectors drift when a site changes its markup (the fallbacks soften it),
APIs change their shape (paths then find nothing), sites that render only in a browser, and
sessions that expire (`login_check` turns a logged-out page into a clear failure).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import quote_plus, urljoin, urlsplit

from pydantic import BaseModel, ConfigDict, Field
from selectolax.lexbor import LexborHTMLParser

from wildtrace.crawl.canonical import canonical
from wildtrace.crawl.cookies import SessionCookies
from wildtrace.domain.listing import FetchedPage, ListingRecord, ParsedSearchPage
from wildtrace.sources.base import HTML_TYPES, PageRef, ParseError, ParseResult, Seed
from wildtrace.sources.definitions import FromDefinition
from wildtrace.sources.extract import (
    absolutise,
    json_fields,
    opengraph_product,
    parse_price,
    read_json,
    select_field,
    structured_product,
)
from wildtrace.sources.jsonpath import parse_path
from wildtrace.sources.keywords import KeywordsConfig, LexiconSource, expand
from wildtrace.sources.sitedef import LISTING_FIELDS, SiteDefinition, load_site_definition
from wildtrace.sources.web import SiteURLs, decode_page


class SiteSourceConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    site: str = Field(description="Bundled site id (e.g. demo-market) or path to a YAML file.")
    base_url: str | None = Field(
        default=None,
        pattern=r"^https?://[^/]+/?$",
        description="Override the definition's base URL (mirror).",
    )
    queries: list[str] = Field(
        default_factory=lambda: [""],
        min_length=1,
        description="Search terms; an empty string browses all.",
    )
    max_pages: int | None = Field(default=None, ge=1, description="Result pages per query.")
    max_listings: int | None = Field(
        default=None, ge=1, description="Listings to enqueue per query at most."
    )
    keywords: KeywordsConfig | None = Field(
        default=None,
        description="More queries from a keyword file and from the lexicon's terms for chosen "
        "taxa and languages, through query templates (added to `queries` when given).",
    )


class SiteSource(FromDefinition, SiteURLs):
    id = "source.site.v1"
    kind = "source"
    summary = "Websites described by a site definition: search pages, pagination, listings"
    flags: ClassVar[dict[str, bool]] = {"active": True, "needs_login": False}
    revisit_kind: ClassVar[str] = "listing"  # known listings can be fetched again
    Config = SiteSourceConfig

    def __init__(self, config: SiteSourceConfig, base_dir: Path | None = None) -> None:
        self.config = config
        self.definition: SiteDefinition
        self.definition, self._sha256 = load_site_definition(config.site, base_dir)
        self.base_url = (config.base_url or self.definition.base_url).rstrip("/")
        self._listing_re = re.compile(self.definition.listing.url_pattern)
        self.cookies: SessionCookies | None = None  # set by the plan for a needs_login site
        self.queries = _queries(config, base_dir)

    @property
    def accept_types(self) -> tuple[str, ...]:
        return (*HTML_TYPES, "application/json") if self.definition.reads_json else HTML_TYPES

    @property
    def max_listings(self) -> int | None:
        return self.config.max_listings

    @property
    def render(self) -> str:
        return self.definition.render

    @property
    def scroll(self) -> int:
        return self.definition.scroll

    @property
    def min_delay(self) -> float:
        """Seconds between two requests to the site at least (its rate_limit.delay; 0.0)."""
        limit = self.definition.rate_limit
        return limit.delay if limit is not None else 0.0

    @property
    def max_host_concurrency(self) -> int | None:
        """Requests in flight to the site at most (its rate_limit.concurrency), or None."""
        limit = self.definition.rate_limit
        return limit.concurrency if limit is not None else None

    @property
    def needs_login(self) -> bool:
        """Whether the site is read logged in (the plan then gives `use_session` cookies)."""
        return self.definition.needs_login

    def use_session(self, cookies: SessionCookies) -> None:
        self.cookies = cookies

    def check_login(self, page: FetchedPage, kind: str) -> None:
        """Fail a page that shows the definition's logged-out marker: it must not read as a
        page without results (or a listing without fields)."""
        check = self.definition.login_check
        if check is None:
            return
        fmt = self.definition.listing.format if kind == "listing" else self.definition.search.format
        text = decode_page(page)
        seen = check.text is not None and check.text in text
        if not seen and check.selector is not None and fmt == "html":
            seen = LexborHTMLParser(text).css_first(check.selector) is not None
        if seen:
            raise ParseError(
                f"session expired or not logged in for {self.key}: {page.final_url} shows the "
                "login_check marker (renew the cookies in the secrets file)"
            )

    def parse(self, page: FetchedPage, ref: PageRef) -> ParseResult:
        self.check_login(page, "listing" if ref.kind == "listing" else "search")
        if ref.kind == "listing":
            return ParseResult(listings=(self.parse_listing(page),))
        parsed = self.parse_search(page, ref.query or "", ref.page)
        follow = [Seed("listing", self.relativise(u), ref.query) for u in parsed.listing_urls]
        if parsed.next_url:
            follow.append(Seed("search", self.relativise(parsed.next_url), ref.query, ref.page + 1))
        return ParseResult(follow=tuple(follow))

    @property
    def max_pages(self) -> int:
        return min(
            self.config.max_pages or self.definition.search.max_pages,
            self.definition.search.max_pages,
        )

    def search_target(self, query: str, page: int) -> str:
        search = self.definition.search
        offset = search.offset_base + (page - search.first_page) * (search.page_size or 0)
        slug = "-".join(quote_plus(word) for word in query.split())
        return search.url.format(query=quote_plus(query), query_slug=slug, page=page, offset=offset)

    def on_site(self, url: str) -> bool:
        """Links to the site's own host, or to one of its also_hosts, are followed."""
        parts = urlsplit(url)
        if parts.netloc == urlsplit(self.base_url).netloc:
            return True
        return (
            parts.scheme == urlsplit(self.base_url).scheme
            and parts.port is None
            and self._also_host(parts.hostname or "")
        )

    def _also_host(self, host: str) -> bool:
        """One of the definition's also_hosts ("*.olx.com.br": any one label before it)."""
        for allowed in self.definition.also_hosts:
            if allowed.startswith("*."):
                label, _, rest = host.partition(".")
                if label and rest == allowed[2:]:
                    return True
            elif host == allowed:
                return True
        return False

    def seeds(self) -> list[Seed]:
        first = self.definition.search.first_page
        return [Seed("search", self.search_target(q, first), q, first) for q in self.queries]

    def revisit_target(self, url: str) -> str:
        """A stored listing URL as a target on whatever base URL the site has now (a listing
        on one of the site's also_hosts keeps its own host)."""
        parts = urlsplit(url)
        if self._also_host(parts.hostname or ""):
            return url
        return parts.path + (f"?{parts.query}" if parts.query else "")

    def listing_id(self, url: str) -> str | None:
        parts = urlsplit(canonical(url))  # tracking parameters do not hide a listing's address
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        match = self._listing_re.search(path)
        return match.group("id") if match else None

    def parse_search(self, page: FetchedPage, query: str, page_number: int) -> ParsedSearchPage:
        search = self.definition.search
        links, next_href = (
            self._json_search(page) if search.format == "json" else self._html_search(page)
        )
        urls = tuple(
            u for u in absolutise(links, page.final_url) if self.on_site(u) and self.listing_id(u)
        )
        next_url = None
        if page_number - search.first_page + 1 < self.max_pages:
            if search.next_page:
                next_url = urljoin(page.final_url, next_href) if next_href else None
            elif urls:
                next_url = self.resolve(self.search_target(query, page_number + 1))
        return ParsedSearchPage(urls, next_url if next_url and self.on_site(next_url) else None)

    def _html_search(self, page: FetchedPage) -> tuple[list[str], str | None]:
        """Listing links and the next page's href (if a next_page selector is set)."""
        search = self.definition.search
        tree = LexborHTMLParser(decode_page(page))
        links = [n.attributes.get("href") or "" for n in tree.css(search.result_links)]
        node = tree.css_first(search.next_page) if search.next_page else None
        return links, node.attributes.get("href") if node is not None else None

    def _json_search(self, page: FetchedPage) -> tuple[list[str], str | None]:
        """Listing URLs and the next page's URL (if a next_page path is set) from JSON."""
        search = self.definition.search
        data = read_json(page)
        links = parse_path(search.result_links).strings(data)
        found = parse_path(search.next_page).strings(data) if search.next_page else []
        return links, found[0] if found else None

    def parse_listing(self, page: FetchedPage) -> ListingRecord:
        external_id = self.listing_id(page.final_url) or self.listing_id(page.url)
        if external_id is None:
            raise ParseError(f"{page.final_url}: not a listing URL of {self.key}")
        spec = self.definition.listing
        if spec.format == "json":
            values: dict[str, Any] = json_fields(read_json(page), spec.fields)
            origins = dict.fromkeys(values, "json")
            lang = None
        else:
            values, origins, lang = self._html_listing(page)
        if "images" in values:
            values["images"] = absolutise(list(values["images"]), page.final_url)
        if not values.get("title"):
            what = "path" if spec.format == "json" else "selector"
            raise ParseError(f"{page.final_url}: no title found ({what} {spec.fields['title']!r})")
        return self._record(page, external_id, values, origins, lang)

    def _html_listing(self, page: FetchedPage) -> tuple[dict[str, Any], dict[str, str], str | None]:
        """Fields by CSS selector, then what is still missing from OpenGraph tags, then from
        JSON-LD / microdata; with the route of each and the page's language."""
        spec = self.definition.listing
        html = decode_page(page)
        tree = LexborHTMLParser(html)
        values: dict[str, Any] = {}
        origins: dict[str, str] = {}
        for name, rule in spec.fields.items():
            found = select_field(tree, rule)
            if found:
                values[name] = found if name == "images" else found[0]
                origins[name] = "html"
        # Metadata is read only while a listing field is still missing (extruct is slow): a
        # definition may leave price or images to the page's metadata on purpose.
        if spec.opengraph and _missing(values):
            _fill(values, origins, opengraph_product(tree), "opengraph")
        if spec.structured_data and _missing(values):
            _fill(values, origins, structured_product(html, page.final_url), "structured_data")
        html_node = tree.css_first("html")
        lang = html_node.attributes.get("lang") if html_node is not None else None
        return values, origins, lang or None

    def _record(
        self,
        page: FetchedPage,
        external_id: str,
        values: dict[str, object],
        origins: dict[str, str],
        lang: str | None,
    ) -> ListingRecord:
        amount, currency = parse_price(str(values["price"]) if "price" in values else None)
        if currency and "currency" not in values:
            origins["currency"] = origins["price"]  # read from the price text itself
        images = values.get("images", ())
        return ListingRecord(
            source_id=self.key,
            external_id=external_id,
            url=page.final_url,
            title=str(values["title"]),
            text=str(values.get("text", "")),
            price=amount,
            currency=str(values.get("currency") or currency or "") or None,
            seller=_opt(values.get("seller"), strip="@"),
            seller_name=_opt(values.get("seller_name")),
            location=_opt(values.get("location")),
            posted_at=_opt(values.get("posted_at")),
            images=tuple(images) if isinstance(images, tuple | list) else (str(images),),
            lang=lang,
            field_origins=origins,
        )


def _missing(values: dict[str, Any]) -> set[str]:
    """Listing fields not found yet (the currency comes with a price's text)."""
    wanted = set(LISTING_FIELDS) - ({"currency"} if "price" in values else set())
    return wanted - set(values)


def _fill(
    values: dict[str, Any], origins: dict[str, str], found: dict[str, Any], origin: str
) -> None:
    """Add the fields `found` by a fallback that are not there yet, with their origin."""
    for name, value in found.items():
        if name not in values:
            values[name] = value if name == "images" else str(value)
            origins[name] = origin


def _opt(value: object, strip: str = "") -> str | None:
    if value is None:
        return None
    text = str(value).strip().lstrip(strip)
    return text or None


def _queries(config: SiteSourceConfig, base_dir: Path | None) -> list[str]:
    """The plan's queries and those its keywords make, in order, each once. With keywords and
    no explicit `queries`, the site is not also browsed whole (the default empty query)."""
    if config.keywords is None:
        return list(dict.fromkeys(config.queries))
    given = config.queries if "queries" in config.model_fields_set else []
    made = expand(config.keywords, base_dir, LexiconSource())
    return list(dict.fromkeys([*given, *made]))
