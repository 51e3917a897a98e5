"""Contract tests over the plugin registry: ids, summaries, configs, module docs."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest
from pydantic import BaseModel

from wildtrace.plugins import PluginError, discover, load_plugin

PLUGINS = discover()


def test_registry_has_each_kind() -> None:
    assert {p.kind for p in PLUGINS} == {"source", "detector", "exporter"}


@pytest.mark.parametrize("info", PLUGINS, ids=lambda p: p.id)
def test_plugin_contract(info) -> None:
    assert re.fullmatch(rf"{info.kind}\.[a-z0-9_]+\.v[0-9]+", info.id)
    assert 10 <= len(info.summary) <= 100
    cls = load_plugin(info.kind, info.id)
    assert cls.kind == info.kind
    assert issubclass(cls.Config, BaseModel)
    for name, field in cls.Config.model_fields.items():
        assert field.description, f"{info.id}: config field {name} has no description"
    doc = ast.get_docstring(ast.parse(_source_of(cls.__module__).read_text(encoding="utf-8")))
    assert doc and len(doc.strip()) > 80, "module says what and why"


def _source_of(module_name: str) -> Path:
    """The module's Python source, also when the compiled core runs it (a compiled module keeps
    no docstring)."""
    package, _, name = module_name.rpartition(".")
    for folder in importlib.import_module(package).__path__:
        if (path := Path(folder) / f"{name}.py").is_file():
            return path
    raise AssertionError(f"no source for {module_name}")


def test_short_ids_and_unknown_ids() -> None:
    assert load_plugin("source", "site").id == "source.site.v1"
    with pytest.raises(PluginError, match=r"unknown detector .nope.; known: detector\."):
        load_plugin("detector", "nope")
    with pytest.raises(PluginError, match="unknown plugin kind"):
        load_plugin("linker", "x")
