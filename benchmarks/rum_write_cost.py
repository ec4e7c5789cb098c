"""What the RUM phrase index (migrations/0011_search_phrases.py) costs each stored article.

In a filled corpus (search_latency.py --postgres keeps them), the search vectors of --rows
stored articles are inserted again into article_fts under new ids, once with every index and
once with the phrase index dropped, alternating for --rounds rounds, each in a transaction that
is rolled back: the difference is the upkeep of the RUM index alone, at the corpus's size. The
rest of a write (parsing, quote analysis, the other tables) is the same with or without it.
With --imports N, whole writes as well: N new synth.py articles through POST /articles/import
(gunicorn, 2 workers) into a copy of the corpus (CREATE DATABASE ... TEMPLATE) with and without
the index, alternating, each copy dropped after.
The session needs a superuser (session_replication_role: the new ids have no article row).
Run: .venv/bin/python benchmarks/rum_write_cost.py URL [--rows 2000] [--rounds 5] [--imports N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402

from benchmarks import bulk  # noqa: E402
from benchmarks.harness import Server  # noqa: E402

PHRASE_INDEX = "article_fts_phrases"
INSERT = (
    "INSERT INTO article_fts (rowid, search_vector)"
    " SELECT %(top)s + rowid, search_vector FROM article_fts"
    " WHERE rowid > %(top)s - %(rows)s ORDER BY rowid"
)


def insert_seconds(conn: psycopg.Connection, rows: int, with_rum: bool) -> float:
    """Seconds to insert the newest `rows` vectors again (GIN, and RUM when with_rum)."""
    try:
        conn.execute("SET LOCAL session_replication_role = replica")
        if not with_rum:
            conn.execute(f"DROP INDEX {PHRASE_INDEX}")  # undone by the rollback
        top = conn.execute("SELECT max(rowid) FROM article_fts").fetchone()[0]
        began = time.perf_counter()
        conn.execute(INSERT, {"top": top, "rows": rows})
        return time.perf_counter() - began
    finally:
        conn.rollback()


def import_seconds(url: str, with_rum: bool, count: int) -> float:
    """Seconds to import `count` new articles through the API into a copy of the corpus."""
    server, template = url.rsplit("/", 1)
    name = f"{template}_write_cost"
    admin = f"{server}/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY file_copy')
    try:
        if not with_rum:
            with psycopg.connect(f"{server}/{name}", autocommit=True) as conn:
                conn.execute(f"DROP INDEX {PHRASE_INDEX}")
        # synth.py's articles from 1,000 on: new to the corpus, whose pool is the first 500.
        lines = bulk.corpus(1000 + count, seed=1)
        log = bulk.CORPUS_DIR / "rum-write-cost-gunicorn.log"
        with Server(f"{server}/{name}", 2, log, ["--access-logfile", "/dev/null"]) as running:
            result = bulk.ingest(running, lines, 1000, 1000 + count, 50, 2)
        if result["created"] != count:
            raise RuntimeError(f"import created {result['created']} of {count}; see {log}")
        return result["seconds"]
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


def sizes(conn: psycopg.Connection) -> dict[str, str]:
    """The size of the search table and of each of its indexes."""
    found = conn.execute(
        "SELECT relname, pg_size_pretty(pg_total_relation_size(oid)) FROM pg_class"
        " WHERE relname = 'article_fts' OR oid IN"
        " (SELECT indexrelid FROM pg_index WHERE indrelid = 'article_fts'::regclass)"
        " ORDER BY relname"
    )
    return dict(found.fetchall())


def main(argv: list[str] | None = None) -> int:
    """Measure both ways in turn, print ms per article and the difference."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database_url")
    parser.add_argument("--rows", type=int, default=2000, help="articles inserted per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--imports", type=int, default=0, help="articles imported per round")
    args = parser.parse_args(argv)
    times = {True: [], False: []}
    with psycopg.connect(args.database_url) as conn:
        if conn.execute("SELECT to_regclass(%s)", (PHRASE_INDEX,)).fetchone()[0] is None:
            sys.exit(f"{PHRASE_INDEX} not found: the server has no RUM extension")
        articles = conn.execute("SELECT count(*) FROM article_fts").fetchone()[0]
        for _ in range(args.rounds):
            for with_rum in (True, False):
                times[with_rum].append(insert_seconds(conn, args.rows, with_rum))
        found = sizes(conn)
    per_article = {way: statistics.median(t) * 1000 / args.rows for way, t in times.items()}
    print(
        f"article_fts of {articles:,} articles: " + ", ".join(f"{k} {v}" for k, v in found.items())
    )
    print(f"{args.rows:,} vectors inserted, median of {args.rounds} rounds, ms per article:")
    print(f"  GIN + RUM   {per_article[True]:.3f}")
    print(f"  GIN alone   {per_article[False]:.3f}")
    print(f"  RUM's part  {per_article[True] - per_article[False]:.3f}")
    if args.imports:
        imports = {True: [], False: []}
        for _ in range(args.rounds):
            for with_rum in (True, False):
                imports[with_rum].append(import_seconds(args.database_url, with_rum, args.imports))
        print(f"{args.imports:,} articles imported into a copy, median of {args.rounds} rounds:")
        for with_rum, label in ((True, "GIN + RUM"), (False, "GIN alone")):
            rate = args.imports / statistics.median(imports[with_rum])
            print(f"  {label}   {rate:.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
