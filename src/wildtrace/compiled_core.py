"""The compiled core: the detection engine's modules compiled to C by mypyc, used only when they
were compiled from exactly the Python sources beside them.

Why: a listing's time is spread over some thirty modules of normalisation, matching and context,
with no single loop worth hand-writing in C; compiling the same typed modules unchanged makes the
engine about a third faster (benchmarks/detection_speed.py). The Python sources stay the truth:
`scripts/build_compiled_core.py` (run by `scripts/dev.sh setup`) writes the extension modules and
a manifest of the sources' hashes to `<venv>/wildtrace-compiled/`. The `detect` and `textnorm`
packages put that folder first on their path only when every source still has its hash in the
manifest and the interpreter is the one the modules were built for: one edited module makes the
whole core run as Python until the next build, never stale code. `WILDTRACE_COMPILED=0` turns
it off; the results are the same either way (tests/integration/test_compiled_core.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import sysconfig
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).parent
PACKAGES = ("detect", "textnorm")
# Not compiled: package inits, I/O and the cache (no time spent there), and the pydantic
# models, which mypyc cannot compile.
LEFT_AS_PYTHON = frozenset({"__init__.py", "cli_io.py", "engine_cache.py", "detector_configs.py"})
MANIFEST = "manifest.json"


def sources(package: Path = PACKAGE) -> list[Path]:
    """The modules the core is compiled from, in a stable order."""
    return [
        path
        for name in PACKAGES
        for path in sorted((package / name).glob("*.py"))
        if path.name not in LEFT_AS_PYTHON
    ]


def source_hashes(package: Path = PACKAGE) -> dict[str, str]:
    """sha256 of each source, keyed by its path inside the package ("detect/engine.py")."""
    return {
        path.relative_to(package).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sources(package)
    }


def interpreter() -> dict[str, str]:
    """What an extension module is bound to: the exact Python and its extension suffix."""
    return {"python": sys.version, "ext_suffix": str(sysconfig.get_config_var("EXT_SUFFIX"))}


def default_dir() -> Path:
    return Path(os.environ.get("WILDTRACE_COMPILED_DIR") or Path(sys.prefix) / "wildtrace-compiled")


@dataclass(frozen=True)
class Status:
    active: bool
    folder: Path
    reason: str  # why not active, or "in use"

    def as_dict(self) -> dict[str, object]:
        return {"active": self.active, "folder": str(self.folder), "reason": self.reason}


def check(folder: Path, package: Path = PACKAGE) -> Status:
    """Whether the core in `folder` may be used with the sources in `package`."""
    if os.environ.get("WILDTRACE_COMPILED", "1") == "0":
        return Status(False, folder, "turned off (WILDTRACE_COMPILED=0)")
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Status(False, folder, "not built (scripts/build_compiled_core.py)")
    except (OSError, ValueError) as exc:
        return Status(False, folder, f"unreadable manifest: {exc}")
    refused = _refusal(manifest if isinstance(manifest, dict) else {}, folder, package)
    return Status(not refused, folder, refused or "in use")


def _refusal(manifest: dict[str, object], folder: Path, package: Path) -> str:
    if any(manifest.get(key) != value for key, value in interpreter().items()):
        return "built for another Python"
    if manifest.get("sources") != source_hashes(package):
        return "sources changed since the build"
    files = manifest.get("files")
    if not isinstance(files, list) or not all((folder / str(f)).is_file() for f in files):
        return "files missing from the build"
    return ""


@lru_cache(maxsize=1)
def status() -> Status:
    """The core's status for this process, decided once: a process never mixes the two."""
    found = check(default_dir())
    if found.active and str(found.folder) not in sys.path:
        sys.path.append(str(found.folder))  # the modules' shared library is a top-level module
    return found


def package_path(package_name: str) -> list[str]:
    """The folders to put first on a package's `__path__` (empty when the core is not used)."""
    found = status()
    if not found.active:
        return []
    return [str(found.folder.joinpath(*package_name.split(".")))]
