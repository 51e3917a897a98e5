"""Listings per second of the full engine on one core, next to a bare Aho-Corasick scan.

Both process the same ≥ 20,000 synthetic listings of realistic length (assembled from the demo
marketplace's texts with varied fillers), in the same run. The bare scan lower-cases the text
and runs one automaton holding every name form and lexicon term, twice: with pyahocorasick and
with ahocorasick-rs, the library the engine itself uses (about six times faster, so the harder
reference); each ratio is the price of normalisation, deobfuscation, fuzzy matching, context
and scoring. Also reports engine load time (cold and warm), peak resident memory (of this
benchmark, and of a process that only loads the engine and analyses listings), and whether
the compiled core ran the engine (`WILDTRACE_COMPILED=0` measures the Python code alone).

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/detection_speed.py [--listings 20000] [--repeat 3]

Each scan is timed `--repeat` times and the fastest kept, for the engine and the references
alike, so that a busy moment of the machine does not decide the ratio.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import ahocorasick
import ahocorasick_rs

from wildtrace import compiled_core
from wildtrace.detect.engine import Engine, ListingText
from wildtrace.detect.engine_cache import load_engine

DEMO = Path(__file__).parents[1] / "src/wildtrace/demo/data/listings.jsonl"
FILLERS = [
    "Serious buyers only.",
    "Meet in person or ship.",
    "Photos on request.",
    "Price slightly negotiable.",
    "Posted again because the last ad expired.",
    "Contact me for more pictures and details.",
    "Good condition, see photos.",
]


def corpus(n: int) -> list[ListingText]:
    base = [json.loads(line) for line in DEMO.read_text(encoding="utf-8").splitlines()]
    rng = random.Random(7)
    out = []
    for i in range(n):
        row = base[i % len(base)]
        extra = " ".join(rng.sample(FILLERS, 6))
        out.append(
            ListingText(
                id=str(i), title=row["title"], text=f"{row['text']} {extra}", price=row["price"]
            )
        )
    return out


LANGUAGE_EVIDENCE = {"frequent_word", "false_friend"}


def bare_words(engine: Engine) -> list[str]:
    words = {f.text.lower() for f in engine.kb.name_forms}
    # the frequent words that tell languages apart are no terms the engine scans for
    words |= {t.text.lower() for t in engine.lexicon.terms if t.kind not in LANGUAGE_EVIDENCE}
    return sorted(w for w in words if w)


def bare_automaton(words: list[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


ALONE = """
import sys
from pathlib import Path
sys.path.insert(0, {bench!r})
from detection_speed import corpus
from wildtrace.detect.engine_cache import load_engine
engine = load_engine(Path({home!r}))
for listing in corpus(2000):
    engine.analyse(listing)
# the high-water mark of this process's own memory (ru_maxrss would keep the parent's, which
# the fork that started this process shared)
print(next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM")))
"""


def engine_alone_mb(home: Path) -> int:
    """Peak resident memory of a process that only loads the engine from the cache and
    analyses listings, as a deployment does (this benchmark's own peak also holds a built
    engine, the bare automata and its listings)."""
    code = ALONE.format(bench=str(Path(__file__).parent), home=str(home))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return round(int(done.stdout.strip().splitlines()[-1]) / 1024)


def fastest(repeat: int, run: Callable[[], int]) -> tuple[float, int]:
    """The shortest of `repeat` timings of `run`, and its result: the other runs measure what
    else the machine was doing (the same run swung by a factor of 1.6 on a shared machine)."""
    best, result = float("inf"), 0
    for _ in range(max(1, repeat)):
        started = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - started)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--listings", type=int, default=20_000)
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="time each scan this many times and keep the fastest (the machine's noise)",
    )
    args = parser.parse_args()
    started = time.perf_counter()
    engine = Engine()
    load_cold = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as home:
        load_engine(Path(home))  # builds and writes the cache
        # the fastest of --repeat loads, as for the scans: one load swung from 0.7 s to 1.2 s
        load_warm, _ = fastest(args.repeat, lambda: int(load_engine(Path(home)) is not None))
        alone_mb = engine_alone_mb(Path(home))
    listings = corpus(args.listings)
    chars = sum(len(x.full_text) for x in listings)

    words = bare_words(engine)
    automaton = bare_automaton(words)
    rust = ahocorasick_rs.AhoCorasick(words)
    bare, bare_hits = fastest(
        args.repeat, lambda: sum(1 for x in listings for _ in automaton.iter(x.full_text.lower()))
    )
    bare_rs, rust_hits = fastest(
        args.repeat,
        lambda: sum(
            len(rust.find_matches_as_indexes(x.full_text.lower(), overlapping=True))
            for x in listings
        ),
    )
    full, flagged = fastest(
        args.repeat, lambda: sum(engine.analyse(x).wildlife_trade for x in listings)
    )
    print(
        json.dumps(
            {
                "compiled_core": compiled_core.status().as_dict(),
                "listings": len(listings),
                "mean_chars": round(chars / len(listings)),
                "engine_listings_per_s": round(len(listings) / full),
                "bare_scan_listings_per_s": round(len(listings) / bare),
                "ratio_engine_time_over_bare": round(full / bare, 1),
                "bare_scan_rs_listings_per_s": round(len(listings) / bare_rs),
                "ratio_engine_time_over_bare_rs": round(full / bare_rs, 1),
                "engine_build_s": round(load_cold, 3),
                "engine_load_from_cache_s": round(load_warm, 3),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                "engine_alone_peak_rss_mb": alone_mb,
                "flagged": flagged,
                "bare_hits": bare_hits,
                "bare_hits_rs": rust_hits,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
