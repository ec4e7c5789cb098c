"""Statements compiled once per shape give the rows the query built for the values gives."""

from __future__ import annotations

from datetime import datetime

import pytest

from api.store import articles as store
from api.store import statements
from api.store.db import is_sqlite
from api.store.models import (
    Article,
    ArticlePage,
    ArticlePerson,
    ArticleTag,
    BodyBlock,
    Bullet,
    Image,
    Person,
    Quote,
)
from api.store.statements import Insert, Statement, rows_by_ids
from tests.store.samples import make_document


@pytest.fixture
def ids(db) -> list[int]:
    return [store.save_article(make_document(n), "text")[0].id for n in range(4)]


def test_rows_are_those_of_the_query_built_for_the_ids(ids):
    def bullets(chosen):
        return Bullet.select(Bullet.article, Bullet.text).where(Bullet.article.in_(chosen))

    rows = rows_by_ids(bullets)

    # Several shapes (one id, two, three), each asked twice: compiled once, filled in each time.
    for chosen in ([ids[0]], ids[1:3], ids[:3], [ids[3]], ids[2:4]):
        assert sorted(rows(chosen)) == sorted(bullets(chosen).tuples())
    assert rows([]) == []


def test_named_rows_carry_the_columns_and_their_python_values(ids):
    rows = rows_by_ids(
        lambda chosen: Article.select(Article.id, Article.created_at).where(Article.id.in_(chosen)),
        named=True,
    )

    found = {row.id: row.created_at for row in rows(ids)}

    assert found == {a.id: a.created_at for a in Article.select().where(Article.id.in_(ids))}


def test_texts_and_constants_keep_their_places(ids):
    statement = Statement(
        lambda headline, chosen: (
            Article.select(Article.id)
            .where(Article.headline == headline, Article.id.in_(chosen), Article.id > 0)
            .limit(3)
        )
    )

    headline = make_document(2).headline
    sql, params = statement.sql(headline, ids)
    again = statement.sql("Nothing like this", ids[:1])

    assert params[-1] == 3  # the query's own constant
    assert [row[0] for row in Article._meta.database.execute_sql(sql, params)] == [ids[2]]
    assert again[1][0].startswith("Nothing") and again[1][-1] == 3


def test_a_value_the_query_changes_or_leaves_out_is_refused(db):
    # startswith sends "value%": a stand-in changed on its way, whose place cannot be found.
    changed = Statement(lambda text: Article.select().where(Article.headline.startswith(text)))
    unused = Statement(lambda number: Article.select(Article.id))

    for statement, value in ((changed, "Harbour"), (unused, 5)):
        with pytest.raises(ValueError, match="not parameters"):
            statement.sql(value)


@pytest.mark.parametrize(
    "model", [Article, ArticlePage, ArticlePerson, ArticleTag, BodyBlock, Image, Person, Quote]
)
def test_insert_parameters_are_what_the_fields_db_value_makes_of_each_value(model):
    # Values of every kind the store writes, and some it never does (bytes into a text, a
    # string into an int or a date, True into an int): each comes out as db_value makes it.
    samples = [None, 7, True, "text", "2024-05-01 09:30:00", b"bytes", datetime(2024, 5, 1)]
    columns = [name for name in model._meta.fields if name != "id"]
    insert = Insert(model, columns)
    for sample in samples:
        fields = insert.fields
        expected = [field.db_value(sample) for field in fields]
        got = insert._params([sample] * len(fields))
        assert [(type(v), v) for v in got] == [(type(v), v) for v in expected], sample


def test_rows_inserted_together_come_back_keyed_by_their_column(ids, monkeypatch):
    # More rows than one statement takes: every chunk's keys, each under its row's position.
    monkeypatch.setattr(statements, "ROWS_PER_STATEMENT", 2)
    insert = Insert(Image, ("article", "position", "alt", "caption", "credit", "src"))
    rows = [(ids[0], 10 + n, f"alt {n}", f"caption {n}", None, None) for n in range(5)]

    keys = insert.keys(rows, "position")

    stored = Image.select(Image.position, Image.id).where(Image.position >= 10).tuples()
    assert keys == dict(stored)
    assert sorted(keys) == [10, 11, 12, 13, 14]
    assert insert.keys([], "position") == {}


def test_insert_parameters_follow_each_rows_types_and_refuse_a_wrong_width():
    # The columns converted are worked out per shape of row: a later row of another shape
    # (a bool where an int was) is converted as its own types need.
    insert = Insert(Quote, ("article", "position", "continues"))

    assert insert._params((4, 0, False)) == (4, 0, False)
    assert insert._params((True, 1, 0)) == [1, 1, False]
    assert insert._params((4, 2, True)) == (4, 2, True)
    with pytest.raises(ValueError):
        insert._params((4, 2))


def test_many_rows_go_in_order_in_statements_of_a_few_rows(ids, monkeypatch):
    # Several rows a statement, ROWS_PER_MANY at most (both databases); ids follow the rows'
    # order as one by one, and every row keeps its own values.
    monkeypatch.setattr(statements, "ROWS_PER_MANY", 2)
    insert = Insert(Bullet, ("article", "position", "text"))
    rows = [(ids[1], 20 + n, f"point {n}") for n in range(5)]

    insert.many(iter(rows))
    insert.many([])

    stored = Bullet.select(Bullet.id, Bullet.article, Bullet.position, Bullet.text)
    found = list(stored.where(Bullet.position >= 20).order_by(Bullet.id).tuples())
    assert [row[1:] for row in found] == rows
    assert [row[0] for row in found] == sorted(row[0] for row in found)


def test_many_rows_keep_the_statements_tail_and_its_parameter_limit(db, monkeypatch):
    # `ON CONFLICT DO NOTHING` applies to each row of a statement, a row stored before or one
    # earlier in the same statement; a statement never holds more values than
    # PARAMETERS_PER_STATEMENT (PostgreSQL's marks are its own: `$1`).
    monkeypatch.setattr(statements, "PARAMETERS_PER_STATEMENT", 7)
    insert = Insert(
        Person,
        ("name", "normalised_name", "kind"),
        after='ON CONFLICT ("normalised_name") DO NOTHING',
    )
    people = [(f"Ada Quill {n}", f"ada quill {n}", "person") for n in range(5)]

    insert.many(people[:3])
    insert.many(people)
    insert.many([(f"Ada Quill {n}", "ada quill 9", "person") for n in (9, 10)])

    names = Person.select(Person.name).where(Person.normalised_name.startswith("ada quill"))
    assert sorted(name for (name,) in names.tuples()) == [row[0] for row in people] + [
        "Ada Quill 9"
    ]
    mark = "?" if is_sqlite() else "$"
    assert all(0 < sql.count(mark) <= 7 for sql in insert._rows.values())
