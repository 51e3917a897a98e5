"""Storing a page's results: listing versions, detections, risk and alerts."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from wildtrace.domain.analysis import Analysis, RiskAssessment, RiskReason, TaxonMatch
from wildtrace.domain.listing import ListingRecord
from wildtrace.patrol.pipeline import ListingWrite, find_listings, store_analyses, write_listings
from wildtrace.store.db import Store
from wildtrace.store.models import Alert, Detection, PatrolRun, Risk

IVORY = TaxonMatch(
    name="Loxodonta africana",
    taxon_id="t1",
    rank="species",
    appendix="I",
    matched="ivory",
    start=0,
    end=5,
    name_kind="product",
    detector_id="detector.test.v1",
    confidence=0.9,
)
ANALYSIS = Analysis(
    taxa=(IVORY,),
    risk=RiskAssessment(90, (RiskReason("appendix_i", 90, "Appendix I species"),), "risk.test.v1"),
    wildlife_trade=True,
)


def _record(text: str) -> ListingRecord:
    return ListingRecord(source_id="s", external_id="L1", url="http://x/L1", title="t", text=text)


def _version(store: Store, run_id: int, text: str) -> tuple[str, int | None]:
    """Store one version of the listing; its outcome and the alert it raised (None: none new)."""
    with store.transaction() as session:
        record = _record(text)
        known = find_listings(session, [record]).get((record.source_id, record.external_id))
        write = ListingWrite(record, known, record.content_hash(), None, "p")
        ((listing, outcome),) = write_listings(session, [write], run_id)
        before = session.scalar(select(func.max(Alert.id)))
        if outcome != "unchanged":
            store_analyses(session, [(listing, ANALYSIS)], run_id, 50, "seed")
        after = session.scalar(select(func.max(Alert.id)))
        return outcome, (after if after != before else None)


def test_a_listing_that_changes_back_keeps_its_first_alert(store: Store) -> None:
    with store.transaction() as session:
        run = PatrolRun(
            plan_name="p",
            plan_sha256="x",
            plan={},
            status="running",
            started_at=datetime.now(UTC),
            attempts=1,
        )
        session.add(run)
        session.flush()
        run_id = run.id
    new, first = _version(store, run_id, "ivory A")
    same, none = _version(store, run_id, "ivory A")
    changed, second = _version(store, run_id, "ivory B")
    back, again = _version(store, run_id, "ivory A")
    assert (new, same, changed, back) == ("new", "unchanged", "updated", "updated")
    assert first is not None and second is not None and first != second
    assert none is None and again is None  # version A already has its alert
    with store.transaction() as session:
        assert session.scalar(select(func.count()).select_from(Alert)) == 2
        assert session.scalar(select(func.count()).select_from(Risk)) == 3
        assert session.scalar(select(func.count()).select_from(Detection)) == 3
