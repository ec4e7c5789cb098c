"""The search index on each backend: kept in sync by the database, safe for any query text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.search.cursors import Sort
from api.search.query import QueryError, parse
from api.search.selection import ArticleFilters
from api.store import articles as store
from api.store.counts import count_articles
from api.store.models import Article
from api.store.pages import article_page
from api.store.queries import article_filter
from api.store.search_index import snippets
from tests.examples import examples
from tests.store.samples import make_document


def _found(text: str) -> set[int]:
    """Ids of the articles that the query text matches."""
    return {row.id for row in article_filter(ArticleFilters(q=parse(text)))}


def _save(n: int) -> int:
    document = make_document(n)
    article, _ = store.save_article(document, "unused source text")
    return article.id


def test_every_part_of_an_article_is_searchable(db):
    article_id = _save(1)

    for words in ("tide mill", "seven votes", "restore", "rusted shut", "jo example", "happens"):
        assert _found(words) == {article_id}, words


def test_the_index_follows_updates_and_deletes(db):
    first, second = _save(1), _save(2)
    assert _found("mill") == {first, second}

    Article.update(search_text="A lighthouse keeper retires").where(Article.id == first).execute()
    assert _found("lighthouse") == {first}
    assert _found("mill") == {second}

    store.delete_article(second)
    assert _found("mill") == set()


def test_reparse_keeps_an_article_searchable(db):
    article, _ = store.ingest_text("Ferry timetable changes\n\nThe ferry leaves at noon.\n")

    assert store.reparse_article(article.id) == (0, 0)
    assert _found('"ferry leaves"') == {article.id}


# Any text a user may type: hypothesis's own text, and pieces of both engines' syntax.
SYNTAX = st.sampled_from(
    ['"', "'", "*", "(", ")", "-", ":", "^", "!", "&", "|", "<->", "\\", "\x00", " "]
    + ["AND", "OR", "NOT", "NEAR", "mill", "tide", "é", "ß", "東京", "\u200b", "\ue000"]
)
QUERIES = st.one_of(st.text(max_size=60), st.lists(SYNTAX, max_size=12).map("".join))


@settings(max_examples=examples(150), suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=QUERIES)
def test_any_query_text_runs_on_the_database_or_is_refused(db, text):
    if not Article.select().exists():  # once per test: the examples share its database
        _save(1), _save(2)
    try:
        q = parse(text)
    except QueryError:
        return
    filters = ArticleFilters(q=q)
    ids = [row.id for row in article_filter(filters)]

    # Each way a search is run: ranked by the index alone, ranked beside another filter, and
    # tested against while walking a sort index.
    for page in (
        article_page(filters, Sort("relevance"), limit=5),
        article_page(ArticleFilters(q=q, has_images=True), Sort("relevance"), limit=5),
        article_page(filters, Sort("published_at", reverse=True), limit=5),
    ):
        assert {row.id for row in page.rows} <= set(ids)
    assert count_articles(filters) == (len(ids), True)
    texts = dict(
        Article.select(Article.id, Article.search_text).where(Article.id.in_(ids)).tuples()
    )
    assert snippets(q, texts).keys() == set(ids)


@pytest.fixture
def wind_articles(db) -> dict[str, int]:
    """Invented articles: the phrase "wind farm", both words apart, and neither."""
    texts = {
        "phrase": "Council debates the wind farm\n\nThe council met about the wind farm plan.\n",
        "apart": "Council hears from a farm\n\nThe council heard the wind across the farm.\n",
        "ferry": "Council backs the ferry\n\nThe council voted for a new ferry route.\n",
        "other": "Gulls return to the harbour\n\nThe gulls are back in the harbour.\n",
    }
    return {name: store.ingest_text(text)[0].id for name, text in texts.items()}


# (query, the articles it finds): a dash or NOT before a phrase or a group excludes all of it.
EXCLUSIONS = [
    ('council -"wind farm"', {"apart", "ferry"}),
    ('council NOT "wind farm"', {"apart", "ferry"}),
    ('"the council" -"wind farm"', {"apart", "ferry"}),
    ('(council OR gulls) -"wind farm"', {"apart", "ferry", "other"}),
    ('council -"wind farm" OR gulls', {"apart", "ferry", "other"}),
    ('council -("wind farm" OR ferry)', {"apart"}),
    ("council -(wind OR ferry)", set()),
    ('wind farm -"wind farm"', {"apart"}),  # both words, but not as the phrase
    # Without the exclusion, as before: a dash apart from the phrase is punctuation.
    ('council "wind farm"', {"phrase"}),
    ('council - "wind farm"', {"phrase"}),
]


@pytest.mark.parametrize(("text", "expected"), EXCLUSIONS)
def test_excluded_phrases_and_groups_leave_the_results_on_every_path(wind_articles, text, expected):
    q = parse(text)
    wanted = {wind_articles[name] for name in expected}
    filters = ArticleFilters(q=q)

    assert _found(text) == wanted
    # The first page by relevance, one beside another filter, one walking a sort index, the count.
    for page in (
        article_page(filters, Sort("relevance"), limit=10),
        article_page(ArticleFilters(q=q, has_images=False), Sort("relevance"), limit=10),
        article_page(filters, Sort("published_at", reverse=True), limit=10),
    ):
        assert {row.id for row in page.rows} == wanted
    assert count_articles(filters) == (len(wanted), True)


def test_snippets_never_mark_an_excluded_phrase(wind_articles):
    texts = dict(Article.select(Article.id, Article.search_text).tuples())
    apart = texts[wind_articles["apart"]]

    (marked,) = snippets(parse('council -"wind farm"'), {1: apart}).values()
    assert "<mark>council</mark>" in marked.lower()
    assert "<mark>wind" not in marked and "<mark>farm" not in marked
    (marked,) = snippets(parse('wind farm -"wind farm"'), {1: apart}).values()
    assert "<mark>wind</mark>" in marked and "<mark>farm</mark>" in marked


@pytest.mark.parametrize("text", ['-"wind farm"', 'NOT "wind farm"', "-(council OR ferry)"])
def test_a_query_that_only_excludes_a_phrase_or_group_is_refused(text):
    with pytest.raises(QueryError, match="only excludes"):
        parse(text)
