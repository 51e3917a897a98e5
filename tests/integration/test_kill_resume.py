"""kill -9 at random moments, restart: the final store equals that of an uninterrupted patrol."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wildtrace.demo.site import DemoServer

pytestmark = pytest.mark.integration
DEMO_PLAN = Path(__file__).parents[2] / "src/wildtrace/demo/plan.yaml"
CLI = [sys.executable, "-m", "wildtrace"]


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WILDTRACE_")}
    env.update(WILDTRACE_HOME=str(home), WILDTRACE_ALLOW_HOSTS="127.0.0.1")
    return env


def _patrol(home: Path, url: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*CLI, "patrol", str(DEMO_PLAN), "--base-url", url, "--json"],
        env=_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _stats(home: Path) -> dict[str, int]:
    done = subprocess.run(
        [*CLI, "stats", "--json"], env=_env(home), capture_output=True, text=True, check=True
    )
    return dict(json.loads(done.stdout))


def test_killed_patrol_resumes_to_the_same_counts(tmp_path: Path, demo_server: DemoServer) -> None:
    reference_home = tmp_path / "reference"
    reference = _patrol(reference_home, demo_server.url)
    out, errors = reference.communicate(timeout=300)
    assert reference.returncode == 0, errors
    expected = _stats(reference_home)
    assert expected["listings"] == len(demo_server.catalog.listings)

    rng = random.Random(20261129)
    home = tmp_path / "killed"
    for _ in range(5):
        before = _pages_done(home)
        process = _patrol(home, demo_server.url)
        _wait_for_pages(home, before + rng.randint(5, 40), process)
        time.sleep(rng.uniform(0, 0.05))
        assert process.poll() is None, "the patrol finished before it could be killed"
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
    final = _patrol(home, demo_server.url)
    out, errors = final.communicate(timeout=300)
    assert final.returncode == 0, errors
    summary = json.loads(out)
    assert summary["attempts"] == 6
    assert summary["errors"] == 0
    assert _stats(home) == expected


def _pages_done(home: Path) -> int:
    database = home / "wildtrace.db"
    if not database.exists():
        return 0
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5) as conn:
        try:
            row = conn.execute("SELECT count(*) FROM frontier WHERE state = 'done'").fetchone()
        except sqlite3.OperationalError:  # schema not created yet
            return 0
    return int(row[0])


def _wait_for_pages(home: Path, target: int, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 120
    while _pages_done(home) < target and process.poll() is None:
        assert time.monotonic() < deadline, "patrol made no progress"
        time.sleep(0.01)
