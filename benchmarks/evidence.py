"""Evidence throughput: captures per minute with and without browser rendering (and as evidence,
with the listing's images), and the time to export and verify a case of --items evidence items
(each exported as its own package, all reports printed by one browser), against exporting them
one by one with a browser each.

Runs against the demo marketplace served in this process on 127.0.0.1.

    .venv/bin/python benchmarks/evidence.py [--captures 30] [--rendered 5] [--items 100]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from wildtrace.config import load_settings
from wildtrace.crawl.capture import capture_url
from wildtrace.demo.site import make_server
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
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
