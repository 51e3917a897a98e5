"""Durable frontier: the URLs of a run, deduplicated by a unique key, in the store.

An item becomes `done` in the same transaction that stores what it produced, so a process killed
at any moment resumes with exactly the items whose results were not committed.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from wildtrace.crawl.canonical import canonical
from wildtrace.store.models import FrontierItem

PENDING, DONE, FAILED, SKIPPED = "pending", "done", "failed", "skipped"
_FINISH = (
    update(FrontierItem)
    .where(FrontierItem.id == bindparam("item_id"))
    .values(attempts=FrontierItem.attempts + 1)
)


@dataclass(frozen=True)
class NewItem:
    source_key: str
    kind: str
    target: str
    query: str | None
    page: int = 1


def enqueue(session: Session, run_id: int, items: Iterable[NewItem]) -> int:
    """Insert items not yet known to the run (compared by canonical target, see
    crawl/canonical); return how many were new."""
    rows = [
        dict(
            run_id=run_id,
            source_key=i.source_key,
            kind=i.kind,
            target=canonical(i.target),
            query=i.query,
            page=i.page,
            state=PENDING,
            attempts=0,
            discovered_at=datetime.now(UTC),
        )
        for i in items
    ]
    seen: set[tuple[object, object]] = set()
    unique = []
    for row in rows:  # one row per target: the first spelling met wins
        key = (row["source_key"], row["target"])
        if key not in seen:
            seen.add(key)
            unique.append(row)
    rows = unique
    if not rows:
        return 0
    conn = session.connection()
    # one statement built once per dialect and run over all rows (rather than a VALUES list
    # of this call's length, compiled anew each time): ids come back only for new rows
    return len(conn.execute(_insert_new(conn.dialect.name), rows).all())


@functools.cache
def _insert_new(dialect: str) -> Any:
    module = postgresql if dialect == "postgresql" else sqlite
    return (
        module.insert(FrontierItem)
        .on_conflict_do_nothing(index_elements=["run_id", "source_key", "target"])
        .returning(FrontierItem.id)
    )


def next_pending(
    session: Session, run_id: int, exclude: set[int], limit: int
) -> list[FrontierItem]:
    stmt = (
        select(FrontierItem)
        .where(FrontierItem.run_id == run_id, FrontierItem.state == PENDING)
        .order_by(FrontierItem.id)
        .limit(limit + len(exclude))
    )
    return [item for item in session.scalars(stmt) if item.id not in exclude][:limit]


def count_listings_for_query(
    session: Session, run_id: int, source_key: str, query: str | None
) -> int:
    stmt = (
        select(func.count())
        .select_from(FrontierItem)
        .where(
            FrontierItem.run_id == run_id,
            FrontierItem.source_key == source_key,
            FrontierItem.kind == "listing",
            FrontierItem.query == query,
        )
    )
    return int(session.scalar(stmt) or 0)


def finish(
    session: Session,
    item_id: int,
    state: str,
    capture_id: int | None = None,
    error: str | None = None,
) -> None:
    values = dict(
        item_id=item_id, state=state, capture_id=capture_id, error=error, done_at=datetime.now(UTC)
    )
    session.connection().execute(_FINISH, values)  # Core: no ORM objects to refresh


@dataclass(frozen=True)
class Finished:
    item_id: int
    state: str
    capture_id: int | None = None
    error: str | None = None


def finish_many(session: Session, items: list[Finished]) -> None:
    """finish() for many items in one statement."""
    if not items:
        return
    now = datetime.now(UTC)
    rows = [
        dict(item_id=i.item_id, state=i.state, capture_id=i.capture_id, error=i.error, done_at=now)
        for i in items
    ]
    session.connection().execute(_FINISH, rows)


def counts(session: Session, run_id: int) -> dict[str, int]:
    stmt = (
        select(FrontierItem.state, func.count())
        .where(FrontierItem.run_id == run_id)
        .group_by(FrontierItem.state)
    )
    return {state: int(n) for state, n in session.execute(stmt)}
