"""JSON logs: one object per line, with the request id of the request that wrote it."""

from __future__ import annotations

import logging
import traceback
from datetime import UTC, datetime

import orjson

from api.observability.request_id import current_request_id

# Attributes every LogRecord has; anything else on a record came in through `extra=`.
STANDARD_ATTRIBUTES = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """Formats a record as one JSON object: time, level, logger, message, pid, request_id, extras.

    A traceback goes into `traceback` (the log is the only place it ever appears).
    """

    def format(self, record: logging.LogRecord) -> str:
        """The record as one line of JSON."""
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
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
