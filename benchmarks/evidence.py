"""Evidence throughput: captures per minute with and without browser rendering (and as evidence,
with the listing's images), and the time to export and verify a case of --items evidence items
(each exported as its own package, all reports printed by one browser), against exporting them
one by one with a browser each. Then the custody extract against the ledger's length: the
extract of an item with --ledger-events other events before it (left out) and with as many
inside its span (stubs), against one with none.

Runs against the demo marketplace served in this process on 127.0.0.1.

    .venv/bin/python benchmarks/evidence.py [--captures 30] [--rendered 5] [--items 100]
        [--ledger-events 100000]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import zlib
from pathlib import Path

from wildtrace.config import load_settings
from wildtrace.crawl.capture import capture_url
from wildtrace.demo.site import make_server
from wildtrace.evidence import custody, ledger_extract
from wildtrace.evidence.export import export_evidence, export_many
from wildtrace.evidence.items import create_item
from wildtrace.evidence.verify import verify_package
from wildtrace.store.db import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--captures", type=int, default=30)
    parser.add_argument("--rendered", type=int, default=5)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--one-by-one", type=int, default=5, help="exports with a browser each")
    parser.add_argument("--ledger-events", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, make_server() as server:
        work = Path(tmp)
        settings = load_settings({"home": work / "home", "allow_hosts": ["127.0.0.1"]}).settings
        store = Store(settings)
        ids = [item.id for item in server.catalog.listings]

        started = time.perf_counter()
        plain = [
            capture_url(store, settings, f"{server.url}/item/{ids[i % len(ids)]}").capture_id
            for i in range(max(args.captures, args.items))
        ]
        plain_s = (time.perf_counter() - started) / len(plain)

        started = time.perf_counter()
        for i in range(args.rendered):
            capture_url(store, settings, f"{server.url}/item/{ids[i]}", render=True)
        rendered_s = (time.perf_counter() - started) / max(1, args.rendered)

        started = time.perf_counter()
        for i in range(args.rendered):
            capture_url(store, settings, f"{server.url}/item/{ids[i]}", evidence=True)
        evidence_s = (time.perf_counter() - started) / max(1, args.rendered)

        refs = []
        for capture_id in plain[: args.items]:
            with store.transaction() as session:
                refs.append(create_item(session, [(capture_id, "page")], "benchmark case"))
        started = time.perf_counter()
        packages = [r.path for r in export_many(store, settings, refs, work / "case")]
        export_s = time.perf_counter() - started
        started = time.perf_counter()
        problems = sum(len(verify_package(p)) for p in packages)
        verify_s = time.perf_counter() - started
        size_mb = sum(p.stat().st_size for p in packages) / 1e6

        started = time.perf_counter()
        for ref in refs[: args.one_by_one]:
            export_evidence(store, settings, ref, work / f"single-{ref}.zip")
        single_s = (time.perf_counter() - started) / max(1, args.one_by_one)
        extract = extract_costs(store, args.ledger_events)
        store.close()
    per_export = export_s / max(1, len(packages))
    print(
        json.dumps(
            {
                "captures_per_minute_plain": round(60 / plain_s),
                "captures_per_minute_rendered": round(60 / rendered_s),
                "captures_per_minute_evidence_with_images": round(60 / evidence_s),
                "case_items": len(packages),
                "case_export_s": round(export_s, 1),
                "case_verify_s": round(verify_s, 1),
                "case_package_mb": round(size_mb, 1),
                "export_s_each_shared_browser": round(per_export, 3),
                "export_s_each_own_browser": round(single_s, 3),
                "shared_browser_speedup": round(single_s / per_export, 1),
                "verify_problems": problems,
                **extract,
            },
            indent=2,
        )
    )


def _others(store: Store, count: int) -> None:
    """`count` events of another investigation, appended in batches."""
    for start in range(0, count, 10_000):
        with store.transaction() as session:
            chain = custody.Chain(session)
            for n in range(start, min(count, start + 10_000)):
                chain.append(f"capture:other-{n}", "viewed", "another case", {"n": n})


def _extract(store: Store, subject: str) -> tuple[float, int, int]:
    """Seconds to build and write one extract, its events and its deflated bytes."""
    started = time.perf_counter()
    with store.sessions() as session:
        events = ledger_extract.build_extract(session, [subject])
    data = ledger_extract.extract_jsonl([subject], events)
    return time.perf_counter() - started, len(events), len(zlib.compress(data))


def extract_costs(store: Store, others: int) -> dict[str, float]:
    """An item with `others` events before it (left out of its extract), then one whose span
    holds `others` events (each a stub)."""
    _others(store, others)
    with store.transaction() as session:
        custody.append(session, "capture:bench-a", "captured", "benchmark")
        custody.append(session, "capture:bench-a", "exported", "benchmark")
        custody.append(session, "capture:bench-b", "captured", "benchmark")
    _others(store, others)
    with store.transaction() as session:
        custody.append(session, "capture:bench-b", "exported", "benchmark")
    started = time.perf_counter()
    with store.sessions() as session:  # what packages carried before extracts
        whole = custody.ledger(session)
    "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in whole).encode()
    whole_s = time.perf_counter() - started
    short_s, short_n, short_bytes = _extract(store, "capture:bench-a")
    long_s, long_n, long_bytes = _extract(store, "capture:bench-b")
    with store.sessions() as session:
        events = ledger_extract.build_extract(session, ["capture:bench-b"])
    header, _ = ledger_extract.parse_extract(ledger_extract.extract_jsonl(["x"], events))
    started = time.perf_counter()
    assert ledger_extract.verify_extract({**header, "subjects": ["capture:bench-b"]}, events) == []
    verify_s = time.perf_counter() - started
    return {
        "ledger_events": len(whole),
        "whole_ledger_s": round(whole_s, 3),
        "extract_own_span_s": round(short_s, 4),
        "extract_own_span_events": short_n,
        "extract_with_stubs_s": round(long_s, 3),
        "extract_with_stubs_events": long_n,
        "extract_with_stubs_deflated_kb": round(long_bytes / 1e3, 1),
        "extract_deflated_bytes_per_stub": round((long_bytes - short_bytes) / max(1, others), 1),
        "extract_with_stubs_verify_s": round(verify_s, 3),
    }


if __name__ == "__main__":
    main()
