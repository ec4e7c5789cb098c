"""Descriptions of issue 15 after the twenty-seventh set's first look: a description goes to the
person whose role words it fits, not to another named nearer (`the prosecutor` of `Assistant
U.S. Attorney X` when the defendant is named after him, `the Republican` of `Republican U.S.
Rep. X` when a moderator is named in the clause); one that brings a new fact goes to the person
opening its paragraph (`Co-author X spent two summers ... the graduate student said`) or, for
`the mother of three`, to the story's subject; `the club said` with no club named is the body
whose sentence first named a person the club's sentence names; a closing `, according to X`
gives the quote of its sentence.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_kinds import fits_role, listed_person_noun, of_another_kind
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("role", "noun", "fits"),
    [
        ("Assistant U.S. Attorney", "prosecutor", True),
        ("District Attorney", "prosecutor", True),
        ("Republican U.S. Rep.", "republican", True),
        ("Democratic state Sen.", "democrat", True),
        ("graduate student", "candidate", True),
        ("moderator", "republican", False),
        ("Co-author", "student", False),
        ("county emergency manager", "county", False),
        (None, "prosecutor", False),
    ],
)
def test_a_role_fits_a_noun_by_its_words_in_any_case(role, noun, fits):
    assert fits_role(role, noun) is fits


@pytest.mark.parametrize(
    ("role", "noun", "other"),
    [
        ("family doctor", "student", True),
        ("Co-author", "student", False),
        ("postdoctoral researcher", "student", False),
        (None, "student", False),
    ],
)
def test_a_role_of_another_listed_kind(role, noun, other):
    assert of_another_kind(role, noun) is other


def test_only_listed_nouns_are_read_as_a_persons():
    assert listed_person_noun("student")
    assert listed_person_noun("prosecutor")
    assert not listed_person_noun("statement")


@pytest.mark.parametrize(
    ("role", "other", "noun"),
    [
        ("Assistant U.S. Attorney", "Marek Lindqvist", "prosecutor"),
        ("Deputy District Attorney", "Tobias Wren", "prosecutor"),
        ("defense attorney", "Ilse Brandauer", "lawyer"),
    ],
)
def test_a_role_title_before_a_name_beats_the_person_named_after_it(role, other, noun):
    paragraphs = (
        f"{other} was sentenced on Friday in Dayton.",
        f"{role} Halima Osei told the court that {other} had hidden the money for years. "
        f"“Nobody forced this,” the {noun} said.",
    )
    assert _speakers(*paragraphs) == ["Halima Osei"]


def test_the_person_named_last_stays_when_no_role_fits_the_noun_better():
    paragraphs = (
        "Quentin Marsh, an analyst at Harrow Securities, said the shares were cheap.",
        "Bea Lindqvist, who covers retailers for Calder Partners, cut her rating. "
        "“They bet on malls,” the analyst wrote.",
    )
    assert _speakers(*paragraphs) == ["Bea Lindqvist"]


@pytest.mark.parametrize(
    ("party", "noun", "asker"),
    [
        ("Republican", "Republican", "moderator Sunniva Holt"),
        ("Democratic", "Democrat", "host Pilar Echeverri"),
        ("Republican", "Republican", "panelist Ada Brookes"),
    ],
)
def test_a_party_word_goes_to_the_candidate_of_that_party_not_the_asker(party, noun, asker):
    paragraphs = (
        f"{party} state Sen. Ruben Calloway faced the questions alone in the first half.",
        f"Calloway said the tax should stay. Asked by {asker} whether he would cut it, "
        f"the {noun} said: “Not this year, and not next.”",
    )
    assert _speakers(*paragraphs) == ["Ruben Calloway"]


def test_the_moderator_then_asks_the_question_herself():
    paragraphs = (
        "Republican U.S. Rep. Anders Kolby, a three-term congressman, spoke first.",
        "Asked by moderator Sunniva Holt whether he would back the bill, the Republican said: "
        "“I have answered that already.”",
        "The moderator pressed him. “So is that a no?” she asked.",
    )
    assert _speakers(*paragraphs) == ["Anders Kolby", "Sunniva Holt"]


@pytest.mark.parametrize(
    ("opening", "noun", "speaker"),
    [
        (
            "Co-author Ilona Brekke spent three winters tagging seals off Tromsø.",
            "graduate student",
            "Ilona Brekke",
        ),
        (
            "Co-author Dmitri Sayer ran the trials at a farm near Ballarat.",
            "doctoral candidate",
            "Dmitri Sayer",
        ),
        (
            "Research assistant Noor Haddad spent a year logging river samples.",
            "student",
            "Noor Haddad",
        ),
    ],
)
def test_a_new_fact_goes_to_the_person_opening_the_paragraph(opening, noun, speaker):
    paragraphs = (
        "The study, led by Prof. Aurelio Vance, was published on Tuesday.",
        f"{opening} “Some days we found nothing at all,” the {noun} said.",
    )
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_new_fact_does_not_go_to_the_opener_when_another_person_is_named():
    paragraphs = (
        "The study, led by Prof. Aurelio Vance, was published on Tuesday.",
        "Co-author Ilona Brekke worked with Dmitri Sayer on the trials near Ballarat. "
        "“Some days we found nothing at all,” the graduate student said.",
    )
    assert _speakers(*paragraphs) == [None]


def test_a_new_fact_does_not_go_to_a_person_of_another_kind():
    paragraphs = (
        "The clinic in Leeds reopened on Monday.",
        "Family doctor Ilona Brekke spent a year running it alone. "
        "“Some days we saw nobody,” the student said.",
    )
    assert _speakers(*paragraphs) == [None]


@pytest.mark.parametrize(
    ("subject", "other", "noun"),
    [
        ("Moira Tennant-Lowe", "Callum Reid", "the mother of three"),
        ("Annika Solberg", "Jonas Berg", "the mother-of-two"),
    ],
)
def test_a_parent_no_one_near_fits_is_the_storys_subject(subject, other, noun):
    surname = subject.split()[-1]
    paragraphs = (
        f"{subject}, 47, runs the only ferry out of the harbour.",
        "“I started with one boat,” she says. “Now we have four.”",
        f"{surname} took over the business from her uncle in 2009. She says she never planned to.",
        "“It was that or sell it,” she says.",
        f"{other}, 51, has worked the ferry with her for a decade. “She never stops,” he says.",
        "The harbour lost two of its three shops last winter.",
        "The ferry now carries more freight than passengers.",
        f"“Nobody else wanted the early crossing,” {noun} says.",
    )
    assert _speakers(*paragraphs)[-1] == subject


@pytest.mark.parametrize(
    ("team", "player", "noun"),
    [
        ("Kilmarnock", "Ewan Strachan", "club"),
        ("Leinster", "Dara Coyle", "team"),
        ("Brisbane", "Tane Wihongi", "club"),
    ],
)
def test_a_generic_body_noun_is_the_body_that_named_the_player(team, player, noun):
    surname = player.split()[-1]
    paragraphs = (
        f"Rovers beat {team} by two goals on Saturday.",
        f"{team} led at half-time but lost {player} to a hamstring injury soon after.",
        "“We were the better side for an hour,” said coach Iain Murdo.",
        "The second half was a different story.",
        f"The {noun} said on Sunday that {surname} would have a scan. "
        f"“He will be assessed this week,” it said.",
    )
    assert _speakers(*paragraphs)[-1] == team


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        ("The Environment Protection Authority", "authority"),
        ("The National Parks Service", "service"),
        ("The Ministry of Fisheries", "ministry"),
    ],
)
def test_a_closing_according_to_gives_a_partial_quote(body, noun):
    paragraphs = (
        f"{body}, which paid for the survey, said it was studying the results.",
        f"Wild trout now add “close to $2 billion” to the economy, according to the {noun}.",
    )
    assert _speakers(*paragraphs) == [body.removeprefix("The ")]


def test_a_new_fact_does_not_go_to_someones_kin_opening_the_paragraph():
    paragraphs = (
        "The study, led by Prof. Aurelio Vance, was published on Tuesday.",
        "His daughter, Ilona Vance, helped in the lab. “Some days we found nothing,” the student"
        " said.",
    )
    assert _speakers(*paragraphs) == [None]


def test_the_former_holder_is_not_a_serving_holder_named_before():
    paragraphs = (
        "Chief Prosecutor Wanjiru Kamau said the appeal would go ahead.",
        "Her predecessor, Osman Ferreira, who brought the first case, disagreed. “It will"
        " fail again,” the former prosecutor said.",
    )
    assert _speakers(*paragraphs) == ["Osman Ferreira"]
