"""The database: an unbound proxy, the base model, DATABASE_URL parsing, per-request connections."""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path

import peewee
import psycopg
from psycopg import conninfo

database = peewee.DatabaseProxy()

SQLITE_PREFIX = "sqlite:///"
POSTGRES_PREFIXES = ("postgresql://", "postgres://")
# WAL lets readers run beside the one writer; the busy timeout makes writers queue instead of
# failing with "database is locked"; synchronous=normal is durable enough under WAL.
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 10000,
    "synchronous": "normal",
}
URL_FORMS = "sqlite:///PATH, sqlite:///:memory: or postgresql://USER:PASSWORD@HOST:PORT/NAME"


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


def open_database(url: str) -> peewee.Database:
    """A database object (not yet connected) for a DATABASE_URL; ValueError when it is malformed."""
    if url.startswith(SQLITE_PREFIX):
        return _open_sqlite(url[len(SQLITE_PREFIX) :])
    if url.startswith(POSTGRES_PREFIXES):
        return _open_postgres(url)
    scheme = url.split("://", 1)[0] if "://" in url else url
    raise ValueError(f"DATABASE_URL must look like {URL_FORMS}; got {scheme!r}")


def _open_sqlite(path: str) -> peewee.SqliteDatabase:
    # sqlite:///var/app.db is relative to the working directory, sqlite:////srv/app.db absolute.
    if not path or path.endswith("/"):
        raise ValueError(f"DATABASE_URL names no SQLite file; it must look like {URL_FORMS}")
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    return peewee.SqliteDatabase(path, pragmas=SQLITE_PRAGMAS, timeout=10)


def _open_postgres(url: str) -> peewee.PostgresqlDatabase:
    # libpq parses the URL itself (escapes, ?sslmode=...); peewee hands it over as conninfo
    # only when it starts with postgresql://.
    url = "postgresql://" + url.split("://", 1)[1]
    try:
        conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError as exc:
        # libpq quotes the whole URL in some messages: keep the password out of logs.
        reason = str(exc).strip().replace(url, "<DATABASE_URL>")
        raise ValueError(f"DATABASE_URL is not a valid PostgreSQL URL: {reason}") from None
    return peewee.PostgresqlDatabase(url, prefer_psycopg3=True)


def is_sqlite() -> bool:
    """Whether the proxy is bound to SQLite (which needs BEGIN IMMEDIATE for read-then-write)."""
    return isinstance(database.obj, peewee.SqliteDatabase)


def write_transaction() -> AbstractContextManager:
    """A transaction for read-then-write work; on SQLite it takes the write lock at BEGIN."""
    if is_sqlite():
        # A deferred transaction that reads and then writes fails with "database is locked"
        # when another writer got in between; IMMEDIATE queues behind the busy timeout instead.
        return database.atomic(lock_type="IMMEDIATE")
    return database.atomic()


def init_app(app, settings) -> None:
    """Bind the proxy to settings.database_url; connect as a request starts, close as it ends."""
    database.initialize(open_database(settings.database_url))
    app.before_request(_connect)
    app.teardown_request(_close)


def _connect() -> None:
    database.connect(reuse_if_open=True)


def _close(exc: BaseException | None) -> None:
    if not database.is_closed():
        database.close()
