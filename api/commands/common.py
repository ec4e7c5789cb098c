"""What the database commands share: the error exit, and the database bound for one command."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from peewee import Database

from api.store.db import database, open_database


def fail(message: str) -> int:
    """Say what went wrong on stderr and give the exit status for an unusable setup: 2."""
    print(f"error: {message}", file=sys.stderr)
    return 2


# What the shell reports for a tool that a closed pipe ended (`yes | head -n1`: 128 + SIGPIPE).
PIPE_CLOSED = 128 + signal.SIGPIPE


def pipe_closed() -> int:
    """The reader of stdout went away (`export | head -n1`): end quietly, as other tools do,
    with their status; stdout is pointed at /dev/null so that flushing it at exit fails no more."""
    try:
        descriptor = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # replaced, as by a test's capture
        return PIPE_CLOSED
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, descriptor)
    os.close(devnull)
    return PIPE_CLOSED


@contextmanager
def bound_database(url: str) -> Iterator[Database]:
    """The proxy bound to DATABASE_URL while a command runs; ValueError when the URL is bad."""
    db = open_database(url)
    database.initialize(db)
    try:
        yield db
    finally:
        db.close()
        database.initialize(None)
