"""Plugin registry: sources, detectors and exporters found through Python entry points.

Built-ins register the same way as third-party plugins (see pyproject.toml), so there is one
mechanism. Each plugin class declares `id` (versioned, e.g. `source.site.v1`), `kind`, `summary`
and a pydantic `Config`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.metadata import EntryPoint, entry_points
from typing import Any

from pydantic import BaseModel

GROUPS = {
    "source": "wildtrace.sources",
    "detector": "wildtrace.detectors",
    "exporter": "wildtrace.exporters",
}


class PluginError(Exception):
    """A plugin that is unknown or broken; the message names it."""


@dataclass(frozen=True)
class PluginInfo:
    id: str
    kind: str
    summary: str
    target: str
    config_schema: dict[str, Any]
    flags: dict[str, bool] = field(default_factory=dict)


def _entry_points(kind: str) -> list[EntryPoint]:
    if kind not in GROUPS:
        raise PluginError(f"unknown plugin kind {kind!r}; known: {', '.join(GROUPS)}")
    return sorted(entry_points(group=GROUPS[kind]), key=lambda ep: ep.name)


def load_plugin(kind: str, plugin_id: str) -> Any:
    """The plugin class registered under `plugin_id`; short ids (`site`) are accepted."""
    candidates = _entry_points(kind)
    wanted = {plugin_id, f"{kind}.{plugin_id}", f"{kind}.{plugin_id}.v1"}
    for ep in candidates:
        if ep.name in wanted:
            try:
                cls = ep.load()
            except Exception as exc:
                raise PluginError(f"{kind} {ep.name}: cannot load {ep.value} ({exc})") from exc
            if getattr(cls, "id", None) != ep.name:
                raise PluginError(f"{kind} {ep.name}: class declares id {cls.id!r}")
            return cls
    known = ", ".join(ep.name for ep in candidates) or "none"
    raise PluginError(f"unknown {kind} {plugin_id!r}; known: {known}")


def discover() -> list[PluginInfo]:
    """Every registered plugin, loaded, with its config schema."""
    infos = []
    for kind in GROUPS:
        for ep in _entry_points(kind):
            cls = load_plugin(kind, ep.name)
            config: type[BaseModel] = cls.Config
            infos.append(
                PluginInfo(
                    id=ep.name,
                    kind=kind,
                    summary=cls.summary,
                    target=ep.value,
                    config_schema=config.model_json_schema(),
                    flags=dict(getattr(cls, "flags", {})),
                )
            )
    return infos
