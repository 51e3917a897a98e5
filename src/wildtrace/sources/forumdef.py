"""The forum-definition format: how to walk a forum's boards and read the posts of its threads.

YAML, validated by pydantic like site definitions (`sitedef.py`), whose field rules it reuses:
a rule is a CSS selector, or `{selector, attr, all}`. Post fields are read *inside* one post
container; the selector `self` names the container itself (e.g. its `data-post-id`). Errors
name the file, the field and the reason. `FORUM_DEFINITION_SCHEMA` is the JSON Schema.
"""

from __future__ import annotations

import re
from datetime import UTC, tzinfo
from pathlib import Path
from typing import Annotated, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator

from wildtrace.sources.definitions import bundled, load_definition, parse_definition
from wildtrace.sources.sitedef import FieldRule, FieldSpec, SiteDefinitionError

FORUMS_DIR = Path(__file__).parent / "forums"
SELF = "self"
BoardPath = Annotated[str, Field(pattern=r"^/\S*$", description="Path from base_url, with /.")]


class ForumDefinitionError(SiteDefinitionError):
    """A forum definition that cannot be used; the message names the file and field.

    A subclass of SiteDefinitionError, so a patrol plan reports it like a bad site definition.
    """


def _compiled(value: str, group: str | None = "id") -> re.Pattern[str]:
    try:
        compiled = re.compile(value)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression ({exc})") from exc
    if group and group not in compiled.groupindex:
        raise ValueError(f"needs a named group (?P<{group}>...)")
    return compiled


class PostFields(BaseModel):
    """Where each field of one post sits, relative to the post container."""

    model_config = ConfigDict(extra="forbid")
    id: FieldSpec = Field(
        description="The post's id; `{selector: self, attr: ...}` for the "
        "container's own attribute."
    )
    text: FieldSpec = Field(description="The post's body (line breaks kept).")
    author: FieldSpec | None = Field(default=None, description="The author's name: the seller.")
    posted_at: FieldSpec | None = Field(
        default=None, description="Post time, e.g. {selector: time, attr: datetime}."
    )
    images: FieldSpec | None = Field(
        default=None, description="Images in the post, e.g. {selector: img, attr: src, all: true}."
    )
    permalink: FieldSpec | None = Field(
        default=None, description="Link to the post itself (its href); else thread URL + anchor."
    )

    @field_validator("id")
    @classmethod
    def _id_of_self_needs_attr(cls, value: str | FieldRule) -> str | FieldRule:
        rule = FieldRule(selector=value) if isinstance(value, str) else value
        if rule.selector == SELF and not rule.attr:
            raise ValueError("the post container itself needs an attr (e.g. data-post-id)")
        return value


class ForumDefinition(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$", description="Short stable id.")
    name: str
    version: int = Field(ge=1)
    base_url: str = Field(pattern=r"^https?://[^/]+/?$", description="Scheme and host only.")
    boards: list[BoardPath] = Field(min_length=1, description="Board (sub-forum) index pages.")
    thread_links: str = Field(min_length=1, description="CSS selector of links to threads.")
    board_next: str | None = Field(default=None, description="CSS selector of the next board page.")
    thread_url_pattern: str = Field(
        description="Regex on the thread URL path (+query); a named group `id` is the thread id."
    )
    thread_title: str = Field(min_length=1, description="CSS selector of the thread's title.")
    thread_next: str | None = Field(
        default=None, description="CSS selector of the next page of a long thread."
    )
    post: str = Field(min_length=1, description="CSS selector of one post container.")
    post_fields: PostFields
    post_anchor: str = Field(
        default="post-{id}", description="URL fragment of a post when there is no permalink."
    )
    post_exclude: list[str] = Field(
        default_factory=list,
        description="CSS selectors removed from a post before reading it (quotes, signatures).",
    )
    ignore_params: list[str] = Field(
        default_factory=list, description="Query parameters dropped from links (session ids)."
    )
    timezone: str = Field(default="UTC", description="Time zone of post times without an offset.")
    max_board_pages: int = Field(default=20, ge=1, description="Pages read per board at most.")
    max_thread_pages: int = Field(default=50, ge=1, description="Pages read per thread at most.")

    @field_validator("thread_url_pattern")
    @classmethod
    def _valid_regex(cls, value: str) -> str:
        _compiled(value)
        return value

    @field_validator("post_anchor")
    @classmethod
    def _anchor_has_id(cls, value: str) -> str:
        if set(re.findall(r"{(\w*)}", value)) != {"id"}:
            raise ValueError("must contain {id} and no other placeholder")
        return value

    @field_validator("post_exclude")
    @classmethod
    def _no_empty_selectors(cls, value: list[str]) -> list[str]:
        if any(not s.strip() for s in value):
            raise ValueError("empty selector")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        zone_of(value)
        return value

    def tz(self) -> tzinfo:
        return zone_of(self.timezone)


def zone_of(name: str) -> tzinfo:
    """'UTC' without a time-zone database (Windows without tzdata); others from the system."""
    if name == "UTC":
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r}") from exc


FORUM_DEFINITION_SCHEMA: dict[str, Any] = ForumDefinition.model_json_schema()


def parse_forum_definition(text: str, origin: str) -> tuple[ForumDefinition, str]:
    """Parse YAML text; return the definition and the sha256 of its text."""
    return parse_definition(text, origin, ForumDefinition, "forum", ForumDefinitionError)


def bundled_forums() -> dict[str, Path]:
    return bundled(FORUMS_DIR)


def load_forum_definition(ref: str, base_dir: Path | None = None) -> tuple[ForumDefinition, str]:
    """`ref` is a bundled forum id or a path to a YAML file (relative to base_dir)."""
    return load_definition(
        ref, base_dir, FORUMS_DIR, ForumDefinition, "forum", ForumDefinitionError
    )
