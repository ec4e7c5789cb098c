"""Values every layer shares: the range of a stored id, and datetimes as columns hold them."""

from __future__ import annotations

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
