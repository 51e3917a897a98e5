"""The compiled core is used only when built from exactly the sources beside it, for this Python."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wildtrace import compiled_core


@pytest.fixture(autouse=True)
def _not_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WILDTRACE_COMPILED", raising=False)


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A package with the core's layout: two compiled modules and the files left as Python."""
    root = tmp_path / "pkg"
    for name in ("detect/engine.py", "detect/cli_io.py", "detect/__init__.py", "textnorm/fold.py"):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"# {name}\n", encoding="utf-8")
    return root


def _build(folder: Path, package: Path, **changes: object) -> None:
    """A build's folder as scripts/build_compiled_core.py leaves it (empty extension files)."""
    files = ["core__mypyc.so", "wildtrace/detect/engine.so", "wildtrace/textnorm/fold.so"]
    for name in files:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(b"")
    manifest = {
        **compiled_core.interpreter(),
        "sources": compiled_core.source_hashes(package),
        "files": files,
        **changes,
    }
    (folder / compiled_core.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def test_only_the_hot_modules_are_compiled(package: Path) -> None:
    assert list(compiled_core.source_hashes(package)) == ["detect/engine.py", "textnorm/fold.py"]


def test_a_matching_build_is_used(tmp_path: Path, package: Path) -> None:
    _build(tmp_path / "core", package)
    found = compiled_core.check(tmp_path / "core", package)
    assert found.active and found.reason == "in use"


def test_an_edited_source_turns_the_whole_core_off(tmp_path: Path, package: Path) -> None:
    _build(tmp_path / "core", package)
    (package / "textnorm/fold.py").write_text("# edited\n", encoding="utf-8")
    found = compiled_core.check(tmp_path / "core", package)
    assert not found.active and found.reason == "sources changed since the build"


def test_a_new_module_turns_it_off_too(tmp_path: Path, package: Path) -> None:
    _build(tmp_path / "core", package)
    (package / "detect/views.py").write_text("# new\n", encoding="utf-8")
    found = compiled_core.check(tmp_path / "core", package)
    assert found.reason == "sources changed since the build"


def test_a_build_for_another_python_is_refused(tmp_path: Path, package: Path) -> None:
    _build(tmp_path / "core", package, python="3.12.1 (main)")
    assert compiled_core.check(tmp_path / "core", package).reason == "built for another Python"


def test_a_missing_extension_file_is_refused(tmp_path: Path, package: Path) -> None:
    _build(tmp_path / "core", package)
    (tmp_path / "core/wildtrace/textnorm/fold.so").unlink()
    assert compiled_core.check(tmp_path / "core", package).reason == "files missing from the build"


def test_no_build_and_a_broken_manifest(tmp_path: Path, package: Path) -> None:
    assert compiled_core.check(tmp_path / "none", package).reason.startswith("not built")
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / compiled_core.MANIFEST).write_text("{not json", encoding="utf-8")
    assert compiled_core.check(tmp_path / "core", package).reason.startswith("unreadable manifest")
    (tmp_path / "core" / compiled_core.MANIFEST).write_text("[1, 2]", encoding="utf-8")
    assert compiled_core.check(tmp_path / "core", package).reason == "built for another Python"


def test_turned_off_by_the_environment(
    tmp_path: Path, package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _build(tmp_path / "core", package)
    monkeypatch.setenv("WILDTRACE_COMPILED", "0")
    found = compiled_core.check(tmp_path / "core", package)
    assert not found.active and "WILDTRACE_COMPILED=0" in found.reason
