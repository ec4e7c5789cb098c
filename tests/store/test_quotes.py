"""Quotes and people in storage: saved with the article, one person across articles, queries."""

from __future__ import annotations

import threading

import pytest

from api.parser.quotes import Quote as ParsedQuote
from api.parser.quotes import QuoteAnalysis, Speaker
from api.store import articles as store
from api.store import quotes as quotes_store
from api.store.db import write_transaction
from api.store.models import ArticlePerson, Person, Quote
from tests.quote_samples import (
    FOLLOW_UP,
    FOLLOW_UP_PEOPLE,
    FOLLOW_UP_QUOTES,
    HARBOUR,
    HARBOUR_PEOPLE,
    HARBOUR_QUOTES,
)
from tests.store.samples import make_document


def _quotes(article_id: int) -> list[tuple]:
    page, _ = quotes_store.list_quotes(limit=100, offset=0, article=article_id)
    return [(q.quote.paragraph, q.quote.text, q.quote.speaker, q.quote.method) for q in page]


def _person_id(name: str) -> int:
    return Person.get(Person.normalised_name == quotes_store.normalise_name(name)).id


def _analysis(*names: str) -> QuoteAnalysis:
    """One quote for each name, in paragraph order; every speaker a person without a role."""
    quotes = [
        ParsedQuote(paragraph=i, start=0, end=2, text="Hi", speaker=name, method="explicit")
        for i, name in enumerate(names)
    ]
    return QuoteAnalysis(tuple(quotes), tuple(Speaker(n, "person", None) for n in names))


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Ann Quay", "ann quay"),
        ("  ANN   QUAY ", "ann quay"),
        ("José Núñez", "jose nunez"),
        ("Siobhán O’Neil-Smith", "siobhan oneil smith"),
        ("J.R. Hartley", "j r hartley"),
        ("Ministry of Commerce", "ministry of commerce"),
        ("...", "..."),
    ],
)
def test_normalise_name(name, key):
    assert quotes_store.normalise_name(name) == key


def test_saving_an_article_stores_its_quotes_and_people(db):
    saved, created = store.ingest_text(HARBOUR)

    assert created
    assert _quotes(saved.id) == HARBOUR_QUOTES
    assert [(a.speaker.name, a.speaker.role) for a in saved.people] == HARBOUR_PEOPLE
    assert store.get_article(saved.id).people == saved.people
    assert Person.select().count() == len(HARBOUR_PEOPLE)


def test_a_person_quoted_in_two_articles_is_one_person(db):
    first, _ = store.ingest_text(HARBOUR)
    second, _ = store.ingest_text(FOLLOW_UP)

    quay = [a.person_id for a in first.people if a.speaker.name == "Ann Quay"]
    assert quay == [a.person_id for a in second.people if a.speaker.name == "Ann Quay"]
    person = quotes_store.get_person(quay[0])
    assert (person.name, person.quote_count, person.article_count) == ("Ann Quay", 4, 2)
    assert person.roles == (
        ("Portwenna harbour master", second.id),
        ("harbour master", first.id),
    )
    assert Person.select().count() == 4
    assert _quotes(second.id) == FOLLOW_UP_QUOTES
    assert [(a.speaker.name, a.speaker.role) for a in second.people] == FOLLOW_UP_PEOPLE


def test_spellings_that_normalise_alike_are_one_person_with_the_first_name(db):
    first, _ = store.save_article(make_document(1), "text")
    second, _ = store.save_article(make_document(2), "text")
    with write_transaction():
        (a,) = quotes_store.save_quotes(first.id, _analysis("José Núñez"))
        # Both spellings in one article: one appearance, and both quotes go to the one person.
        (b,) = quotes_store.save_quotes(second.id, _analysis("JOSE NUNEZ", "José Nuñez"))

    assert a.person_id == b.person_id
    assert b.speaker.name == "José Núñez"
    assert Quote.select().where(Quote.speaker == a.person_id).count() == 3


def test_a_person_created_by_another_writer_is_found_not_duplicated(db):
    # As if a concurrent writer had committed the person between our parse and our insert.
    existing = Person.create(name="Ann Quay", normalised_name="ann quay", kind="person")

    saved, _ = store.ingest_text(HARBOUR)

    assert saved.people[0].person_id == existing.id
    assert Person.select().where(Person.normalised_name == "ann quay").count() == 1


def test_concurrent_articles_quoting_a_new_person_create_them_once(db):
    workers = 4
    barrier = threading.Barrier(workers)
    errors = []

    def save(n: int):
        try:
            barrier.wait()
            saved, _ = store.save_article(make_document(n), "text")
            with write_transaction():
                quotes_store.save_quotes(saved.id, _analysis("Ann Quay", f"Person {n}"))
        except Exception as exc:  # collected so the assertion below shows it
            errors.append(exc)
        finally:
            db.close()  # each thread has its own connection

    threads = [threading.Thread(target=save, args=(n,)) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert Person.select().where(Person.normalised_name == "ann quay").count() == 1
    assert ArticlePerson.select().where(ArticlePerson.person == _person_id("Ann Quay")).count() == 4


def test_deleting_an_article_keeps_its_people_with_their_ids(db):
    saved, _ = store.ingest_text(HARBOUR)
    quay = _person_id("Ann Quay")

    store.delete_article(saved.id)

    assert Quote.select().count() == 0
    assert quotes_store.get_person(quay) == quotes_store.StoredPerson(
        id=quay, name="Ann Quay", kind="person", roles=(), quote_count=0, article_count=0
    )
    assert quotes_store.list_people(limit=20, offset=0) == ([], 0)
    assert store.ingest_text(HARBOUR)[0].people[0].person_id == quay


QUAY = [FOLLOW_UP_QUOTES[0], HARBOUR_QUOTES[0], HARBOUR_QUOTES[1], HARBOUR_QUOTES[4]]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, [*FOLLOW_UP_QUOTES, *HARBOUR_QUOTES]),
        ({"speaker": "Ann Quay"}, QUAY),
        ({"speaker": "ann  QUAY"}, QUAY),
        ({"speaker": "Quay"}, QUAY),  # a surname finds the person
        ({"speaker": "Qua"}, []),  # whole words only
        ({"speaker": str(2**64)}, []),
        ({"text": "EELGRASS"}, [HARBOUR_QUOTES[3]]),
        ({"text": "100%"}, []),
        ({"text": "_"}, []),
        ({"speaker": "Ben Okafor", "text": "gauge"}, [FOLLOW_UP_QUOTES[1]]),
    ],
)
def test_list_quotes_filters(db, filters, expected):
    store.ingest_text(HARBOUR)
    store.ingest_text(FOLLOW_UP)

    page, total = quotes_store.list_quotes(limit=100, offset=0, **filters)

    rows = [(q.quote.paragraph, q.quote.text, q.quote.speaker, q.quote.method) for q in page]
    assert rows == expected  # newest article first, reading order within one
    assert total == len(expected)


def test_list_quotes_by_speaker_id_in_reading_order_newest_article_first(db):
    first, _ = store.ingest_text(HARBOUR)
    second, _ = store.ingest_text(FOLLOW_UP)

    page, total = quotes_store.list_quotes(limit=2, offset=1, speaker=str(_person_id("Ann Quay")))

    assert total == 4
    assert [(q.article_id, q.quote.text) for q in page] == [
        (first.id, HARBOUR_QUOTES[0][1]),
        (first.id, HARBOUR_QUOTES[1][1]),
    ]
    assert second.id > first.id


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (None, ["Ann Quay", "Ben Okafor", "Marta Lindqvist", "Tomas Ferreira"]),
        ("QUAY", ["Ann Quay"]),
        ("lindqvíst", ["Marta Lindqvist"]),
        ("a", ["Ann Quay", "Ben Okafor", "Marta Lindqvist", "Tomas Ferreira"]),
        ("nobody", []),
    ],
)
def test_list_people_by_name(db, name, expected):
    store.ingest_text(HARBOUR)
    store.ingest_text(FOLLOW_UP)

    page, total = quotes_store.list_people(limit=20, offset=0, name=name)

    assert [p.name for p in page] == expected
    assert total == len(expected)


@pytest.mark.parametrize("person_id", [0, -1, 2**63, 2**70])
def test_out_of_range_person_ids_are_simply_absent(db, person_id):
    assert quotes_store.get_person(person_id) is None
