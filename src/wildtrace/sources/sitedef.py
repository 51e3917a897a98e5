"""The site-definition format: how to search a site and how to read one of its listings.

Pages are HTML (fields found by CSS selectors) or JSON from a site's API (fields found by the
paths of `jsonpath.py`). YAML, validated by pydantic; `SITE_DEFINITION_SCHEMA` is its JSON
Schema (shipped as site-definition.schema.json for editors). Errors name the file, the field
and the reason.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from wildtrace.sources.definitions import bundled, load_definition, parse_definition
from wildtrace.sources.jsonpath import PathError, parse_path

SITES_DIR = Path(__file__).parent / "sites"
LISTING_FIELDS = (
    "title",
    "text",
    "price",
    "currency",
    "seller",
    "seller_name",
    "location",
    "posted_at",
    "images",
)


class SiteDefinitionError(Exception):
    """A site definition that cannot be used; the message names the file and field."""


class FieldRule(BaseModel):
    """Where one field sits on the page: a CSS selector, and an attribute if not the text."""

    model_config = ConfigDict(extra="forbid")
    selector: str = Field(min_length=1, description="CSS selector (lexbor engine).")
    attr: str | None = Field(default=None, description="Attribute to read instead of text.")
    all: bool = Field(default=False, description="Collect every match (lists, e.g. images).")


FieldSpec = Annotated[
    str | FieldRule,
    Field(description="A CSS selector or a full rule (html), or a JSON path (json)."),
]
PageFormat = Literal["html", "json"]


def _check_path(value: str) -> str:
    try:
        parse_path(value)
    except PathError as exc:
        raise ValueError(f"not a valid JSON path ({exc})") from exc
    return value


class SearchSpec(BaseModel):
    """How to search the site: the results page URL, its links to listings, its pagination."""

    model_config = ConfigDict(extra="forbid")
    format: PageFormat = Field(
        default="html",
        description="What the results pages are: html (links found by CSS selectors) or json "
        "(an API answering JSON; links found by JSON paths such as data.items[*].url).",
    )
    url: str = Field(
        description="URL template relative to base_url with {query} (or {query_slug}: the "
        "words joined by '-') and {page} or {offset} (offset_base + (page - first_page) × "
        "page_size)."
    )
    first_page: int = Field(default=1, ge=0, description="Number of the first results page.")
    page_size: int | None = Field(
        default=None,
        ge=1,
        le=1000,
        description="Results per page; needed by {offset} (sites that page by ?o=48, &start=20).",
    )
    offset_base: int = Field(
        default=0,
        ge=0,
        description="{offset} of the first page: 0 (start=0, 20, 40 …) or 1 (_Desde_1, 49, 97 …).",
    )
    result_links: str = Field(
        min_length=1,
        description="html: CSS selector of links to listings (their href). "
        "json: JSON path to listing URLs (absolute or relative to the results page).",
    )
    next_page: str | None = Field(
        default=None,
        description="html: CSS selector of the next link; json: JSON path to the next page's URL. "
        "Without it, pages are counted up until one has no results.",
    )
    max_pages: int = Field(default=50, ge=1, description="Never read more pages per query.")

    @field_validator("url")
    @classmethod
    def _has_query(cls, value: str) -> str:
        if "{query}" not in value and "{query_slug}" not in value:
            raise ValueError("must contain {query}")
        unknown = set(re.findall(r"{(\w*)}", value)) - {"query", "query_slug", "page", "offset"}
        if unknown:
            raise ValueError(
                f"unknown placeholder(s) {sorted(unknown)}; "
                "use {query} or {query_slug}, {page}, {offset}"
            )
        return value

    @model_validator(mode="after")
    def _offset_needs_page_size(self) -> SearchSpec:
        if "{offset}" in self.url and self.page_size is None:
            raise ValueError("url uses {offset}: set page_size (results per page)")
        return self

    @field_validator("result_links", "next_page")
    @classmethod
    def _json_paths(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is not None and info.data.get("format") == "json":
            return _check_path(value)
        return value


class ListingSpec(BaseModel):
    """How to recognise a listing page by its URL and where each of its fields sits."""

    model_config = ConfigDict(extra="forbid")
    format: PageFormat = Field(
        default="html",
        description="What listing pages are: html (fields found by CSS selectors) or json (an "
        "API answering JSON; each field is a JSON path such as item.price.amount).",
    )
    url_pattern: str = Field(
        description="Regex on the URL path (+query) of a listing page; "
        "a named group `id` gives the site's listing id."
    )
    fields: dict[str, FieldSpec] = Field(
        description=f"Any of {', '.join(LISTING_FIELDS)}; title is required. html: a CSS "
        "selector or a rule; json: a JSON path (for images every value reached, for other "
        "fields the first)."
    )
    opengraph: bool = Field(
        default=True,
        description="html: fill missing fields from OpenGraph meta tags (og:title, "
        "og:description, og:image, product:price:amount / og:price:amount and currency).",
    )
    structured_data: bool = Field(
        default=True,
        description="html: fill missing fields from JSON-LD / microdata Product and Offer.",
    )

    @field_validator("url_pattern")
    @classmethod
    def _valid_regex(cls, value: str) -> str:
        try:
            compiled = re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression ({exc})") from exc
        if "id" not in compiled.groupindex:
            raise ValueError("needs a named group (?P<id>...)")
        return value

    @field_validator("fields")
    @classmethod
    def _known_fields(cls, value: dict[str, Any], info: ValidationInfo) -> dict[str, Any]:
        unknown = sorted(set(value) - set(LISTING_FIELDS))
        if unknown:
            raise ValueError(f"unknown field(s) {unknown}; known: {list(LISTING_FIELDS)}")
        is_json = info.data.get("format") == "json"
        if "title" not in value:
            raise ValueError(f"needs at least a title {'path' if is_json else 'selector'}")
        if is_json:
            for name, spec in value.items():
                if not isinstance(spec, str):
                    raise ValueError(f"{name}: with format json, a field is a JSON path (text)")
                try:
                    _check_path(spec)
                except ValueError as exc:
                    raise ValueError(f"{name}: {exc}") from exc
        return value


class RateLimit(BaseModel):
    """How gently to fetch from this site, on top of the patrol plan's own limits."""

    model_config = ConfigDict(extra="forbid")
    delay: float = Field(
        default=0.0,
        ge=0,
        allow_inf_nan=False,
        description="Seconds to wait at least between two requests to the site.",
    )
    concurrency: int | None = Field(
        default=None, ge=1, description="Requests in flight to the site at most."
    )


class LoginCheck(BaseModel):
    """What a page shows when the session is gone: seen on a fetched page, that page fails
    ("session expired or not logged in") instead of reading as a page without results."""

    model_config = ConfigDict(extra="forbid")
    selector: str | None = Field(
        default=None,
        min_length=1,
        description="CSS selector found only on logged-out pages (e.g. form#login); html only.",
    )
    text: str | None = Field(
        default=None,
        min_length=1,
        description="Text found only on logged-out pages (e.g. 'Please log in'), html or json.",
    )

    @model_validator(mode="after")
    def _one_marker(self) -> LoginCheck:
        if self.selector is None and self.text is None:
            raise ValueError("needs a selector or a text (or both)")
        return self


# A DNS host name, lower case, with at least one dot; no scheme, port, path or address. A
# leading "*." stands for any one label (every state's host of a classifieds site).
HOST_NAME = r"^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$"


class SiteDefinition(BaseModel):
    """A website wildtrace can search and read listings from (source.site.v1)."""

    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$", description="Short stable id.")
    name: str = Field(description="Human-readable name of the site.")
    version: int = Field(ge=1, description="Version of this definition; raise it on changes.")
    base_url: str = Field(pattern=r"^https?://[^/]+/?$", description="Scheme and host only.")
    also_hosts: list[Annotated[str, StringConstraints(pattern=HOST_NAME, max_length=253)]] = Field(
        default_factory=list,
        max_length=50,
        description="Other host names of the same site whose links are followed too (listings "
        "on item.example.com, results on search.example.com), same scheme as base_url; "
        "*.example.com stands for any one label before example.com. Each fetch still goes "
        "through the address checks.",
    )
    language: str = Field(default="multi", description="Main language code, or 'multi'.")
    render: Literal["never", "always", "auto"] = Field(
        default="never",
        description="Render pages in a browser (Debian's Chromium): always, "
        "never, or auto (when a fetched page has almost no visible text).",
    )
    scroll: int = Field(
        default=0,
        ge=0,
        le=50,
        description="Scrolls per rendered page, for lists that load more items as one scrolls.",
    )
    rate_limit: RateLimit | None = Field(
        default=None,
        description="Per-site politeness: {delay: seconds between requests, concurrency: "
        "requests in flight}; the stricter of this and the patrol plan applies.",
    )
    needs_login: bool = Field(
        default=False,
        description="Read the site logged in: its session cookies come from the secrets file "
        "(sites.<id>.cookies); a plan without them is refused.",
    )
    login_check: LoginCheck | None = Field(
        default=None,
        description="What a logged-out page shows ({selector, text}); a page showing it fails "
        "as 'session expired or not logged in' instead of reading as empty.",
    )
    search: SearchSpec = Field(description="How to search the site.")
    listing: ListingSpec = Field(description="How to read one listing.")

    @model_validator(mode="after")
    def _json_is_not_rendered(self) -> SiteDefinition:
        if self.render != "never" and self.reads_json:
            raise ValueError("render: pages read as JSON cannot be rendered; use render: never")
        return self

    @model_validator(mode="after")
    def _selector_needs_html(self) -> SiteDefinition:
        check = self.login_check
        all_json = self.search.format == self.listing.format == "json"
        if check is not None and check.selector is not None and all_json:
            raise ValueError("login_check.selector: every page is JSON; use login_check.text")
        return self

    @property
    def reads_json(self) -> bool:
        """Whether any of the site's pages are read as JSON."""
        return "json" in (self.search.format, self.listing.format)


SITE_DEFINITION_SCHEMA: dict[str, Any] = SiteDefinition.model_json_schema()


def parse_site_definition(text: str, origin: str) -> tuple[SiteDefinition, str]:
    """Parse YAML text; return the definition and the sha256 of its text."""
    return parse_definition(text, origin, SiteDefinition, "site", SiteDefinitionError)


def bundled_sites() -> dict[str, Path]:
    return bundled(SITES_DIR)


def load_site_definition(ref: str, base_dir: Path | None = None) -> tuple[SiteDefinition, str]:
    """`ref` is a bundled site id or a path to a YAML file (relative to base_dir)."""
    return load_definition(ref, base_dir, SITES_DIR, SiteDefinition, "site", SiteDefinitionError)
