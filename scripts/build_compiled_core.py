"""Build the compiled core (see src/wildtrace/compiled_core.py) into <venv>/wildtrace-compiled/.

Compiles a copy of the package with mypyc (from the dev dependencies; needs a C compiler and
Python's headers), so that no extension module is ever written beside the sources, where it
would shadow them after the next edit. Does nothing when the build in place matches the
sources. Exits non-zero when the build fails; the engine then runs as Python.

    .venv/bin/python scripts/build_compiled_core.py [--force]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from wildtrace import compiled_core

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "wildtrace"


def build(target: Path) -> list[str]:
    """Compile a copy of the package; return the built files, relative to `target`."""
    with tempfile.TemporaryDirectory(prefix="wildtrace-mypyc-") as work:
        copy = Path(work) / "wildtrace"
        shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
        modules = [p.relative_to(work).as_posix() for p in compiled_core.sources(copy)]
        env = {**os.environ, "MYPYC_OPT_LEVEL": "3"}
        done = subprocess.run(
            [sys.executable, "-m", "mypyc", *modules],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            sys.stderr.write(done.stdout[-4000:] + done.stderr[-4000:])
            raise SystemExit(f"mypyc failed (exit {done.returncode})")
        suffix = compiled_core.interpreter()["ext_suffix"]
        built = sorted(Path(work).glob(f"*{suffix}"))  # the shared library of all modules
        built += sorted(p for name in compiled_core.PACKAGES for p in (copy / name).glob("*.so"))
        staging = target.with_name(target.name + ".new")
        shutil.rmtree(staging, ignore_errors=True)
        files = []
        for path in built:
            relative = path.relative_to(work)
            (staging / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, staging / relative)
            files.append(relative.as_posix())
    manifest = {
        **compiled_core.interpreter(),
        "sources": compiled_core.source_hashes(PACKAGE),
        "files": files,
        "built": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    (staging / compiled_core.MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    staging.replace(target)
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even when up to date")
    args = parser.parse_args()
    target = compiled_core.default_dir()
    if not args.force and compiled_core.check(target, PACKAGE).active:
        print(f"compiled core up to date: {target}")
        return
    started = time.perf_counter()
    files = build(target)
    found = compiled_core.check(target, PACKAGE)
    if not found.active:
        raise SystemExit(f"compiled core built but not usable: {found.reason}")
    seconds = time.perf_counter() - started
    print(f"compiled core built: {len(files)} files in {target} ({seconds:.0f} s)")


if __name__ == "__main__":
    main()
