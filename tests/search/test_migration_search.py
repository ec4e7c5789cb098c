"""Migration 0003: articles stored before it become searchable; down removes every trace."""

from __future__ import annotations

from peewee import SqliteDatabase, Table

from api.search.query import parse
from api.search.selection import ArticleFilters
from api.search.text import search_text
from api.store.models import Article
from api.store.queries import article_filter
from tests.store.samples import make_document

SEARCH_MIGRATION = "0003_search"
BEFORE_SEARCH = "0002_quotes"
TRIGGERS_SQLITE = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
TRIGGERS_POSTGRES = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"


def _insert_old_article(db, n: int) -> int:
    """An article with its parts, written as the tables were before 0003 (no search_text)."""
    document = make_document(n)
    columns = ("id", "headline", "content_hash", "source_text", "word_count", "created_at")
    article = Table("article", (*columns, "updated_at"), primary_key="id").bind(db)
    article_id = article.insert(
        headline=document.headline,
        content_hash=f"{n:064x}",
        source_text="unused",
        word_count=document.word_count,
        created_at="2024-01-01 00:00:00",
        updated_at="2024-01-01 00:00:00",
    ).execute()
    bullet = Table("bullet", ("article_id", "position", "text")).bind(db)
    for i, text in enumerate(document.bullets):
        bullet.insert(article_id=article_id, position=i, text=text).execute()
    columns = ("id", "article_id", "position", "alt", "caption", "credit")
    image = Table("image", columns, primary_key="id").bind(db)
    image_ids = [
        image.insert(
            article_id=article_id, position=i, alt=im.alt, caption=im.caption, credit=im.credit
        ).execute()
        for i, im in enumerate(document.images)
    ]
    block = Table("body_block", ("article_id", "position", "type", "text", "image_id")).bind(db)
    for i, b in enumerate(document.body):
        image_id = image_ids[b.image] if b.type == "image" else None
        block.insert(
            article_id=article_id, position=i, type=b.type, text=b.text, image_id=image_id
        ).execute()
    return article_id


def _found(text: str) -> set[int]:
    return {row.id for row in article_filter(ArticleFilters(q=parse(text)))}


def test_upgrade_fills_search_text_and_indexes_articles_already_stored(runner):
    runner.up(BEFORE_SEARCH)
    stored = {_insert_old_article(runner.database, n): n for n in (1, 2)}

    runner.up()

    for article_id, n in stored.items():
        row = Article.get_by_id(article_id)
        assert row.search_text == search_text(make_document(n))
    assert _found("rusted shut") == set(stored)
    second = next(article_id for article_id, n in stored.items() if n == 2)
    assert _found('"work starts in week 2"') == {second}


def test_downgrade_removes_the_index_and_keeps_the_articles(runner):
    runner.up(BEFORE_SEARCH)
    article_id = _insert_old_article(runner.database, 1)
    runner.up()

    reverted = runner.down(SEARCH_MIGRATION)

    assert reverted[-1] == SEARCH_MIGRATION
    db = runner.database
    assert not {t for t in db.get_tables() if t.startswith("article_fts")}
    assert "search_text" not in {c.name for c in db.get_columns("article")}
    assert "article_published_at" not in {i.name for i in db.get_indexes("article")}
    assert list(Table("article", ("id",)).bind(db).select().tuples()) == [(article_id,)]
    triggers = TRIGGERS_SQLITE if isinstance(db, SqliteDatabase) else TRIGGERS_POSTGRES
    assert db.execute_sql(triggers).fetchall() == []

    assert runner.up() == reverted[::-1]
    assert _found("mill") == {article_id}
