"""Naming mechanisms of issue 15 from the sixteenth and seventeenth sets' leftovers (branch
speakers17f): a common noun for someone opening a sentence before a full name, and a body's
name whose words hold a group's plural possessive.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # the article writes the opening word in lower case only inside a quote: still the
        # article's common noun for someone, so no given name
        (
            (
                "Lodger Oswin Mallory-Keane, of Dunmere, said the rent had doubled. “Every "
                "room costs more,” he said.",
                "“No lodger can live on this,” the council was told.",
            ),
            "Oswin Mallory-Keane",
        ),
        (
            (
                "Volunteer Priya Tennant-Rhodes said the shelter was full. “We turn people "
                "away,” she said.",
                "The charity said: “We need one more volunteer a night.”",
            ),
            "Priya Tennant-Rhodes",
        ),
        # the word itself written in lower case in the article's own words
        (
            (
                "The scheme is open to any applicant over 18.",
                "Applicant Dorian Fellgate said the form took a week. “It was endless,” he said.",
            ),
            "Dorian Fellgate",
        ),
    ],
)
def test_a_common_noun_for_someone_opening_a_sentence_is_no_given_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[0] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a given name with a role noun's ending, never written in lower case, stays the name's
        (
            (
                "Vincent Ardley Moss said the bridge was unsafe. “It shakes,” he said.",
                "The council said it would inspect it.",
            ),
            "Vincent Ardley Moss",
        ),
        # inside a sentence the capital is the name's own even when the word is a common noun
        (
            (
                "The prize was announced on Friday. “I am amazed,” said Grant Bel Ostrow, a "
                "painter.",
                "The grant pays for a year in a studio.",
            ),
            "Grant Bel Ostrow",
        ),
    ],
)
def test_a_given_name_with_a_role_ending_is_kept(paragraphs, speaker):
    assert _speakers(*paragraphs)[0] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            (
                "Fans had waited for weeks. The Dunmore Rovers Supporters’ Trust said on Monday"
                " it had “no faith” in the owners. “We want answers,” the trust said.",
            ),
            ["Dunmore Rovers Supporters’ Trust", "Dunmore Rovers Supporters’ Trust"],
        ),
        (
            (
                "The Kelbrook Residents' Association said the plan was rushed. “Nobody asked "
                "us,” the association said.",
            ),
            ["Kelbrook Residents' Association"],
        ),
        (
            (
                "Pay talks stalled on Friday. “We will ballot,” said the Orland Teachers’ Union,"
                " which speaks for 900 staff.",
            ),
            ["Orland Teachers’ Union"],
        ),
    ],
)
def test_a_groups_plural_possessive_inside_a_bodys_name_keeps_it_whole(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # a person's possessive (`’s`) before a body's word: the person is still named
        (
            ("Mara Voss said Peter’s Trust had paid for the hall. “It was a gift,” she said.",),
            ["Mara Voss"],
        ),
        # a surname's bare apostrophe is no plural of a role: the body is not joined to it
        (
            ("Lena Ortiz said Jonas’ Trust was late. “It always is,” Ortiz said.",),
            ["Lena Ortiz"],
        ),
    ],
)
def test_a_persons_possessive_joins_no_body(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # the -ing word opens the name inside a sentence too: the name's own, a body's name
        (
            (
                "The winger, 22, joined from Wandering Montorio on Friday.",
                "Wandering Montorio said the fee was a record. “He leaves with our thanks,” the "
                "Italian club said.",
            ),
            ["Wandering Montorio"],
        ),
        (
            (
                "The band toured with Rolling Harbour in May.",
                "Rolling Harbour said the dates were cancelled. “We are sorry,” the group said.",
            ),
            ["Rolling Harbour"],
        ),
    ],
)
def test_an_ing_word_the_article_writes_inside_a_name_keeps_the_body(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # only at a sentence's start: the capital may be the sentence's, no name's
        (
            ("Speaking Ortiz said the vote was close. “It was,” she said.",),
            ["Ortiz"],
        ),
        # a given name that ends like a participle stays a person's
        (
            (
                "The fund was set up with Sterling Okafor in 2019.",
                "Sterling Okafor said it had grown. “It doubled,” he said.",
            ),
            ["Sterling Okafor"],
        ),
    ],
)
def test_an_ing_word_only_opening_sentences_is_no_name(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # `the group` of a body of members that spoke last (branch speakers26b)
        (
            (
                "The Senate voted on the bill on Monday.",
                "The Harbour Pilots Council, which represents the pilots, said in a statement "
                "that the bill was wrong. “It has no evidence behind it,” the group said.",
            ),
            ["Harbour Pilots Council"],
        ),
        (
            (
                "Tenants were told on Friday.",
                "The Riverside Tenants Association said the rents were too high. “Nobody can "
                "pay this,” the group said.",
            ),
            ["Riverside Tenants Association"],
        ),
        (
            (
                "The plan was published in May.",
                "The Coastal Anglers Alliance said it would fight the plan in court. “We will "
                "not let this go,” the group said.",
            ),
            ["Coastal Anglers Alliance"],
        ),
        # a ministry is no group, and `the council` is still no association
        (
            (
                "The Health Ministry said the bill was wrong. “It has no evidence behind it,” "
                "the group said.",
            ),
            [None],
        ),
        (
            (
                "The Harbour Pilots Association said the bill was wrong. “It has no evidence "
                "behind it,” the council said.",
            ),
            [None],
        ),
    ],
)
def test_the_group_is_a_body_of_members_that_spoke_last(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # a person's noun no one holds, after the paragraph's one speaker named by a titled
        # surname two people share: that speaker (branch speakers26b)
        (
            (
                "Arthur Quennell, 84, has farmed the valley since 1961. “It was all orchards,” "
                "he said.",
                "His daughter, Ruth Quennell, runs the farm shop. “We sell what we grow,” she "
                "said.",
                "The council said it would review the plan.",
                "Mr Quennell said the road had ruined the valley. “I will not see it mended,” "
                "the farmer said.",
            ),
            ["Arthur Quennell", "Ruth Quennell", "Arthur Quennell"],
        ),
        # the title's sex chooses between the namesakes
        (
            (
                "Hilda Marwick, 79, said the firm had let her down. “I rang every day,” she said.",
                "Her son, Dennis Marwick, rang too. “Nobody answered,” he said.",
                "Mrs Marwick said the refund was late. “I waited all winter,” the pensioner said.",
            ),
            ["Hilda Marwick", "Dennis Marwick", "Hilda Marwick"],
        ),
        (
            (
                "Idris Penhale, 70, ran the pier for years. “We had crowds,” he said.",
                "His wife, Morwenna Penhale, kept the books. “We never lost money,” she said.",
                "Mr Penhale said the storm had finished it. “There is nothing to save,” the "
                "pensioner said.",
            ),
            ["Idris Penhale", "Morwenna Penhale", "Idris Penhale"],
        ),
        # another person named before the description in its paragraph: the one named last
        (
            (
                "Hilda Marwick, 79, said the firm had let her down. “I rang every day,” she said.",
                "Her son, Dennis Marwick, rang too. “Nobody answered,” he said.",
                "Mrs Marwick said Carl Dobson had called. “I waited all winter,” the pensioner "
                "said.",
            ),
            ["Hilda Marwick", "Dennis Marwick", "Carl Dobson"],
        ),
    ],
)
def test_a_persons_noun_is_the_paragraphs_one_speaker(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # the saying verb sits in the question a sentence opens with; the description with
        # a verb of manner before the colon speaks (branch speakers26b)
        (
            (
                "Harwell Town coach Imogen Straker said the draw was fair.",
                "Their striker, Kofi Ambrose-Lyle, was sent off late on. Asked what he had told "
                "the striker afterwards, the coach grinned: “Not much you could print.”",
            ),
            ["Imogen Straker"],
        ),
        (
            (
                "Conductor Pavel Ostrander-Lee led the orchestra through the new symphony.",
                "The soloist, Anneke Voss, missed her cue twice. Asked whether she had said "
                "anything to the soloist, the conductor shrugged: “We both know.”",
            ),
            ["Pavel Ostrander-Lee"],
        ),
        (
            (
                "Mayor Teodora Balasz said the bridge would reopen.",
                "The contractor, Gideon Ferris, blamed the weather. Asked why he had said the "
                "work was late, the mayor laughed: “Ask him.”",
            ),
            ["Teodora Balasz"],
        ),
        # the saying verb after the question is the clause's own: its subject speaks
        (
            (
                "Harwell Town coach Imogen Straker said the draw was fair.",
                "Their striker, Kofi Ambrose-Lyle, was sent off late on. Asked what happened, "
                "Ambrose-Lyle said this: “I lost my head.”",
            ),
            ["Kofi Ambrose-Lyle"],
        ),
    ],
)
def test_a_description_after_an_asked_opening_speaks_before_a_colon(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers
