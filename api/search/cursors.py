"""Sort orders of the article list, and the opaque cursors that mark positions in them.

A cursor is URL-safe base64 of a small JSON array: [version, sort, "a"fter or "b"efore, sort
value, id]. It is opaque to clients; one this API did not make (for this sort) is refused.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from dataclasses import dataclass
from datetime import datetime

from api.values import is_stored_id

SORT_KEYS = ("relevance", "published_at", "created_at", "headline", "id")
CURSOR_VERSION = 1


class SortError(ValueError):
    """A sort the list cannot do; the message names the valid ones."""


class CursorError(ValueError):
    """A cursor this API did not make (or made for another sort)."""


@dataclass(frozen=True)
class Sort:
    """A sort key; `reverse` for `-key`: dates, headline and id then descend, relevance ascends."""

    key: str
    reverse: bool = False

    @classmethod
    def parse(cls, text: str) -> Sort:
        """`-published_at` → Sort("published_at", reverse=True); SortError for unknown keys."""
        key = text.removeprefix("-")
        if key not in SORT_KEYS:
            raise SortError(f"Unknown sort {text!r}; use one of {', '.join(sort_choices())}.")
        return cls(key, text.startswith("-"))

    def __str__(self) -> str:
        return ("-" if self.reverse else "") + self.key


def sort_choices() -> list[str]:
    """Every valid value of `sort`."""
    return [prefix + key for key in SORT_KEYS for prefix in ("", "-")]


@dataclass(frozen=True)
class Cursor:
    """A position in one sort order: just after (or, `before`, just before) a (value, id)."""

    sort: str
    before: bool
    value: object  # the sort key's value there (naive UTC datetime, str, float); None for id
    # (and for a missing date, or an unranked match under relevance)
    id: int

    def encode(self) -> str:
        """The opaque form sent to clients: URL-safe base64 of a small JSON array."""
        value = self.value.isoformat() if isinstance(self.value, datetime) else self.value
        raw = [CURSOR_VERSION, self.sort, "b" if self.before else "a", value, self.id]
        data = json.dumps(raw, separators=(",", ":"), ensure_ascii=False).encode()
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    @classmethod
    def decode(cls, text: str, sort: Sort) -> Cursor:
        """The cursor a client sent back; CursorError unless this API made it for `sort`."""
        try:
            data = base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True)
            raw = json.loads(data, parse_constant=_no_constant)
        except (binascii.Error, ValueError) as exc:  # JSON and UTF-8 errors are ValueErrors
            raise CursorError("cursor is not a cursor this API made.") from exc
        if not (isinstance(raw, list) and len(raw) == 5 and raw[0] == CURSOR_VERSION):
            raise CursorError("cursor is not a cursor this API made.")
        _, made_for, direction, value, article_id = raw
        if made_for != str(sort):
            raise CursorError(f"cursor was made for sort={made_for}, not sort={sort}.")
        if direction not in ("a", "b") or not is_stored_id(article_id):
            raise CursorError("cursor is not a cursor this API made.")
        return cls(str(sort), direction == "b", _cursor_value(sort.key, value), article_id)


def _no_constant(name: str):
    raise ValueError(f"{name} is not a sort value")


def _cursor_value(key: str, value):
    """A cursor's sort value, checked to be of its key's type; CursorError otherwise."""
    if key == "id" and value is None:
        return None
    if key == "relevance" and type(value) in (int, float) and math.isfinite(value):
        return float(value)
    if key == "headline" and isinstance(value, str) and "\x00" not in value:
        return value
    if key in ("published_at", "relevance") and value is None:
        return None  # no date; or a match older than those relevance ranks
    if key in ("published_at", "created_at") and isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = None
        if moment is not None and moment.tzinfo is None:
            return moment
    raise CursorError("cursor is not a cursor this API made.")
