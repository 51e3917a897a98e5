"""Shared fixtures: an isolated data folder per test, the demo marketplace on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wildtrace.config import Settings, load_settings
from wildtrace.demo.site import DemoServer, make_server
from wildtrace.store.db import Store


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh WILDTRACE_HOME; no setting leaks in from the developer's environment."""
    for name in (
        "WILDTRACE_HOME",
        "WILDTRACE_SETTINGS",
        "WILDTRACE_DATABASE_URL",
        "WILDTRACE_ALLOW_HOSTS",
        "WILDTRACE_ALERT_THRESHOLD",
    ):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "home"
    monkeypatch.setenv("WILDTRACE_HOME", str(path))
    return path


@pytest.fixture
def settings(home: Path) -> Settings:
    return load_settings({"allow_hosts": ["127.0.0.1"]}).settings


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    handle = Store(settings)
    yield handle
    handle.close()


@pytest.fixture(scope="session")
def demo_server() -> Iterator[DemoServer]:
    with make_server("127.0.0.1", 0) as server:
        yield server
