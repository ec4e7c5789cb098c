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
        request_id = getattr(record, "request_id", None) or current_request_id()
        extras = {k: v for k, v in vars(record).items() if k not in STANDARD_ATTRIBUTES}
        if record.exc_info:
            extras["traceback"] = "".join(traceback.format_exception(*record.exc_info)).rstrip()
        elif record.stack_info:
            extras["traceback"] = record.stack_info
        return json_line(
            record.created,
            record.levelname,
            record.name,
            record.getMessage(),
            record.process,  # which gunicorn worker
            request_id,
            extras,
        )


def json_line(
    created: float, level: str, logger: str, message: str, pid: int, request_id, extras: dict
) -> str:
    """One log line as JsonFormatter writes it: the record's own fields, the request id when
    there is one, then the extras in their order (a `request_id` among them keeps its place)."""
    entry = {
        "time": iso_time(created),
        "level": level,
        "logger": logger,
        "message": message,
        "pid": pid,
    }
    if request_id:
        entry["request_id"] = request_id
    entry |= extras
    return orjson.dumps(entry, default=str).decode()


def json_stream_handlers(logger: logging.Logger, level: int) -> list[logging.Handler] | None:
    """The handlers a record of `logger` at `level` reaches, when every one is a plain
    StreamHandler with the JSON formatter and no filter (as gunicorn.conf.py sets them up), so
    that a line formatted by json_line can be written to their streams directly; None when any
    is something else (a file, a test's handler, a filter), or the logger has filters.

    Walks the loggers as `Logger.callHandlers` does; with no handler at all, logging's last
    resort shows only warnings, so for INFO an empty list writes what logging would: nothing.
    """
    if logger.filters:
        return None
    reached = []
    current: logging.Logger | None = logger
    while current is not None:
        for handler in current.handlers:
            if level < handler.level:
                continue
            if (
                type(handler) is not logging.StreamHandler
                or handler.filters
                or type(handler.formatter) is not JsonFormatter
            ):
                return None
            reached.append(handler)
        current = current.parent if current.propagate else None
    return reached


def write_line(handlers: list[logging.Handler], line: str, record_for_error) -> None:
    """Write one formatted line through each handler as `StreamHandler.emit` writes a record's:
    under the handler's lock, with its terminator, flushed; a failure is reported through the
    handler's `handleError` with the record `record_for_error()` makes."""
    for handler in handlers:
        handler.acquire()
        try:
            handler.stream.write(line + handler.terminator)
            handler.flush()
        except RecursionError:  # as logging: never swallowed
            raise
        except Exception:
            handler.handleError(record_for_error())
        finally:
            handler.release()
