"""Fill a PostgreSQL database with N synthetic articles in bulk: a pool parsed once, the rest COPY.

Parsing and quote analysis cost about 3-9 ms an article, hours at a million. Instead:
1. the first POOL articles of benchmarks/synth.py are parsed and stored by the store, as any
   article is (their rows are exactly what the API writes);
2. every later article n is derived from pool article n % POOL without parsing: its body,
   bullets, images, quotes and people are that article's, with the place names of synth.py
   swapped for others of the same length (so quotes' offsets hold) in one of VARIANTS ways;
   its headline is another pool article's, under the same swap; its id, dates, URL, publisher
   and content hash are its own. Words keep the frequencies they have in the pool, so searches
   match as large a share of the corpus as on parsed articles;
3. the rows go in with one COPY per table, with the secondary indexes dropped and triggers off
   (the search vectors are then computed in one INSERT ... SELECT, as migration 0003's trigger
   computes them), then every index is built again and the tables vacuumed and analysed.
The session needs a superuser (session_replication_role), as on benchmarks' own cluster.
Run: .venv/bin/python benchmarks/copy_loader.py URL [--articles N] [--seed S] [--pool P]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import re
import sys
import time
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402

from benchmarks.synth import PLACES, PUBLISHERS, record  # noqa: E402

POOL = 500
VARIANTS = 7  # with POOL 500: 3,500 bodies, each under 500 headlines before one repeats
# The tables the store fills for an article from an export, children in the order their rows
# refer to each other; each has an `id` and an `article_id`.
CHILDREN = ("bullet", "image", "body_block", "quote", "article_person", "article_tag")
TABLES = ("article", "article_fts", *CHILDREN)
_SYNTH_START = datetime(2019, 1, 1)  # synth.record's first publication date (naive UTC)
_CREATED_STEP = timedelta(milliseconds=3)  # about a parsing fill's pace


def _search_vector_sql() -> str:
    """The expression migration 0003 indexes search_text with (imported, not copied)."""
    path = ROOT / "migrations" / "0003_search.py"
    spec = importlib.util.spec_from_file_location("search_migration", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.POSTGRES_VECTOR.format("search_text")


def place_swaps(variant: int) -> dict[str, str]:
    """Each place name of synth.py -> the one `variant` steps on among those of its length."""
    by_length = defaultdict(list)
    for place in PLACES:
        by_length[len(place)].append(place)
    swaps = {}
    for group in by_length.values():
        for i, place in enumerate(group):
            other = group[(i + variant) % len(group)]
            swaps[place], swaps[place.lower()] = other, other.lower()
    return swaps


_PLACE = re.compile(r"\b(" + "|".join(sorted(PLACES, key=len, reverse=True)) + r")\b", re.I)


def swapped(text: str, swaps: dict[str, str]) -> str:
    """The text with each place name replaced as `swaps` says (same length: offsets hold)."""
    return _PLACE.sub(lambda m: swaps.get(m.group(0), m.group(0)), text)


def copy_text(value) -> str:
    """A value as COPY's text format writes it."""
    if value is None:
        return r"\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    text = str(value)
    if "\\" in text or "\t" in text or "\n" in text or "\r" in text:
        text = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
        text = text.replace("\r", "\\r")
    return text


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


class Pool:
    """The stored pool's rows, read once: articles by position, children by pool position."""

    def __init__(self, conn: psycopg.Connection):
        self.columns = {table: _columns(conn, table) for table in ("article", *CHILDREN)}
        cursor = conn.execute(f"SELECT {_names(self.columns['article'])} FROM article ORDER BY id")
        self.articles = [dict(zip(self.columns["article"], row, strict=True)) for row in cursor]
        position = {row["id"]: k for k, row in enumerate(self.articles)}
        self.children = {}
        for table in CHILDREN:
            rows = defaultdict(list)
            for row in conn.execute(
                f"SELECT {_names(self.columns[table])} FROM {table} ORDER BY id"
            ):
                values = dict(zip(self.columns[table], row, strict=True))
                rows[position[values["article_id"]]].append(values)
            self.children[table] = rows
        self.images = {  # pool image id -> its index among its article's images
            row["id"]: i for rows in self.children["image"].values() for i, row in enumerate(rows)
        }
        self.created = max(row["created_at"] for row in self.articles)


def _names(columns: list[str]) -> str:
    return ", ".join(f'"{name}"' for name in columns)


def _columns(conn: psycopg.Connection, table: str) -> list[str]:
    found = conn.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s"
        " AND table_schema = current_schema() ORDER BY ordinal_position",
        (table,),
    )
    return [name for (name,) in found]


class Rows:
    """The COPY lines of derived articles, each table's rows in the order they are numbered."""

    def __init__(self, pool: Pool, starts: dict[str, int], seed: int):
        self.pool, self.starts, self.seed = pool, starts, seed
        self.swaps = [place_swaps(v) for v in range(VARIANTS)]
        self._rest = {}  # (table, k, variant) -> the escaped columns after id and article_id

    def article(self, n: int) -> str:
        """Article n (0-based; id n + 1) as one COPY line."""
        size = len(self.pool.articles)
        k, rounds = n % size, n // size
        variant = rounds % VARIANTS
        head = self.pool.articles[(k + rounds) % size]
        headline, slug, words = self._headline(head, variant)
        published = _SYNTH_START + timedelta(minutes=37 * n + (n * 2654435761) % 37)
        created = self.pool.created + _CREATED_STEP * (n - size + 1)
        values = dict(self._article_columns(k, variant))
        values.update(
            id=str(n + 1),
            headline=headline,
            content_hash=hashlib.sha256(f"copy_loader:{self.seed}:{n}".encode()).hexdigest(),
            source_text=headline + values["source_text"],
            search_text=headline + values["search_text"],
            word_count=str(int(values["word_count"]) + words),
            publisher=copy_text(head["publisher"]),
            url=copy_text(f"https://{PUBLISHERS[head['publisher']]}/{published:%Y/%m}/{slug}-{n}"),
            published_at=copy_text(published),
            created_at=copy_text(created),
            updated_at=copy_text(created),
        )
        return "\t".join(values[c] for c in self.pool.columns["article"]) + "\n"

    def part(self, part: str, k: int, variant: int) -> str:
        """Pool article k's escaped headline ("heads") or search text after it ("tails")."""
        if part == "heads":
            return self._headline(self.pool.articles[k], variant)[0]
        return self._article_columns(k, variant)["search_text"]

    def _headline(self, row: dict, variant: int) -> tuple[str, str, int]:
        """A pool article's headline under a variant: (escaped, URL slug, words)."""
        key = ("headline", row["id"], variant)
        if key not in self._rest:
            headline = swapped(row["headline"], self.swaps[variant])
            slug = "-".join(re.findall(r"[a-z0-9]+", headline.lower())[:6])
            self._rest[key] = (copy_text(headline), slug, len(headline.split()))
        return self._rest[key]

    def _article_columns(self, k: int, variant: int) -> dict[str, str]:
        """Pool article k's columns under a variant, escaped; the texts without their first
        line (the headline) and the word count without the headline's words."""
        key = ("article", k, variant)
        if key not in self._rest:
            row = self.pool.articles[k]
            old = row["headline"]
            values = {c: copy_text(v) for c, v in row.items()}
            for column in ("source_text", "search_text"):
                text = row[column]
                tail = text[len(old) :] if text.startswith(old) else "\n" + text
                values[column] = copy_text(swapped(tail, self.swaps[variant]))
            values["word_count"] = str(row["word_count"] - len(old.split()))
            self._rest[key] = values
        return self._rest[key]

    def children(self, table: str, n: int, first_id: int, first_image: int) -> list[str]:
        """Article n's rows of a child table, numbered from first_id (images from first_image)."""
        size = len(self.pool.articles)
        k, variant = n % size, (n // size) % VARIANTS
        lines = []
        for i, row in enumerate(self.pool.children[table][k]):
            rest = self._rest_of(table, k, variant, i, row)
            if table == "body_block":
                image = row["image_id"]
                image = r"\N" if image is None else str(first_image + self.pool.images[image])
                rest = f"{image}\t{rest}"
            lines.append(f"{first_id + i}\t{n + 1}\t{rest}\n")
        return lines

    def _rest_of(self, table: str, k: int, variant: int, i: int, row: dict) -> str:
        key = (table, k, variant, i)
        if key not in self._rest:
            names = [c for c in self.pool.columns[table] if c not in _NUMBERED]
            self._rest[key] = "\t".join(
                copy_text(
                    swapped(row[c], self.swaps[variant]) if isinstance(row[c], str) else row[c]
                )
                for c in names
            )
        return self._rest[key]


_NUMBERED = ("id", "article_id", "image_id")  # written per derived row, not copied


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
        _copy(conn, table, _child_columns(pool, table), _child_lines(rows, table, size, count))
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
    conn.execute(
        "INSERT INTO article_fts (rowid, search_vector)"
        " SELECT a.id, h.vector || t.vector"
        " FROM generate_series(%(first)s::bigint, %(last)s::bigint) a (id)"
        " JOIN loader_tails t ON t.k = (a.id - 1) %% %(size)s"
        " AND t.variant = (a.id - 1) / %(size)s %% %(variants)s"
        " JOIN loader_heads h ON h.k = ((a.id - 1) %% %(size)s + (a.id - 1) / %(size)s) %% %(size)s"
        " AND h.variant = t.variant",
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


def _child_columns(pool: Pool, table: str) -> list[str]:
    first = ["id", "article_id", "image_id"] if table == "body_block" else ["id", "article_id"]
    return first + [c for c in pool.columns[table] if c not in _NUMBERED]


def _child_lines(rows: Rows, table: str, start: int, stop: int):
    size = len(rows.pool.articles)
    next_id, next_image = rows.starts[table], rows.starts["image"]
    for n in range(start, stop):
        lines = rows.children(table, n, next_id, next_image)
        next_id += len(lines)
        next_image += len(rows.pool.children["image"][n % size])
        yield from lines


def _copy(conn: psycopg.Connection, table: str, columns: list[str], lines) -> None:
    """COPY the lines into the table, written a megabyte or so at a time."""
    statement = f"COPY {table} ({_names(columns)}) FROM STDIN"
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
