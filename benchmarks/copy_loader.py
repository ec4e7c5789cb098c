"""Fill a PostgreSQL database with N synthetic articles in bulk: a pool parsed once, the rest COPY.

Parsing and quote analysis cost about 3-9 ms an article, hours at a million. Instead:
1. the first POOL articles of benchmarks/synth.py are parsed and stored by the store, as any
   article is (their rows are exactly what the API writes);
2. every later article is derived from a pool article without parsing (its rows with place
   names swapped and another's headline: benchmarks/derived_rows.py). Words keep the
   frequencies they have in the pool, so searches match as large a share of the corpus as on
   parsed articles;
3. the rows go in with one COPY per table, with the secondary indexes dropped and triggers off
   (the search vectors are then computed in one INSERT ... SELECT, as migration 0003's trigger
   computes them), then every index is built again and the tables vacuumed and analysed.
The session needs a superuser (session_replication_role), as on benchmarks' own cluster.
Run: .venv/bin/python benchmarks/copy_loader.py URL [--articles N] [--seed S] [--pool P]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402

from benchmarks.derived_rows import (  # noqa: E402
    CHILDREN,
    VARIANTS,
    Pool,
    Rows,
    child_columns,
    child_lines,
    names,
)
from benchmarks.synth import record  # noqa: E402

POOL = 500
TABLES = ("article", "article_fts", *CHILDREN)


def _search_vector_sql() -> str:
    """The expression migration 0003 indexes search_text with (imported, not copied)."""
    path = ROOT / "migrations" / "0003_search.py"
    spec = importlib.util.spec_from_file_location("search_migration", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.POSTGRES_VECTOR.format("search_text")


def store_pool(count: int, seed: int) -> int:
    """Parse and store synth articles 0..count-1 with the store, in the database it is bound
    to (those missing); how many were new."""
    from api.store import articles as store

    created = 0
    for n in range(count):
        item = record(n, seed)
        _, new = store.ingest_text(
            item["text"], url=item["url"], publisher=item["publisher"], tags=item["tags"],
            published_at=datetime.fromisoformat(item["published_at"]),
        )  # fmt: skip
        created += new
    return created


def fill(database_url: str, count: int, seed: int = 1, pool: int = POOL) -> dict[str, float]:
    """Migrate, store the pool, then COPY the rest up to `count` articles; seconds per step.

    Nothing is done when the database already holds `count` articles.
    """
    from benchmarks.bulk import migrate

    migrate(database_url)
    with psycopg.connect(database_url) as conn:
        have = conn.execute("SELECT count(*) FROM article").fetchone()[0]
    if have >= count:
        return {}
    timings = {}
    from api.store.db import database, open_database

    began = time.perf_counter()
    database.initialize(open_database(database_url))
    try:
        store_pool(min(pool, count), seed)
    finally:
        database.close()
        database.initialize(None)
    timings["parse and store the pool"] = time.perf_counter() - began
    with psycopg.connect(database_url) as conn:
        timings |= copy_derived(conn, count, seed)
    return timings


def copy_derived(conn: psycopg.Connection, count: int, seed: int) -> dict[str, float]:
    """Derive articles from those stored (the pool) up to `count`, then index and analyse."""
    timings = {}
    pool = Pool(conn)
    size = len(pool.articles)
    if count <= size:
        return timings
    if _next_id(conn, "article") != size + 1:  # article n gets id n + 1
        raise RuntimeError(f"the pool's {size} articles do not have ids 1 to {size}: start empty")
    conn.execute("SET session_replication_role = replica")  # no triggers, no key checks
    conn.execute("SET maintenance_work_mem = '1GB'")
    indexes = _secondary_indexes(conn)
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    starts = {t: _next_id(conn, t) for t in CHILDREN}
    rows = Rows(pool, starts, seed)
    began = time.perf_counter()
    _copy(conn, "article", pool.columns["article"], (rows.article(n) for n in range(size, count)))
    for table in CHILDREN:
        _copy(conn, table, child_columns(pool, table), child_lines(rows, table, size, count))
    timings["COPY the derived rows"] = time.perf_counter() - began
    began = time.perf_counter()
    _search_vectors(conn, rows, size, count)
    timings["compute the search vectors"] = time.perf_counter() - began
    for name, definition in indexes:
        began = time.perf_counter()
        conn.execute(definition)
        timings[f"index {name}"] = time.perf_counter() - began
    for table in ("article", *CHILDREN):
        conn.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table}"
        )
    conn.execute("RESET session_replication_role")
    conn.commit()
    began = time.perf_counter()
    conn.autocommit = True
    for table in TABLES:
        conn.execute(f"VACUUM (ANALYZE) {table}")
    timings["VACUUM (ANALYZE)"] = time.perf_counter() - began
    return timings


def _search_vectors(conn: psycopg.Connection, rows: Rows, size: int, count: int) -> None:
    """Each derived article's search vector: its headline's, then its body's (tsvector ||
    shifts the second's positions past the first's, as one to_tsvector of the whole does).

    Only the pool's few thousand headlines and bodies are analysed (3,500 of each by default,
    not a million texts); a sample is then checked against migration 0003's own expression.
    """
    vector = _search_vector_sql().replace("search_text", "text")
    for part in ("heads", "tails"):
        conn.execute(f"CREATE TEMP TABLE loader_{part} (k int, variant int, text text)")
        lines = (
            f"{k}\t{v}\t{rows.part(part, k, v)}\n" for k in range(size) for v in range(VARIANTS)
        )
        _copy(conn, f"loader_{part}", ["k", "variant", "text"], lines)
        conn.execute(f"ALTER TABLE loader_{part} ADD COLUMN vector tsvector")
        conn.execute(f"UPDATE loader_{part} SET vector = {vector}")
    # The numbering of Rows.article in SQL: n = id - 1, body k = n % size, headline of
    # (k + n / size) % size, both under variant (n / size) % VARIANTS.
    # Each row also holds its article's filter values, as migration 0012's triggers store
    # them; image's index is dropped meanwhile, hence a join rather than a look-up each.
    conn.execute(
        "INSERT INTO article_fts"
        " (rowid, search_vector, publisher, published_at, created_at, has_images)"
        " SELECT a.id, h.vector || t.vector, a.publisher, a.published_at, a.created_at,"
        " i.article_id IS NOT NULL"
        " FROM article a"
        " LEFT JOIN (SELECT DISTINCT article_id FROM image) i ON i.article_id = a.id"
        " JOIN loader_tails t ON t.k = (a.id - 1) %% %(size)s"
        " AND t.variant = (a.id - 1) / %(size)s %% %(variants)s"
        " JOIN loader_heads h ON h.k = ((a.id - 1) %% %(size)s + (a.id - 1) / %(size)s) %% %(size)s"
        " AND h.variant = t.variant"
        " WHERE a.id BETWEEN %(first)s AND %(last)s",
        {"first": size + 1, "last": count, "size": size, "variants": VARIANTS},
    )
    differing = conn.execute(
        f"SELECT count(*) FROM (SELECT * FROM article_fts WHERE rowid > %s"
        f" ORDER BY random() LIMIT 1000) f JOIN article a ON a.id = f.rowid"
        f" WHERE f.search_vector <> {_search_vector_sql()}",
        (size,),
    ).fetchone()[0]
    if differing:
        raise RuntimeError(f"{differing} of 1,000 sampled search vectors differ from 0003's")


def _copy(conn: psycopg.Connection, table: str, columns: list[str], lines) -> None:
    """COPY the lines into the table, written a megabyte or so at a time."""
    statement = f"COPY {table} ({names(columns)}) FROM STDIN"
    with conn.cursor().copy(statement) as pipe:
        chunk, length = [], 0
        for line in lines:
            chunk.append(line)
            length += len(line)
            if length > 1 << 20:
                pipe.write("".join(chunk))
                chunk, length = [], 0
        pipe.write("".join(chunk))


def _secondary_indexes(conn: psycopg.Connection) -> list[tuple[str, str]]:
    """(name, CREATE INDEX statement) of every index of the tables that no constraint owns."""
    return conn.execute(
        "SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i"
        " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid"
        " WHERE t.relname = ANY(%s) AND t.relnamespace = current_schema()::regnamespace"
        " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)"
        " ORDER BY c.relname",
        (list(TABLES),),
    ).fetchall()


def _next_id(conn: psycopg.Connection, table: str) -> int:
    return conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]


def main(argv: list[str] | None = None) -> int:
    """Fill the database, print the seconds each step took."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database_url")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pool", type=int, default=POOL, help="articles parsed")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    timings = fill(args.database_url, args.articles, args.seed, args.pool)
    for step, seconds in timings.items():
        print(f"  {step:<48} {seconds:8.1f} s")
    print(f"  {'total':<48} {time.perf_counter() - began:8.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
