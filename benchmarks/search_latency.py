"""Search and paging latency of GET /articles through gunicorn, on a large synthetic corpus.

1. Fills a database with N articles from benchmarks/synth.py (parsed and stored by the store,
   one process per CPU), or reuses one already filled (`--database-url`, or the default file
   var/bench/search-N.db kept between runs).
2. Starts gunicorn (gunicorn.conf.py) and times, one request at a time, varied searches
   (words, phrases, prefixes, OR, NOT, with filters and sorts): p50 and p95 per query and over
   all of them (goal: p95 <= 20 ms at 100k).
3. Walks the list with cursors (limit 100) to its 1,000th page (or its last) for several sorts
   and times that page against the first (goal: ratio <= 1.5).
Run: .venv/bin/python benchmarks/search_latency.py [--articles 100000] [--database-url URL]
     [--postgres [--loader copy|parse]]: the PostgreSQL corpus kept in compare_backends.py's
     cluster (var/bench/postgres, database copydesk_search_N), reused when it holds N
     articles, else filled by benchmarks/copy_loader.py (copy, the default: minutes at 1M)
     or copied from the SQLite corpus of parsed articles (parse, as compare_backends does).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.harness import Server  # noqa: E402
from benchmarks.synth import record  # noqa: E402

BENCH_DIR = ROOT / "var" / "bench"
# Varied searches: common and rare words, phrases, prefixes, operators, filters, other sorts.
SEARCHES = [
    "q=council",
    "q=heatwave",
    "q=flood%20barrier",
    "q=" + quote('"wind farm"'),
    "q=hosp*",
    "q=ferry%20OR%20tram",
    "q=school%20-meals",
    "q=Saltmarsh",
    "q=Okafor",
    "q=" + quote('"bus route" Redfern'),
    "q=bridge&publisher=" + quote("Harbour Gazette"),
    "q=clinic&sort=-published_at",
    "q=museum&has_images=true&published_after=2021-01-01",
    "q=reuters&fields=headline,snippet",
    "q=jobs&include=people",
]
PAGED_SORTS = ["-id", "-published_at", "created_at", "headline", "relevance&q=council"]
LIMIT = 100


def _store_slice(args: tuple[str, int, int, int, int]) -> int:
    """Store records n = start + k*step (k >= 0, n < stop) in this process; how many were new."""
    database_url, seed, start, stop, step = args
    from api.store import articles as store
    from api.store.db import database, open_database

    database.initialize(open_database(database_url))
    created = 0
    for n in range(start, stop, step):
        item = record(n, seed)
        published = datetime.fromisoformat(item["published_at"])
        _, new = store.ingest_text(
            item["text"], url=item["url"], publisher=item["publisher"], published_at=published
        )
        created += new
    database.close()
    return created


def fill(database_url: str, count: int, seed: int) -> tuple[int, float]:
    """Migrate, then store records until the database holds `count`; (stored now, seconds)."""
    env = {**os.environ, "DATABASE_URL": database_url}
    subprocess.run([sys.executable, "-m", "api", "db", "upgrade"], cwd=ROOT, env=env, check=True)
    from api.store.db import open_database

    db = open_database(database_url)
    have = db.execute_sql("SELECT count(*) FROM article").fetchone()[0]
    db.close()
    if have >= count:
        return 0, 0.0
    began = time.perf_counter()
    processes = os.cpu_count() or 1
    jobs = [(database_url, seed, have + k, count, processes) for k in range(processes)]
    with ProcessPoolExecutor(processes) as pool:
        created = sum(pool.map(_store_slice, jobs))
    return created, time.perf_counter() - began


def timed(server: Server, paths: list[str], repeat: int) -> dict[str, list[float]]:
    """Milliseconds of each path, `repeat` times, interleaved so that drift hits all alike."""
    times: dict[str, list[float]] = {path: [] for path in paths}
    for path in paths:  # warm every worker's caches and code paths first
        for _ in range(4):
            server.get(path)
    for _ in range(repeat):
        for path in paths:
            status, body, seconds = server.get(path)
            if status != 200:
                raise RuntimeError(f"{path} answered {status}: {body[:300]!r}")
            times[path].append(seconds * 1000)
    return times


def p(values: list[float], q: float) -> float:
    """The q-quantile (0-1) of the values."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def far_page(server: Server, first: str, pages: int) -> tuple[str, int]:
    """The URL of page `pages` (or of the last page) following links.next from `first`."""
    url, number = first, 1
    while number < pages:
        status, body, _ = server.get(url)
        following = json.loads(body)["links"]["next"] if status == 200 else None
        if following is None:
            break
        url, number = following, number + 1
    return url, number


@dataclass
class Figures:
    """What one run measured: per search (p50, p95 ms, matches), overall, and per paged sort."""

    searches: dict[str, tuple[float, float, int]] = field(default_factory=dict)
    overall: tuple[float, float] = (0.0, 0.0)
    # sort -> (page number reached, p50 ms of page 1, p50 ms of that page)
    paging: dict[str, tuple[int, float, float]] = field(default_factory=dict)

    def worst_paging_ratio(self) -> float:
        """The largest far-page / first-page ratio over the sorts."""
        return max(tail / head for _, head, tail in self.paging.values())


def measure(server: Server, repeat: int, pages: int) -> Figures:
    """Time every search, then page 1 against page `pages` of every sort."""
    figures = Figures()
    progress("searching")
    searches = [f"/articles?{query}" for query in SEARCHES]
    times = timed(server, searches, repeat)
    for path in searches:
        _, body, _ = server.get(path)
        page = json.loads(body)
        # A total past the count limit is a lower bound: shown as "10,000+".
        total = f"{page['total']:,}" + ("" if page.get("total_exact", True) else "+")
        figures.searches[path] = (p(times[path], 0.5), p(times[path], 0.95), total)
    every = [t for values in times.values() for t in values]
    figures.overall = (p(every, 0.5), p(every, 0.95))
    progress("paging")
    for sort in PAGED_SORTS:
        first = f"/articles?sort={sort}&limit={LIMIT}"
        far, number = far_page(server, first, pages)
        times = timed(server, [first, far], repeat)
        figures.paging[sort] = (number, p(times[first], 0.5), p(times[far], 0.5))
    return figures


def table_rows(figures: Figures) -> list[tuple[str, str]]:
    """The figures as (name, value) rows."""
    rows = [
        (f"GET {path}", f"p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  ({total} matches)")
        for path, (p50, p95, total) in figures.searches.items()
    ]
    p50, p95 = figures.overall
    rows.append(("ALL SEARCHES (goal: p95 <= 20 ms)", f"p50 {p50:6.1f} ms  p95 {p95:6.1f} ms"))
    for sort, (number, head, tail) in figures.paging.items():
        rows.append((f"sort={sort}: page 1 vs page {number:,} (limit {LIMIT})",
                     f"p50 {head:6.1f} ms vs {tail:6.1f} ms: ratio {tail / head:.2f}"
                     " (goal: <= 1.5)"))  # fmt: skip
    return rows


def progress(message: str) -> None:
    """A timestamped line on stderr."""
    print(f"{time.strftime('%H:%M:%S')} {message} ...", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    """Fill, serve, measure, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--database-url", help="default: var/bench/search-N.db, kept for reuse")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=40, help="timings per URL")
    parser.add_argument("--pages", type=int, default=1000, help="how far to walk")
    parser.add_argument("--postgres", action="store_true", help="on compare_backends' cluster")
    parser.add_argument(
        "--loader", choices=("copy", "parse"), default="copy", help="how --postgres fills"
    )
    args = parser.parse_args(argv)
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    database_url = args.database_url or f"sqlite:///{BENCH_DIR / f'search-{args.articles}.db'}"
    rows = []
    with ExitStack() as stack:
        if args.postgres and not args.database_url:
            from benchmarks.compare_backends import postgres_server, search_corpora

            server = postgres_server(stack, BENCH_DIR, None, durable=True)
            if args.loader == "parse":
                corpora = search_corpora(server, BENCH_DIR, args.articles, args.seed)
                database_url = corpora["PostgreSQL"]
            else:
                database_url = server.ensure_database(f"copydesk_search_{args.articles}")
        if args.postgres and args.loader == "copy":
            from benchmarks import copy_loader

            progress(f"loading {database_url} to {args.articles:,} articles (COPY)")
            began = time.perf_counter()
            if steps := copy_loader.fill(database_url, args.articles, args.seed):
                rows.append(("fill (pool parsed, the rest derived and COPYed)",
                             f"{time.perf_counter() - began:,.0f} s"))  # fmt: skip
                rows += [(f"  {step}", f"{seconds:,.1f} s") for step, seconds in steps.items()]
        progress(f"filling {database_url} to {args.articles:,} articles")
        created, fill_seconds = fill(database_url, args.articles, args.seed)
        if created:
            rows.append(("fill (parse + store, one process per CPU)",
                         f"{created:,} articles in {fill_seconds:,.0f} s"))  # fmt: skip

        log = BENCH_DIR / "search-gunicorn.log"
        with Server(database_url, args.workers, log, ["--access-logfile", "/dev/null"]) as server:
            rows += table_rows(measure(server, args.repeat, args.pages))

    width = max(len(name) for name, _ in rows)
    backend = database_url.split(":")[0]
    print(
        f"\nCopydesk search benchmark: {args.articles:,} articles, {backend},"
        f" {args.workers} gunicorn workers, {os.cpu_count()} CPUs, one request at a time"
    )
    for name, value in rows:
        print(f"  {name:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
