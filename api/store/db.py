"""The database: an unbound proxy, the base model, DATABASE_URL parsing, pools and transactions."""

from __future__ import annotations

import os
import sqlite3
from contextlib import AbstractContextManager, closing, nullcontext
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import peewee
import psycopg
from playhouse.migrations import Runner
from playhouse.pool import MaxConnectionsExceeded, PooledDatabase
from psycopg import conninfo

from api.store.connections import PersistentPostgresqlDatabase, PersistentSqliteDatabase

database = peewee.DatabaseProxy()

SQLITE_PREFIX = "sqlite:///"
POSTGRES_PREFIXES = ("postgresql://", "postgres://")
# WAL lets readers run beside the one writer; the busy timeout makes writers queue instead of
# failing with "database is locked"; synchronous=normal is durable enough under WAL. A pooled
# connection lives as long as its worker, so its page cache (32 MiB, not 2) can keep the search
# index's busy pages from one request to the next.
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 10000,
    "synchronous": "normal",
    "cache_size": -32768,
}
# Prepared statements a SQLite connection keeps (the driver's default is 128): an import's
# multi-row inserts come in a statement per size (statements.ROWS_PER_MANY), beside the reads.
SQLITE_CACHED_STATEMENTS = 256
URL_FORMS = "sqlite:///PATH, sqlite:///:memory: or postgresql://USER:PASSWORD@HOST:PORT/NAME"
# A pooled connection older than this is closed on check-in rather than reused, so a server-side
# idle timeout or a failover never leaves a worker holding connections that quietly died.
POOL_STALE_SECONDS = 300
# Connections a worker's pool keeps beyond DB_POOL_SIZE: the side-read thread reads on one
# while the request that asked waits, holding its own (with a pool of one it would wait 10 s).
SIDE_READ_CONNECTIONS = 1
# How long a request waits for a free pooled connection before answering 503.
POOL_WAIT_SECONDS = 10


class BaseModel(peewee.Model):
    """Every model is bound to the proxy, which `init_app` or the CLI binds to a real database."""

    class Meta:
        database = database
        legacy_table_names = False


class MonotonicIdField(peewee.AutoField):
    """An id never handed out twice, so an old link can never name a different article.

    SQLite reuses the highest rowid after a delete unless the key is AUTOINCREMENT;
    PostgreSQL's serial never reuses values, so it gets the plain column.
    """

    def ddl(self, ctx):
        nodes = super().ddl(ctx)
        db = self.model._meta.database
        db = db.obj if isinstance(db, peewee.DatabaseProxy) else db
        if isinstance(db, peewee.SqliteDatabase):
            return peewee.NodeList((nodes, peewee.SQL("AUTOINCREMENT")))
        return nodes


def utcnow() -> datetime:
    """The current UTC time, naive: every timestamp column stores naive UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def open_database(url: str, *, pool_size: int = 0) -> peewee.Database:
    """A database (not yet connected) for a DATABASE_URL; pooled when pool_size > 0.

    A pooled database keeps up to pool_size connections open for reuse, one per thread using it.
    ValueError when the URL is malformed.
    """
    if url.startswith(SQLITE_PREFIX):
        return _open_sqlite(url[len(SQLITE_PREFIX) :], pool_size)
    if url.startswith(POSTGRES_PREFIXES):
        return _open_postgres(url, pool_size)
    scheme = url.split("://", 1)[0] if "://" in url else url
    raise ValueError(f"DATABASE_URL must look like {URL_FORMS}; got {scheme!r}")


def _open_sqlite(path: str, pool_size: int) -> peewee.SqliteDatabase:
    # sqlite:///var/app.db is relative to the working directory, sqlite:////srv/app.db absolute.
    if not path or path.endswith("/"):
        raise ValueError(f"DATABASE_URL names no SQLite file; it must look like {URL_FORMS}")
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    if pool_size <= 0:
        return peewee.SqliteDatabase(
            path, pragmas=SQLITE_PRAGMAS, timeout=10, cached_statements=SQLITE_CACHED_STATEMENTS
        )
    # The busy timeout is the pragma's; `timeout` here is how long to wait for a free connection.
    return PersistentSqliteDatabase(
        path,
        pragmas=SQLITE_PRAGMAS,
        max_connections=pool_size,
        timeout=POOL_WAIT_SECONDS,
        cached_statements=SQLITE_CACHED_STATEMENTS,
    )


def _open_postgres(url: str, pool_size: int) -> peewee.PostgresqlDatabase:
    # libpq parses the URL itself (escapes, ?sslmode=...); peewee hands it over as conninfo
    # only when it starts with postgresql://.
    url = "postgresql://" + url.split("://", 1)[1]
    try:
        conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError as exc:
        # libpq quotes the whole URL in some messages: keep the password out of logs.
        reason = str(exc).strip().replace(url, "<DATABASE_URL>")
        raise ValueError(f"DATABASE_URL is not a valid PostgreSQL URL: {reason}") from None
    if pool_size <= 0:
        return peewee.PostgresqlDatabase(url, prefer_psycopg3=True)
    # A connection the server dropped is noticed and replaced on check-out.
    return PersistentPostgresqlDatabase(
        url,
        prefer_psycopg3=True,
        max_connections=pool_size,
        stale_timeout=POOL_STALE_SECONDS,
        timeout=POOL_WAIT_SECONDS,
    )


def is_sqlite() -> bool:
    """Whether the proxy is bound to SQLite (which needs BEGIN IMMEDIATE for read-then-write)."""
    return isinstance(database.obj, peewee.SqliteDatabase)


def read_transaction() -> AbstractContextManager:
    """A transaction for reads: the caller's, when one is open (a savepoint would cost two more
    statements, and a read has nothing to roll back)."""
    return nullcontext() if database.in_transaction() else database.atomic()


def write_transaction() -> AbstractContextManager:
    """A transaction for read-then-write work; on SQLite it takes the write lock at BEGIN."""
    if is_sqlite():
        # A deferred transaction that reads and then writes fails with "database is locked"
        # when another writer got in between; IMMEDIATE queues behind the busy timeout instead.
        return database.atomic(lock_type="IMMEDIATE")
    return database.atomic()


UPGRADE_HINT = "run `python -m api db upgrade` first"


def pending_migrations(db: peewee.Database, migrations_dir: str) -> list[str]:
    """Names of the migrations not yet applied to this database, in order."""
    return [m.name for m in Runner(db, migrations_dir).status() if m.path and not m.applied]


def close_all(db: peewee.Database | None) -> None:
    """Close a database's connection, and every pooled one it keeps, for good."""
    if isinstance(db, PooledDatabase):
        db.close_all()
    elif db is not None and not db.is_closed():
        db.close()


def check_out() -> None:
    """Check a connection out for this thread (if it has none); OperationalError, which clients
    see as 503, when the pool has none free in time."""
    try:
        database.connect(reuse_if_open=True)
    except MaxConnectionsExceeded as exc:
        # peewee's pool raises a ValueError; to clients this is the database being busy (503).
        raise peewee.OperationalError(str(exc)) from exc


def check_in(*, keep: bool) -> None:
    """End this thread's use of its connection for now: kept for the thread's next check_out
    when `keep` and the connection is idle, else handed back to the pool (rolled back)."""
    db = database.obj
    if isinstance(db, (PersistentSqliteDatabase, PersistentPostgresqlDatabase)):
        db.release(keep)
        return
    if db is None or db.is_closed():
        return
    while db.in_transaction():
        db.pop_transaction()
    db.close()


def unusable_reason(url: str, timeout_seconds: int = 5) -> str | None:
    """Why the database at DATABASE_URL cannot be used right now, or None when it can.

    Changes nothing: no SQLite file or folder is created (an absent file is fine when its
    folder can be made and written), no table is touched. The answer holds no password.
    """
    if url.startswith(SQLITE_PREFIX):
        return _sqlite_unusable(url[len(SQLITE_PREFIX) :])
    if url.startswith(POSTGRES_PREFIXES):
        try:
            open_database(url)  # opens no connection: only checks the URL, as the server will
        except ValueError as exc:
            return str(exc)
        return _postgres_unusable("postgresql://" + url.split("://", 1)[1], timeout_seconds)
    scheme = url.split("://", 1)[0] if "://" in url else url
    return f"DATABASE_URL must look like {URL_FORMS}; got {scheme!r}"


def _sqlite_unusable(path: str) -> str | None:
    if not path or path.endswith("/"):
        return f"DATABASE_URL names no SQLite file; it must look like {URL_FORMS}"
    if path == ":memory:":
        return None
    file = Path(path)
    if file.is_dir():
        return f"{path} is a folder, not a SQLite database file"
    if not file.exists():
        # The nearest folder that exists must let us make the rest and the file (and its WAL).
        folder = next(parent for parent in file.absolute().parents if parent.exists())
        if not folder.is_dir():
            return f"cannot create {path}: {folder} is not a folder"
        if not os.access(folder, os.W_OK | os.X_OK):
            return f"cannot create {path}: {folder} is not writable"
        return None
    if not os.access(file, os.R_OK | os.W_OK) or not os.access(file.parent, os.W_OK | os.X_OK):
        return f"{path} (or its folder, which holds its WAL) is not writable"
    try:
        # Read-only, so that nothing is created or changed; the query reads the file's header.
        uri = f"file:{quote(str(file.absolute()))}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=5)) as connection:
            connection.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error as exc:
        return f"{path} cannot be read as a SQLite database: {exc}"
    return None


def _postgres_unusable(url: str, timeout_seconds: int) -> str | None:
    params = conninfo.conninfo_to_dict(url)
    params.setdefault("connect_timeout", timeout_seconds)
    try:
        with psycopg.connect(**params) as connection:
            connection.execute("SELECT 1")
    except psycopg.Error as exc:
        # libpq quotes the whole URL in some messages: keep the password out of them.
        return "cannot connect to PostgreSQL: " + " ".join(str(exc).replace(url, "<URL>").split())
    return None
