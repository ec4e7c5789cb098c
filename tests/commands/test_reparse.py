"""Re-parsing stored articles: parts and quotes replaced in one transaction, people's ids kept."""

from __future__ import annotations

import dataclasses

import pytest
from peewee import IntegrityError

from api.parser import parse
from api.store import articles as store
from api.store import documents
from api.store import quotes as quotes_store
from api.store.models import MODELS, Article
from tests.quote_samples import FOLLOW_UP, HARBOUR, HARBOUR_QUOTES


def _snapshot(article_id: int) -> tuple:
    """Everything stored about an article, and every table's row count."""
    quotes, _ = quotes_store.list_quotes(limit=100, offset=0, article=article_id)
    counts = {model.__name__: model.select().count() for model in MODELS}
    return store.get_article(article_id), quotes, counts


def _people(article: store.StoredArticle) -> dict[str, int]:
    return {a.speaker.name: a.person_id for a in article.people}


def _without_last_quote(real_analyse):
    """An `analyse` as if the parser no longer found the last quote (nor its speaker's others)."""

    def analyse(document):
        found = real_analyse(document)
        dropped = found.quotes[-1].speaker
        quotes = tuple(q for q in found.quotes if q.speaker != dropped)
        speakers = tuple(s for s in found.speakers if s.name != dropped)
        return dataclasses.replace(found, quotes=quotes, speakers=speakers)

    return analyse


def test_reparse_replaces_quotes_and_keeps_people_ids(db, monkeypatch):
    saved, _ = store.ingest_text(HARBOUR)
    other, _ = store.ingest_text(FOLLOW_UP)
    ids = _people(saved)
    others_quotes = _snapshot(other.id)[1]

    monkeypatch.setattr(store, "analyse", _without_last_quote(store.analyse))
    assert store.reparse_article(saved.id) == (5, 2)
    reparsed = store.get_article(saved.id)
    assert _people(reparsed) == {k: v for k, v in ids.items() if k != "Ann Quay"}
    assert reparsed.document == saved.document

    monkeypatch.undo()
    assert store.reparse_article(saved.id) == (2, 5)
    assert _people(store.get_article(saved.id)) == ids
    assert [q.quote.text for q in _snapshot(saved.id)[1]] == [q[1] for q in HARBOUR_QUOTES]
    assert _snapshot(other.id)[1] == others_quotes


def test_reparse_rewrites_the_parts_from_the_stored_source(db, monkeypatch):
    saved, _ = store.ingest_text(HARBOUR)
    improved = dataclasses.replace(parse(HARBOUR), headline="A better headline")
    monkeypatch.setattr(store, "parse", lambda source: improved)

    store.reparse_article(saved.id)

    fetched = store.get_article(saved.id)
    assert fetched.document == improved
    assert fetched.content_hash == store.content_hash(improved)
    assert fetched.updated_at >= saved.updated_at
    assert fetched.created_at == saved.created_at
    # The same export posted again now finds the article by its new hash.
    assert store.save_article(improved, HARBOUR) == (fetched, False)


@pytest.mark.parametrize(
    ("model", "method"),
    [
        (quotes_store._INSERT_QUOTES, "many"),
        (documents._INSERT_BLOCKS, "many"),
        (Article, "update"),
    ],
    ids=["quotes", "blocks", "article"],
)
def test_a_failure_mid_reparse_changes_nothing(db, monkeypatch, model, method):
    saved, _ = store.ingest_text(HARBOUR)
    before = _snapshot(saved.id)

    def fail(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(model, method, fail)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.reparse_article(saved.id)
    monkeypatch.undo()

    assert _snapshot(saved.id) == before
    assert store.reparse_article(saved.id) == (5, 5)


def test_a_reparse_that_duplicates_another_article_changes_nothing(db, monkeypatch):
    saved, _ = store.ingest_text(HARBOUR)
    other, _ = store.ingest_text(FOLLOW_UP)
    before = _snapshot(saved.id)
    monkeypatch.setattr(store, "parse", lambda source: other.document)

    with pytest.raises(IntegrityError):
        store.reparse_article(saved.id)

    assert _snapshot(saved.id) == before


@pytest.mark.parametrize("article_id", [999, 0, 2**63])
def test_reparse_of_a_missing_article_is_none(db, article_id):
    assert store.reparse_article(article_id) is None


def _summary(result) -> list[str]:
    return result.stdout.decode().splitlines()


def test_cli_reparses_all_articles_or_some(tmp_path, database_url, run_cli):
    for name, text in (("harbour", HARBOUR), ("follow_up", FOLLOW_UP)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    assert run_cli(database_url, "ingest", str(tmp_path)).returncode == 0

    everything = run_cli(database_url, "reparse", "--all")
    assert everything.returncode == 0, everything.stderr
    assert _summary(everything) == [
        "reparsed: 2",
        "quotes before: 8",
        "quotes after: 8",
        "failed: 0",
    ]

    some = run_cli(database_url, "reparse", "1", "999")
    assert some.returncode == 1
    assert _summary(some)[0] == "reparsed: 1"
    assert _summary(some)[3:] == ["failed: 1", "  999: no such article"]


@pytest.mark.parametrize("args", [[], ["--all", "1"], ["one"]])
def test_cli_needs_all_or_ids(database_url, run_cli, args):
    result = run_cli(database_url, "reparse", *args)
    assert result.returncode == 2
    assert "Usage:" in result.stderr.decode()


def test_cli_without_migrations_asks_for_an_upgrade(empty_database_url, run_cli):
    result = run_cli(empty_database_url, "reparse", "--all")
    assert result.returncode == 2
    assert "db upgrade" in result.stderr.decode()
