"""kill -9 twenty times during a patrol of 10,200 listings: each stored exactly once at the end."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from wildtrace.demo.catalog import DATA_DIR, load_catalog
from wildtrace.demo.site import DemoServer, make_server

pytestmark = pytest.mark.integration
LISTINGS = 10_200
KILLS = 20


@pytest.fixture(scope="module")
def big_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoServer]:
    folder = tmp_path_factory.mktemp("big-catalog")
    (folder / "sellers.json").write_text((DATA_DIR / "sellers.json").read_text("utf-8"), "utf-8")
    base = [
        json.loads(line) for line in (DATA_DIR / "listings.jsonl").read_text("utf-8").splitlines()
    ]
    with (folder / "listings.jsonl").open("w", encoding="utf-8") as out:
        for n in range(LISTINGS):
            row = dict(base[n % len(base)], id=f"L{n + 1:05d}")
            row["title"] = f"{row['title']} #{n + 1}"
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    with make_server(catalog=load_catalog(folder), page_size=100) as server:
        yield server


def _files(tmp_path: Path, url: str) -> Path:
    demo = Path(__file__).parents[2] / "src/wildtrace/sources/sites/demo-market.yaml"
    site = (
        demo.read_text()
        .replace("id: demo-market", "id: big-market")
        .replace("max_pages: 100", "max_pages: 500")
    )
    (tmp_path / "big.yaml").write_text(site)
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "name: big\nconcurrency: 16\nper_host_concurrency: 16\ndelay: 0\n"
        f"sources:\n  - site: big.yaml\n    base_url: {url}\n    queries: ['']\n"
    )
    return plan


def _done(home: Path) -> int:
    database = home / "wildtrace.db"
    if not database.exists():
        return 0
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5) as conn:
        try:
            return int(
                conn.execute("SELECT count(*) FROM frontier WHERE state = 'done'").fetchone()[0]
            )
        except sqlite3.OperationalError:
            return 0


def test_twenty_kills_lose_and_duplicate_nothing(tmp_path: Path, big_site: DemoServer) -> None:
    plan = _files(tmp_path, big_site.url)
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("WILDTRACE_")}
    env.update(WILDTRACE_HOME=str(home), WILDTRACE_ALLOW_HOSTS="127.0.0.1")
    command = [sys.executable, "-m", "wildtrace", "patrol", str(plan), "--json"]
    rng = random.Random(4242)
    for _ in range(KILLS):
        target = _done(home) + rng.randint(100, 400)
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 120
        while _done(home) < target and process.poll() is None:
            assert time.monotonic() < deadline, "no progress"
            time.sleep(0.01)
        assert process.poll() is None, "the patrol ended before the kill"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    final = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=900, check=False
    )
    assert final.returncode == 0, final.stderr
    summary = json.loads(final.stdout)
    assert summary["attempts"] == KILLS + 1
    assert summary["errors"] == 0
    assert summary["listings_new"] == LISTINGS
    with sqlite3.connect(home / "wildtrace.db") as conn:
        stored = conn.execute("SELECT count(*), count(DISTINCT external_id) FROM listing")
        assert stored.fetchone() == (LISTINGS, LISTINGS)
        pending = conn.execute("SELECT count(*) FROM frontier WHERE state != 'done'")
        assert pending.fetchone() == (0,)
        captures = conn.execute("SELECT count(*) FROM capture").fetchone()[0]
        frontier_rows = conn.execute("SELECT count(*) FROM frontier").fetchone()[0]
        assert captures == frontier_rows == summary["pages_fetched"]
