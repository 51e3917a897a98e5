"""Pages per second of a demo patrol vs. a plain sequential httpx fetch of the same URLs.

Both run in the same process against the same in-process demo marketplace, so the ratio is
comparable across machines. The patrol does more per page (parse, detect, score, store,
hash, one transaction per page); the ratio shows what concurrency buys back.

    .venv/bin/python benchmarks/patrol.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import select

from wildtrace.config import load_settings
from wildtrace.demo.site import make_server
from wildtrace.patrol.plan import load_plan
from wildtrace.patrol.runner import PatrolRunner
from wildtrace.store.db import Store
from wildtrace.store.models import Capture

PLAN = Path(__file__).parents[1] / "src/wildtrace/demo/plan.yaml"


def patrol_once(base_url: str) -> tuple[float, list[str]]:
    with tempfile.TemporaryDirectory() as home:
        settings = load_settings({"home": home, "allow_hosts": ["127.0.0.1"]}).settings
        store = Store(settings)
        plan = load_plan(PLAN, {"base_url": base_url})
        started = time.perf_counter()
        summary = PatrolRunner(store, settings).run(plan)
        elapsed = time.perf_counter() - started
        with store.sessions() as session:
            urls = list(session.scalars(select(Capture.url).order_by(Capture.id)))
        store.close()
    assert summary.errors == 0 and len(urls) == summary.pages_fetched
    return elapsed, urls


def sequential_once(urls: list[str]) -> float:
    started = time.perf_counter()
    with httpx.Client() as client:
        for url in urls:
            client.get(url).raise_for_status()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with make_server() as server:
        patrol_best, seq_best, pages = float("inf"), float("inf"), 0
        for _ in range(args.repeat):
            elapsed, urls = patrol_once(server.url)
            pages = len(urls)
            patrol_best = min(patrol_best, elapsed)
            seq_best = min(seq_best, sequential_once(urls))
    result = {
        "pages": pages,
        "patrol_pages_per_s": round(pages / patrol_best, 1),
        "sequential_httpx_pages_per_s": round(pages / seq_best, 1),
        "ratio_patrol_over_sequential": round(seq_best / patrol_best, 2),
        "repeat": args.repeat,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
