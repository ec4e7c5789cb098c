"""Values every layer shares: the range of a stored id, datetimes as columns hold them, and this
process's id."""

from __future__ import annotations

import os
from datetime import UTC, datetime

MAX_ID = 2**63 - 1  # SQLite's integer and PostgreSQL's bigint both end here
MAX_TAG_LENGTH = 64  # characters of a tag, as article_tag.tag holds it


def is_stored_id(value: object) -> bool:
    """True for an int a row's id can be: `is_stored_id(2**63)` is False (it would overflow)."""
    return type(value) is int and 0 < value <= MAX_ID


def to_naive_utc(value: datetime | None) -> datetime | None:
    """A datetime as the columns store it: naive UTC (a naive datetime is taken to be UTC)."""
    if value is None or value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)


def to_aware_utc(value: datetime | None) -> datetime | None:
    """A naive UTC timestamp as stored, made timezone-aware."""
    return None if value is None else value.replace(tzinfo=UTC)


def process_id() -> int:
    """This process's id, as `os.getpid()` answers, without a system call.

    A cached read asked for it five times (the access record, each Prometheus value written, the
    pool's fork check); the id is remembered and renewed in a child as `os.fork` returns.
    """
    return _pid


def _forked() -> None:
    global _pid
    _pid = os.getpid()


_pid = os.getpid()
os.register_at_fork(after_in_child=_forked)
