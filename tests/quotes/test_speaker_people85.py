"""Speakers85: people the reader knows by a name's particles, an apposition or a post.

A daughter's `bint` is one of the name's particles as a son's `bin` is (`X bint Y al Z`); a
companion's noun after a possessive opens a description (`Her colleague X Y, a ..., said`); a
body's seat after `of` is no subject (`The firm that ..., X Ltd of <Town>, said`); a
participle's aside before the verb is skipped (`A union official, speaking on condition of
anonymity, said`: someone unnamed); `the official` and `the businesswoman` are carried by the
posts an introduction names. Each with near-misses the rules must leave alone.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_introduced import carries
from api.parser.quote_names import companion_word, pilgrim_opening
from api.parser.quote_people import find_mentions
from api.parser.quote_subject_before import descriptor_opened, subject_before
from api.parser.quote_tokens import Token
from api.parser.quote_words import NAME_PARTICLES, PATRONYMICS
from tests.quotes.helpers import speakers as _speakers


def _subject(text: str) -> str | None:
    """The name subject_before gives the first ` said` of one made-up sentence (None: none)."""
    verb = text.index(" said") + 1
    _, mention, _ = subject_before(text, find_mentions(text), verb, 0)
    return mention.name if mention is not None else None


# --- the name's particles: one class -----------------------------------------------------------


@pytest.mark.parametrize("word", ["bin", "bint", "binti", "binte", "bte", "ibn"])
def test_patronymic_links_are_one_class(word):
    assert word in PATRONYMICS
    assert word in NAME_PARTICLES


@pytest.mark.parametrize(("word", "expected"), [("abu", True), ("al", True), ("bint", True)])
def test_lower_case_particles(word, expected):
    assert (word in NAME_PARTICLES) is expected


def _tokens(*words: str) -> list[Token]:
    tokens, at = [], 0
    for word in words:
        tokens.append(Token(at, at + len(word), word, False, False))
        at += len(word) + 1
    return tokens


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (("Hajah", "Noor", "bint", "Ahmad"), True),  # a pilgrim's style before a daughter's name
        (("Haji", "Rosli", "bin", "Omar"), True),
        (("Haji", "Rosli", "Omar"), False),  # no link: `Haji` may be the name's own
    ],
)
def test_pilgrim_opening_reads_every_link(words, expected):
    assert pilgrim_opening(_tokens(*words)) is expected


def test_a_daughters_name_with_bint_and_al_is_whole():
    found = _speakers(
        "Dr Laila bint Hamad al Saadi, head of surveillance at the authority, told the Courier"
        ' that crews had been "overwhelmed" this spring.',
        'She asked owners to report every case. "We need to know early," she said.',
    )
    assert found == ["Laila bint Hamad al Saadi"] * 2


def test_a_daughters_name_explicit_after_the_paper():
    found = _speakers(
        'Mariam bint Salem al Busaidi, a teacher in Ibra, told the Observer: "The roads are'
        ' closed again."',
    )
    assert found == ["Mariam bint Salem al Busaidi"]


def test_a_fathers_abu_in_lower_case_joins_the_name():
    found = _speakers(
        'Khalid abu Zeid, a fisherman in Sur, said the catch was down. "It is the worst year,"'
        " he said.",
    )
    assert found == ["Khalid abu Zeid"]


def test_a_sons_bin_name_is_as_before():
    found = _speakers(
        'Farmer Yusuf bin Rashid al Amri said the wells were dry. "We carry water," he said.',
    )
    assert found == ["Yusuf bin Rashid al Amri"]


# --- a companion's noun after a possessive -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Her colleague Md Tarek Alam, a supervisor who has worked there for years, said", True),
        ("His flatmate Jonah Pike, 31, who works nights, said", True),
        ("Their friend Ola Berg, a nurse, said", True),
        ("Our teammate Ivo Kral, who scored twice, said", True),
        ("Police questioned her colleague Ana Ruiz, a cashier, said", False),  # no opening
        ("Her garden Rosa Lane, a hedge, said", False),  # no companion's noun
        ("Colleague Ana Ruiz, a cashier, said", False),  # no possessive: may be a given name
    ],
)
def test_descriptor_opened_by_a_possessive_companion(sentence, expected):
    start = next(m.start for m in find_mentions(sentence) if m.kind != "pronoun")
    assert descriptor_opened(sentence, start, 0) is expected


@pytest.mark.parametrize(
    ("word", "expected"), [("colleague", True), ("Flatmate", True), ("garden", False)]
)
def test_companion_word(word, expected):
    assert companion_word(word) is expected


def test_a_companion_in_an_apposition_speaks():
    found = _speakers(
        "Her colleague Md Tarek Alam, a line supervisor who has worked at the mill for nine"
        ' years, said staff had been promised pay "every Friday since June."',
    )
    assert found == ["Md Tarek Alam"]


def test_a_flatmate_in_an_apposition_speaks():
    found = _speakers(
        'His flatmate Jonah Pike, 31, who works nights at the depot, said the heating was "off'
        ' for weeks."',
    )
    assert found == ["Jonah Pike"]


# --- a body's seat after `of` ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The firm that services the lifts, Brantley Hoists Ltd of Gateshead, said it had",
            "Brantley Hoists Ltd",
        ),
        ("Orvale Dairies Ltd of Mallow said it would", "Orvale Dairies Ltd"),
        (
            "The contractor, Kerrow Civil Engineering Ltd of Truro, said the road",
            "Kerrow Civil Engineering Ltd",
        ),
        # (near-misses: the body is a post's, after a preposition; a person of a town)
        (
            "Prof Ada Quist, president of the Royal Society of Medics of Wales, said the",
            "Ada Quist",
        ),
        ("Ann Lee, a director at Brantley Hoists Ltd of Gateshead, said it", "Ann Lee"),
        ("Tom Reed of Leeds said the", "Tom Reed"),
    ],
)
def test_a_bodys_seat_is_no_subject(sentence, expected):
    assert _subject(sentence) == expected


def test_a_company_in_an_apposition_speaks():
    found = _speakers(
        "The company that maintains the boilers, Hesketh Thermal Services Ltd of Wigan, said its"
        " engineers had attended \u2018within a day\u2019 of each fault.",
    )
    assert found == ["Hesketh Thermal Services Ltd"]


# --- a participle's aside before the verb ------------------------------------------------------


def test_an_anonymous_official_of_a_body_is_no_one():
    found = _speakers(
        "The Northern Growers Federation said the farm was a member.",
        "A NGF official, speaking on condition of anonymity, said the owner had"
        ' "promised to pay by Friday."',
    )
    assert found == [None]


def test_an_unnamed_nurse_speaking_anonymously_is_no_one():
    found = _speakers(
        "Halden General Hospital said the ward would reopen.",
        'A nurse at the ward, speaking anonymously, said staff were "exhausted."',
    )
    assert found == [None]


def test_a_named_speaker_with_a_participle_aside_stays():
    found = _speakers(
        'Rhea Osei, speaking after the vote, said the plan was "a fair deal."',
    )
    assert found == ["Rhea Osei"]


# --- the official and the businesswoman by the posts an introduction names ---------------------


@pytest.mark.parametrize(
    ("stretch", "head", "expected"),
    [
        ("dr , director of plant protection at the ministry, told", "official", True),
        (", who manages fisheries for the tribe, called", "official", True),
        (", the agency's head of inspections, said", "official", True),
        (", a farmer who wrote to the director of the school,", "official", False),
        (", a retired teacher,", "official", False),
        ("the company's director, , disputed", "businesswoman", True),
        (", who owns three bakeries in the town,", "businesswoman", True),
        (", a nurse at the clinic,", "businesswoman", False),
    ],
)
def test_carries_the_posts(stretch, head, expected):
    assert carries(stretch, head) is expected


def test_the_official_is_the_director_named_before():
    found = _speakers(
        "Dr Nadia Orlov, director of animal health at the ministry, told the Courier that vets"
        ' had been "stretched" all month.',
        '"We have doubled the number of checks," the official said.',
    )
    assert found == ["Nadia Orlov", "Nadia Orlov"]


def test_the_tribal_official_is_who_manages_for_the_tribe():
    found = _speakers(
        "Ellis Tommy, who manages water rights for the Saltmarsh Tribe, called the ruling"
        ' "a betrayal."',
        '"We were never consulted," the tribal official said. "Not once."',
    )
    assert found == ["Ellis Tommy"] * 3


def test_a_tribe_is_a_body():
    found = find_mentions("Ellis Tommy, who manages water for the Saltmarsh Tribe, said it.")
    assert [(m.kind, m.name) for m in found if m.kind != "pronoun"] == [
        ("person", "Ellis Tommy"),
        ("org", "Saltmarsh Tribe"),
    ]


def test_the_businesswoman_is_the_firms_director():
    found = _speakers(
        "The firm's director, Lerato Mokoena, rejected the report. \"Our vans were checked in"
        ' May," the businesswoman told the Herald.',
    )
    assert found == ["Lerato Mokoena"]


def test_the_official_is_no_one_introduced_otherwise():
    found = _speakers(
        "Ann Lee, a retired teacher, said the bus had not come.",
        '"The timetable is wrong," the official said.',
    )
    assert found == [None]


def test_the_businesswoman_is_no_man_who_owns_a_firm():
    found = _speakers(
        "The firm's owner, Peter Halvorsen, said he had not been told.",
        '"We will appeal," the businesswoman said.',
    )
    assert found[-1] != "Peter Halvorsen"


def test_the_official_is_the_unnamed_one_of_the_paragraph():
    found = _speakers(
        "The returning officer, Maud Kessel, declared the result shortly after 3am.",
        "A senior U.S. trade official, who spoke on condition of anonymity to discuss talks that"
        ' are not public, said tariffs would stay. "We are not moving on steel," the official'
        " said.",
    )
    assert found == [None]


def test_the_official_is_the_unnamed_one_with_one_modifier():
    found = _speakers(
        "Ivo Dunn, director of roads at the council, opened the bridge.",
        "A council official, who asked not to be named, said the cost had doubled."
        ' "Nobody checked the steel," the official said.',
    )
    assert found == [None]
