"""Migrations create the schema the models describe, on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from wildtrace.store.db import current_revision, head_revision, make_engine, upgrade
from wildtrace.store.models import Base

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


def _assert_schema_matches_models(url: str) -> None:
    engine = make_engine(url)
    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    upgrade(engine)  # a second upgrade is a no-op
    engine.dispose()


def test_sqlite_schema_and_wal(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'w.db'}"
    _assert_schema_matches_models(url)
    engine = make_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    engine.dispose()


def test_postgresql_schema(pg_url: str) -> None:
    _assert_schema_matches_models(pg_url)
