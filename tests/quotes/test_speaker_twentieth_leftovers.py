"""Mechanisms of issue 15 (the twentieth set's leftovers): a cleric's title kept beside a family
word that describes the same person (`Her daughter, the Rev X,` ... `the vicar said`); a title
with `of the` before a name read as the person's role (`Leader of the Opposition X`); a sentence
opened by a description's owner (`The Opposition leader’s verdict was shorter.`) before `he`; a
paragraph narrating `she` from its first sentence, after a quote of someone of unknown gender,
about the person opening the article (`In 2011 she was appointed MBE. She told the paper:`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a family word, then a cleric's title and a name: the office's noun later is the person
        (
            (
                "Her daughter, the Rev Lorna Aldous, will lead the funeral. Her son, Tom Aldous,"
                " will read.",
                "“Mum did not believe in fuss,” the vicar said.",
            ),
            "Lorna Aldous",
        ),
        (
            (
                "Her nephew, the Rev Ben Ode, read a lesson. Tom Hart, a neighbour, carried the"
                " coffin. “She was kind,” the rector said.",
            ),
            "Ben Ode",
        ),
        (
            (
                "His brother, Father Tom Aldous, spoke first. The mayor, Ann Lee, laid a wreath.",
                "“He was kind,” the priest said.",
            ),
            "Tom Aldous",
        ),
    ],
)
def test_a_title_beside_a_family_word_names_the_office(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # the family word still names the person
        (
            (
                "Her daughter, the Rev Lorna Aldous, will lead the funeral.",
                "“Mum did not believe in fuss,” her daughter said.",
            ),
            "Lorna Aldous",
        ),
        (
            (
                "Her son, the Rev Tom Aldous, and his sister, Ann Aldous, spoke.",
                "“We will miss her,” her son said.",
            ),
            "Tom Aldous",
        ),
        # a family word with no title makes no one the vicar
        (
            ("Her son, Tom Aldous, spoke at the service. “He was kind,” the vicar said.",),
            None,
        ),
        # a role before a title keeps its own noun (`parish priest`), as before
        (
            (
                "The parish priest, Father Tom Reilly, led the prayers. Ann Lee, a neighbour,"
                " spoke.",
                "“He knew every family,” the priest said.",
            ),
            "Tom Reilly",
        ),
    ],
)
def test_a_family_word_and_a_title_guards(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a title, `of the` and a capital before a name: the whole is the person's role
        (
            (
                "Then Leader of the House Ann Ode spoke. Later, Tom Hart spoke.",
                "“It was long,” the leader said.",
            ),
            "Ann Ode",
        ),
        (
            (
                "Chancellor of the Exchequer Rachel Moss spoke first. Tom Hart, a backbencher,"
                " replied.",
                "“We will see,” the chancellor said.",
            ),
            "Rachel Moss",
        ),
    ],
)
def test_a_title_of_the_before_a_name_is_the_role(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `of the` after a word that is no title makes no role
        (
            (
                "A friend of the Hart family Joe Ode spoke first. Ann Lee, a teacher, spoke too.",
                "“It was long,” the friend said.",
            ),
            None,
        ),
        # the role is the title's: a later noun of another office is still no one's
        (
            (
                "Leader of the House Ann Ode spoke. Tom Hart, the backbencher, replied.",
                "“It was long,” the backbencher said.",
            ),
            "Tom Hart",
        ),
    ],
)
def test_a_title_of_the_guards(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # the sentence before the pronoun's opens with a description's owner: that person
        (
            (
                "Leader of the Opposition Ann Ode asked four times. Tom Hart, a minister, was"
                " away.",
                "The Opposition leader’s verdict was shorter. “Still no buses,” she told"
                " reporters.",
            ),
            "Ann Ode",
        ),
        (
            (
                "The club’s new coach, Ana Ruiz, arrived in June. Her assistant, Tom Hart,"
                " followed.",
                "The new coach’s first match was a draw. “We deserved more,” she said.",
            ),
            "Ana Ruiz",
        ),
        (
            (
                "The mayor, Tom Hart, opened the bridge. Ann Lee, a resident, cut the ribbon.",
                "The mayor’s speech was short. “It is a good day,” he said.",
            ),
            "Tom Hart",
        ),
    ],
)
def test_a_description_s_owner_opening_the_sentence_before_is_the_pronoun(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a name between the owner's sentence and the pronoun is nearer
        (
            (
                "The mayor, Tom Hart, opened the bridge. Ann Lee, a resident, cut the ribbon.",
                "The mayor’s speech was short. Ann Lee was not impressed. “It is a bad day,” she"
                " said.",
            ),
            "Ann Lee",
        ),
        # an owner that describes no person (`the bridge’s`) changes nothing
        (
            (
                "The mayor, Tom Hart, opened the bridge. Ann Lee, a resident, cut the ribbon.",
                "The bridge’s opening was late. “It is a good day,” she said.",
            ),
            "Ann Lee",
        ),
        # what the owner owns is a person (`the mayor’s lawyer`): that one is the subject
        # (the latest person's given name says neither sex, so `he` is read as before)
        (
            (
                "The mayor, Tom Hart, opened the bridge. Sam Lee, a resident, cut the ribbon.",
                "The mayor’s lawyer was in court. “It is a sad day,” he said.",
            ),
            "Sam Lee",
        ),
        # a sentence that names its subject (`The lorry’s driver, X,`): the person `he` gives
        # is noted as a man, so a later `she` is not him
        (
            (
                "The lorry’s driver, Tom Hart, said he had checked his mirrors. “I never saw"
                " him,” he said.",
                "The widow was at the back. Her late husband started the lunches “so the house"
                " would not be quiet,” she said.",
            ),
            None,
        ),
        # an owner's noun no one holds (`the team’s`): the pronoun is read as before
        (
            (
                "The coach, Ana Ruiz, arrived. Tom Hart, her assistant, followed.",
                "The team’s first match was a draw. “We deserved more,” he said.",
            ),
            "Tom Hart",
        ),
    ],
)
def test_a_description_s_owner_guards(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


_LEDE = (
    "Mary Ode, who ran the village shop for 40 years, has died aged 90.",
    "Her son, Tom Ode, said she died at home.",
)
_OWNER = (
    "The shop's new owner, Robin Vale, said the village had lost a friend. “She knew every"
    " customer,” the owner said."
)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a paragraph narrating `she` from its first sentence: the article's first person
        (
            (
                *_LEDE,
                _OWNER,
                "In 1990 she won a prize. She told the local paper: “I only sold bread.”",
            ),
            "Mary Ode",
        ),
        (
            (*_LEDE, _OWNER, "In 1990 she won a prize. “I only sold bread,” she said."),
            "Mary Ode",
        ),
        (
            (
                "Tom Ode, who ran the village shop for 40 years, has died aged 90.",
                "His daughter, Mia Ode, said he died at home.",
                "The shop's new owner, Robin Vale, said the village had lost a friend. “He knew"
                " every customer,” the owner said.",
                "Last year he sold the shop. He told the local paper: “I only sold bread.”",
            ),
            "Tom Ode",
        ),
    ],
)
def test_a_paragraph_narrating_a_pronoun_goes_on_about_the_lede(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # the pronoun opens the paragraph: no narration before it, the nearest as before
        ((*_LEDE, _OWNER, "She told the local paper: “I only sold bread.”"), "Robin Vale"),
        # the nearest spoke in the pronoun's own paragraph
        (
            (
                *_LEDE,
                "The shop's new owner, Robin Vale, said the village had lost a friend.",
                "“She knew every customer,” the owner said. In 1990 she won a prize. She told the"
                " local paper: “I only sold bread.”",
            ),
            "Robin Vale",
        ),
        # the nearest is known to be a woman (`said she would`)
        (
            (
                *_LEDE,
                "The shop's new owner, Ann Vale, said she would keep its name. “Mary knew every"
                " customer,” the owner said.",
                "In 1990 she won a prize. She told the local paper: “I only sold bread.”",
            ),
            "Ann Vale",
        ),
        # the article opens with no person
        (
            (
                "The village shop closed on Friday after 40 years.",
                "Its owner, Mary Ode, said she was tired. Her son, Tom Ode, agreed.",
                "The new owner, Robin Vale, said the village had lost a friend. “She knew every"
                " customer,” the owner said.",
                "In 1990 she won a prize. She told the local paper: “I only sold bread.”",
            ),
            "Robin Vale",
        ),
    ],
)
def test_a_paragraph_narrating_a_pronoun_guards(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker
