"""`python -m api check`: verify the stored data (counts, orphans, complete articles, index)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice

import click
from peewee import JOIN, SQL, DatabaseError, ForeignKeyField, Model, fn

from api.commands.common import bound_database, fail
from api.commands.search_check import filter_values, search_index
from api.config import Settings
from api.search.text import search_text
from api.store.articles import content_hash, walk_articles
from api.store.db import UPGRADE_HINT, pending_migrations
from api.store.models import MODELS, Article, BodyBlock, Image

BATCH = 500  # articles rebuilt per query round when checking that each one is complete

# A check yields one line per problem it finds; add new ones to CHECKS.
Check = Callable[[], Iterator[str]]


def run_check() -> int:
    """Check DATABASE_URL's data; 0 when sound, 1 when problems were found, 2 when unusable."""
    settings = Settings.from_env()
    try:
        with bound_database(settings.database_url) as db:
            pending = pending_migrations(db, settings.migrations_dir)
            if pending:
                # Without the whole schema the checks below would only report missing tables.
                print(f"problem: migrations pending: {', '.join(pending)}; {UPGRADE_HINT}")
                return 1
            for table, count in table_counts().items():
                print(f"{table}: {count} rows")
            problems = [problem for check in CHECKS for problem in check()]
    except ValueError as exc:
        return fail(str(exc))
    except DatabaseError as exc:
        return fail(f"cannot read the database: {exc}")
    for problem in problems:
        print(f"problem: {problem}")
    print(f"{len(problems)} problems found" if problems else "ok: no problems found")
    return 1 if problems else 0


def table_counts() -> dict[str, int]:
    """The number of rows in each application table."""
    return {model._meta.table_name: model.select().count() for model in MODELS}


def orphans() -> Iterator[str]:
    """Rows whose foreign key names a row that does not exist (possible with foreign keys off)."""
    for model in MODELS:
        for field in model._meta.refs:
            missing = _dangling(model, field)
            if missing:
                target = field.rel_model._meta.table_name
                yield (
                    f"{missing} {model._meta.table_name} rows point at a missing {target}"
                    f" (column {field.column_name})"
                )


def positions() -> Iterator[str]:
    """Per-article parts whose positions are not exactly 0, 1, ... n-1 (a part went missing)."""
    for model in MODELS:
        fields = model._meta.fields
        if "article" not in fields or "position" not in fields:
            continue
        query = (
            model.select(model.article)
            .group_by(model.article)
            .having(
                (fn.MIN(model.position) != 0) | (fn.MAX(model.position) != fn.COUNT(SQL("*")) - 1)
            )
        )
        for row in query:
            yield f"article {row.article_id}: {model._meta.table_name} positions have gaps"


def image_blocks() -> Iterator[str]:
    """Body blocks of the wrong shape, or showing another article's image."""
    misshapen = BodyBlock.select().where(
        ((BodyBlock.type == "image") & BodyBlock.image.is_null())
        | ((BodyBlock.type != "image") & BodyBlock.text.is_null())
    )
    for block in misshapen:
        yield f"article {block.article_id}: body block {block.position} lacks its {block.type}"
    foreign = (
        BodyBlock.select(BodyBlock.article, BodyBlock.position)
        .join(Image, on=BodyBlock.image == Image.id)
        .where(Image.article != BodyBlock.article)
    )
    for block in foreign:
        yield f"article {block.article_id}: body block {block.position} shows another's image"


def complete_articles() -> Iterator[str]:
    """Articles whose stored parts do not hash to their content_hash (half-stored or altered),
    or whose word_count or search_text (what the search index holds) was not derived from them."""
    articles = walk_articles(Article.select())
    while page := list(islice(articles, BATCH)):
        derived = {
            article_id: (word_count, text)
            for article_id, word_count, text in Article.select(
                Article.id, Article.word_count, Article.search_text
            )
            .where(Article.id.in_([stored.id for stored in page]))
            .tuples()
        }
        for stored in page:
            word_count, text = derived[stored.id]
            if content_hash(stored.document) != stored.content_hash:
                yield f"article {stored.id}: its parts do not match its content_hash"
            elif stored.document.word_count != word_count:
                yield f"article {stored.id}: word_count does not match its text"
            elif search_text(stored.document) != text:
                yield f"article {stored.id}: search_text (what search reads) is stale"


CHECKS: list[Check] = [
    orphans,
    positions,
    image_blocks,
    complete_articles,
    search_index,
    filter_values,
]


def _dangling(model: type[Model], field: ForeignKeyField) -> int:
    target = field.rel_model.alias()  # an alias, so that a self-reference would work too
    return (
        model.select()
        .join(target, JOIN.LEFT_OUTER, on=(field == getattr(target, field.rel_field.name)))
        .where(field.is_null(False) & getattr(target, field.rel_field.name).is_null())
        .count()
    )


@click.command("check", short_help="verify the stored data")
def check_command() -> int:
    """Verify the stored data: counts, orphans, complete articles, the search index.

    \b
    Example:
      .venv/bin/python -m api check
    Exit 1 when it finds problems, 2 when the database cannot be used.
    """
    return run_check()
