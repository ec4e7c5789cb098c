"""Queries compiled once and run many times: peewee took longer to build some queries than the
database took to answer them (docs/benchmarks.md, "Costs behind the code").

A query is built once per kind of database and shape of its values (how many ids), from
stand-ins in place of the values; each run puts the values in the stand-ins' places.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from itertools import count
from typing import NamedTuple

import peewee
import psycopg

from api.store.db import database, is_sqlite

Value = int | str | Sequence[int]
# Stand-ins no real value equals: ids are positive, texts never hold NUL.
_STAND_IN_INTS = count(-7_654_321_987, -1)
_STAND_IN_TEXT = "\0stand-in {}\0"


class Statement:
    """`build(*values)`'s SQL with its parameters, compiled once per shape of the values.

    Each value is an int, a str, or a list of ints (its length is part of the shape). The
    query may hold constants of its own; every value must reach the SQL as a parameter.
    Example: `Statement(lambda ids: Tag.select().where(Tag.article.in_(ids))).sql([7, 9])`
    """

    def __init__(self, build: Callable[..., peewee.Query]):
        self.build = build
        self._compiled: dict[tuple, _Compiled] = {}

    def sql(self, *values: Value) -> tuple[str, list]:
        """The SQL and its parameters for these values."""
        compiled = self._compile(values)
        return compiled.sql, [_take(slot, values) for slot in compiled.slots]

    def converters(self, *values: Value) -> list[Callable]:
        """For each selected column, what .tuples() makes of its raw value (a date from SQLite's
        text), for values of this shape."""
        return self._compile(values).converters

    def _compile(self, values: tuple[Value, ...]) -> _Compiled:
        shape = (is_sqlite(), *(len(v) if isinstance(v, list | tuple) else None for v in values))
        if shape not in self._compiled:
            stand_ins = [_stand_in(value) for value in values]
            query = self.build(*stand_ins)
            sql, params = query.sql()
            places = _places(stand_ins)
            missing = set(places) - set(params)
            if missing:
                raise ValueError(f"values that are not parameters of {sql}: {missing}")
            slots = [places.get(param, ("constant", param)) for param in params]
            converters = [getattr(c, "python_value", None) or _same for c in _columns(query)]
            self._compiled[shape] = _Compiled(sql, slots, converters)
        return self._compiled[shape]


class _Compiled(NamedTuple):
    sql: str
    slots: list  # where each parameter comes from: (value index[, item index]) or a constant
    converters: list[Callable]


def _columns(query: peewee.Query) -> list:
    return getattr(query, "selected_columns", None) or []


def rows_by_ids(build: Callable[[list[int]], peewee.Query], *, named: bool = False):
    """rows(ids): `build(ids)`'s rows, as tuples (namedtuples with `named`), compiled once per
    kind of database and number of ids.

    Example: `rows_by_ids(lambda ids: Tag.select(Tag.name).where(Tag.article.in_(ids)))([7])`
    """
    statement = Statement(build)
    row_types: dict[tuple, type] = {}

    def rows(ids: list[int]) -> list:
        if not ids:
            return []
        ids = list(ids)
        sql, params = statement.sql(ids)
        convert = statement.converters(ids)
        cursor = database.execute_sql(sql, params)
        found = [tuple(f(v) for f, v in zip(convert, row, strict=True)) for row in cursor]
        if not named:
            return found
        names = tuple(column[0] for column in cursor.description)
        if names not in row_types:
            row_types[names] = namedtuple("Row", names)
        return [row_types[names]._make(row) for row in found]

    return rows


def _stand_in(value: Value):
    if isinstance(value, str):
        return _STAND_IN_TEXT.format(next(_STAND_IN_INTS))
    if isinstance(value, list | tuple):
        return [next(_STAND_IN_INTS) for _ in value]
    return next(_STAND_IN_INTS)


def _places(stand_ins: list) -> dict:
    """Where each stand-in's value is: (value index,) or (value index, item index)."""
    places = {}
    for index, stand_in in enumerate(stand_ins):
        if isinstance(stand_in, list):
            places.update({item: (index, k) for k, item in enumerate(stand_in)})
        else:
            places[stand_in] = (index,)
    return places


def _take(slot: tuple, values: tuple[Value, ...]):
    if slot[0] == "constant":
        return slot[1]
    value = values[slot[0]]
    return value if len(slot) == 1 else value[slot[1]]


def _same(value):
    return value


class Insert:
    """An INSERT of some columns of a model, its SQL written once per kind of database: peewee
    took longer to build an article's inserts than the database took to run them.

    Each value goes through its field's db_value, as in peewee's own inserts.
    Example: `Insert(ArticleTag, ("article", "tag")).many([(7, "news"), (7, "sport")])`
    """

    def __init__(self, model: type[peewee.Model], columns: Sequence[str], *, after: str = ""):
        self.model = model
        self.fields = [model._meta.fields[name] for name in columns]
        # Per column: its field's db_value, and the types of value it hands back unchanged.
        self._converters = [(field.db_value, passed_as_is(field)) for field in self.fields]
        # Per row shape (the types of its values): the columns whose value db_value changes.
        self._converted: dict[tuple[type, ...], tuple[int, ...]] = {}
        self.after = after  # written after VALUES: `ON CONFLICT ("key") DO NOTHING`
        self._sql: dict[tuple[bool, bool], str] = {}
        # Insert.keys' statements, by database, rows and returned columns.
        self._returning: dict[tuple[bool, int, str | tuple[str, ...]], str] = {}
        self._rows: dict[tuple[bool, int], str] = {}  # Insert.many's, by database and rows

    def sql(self, returning: bool = False) -> str:
        """The statement for this database; `returning` adds the new row's key (PostgreSQL)."""
        key = (is_sqlite(), returning)
        if key not in self._sql:
            sql = self._head(1)
            sql += f" {self.after}" if self.after else ""
            if returning and not key[0]:
                sql += f" RETURNING {self._name(self.model._meta.primary_key)}"
            self._sql[key] = sql
        return self._sql[key]

    def _head(self, rows: int) -> str:
        """`INSERT INTO "table" ("a", "b") VALUES (?, ?)`, with this many rows of marks."""
        columns = ", ".join(self._name(field) for field in self.fields)
        one = "(" + ", ".join([database.param] * len(self.fields)) + ")"
        table = _quoter()(self.model._meta.table_name)
        return f"INSERT INTO {table} ({columns}) VALUES " + ", ".join([one] * rows)

    @staticmethod
    def _name(field: peewee.Field) -> str:
        return _quoter()(field.column_name)

    def one(self, values: Sequence) -> int:
        """Insert one row; its new key."""
        cursor = database.execute_sql(self.sql(returning=True), self._params(values))
        return cursor.lastrowid if is_sqlite() else cursor.fetchone()[0]

    def keys(self, rows: Sequence[Sequence], by: str | tuple[str, ...]) -> dict:
        """Insert rows with one statement per ROWS_PER_STATEMENT of them (fewer when that many
        would hold over PARAMETERS_PER_STATEMENT values); each new row's key by
        its value of the column `by` (which the rows must hold once each), or by the tuple of
        its values of the columns `by` names. RETURNING's order is promised by neither
        database, hence the column. A row the statement's tail leaves out
        (`ON CONFLICT DO NOTHING`) has no key.

        Example: `Insert(Image, ("article", "position", ...)).keys(rows, "position")` == {0: 31};
        by `("article", "position")`: {(7, 0): 31}
        """
        keys = {}
        per_statement = min(ROWS_PER_STATEMENT, PARAMETERS_PER_STATEMENT // len(self.fields))
        for start in range(0, len(rows), per_statement):
            chunk = rows[start : start + per_statement]
            params = [value for values in chunk for value in self._params(values)]
            cursor = database.execute_sql(self._returning_sql(len(chunk), by), params)
            if isinstance(by, str):
                keys.update(cursor.fetchall())
            else:
                keys.update((tuple(found[:-1]), found[-1]) for found in cursor.fetchall())
        return keys

    def _returning_sql(self, rows: int, by: str | tuple[str, ...]) -> str:
        key = (is_sqlite(), rows, by)
        if key not in self._returning:
            named = (by,) if isinstance(by, str) else by
            returned = ", ".join(self._name(self.model._meta.fields[name]) for name in named)
            returned += ", " + self._name(self.model._meta.primary_key)
            tail = f" {self.after}" if self.after else ""
            self._returning[key] = f"{self._head(rows)}{tail} RETURNING {returned}"
        return self._returning[key]

    def many(self, rows: Iterable[Sequence]) -> None:
        """Insert rows, ROWS_PER_MANY of them a statement, in their order (both databases)."""
        params = [self._params(values) for values in rows]
        if not params:
            return
        with peewee.__exception_wrapper__:  # the driver's errors as peewee's, as execute_sql
            self._many_rows(params)

    def _many_rows(self, params: list[Sequence]) -> None:
        """The rows in multi-row statements. SQLite's executemany binds and steps the one-row
        statement once a row, which cost twice what one statement of an article's body blocks
        does (docs/benchmarks.md, "import31"); psycopg's sends the one-row statement once a row
        (import33). A statement of each size up to ROWS_PER_MANY is kept prepared by a SQLite
        connection (db.SQLITE_CACHED_STATEMENTS). On PostgreSQL the statement is written with
        the server's own placeholders (`$1`) and sent by a raw cursor: psycopg would convert a
        statement of `%s` marks by a regular expression, anew each time beyond 50 values, and
        a statement of fewer values was a round trip per 8 body blocks (import38)."""
        per_statement = max(1, min(ROWS_PER_MANY, PARAMETERS_PER_STATEMENT // len(self.fields)))
        sqlite = is_sqlite()
        cursor = database.cursor() if sqlite else psycopg.RawCursor(database.connection())
        for start in range(0, len(params), per_statement):
            chunk = params[start : start + per_statement]
            values = [value for row in chunk for value in row]
            cursor.execute(self._rows_sql(len(chunk), sqlite), values)

    def _rows_sql(self, rows: int, sqlite: bool) -> str:
        """`INSERT ... VALUES (?, ?), (?, ?)` for this many rows, with the statement's tail
        (PostgreSQL: `VALUES ($1, $2), ($3, $4)`)."""
        key = (sqlite, rows)
        if key not in self._rows:
            if sqlite:
                sql = self._head(rows)
            else:
                marks = iter(range(1, rows * len(self.fields) + 1))
                one = ", ".join(["${}"] * len(self.fields))
                sql = self._head(0) + ", ".join(
                    "(" + one.format(*(next(marks) for _ in self.fields)) + ")" for _ in range(rows)
                )
            self._rows[key] = sql + (f" {self.after}" if self.after else "")
        return self._rows[key]

    def _params(self, values: Sequence) -> Sequence:
        # db_value only where it would change the value: an article's rows hold a few hundred
        # values, nearly all ints and strs that the call would give back as they are. Which
        # columns those are depends only on the values' types: worked out once per shape, a row
        # of the usual shapes goes as it is.
        shape = tuple(map(type, values))
        converted = self._converted.get(shape)
        if converted is None:
            converted = self._converted[shape] = self._columns_converted(shape)
        if not converted:
            return values
        params = list(values)
        for column in converted:
            params[column] = self._converters[column][0](params[column])
        return params

    def _columns_converted(self, shape: tuple[type, ...]) -> tuple[int, ...]:
        """The columns whose value, of this type, db_value may change."""
        kinds = zip(self._converters, shape, strict=True)  # a row of the wrong width: ValueError
        return tuple(column for column, ((_, same), kind) in enumerate(kinds) if kind not in same)


# Rows per multi-row INSERT (Insert.keys), and parameters: SQLite builds before 3.32 allow 999.
ROWS_PER_STATEMENT = 100
# Rows per statement of Insert.many: most articles' body blocks in one, and few sizes of
# statement for a SQLite connection to keep prepared.
ROWS_PER_MANY = 32
PARAMETERS_PER_STATEMENT = 999

_NONE = type(None)
# The value types that peewee's own conversions (Field.adapt of these kinds) give back as they
# are: int(7) is 7, a str stays itself, bool(True) is True, a datetime is not parsed.
_UNCHANGED_BY_ADAPT = {
    peewee.IntegerField.adapt: frozenset({int, _NONE}),
    peewee.TextField.adapt: frozenset({str, _NONE}),
    peewee.BooleanField.adapt: frozenset({bool, _NONE}),
    peewee.DateTimeField.adapt: frozenset({datetime, _NONE}),
}


def passed_as_is(field: peewee.Field) -> frozenset[type]:
    """The types of value that `field.db_value` gives back unchanged, known from its kind
    (None for every field whose db_value is peewee's own); none for any other field.

    A foreign key converts as the key it refers to (given its value, not a model instance).
    Example: `passed_as_is(Quote.text)` == {str, NoneType}; `passed_as_is(ArticlePage.body)`
    is empty (a blob is wrapped for the driver).
    """
    while isinstance(field, peewee.ForeignKeyField):
        field = field.rel_field
    if type(field).db_value is not peewee.Field.db_value:
        return frozenset()
    return _UNCHANGED_BY_ADAPT.get(type(field).adapt, frozenset({_NONE}))


def _quoter() -> Callable[[str], str]:
    """Quotes a table or column name as the bound database does: `"end"`."""
    marks = database.quote
    return lambda name: f"{marks[0]}{name}{marks[1]}"
