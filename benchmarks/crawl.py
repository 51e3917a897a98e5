"""Pages per second: a wildtrace patrol vs. Scrapy, same local site, same concurrency, no delay.

Both crawl the demo marketplace served on 127.0.0.1 (a generated catalog of --listings items,
100 per results page): every search page, then every listing page, reading the same fields.
wildtrace also detects, scores and stores each listing with a WARC and a custody event (a batch
of pages per transaction); Scrapy only yields items. Both honour robots.txt. Scrapy is
installed only for this benchmark:

    .venv/bin/pip install scrapy
    .venv/bin/python benchmarks/crawl.py [--listings 3000] [--concurrency 16] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from wildtrace.config import load_settings
from wildtrace.demo.catalog import DATA_DIR, load_catalog
from wildtrace.demo.site import make_server
from wildtrace.detect.engine_cache import load_engine
from wildtrace.patrol.plan import build_plan
from wildtrace.patrol.runner import PatrolRunner
from wildtrace.store.db import Store

SPIDER = textwrap.dedent("""
    import scrapy

    class Demo(scrapy.Spider):
        name = "demo"

        async def start(self):  # Scrapy >= 2.13
            yield scrapy.Request(self.base + "/search?q=&page=1", callback=self.search)

        def start_requests(self):  # older Scrapy
            yield scrapy.Request(self.base + "/search?q=&page=1", callback=self.search)

        def search(self, response):
            for href in response.css("a.result-link::attr(href)").getall():
                yield response.follow(href, callback=self.listing)
            nxt = response.css("a[rel=next]::attr(href)").get()
            if nxt:
                yield response.follow(nxt, callback=self.search)

        def listing(self, response):
            yield {"title": response.css("h1.listing-title::text").get(),
                   "text": " ".join(response.css("div.listing-description ::text").getall()),
                   "price": response.css(".price::text").get(),
                   "seller": response.css(".seller-handle::text").get()}
""")


def _serve(folder: str, port: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    server = make_server(catalog=load_catalog(folder), page_size=100)
    port.put(server.url)
    server.serve_forever()


def serve_in_child(folder: Path) -> tuple[str, multiprocessing.Process]:
    """The site runs in its own process, so neither crawler shares its interpreter with it."""
    queue: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    process = multiprocessing.Process(target=_serve, args=(str(folder), queue), daemon=True)
    process.start()
    return str(queue.get(timeout=30)), process


def make_catalog(folder: Path, n: int) -> None:
    (folder / "sellers.json").write_text((DATA_DIR / "sellers.json").read_text("utf-8"), "utf-8")
    base = [json.loads(x) for x in (DATA_DIR / "listings.jsonl").read_text("utf-8").splitlines()]
    with (folder / "listings.jsonl").open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps(dict(base[i % len(base)], id=f"L{i + 1:05d}")) + "\n")


def run_wildtrace(url: str, concurrency: int, work: Path) -> tuple[float, int]:
    demo = Path(__file__).parents[1] / "src/wildtrace/sources/sites/demo-market.yaml"
    (work / "site.yaml").write_text(demo.read_text().replace("max_pages: 100", "max_pages: 1000"))
    settings = load_settings({"home": work / "home", "allow_hosts": ["127.0.0.1"]}).settings
    plan = build_plan(
        {
            "name": "bench",
            "delay": 0,
            "concurrency": concurrency,
            "per_host_concurrency": concurrency,
            "sources": [{"site": "site.yaml", "base_url": url, "queries": [""]}],
        },
        "bench",
        work,
    )
    engine = load_engine(settings.home)  # built once per lexicon version, then cached on disk
    store = Store(settings)
    started = time.perf_counter()
    summary = PatrolRunner(store, settings, engine=engine).run(plan)
    elapsed = time.perf_counter() - started
    store.close()
    return elapsed, summary.pages_fetched


def run_scrapy(url: str, concurrency: int, work: Path) -> tuple[float, int]:
    spider = work / "spider.py"
    spider.write_text(SPIDER)
    out = work / "items.jsonl"
    command = [
        sys.executable,
        "-m",
        "scrapy",
        "runspider",
        str(spider),
        "-a",
        f"base={url}",
        "-O",
        f"{out}:jsonlines",
        "-s",
        f"CONCURRENT_REQUESTS={concurrency}",
        "-s",
        f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}",
        "-s",
        "DOWNLOAD_DELAY=0",
        "-s",
        "ROBOTSTXT_OBEY=True",
        "-s",
        "LOG_LEVEL=ERROR",
        "-s",
        "TELNETCONSOLE_ENABLED=0",
        "-s",
        "AUTOTHROTTLE_ENABLED=False",
    ]
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=work)
    elapsed = time.perf_counter() - started
    items = sum(1 for _ in out.open(encoding="utf-8"))
    pages = items + -(-items // 100) + 1  # listing pages + search pages + robots.txt
    return elapsed, pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--listings", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument(
        "--rounds", type=int, default=1, help="Alternate the two crawlers this many times."
    )
    args = parser.parse_args()
    try:
        import scrapy  # noqa: F401
    except ImportError:
        sys.exit("Scrapy is not installed: .venv/bin/pip install scrapy")
    rounds = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "catalog").mkdir()
        make_catalog(work / "catalog", args.listings)
        url, server = serve_in_child(work / "catalog")
        try:
            for n in range(args.rounds):
                (work / f"w{n}").mkdir()
                (work / f"s{n}").mkdir()
                w_time, w_pages = run_wildtrace(url, args.concurrency, work / f"w{n}")
                s_time, s_pages = run_scrapy(url, args.concurrency, work / f"s{n}")
                rounds.append((w_pages / w_time, s_pages / s_time))
        finally:
            server.terminate()
            server.join()
    ratios = [w / s for w, s in rounds]
    print(
        json.dumps(
            {
                "listings": args.listings,
                "concurrency": args.concurrency,
                "rounds": [
                    {"wildtrace_pages_per_s": round(w, 1), "scrapy_pages_per_s": round(s, 1)}
                    for w, s in rounds
                ],
                "wildtrace_pages_per_s": round(statistics.median(w for w, _ in rounds), 1),
                "scrapy_pages_per_s": round(statistics.median(s for _, s in rounds), 1),
                "ratio_wildtrace_over_scrapy": round(statistics.median(ratios), 2),
                "note": "medians over the rounds; wildtrace time covers detection, scoring and "
                "storage (its detection engine loaded before timing, as from its cache); "
                "Scrapy's includes its process start-up; the site runs in a third process",
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
