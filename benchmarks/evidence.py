"""Evidence throughput: captures per minute with and without browser rendering, and the time to
export and verify a case of --items captures (each exported as its own package).

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
from wildtrace.evidence.export import export_capture
from wildtrace.evidence.verify import verify_package
from wildtrace.store.db import Store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--captures", type=int, default=30)
    parser.add_argument("--rendered", type=int, default=5)
    parser.add_argument("--items", type=int, default=100)
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
        packages = [
            export_capture(store, settings, cid, work / f"{cid}.zip").path
            for cid in plain[: args.items]
        ]
        export_s = time.perf_counter() - started
        started = time.perf_counter()
        problems = sum(len(verify_package(p)) for p in packages)
        verify_s = time.perf_counter() - started
        store.close()
    print(
        json.dumps(
            {
                "captures_per_minute_plain": round(60 / plain_s),
                "captures_per_minute_rendered": round(60 / rendered_s),
                "case_items": args.items,
                "case_export_s": round(export_s, 1),
                "case_verify_s": round(verify_s, 1),
                "verify_problems": problems,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
