"""Speakers98: people the parser missed, by three reader's rules.

- A title before a known person's surname (`Mr Velloza`) is the article's word on that person's
  sex, over the given name's usual sex in the table (`Precious`, `Hope`, `Glenn` are given to men
  and women): a later `the businessman said` then fits them. A title set off as someone's kin
  (`Mr Velloza, her husband,`) is another person's, and a sex the article already gave stands.
- `Dr (Mrs) X Y, who ..., said:`: the styles of address before a name, a bracketed second one
  too, open the name's clause, so the name is the subject across a relative clause.
- `Mountain guide X Y, who ..., said:`: a person's `who` right after the name makes the
  lower-case noun opening the sentence (one the role tables lack) the person's description.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers

# --- a title's sex over the given name's usual one ------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The town council has shut the Ridgeway bakery over a drainage fault.",
                "In a notice to the bakery's owner, Precious Velloza, the council said the "
                "drains were blocked.",
                "Mr Velloza, who employs nine people, told reporters the order was unfair.",
                '"We fixed the drain in a day," the businessman said. "Nobody came to look."',
            ),
            ["Precious Velloza", "Precious Velloza"],
        ),
        (
            (
                "Floodwater reached the Arnvale garage on Sunday.",
                "The garage belongs to Hope Marsh-Obi, who has repaired cars there for 30 years.",
                "Mr Marsh-Obi said the insurer had not yet called.",
                '"The pit is full of mud," the grandfather said.',
            ),
            ["Hope Marsh-Obi"],
        ),
        (
            (
                "A fishing cooperative in Port Amsel has lost its licence.",
                "Its founder, Glenn Teodoru, set it up with four boats in 1990.",
                "Ms Teodoru, who is 58, said the cooperative would appeal.",
                '"I have fished here all my life," the grandmother said.',
            ),
            ["Glenn Teodoru"],
        ),
    ],
)
def test_a_title_gives_the_sex_a_later_noun_fits(
    paragraphs: tuple[str, ...], expected: list[str | None]
) -> None:
    assert speakers(*paragraphs) == expected


def test_no_title_leaves_the_given_names_sex() -> None:
    # (no `Mr`: the table's guess stands, and `the businessman` is no one named)
    paragraphs = (
        "The town council has shut the Ridgeway bakery over a drainage fault.",
        "In a notice to the bakery's owner, Precious Velloza, the council said the drains were "
        "blocked.",
        "Velloza, who employs nine people, told reporters the order was unfair.",
        '"We fixed the drain in a day," the businessman said. "Nobody came to look."',
    )
    assert speakers(*paragraphs) == [None, None]


def test_a_title_set_off_as_kin_is_another_persons() -> None:
    # (`Mr Velloza, her husband,` is not Precious Velloza: she stays the businesswoman)
    paragraphs = (
        "The town council has shut the Ridgeway bakery over a drainage fault.",
        "In a notice to the bakery's owner, Precious Velloza, the council said her drains were "
        "blocked.",
        "Mr Velloza, her husband, told reporters the order was unfair.",
        '"We fixed the drain in a day," the businesswoman said.',
    )
    assert speakers(*paragraphs) == ["Precious Velloza"]


# --- styles of address before a name, then a relative clause, then `said:` ----------------------

_COLON_QUOTE = ' said: "The path was closed for a reason. We warned them twice."'


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        (
            "Its chair, Dr (Mrs) Amaka Ebuka-Obi, who opened the clinic on Monday,",
            "Amaka Ebuka-Obi",
        ),
        (
            "The regional director, Prof (Dr) Kwame Asante-Boadu, who led the review,",
            "Kwame Asante-Boadu",
        ),
        (
            "The state Commissioner for Roads, Dr (Mrs) Ifeoma Nnaji-Bello, who toured the site,",
            "Ifeoma Nnaji-Bello",
        ),
    ],
)
def test_styles_before_a_name_open_its_clause(subject: str, expected: str) -> None:
    assert speakers(subject + _COLON_QUOTE) == [expected]


def test_a_styled_name_inside_a_bodys_clause_is_no_subject() -> None:
    # (the name is the object of `which hired`: the sentence's subject is the ministry's clause)
    subject = "The ministry, which hired Dr (Mrs) Amaka Ebuka-Obi, who opened the clinic,"
    assert speakers(subject + _COLON_QUOTE) == [None]


# --- a person's `who` after a name opened by a lower-case noun ------------------------------------


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        (
            "Veteran ski guide Tomas Rendl, who has led groups on the pass for 20 years,",
            "Tomas Rendl",
        ),
        ("Harbour pilot Ines Vardakis, who brought the ship in,", "Ines Vardakis"),
        ("Camp cook Ruth Oyelaran, who fed the crews for a week,", "Ruth Oyelaran"),
    ],
)
def test_who_makes_the_opening_noun_a_description(subject: str, expected: str) -> None:
    assert speakers(subject + _COLON_QUOTE) == [expected]


@pytest.mark.parametrize(
    "subject",
    [
        # (a verb before the name: the name is its object, not the speaker)
        "Police met Tomas Rendl, who was waiting at the gate, and an officer",
        "Officers stopped Ines Vardakis, who was driving home, and a sergeant",
    ],
)
def test_a_verb_before_the_name_is_no_description(subject: str) -> None:
    assert speakers(subject + _COLON_QUOTE) == [None]


# --- a name set off after `a spokesperson for the <noun>,` is the spokesperson ------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Ann Tembo, whose son sits the exam, said parents had paid the fees.",
                "A spokesperson for the council, Musole Kapata, said: "
                '"No pupil will lose a place."',
                "Asked whether other centres were under review, she replied: "
                '"We inspect every centre."',
            ),
            ["Musole Kapata", "Musole Kapata"],
        ),
        (
            (
                "Tom Reyes, a fisherman, said the catch had halved.",
                "A spokesman for the harbour board, Oduya Kelleher, said the quay would reopen.",
                '"We will dredge in March," he said.',
            ),
            ["Oduya Kelleher"],
        ),
        (
            (
                "Grace Mensah, a nurse, said the ward was short of beds.",
                "A representative of the local health trust, Ruth Banda, said the trust was "
                "hiring.",
                '"Twelve posts are open," she said.',
            ),
            ["Ruth Banda"],
        ),
    ],
)
def test_a_spokesperson_named_after_the_body_noun_is_a_person(
    paragraphs: tuple[str, ...], expected: list[str | None]
) -> None:
    assert speakers(*paragraphs) == expected


def test_a_spokesperson_without_a_name_speaks_for_the_body() -> None:
    # (no name set off after the noun: the body speaks through its spokesperson)
    paragraphs = (
        "The Kelvale Harbour Board has closed the north quay.",
        'A spokesman for the board said: "The quay is unsafe."',
    )
    assert speakers(*paragraphs) == ["Kelvale Harbour Board"]
