"""Write throughput of POST /articles under gunicorn: 1, 2, 4 workers, SQLite beside PostgreSQL.

Each run starts gunicorn (gunicorn.conf.py) on a fresh migrated database and has concurrent
clients post distinct synthetic articles; it prints one Markdown table. PostgreSQL is a throwaway
local cluster with its default (durable) settings unless --postgres-url names a server where
databases may be created.
Run: .venv/bin/python benchmarks/write_throughput.py [--articles 400] [--clients 8]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playhouse.migrations import Runner  # noqa: E402

from api.config import Settings  # noqa: E402
from api.store.db import open_database  # noqa: E402
from tests.gunicorn_server import Gunicorn  # noqa: E402
from tests.pg_cluster import Cluster, Server, find_bindir  # noqa: E402
from tests.synthetic import articles  # noqa: E402

WORKER_COUNTS = (1, 2, 4)


@dataclass(frozen=True)
class Result:
    """One run: how many articles per second were stored, and request latencies."""

    per_second: float
    p50_ms: float
    p95_ms: float


def migrate(url: str) -> None:
    """Apply every migration to a new database."""
    db = open_database(url)
    try:
        Runner(db, Settings().migrations_dir).up()
    finally:
        db.close()


def run(url: str, workers: int, texts: list[bytes], clients: int, log: Path) -> Result:
    """Post every text once through gunicorn with `workers` workers; all must answer 201."""
    latencies: list[float] = []

    def post(text: bytes) -> int:
        started = time.perf_counter()
        status, _ = server.request("POST", "/articles", text)
        latencies.append(time.perf_counter() - started)
        return status

    with Gunicorn(url, log, workers=workers) as server:
        started = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            statuses = list(pool.map(post, texts))
        elapsed = time.perf_counter() - started
    if set(statuses) != {201}:
        raise RuntimeError(f"unexpected statuses {sorted(set(statuses))}; see {log}")
    cuts = statistics.quantiles(latencies, n=20)
    return Result(len(texts) / elapsed, cuts[9] * 1000, cuts[18] * 1000)


def main() -> int:
    """Run every combination and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400, help="articles posted per run")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients")
    parser.add_argument("--postgres-url", help="a superuser URL of a server to use instead")
    args = parser.parse_args()

    texts = [text.encode() for text in articles(args.articles)]
    results: dict[tuple[str, int], Result] = {}
    with ExitStack() as stack:
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        server = _postgres(stack, args.postgres_url)
        for workers in WORKER_COUNTS:
            sqlite_url = f"sqlite:///{workdir / f'bench-{workers}.db'}"
            migrate(sqlite_url)
            results["SQLite", workers] = run(
                sqlite_url, workers, texts, args.clients, workdir / "gunicorn.log"
            )
            name = server.create_database()
            migrate(server.url(name))
            try:
                results["PostgreSQL", workers] = run(
                    server.url(name), workers, texts, args.clients, workdir / "gunicorn.log"
                )
            finally:
                server.drop_database(name)
    _print_table(results, args)
    return 0


def _postgres(stack: ExitStack, url: str | None) -> Server:
    if url:
        return Server(url)
    bindir = find_bindir()
    if bindir is None:
        sys.exit("PostgreSQL not installed: give --postgres-url or apt-get install postgresql")
    # Durable (PostgreSQL's default fsync settings), as SQLite is: the figures compare fairly.
    return stack.enter_context(Cluster(bindir, durable=True))


def _print_table(results: dict[tuple[str, int], Result], args) -> None:
    print(
        f"POST /articles: {args.articles} distinct synthetic articles, {args.clients} clients,"
        " gunicorn sync workers; server, clients and PostgreSQL share this machine"
    )
    print()
    print(
        "| workers | SQLite articles/s | SQLite p50 / p95 ms "
        "| PostgreSQL articles/s | PostgreSQL p50 / p95 ms |"
    )
    print("|--:|--:|--:|--:|--:|")
    for workers in WORKER_COUNTS:
        cells = []
        for backend in ("SQLite", "PostgreSQL"):
            r = results[backend, workers]
            cells += [f"{r.per_second:.0f}", f"{r.p50_ms:.0f} / {r.p95_ms:.0f}"]
        print(f"| {workers} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    sys.exit(main())
