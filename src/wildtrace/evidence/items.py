"""Evidence items: one piece of evidence as a person (or a patrol) preserved it.

An item groups one or more captures (the page as served and rendered with its images, the
patrol's capture that raised the alert …) under one `evidence_id` ("E-7") with who took it,
why, and for which case, patrol run or alert. It is written once; its creation is a custody
event on the subject "evidence:E-7". `wildtrace evidence export` takes an evidence id, or, as
before items existed, a bare capture id.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from wildtrace.evidence import custody
from wildtrace.evidence.layout import PackageError, Subject, utc_iso
from wildtrace.store.models import Capture, EvidenceCapture, EvidenceItem

_ITEM = re.compile(r"^(?:evidence:)?e-?(\d+)$", re.IGNORECASE)
_CAPTURE = re.compile(r"^(?:capture:)?(\d+)$")


def evidence_id(item_id: int) -> str:
    return f"E-{item_id}"


def subject_key(ref: str) -> str:
    """The custody subject of an evidence id ("E-7" → "evidence:E-7") or a capture id."""
    kind, number = parse_ref(ref)
    return f"evidence:{evidence_id(number)}" if kind == "item" else f"capture:{number}"


def parse_ref(ref: str) -> tuple[str, int]:
    """("item", 7) for "E-7", "e7" or "evidence:E-7"; ("capture", 12) for "12" or "capture:12"."""
    ref = ref.strip()
    if match := _ITEM.match(ref):
        return "item", int(match[1])
    if match := _CAPTURE.match(ref):
        return "capture", int(match[1])
    raise PackageError(f"{ref!r} is neither an evidence id (E-7) nor a capture id (12)")


def create_item(
    session: Session,
    captures: list[tuple[int, str]],
    reason: str,
    *,
    case_ref: str | None = None,
    run_id: int | None = None,
    alert_id: int | None = None,
    note: str | None = None,
    actor: str | None = None,
) -> str:
    """Record the item and its captures (id, role) in the caller's transaction; its id back."""
    operator = actor or custody.operator()
    item_id = session.execute(
        insert(EvidenceItem)
        .values(
            created_at=datetime.now(UTC),
            operator=operator,
            reason=reason,
            case_ref=case_ref,
            run_id=run_id,
            alert_id=alert_id,
            note=note,
        )
        .returning(EvidenceItem.id)
    ).scalar_one()
    session.execute(
        insert(EvidenceCapture),
        [{"item_id": item_id, "capture_id": c, "role": role} for c, role in captures],
    )
    ident = evidence_id(item_id)
    details: dict[str, Any] = {
        "captures": [{"capture_id": c, "role": role} for c, role in captures],
        "case": case_ref,
        "run_id": run_id,
        "alert_id": alert_id,
    }
    if note:
        details["note"] = note
    custody.append(session, f"evidence:{ident}", "captured", reason, details, actor=operator)
    return ident


def load_subject(session: Session, ref: str) -> Subject:
    """What to export for an evidence id or a capture id; PackageError when there is none."""
    kind, number = parse_ref(ref)
    if kind == "capture":
        capture = session.get(Capture, number)
        if capture is None:
            raise PackageError(f"no capture {number}")
        return Subject(f"capture:{number}", [(capture, "page")])
    item = session.get(EvidenceItem, number)
    if item is None:
        raise PackageError(f"no evidence item {evidence_id(number)}")
    rows = session.execute(
        select(Capture, EvidenceCapture.role)
        .join(EvidenceCapture, EvidenceCapture.capture_id == Capture.id)
        .where(EvidenceCapture.item_id == number)
        .order_by(Capture.id)
    ).all()
    captures = [(capture, role) for capture, role in rows]
    ident = evidence_id(number)
    record = {
        "evidence_id": ident,
        "created_at": utc_iso(item.created_at),
        "operator": item.operator,
        "reason": item.reason,
        "case": item.case_ref,
        "run_id": item.run_id,
        "alert_id": item.alert_id,
        "note": item.note,
        "captures": [{"capture_id": c.id, "role": role} for c, role in captures],
    }
    return Subject(f"evidence:{ident}", captures, record)
