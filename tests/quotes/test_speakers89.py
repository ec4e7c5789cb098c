"""Speakers89: people, names and spans a reader reads past the words the introduction used.

A wedding's `the groom` / `the bride` is the husband / wife named so; `the younger <Name>` of two
bearers of a name is the one a kin word marks as the younger generation (else the latest
introduced), `the elder <Name>` the older; `who gave only his surname, X` names the person X; a
post's letters (`the CFO`) match the role's own words before `of`; an -ing field before a plural
of what a body oversees opens the body's name (`Trading Standards ...`); a document's sender named
right before a saying participle gives the document's words; a document `issued by` a body that
`directed` someone `to <do> “...”` gives the body's words. Each with near-misses the rules must
leave alone.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_documents import directed_by_document, sent_from
from api.parser.quote_goes_by import goes_by_before
from api.parser.quote_kin import generation_before, role_generation
from api.parser.quote_names import field_body
from api.parser.quote_noun_people import spelled_noun
from api.parser.quote_people import find_mentions
from api.parser.quote_role_initials import own_words
from api.parser.quote_spans import MASK
from api.parser.quote_tokens import word_token
from tests.quotes.helpers import speakers as _speakers

# --- the helpers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["the", "groom"], ["the", "husband"]),
        (["the", "bride"], ["the", "wife"]),
        (["The", "bridegroom"], ["The", "husband"]),
        (["a", "bride"], None),
        (["the", "Groom"], None),
        (["the", "groom's", "mother"], None),
    ],
)
def test_spelled_noun(words, expected):
    assert spelled_noun(words) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ('"...," the younger Tang wrote', "Tang", "younger"),
        ("the elder Okafor told the court", "Okafor", "older"),
        ("The older Marsh said", "Marsh", "older"),
        ("Tang wrote", "Tang", None),
        ("the younger brother of Marsh said", "Marsh", None),
    ],
)
def test_generation_before(text, name, expected):
    assert generation_before(text, text.index(name)) == expected


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("son and director of the company", "younger"),
        ("her granddaughter", "younger"),
        ("his father", "older"),
        ("chairman", None),
        (None, None),
        ("son of the founder and father of two", None),
    ],
)
def test_role_generation(role, expected):
    assert role_generation(role) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("a regular customer who gave only his surname, Wong, stood", "Wong", True),
        ("a nurse who gave her first name as Amina said", "Amina", True),
        ("a man who would give only his family name, Ortiz, said", "Ortiz", True),
        ("a man who sued the firm, Kell, said", "Kell", False),
        ("a woman who gave the money to Kell said", "Kell", False),
    ],
)
def test_goes_by_a_given_name(text, name, expected):
    assert goes_by_before(text, text.index(name)) is expected


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("chief financial officer of Kell Mills (Pvt) Ltd", ["chief", "financial", "officer"]),
        ("managing director at the resort", ["managing", "director"]),
        ("general manager", ["general", "manager"]),
    ],
)
def test_own_words(role, expected):
    assert own_words(role) == expected


def _runs(text: str) -> list:
    return [word_token(w) for w in text.split() if w[:1].isupper()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trading Standards Scotland said", True),
        ("Planning Appeals Commission said", True),
        ("Building Regulations Unit said", True),
        ("Hosting Cook said", False),
        ("Trading Places said", False),
    ],
)
def test_field_body(text, expected):
    assert field_body(_runs(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trading Standards Scotland said it had received 46 complaints.", "org"),
        ("Licensing Appeals Board said the hearing would resume.", "org"),
        ("Hosting Cook said the show would go on.", "single"),
    ],
)
def test_a_field_body_is_kept_whole(text, expected):
    first = find_mentions(text)[0]
    assert first.kind == expected
    if expected == "org":
        assert first.name == text.split(" said")[0]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Tenants received letters last week from the Orchard Tenants Union warning",
            "Orchard",
            True,
        ),
        ("Staff got an email on Monday from Bellcote Holdings saying", "Bellcote", True),
        ("Parents received a notice from the Kelby School Board urging", "Kelby", True),
        ("Residents from the Kelby Estate, warning", "Kelby", False),
        ("Tenants sent a letter to the Orchard Tenants Union warning", "Orchard", False),
    ],
)
def test_sent_from(text, name, expected):
    assert sent_from(text, text.index(name)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"A circular issued by the Revenue Board on Friday directed offices to clear {MASK}", 1),
        (f"A memo sent by Kell Mills ordered staff to stop {MASK}", 1),
        (f"The notice signed by the Harbour Trust told fishers to keep {MASK}", 1),
        (f"The Revenue Board directed offices to clear {MASK}", 0),
        (f"A circular issued by the Revenue Board on Friday set out {MASK}", 0),
    ],
)
def test_directed_by_document(text, expected):
    assert len(directed_by_document(text)) == expected


# --- the rules on whole paragraphs ---------------------------------------------------------------


def test_the_groom_is_the_husband():
    found = _speakers(
        "The bride, Lorna Quayle, 31, said the marquee had collapsed during the speeches."
        ' "It came down on the top table," she said.',
        "Her husband, Tobias Renwick-Hale, was treated for a broken wrist."
        ' "I just grabbed whoever I could," the groom said. "Then I went back in."',
    )
    assert found == ["Lorna Quayle", "Tobias Renwick-Hale", "Tobias Renwick-Hale"]


def test_the_bride_is_the_wife():
    found = _speakers(
        "The groom, Kwame Asante, 35, said the boat had listed as the guests boarded."
        ' "We heard it creak first," he said.',
        'His wife, Nadia Asante, was pulled from the water. "I could not feel my legs," the'
        " bride said.",
    )
    assert found == ["Kwame Asante", "Nadia Asante"]


def test_the_groom_with_no_husband_named_is_not_the_bride():
    found = _speakers(
        "The bride, Lorna Quayle, said the venue had not been inspected.",
        '"Nobody checked anything," the groom said.',
    )
    assert found != ["Lorna Quayle"]


def test_the_younger_bearer_is_the_son():
    found = _speakers(
        "The firm's founder, Okafor Emeka, could not be reached. His son, Okafor Chidi, a"
        ' director, said the family was "devastated".',
        '"We failed the staff," the younger Okafor wrote.',
    )
    assert found == ["Okafor Chidi", "Okafor Chidi"]


def test_the_elder_bearer_is_the_father():
    found = _speakers(
        "Dmitri Halvorsen, 29, runs the boatyard. His father, Anders Halvorsen, 66, founded it"
        " in 1981.",
        '"We built boats here before the road came," the elder Halvorsen said.',
    )
    assert found == ["Anders Halvorsen"]


def test_the_younger_with_no_mark_is_the_latest_introduced():
    found = _speakers(
        "Maria Castell opened the bakery in 1979. Ines Castell took it over in 2015.",
        '"The ovens are older than I am," the younger Castell said.',
    )
    assert found == ["Ines Castell"]


def test_a_lone_bearer_needs_no_generation():
    found = _speakers(
        "Ines Castell took the bakery over in 2015.",
        '"The ovens are older than I am," the younger Castell said.',
    )
    assert found == ["Ines Castell"]


def test_a_surname_given_alone_is_the_person():
    found = _speakers(
        'Councillor Ruth Abara said the closure was "a scandal".',
        "Outside the branch, a regular who gave only his surname, Mendez, stood by the door."
        ' "I came here every Friday for thirty years," the retiree said.',
    )
    assert found == ["Ruth Abara", "Mendez"]


def test_a_first_name_given_alone_is_the_person():
    found = _speakers(
        'Mayor Colin Ash said the pool would reopen "in due course".',
        "At the gate, a swimmer who gave only her first name, Priya, waited with her towel."
        ' "It has been shut since May," the pensioner said.',
    )
    assert found == ["Colin Ash", "Priya"]


def test_a_name_in_another_relative_clause_is_not_the_person():
    found = _speakers(
        'Mayor Colin Ash said the pool would reopen "in due course".',
        "At the gate stood a swimmer who had written to the council, Ashdown, twice."
        ' "It has been shut since May," the pensioner said.',
    )
    assert found[1] != "Ashdown"


def test_the_cfo_of_a_role_held_at_a_company():
    found = _speakers(
        "Ayo Bamidele, chief financial officer of Kell Mills (Pvt) Ltd, said the refunds were"
        ' late. "We have had no reply," she said.',
        'Asked whether the mill would close, the CFO replied: "Not this year. We have orders'
        ' until the spring."',
    )
    assert found == ["Ayo Bamidele", "Ayo Bamidele"]


def test_the_coo_of_a_role_held_at_a_company():
    found = _speakers(
        "Lars Venn, chief operating officer at Harbour Freight, said the cranes were idle.",
        '"We are moving nothing," the COO said.',
    )
    assert found == ["Lars Venn"]


def test_the_cfo_is_not_a_police_officer():
    found = _speakers(
        "Police officer Dana Kirk said the road was closed.",
        '"We have no estimate," the CFO said.',
    )
    assert found != ["Dana Kirk"]


def test_a_field_body_speaks_whole():
    found = _speakers(
        "Trading Standards Wales said it had received 12 complaints. A spokeswoman for the"
        ' agency said: "Keep every receipt."',
    )
    assert found == ["Trading Standards Wales"]


def test_a_document_sender_gives_its_words():
    found = _speakers(
        "Tenants of the Orchard blocks received letters last month from the Orchard Tenants"
        ' Association warning that balconies must be kept "clear of all furniture" or face fines.',
    )
    assert found == ["Orchard Tenants Association"]


def test_an_email_sender_gives_its_words():
    found = _speakers(
        "Staff got an email on Monday from Bellcote Holdings saying the depot would be"
        ' "closed until further notice".',
    )
    assert found == ["Bellcote Holdings"]


def test_no_document_keeps_the_subject():
    found = _speakers(
        "Residents of the Orchard Estate met on Monday, warning that the plan was"
        ' "a disaster for families".',
    )
    assert found != ["Orchard Estate"]


def test_a_document_issued_by_a_body_directing_someone():
    found = _speakers(
        "The Inland Revenue Board (IRB) said refunds were being processed.",
        "A circular issued by the IRB's audit wing on Friday directed field offices to clear"
        ' "all pending claims under RM5,000" by March 31.',
    )
    assert found == ["Inland Revenue Board"]


def test_a_memo_sent_by_a_company_ordering_staff():
    found = _speakers(
        "A memo sent by Kestrel Mills on Tuesday ordered staff to stop"
        ' "all overtime with immediate effect" until the audit ends.',
    )
    assert found == ["Kestrel Mills"]


def test_a_body_directing_with_no_document_is_no_clause_of_this_rule():
    found = _speakers(
        "The Harbour Trust directed fishers to keep their catch logs, and then left.",
    )
    assert found == []
