"""Connection pools that keep each worker's connections open from one request to the next.

Opening a connection per request cost more than the query behind `GET /articles/{id}`: SQLite
ran four pragmas on connect and checkpointed its WAL on close, PostgreSQL ran `SELECT 1` on every
check-out. Here a request checks a connection out and hands it back still open:
- a connection a request hands back inside a transaction is rolled back first (peewee's pools);
- SQLite connections move between threads but are only ever used by the one that checked them
  out, so sqlite3's same-thread check is off (the library itself is built serialised);
- a PostgreSQL connection the server dropped is noticed at check-out without a round trip, and
  one that dies unnoticed is replaced when the request's first statement finds it gone;
- a forked child starts with an empty pool and never closes what it inherited, which would end
  the parent's sessions (libpq says goodbye on the socket both processes share).
Nothing connects until the first request, so a gunicorn master that loads the app opens nothing.
"""

from __future__ import annotations

import os
import select
import threading
from functools import partial

import peewee
from playhouse.pool import PooledPostgresqlDatabase, PooledSqliteDatabase
from psycopg import pq

# Connections inherited across fork(): referenced for good, so that no finaliser closes them here.
_INHERITED: list = []


class _ForkSafePool:
    """A peewee pool that, used first in a forked child, leaves the parent's connections alone."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._owner_pid = os.getpid()

    def connect(self, reuse_if_open: bool = False) -> bool:
        """Check a connection out (peewee's `connect`), first forgetting a parent's pool."""
        if self._owner_pid != os.getpid():
            self._forget_parent()
        return super().connect(reuse_if_open)

    def _forget_parent(self) -> None:
        # Locks too: one may have been held by a parent's thread that does not exist here.
        self._lock = threading.Lock()
        self._pool_lock = threading.RLock()
        self._pool_available = threading.Condition(self._pool_lock)
        _INHERITED.extend(conn for _, _, conn in self._connections)
        _INHERITED.extend(checked_out.connection for checked_out in self._in_use.values())
        self._connections, self._in_use = [], {}
        self._state = type(self._state)()
        self._owner_pid = os.getpid()


class PersistentSqliteDatabase(_ForkSafePool, PooledSqliteDatabase):
    """SQLite whose connections outlive requests: pragmas run once per connection."""

    def __init__(self, path: str, **kwargs):
        super().__init__(path, check_same_thread=False, **kwargs)


class PersistentPostgresqlDatabase(_ForkSafePool, PooledPostgresqlDatabase):
    """PostgreSQL pooled per worker; a dropped connection is replaced, never shown to a request."""

    def connect(self, reuse_if_open: bool = False) -> bool:
        """Check a connection out; its first statement may yet find it gone, and retry."""
        opened = super().connect(reuse_if_open)
        if opened:
            self._state.untried = True
        return opened

    def begin(self, *args, **kwargs) -> None:
        """BEGIN, on a new connection if this one turns out to be gone."""
        return self._first_statement(partial(super().begin, *args, **kwargs))

    def _execute_cursor(self, sql, params, **options):
        return self._first_statement(partial(super()._execute_cursor, sql, params, **options))

    def _first_statement(self, run):
        """Run a statement; the first one on a checked-out connection once more on a new one
        when the server turns out to have dropped it, before it could have done anything."""
        if not getattr(self._state, "untried", False):
            return run()
        self._state.untried = False
        try:
            return run()
        except (peewee.OperationalError, peewee.InterfaceError):
            if self._state.closed or not self._state.conn.closed:
                raise  # the statement failed, not the connection
        self._close(self._state.conn, close_conn=True)
        self._state.reset()
        self.connect()
        self._state.untried = False
        return run()

    def _is_closed(self, conn) -> bool:
        idle = pq.TransactionStatus.IDLE
        if conn.closed or conn.pgconn.transaction_status != idle:
            return super()._is_closed(conn)  # gone, or needs a rollback: peewee's own check
        if not has_input(conn.fileno()):
            # An idle session hears nothing from the server unless it is being ended (restart,
            # idle timeout, pg_terminate_backend), which sends an error and closes the socket.
            return False
        return super()._is_closed(conn)  # a SELECT 1 reads what it said, or finds it gone


def has_input(fd: int) -> bool:
    """Whether the socket has something to read (or has been closed by the other end)."""
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    return bool(poller.poll(0))
