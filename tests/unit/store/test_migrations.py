"""Migrations create the schema the models describe, on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from wildtrace.store.db import current_revision, head_revision, make_engine, upgrade
from wildtrace.store.models import Base


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
