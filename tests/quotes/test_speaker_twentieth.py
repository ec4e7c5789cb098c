"""Mechanisms of issue 15 (twentieth round), from the misses of quotes_stress_twentieth: a party
in brackets after a name; an owner's noun before a comma and a name as the person's role, and
where a role is held cut from it; a title ending in `of the` and a capital before a name; a
cleric's title and the noun of the office (`the Rev X` ... `the vicar said`); `, said he had`
after a subject a role keeps apart from its comma; `his barrister` of the person whose role
has the noun.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # two capitals in brackets after a name: the person's party, not a later `he`
        (
            (
                "Ward councillor Peter Ross (Liberal Democrat), who is not on the committee, spoke"
                " against the plans. “Nobody here wants this,” he said.",
            ),
            "Peter Ross",
        ),
        (
            (
                "Senator Maria Lopez (Working Families) opposed the bill.",
                "“It takes from the poorest,” she said.",
            ),
            "Maria Lopez",
        ),
        (
            (
                "Councillor Sean Dwyer (Independent Republican) voted against.",
                "“I could not support it,” he told reporters.",
            ),
            "Sean Dwyer",
        ),
        (
            ("Rep. Lena Varga (Green Socialist) voted no. “I could not support it,” she said.",),
            "Lena Varga",
        ),
    ],
)
def test_capitals_in_brackets_after_a_name_are_no_one_a_pronoun_means(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a name in brackets that is not right after a person's name is read as before
        (
            (
                "The award went to the author (Dana Whitlock) last night.",
                "“I am stunned,” she said.",
            ),
            "Dana Whitlock",
        ),
        # a one-word party was read before the rule and still is
        (
            (
                "Local councillor Ann Reyes (Labour) said the plan was unfair.",
                "“It is not fair,” she said.",
            ),
            "Ann Reyes",
        ),
    ],
)
def test_other_brackets_are_read_as_before(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # an owner's noun no list holds, set off by commas around a name: `the NOUN said` later
        (
            (
                "The ship's bosun, Ivo Marchetti, said the storm came fast.",
                "“We lost the mainsail in an hour,” the bosun said.",
            ),
            "Ivo Marchetti",
        ),
        (
            (
                "The farm's shepherd, Owen Tudor-Price, counted the flock twice.",
                "“We lost eleven ewes in the snow,” the shepherd said.",
            ),
            "Owen Tudor-Price",
        ),
        (
            (
                "The team's physio, Lotte Brandsma, worked through the night.",
                "“Nobody trains tomorrow,” the physio said.",
            ),
            "Lotte Brandsma",
        ),
    ],
)
def test_an_owners_noun_before_a_comma_and_a_name_is_the_role(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `ROLE at PLACE, X,`: the place (with its own determiner or owner) is not the role
        (
            (
                "Her first coach at the Lakeside club, Mirela Stoica, watched from the stands."
                " “She was fearless at nine,” the coach said.",
            ),
            "Mirela Stoica",
        ),
        (
            (
                "The striker's first coach at Kelso's youth academy, Davie Muir, was not"
                " surprised. “He always scored,” the coach said.",
            ),
            "Davie Muir",
        ),
    ],
)
def test_where_a_role_before_a_name_is_held_is_no_part_of_it(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_an_analyst_at_a_firm_named_before_is_not_the_analyst_just_described():
    # (a role written after the name keeps its `at`: the person named last is `the analyst`)
    assert (
        _speakers(
            "Derek Oyelaran, an analyst at Bramwell Partners, was upbeat.",
            "Jun Park, who covers the sector for Halden Securities, was not."
            " “They bet wrong,” the analyst wrote.",
        )[-1]
        == "Jun Park"
    )


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # an owner's noun that does not open its stretch names a place or a body, not a role
        (
            (
                "Talia Brooks set up the bakery with her old classmate, Ravi Menon, who now runs"
                " its kitchen. “We burned the first hundred loaves,” he says.",
            ),
            "Ravi Menon",
        ),
        (
            (
                "“Prices are fair,” Mayor Colm Ferris said.",
                "The head of the boatmen’s guild, Anton Varga, was unmoved. “They offer us"
                " grants, not prices,” he told reporters.",
            ),
            "Anton Varga",
        ),
        (
            (
                "“Prices are fair,” Mayor Colm Ferris said.",
                "A bus driver in the city’s north, Tomas Quill, 41, said fares would rise."
                " “I see it every morning,” he said.",
            ),
            "Tomas Quill",
        ),
    ],
)
def test_an_owners_noun_inside_a_longer_phrase_is_read_as_before(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `TITLE of the CAPITAL Given Surname`: the capital ends the title, not the name
        (
            (
                "Leader of the Opposition Desmond Larkin asked the same question twice.",
                "“Will she answer it?” the Opposition leader asked.",
            ),
            "Desmond Larkin",
        ),
        (
            ("Chancellor of the Exchequer Rachel Moss spoke. “Growth is back,” she said.",),
            "Rachel Moss",
        ),
        (
            ("Leader of the House Penny Ward rose. “Order,” she said.",),
            "Penny Ward",
        ),
        # without `the` the title was read before and still is
        (
            ("Secretary of State Anna Ruiz spoke. “We are ready,” she said.",),
            "Anna Ruiz",
        ),
    ],
)
def test_a_title_ending_in_of_the_and_a_capital_is_no_part_of_the_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a cleric's title of address, then the noun of the parish office for the same person
        (
            (
                "The Rev Lorna Aldous will lead the funeral at St Piran’s Church. “Mum did not"
                " believe in fuss,” the vicar said.",
            ),
            "Lorna Aldous",
        ),
        (
            (
                "Father Tomas Reilly opened the hall to the families. “Nobody sleeps in a car"
                " tonight,” the curate said.",
            ),
            "Tomas Reilly",
        ),
        (
            (
                "The Rev. Ama Boateng-Clarke led the vigil outside the chapel.",
                "“We pray for the families first,” the pastor said.",
            ),
            "Ama Boateng-Clarke",
        ),
        # `the minister` is no priest's office here: the Home Secretary named last
        (
            (
                "The Rev Alan Cobb was there. The Home Secretary, Ruth Dane, was too."
                " “We will help,” the minister said.",
            ),
            "Ruth Dane",
        ),
    ],
)
def test_a_clerics_title_and_the_noun_of_the_office_name_one_person(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `Description, role Name, said he had ...`: the pronoun opens what was said; the subject
        # is the sentence's name, whom a later `he` means, not the speaker before
        (
            (
                "“The figures are wrong,” Mayor Colm Ferris said.",
                "The second witness, bus driver Omar Haddad, said he had seen the car. “It came"
                " from nowhere,” he told the court.",
            ),
            "Omar Haddad",
        ),
        (
            (
                "“The bridge is safe,” engineer Paul Greer said.",
                "A local resident, retired pilot Dev Anand, said he would not cross it. “I have"
                " seen the cracks,” he said.",
            ),
            "Dev Anand",
        ),
        (
            (
                "“Nothing was missing,” Detective Anne Polk said.",
                "The first caller, shop owner Mira Das, said she had heard glass break. “I ran"
                " outside,” she told the jury.",
            ),
            "Mira Das",
        ),
        # `said he.` turns the subject round: the pronoun is still the subject
        (
            (
                "“We are ready,” said coach Tom Reyes.",
                "“Ready as we will ever be,” said he.",
            ),
            "Tom Reyes",
        ),
    ],
)
def test_a_pronoun_opening_what_was_said_is_no_inverted_subject(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a possessive pronoun and a role noun: the person named with that role
        (
            (
                "Fairweather-Oke's barrister, Alasdair Penhaligon, cross-examined the witness.",
                "The judge adjourned for lunch.",
                "His barrister told the court: “He will say so again.”",
            ),
            "Alasdair Penhaligon",
        ),
        (
            (
                "Kim Hale's lawyer, Ruth Obi, asked for bail. Hale's sister Mae Hale wept.",
                "“We will appeal,” her lawyer said.",
            ),
            "Ruth Obi",
        ),
        (
            (
                "Tom Reyes was hurt in the crash. His wife, Ana Reyes, was with him.",
                "“He is strong,” his wife said.",
            ),
            "Ana Reyes",
        ),
        # no one named with the role: nobody (not the client named last)
        (
            ("Tom Reyes was charged on Monday.", "“He is innocent,” his lawyer said."),
            None,
        ),
    ],
)
def test_a_possessive_pronoun_and_a_role_name_the_one_with_that_role(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker
