"""The storage layer: round trips, deduplication, transactions, deletion and listing."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone

import pytest

from api.parser.document import Block, Document
from api.parser.document import Image as DocImage
from api.store import articles as store
from api.store import documents
from api.store.models import MODELS, Article
from tests.store.samples import EXPORT_TEXT, export_text, make_document

SHAPES = {
    "full": make_document(),
    "paragraph only": Document(headline="A short note", body=(Block("paragraph", "Just this."),)),
    "lead images only": Document(
        headline="Pictures first",
        images=(DocImage("Alt one", "Caption one."), DocImage("Alt two", "Two.", "Credit")),
        body=(Block("paragraph", "Then the text."),),
    ),
}


def _row_counts() -> dict[str, int]:
    return {model.__name__: model.select().count() for model in MODELS}


@pytest.mark.parametrize("document", SHAPES.values(), ids=SHAPES.keys())
def test_round_trip_rebuilds_the_same_document(db, document):
    saved, created = store.save_article(document, "source text")
    assert created
    assert saved.document == document
    fetched = store.get_article(saved.id)
    assert fetched == saved
    assert fetched.document == document
    assert Article.get_by_id(saved.id).word_count == document.word_count


def test_saved_article_carries_its_metadata_in_utc(db):
    published = datetime(2024, 3, 5, 9, 30, tzinfo=timezone(timedelta(hours=2)))
    before = datetime.now(UTC)
    saved, _ = store.save_article(
        make_document(),
        "text",
        url="https://news.example/mill",
        publisher="Example Press",
        published_at=published,
    )
    fetched = store.get_article(saved.id)
    assert fetched.url == "https://news.example/mill"
    assert fetched.publisher == "Example Press"
    assert fetched.published_at == published
    assert fetched.published_at.tzinfo == UTC
    assert fetched.content_hash == store.content_hash(make_document())
    assert fetched.created_at.tzinfo == UTC
    assert before <= fetched.created_at == fetched.updated_at <= datetime.now(UTC)


def test_naive_published_at_is_taken_as_utc(db):
    saved, _ = store.save_article(make_document(), "text", published_at=datetime(2024, 1, 2, 3, 4))
    assert store.get_article(saved.id).published_at == datetime(2024, 1, 2, 3, 4, tzinfo=UTC)


def test_the_same_document_is_stored_once_and_keeps_its_first_metadata(db):
    first, created = store.save_article(make_document(), "text", url="https://a.example/1")
    again, created_again = store.save_article(make_document(), "text", url="https://b.example/2")
    assert (created, created_again) == (True, False)
    assert again == first
    assert again.url == "https://a.example/1"
    assert _row_counts()["Article"] == 1


def test_different_documents_hash_differently():
    assert store.content_hash(make_document(1)) != store.content_hash(make_document(2))
    assert store.content_hash(make_document(1)) == store.content_hash(make_document(1))


@pytest.mark.parametrize(
    "variant",
    [
        pytest.param(EXPORT_TEXT.replace("\n", "\r\n"), id="crlf"),
        pytest.param(EXPORT_TEXT.replace(".\n", ".   \n"), id="trailing spaces"),
        pytest.param("\n\n" + EXPORT_TEXT.replace("\n", " \r\n") + "\n\n", id="both"),
    ],
)
def test_reformatted_export_is_already_there(db, variant):
    first, created = store.ingest_text(EXPORT_TEXT)
    again, created_again = store.ingest_text(variant)
    assert (created, created_again) == (True, False)
    assert again.id == first.id
    assert _row_counts()["Article"] == 1


def test_source_text_is_stored_normalised(db):
    saved, _ = store.ingest_text("\ufeff" + EXPORT_TEXT.replace("\n", "  \r\n"))
    assert Article.get_by_id(saved.id).source_text == EXPORT_TEXT


@pytest.mark.parametrize(
    "raw",
    [
        "\ufeff" + EXPORT_TEXT.replace("\n", "\t\r\n"),
        "\n\n" + EXPORT_TEXT.replace("\n", "\x00\n") + "\n \n",
        EXPORT_TEXT.replace("\n", "\r") + "\x0c",
    ],
)
def test_a_parsed_export_stores_its_source_as_normalise_source(db, raw):
    # The export is cleaned once for the parse and the stored source (parse_text): the row
    # holds what cleaning it again at the write gave.
    parsed = store.parse_text(raw)
    saved, _ = store.write_now(store.prepare_parsed(parsed, set()))
    assert Article.get_by_id(saved.id).source_text == store.normalise_source(raw)


@pytest.mark.parametrize(
    ("statement", "method"),
    [
        (documents._INSERT_BULLETS, "many"),
        (documents._INSERT_IMAGE, "keys"),
        (documents._INSERT_BLOCKS, "many"),
    ],
    ids=["bullets", "image", "blocks"],
)
def test_a_failure_mid_save_stores_nothing(db, monkeypatch, statement, method):
    def fail(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(statement, method, fail)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.save_article(make_document(), "text")
    monkeypatch.undo()
    assert set(_row_counts().values()) == {0}
    # The aborted transaction left the connection usable.
    assert store.save_article(make_document(), "text")[1]


def test_insert_race_returns_the_other_writers_article(db, monkeypatch):
    winner, _ = store.save_article(make_document(), "text")
    real_find = store.find_by_hash
    calls = []

    def find_too_early(digest):
        # The look-ups before the insert (before the analysis, then in the transaction) miss,
        # as if the other writer had not committed yet: the unique index decides.
        calls.append(digest)
        return None if len(calls) <= 2 else real_find(digest)

    monkeypatch.setattr(store, "find_by_hash", find_too_early)
    loser, created = store.save_article(make_document(), "text")
    assert (loser.id, created) == (winner.id, False)
    assert _row_counts()["Article"] == 1


def test_concurrent_saves_of_the_same_article_create_it_once(db):
    workers = 4
    barrier = threading.Barrier(workers)
    results, errors = [], []

    def save():
        try:
            barrier.wait()
            results.append(store.save_article(make_document(), "text"))
        except Exception as exc:  # collected so the assertion below shows it
            errors.append(exc)
        finally:
            db.close()  # each thread has its own connection

    threads = [threading.Thread(target=save) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(created for _, created in results) == [False] * (workers - 1) + [True]
    assert len({article.id for article, _ in results}) == 1


def test_delete_cascades_to_every_part(db):
    saved, _ = store.save_article(make_document(), "text", tags=["harbour", "ferries"])
    kept, _ = store.save_article(make_document(1), "text")
    assert store.delete_article(saved.id) is True
    assert store.get_article(saved.id) is None
    parts = {"Article": 1, "Bullet": 2, "Image": 2, "BodyBlock": 4}
    nothing = {"Person": 0, "Quote": 0, "ArticlePerson": 0, "ArticleTag": 0, "ApiKey": 0}
    nothing["ArticleRepresentation"] = nothing["ArticlePage"] = 0
    assert _row_counts() == {**parts, **nothing}
    assert store.get_article(kept.id).document == make_document(1)
    assert store.delete_article(saved.id) is False


def test_a_deleted_articles_id_is_never_given_to_another(db):
    first, _ = store.save_article(make_document(1), "text")
    newest, _ = store.save_article(make_document(2), "text")
    store.delete_article(newest.id)
    replacement, _ = store.save_article(make_document(3), "text")
    assert replacement.id > newest.id > first.id


@pytest.mark.parametrize("article_id", [0, -1, 2**63, 2**70])
def test_out_of_range_ids_are_simply_absent(db, article_id):
    assert store.get_article(article_id) is None
    assert store.delete_article(article_id) is False


@pytest.mark.parametrize("batch", [2, 5, 200])
def test_walk_yields_every_article_oldest_first_across_batches(db, monkeypatch, batch):
    monkeypatch.setattr(store, "EXPORT_BATCH", batch)
    for n in range(5):
        store.save_article(make_document(n), f"text {n}")

    walked = list(store.walk_articles(Article.select()))

    assert [a.document for a in walked] == [make_document(n) for n in range(5)]
    assert [a.id for a in walked] == sorted(a.id for a in walked)


def test_walk_of_an_empty_store(db):
    assert list(store.walk_articles(Article.select())) == []


def test_ingest_text_parses_then_stores(db):
    saved, created = store.ingest_text(export_text(7))
    assert created
    assert "number 7" in saved.document.headline
    assert store.get_article(saved.id).document == saved.document


def test_an_article_reads_the_same_alone_as_among_others(db):
    quoted = EXPORT_TEXT.replace(
        "\n\n",
        '\n\n"The tide was higher than anyone remembers," said Ana Lowe, the harbour master.\n\n',
        1,
    )
    first, _ = store.ingest_text(quoted, published_at=datetime(2024, 5, 6, 7, 8, tzinfo=UTC))
    second, _ = store.save_article(make_document(3), "text", tags=["storms", "ferries"])

    alone = [store.get_article(first.id), store.get_article(second.id)]
    together = store.stored_articles(list(Article.select().order_by(Article.id)))

    assert alone == together == [first, second]
    assert first.people and second.tags == ("ferries", "storms")
    assert alone[0].published_at == datetime(2024, 5, 6, 7, 8, tzinfo=UTC)


def test_a_duplicate_is_found_before_the_quote_analysis(db, monkeypatch):
    first, _ = store.ingest_text(EXPORT_TEXT, publisher="Example Wire")
    analysed = []
    real_analyse = store.analyse
    monkeypatch.setattr(store, "analyse", lambda doc: analysed.append(doc) or real_analyse(doc))

    again, created = store.ingest_text(EXPORT_TEXT.replace("\n", "\r\n"), publisher="Other")

    assert (again.id, created) == (first.id, False)
    assert again.publisher == "Example Wire"  # the stored one, untouched
    assert again.people == first.people
    assert analysed == []  # the expensive part never ran
    store.ingest_text(export_text(5))
    assert len(analysed) == 1  # a new article is still analysed
