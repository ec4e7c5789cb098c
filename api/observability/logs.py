"""JSON logs: one object per line, with the request id of the request that wrote it."""

from __future__ import annotations

import logging
import traceback
from datetime import UTC, datetime
from functools import lru_cache

import orjson

from api.observability.request_id import current_request_id

# Attributes every LogRecord has; anything else on a record came in through `extra=`.
STANDARD_ATTRIBUTES = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


def iso_time(created: float) -> str:
    """A record's time as ISO 8601 in UTC to the millisecond, as `datetime.isoformat` writes it.

    Example: `iso_time(0.1234) == "1970-01-01T00:00:00.123+00:00"`.
    """
    # datetime.fromtimestamp's rounding to the microsecond, then isoformat's truncation.
    second = int(created)
    micro = round((created - second) * 1e6)
    if micro >= 1_000_000:
        second, micro = second + 1, micro - 1_000_000
    return f"{_iso_second(second)}.{micro // 1000:03d}+00:00"


@lru_cache(maxsize=4)  # lines come a second at a time: the date and time are formatted once
def _iso_second(second: int) -> str:
    return datetime.fromtimestamp(second, UTC).isoformat(timespec="seconds").removesuffix("+00:00")


class JsonFormatter(logging.Formatter):
    """Formats a record as one JSON object: time, level, logger, message, pid, request_id, extras.

    A traceback goes into `traceback` (the log is the only place it ever appears).
    """

    def format(self, record: logging.LogRecord) -> str:
        """The record as one line of JSON."""
        entry = {
            "time": iso_time(record.created),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "pid": record.process,  # which gunicorn worker
        }
        request_id = getattr(record, "request_id", None) or current_request_id()
        if request_id:
            entry["request_id"] = request_id
        entry |= {k: v for k, v in vars(record).items() if k not in STANDARD_ATTRIBUTES}
        if record.exc_info:
            entry["traceback"] = "".join(traceback.format_exception(*record.exc_info)).rstrip()
        elif record.stack_info:
            entry["traceback"] = record.stack_info
        return orjson.dumps(entry, default=str).decode()
