"""Pronoun and description mechanisms of issue 15 (seventeenth round), from the misses of
quotes_stress_seventeenth and the earlier sets: agreement of a pronoun or description with what
the article has shown its referent to be.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a lone capital called `the union` is a body: a later `she` is no longer free to take it
        (
            (
                "Ana Ruiz, the mayor, called the vote.",
                "Unitas, which represents the cleaners, said it would ballot them. “We were not"
                " asked,” the union said.",
                "A reply came on Friday. “They were,” she said.",
            ),
            "Ana Ruiz",
        ),
        (
            (
                "Lena Ortiz, the club's manager, spoke first.",
                "Forvik said the deal was off. “No terms were agreed,” the company said.",
                "Her assistant was not surprised. “We expected it,” she said.",
            ),
            "Lena Ortiz",
        ),
    ],
)
def test_a_body_called_by_a_body_noun_takes_no_she(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `The council leader rejected ...`: the person whose role is the council's leader, not
        # the council, is what the sentence makes salient
        (
            (
                "The council’s leader, Ana Ruiz, and her deputy, Tom Vella, met the unions.",
                "Unitas, a cleaners’ union, called the offer an insult.",
                "The council leader rejected that account. “The offer stands,” she said.",
            ),
            "Ana Ruiz",
        ),
        (
            (
                "Ana Ruiz, the union’s president, met the minister, Tom Vella.",
                "Officials at the ministry were pleased. Kai Moss, its press chief, said so.",
                "The union president disagreed. “Nothing is settled,” she said.",
            ),
            "Ana Ruiz",
        ),
        # a body's noun alone still makes the body salient
        (
            (
                "Harwick Council met Ana Ruiz on Monday.",
                "The council rejected her account. “The offer stands,” it said.",
            ),
            "Harwick Council",
        ),
    ],
)
def test_a_body_noun_then_a_title_is_that_persons(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `the former minister`: not the one whose role is the minister's now
        (
            (
                "Health Minister Ana Ruiz said the plan was sound.",
                "Her predecessor, Tom Vella, who drew up the first plan, disagreed. “It will not"
                " survive a winter,” the former minister said.",
            ),
            "Tom Vella",
        ),
        (
            (
                "Ana Ruiz, the club's chairwoman, spoke first.",
                "Tom Vella, the former chairman, was blunter. “Sell the ground,” the former"
                " chairman said.",
            ),
            "Tom Vella",
        ),
        # a role that says it was held before is what `the former X` names
        (
            (
                "Ana Ruiz, a former finance minister, and Tom Vella, the trade minister, spoke.",
                "“Rates must rise,” the former minister said.",
            ),
            "Ana Ruiz",
        ),
        # without `former`, the serving minister as before
        (
            (
                "Health Minister Ana Ruiz said the plan was sound.",
                "Her predecessor, Tom Vella, disagreed. “It will work,” the minister said.",
            ),
            "Ana Ruiz",
        ),
    ],
)
def test_the_former_x_is_not_whoever_holds_x_now(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a name inside `who <verb> ...` is what the clause is about: a description after it
        # points back to the person the clause describes
        (
            (
                "Tom Vella, a former enterprise minister who represents Galway West, said the"
                " cuts were foreseeable. “Too late,” the former minister said.",
            ),
            "Tom Vella",
        ),
        (
            (
                "Ana Ruiz, who advises Harbury Town, said the season was over. “We are done,”"
                " the adviser said.",
            ),
            "Ana Ruiz",
        ),
        (
            (
                "Tom Vella, whose firm supplies Norvik Steel, said prices would rise.",
                "“Nobody can absorb this,” the supplier said.",
            ),
            "Tom Vella",
        ),
    ],
)
def test_a_name_in_a_relative_clause_is_not_the_description(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `they` right after unnamed people spoke is theirs, not the body that spoke before
        (
            (
                "“We will help everyone find work,” Norvik Steel Ltd said of the Tarrow plant.",
                "Two welders, who asked not to be named, said the news was no surprise. “We saw"
                " the orders go,” they said.",
            ),
            None,
        ),
        (
            (
                "“We will help everyone find work,” Norvik Steel Ltd said of the Tarrow plant.",
                "Dozens of drivers said the closure would cost them work. “We have nowhere to"
                " go,” they said.",
            ),
            None,
        ),
        # a body that spoke last is still `they`
        (
            (
                "“We will help everyone find work,” Norvik Steel Ltd said of the Tarrow plant.",
                "“We saw the orders go,” they said.",
            ),
            "Norvik Steel Ltd",
        ),
    ],
)
def test_they_after_unnamed_speakers_is_nobody_named(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `it` with no body speaking yet: the body named last in its paragraph
        (
            (
                "Judge Ana Ruiz ruled for the tenants.",
                "The tenants were represented by the housing charity Roofline. “This is a"
                " turning point,” it said.",
            ),
            "Roofline",
        ),
        (
            (
                "Tom Vella lost his case on Monday.",
                "He was backed by the campaign group Open Roads. “We will appeal,” it said.",
            ),
            "Open Roads",
        ),
    ],
)
def test_it_with_no_body_speaking_is_the_body_named_in_its_paragraph(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `the company` of a body the article called by another company noun
        (
            (
                "The insurer, Cathcart Mutual, said the policy had lapsed.",
                "“We sympathise, but the claim fell outside the cover,” the company said.",
            ),
            "Cathcart Mutual",
        ),
        (
            (
                "Judge Ana Ruiz heard the claim.",
                "The lender, Orvane Mutual, said the loan had been called in properly. “Every"
                " notice was sent,” the bank said.",
            ),
            "Orvane Mutual",
        ),
        # a body spoken for by its spokesperson, then its trade's noun
        (
            (
                "A spokesperson for Northway Rail said the offer was fair.",
                "“We urge the union to ballot,” the operator said.",
            ),
            "Northway Rail",
        ),
        # `the operator` with no body about: a person's trade, as before
        (
            (
                "Tom Vella has worked the tower crane at the port for 30 years.",
                "“It sways in the wind,” the operator said.",
            ),
            "Tom Vella",
        ),
    ],
)
def test_a_body_noun_matches_the_kind_the_article_gave_the_body(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `they` of a couple named as `First and First Surname`: the two of them
        (
            (
                "The charity needs £3m by April, Harbury Hospice Trust said.",
                "Ann and Tom Lee, whose son was cared for there, raised £18,000. “It gave us"
                " somewhere to be a family,” they said.",
            ),
            "Ann and Tom Lee",
        ),
        (
            (
                "A wedding venue has been ordered to repay its customers.",
                "Mia and Jonas Ortiz-Berg, who owned Willowmere Barn, told the court they had"
                " lost everything. “We are ruined too,” they said.",
            ),
            "Mia and Jonas Ortiz-Berg",
        ),
        # one person named last is no couple: nobody, as before
        (
            (
                "“We will help everyone,” Norvik Steel Ltd said.",
                "Tom Lee, a welder, was there. “We saw it coming,” they said.",
            ),
            None,
        ),
    ],
)
def test_they_of_a_couple_named_together_is_the_couple(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `The lead author was ...` makes the one who led the study salient for `she`
        (
            (
                "“There was green,” said Ana Ruiz, a biologist who led the study.",
                "Her co-author, Tom Vella, was cautious. “A dish is not a mountain,” the ecologist"
                " said.",
                "The lead author was more hopeful. “The ice is a seed bank,” she said.",
            ),
            "Ana Ruiz",
        ),
        (
            (
                "Ana Ruiz, the study’s lead researcher, presented the data.",
                "Her co-author, Tom Vella, was cautious. “Too early,” the chemist said.",
                "The lead researcher disagreed. “It is not early at all,” she said.",
            ),
            "Ana Ruiz",
        ),
    ],
)
def test_the_lead_author_as_a_subject_makes_the_lead_salient(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a noun for a person, of no role given and no agent ending, after the one person who
        # has spoken in its paragraph: that person
        (
            (
                "The opera opened on Thursday.",
                "Tom Vella, who sings Macbeth, said the set had changed the role for him."
                " “He is a foreman now,” the baritone said.",
            ),
            "Tom Vella",
        ),
        (
            (
                "Ana Ruiz, who plays the queen, said the rehearsals had been long. “Worth it,”"
                " the soprano said.",
            ),
            "Ana Ruiz",
        ),
        # two people named in the paragraph: no telling which, so nobody
        (
            (
                "Tom Vella, who sings Macbeth, said Ana Ruiz had carried the night. “She is"
                " the reason,” the baritone said.",
            ),
            None,
        ),
        # the noun brought in with `a`: someone else, unnamed
        (
            (
                "Tom Vella said the set had changed the role. A soprano in the chorus was less"
                " sure. “It is cold,” the soprano said.",
            ),
            None,
        ),
    ],
)
def test_a_description_after_the_one_speaker_of_its_paragraph_is_that_speaker(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker
