"""The custody ledger extract of an evidence package: what concerns the package in full, every
other event as a stub.

The ledger is shared by every investigation of every agency on the server, so a package must not
carry it whole. The extract runs from the first event of the package's subjects (its evidence item
and its captures) to the export event, which is the last. Events of those subjects are written in
full; every other event in that range is a stub of `seq`, `prev_hash` and `hash` only. A verifier
can then re-hash every full event, follow every link (each event's `prev_hash` is the hash of the
one before) and see that no sequence number is missing, while learning nothing of others' work.

What a stub cannot prove: its own content cannot be re-hashed (it is withheld), so within a run
of stubs only the links at both ends are bound to full events; whether a stub stands for a real
event, and of which subject, only the agency's own ledger can confirm (`check_against_ledger`,
`wildtrace evidence verify-ledger --package`).

Format (JSON lines): a header `{"format": FORMAT, "subjects": [...], "first_seq": a,
"last_seq": b}`, then one line per event from a to b, in order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wildtrace.evidence import custody
from wildtrace.store.models import CustodyEvent

PATH = "custody/extract.jsonl"
LEGACY_PATH = "custody/ledger.jsonl"  # packages before extracts carried the whole ledger
FORMAT = "wildtrace-custody-extract/1"
STUB_KEYS = frozenset({"seq", "prev_hash", "hash"})
FULL_KEYS = frozenset({*custody.HASHED_FIELDS, "hash"})


def subjects_of(key: str, capture_ids: Iterable[int]) -> list[str]:
    """What a package concerns: its own subject ("evidence:E-7" or "capture:12") and the
    subject of each of its captures ("capture:<id>")."""
    return sorted({key, *(f"capture:{c}" for c in capture_ids)})


def build_extract(session: Session, subjects: list[str]) -> list[dict[str, Any]]:
    """The events of `subjects` in full and every other event between their first and last
    as a stub; two range queries over `seq`, so the cost grows with the span, not the ledger."""
    first, last = session.execute(
        select(func.min(CustodyEvent.seq), func.max(CustodyEvent.seq)).where(
            CustodyEvent.subject.in_(subjects)
        )
    ).one()
    if first is None:
        return []
    in_range = CustodyEvent.seq.between(first, last)
    full = {
        event["seq"]: event
        for event in custody.events_where(session, in_range, CustodyEvent.subject.in_(subjects))
    }
    stubs = session.execute(
        select(CustodyEvent.seq, CustodyEvent.prev_hash, CustodyEvent.hash)
        .where(in_range, CustodyEvent.subject.not_in(subjects))
        .order_by(CustodyEvent.seq)
    )
    for seq, prev_hash, hash_ in stubs:
        full[seq] = {"seq": seq, "prev_hash": prev_hash, "hash": hash_}
    return [full[seq] for seq in sorted(full)]


def extract_jsonl(subjects: list[str], events: list[dict[str, Any]]) -> bytes:
    header = {
        "format": FORMAT,
        "subjects": subjects,
        "first_seq": events[0]["seq"] if events else None,
        "last_seq": events[-1]["seq"] if events else None,
    }
    lines = [header, *events]
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines).encode()


def parse_extract(data: bytes) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The header and the events; ValueError when it is not an extract."""
    lines = [json.loads(line) for line in data.decode().splitlines() if line.strip()]
    if not lines or not isinstance(lines[0], dict) or lines[0].get("format") != FORMAT:
        raise ValueError(f"the first line is not a {FORMAT} header")
    events = lines[1:]
    if not all(isinstance(e, dict) and isinstance(e.get("seq"), int) for e in events):
        raise ValueError("an event line is not an object with a sequence number")
    return lines[0], events


def is_stub(event: dict[str, Any]) -> bool:
    return set(event) == STUB_KEYS


def full_events(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if not is_stub(e)]


def verify_extract(
    header: dict[str, Any], events: list[dict[str, Any]]
) -> list[custody.LedgerProblem]:
    """Full events re-hashed, every link followed, sequence numbers continuous from the
    header's first to its last; each problem names the event (or the gap) and why."""
    problems: list[custody.LedgerProblem] = []
    subjects = set(header.get("subjects") or [])
    first, last = header.get("first_seq"), header.get("last_seq")
    if not events:
        return [custody.LedgerProblem(first or 0, "the extract holds no event")]
    if events[0]["seq"] != first:
        problems.append(
            custody.LedgerProblem(events[0]["seq"], f"the extract should start at event {first}")
        )
    expected, previous = events[0]["seq"], events[0].get("prev_hash")
    for event in events:
        seq = event["seq"]
        if seq != expected:
            problems.append(
                custody.LedgerProblem(
                    seq, f"expected event {expected} here: events were deleted or inserted"
                )
            )
        if event.get("prev_hash") != previous:
            problems.append(custody.LedgerProblem(seq, "does not follow the event before it"))
        problems += _event_problems(event, subjects)
        previous, expected = event.get("hash"), seq + 1
    if events[-1]["seq"] != last:
        problems.append(
            custody.LedgerProblem(
                events[-1]["seq"], f"the extract should end at event {last}: events were removed"
            )
        )
    for end in events[:1] + events[1:][-1:]:  # the first and the last, once each
        if is_stub(end):
            problems.append(
                custody.LedgerProblem(
                    end["seq"],
                    "withheld, but the extract must open and close "
                    "with an event of its own subjects",
                )
            )
    return problems


def _event_problems(event: dict[str, Any], subjects: set[str]) -> list[custody.LedgerProblem]:
    seq = event["seq"]
    if is_stub(event):
        return []
    if set(event) != FULL_KEYS:
        return [
            custody.LedgerProblem(seq, "neither a whole event nor a stub (seq, prev_hash, hash)")
        ]
    if custody.recompute_hash(event) != event["hash"]:
        return [custody.LedgerProblem(seq, "altered after it was written")]
    if event["subject"] not in subjects:
        return [
            custody.LedgerProblem(
                seq, f"shown in full but {event['subject']!r} is not a subject of this package"
            )
        ]
    return []


def check_against_ledger(
    session: Session, events: list[dict[str, Any]]
) -> list[custody.LedgerProblem]:
    """Each event of an extract (stubs included) against this server's ledger: the holder of
    the ledger can so confirm what the stubs stand for without disclosing it."""
    if not events:
        return []
    rows = session.execute(
        select(CustodyEvent.seq, CustodyEvent.hash).where(
            CustodyEvent.seq.between(events[0]["seq"], events[-1]["seq"])
        )
    )
    recorded: dict[int, str] = dict(rows.all())
    problems = []
    for event in events:
        seq = event["seq"]
        if seq not in recorded:
            problems.append(custody.LedgerProblem(seq, "not in this ledger"))
        elif recorded[seq] != event.get("hash"):
            problems.append(custody.LedgerProblem(seq, "differs from this ledger's event"))
    return problems
