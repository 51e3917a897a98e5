"""Build the engine once, then load it from a cache keyed by the hash of everything it is made of.

Building means parsing the species data and lexicon, folding every term and compiling the
automata; the cached engine is a pickle under WILDTRACE_HOME/cache/ (the user's own data
folder, like the database — never a file from elsewhere). The key covers the species file, the
lexicon, the risk weights, the code of the packages that build it and whether the compiled core
runs it, so any change rebuilds.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import pickle
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from wildtrace import __version__, compiled_core
from wildtrace.detect.engine import Engine
from wildtrace.lexicon.load import load_lexicon
from wildtrace.species.active import active_csv
from wildtrace.species.kb import load_knowledge_base

PACKAGE = Path(__file__).parents[1]
INPUT_DIRS = ("detect", "textnorm", "lexicon", "risk", "species", "domain")
log = logging.getLogger(__name__)


def engine_key(species_csv: Path) -> str:
    digest = hashlib.sha256(__version__.encode())
    # objects pickled from compiled classes and from Python ones are not interchangeable
    digest.update(b"compiled" if compiled_core.status().active else b"python")
    paths = [species_csv, species_csv.with_suffix(".meta.json")]
    for folder in INPUT_DIRS:
        paths.extend(sorted((PACKAGE / folder).rglob("*.py")))
        paths.extend(sorted((PACKAGE / folder).rglob("*.yaml")))
        paths.extend(sorted((PACKAGE / folder).rglob("*.json")))  # the kind model's weights
    for path in paths:
        if path.is_file():
            digest.update(str(path.relative_to(path.anchor)).encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def build_engine(species_csv: Path) -> Engine:
    kb = load_knowledge_base(species_csv)
    return Engine(kb, load_lexicon(kb))


def load_engine(home: Path, use_cache: bool = True) -> Engine:
    """The engine for the species data in force, from cache when nothing changed."""
    species_csv = active_csv(home)
    if not use_cache:
        return build_engine(species_csv)
    cache = home / "cache" / f"engine-{engine_key(species_csv)[:24]}.pickle"
    if cache.is_file():
        try:
            with cache.open("rb") as handle, _no_gc():
                engine = pickle.load(handle)  # noqa: S301 - our own file, keyed by content hash
            if isinstance(engine, Engine):
                return engine
        except Exception:  # a truncated or stale cache is rebuilt, never trusted
            log.warning("engine cache %s unreadable; rebuilding", cache)
    engine = build_engine(species_csv)
    try:
        _save(engine, cache)
    except OSError as exc:  # a read-only data folder only costs the next start its speed
        log.warning("cannot write engine cache %s: %s", cache, exc)
    return engine


@contextmanager
def _no_gc() -> Iterator[None]:
    """The cycle collector paused while the cache is read: unpickling creates some hundred
    thousand objects, and collections triggered by them, which find no garbage, cost about a
    third of the load."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _save(engine: Engine, cache: Path) -> None:
    cache.parent.mkdir(parents=True, exist_ok=True)
    for old in cache.parent.glob("engine-*.pickle"):
        old.unlink(missing_ok=True)
    with tempfile.NamedTemporaryFile(dir=cache.parent, delete=False) as handle:
        pickle.dump(engine, handle, protocol=pickle.HIGHEST_PROTOCOL)
    Path(handle.name).replace(cache)
