"""The site-definition format: how to search a site and how to read one of its listings.

YAML, validated by pydantic; `SITE_DEFINITION_SCHEMA` is its JSON Schema (shipped as
site-definition.schema.json for editors). Errors name the file, the field and the reason.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

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


FieldSpec = Annotated[str | FieldRule, Field(description="A CSS selector or a full rule.")]


class SearchSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url: str = Field(description="URL template relative to base_url with {query} and {page}.")
    first_page: int = Field(default=1, ge=0, description="Number of the first results page.")
    result_links: str = Field(min_length=1, description="CSS selector of links to listings.")
    next_page: str | None = Field(
        default=None,
        description="CSS selector of the next link; "
        "without it, pages are counted up until one has no results.",
    )
    max_pages: int = Field(default=50, ge=1, description="Never read more pages per query.")

    @field_validator("url")
    @classmethod
    def _has_query(cls, value: str) -> str:
        if "{query}" not in value:
            raise ValueError("must contain {query}")
        unknown = set(re.findall(r"{(\w*)}", value)) - {"query", "page"}
        if unknown:
            raise ValueError(f"unknown placeholder(s) {sorted(unknown)}; use {{query}}, {{page}}")
        return value


class ListingSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    url_pattern: str = Field(
        description="Regex on the URL path (+query) of a listing page; "
        "a named group `id` gives the site's listing id."
    )
    fields: dict[str, FieldSpec] = Field(description=f"Any of {', '.join(LISTING_FIELDS)}.")
    structured_data: bool = Field(
        default=True, description="Fill missing fields from JSON-LD / microdata Product and Offer."
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
    def _known_fields(cls, value: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(value) - set(LISTING_FIELDS))
        if unknown:
            raise ValueError(f"unknown field(s) {unknown}; known: {list(LISTING_FIELDS)}")
        if "title" not in value:
            raise ValueError("needs at least a title selector")
        return value


class SiteDefinition(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$", description="Short stable id.")
    name: str
    version: int = Field(ge=1)
    base_url: str = Field(pattern=r"^https?://[^/]+/?$", description="Scheme and host only.")
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
    search: SearchSpec
    listing: ListingSpec


SITE_DEFINITION_SCHEMA: dict[str, Any] = SiteDefinition.model_json_schema()


def _format_error(origin: str, exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error["loc"])
        parts.append(f"{where or '(top)'}: {error['msg']}")
    return f"site definition {origin}: " + "; ".join(parts)


def parse_site_definition(text: str, origin: str) -> tuple[SiteDefinition, str]:
    """Parse YAML text; return the definition and the sha256 of its text."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SiteDefinitionError(f"site definition {origin}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise SiteDefinitionError(f"site definition {origin}: expected a mapping")
    try:
        definition = SiteDefinition.model_validate(data)
    except ValidationError as exc:
        raise SiteDefinitionError(_format_error(origin, exc)) from exc
    return definition, hashlib.sha256(text.encode("utf-8")).hexdigest()


def bundled_sites() -> dict[str, Path]:
    return {p.stem: p for p in sorted(SITES_DIR.glob("*.yaml"))}


def load_site_definition(ref: str, base_dir: Path | None = None) -> tuple[SiteDefinition, str]:
    """`ref` is a bundled site id or a path to a YAML file (relative to base_dir)."""
    bundled = bundled_sites()
    if ref in bundled:
        path = bundled[ref]
    else:
        path = Path(ref)
        if not path.is_absolute() and base_dir is not None:
            path = base_dir / path
        if not path.is_file():
            known = ", ".join(bundled) or "none"
            raise SiteDefinitionError(
                f"site definition {ref!r}: no such file and no bundled site of that id "
                f"(bundled: {known})"
            )
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SiteDefinitionError(f"site definition {path}: cannot read ({exc})") from exc
    return parse_site_definition(text, str(path))
