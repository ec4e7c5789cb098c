"""The query, bulk and write benchmarks on SQLite and PostgreSQL, side by side in one table.

Each figure comes from the benchmark that defines it, run once per backend:
- search p50/p95 and paging ratios at 100k articles (benchmarks/search_latency.py). The corpora
  are built once and reused by every later run: SQLite in BENCH_DIR/search-N.db, filled through
  the store in one process per CPU (search_latency.fill: about 20x faster than through the API);
  PostgreSQL in a cluster kept under BENCH_DIR/postgres (or a database on --postgres-url), whose
  tables are copied row for row from that SQLite file (COPY, a few minutes instead of an hour
  of parsing again; the triggers build the search index as rows arrive).
- ingest rate through POST /articles/import, export memory and GET /articles/{id} against a
  constant endpoint (benchmarks/bulk.py), on a fresh database of --ingest articles.
- POST /articles throughput with 1, 2 and 4 workers (benchmarks/write_throughput.py).
PostgreSQL runs with its default durable settings, as SQLite does (WAL, synchronous=normal).
Run: .venv/bin/python benchmarks/compare_backends.py [--bench-dir DIR] [--postgres-url URL]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from psycopg import sql  # noqa: E402

from api.store.models import MODELS, ArticleRepresentation  # noqa: E402
from benchmarks import bulk, search_latency, write_throughput  # noqa: E402
from benchmarks.harness import Server  # noqa: E402
from tests.pg_cluster import Cluster, find_bindir  # noqa: E402
from tests.pg_cluster import Server as PostgresServer  # noqa: E402
from tests.synthetic import articles  # noqa: E402

BENCH_DIR = ROOT / "var" / "bench"
BACKENDS = ("SQLite", "PostgreSQL")


def postgres_server(
    stack: ExitStack, bench_dir: Path, url: str | None, durable: bool
) -> PostgresServer:
    """The given server, or the cluster kept under bench_dir/postgres (started, stopped at exit)."""
    if url:
        return PostgresServer(url)
    bindir = find_bindir()
    if bindir is None:
        sys.exit("PostgreSQL not installed: give --postgres-url or apt-get install postgresql")
    return stack.enter_context(Cluster(bindir, durable=durable, root=bench_dir / "postgres"))


def search_corpora(
    server: PostgresServer, bench_dir: Path, articles: int, seed: int
) -> dict[str, str]:
    """backend -> URL of the search corpus of `articles` articles, filled first if need be."""
    urls = {
        "SQLite": f"sqlite:///{bench_dir / f'search-{articles}.db'}",
        "PostgreSQL": _database(server, f"copydesk_search_{articles}"),
    }
    progress(f"SQLite: search corpus of {articles:,} articles")
    created, seconds = search_latency.fill(urls["SQLite"], articles, seed)
    if created:
        progress(f"SQLite: stored {created:,} articles in {seconds:,.0f} s")
    bulk.migrate(urls["PostgreSQL"])
    with psycopg.connect(urls["PostgreSQL"]) as conn:
        have = conn.execute("SELECT count(*) FROM article").fetchone()[0]
        if have == 0:
            progress(f"PostgreSQL: copying {articles:,} articles from SQLite")
            began = time.perf_counter()
            copy_tables(bench_dir / f"search-{articles}.db", conn)
            progress(f"PostgreSQL: copied in {time.perf_counter() - began:,.0f} s")
        elif have != articles:
            sys.exit(f"{urls['PostgreSQL']} holds {have:,} articles, not {articles:,}: drop it")
    return urls


def copy_tables(sqlite_path: Path, conn: psycopg.Connection) -> None:
    """Every application table's rows from the SQLite file into the empty PostgreSQL database.

    One transaction, parents before children (MODELS' order); the sequences are then moved past
    the copied ids so that later inserts do not collide. Cached representations are a cache that
    reads fill: they are left behind.
    """
    source = sqlite3.connect(f"file:{sqlite_path}?mode=ro", uri=True)
    try:
        for model in MODELS:
            if model is ArticleRepresentation:
                continue
            table = model._meta.table_name
            columns = [field.column_name for field in model._meta.sorted_fields]
            rows = source.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid")
            copy = sql.SQL("COPY {} ({}) FROM STDIN").format(
                sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns))
            )
            with conn.cursor().copy(copy) as pipe:
                for row in rows:
                    pipe.write_row(row)
            if model._meta.primary_key.field_type == "AUTO":  # article_page's key is article's
                conn.execute(
                    sql.SQL(
                        "SELECT setval(pg_get_serial_sequence({t}, 'id'), max(id)) FROM {i}"
                    ).format(t=sql.Literal(table), i=sql.Identifier(table))
                )
        conn.commit()
    finally:
        source.close()


def _database(server: PostgresServer, name: str) -> str:
    if isinstance(server, Cluster):
        return server.ensure_database(name)
    return server.url(name)  # a given server: the database must exist


def progress(message: str) -> None:
    """A timestamped line on stderr."""
    print(f"{time.strftime('%H:%M:%S')} {message} ...", file=sys.stderr, flush=True)


@dataclass
class Row:
    """One figure of the table: its value on each backend and the goal it is held to."""

    figure: str
    values: dict[str, str] = field(default_factory=dict)
    goal: str = ""


class Table:
    """The rows, filled one backend at a time in the order the figures are first met."""

    def __init__(self) -> None:
        self.rows: dict[str, Row] = {}

    def add(self, backend: str, figure: str, value: str, goal: str = "") -> None:
        """Record one figure measured on one backend."""
        row = self.rows.setdefault(figure, Row(figure, goal=goal))
        row.values[backend] = value

    def markdown(self) -> str:
        """The table, one line per figure."""
        lines = ["| figure | SQLite | PostgreSQL | goal |", "|---|--:|--:|---|"]
        for row in self.rows.values():
            cells = [row.values.get(backend, "not run") for backend in BACKENDS]
            lines.append(f"| {row.figure} | {' | '.join(cells)} | {row.goal} |")
        return "\n".join(lines)


def search_figures(table: Table, backend: str, url: str, args, log: Path) -> None:
    """Search p50/p95 over the varied searches and the paging ratios, on the big corpus."""
    with Server(url, args.workers, log, ["--access-logfile", "/dev/null"]) as server:
        figures = search_latency.measure(server, args.repeat, args.pages)
    size = f"{args.articles:,} articles"
    p50, p95 = figures.overall
    table.add(backend, f"search p50, {len(figures.searches)} varied queries, {size}",
              f"{p50:.1f} ms")  # fmt: skip
    table.add(backend, f"search p95, {len(figures.searches)} varied queries, {size}",
              f"{p95:.1f} ms", "<= 20 ms")  # fmt: skip
    for sort, (number, head, tail) in figures.paging.items():
        last = "" if number == args.pages else f" (last page: {number:,})"
        table.add(backend, f"page {args.pages:,} / page 1, p50, sort={sort}, {size}",
                  f"{tail / head:.2f}{last}", "<= 1.5")  # fmt: skip


def bulk_figures(table: Table, backend: str, url: str, args, log: Path) -> None:
    """Ingest through import on an empty database, then export memory and the GET ratio."""
    bulk.migrate(url)
    path = bulk.corpus(args.ingest, args.seed)
    size = f"{args.ingest:,} articles"

    def server(*extra: str) -> Server:
        return Server(url, args.workers, log, ["--access-logfile", "/dev/null", *extra])

    with server() as running:
        result = bulk.ingest(running, path, 0, args.ingest, args.batch, args.clients)
    if result["created"] != args.ingest:
        raise RuntimeError(f"{backend}: import created {result['created']} of {args.ingest}")
    table.add(
        backend,
        f"ingest through POST /articles/import, {size} ({args.batch}/request,"
        f" {args.clients} clients)",
        f"{args.ingest / result['seconds']:.0f} articles/s",
    )
    with server() as running:  # fresh workers, so that idle memory is idle
        exported = bulk.export(running)
    if not exported["complete"] or exported["lines"] != args.ingest:
        raise RuntimeError(f"{backend}: export cut short at {exported['lines']} lines")
    table.add(
        backend, f"export {size}: articles/s", f"{exported['lines'] / exported['seconds']:.0f}"
    )
    table.add(
        backend,
        f"export {size}: worker memory above idle",
        f"+{exported['growth_mb']:.1f} MB",
        "<= 50 MB",
    )
    with server() as running:
        rates = bulk.random_throughput(running, args.ingest, args.seconds, args.connections)
    for run, label in (
        ("first", f"random of {size}, first reads"),
        ("kept", f"random of {rates['sample']:,} read before"),
    ):
        table.add(backend, f"GET /articles/{{id}} ({label}) / constant bytes, req/s",
                  f"{rates[run] / rates['constant']:.2f} ({rates[run]:.0f} / "
                  f"{rates['constant']:.0f})", ">= 0.6")  # fmt: skip


def write_figures(table: Table, backend: str, new_database, args, log: Path) -> None:
    """POST /articles with 1, 2 and 4 workers, each on a new empty database."""
    texts = [text.encode() for text in articles(args.writes)]
    for workers in write_throughput.WORKER_COUNTS:
        url = new_database()
        write_throughput.migrate(url)
        result = write_throughput.run(url, workers, texts, args.write_clients, log)
        table.add(backend, f"POST /articles, {workers} worker{'s' if workers > 1 else ''}"
                  f" ({args.write_clients} clients)",
                  f"{result.per_second:.0f} articles/s")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Fill what is missing, measure every figure on both backends, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench-dir", type=Path, default=BENCH_DIR)
    parser.add_argument("--postgres-url", help="a superuser URL of a server to use instead")
    parser.add_argument("--articles", type=int, default=100_000, help="search corpus size")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fill-only", action="store_true", help="build the corpora and stop")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (search, bulk)")
    parser.add_argument("--repeat", type=int, default=20, help="timings per search URL")
    parser.add_argument("--pages", type=int, default=1000, help="how far to page")
    parser.add_argument("--ingest", type=int, default=10_000, help="articles imported")
    parser.add_argument("--batch", type=int, default=200, help="articles per import request")
    parser.add_argument("--clients", type=int, default=2, help="concurrent import uploads")
    parser.add_argument("--seconds", type=int, default=10, help="per GET load run")
    parser.add_argument("--connections", type=int, default=8, help="GET load connections")
    parser.add_argument("--writes", type=int, default=400, help="articles posted per run")
    parser.add_argument("--write-clients", type=int, default=8)
    args = parser.parse_args(argv)
    args.bench_dir.mkdir(parents=True, exist_ok=True)
    table = Table()
    began = time.monotonic()
    with ExitStack() as stack:
        server = postgres_server(stack, args.bench_dir, args.postgres_url, durable=True)
        corpora = search_corpora(server, args.bench_dir, args.articles, args.seed)
        if args.fill_only:
            return 0
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="copydesk-compare-")))
        log = work / "gunicorn.log"
        scratch = []  # PostgreSQL databases to drop at the end

        def new_database(backend: str):
            def create() -> str:
                if backend == "SQLite":
                    return f"sqlite:///{work / f'scratch-{len(scratch)}-{time.time_ns()}.db'}"
                scratch.append(server.create_database())
                return server.url(scratch[-1])

            return create

        stack.callback(lambda: [server.drop_database(name) for name in scratch])
        for backend in BACKENDS:
            progress(f"{backend}: search and paging")
            search_figures(table, backend, corpora[backend], args, log)
            progress(f"{backend}: import, export, GET ratio")
            bulk_figures(table, backend, new_database(backend)(), args, log)
            progress(f"{backend}: write throughput")
            write_figures(table, backend, new_database(backend), args, log)
        version = _postgres_version(corpora["PostgreSQL"])
    loader = "wrk" if shutil.which("wrk") else "Python threads"
    print(
        f"Copydesk on SQLite and PostgreSQL {version}"
        f" (durable settings): {os.cpu_count()} CPUs shared by server, clients and database;"
        f" {args.workers} gunicorn workers unless stated; GET load by {loader};"
        f" measured in {(time.monotonic() - began) / 60:.0f} min\n"
    )
    print(table.markdown())
    return 0


def _postgres_version(url: str) -> str:
    with psycopg.connect(url) as conn:
        return conn.execute("SHOW server_version").fetchone()[0].split()[0]


if __name__ == "__main__":
    sys.exit(main())
