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
  the parent's sessions (libpq says goodbye on the socket both processes share);
- a request that ends cleanly leaves its connection parked with its thread, still checked out,
  for the thread's next request (the pool's check-in and check-out cost a cached read more than
  its query); a thread that finds the pool empty takes a connection another thread has parked.
Nothing connects until the first request, so a gunicorn master that loads the app opens nothing.
"""

from __future__ import annotations

import select
import threading
import time
from functools import partial

import peewee
from playhouse.pool import MaxConnectionsExceeded, PooledPostgresqlDatabase, PooledSqliteDatabase
from psycopg import pq

from api.values import process_id

# Connections inherited across fork(): referenced for good, so that no finaliser closes them here.
_INHERITED: list = []


class _ForkSafePool:
    """A peewee pool that, used first in a forked child, leaves the parent's connections alone,
    and where a thread may park its connection between two requests."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._owner_pid = process_id()
        self._parked: dict[int, object] = {}  # checked out, idle, kept by their thread

    def connect(self, reuse_if_open: bool = False) -> bool:
        """Check a connection out (peewee's `connect`), first forgetting a parent's pool; the
        connection this thread parked, when it is still there and alive."""
        if self._owner_pid != process_id():
            self._forget_parent()
        if getattr(self._state, "parked", False) and self._take_back():
            return True
        return super().connect(reuse_if_open)

    def release(self, keep: bool) -> None:
        """End a request's use of this thread's connection: parked for the thread's next
        request when `keep` and it is idle, else handed back to the pool (rolled back)."""
        if self._state.closed or getattr(self._state, "parked", False):
            return  # none checked out by this request
        if keep and self._park():
            return
        # A view that failed inside a transaction it began by hand left it on peewee's stack,
        # where close() would refuse; the pool rolls the connection back as it takes it in.
        while self.in_transaction():
            self.pop_transaction()
        self.close()

    def close(self) -> bool:
        """Hand this thread's connection back to the pool, parked or not."""
        if getattr(self._state, "parked", False) and not self._unpark():
            self._state.reset()  # another thread took it meanwhile: it is theirs now
            return False
        return super().close()

    def close_all(self) -> None:
        """Close every connection, parked ones included, for good."""
        super().close_all()
        with self._pool_lock:
            self._parked.clear()

    def _park(self) -> bool:
        conn = self._state.conn
        checked_out = self._in_use.get(id(conn))
        if self.in_transaction() or checked_out is None or not self._is_idle(conn):
            return False
        if self._stale_timeout and self._is_stale(checked_out.timestamp):
            return False  # too old to keep: the pool closes it on check-in
        with self._pool_lock:
            self._parked[id(conn)] = conn
        self._state.parked = True
        return True

    def _unpark(self) -> bool:
        """Take this thread's parked connection out of the parked ones; False when another
        thread has taken it."""
        self._state.parked = False
        conn = self._state.conn
        with self._pool_lock:
            return self._parked.pop(id(conn), None) is conn

    def _take_back(self) -> bool:
        """Use the connection this thread parked again: False, and none is checked out, when
        another thread has taken it or the server has dropped it."""
        mine = self._unpark()
        conn = self._state.conn
        if mine and not self._is_closed(conn):
            return True
        if mine:
            self._close(conn, close_conn=True)
        self._state.reset()
        return False

    def _connect(self):
        """A connection from the pool; with none left, one that another thread parked."""
        try:
            return super()._connect()
        except MaxConnectionsExceeded:
            with self._pool_lock:
                if not self._parked:
                    raise
                key, conn = self._parked.popitem()
                # Its thread finds it gone at its next request and checks out another.
                self._in_use[key] = self._in_use[key]._replace(checked_out=time.time())
            if self._is_closed(conn):
                self._close(conn, close_conn=True)
                return self._connect()
            return conn

    def _forget_parent(self) -> None:
        # Locks too: one may have been held by a parent's thread that does not exist here.
        self._lock = threading.Lock()
        self._pool_lock = threading.RLock()
        self._pool_available = threading.Condition(self._pool_lock)
        _INHERITED.extend(conn for _, _, conn in self._connections)
        _INHERITED.extend(checked_out.connection for checked_out in self._in_use.values())
        _INHERITED.extend(self._parked.values())
        self._connections, self._in_use, self._parked = [], {}, {}
        self._state = type(self._state)()
        self._owner_pid = process_id()


class PersistentSqliteDatabase(_ForkSafePool, PooledSqliteDatabase):
    """SQLite whose connections outlive requests: pragmas run once per connection."""

    def __init__(self, path: str, **kwargs):
        super().__init__(path, check_same_thread=False, **kwargs)

    def _is_idle(self, conn) -> bool:
        return not conn.in_transaction


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

    def _is_idle(self, conn) -> bool:
        return not conn.closed and conn.pgconn.transaction_status == pq.TransactionStatus.IDLE

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
