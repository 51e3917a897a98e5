"""Shared fixtures: an isolated data folder per test, the demo marketplace on 127.0.0.1, one
detection engine."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from wildtrace.config import Settings, load_settings
from wildtrace.demo.site import DemoServer, make_server
from wildtrace.detect.engine import Engine
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
        "WILDTRACE_SECRETS_FILE",
        "WILDTRACE_EVIDENCE_MIN_SCORE",
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
def engine() -> Engine:
    """One detection engine for the whole run, on the bundled species data and lexicon:
    building its automata takes a second, and no test changes it."""
    return Engine()


@pytest.fixture(scope="session")
def demo_server() -> Iterator[DemoServer]:
    with make_server("127.0.0.1", 0) as server:
        yield server


PG_URL = os.environ.get(
    "WILDTRACE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A database of our own on the local PostgreSQL server, dropped afterwards."""
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"wildtrace_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
