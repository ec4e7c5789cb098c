"""Read-back leftovers and document cues of issue 15 (branch speakers106).

A title with a list of fields (`Minister of Agriculture, Fisheries and the Environment`) before a
name is read whole after a quote too (`“...,” said Minister of A, B and the C Ana Ruiz.`), as it
is before one. A body's name of `X of Y and the Z` words (`Friends of Rivers and the
Environment`) is one name, not a speaker `Environment`. A document's present-tense verbs
(`The audit states that “...”`, `the minutes note that “...”`) are cues after a document's noun,
the speaker its issuer as the document rules decide (as with `says`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers

_LISTED_TITLES = [
    ("Minister of Agriculture, Fisheries and the Environment", "Ana Ruiz"),
    ("Secretary for Health, Housing and the Arts", "Keri Mahuika"),
    ("Minister for Lands, Natural Resources and Tourism", "Tomas Ngiraked"),
    ("Commissioner for Trade, Transport and the Interior", "Lena Brandt"),
]


@pytest.mark.parametrize(("title", "name"), _LISTED_TITLES)
def test_a_listed_title_after_said_after_a_quote_gives_the_name(title, name):
    found = _speakers(f"“We will not cut the budget this year,” said {title} {name}.")
    assert found == [name]


@pytest.mark.parametrize(("title", "name"), _LISTED_TITLES)
def test_a_listed_title_before_said_after_a_quote_gives_the_name(title, name):
    found = _speakers(f"“The roads will be mended by spring,” {title} {name} said on Friday.")
    assert found == [name]


@pytest.mark.parametrize(("title", "name"), _LISTED_TITLES)
def test_a_listed_title_before_the_quote_still_gives_the_name(title, name):
    found = _speakers(f"{title} {name} said: “The roads will be mended by spring.”")
    assert found == [name]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # one field, two fields joined by `and`: read as before
        ("“We are ready,” said Minister of Energy Ana Ruiz.", "Ana Ruiz"),
        ("“We are ready,” said Minister of Water and Energy Ana Ruiz.", "Ana Ruiz"),
        # names listed, not a title's fields: the first name stays the speaker
        ("“We are ready,” said Ann Lee, Tom Hale and Rosa Diaz.", "Ann Lee"),
        # places listed after a name's `of`: the name, as before
        ("“We are ready,” said Ann Lee of Lagos, Abuja and the Delta.", "Ann Lee"),
        # a title and a second name joined by `and`: the first name, as before
        ("“We are ready,” said Ann Lee, Minister of Energy, and Tom Hale.", "Ann Lee"),
    ],
)
def test_near_misses_of_a_listed_title_read_as_before(paragraph, name):
    assert _speakers(paragraph) == [name]


@pytest.mark.parametrize(
    ("person", "body", "pronoun"),
    [
        ("Tom Hale", "Friends of Rivers and the Environment", "he"),
        ("Rosa Diaz", "the Society for Birds and the Environment", "she"),
        ("Ann Lee", "the Ministry of Water and the Environment", "she"),
        ("Keri Mahuika", "Neighbours of Tarn and the Environment", "she"),
    ],
)
def test_a_person_of_a_body_of_and_the_field_is_the_speaker(person, body, pronoun):
    found = _speakers(
        f"{person} of {body} said the plan was late. “We will not wait long,” {pronoun} said.",
    )
    assert found == [person]
    found = _speakers(f"“We will not wait any longer,” {person} of {body} said.")
    assert found == [person]


@pytest.mark.parametrize(
    "body",
    [
        "Friends of Lands and the Environment Trust",
        "Parents for Schools and the Environment Network",
        "Friends of Rivers and the Environment",
    ],
)
def test_a_body_of_and_the_field_is_one_name(body):
    found = _speakers(
        f"The {body} said the plan was late. “We will not wait any longer,” it said.",
    )
    assert found == [body]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # a body's word before `of`, a body's own name after `and the`: two bodies, as before
        (
            "The Ministry of Health and the Environment Agency said the plan was late. "
            "“We will not wait any longer,” it said.",
            "Environment Agency",
        ),
        # a place after `of`, no body's head: the person, as before
        (
            "Ann Lee of Leeds and the Environment Agency said the plan was late. "
            "“We will not wait any longer,” she said.",
            "Ann Lee",
        ),
        # no field's word after `and the`: unchanged
        (
            "The Parents of Oakfield and the Red Cross said the plan was late. "
            "“We will not wait any longer,” they said.",
            None,
        ),
    ],
)
def test_near_misses_of_and_the_bodies_read_as_before(paragraph, name):
    assert _speakers(paragraph) == [name]


@pytest.mark.parametrize(
    ("opening", "document", "verb", "issuer"),
    [
        (
            "The Vell Council said in a report on Monday that rents had risen.",
            "report",
            "states",
            "Vell Council",
        ),
        (
            "A review by the Tarn Water Board was published on Monday.",
            "review",
            "finds",
            "Tarn Water Board",
        ),
        (
            "The minutes of the Oakfield Parish Council meeting were released.",
            "minutes",
            "note",
            "Oakfield Parish Council",
        ),
        (
            "An audit by the Kestrel Health Trust came out on Friday.",
            "audit",
            "records",
            "Kestrel Health Trust",
        ),
    ],
)
def test_a_documents_present_verb_quotes_its_issuer(opening, document, verb, issuer):
    found = _speakers(opening, f"The {document} {verb} that “the pipes were never checked”.")
    assert found == [issuer]
    said = _speakers(opening, f"The {document} says that “the pipes were never checked”.")
    assert found == said  # (the document rules decide, as for `says`)


@pytest.mark.parametrize(
    "paragraph",
    [
        # a person's `finds`, no document: no cue, as before
        "Rosa Diaz finds that “the pipes were never checked”.",
        # a record label's name, no document's verb
        "Harbour Records “the pipes were never checked” campaign ended.",
        # `states` as a noun after a determiner
        "The two states “the pipes were never checked” dispute dragged on.",
    ],
)
def test_near_misses_of_a_documents_verb_make_no_cue(paragraph):
    assert _speakers(paragraph) in ([], [None])
