"""Chain of custody: an append-only, hash-chained ledger of what happened to evidence.

Each event (captured, viewed, exported, shared, annotated …) records who, when, what and why,
and the hash of the event before it; its own hash covers all of that. Editing or deleting a
past event breaks the chain at that point, which `verify_ledger` names. Nothing here updates or
deletes a row. On PostgreSQL an advisory lock serialises appends so the chain cannot fork.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

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
LOCK_KEY = 0x57494C44  # "WILD"


def operator() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in some containers
        return "unknown"


def event_hash(fields: dict[str, Any]) -> str:
    data = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


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
    if event not in EVENTS:
        raise ValueError(f"unknown custody event {event!r}; known: {', '.join(sorted(EVENTS))}")
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
    last = session.scalars(select(CustodyEvent).order_by(CustodyEvent.seq.desc()).limit(1)).first()
    row = CustodyEvent(
        seq=(last.seq + 1) if last else 1,
        subject=subject,
        event=event,
        actor=actor or operator(),
        reason=reason,
        at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        details=details or {},
        prev_hash=last.hash if last else GENESIS,
    )
    row.hash = event_hash(_fields(row))
    session.add(row)
    session.flush()
    return row


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
        fields = {
            k: event.get(k)
            for k in ("seq", "subject", "event", "actor", "reason", "at", "details", "prev_hash")
        }
        if event["seq"] != expected_seq:
            problems.append(
                LedgerProblem(
                    event["seq"],
                    f"expected event {expected_seq} here: events were deleted or inserted",
                )
            )
        if event["prev_hash"] != previous:
            problems.append(LedgerProblem(event["seq"], "does not follow the event before it"))
        if event_hash(fields) != event["hash"]:
            problems.append(LedgerProblem(event["seq"], "altered after it was written"))
        previous = event["hash"]
        expected_seq = event["seq"] + 1
    return problems


def ledger(session: Session, subject: str | None = None) -> list[dict[str, Any]]:
    stmt = select(CustodyEvent).order_by(CustodyEvent.seq)
    if subject is not None:
        stmt = stmt.where(CustodyEvent.subject == subject)
    return [{**_fields(e), "hash": e.hash} for e in session.scalars(stmt)]


def verify_ledger(session: Session) -> list[LedgerProblem]:
    events = ledger(session)
    problems = verify_events(events)
    if events and events[0]["seq"] != 1:
        problems.insert(0, LedgerProblem(events[0]["seq"], "the first events are missing"))
    return problems
