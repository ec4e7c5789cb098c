"""restore.restore_article: an exported article stored again under its own id, on both databases."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from api.parser import Block, parse
from api.parser.analysis import analyse
from api.store import articles as store
from api.store import quotes as quotes_store
from api.store import restore
from api.store.models import Article
from tests.store.samples import export_text, make_document
from tests.synthetic import article

CREATED = datetime(2023, 4, 5, 6, 7, 8, 123000, tzinfo=UTC)
UPDATED = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_a_restored_article_keeps_its_id_content_metadata_and_dates(db):
    document = parse(article(1))

    restored, created = restore.restore_article(
        document,
        article_id=40,
        url="https://example.com/mill",
        publisher="Example Wire",
        published_at=datetime(2023, 4, 5, tzinfo=UTC),
        tags=["mills", "harbour"],
        created_at=CREATED,
        updated_at=UPDATED,
    )

    assert created
    loaded = store.get_article(40)
    assert loaded.id == restored.id == 40
    assert loaded.document == document
    assert (loaded.url, loaded.publisher, loaded.tags) == (
        "https://example.com/mill",
        "Example Wire",
        ("harbour", "mills"),
    )
    assert (loaded.created_at, loaded.updated_at) == (CREATED, UPDATED)
    assert loaded.content_hash == store.content_hash(document)
    # Quotes and people are derived again, as the analysis of its content finds them.
    analysis = analyse(document)
    assert [a.speaker.name for a in loaded.people] == [s.name for s in analysis.speakers]
    assert quotes_store.article_quotes(40, limit=100, offset=0)[1] == len(analysis.quotes) > 0


def test_later_inserts_take_ids_above_every_restored_one(db):
    restore.restore_article(make_document(1), article_id=40)
    new, created = store.save_article(make_document(2), "text")
    assert (new.id, created) == (41, True)

    # A lower free id can be restored too; the ids handed out never go back below 41.
    low, created = restore.restore_article(make_document(3), article_id=7)
    assert (low.id, created) == (7, True)
    newer, _ = store.save_article(make_document(4), "text")
    assert newer.id == 42


def test_restoring_stored_content_is_existing_and_changes_nothing(db):
    document = make_document(1)
    first, _ = restore.restore_article(document, article_id=5, publisher="Example Wire")

    again, created = restore.restore_article(document, article_id=5, publisher="Changed")
    elsewhere, created_elsewhere = restore.restore_article(document, article_id=9)
    without_id, created_without = restore.restore_article(document)

    assert (again.id, created, again.publisher) == (5, False, "Example Wire")
    # The content lives under another id: that article is the one (nothing is stored twice).
    assert (elsewhere.id, created_elsewhere) == (5, False)
    assert (without_id.id, created_without) == (5, False)
    assert Article.select().count() == 1


def test_other_content_under_the_id_is_refused(db):
    restore.restore_article(make_document(1), article_id=5)

    with pytest.raises(restore.IdTaken, match="article 5 is stored with different content"):
        restore.restore_article(make_document(2), article_id=5)

    assert store.get_article(5).document == make_document(1)
    assert Article.select().count() == 1


def test_a_structure_its_text_does_not_give_back_is_refused(db):
    # A paragraph without a full stop, followed by text, reads back as a subheading.
    document = make_document(1)
    body = (Block("paragraph", text="No full stop here"), *document.body)
    odd = replace(document, body=body)

    with pytest.raises(restore.NotRepresentable):
        restore.restore_article(odd, article_id=3)

    assert Article.select().count() == 0


def test_a_restore_of_a_new_article_without_id_gets_the_next_id(db):
    stored, _ = store.save_article(parse(export_text(1)), export_text(1))
    restored, created = restore.restore_article(parse(export_text(2)))
    assert (restored.id, created) == (stored.id + 1, True)
