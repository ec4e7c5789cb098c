"""Article tags in storage: saving, replacing and loading them (sorted, each tag once)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from api.store.models import ArticleTag
from api.store.statements import Insert, rows_by_ids


def normalise(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags as stored and shown: each once, sorted: ['b', 'a', 'b'] -> ('a', 'b')."""
    return tuple(sorted(set(tags)))


def save_tags(article_id: int, tags: Iterable[str]) -> tuple[str, ...]:
    """Add tags to an article that has none yet; the tags stored."""
    return save_tags_of([(article_id, tags)])[0]


def save_tags_of(articles: list[tuple[int, Iterable[str]]]) -> list[tuple[str, ...]]:
    """save_tags for several new articles (article id, tags) in one run of statements; each
    article's tags stored, in their order."""
    saved = [normalise(tags) for _, tags in articles]
    _INSERT_TAGS.many(
        (article_id, tag)
        for (article_id, _), unique in zip(articles, saved, strict=True)
        for tag in unique
    )
    return saved


_INSERT_TAGS = Insert(ArticleTag, ("article", "tag"))


def replace_tags(article_id: int, tags: Iterable[str]) -> tuple[str, ...]:
    """Make these the article's only tags (call inside the caller's transaction)."""
    ArticleTag.delete().where(ArticleTag.article == article_id).execute()
    return save_tags(article_id, tags)


def load_tags(article_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """The sorted tags of each of these articles (articles without tags are left out)."""
    tags = defaultdict(list)
    for article_id, tag in _tag_rows(article_ids):
        tags[article_id].append(tag)
    return {article_id: tuple(values) for article_id, values in tags.items()}


_tag_rows = rows_by_ids(
    lambda ids: (
        ArticleTag.select(ArticleTag.article, ArticleTag.tag)
        .where(ArticleTag.article.in_(ids))
        .order_by(ArticleTag.article, ArticleTag.tag)
    )
)
