"""The custody ledger: appended events chain; any edit, deletion or insertion is named."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, update

from wildtrace.evidence.custody import append, ledger, verify_events, verify_ledger
from wildtrace.evidence.ledger_extract import (
    build_extract,
    check_against_ledger,
    extract_jsonl,
    is_stub,
    parse_extract,
    verify_extract,
)
from wildtrace.store.db import Store
from wildtrace.store.models import CustodyEvent


def _fill(store: Store) -> None:
    with store.transaction() as session:
        for n in range(1, 6):
            append(session, f"capture:{n}", "captured", "patrol test", {"n": n}, actor="alice")
        append(session, "capture:2", "viewed", "case review", actor="bob")


def test_chain_is_intact_and_per_subject(store: Store) -> None:
    _fill(store)
    with store.sessions() as session:
        assert verify_ledger(session) == []
        events = ledger(session, "capture:2")
    assert [(e["event"], e["actor"]) for e in events] == [("captured", "alice"), ("viewed", "bob")]
    with store.transaction() as session, pytest.raises(ValueError, match="unknown custody"):
        append(session, "capture:1", "deleted")


@pytest.mark.parametrize(
    ("tamper", "expected"),
    [
        (
            update(CustodyEvent).where(CustodyEvent.seq == 3).values(reason="nothing happened"),
            ["custody event 3: altered after it was written"],
        ),
        (
            delete(CustodyEvent).where(CustodyEvent.seq == 3),
            [
                "custody event 4: expected event 3 here: events were deleted or inserted",
                "custody event 4: does not follow the event before it",
            ],
        ),
        (
            delete(CustodyEvent).where(CustodyEvent.seq == 1),
            [
                "custody event 2: the first events are missing",
                "custody event 2: does not follow the event before it",
            ],
        ),
    ],
)
def test_tampering_is_named(store: Store, tamper: object, expected: list[str]) -> None:
    _fill(store)
    with store.transaction() as session:
        session.execute(tamper)  # type: ignore[call-overload]
    with store.sessions() as session:
        assert [str(p) for p in verify_ledger(session)] == expected


def test_an_inserted_event_is_named(store: Store) -> None:
    _fill(store)
    with store.sessions() as session:
        events = ledger(session)
    forged = dict(events[2], seq=3, reason="forged", event="viewed")
    problems = verify_events([*events[:3], forged, *events[3:]])
    assert any("altered" in str(p) for p in problems)
    assert any("deleted or inserted" in str(p) for p in problems)


def test_extract_of_one_subject(store: Store) -> None:
    """capture:2 is events 2 and 6: 3-5 become stubs, 1 (before its first event) is left out."""
    _fill(store)
    with store.sessions() as session:
        events = build_extract(session, ["capture:2"])
        assert check_against_ledger(session, events) == []
        forged = [dict(e) for e in events]
        forged[1]["hash"] = "f" * 64
        assert [str(p) for p in check_against_ledger(session, forged)] == [
            "custody event 3: differs from this ledger's event"
        ]
        assert build_extract(session, ["capture:99"]) == []
    assert [e["seq"] for e in events] == [2, 3, 4, 5, 6]
    assert [is_stub(e) for e in events] == [False, True, True, True, False]
    header, parsed = parse_extract(extract_jsonl(["capture:2"], events))
    assert (header["first_seq"], header["last_seq"]) == (2, 6) and parsed == events
    assert verify_extract(header, parsed) == []
    assert b"patrol test" not in extract_jsonl(["capture:2"], events[1:-1])
