"""The compiled core that `scripts/dev.sh setup` builds runs the engine, with the same results
as the Python sources it was compiled from."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from wildtrace import compiled_core

pytestmark = pytest.mark.integration

DEMO = Path(__file__).parents[2] / "src/wildtrace/demo/data/listings.jsonl"
DEV = Path(__file__).parents[2] / "tests/fixtures/dev_corpus/dev_corpus.jsonl"

# Prints every analysis of the demo listings and the first dev-corpus texts as JSON lines, with
# the engine's modules' files, so that two processes' outputs can be compared.
ANALYSE = f"""
import json, sys
from wildtrace.detect.engine import Engine, ListingText
import wildtrace.detect.engine, wildtrace.textnorm.normalise
print(json.dumps([wildtrace.detect.engine.__file__, wildtrace.textnorm.normalise.__file__]))
engine = Engine()
rows = [json.loads(x) for x in open({str(DEMO)!r}, encoding="utf-8")]
rows += [json.loads(x) for x in open({str(DEV)!r}, encoding="utf-8")][:1500]
for row in rows:
    result = engine.analyse(ListingText(
        id=str(row["id"]), title=row.get("title") or "", text=row.get("text") or "",
        price=row.get("price") if isinstance(row.get("price"), (int, float)) else None))
    print(json.dumps([row["id"], [t.contract() for t in result.taxa], result.risk.contract(),
                      result.wildlife_trade, result.signals], sort_keys=True, default=str))
"""


def _run(compiled: bool) -> list[str]:
    env = {**os.environ, "WILDTRACE_COMPILED": "1" if compiled else "0"}
    done = subprocess.run(
        [sys.executable, "-c", ANALYSE], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.splitlines()


def test_setup_built_the_core_and_the_engine_runs_it() -> None:
    found = compiled_core.status()
    assert found.active, f"compiled core not in use: {found.reason} (run scripts/dev.sh setup)"
    import wildtrace.detect.engine
    import wildtrace.textnorm.normalise

    suffix = str(sysconfig.get_config_var("EXT_SUFFIX"))
    assert wildtrace.detect.engine.__file__.endswith(suffix)
    assert wildtrace.textnorm.normalise.__file__.endswith(suffix)


def test_compiled_and_python_engines_give_the_same_results() -> None:
    compiled, python = _run(compiled=True), _run(compiled=False)
    assert all(f.endswith(".so") for f in json.loads(compiled[0]))
    assert all(f.endswith(".py") for f in json.loads(python[0]))
    assert len(compiled) == len(python) > 1800
    differing = [(a, b) for a, b in zip(compiled[1:], python[1:], strict=True) if a != b]
    assert not differing, differing[:3]
    assert sum(json.loads(line)[3] for line in compiled[1:]) > 500  # trade found, not all empty
