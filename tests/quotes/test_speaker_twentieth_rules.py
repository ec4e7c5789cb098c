"""Mechanisms of issue 15 (the rule base's open classes after the nineteenth set): a group's
plural possessive inside a body's name before any capital; a name followed by `, which` is a
body's; a description of a kind of body the article never wrote for it, which one name's last
word implies (`Oakridge Homes` ... `the housing association`); a verb of blame or praise naming a
partial quote with a described subject, the description matched to the role a person was given;
a work named in apposition (`The play, X,`) is no person a pronoun may mean; a trade the article
shows but never names (`X has played a queen` ... `the actor`), a person a `For the actor,` sentence
is about, and family descriptions matched to the relations the article gave.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # inside a name, a plural possessive of a noun for people keeps the name going
        (
            (
                "A patient group, Northfield Patients’ Voice, backed the doctors. ‘People have "
                "waited long enough,’ the group said.",
            ),
            "Northfield Patients’ Voice",
        ),
        (
            (
                "A charity, Eastbrook Carers' Forum, said the cuts were unfair. “We were not "
                "asked,” the charity said.",
            ),
            "Eastbrook Carers' Forum",
        ),
        (
            (
                "Rents rose again in May. Hollin Tenants’ Action said the rise broke a promise. "
                "“We will fight it,” the campaign said.",
            ),
            "Hollin Tenants’ Action",
        ),
    ],
)
def test_a_plural_possessive_inside_a_body_name_keeps_it_going(paragraphs, speaker):
    assert _speakers(*paragraphs)[0] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a person's possessive (`’s`) before a capital ends the name
        (
            ("Coach Ana Marlow’s Tuesday session was cancelled. “We need rest,” said Marlow.",),
            "Ana Marlow",
        ),
        # a plural that is no noun for people (`Smiths`) ends the name at its apostrophe
        (
            ("The Kelso Smiths’ Harvey Lane shop closed. “It was time,” said Harvey Lane.",),
            "Harvey Lane",
        ),
    ],
)
def test_other_possessives_still_end_a_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[0] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `X, which ...`: a thing's relative pronoun makes the name a body's, so that a noun for
        # a body said later points back at it
        (
            (
                "Corbel Water, which supplies 80,000 homes, said the pipe had burst. “We will fix "
                "it this week,” the utility said.",
            ),
            "Corbel Water",
        ),
        (
            (
                "Residents in Kelby complained of mould. Hillcrest Homes, which manages 900 flats "
                "there, denied the claims. “Every complaint is logged,” the association said.",
            ),
            "Hillcrest Homes",
        ),
    ],
)
def test_a_name_before_which_is_a_body(paragraphs, speaker):
    assert _speakers(*paragraphs)[0] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # `who` and `whose` keep a person a person
        (
            (
                "Marta Quill, who runs the shelter, said it was full. “We turn people away,” "
                "she said.",
                "Ana Brook, whose son was turned away, was angry. “Nobody helped,” she said.",
            ),
            ["Marta Quill", "Ana Brook"],
        ),
        # a place before `, which` is no speaker either way
        (
            (
                "The flood reached Lower Brinton, which lies below the dam, on Sunday. “It came "
                "so fast,” said farmer Tom Ash.",
            ),
            ["Tom Ash"],
        ),
    ],
)
def test_who_and_whose_keep_a_person(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Tenants in Dunford say their flats are cold. Oakridge Homes said it had spent "
                "£400,000 on repairs.",
                "“We are listening to every tenant,” the housing association said.",
            ),
            "Oakridge Homes",
        ),
        (
            (
                "The new musical opened at the Lantern Playhouse on Friday, and the queue went "
                "round the block.",
                "Director Sam Okoro said he was relieved.",
                "“Every seat is gone until June,” the theatre said.",
            ),
            "Lantern Playhouse",
        ),
        # a person whose surname is a kind's word (`Mayor Dana Gas`, a role and a gender) is no
        # second candidate
        (
            (
                "Power cuts hit Kelby again on Monday. Mayor Dana Gas said the city would "
                "complain. “This cannot go on,” she said.",
                "Northvale Energy said crews were on site. “Power will be back tonight,” the "
                "supplier said.",
            ),
            "Northvale Energy",
        ),
    ],
)
def test_a_kind_a_name_implies_points_back_at_that_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_two_names_of_the_kind_leave_the_description_unresolved():
    found = _speakers(
        "Two landlords own the estate. Oakridge Homes said it had spent £400,000 on repairs, and"
        " Fenwick Homes said it would spend more.",
        "“We are listening to every tenant,” the housing association said.",
    )
    assert found == [None]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "“We will not approve it,” said Nadia Orr, the council’s chief planning officer.",
                "The council’s chief planning officer accused developers of “cutting every "
                "corner”.",
            ),
            "Nadia Orr",
        ),
        (
            (
                "“The vote was clear,” said Owen Pryce, the party’s deputy leader. Members "
                "backed him.",
                "The party’s deputy leader praised volunteers for their “quiet heroism” in the "
                "campaign.",
            ),
            "Owen Pryce",
        ),
    ],
)
def test_a_described_subject_blames_or_praises_in_a_partial_quote(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker, speaker]


def test_a_description_no_role_holds_names_nobody():
    found = _speakers(
        "“We will not approve it,” said Nadia Orr, a planning officer.",
        "The council’s chief executive accused developers of “cutting every corner”.",
    )
    assert found == ["Nadia Orr", None]


def test_a_plural_subject_praising_gives_a_label_not_words():
    found = _speakers(
        "Rescuers worked through the night. Officials praised the “heroic” effort.",
        "The accused told the court he was “very sorry” for what happened.",
    )
    assert found == [None]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Dana Moss spent four years on her first feature. The film, Harbour Lights, was "
                "shot in Cork over a wet winter. “It rained every day,” she says.",
            ),
            "Dana Moss",
        ),
        (
            (
                "Ravi Chandra wrote for television for a decade. His novel, Silent Orchard, took "
                "six years. “I threw away two drafts,” he said.",
            ),
            "Ravi Chandra",
        ),
        # a comma after a phrase, not an apposition: the name after it is a person's
        (
            ("In the film, Dana Moss plays a nurse. “I trained for a month,” she said.",),
            "Dana Moss",
        ),
    ],
)
def test_a_work_named_in_apposition_is_no_person(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # `the elder sister` of the sibling the article called `her younger sister`
        (
            (
                "Ada Kettering-Moss has run the farm since 2010. Her younger sister, Bea "
                "Kettering-Moss, joined her last year.",
                "“It was her idea,” Bea says.",
                "Asked about the harvest, the elder sister smiles. “Ask me in October,” she says.",
            ),
            ["Bea Kettering-Moss", "Ada Kettering-Moss"],
        ),
        # `His brother, who ..., shrugs` of the one given that relation, not the last speaker
        (
            (
                "Leon Vale, 40, opened the gym in 2019. His younger brother, Max Vale, trains "
                "there.",
                "“We nearly closed in the first year,” Leon says.",
                "His brother, who lives nearby, shrugs. “I only lift the boxes,” he says.",
            ),
            ["Leon Vale", "Max Vale"],
        ),
        # no relation given a name: the description is read as before
        (
            (
                "Ada Kettering-Moss has run the farm since 2010. Her sister visits each summer.",
                "Asked about the harvest, the older sister smiles. “Ask me in October,” she says.",
            ),
            ["Ada Kettering-Moss"],
        ),
    ],
)
def test_family_descriptions_follow_the_relations_given(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # a trade shown (`has played`), never named: `the actor` is the one shown, not the
        # person named last
        (
            (
                "Ines Varga has played a queen and a nurse. Her brother, Tom Varga, flies planes.",
                "“I did not want the part,” the actor says.",
            ),
            ["Ines Varga"],
        ),
        # `For the actor,` makes the person it describes the one a `she` after it means
        (
            (
                "Ines Varga has played a queen and a nurse.",
                "Her director, Ana Lutz, was proud. “She never misses a cue,” Lutz said.",
                "For the actor, the last scene is the hardest. “I cry every night,” she says.",
            ),
            ["Ana Lutz", "Ines Varga"],
        ),
        # two people shown playing: no one of them by the trade (the person named last, as before)
        (
            (
                "In the new staging Ines Varga plays the widow and Tom Varga plays her son.",
                "“I did not want the part,” the actor says.",
            ),
            ["Tom Varga"],
        ),
        # `For the moment,`: no noun for a person, no one made the topic
        (
            (
                "Ines Varga has played a queen and a nurse.",
                "Her director, Ana Lutz, was proud. “She never misses a cue,” Lutz said.",
                "For the moment, the tour is on hold. “We wait for the money,” she says.",
            ),
            ["Ana Lutz", "Ana Lutz"],
        ),
        # a capital before `stars` that names no one known (`two Michelin stars later`) shows
        # no trade: `For the actor, ... she says` goes to the woman named, and parses at all
        (
            (
                "When Ada Quill opened her bistro, critics gave it a year. Two Michelin stars "
                "later, she still cooks there.",
                "For the actor, the first scene is hardest. “You want to help,” she says.",
            ),
            ["Ada Quill"],
        ),
    ],
)
def test_a_trade_shown_and_a_person_made_the_topic(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers
