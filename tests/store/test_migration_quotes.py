"""Migration 0002 (people and quotes) reverts and re-applies beside stored articles."""

from __future__ import annotations

from peewee import Table
from playhouse.migrations import Runner
from playhouse.schema_diff import diff_models

from api.config import Settings
from api.store import articles as store
from api.store.models import MODELS
from tests.quote_samples import HARBOUR

QUOTES_MIGRATION = "0002_quotes"
QUOTE_TABLES = {"person", "quote", "article_person"}


def test_0002_down_keeps_articles_and_up_then_reparse_restores_quotes(db):
    saved, _ = store.ingest_text(HARBOUR)
    runner = Runner(db.obj, Settings().migrations_dir)

    reverted = runner.down(QUOTES_MIGRATION)  # and every later migration before it
    assert reverted[-1] == QUOTES_MIGRATION
    assert not QUOTE_TABLES & set(db.get_tables())
    # Read without the models, which describe the latest schema.
    assert Table("article").bind(db.obj).select().count() == 1

    assert runner.up() == reverted[::-1]
    assert not diff_models(db.obj, MODELS)
    assert store.get_article(saved.id).people == ()
    # Articles stored before the upgrade get their quotes from a reparse.
    assert store.reparse_article(saved.id) == (0, 5)
    restored = store.get_article(saved.id).people
    assert [a.speaker for a in restored] == [a.speaker for a in saved.people]
