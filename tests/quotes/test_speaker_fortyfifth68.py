"""Speakers68: the forty-fifth stress set's misses outside bare generic nouns: `who said` after a
person's workplace, a pronoun opening a paragraph, `he replied:` after a resolved role, a trade
noun of the person whose clause stated it, a partial of an unnamed person.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quotes import analyse_quotes
from tests.quotes.helpers import speakers as _speakers

# --- `X, <role> at the <Body>, who said` -> X --------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Prices rose sharply, according to Dr Mara Voss, an economist at the University of "
            'Keldor, who said the rise was "long overdue".',
            "Mara Voss",
        ),
        (
            "Fish stocks fell, according to Rona Pike, director of the Marlow Sea Trust, who "
            'called the losses "a scandal".',
            "Rona Pike",
        ),
        (
            "The vote was close, said Idris Fennel, a senior lecturer in law at Dunmore College, "
            'who described the result as "a coin toss".',
            "Idris Fennel",
        ),
        # near-misses: `which` stands for the body; a body named without a person's role
        (
            'The grant came from the Marlow Sea Trust, which said the losses were "a scandal".',
            "Marlow Sea Trust",
        ),
        (
            'Talks stalled after Tom Reed met the Harbour Board, which called the plan "a mess".',
            "Harbour Board",
        ),
    ],
)
def test_who_after_a_workplace_is_the_person(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


# --- a partial inside `, who ...` about someone unnamed -> no one -------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Mayor Jon Bell told councillors that he had met the housing minister, who had "
            'promised to "look again" at the plan.',
            None,
        ),
        (
            "Union leader Kofi Asare said he had written to a senior manager at the plant, who "
            'replied that the cuts were "not negotiable".',
            None,
        ),
        (
            "Ruth Obi told the inquiry she had phoned her line manager, who warned her to "
            '"keep quiet" about the leak.',
            None,
        ),
        # near-misses: the relative closed by a comma, `which`, `who he described as`, the
        # subject's own relative
        (
            "Mayor Jon Bell told councillors that the housing minister, who was in London, had "
            '"no plans" to visit.',
            "Jon Bell",
        ),
        (
            'Mayor Jon Bell said the plan, which had been "years in the making", was dead.',
            "Jon Bell",
        ),
        (
            "Mayor Jon Bell told councillors that the housing minister, who he described as "
            '"a friend", would visit.',
            "Jon Bell",
        ),
        ('Ann Ward, who chairs the board, said the plan was "unworkable".', "Ann Ward"),
    ],
)
def test_a_partial_of_someone_unnamed_in_a_relative(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


# --- `Y asked why ...` closing a paragraph, then `“...,” he said`: the answer is not Y's -------

_MINISTER = "Housing Minister Tom Ardley told the chamber that 500 homes would be built this year."


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            (
                f"{_MINISTER} Councillor Piet Snell asked whether the same pledge had been made "
                "in 2022.",
                '"This year the land is bought," he said.',
            ),
            ["Tom Ardley"],
        ),
        (
            (
                "Head teacher Ana Brisco said the school would reopen on Monday. Parent Maria "
                "Dace asked how the roof could be fixed in three days.",
                '"The builders have worked through the night," she said. "It is safe."',
            ),
            ["Ana Brisco", "Ana Brisco"],
        ),
        (
            (
                "Coach Ivan Petrov named an unchanged side on Friday. Reporter Jim Hale asked him "
                "why the young striker had been left out again.",
                '"He is not ready yet," he said.',
            ),
            ["Ivan Petrov"],
        ),
        # near-misses: a statement, not a question; `asked` someone to do something; the asker
        # alone in the article
        (
            (
                f"{_MINISTER} Councillor Piet Snell said the same pledge had been made in 2022.",
                '"We heard this before," he said.',
            ),
            ["Piet Snell"],
        ),
        (
            (
                f"{_MINISTER} Councillor Piet Snell asked the minister to resign.",
                '"He has failed," he said.',
            ),
            ["Piet Snell"],
        ),
        (
            (
                "Councillor Piet Snell asked why the same pledge had been made in 2022.",
                '"Nobody has answered me," he said.',
            ),
            ["Piet Snell"],
        ),
    ],
)
def test_the_answer_to_a_question_is_not_the_askers(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


# --- `The manager said ... he replied:` after someone unnamed: the role's person --------------


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            (
                "The school's head, Daniel Orrin, said classes would resume on Monday.",
                "One parent, who asked not to be named, said the roof had leaked for years.",
                'The head said the builders had been "on site since dawn". Asked whether the '
                'hall was safe, he replied: "Yes. It was checked twice."',
            ),
            ["Daniel Orrin", "Daniel Orrin"],
        ),
        (
            (
                "The port's harbour master, Keld Brandt, said the berth would reopen in May.",
                "A crane driver, who did not want to be named, said the work was behind.",
                'The harbour master said the delay was "a matter of weeks". He added: "We have '
                'the steel."',
            ),
            ["Keld Brandt", "Keld Brandt"],
        ),
        (
            (
                "The mill's owner, Rosa Vint, said orders had fallen by half.",
                "A weaver, who asked not to be named, said wages were late.",
                'The owner said the figures were "very grim". Asked about wages, she said: '
                '"They will be paid on Friday."',
            ),
            ["Rosa Vint", "Rosa Vint"],
        ),
        # near-misses: no role spoke since the unnamed person, the pronoun is theirs
        (
            (
                "The clinic's director, Dr Lena Ferro, said the wards were full.",
                "A nurse, who asked not to be named, said she had worked three double shifts.",
                '"We are exhausted," she said.',
            ),
            [None],
        ),
        (
            (
                "The clinic's director, Dr Lena Ferro, said the wards were full.",
                "A nurse, who asked not to be named, said staff were exhausted. The building was "
                "cold.",
                '"Nobody comes to fix the heating," she said.',
            ),
            [None],
        ),
    ],
)
def test_a_pronoun_after_a_resolved_role_past_someone_unnamed(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


# --- a post stated bare after a copula: `X has been coxswain at ...` -> `the coxswain` ---------


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            (
                "Mina Sorel, 58, has been headmistress at Carrow Primary since 2009.",
                '"We have never had a winter like this," the headmistress said.',
            ),
            ["Mina Sorel"],
        ),
        (
            (
                "Olek Brandt is chairman of the Fenwick rowing club and has coached there for "
                "20 years.",
                '"The river has never been this high," the chairman said.',
            ),
            ["Olek Brandt"],
        ),
        (
            (
                "Tariq Osei became harbourmaster at Lenby last spring.",
                '"The silt comes back every tide," the harbourmaster said.',
            ),
            ["Tariq Osei"],
        ),
        # near-misses: the post named but not said of anyone; no post at all
        (
            (
                "Mina Sorel, 58, said the post of headmistress at Carrow Primary had been vacant.",
                '"We have never had a winter like this," the headmistress said.',
            ),
            [None],
        ),
        (
            (
                "Mina Sorel, 58, said the school would stay open.",
                '"We have never had a winter like this," the headmistress said.',
            ),
            [None],
        ),
    ],
)
def test_a_bare_post_after_a_copula(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


# --- `X, general manager of the <Words> Resort,` -> `the hotelier`; a resort is a body ---------


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            (
                "Ade Kole, owner of the Palm Cove Motel, said bookings had halved since March.",
                '"People stopped driving this road when the bridge closed," the hotelier said.',
            ),
            ["Ade Kole"],
        ),
        (
            (
                "Ines Varga, manager of the Sunview Resort in Tala, said the pool had been shut "
                "for a week.",
                '"We refunded every guest," the hotelier said.',
            ),
            ["Ines Varga"],
        ),
        (
            (
                "Bram Osei, general manager of the Coral Bay Resort, and his deputy met the "
                "minister on Monday.",
                '"We need the road fixed before the season," the hotelier said.',
            ),
            ["Bram Osei"],
        ),
        # near-miss: the resort speaks as itself, a body
        (
            (
                'The Coral Bay Resort said the pool was "perfectly safe" and would reopen on '
                "Friday.",
            ),
            ["Coral Bay Resort"],
        ),
    ],
)
def test_a_resort_manager_is_the_hotelier(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


def test_a_resort_is_an_organisation():
    found = analyse_quotes(
        ['The Coral Bay Resort said the pool was "perfectly safe" and would reopen on Friday.']
    )
    assert [(s.name, s.kind) for s in found.speakers] == [("Coral Bay Resort", "organisation")]


# --- `the cannery's managing director said` -> the one given that whole post -------------------

_BAKERY = (
    "Lund Bakeries told staff on Monday that its oldest oven line would close. The managing "
    "director, Ola Brandt, said the site had lost money for two years."
)


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            (
                _BAKERY,
                "The union said it would fight the closure.",
                "Bakers at the gate said they had heard nothing.",
                "The bakery's managing director said he hoped to reopen the line "
                '"when flour prices fall".',
            ),
            ["Ola Brandt"],
        ),
        (
            (
                "Sky Lanka said it would cancel 40 flights. Its chief executive, Rui Lima, "
                "blamed fuel costs.",
                "Passengers queued at the desks for hours.",
                'The airline\'s chief executive said refunds would be paid "within a fortnight".',
            ),
            ["Rui Lima"],
        ),
        (
            (
                "The Harrow River Trust has a new deputy chair, Ama Kofi, who took over in May.",
                "Anglers have complained about the water for months.",
                'The trust\'s deputy chair said the tests showed "nothing unusual".',
            ),
            ["Ama Kofi"],
        ),
        # near-misses: another post of the body; the post given to no one
        (
            (_BAKERY, 'The bakery\'s finance director said the losses were "not sustainable".'),
            [None],
        ),
        (
            (
                "Lund Bakeries told staff on Monday that its oldest oven line would close.",
                'The bakery\'s managing director said the losses were "not sustainable".',
            ),
            [None],
        ),
    ],
)
def test_a_post_of_a_body_by_its_noun(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


# --- `X has fished ... for more than half a century` -> `the fisherman`; a trade noun opening ---
# --- a paragraph after a paragraph of one named person's quotes that names no one ------------


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            (
                "Samuel Oduya, 70, has fished out of Kisumu for more than half a century.",
                "The county's new jetty opened on Monday.",
                '"Somebody has to pay for the nets," the fisherman said.',
            ),
            ["Samuel Oduya"],
        ),
        (
            (
                "Ana Lobo, 80, has farmed the valley for over half a century.",
                "The dam was finished last spring.",
                '"The river is not what it was," the farmer said.',
            ),
            ["Ana Lobo"],
        ),
        (
            (
                "Pat Kerr, 61, has cut the grass at Mill Park for 30 years.",
                '"It floods every spring," the 61-year-old said.',
                '"Nobody sees the work until it rains." The groundsman said the drains were a '
                "century old.",
            ),
            ["Pat Kerr", "Pat Kerr"],
        ),
        (
            (
                "Rita Vale, 70, has run the village shop since 1981.",
                '"We have never seen prices like these," the 70-year-old said.',
                '"I put the bread up twice this month." The shopkeeper said she would not close.',
            ),
            ["Rita Vale", "Rita Vale"],
        ),
        # near-misses: a deed done once, not a working life; the paragraph before is someone
        # unnamed's, or a body's
        (
            (
                "Samuel Oduya, 70, has fished a body out of the lake near Kisumu.",
                "The county's new jetty opened on Monday.",
                '"Somebody has to pay for the nets," the fisherman said.',
            ),
            [None],
        ),
        (
            (
                "Pat Kerr, 61, has cut the grass at Mill Park for 30 years.",
                'A neighbour, who asked not to be named, said the park "floods every spring".',
                '"Nobody sees the work until it rains." The groundsman said the drains were a '
                "century old.",
            ),
            [None, None],
        ),
        (
            (
                "The Vila Nova fishing co-operative said catches had fallen by a third.",
                '"The quota is too low," the co-operative said.',
                '"Nobody listens to us." The fisherman said the boats would stay in port.',
            ),
            [None, None],
        ),
    ],
)
def test_a_trade_noun_of_the_person_just_quoted(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


def test_a_spokeswoman_is_not_the_person_just_quoted():
    found = _speakers(
        "Lawmaker Ivo Dane said the recall had come far too late.",
        '"Seven months is not routine, it is late," the legislator said.',
        'Asked about refunds, the spokeswoman said: "Patient safety comes first."',
    )
    assert found == ["Ivo Dane", None]


# --- `A notice pinned to the gate by the hospital asks ...` -> the body that posted it --------


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            (
                "Harwick District Council closed the footbridge on Friday.",
                "A notice fixed to the railings by the council asks walkers to "
                '"use the ford crossing until further notice".',
            ),
            ["Harwick District Council"],
        ),
        (
            (
                "The Lenby Museum reopened its east wing last week.",
                'A sign from the museum said visitors should "keep to the marked route".',
            ),
            ["Lenby Museum"],
        ),
        (
            (
                "Dunmore Rovers have sold every ticket for Saturday's cup tie.",
                "A poster put up outside the ground by the club says fans must "
                '"arrive two hours early".',
            ),
            ["Dunmore Rovers"],
        ),
        # near-misses: a notice by a person; a notice that is not the subject
        (
            (
                "Harwick District Council closed the footbridge on Friday.",
                'A notice fixed to the railings by a resident said the closure was "a scandal".',
            ),
            [None],
        ),
        (
            (
                "Harwick District Council closed the footbridge on Friday.",
                'A walker who read the notice by the council said it was "a joke".',
            ),
            [None],
        ),
    ],
)
def test_a_notice_speaks_for_the_body_that_posted_it(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers
