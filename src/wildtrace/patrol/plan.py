"""Patrol plans (YAML): which sources, which queries, what limits.

A plan is validated in full, sources included, before anything is written to the store: also the
session cookies of every site that needs login (from the secrets file, read only then).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from wildtrace.config import ConfigError, load_settings
from wildtrace.plugins import PluginError, load_plugin
from wildtrace.sources.base import Source
from wildtrace.sources.keywords import KeywordsError
from wildtrace.sources.secrets import LoginSource, SecretsError, log_in
from wildtrace.sources.sitedef import SiteDefinitionError

DEFAULT_SOURCE = "source.site.v1"


class PlanError(Exception):
    """A plan that cannot run; the message names the file, the entry and the reason."""


class CrawlOptions(BaseModel):
    """How to fetch one source's pages; given beside the source's own keys in a plan entry."""

    model_config = ConfigDict(extra="forbid")
    respect_robots: bool = Field(default=True, description="Honour robots.txt (recorded).")
    proxy: str | None = Field(
        default=None,
        pattern=r"^(socks5h?|http|https)://[^/]+/?$",
        description="Proxy for this source, e.g. socks5h://127.0.0.1:9050 "
        "for Tor; names are then resolved by the proxy.",
    )


CRAWL_KEYS = frozenset(CrawlOptions.model_fields)


class PlanModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", description="Stable plan name.")
    description: str = ""
    sources: list[dict[str, Any]] = Field(min_length=1)
    concurrency: int = Field(default=4, ge=1, le=64, description="Requests in flight.")
    delay: float = Field(default=1.0, ge=0, description="Seconds between requests to one host.")
    per_host_concurrency: int = Field(
        default=2, ge=1, le=64, description="Requests in flight to one host."
    )
    alert_threshold: int | None = Field(default=None, ge=0, le=100)
    revisit_after_hours: float | None = Field(
        default=None,
        ge=0,
        description="Fetch again known listings not seen for this long, "
        "recording changes and removals (0: all of them); unset: no revisits.",
    )


@dataclass(frozen=True)
class Plan:
    model: PlanModel
    sources: tuple[Source, ...]
    origin: str
    crawl: tuple[CrawlOptions, ...] = ()

    def options(self, source_key: str) -> CrawlOptions:
        for source, options in zip(self.sources, self.crawl, strict=False):
            if source.key == source_key:
                return options
        return CrawlOptions()

    @property
    def name(self) -> str:
        return self.model.name

    def fingerprint(self) -> str:
        """Hash of what the plan asks, without base URLs: a moved site resumes the same run."""
        data = self.model.model_dump()
        data["sources"] = [{k: v for k, v in s.items() if k != "base_url"} for s in data["sources"]]
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def _error_text(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in e['loc']) or '(top)'}: {e['msg']}" for e in exc.errors()
    )


def build_plan(
    data: Any,
    origin: str,
    base_dir: Path | None = None,
    overrides: dict[str, Any] | None = None,
    secrets_file: Path | None = None,
) -> Plan:
    """Validate a plan mapping; `overrides` are merged into every source entry (e.g. base_url).
    Sites that need login get their cookies from `secrets_file` (default: the setting's)."""
    if not isinstance(data, dict):
        raise PlanError(f"plan {origin}: expected a mapping with name and sources")
    try:
        model = PlanModel.model_validate(data)
    except ValidationError as exc:
        raise PlanError(f"plan {origin}: {_error_text(exc)}") from exc
    sources = []
    crawl = []
    for index, raw in enumerate(model.sources):
        entry = {k: v for k, v in {**raw, **(overrides or {})}.items() if k not in CRAWL_KEYS}
        plugin_id = str(entry.pop("source", DEFAULT_SOURCE))
        where = f"plan {origin}: sources[{index}]"
        try:
            crawl.append(
                CrawlOptions.model_validate({k: v for k, v in raw.items() if k in CRAWL_KEYS})
            )
            cls = load_plugin("source", plugin_id)
            config = cls.Config.model_validate(entry)
            sources.append(cls(config, base_dir=base_dir))
        except PluginError as exc:
            raise PlanError(f"{where}: {exc}") from exc
        except ValidationError as exc:
            raise PlanError(f"{where}: {_error_text(exc)}") from exc
        except (SiteDefinitionError, KeywordsError) as exc:
            raise PlanError(f"{where}: {exc}") from exc
    keys = [s.key for s in sources]
    if len(set(keys)) != len(keys):
        raise PlanError(f"plan {origin}: a site appears twice; merge its queries into one entry")
    _log_in(tuple(sources), origin, secrets_file)
    return Plan(model, tuple(sources), origin, tuple(crawl))


def _log_in(sources: tuple[Source, ...], origin: str, secrets_file: Path | None) -> None:
    if not any(isinstance(s, LoginSource) and s.needs_login for s in sources):
        return  # the settings and the secrets file are read only for a plan that needs them
    try:
        log_in(sources, secrets_file or load_settings().settings.effective_secrets_file)
    except (SecretsError, ConfigError) as exc:
        raise PlanError(f"plan {origin}: {exc}") from exc


def load_plan(
    path: Path, overrides: dict[str, Any] | None = None, secrets_file: Path | None = None
) -> Plan:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PlanError(f"plan {path}: cannot read ({exc.strerror or exc})") from exc
    except yaml.YAMLError as exc:
        raise PlanError(f"plan {path}: not valid YAML ({exc})") from exc
    return build_plan(data, str(path), path.parent, overrides, secrets_file)
