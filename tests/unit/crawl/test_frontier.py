from __future__ import annotations

from datetime import UTC, datetime

from wildtrace.crawl import frontier
from wildtrace.store.db import Store
from wildtrace.store.models import PatrolRun


def test_enqueue_deduplicates_and_next_pending_skips_busy(store: Store) -> None:
    with store.transaction() as session:
        run = PatrolRun(
            plan_name="p",
            plan_sha256="0" * 64,
            plan={},
            status="running",
            started_at=datetime.now(UTC),
        )
        session.add(run)
        session.flush()
        items = [frontier.NewItem("s", "listing", f"/item/{i}", "q") for i in (1, 2, 3, 2)]
        assert frontier.enqueue(session, run.id, items) == 3
        assert frontier.enqueue(session, run.id, items[:1]) == 0
        run_id = run.id
    with store.transaction() as session:
        first = frontier.next_pending(session, run_id, set(), 2)
        assert [i.target for i in first] == ["/item/1", "/item/2"]
        rest = frontier.next_pending(session, run_id, {first[0].id, first[1].id}, 5)
        assert [i.target for i in rest] == ["/item/3"]
        frontier.finish(session, first[0].id, frontier.DONE)
        frontier.finish(session, first[1].id, frontier.FAILED, error="boom")
        assert frontier.counts(session, run_id) == {"done": 1, "failed": 1, "pending": 1}
        assert frontier.count_listings_for_query(session, run_id, "s", "q") == 3
