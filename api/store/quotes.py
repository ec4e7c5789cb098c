"""Quotes and people in storage: writing an article's quotes, finding people, reading pages."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from peewee import JOIN, fn

from api.parser.quotes import Quote as ParsedQuote
from api.parser.quotes import QuoteAnalysis, Speaker
from api.store.db import database
from api.store.models import Article, ArticlePerson, Person, Quote
from api.store.statements import Insert, rows_by_ids
from api.values import MAX_ID, is_stored_id

# Apostrophes join ("O'Neil" = "ONeil"); any other non-word character separates words.
_APOSTROPHES = re.compile(r"['’ʼ`´]")
_SEPARATORS = re.compile(r"[\W_]+")
# Keeps the unique index within PostgreSQL's btree row limit whatever the parser hands over.
MAX_KEY_LENGTH = 300


@dataclass(frozen=True)
class PersonRef:
    """Who a quote is given to: enough to name and link them."""

    id: int
    name: str
    kind: str


@dataclass(frozen=True)
class Appearance:
    """A person quoted in one article: their id, and their stored name and kind with its role."""

    person_id: int
    speaker: Speaker


@dataclass(frozen=True)
class StoredQuote:
    """A stored quote; `quote.speaker` is the stored person's name, as `speaker` links them."""

    id: int
    article_id: int
    quote: ParsedQuote
    speaker: PersonRef | None


@dataclass(frozen=True)
class StoredPerson:
    """A person across every stored article: the roles articles gave them, and counts."""

    id: int
    name: str
    kind: str
    roles: tuple[tuple[str, int], ...]  # (role, article id), newest article first
    quote_count: int
    article_count: int


# An article's speakers are keyed several times over (created, read, each quote's): a name
# recurs within a write and across a batch's articles.
@lru_cache(maxsize=8192)
def normalise_name(name: str) -> str:
    """The key that makes spellings one person: `José  O’Neil-Smith` → `jose oneil smith`."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    key = " ".join(_SEPARATORS.sub(" ", _APOSTROPHES.sub("", plain)).split())
    # A name of punctuation alone still needs a key of its own.
    return (key or " ".join(name.casefold().split()))[:MAX_KEY_LENGTH]


def named(name: str):
    """People whose name is `name` in any spelling, or holds it as whole words: "Pifer" or
    "steven" finds Steven Pifer, "pif" does not (peewee escapes LIKE's wildcards)."""
    key = normalise_name(name)
    column = Person.normalised_name
    return (
        (column == key)
        | column.startswith(f"{key} ")
        | column.endswith(f" {key}")
        | column.contains(f" {key} ")
    )


def save_quotes(
    article_id: int,
    analysis: QuoteAnalysis,
    *,
    people_created: bool = False,
    known: dict[str, Person] | None = None,
) -> tuple[Appearance, ...]:
    """Store an article's quotes and people; run it inside the article's write transaction.

    `people_created`: create_people has created its people already in this transaction.
    `known`: Person rows by normalised name that this transaction has read already (a batch's,
    kept across its articles); those read here are added to it.
    """
    if people_created:
        keys = {normalise_name(s.name) for s in analysis.speakers}
    else:
        keys = set(create_people(analysis.speakers))
    people = people_by_key(keys, known)
    appearances = _appearances(analysis, people)
    _INSERT_APPEARANCES.many(_appearance_rows_of(article_id, appearances))
    _INSERT_QUOTES.many(_quote_rows(article_id, analysis, people))
    return appearances


def save_quotes_of(
    articles: list[tuple[int, QuoteAnalysis]], known: dict[str, Person]
) -> list[tuple[Appearance, ...]]:
    """save_quotes for several new articles (article id, analysis) at once, in one run of
    statements a table for all; each article's appearances, in their order. People, quotes and
    appearances get the ids that save_quotes one article after another would give them: each
    article's people, sorted, after those of the articles before it, those stored already
    included (a SQLite conflict, left out by DO NOTHING, still spends an id of AUTOINCREMENT's)
    (a SQLite batch's run of new articles; PostgreSQL creates a batch's people first)."""
    rows: list[tuple[str, str, str]] = []
    for _, analysis in articles:
        wanted: dict[str, Speaker] = {}
        for speaker in analysis.speakers:
            wanted.setdefault(normalise_name(speaker.name), speaker)
        rows.extend((s.name, key, s.kind) for key, s in sorted(wanted.items()))
    _INSERT_PEOPLE.many(rows)
    people_by_key({key for _, key, _ in rows}, known)  # read into `known`: every key is there
    saved = [_appearances(analysis, known) for _, analysis in articles]
    _INSERT_APPEARANCES.many(
        row
        for (article_id, _), appearances in zip(articles, saved, strict=True)
        for row in _appearance_rows_of(article_id, appearances)
    )
    _INSERT_QUOTES.many(
        row for article_id, analysis in articles for row in _quote_rows(article_id, analysis, known)
    )
    return saved


def _appearances(analysis: QuoteAnalysis, people: dict[str, Person]) -> tuple[Appearance, ...]:
    """An article's people (their rows by key in `people`), in order of first quote."""
    appearances: dict[int, Appearance] = {}
    for speaker in analysis.speakers:
        person = people[normalise_name(speaker.name)]
        # Two spellings of one person in one article: the first one's role stands.
        if person.id not in appearances:
            stored = Speaker(person.name, person.kind, speaker.role)
            appearances[person.id] = Appearance(person.id, stored)
    return tuple(appearances.values())


def _appearance_rows_of(article_id: int, appearances: tuple[Appearance, ...]) -> Iterable[tuple]:
    return ((article_id, a.person_id, i, a.speaker.role) for i, a in enumerate(appearances))


def _quote_rows(
    article_id: int, analysis: QuoteAnalysis, people: dict[str, Person]
) -> Iterable[tuple]:
    """An article's quote rows, its speakers' rows by key in `people`."""
    return (
        (
            article_id,
            i,
            q.paragraph,
            q.start,
            q.end,
            q.text,
            people[normalise_name(q.speaker)].id if q.speaker else None,
            q.method,
            q.continues,
        )
        for i, q in enumerate(analysis.quotes)
    )


_INSERT_APPEARANCES = Insert(ArticlePerson, ("article", "person", "position", "role"))
_INSERT_QUOTES = Insert(
    Quote,
    ("article", "position", "paragraph", "start", "end", "text", "speaker", "method", "continues"),
)


def delete_quotes(article_id: int) -> int:
    """Remove an article's quotes and appearances (its people stay); how many quotes there were."""
    ArticlePerson.delete().where(ArticlePerson.article == article_id).execute()
    return Quote.delete().where(Quote.article == article_id).execute()


def people_by_key(keys: set[str], known: dict[str, Person] | None = None) -> dict[str, Person]:
    """The Person rows of these normalised names, by name: those in `known` as they are, the
    others read (and added to `known`)."""
    if known is None:
        known = {}
    unread = [key for key in keys if key not in known]
    for start in range(0, len(unread), PEOPLE_PER_READ):
        chunk = unread[start : start + PEOPLE_PER_READ]
        marks = ", ".join([database.param] * len(chunk))
        for i, name, key, kind in database.execute_sql(_PEOPLE_SQL.format(marks=marks), chunk):
            known[key] = Person(id=i, name=name, normalised_name=key, kind=kind)
    return {key: known[key] for key in keys if key in known}


# Names per read of people: a batch's may be thousands, beyond a statement's parameters.
PEOPLE_PER_READ = 500


def create_people(speakers: Iterable[Speaker]) -> dict[str, Speaker]:
    """Create the people these speakers name that are not stored yet; the speakers by key.

    DO NOTHING on the unique key: a person another writer just created is simply there.
    Sorted, so that two PostgreSQL writers take the key locks in the same order (no deadlock).
    """
    wanted: dict[str, Speaker] = {}
    for speaker in speakers:
        wanted.setdefault(normalise_name(speaker.name), speaker)
    _INSERT_PEOPLE.many((s.name, key, s.kind) for key, s in sorted(wanted.items()))
    return wanted


_INSERT_PEOPLE = Insert(
    Person, ("name", "normalised_name", "kind"), after='ON CONFLICT ("normalised_name") DO NOTHING'
)
# Plain SQL, like the insert: peewee's builder cost more than the database's answer.
_PEOPLE_SQL = (
    'SELECT "id", "name", "normalised_name", "kind" FROM "person"'
    ' WHERE "normalised_name" IN ({marks})'
)


_appearance_rows = rows_by_ids(
    lambda ids: (
        ArticlePerson.select(
            ArticlePerson.article, Person.id, Person.name, Person.kind, ArticlePerson.role
        )
        .join(Person)
        .where(ArticlePerson.article.in_(ids))
        .order_by(ArticlePerson.article, ArticlePerson.position)
    )
)


def appearances(article_ids: list[int]) -> dict[int, tuple[Appearance, ...]]:
    """The people of each article in order of first quote (articles without any are absent)."""
    found: dict[int, list[Appearance]] = defaultdict(list)
    for article_id, person_id, name, kind, role in _appearance_rows(article_ids):
        found[article_id].append(Appearance(person_id, Speaker(name, kind, role)))
    return {article_id: tuple(items) for article_id, items in found.items()}


def list_quotes(
    *,
    limit: int,
    offset: int,
    speaker: str | None = None,
    text: str | None = None,
    article: int | None = None,
) -> tuple[list[StoredQuote], int]:
    """A page of quotes, newest article first and in reading order within one, and the total.

    `speaker` is a person's id, or their name or part of it in whole words (`named`); `text` a
    case-insensitive substring of the quote.
    """
    query = Quote.select(Quote, Person).join(Person, JOIN.LEFT_OUTER)
    if speaker is not None:
        if speaker.isascii() and speaker.isdigit():
            if int(speaker) > MAX_ID:
                return [], 0  # no such id can exist; the query would overflow
            query = query.where(Quote.speaker == int(speaker))
        else:
            query = query.where(named(speaker))
    if text is not None:
        query = query.where(Quote.text.contains(text))
    if article is not None:
        query = query.where(Quote.article == article)
    return _page(query.order_by(Quote.article.desc(), Quote.position), limit, offset)


def article_quotes(
    article_id: int, *, limit: int, offset: int
) -> tuple[list[StoredQuote], int] | None:
    """A page of one article's quotes in reading order and their total; None without the article."""
    with database.atomic():
        if not Article.select().where(Article.id == article_id).exists():
            return None
        return list_quotes(limit=limit, offset=offset, article=article_id)


# Plain SQL: read whenever an article's standard representations are built, where peewee's
# model rows would cost several times the query (benchmarks/representations.py).
QUOTES_OF_SQL = (
    'SELECT q.id, q.paragraph, q.start, q."end", q.text, q.method, q.continues,'
    " p.id, p.name, p.kind FROM quote q LEFT JOIN person p ON p.id = q.speaker_id"
    " WHERE q.article_id = {param} ORDER BY q.position"
)


def quotes_of(article_id: int) -> list[StoredQuote]:
    """Every quote of one article in reading order, with its speaker: one query (the article's
    standard representations mark each quote where it stands)."""
    if not is_stored_id(article_id):
        return []
    rows = database.execute_sql(QUOTES_OF_SQL.format(param=database.param), (article_id,))
    found = []
    for quote_id, paragraph, start, end, text, method, continues, person_id, name, kind in rows:
        quote = ParsedQuote(paragraph, start, end, text, name, method, bool(continues))
        ref = PersonRef(person_id, name, kind) if person_id is not None else None
        found.append(StoredQuote(id=quote_id, article_id=article_id, quote=quote, speaker=ref))
    return found


def _page(query, limit: int, offset: int) -> tuple[list[StoredQuote], int]:
    # One read transaction, so that the page and the total describe the same moment.
    with database.atomic():
        total = query.count()
        rows = list(query.limit(limit).offset(offset))
    return [stored_quote(row) for row in rows], total


def stored_quote(row: Quote) -> StoredQuote:
    """A Quote row (selected with its speaker joined) as the StoredQuote the API serves."""
    person = row.speaker if row.speaker_id is not None else None
    quote = ParsedQuote(
        paragraph=row.paragraph,
        start=row.start,
        end=row.end,
        text=row.text,
        speaker=person.name if person else None,
        method=row.method,
        continues=row.continues,
    )
    ref = PersonRef(person.id, person.name, person.kind) if person else None
    return StoredQuote(id=row.id, article_id=row.article_id, quote=quote, speaker=ref)


def list_people(
    *, limit: int, offset: int, name: str | None = None
) -> tuple[list[StoredPerson], int]:
    """A page of the people quoted in stored articles, by name, and the total.

    `name` matches any part of the normalised name: `pifer` and `Piférs` find `Steven Pifer`.
    """
    quoted = ArticlePerson.select(ArticlePerson.person)
    query = Person.select().where(Person.id.in_(quoted))
    if name is not None:
        query = query.where(Person.normalised_name.contains(normalise_name(name)))
    query = query.order_by(Person.normalised_name, Person.id)
    with database.atomic():
        total = query.count()
        rows = list(query.limit(limit).offset(offset))
        people = _with_counts(rows)
    return people, total


def get_person(person_id: int) -> StoredPerson | None:
    """The person with this id (also when no stored article quotes them any more), or None."""
    if not is_stored_id(person_id):
        return None
    with database.atomic():
        row = Person.get_or_none(Person.id == person_id)
        return _with_counts([row])[0] if row else None


def _with_counts(rows: list[Person]) -> list[StoredPerson]:
    """StoredPersons for Person rows, with two queries for the whole batch."""
    ids = [row.id for row in rows]
    quote_counts: dict[int, int] = {}
    seen_in: dict[int, list[ArticlePerson]] = defaultdict(list)
    if ids:
        counted = (
            Quote.select(Quote.speaker, fn.COUNT(Quote.id).alias("n"))
            .where(Quote.speaker.in_(ids))
            .group_by(Quote.speaker)
        )
        quote_counts = {row.speaker_id: row.n for row in counted}
        query = (
            ArticlePerson.select()
            .where(ArticlePerson.person.in_(ids))
            .order_by(ArticlePerson.article.desc())
        )
        for appearance in query:
            seen_in[appearance.person_id].append(appearance)
    return [
        StoredPerson(
            id=row.id,
            name=row.name,
            kind=row.kind,
            roles=tuple((a.role, a.article_id) for a in seen_in[row.id] if a.role),
            quote_count=quote_counts.get(row.id, 0),
            article_count=len(seen_in[row.id]),
        )
        for row in rows
    ]
