"""Settings, layered: defaults in code < settings file < environment < CLI flag.

Every value remembers where it came from so `wildtrace config show` can say why it is what it is.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

ENV_PREFIX = "WILDTRACE_"
SETTINGS_FILE_NAME = "settings.yaml"
SECRETS_FILE_NAME = "secrets.yaml"
LIST_SETTINGS = frozenset({"allow_hosts", "tsa_urls"})


class ConfigError(Exception):
    """A settings value or file that cannot be used; the message names it."""


class Settings(BaseModel):
    """The effective settings of one process."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    home: Path = Field(description="Data folder: database, evidence blobs, caches.")
    database_url: str = Field(
        default="",
        description="SQLAlchemy URL; empty means the embedded SQLite file under home.",
    )
    allow_hosts: tuple[str, ...] = Field(
        default=(),
        description="Private hosts or networks the crawler may fetch (e.g. 127.0.0.1).",
    )
    user_agent: str = Field(
        default="wildtrace/0.1 (+https://github.com/wildtrace; cyber patrol)",
        description="User-Agent header sent with every request.",
    )
    http_timeout: float = Field(default=20.0, gt=0, description="Seconds per request.")
    max_body_bytes: int = Field(
        default=10_000_000, gt=0, description="Responses larger than this are refused."
    )
    tsa_urls: tuple[str, ...] = Field(
        default=(),
        description="RFC 3161 timestamp authorities for evidence (comma-separated URLs).",
    )
    alert_threshold: int = Field(
        default=50, ge=0, le=100, description="Risk score from which a listing raises an alert."
    )
    evidence_min_score: int | None = Field(
        default=None,
        ge=0,
        le=100,
        description="Risk score from which a patrol's new alerts are preserved as evidence "
        "automatically (rendered page, screenshot, PDF, images); empty: never.",
    )
    secrets_file: Path | None = Field(
        default=None,
        description="YAML file of session cookies for sites that need login (mode 600); "
        "empty means secrets.yaml under home.",
    )

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home / 'wildtrace.db'}"

    @property
    def blob_dir(self) -> Path:
        return self.home / "blobs"

    @property
    def effective_secrets_file(self) -> Path:
        return self.secrets_file or self.home / SECRETS_FILE_NAME


@dataclass(frozen=True)
class LoadedSettings:
    """Settings plus the origin of every field ("default", a file path, "env", "flag")."""

    settings: Settings
    origins: dict[str, str]


def default_home() -> Path:
    return Path(platformdirs.user_data_dir("wildtrace", appauthor=False))


def _env_values(environ: dict[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in Settings.model_fields:
        raw = environ.get(ENV_PREFIX + name.upper())
        if raw is None or raw == "":
            continue
        values[name] = _split_list(raw) if name in LIST_SETTINGS else raw
    return values


def _split_list(raw: str) -> list[str]:
    return [part.strip() for part in raw.split(",") if part.strip()]


def _file_values(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(f"settings file {path}: not valid YAML ({exc})") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"settings file {path}: expected a mapping of setting: value")
    unknown = sorted(set(data) - set(Settings.model_fields))
    if unknown:
        raise ConfigError(f"settings file {path}: unknown setting(s) {', '.join(unknown)}")
    for name in LIST_SETTINGS:
        if isinstance(data.get(name), str):
            data[name] = _split_list(data[name])
    return data


def load_settings(
    flags: dict[str, Any] | None = None, environ: dict[str, str] | None = None
) -> LoadedSettings:
    """Merge the layers; raise ConfigError naming the bad value."""
    env = dict(os.environ if environ is None else environ)
    layers: list[tuple[str, dict[str, Any]]] = []
    env_values = _env_values(env)
    flag_values = {k: v for k, v in (flags or {}).items() if v is not None}
    home = Path(flag_values.get("home") or env_values.get("home") or default_home())
    settings_path = Path(env.get(ENV_PREFIX + "SETTINGS") or home / SETTINGS_FILE_NAME)
    if settings_path.is_file():
        layers.append((str(settings_path), _file_values(settings_path)))
    layers.append(("env", env_values))
    layers.append(("flag", flag_values))

    merged: dict[str, Any] = {"home": home}
    origins = dict.fromkeys(Settings.model_fields, "default")
    origins["home"] = "default"
    for origin, values in layers:
        for key, value in values.items():
            merged[key] = value
            origins[key] = origin
    try:
        settings = Settings(**merged)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"setting {field} ({origins.get(field, '?')}): {first['msg']}") from exc
    return LoadedSettings(settings=settings, origins=origins)
