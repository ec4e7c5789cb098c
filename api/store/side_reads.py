"""Reads that run beside a request's own, on a second connection of the same worker.

A search's total is counted over every match, the page's walk reads a few dozen: done one after
the other, a filtered search at 100k spent as long counting as finding its page. SQLite and
psycopg let go of the GIL while the database works, so the count runs on another thread, with
a connection of its own from the worker's pool, while the request's thread finds the page.

The count then reads its own snapshot: a write committed between the two reads may be in one
and not the other. The read runs inline instead (in the caller's transaction, if any) when
another connection could not see what the caller sees: inside a transaction (it may have
written), or on an in-memory SQLite database (another connection opens another, empty, one).

Example: `total = start_side_read(prepared_count(filters)); ...; total.result()`
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from api.store.db import check_out, database, is_sqlite

T = TypeVar("T")

_lock = threading.Lock()
_executor: ThreadPoolExecutor | None = None
_executor_pid = 0


def start_side_read(read: Callable[[], T]) -> Future[T]:
    """`read()` started now on another thread, on a connection of its own; its future.

    Runs inline (the future already done) when it may not run apart: see the module's notes.
    """
    if not _may_run_apart():
        return _done(read)
    return _reader().submit(_on_own_connection, read)


def _may_run_apart() -> bool:
    if database.in_transaction():
        return False
    return not (is_sqlite() and database.obj.database == ":memory:")


def _on_own_connection(read: Callable[[], T]) -> T:
    check_out()
    try:
        return read()
    finally:
        database.close()  # back to the pool, as a request hands its connection back


def _reader() -> ThreadPoolExecutor:
    """The worker's reading thread, made on first use (and again in a forked child)."""
    global _executor, _executor_pid
    with _lock:
        if _executor is None or _executor_pid != os.getpid():
            _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="side-read")
            _executor_pid = os.getpid()
        return _executor


def _done(read: Callable[[], T]) -> Future[T]:
    future: Future[T] = Future()
    try:
        future.set_result(read())
    except BaseException as exc:  # raised again by result(), as the read would have
        future.set_exception(exc)
    return future
