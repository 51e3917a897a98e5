"""Chain of custody: an append-only, hash-chained ledger of what happened to evidence.

Each event (captured, viewed, exported, shared, annotated …) records who, when, what and why,
and the hash of the event before it; its own hash covers all of that. Editing or deleting a
past event breaks the chain at that point, which `verify_ledger` names. Nothing here updates or
deletes a row. On PostgreSQL an advisory lock serialises appends so the chain cannot fork.
"""

from __future__ import annotations

import functools
import getpass
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from wildtrace.store.models import CustodyEvent

GENESIS = "0" * 64
EVENTS = frozenset(
    {
        "captured",
        "viewed",
        "exported",
        "shared",
        "annotated",
        "verified",
        "timestamped",
        "removed_seen",
    }
)
HASHED_FIELDS = ("seq", "subject", "event", "actor", "reason", "at", "details", "prev_hash")
LOCK_KEY = 0x57494C44  # "WILD"
_INSERT = insert(CustodyEvent)
_HEAD = select(CustodyEvent.seq, CustodyEvent.hash).order_by(CustodyEvent.seq.desc()).limit(1)


@functools.cache  # asked for every custody event; the account does not change in a process
def operator() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in some containers
        return "unknown"


def event_hash(fields: dict[str, Any]) -> str:
    data = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def recompute_hash(event: dict[str, Any]) -> str:
    """The hash an event given as a plain dict should carry, from its own fields."""
    return event_hash({k: event.get(k) for k in HASHED_FIELDS})


def _fields(event: CustodyEvent) -> dict[str, Any]:
    return {
        "seq": event.seq,
        "subject": event.subject,
        "event": event.event,
        "actor": event.actor,
        "reason": event.reason,
        "at": event.at,
        "details": event.details,
        "prev_hash": event.prev_hash,
    }


def append(
    session: Session,
    subject: str,
    event: str,
    reason: str = "",
    details: dict[str, Any] | None = None,
    actor: str | None = None,
) -> CustodyEvent:
    """Add one event at the end of the chain, inside the caller's transaction."""
    return Chain(session).append(subject, event, reason, details, actor)


class Chain:
    """Appends several events in one transaction, reading the chain's head only once.

    The head is read at the first append, after the caller's own writes have taken the write
    lock (SQLite) or after the advisory lock (PostgreSQL), and both are held until the
    transaction ends, so no other writer can slip an event in between.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self._head: tuple[int, str] | None = None

    def _read_head(self) -> tuple[int, str]:
        if self.session.get_bind().dialect.name == "postgresql":
            self.session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
        last = self.session.connection().execute(_HEAD).first()
        return (last[0], last[1]) if last else (0, GENESIS)

    def append(
        self,
        subject: str,
        event: str,
        reason: str = "",
        details: dict[str, Any] | None = None,
        actor: str | None = None,
    ) -> CustodyEvent:
        return self.append_many([(subject, event, reason, details or {})], actor)[0]

    def append_many(
        self, events: list[tuple[str, str, str, dict[str, Any]]], actor: str | None = None
    ) -> list[CustodyEvent]:
        """Append (subject, event, reason, details) events in order, in one statement."""
        for _, event, _, _ in events:
            if event not in EVENTS:
                known = ", ".join(sorted(EVENTS))
                raise ValueError(f"unknown custody event {event!r}; known: {known}")
        if not events:
            return []
        seq, prev_hash = self._head if self._head is not None else self._read_head()
        at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        rows = []
        for subject, event, reason, details in events:
            seq += 1
            row = CustodyEvent(
                seq=seq,
                subject=subject,
                event=event,
                actor=actor or operator(),
                reason=reason,
                at=at,
                details=details,
                prev_hash=prev_hash,
            )
            row.hash = prev_hash = event_hash(_fields(row))
            rows.append(row)
        self.session.connection().execute(
            _INSERT, [{**_fields(row), "hash": row.hash} for row in rows]
        )
        self._head = (seq, prev_hash)
        return rows


@dataclass(frozen=True)
class LedgerProblem:
    seq: int
    reason: str

    def __str__(self) -> str:
        return f"custody event {self.seq}: {self.reason}"


def verify_events(events: list[dict[str, Any]]) -> list[LedgerProblem]:
    """Check a chain given as plain dicts (from the store or from an exported package)."""
    problems: list[LedgerProblem] = []
    previous = GENESIS
    expected_seq = events[0]["seq"] if events else 1
    for event in events:
        if event["seq"] != expected_seq:
            problems.append(
                LedgerProblem(
                    event["seq"],
                    f"expected event {expected_seq} here: events were deleted or inserted",
                )
            )
        if event["prev_hash"] != previous:
            problems.append(LedgerProblem(event["seq"], "does not follow the event before it"))
        if recompute_hash(event) != event["hash"]:
            problems.append(LedgerProblem(event["seq"], "altered after it was written"))
        previous = event["hash"]
        expected_seq = event["seq"] + 1
    return problems


def ledger(session: Session, subject: str | None = None) -> list[dict[str, Any]]:
    conditions = [] if subject is None else [CustodyEvent.subject == subject]
    return events_where(session, *conditions)


def events_where(session: Session, *conditions: ColumnElement[bool]) -> list[dict[str, Any]]:
    """Whole events (as plain dicts, hash included) matching `conditions`, in chain order."""
    stmt = select(CustodyEvent).where(*conditions).order_by(CustodyEvent.seq)
    return [{**_fields(e), "hash": e.hash} for e in session.scalars(stmt)]


def verify_ledger(session: Session) -> list[LedgerProblem]:
    events = ledger(session)
    problems = verify_events(events)
    if events and events[0]["seq"] != 1:
        problems.insert(0, LedgerProblem(events[0]["seq"], "the first events are missing"))
    return problems
