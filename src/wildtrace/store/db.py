"""Open the store: engine with SQLite pragmas (WAL), migrations to head on first use."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from wildtrace.config import Settings

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class StoreError(Exception):
    """The store cannot be opened or upgraded; the message says which and why."""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def upgrade(engine: Engine) -> None:
    """Create or upgrade the schema to the newest migration."""
    if current_revision(engine) == head_revision(engine):
        return
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Store:
    """The one handle to the database that commands and services share."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.url = settings.effective_database_url
        try:
            self.engine = make_engine(self.url)
            upgrade(self.engine)
        except Exception as exc:
            raise StoreError(f"cannot open store {self.describe()}: {exc}") from exc
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def describe(self) -> str:
        return (
            self.engine.url.render_as_string(hide_password=True)
            if hasattr(self, "engine")
            else self.url
        )

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole or not at all."""
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
