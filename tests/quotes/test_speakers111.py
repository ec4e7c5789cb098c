"""Speakers of issue 15: named, carried and pronoun cues on unseen copy, as general rules.

A given name that is also a trade's noun (`Walker`, `Baker`) opening a sentence before a name and
an age, in an article that writes the trade in lower case, is what the person is there
(role_name_at_work). A titled surname several people bear names the one of them who spoke in
their own right rather than a partner only named beside another (spoken_namesake); a lone given
name names the one person of a family (a couple, a shared surname) it opens, even one the table
lacks (family_given). A sentence adverb between commas (`The centre, meanwhile, said`) keeps the
subject before it (aside_start). `The spokesman` past a person who spoke reaches the body whose
spokesperson spoke last; a generic spokesperson speaks for the body of their noun the reported
clause opens on; `the cooperative's report` for the one body whose own name holds the noun.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_subject_before import aside_start
from tests.quotes.helpers import speakers as _speakers

# --- role_name_at_work: a trade's given name before a name and an age ----------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Hundreds of walkers use the path every weekend.",
                "Walker Brian Holgate, 68, from Settle, read the notice. He said: “I plan my "
                "routes around the toilets.”",
            ),
            "Brian Holgate",
        ),
        (
            (
                "The bakery is hiring bakers and drivers.",
                "Baker Lowri Pugh, 24, from Porth, joined as an apprentice. She said: “I am the "
                "one who stayed.”",
            ),
            "Lowri Pugh",
        ),
        (
            (
                "The station employs six porters on the night shift.",
                "Porter Ian Marsh, 52, who has worked there since 1998, said: “We are run off "
                "our feet.”",
            ),
            "Ian Marsh",
        ),
        (
            (
                "The harbour still has a few fishers who go out in winter.",
                "Fisher Tom Lowry, 61, said: “The cod have gone north.”",
            ),
            "Tom Lowry",
        ),
    ],
)
def test_a_trade_given_name_before_a_name_and_an_age_is_the_trade(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # no hunters in the article: the capital may be the name's own
        (
            ("The fair opened on Friday.", "Hunter Mae Collins, 30, said: “It is a tradition.”"),
            "Hunter Mae Collins",
        ),
        # the trade written, but nothing after the name that only a person has
        (
            (
                "The bakery is hiring bakers.",
                "It rained. Baker Tom Ellery said: “We start at four.”",
            ),
            "Baker Tom Ellery",
        ),
        # no walkers either
        (
            ("Commuters were stranded.", "Walker Joan Pike, 64, said: “I will take the car.”"),
            "Walker Joan Pike",
        ),
    ],
)
def test_a_trade_given_name_without_both_signs_stays_the_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


# --- spoken_namesake: the namesake who spoke, not a partner named in passing ---------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The shop was started by Eirlys and Gareth Rowlands in 1988.",
                "Managing director Sioned Rowlands, their daughter, said the deal was “big”.",
                "Gareth said: “I told Eirlys we would wait.”",
                "Ms Rowlands said the firm would hire. “If you can bake, come,” she said.",
            ),
            "Sioned Rowlands",
        ),
        (
            (
                "The farm belongs to Morag and Angus Baird.",
                "Their daughter, Kirsty Baird, runs the dairy. “We milk 200 cows,” she said.",
                "Angus said: “I still do the mornings.”",
                "Ms Baird said the herd would grow. “We have the grass,” she said.",
            ),
            "Kirsty Baird",
        ),
        (
            (
                "The restaurant was opened by Lucia and Marco Bellini in 1975.",
                "Chef Giulia Bellini, their granddaughter, said the menu had not changed.",
                "Marco said: “Lucia wrote every recipe.”",
                "Ms Bellini said: “We will not change them now.”",
            ),
            "Giulia Bellini",
        ),
    ],
)
def test_a_titled_surname_names_the_namesake_who_spoke(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_the_couples_partner_when_no_other_namesake_spoke():
    # (`Mrs X` after `Mr X` spoke, of `Rhiannon and Dafydd X`: the partner, as before)
    assert (
        _speakers(
            "Rhiannon and Dafydd Pryce-Aubert run the guest house.",
            "“We are full every summer,” Mr Pryce-Aubert said.",
            "Mrs Pryce-Aubert said: “Winter is the hard part.”",
        )[-1]
        == "Rhiannon Pryce-Aubert"
    )


# --- family_given: a lone given name of a family's person -----------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ("Gwen and Huw Jones founded the firm.", "Huw said: “It started in a shed.”"),
            "Huw Jones",
        ),
        (
            ("Gwen and Tom Jones founded the firm.", "Gwen said: “It started in a shed.”"),
            "Gwen Jones",
        ),
        (
            ("Siân and Iolo Rees run the farm.", "“We lamb in March,” Iolo said."),
            "Iolo Rees",
        ),
        (
            ("Mair and Huw Jones founded the firm.", "Mair said: “It started in a shed.”"),
            "Mair Jones",
        ),
    ],
)
def test_a_lone_given_name_of_a_family_is_its_person(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_given_name_a_role_showed_still_names_its_person():
    # (`Her uncle, Emyr Jones,`: the role shows a person, as before the rule)
    assert (
        _speakers(
            "Sioned Jones, the manager, spoke first.",
            "Her uncle, Emyr Jones, drove the first van.",
            "“It started in a shed,” Emyr said.",
        )[-1]
        == "Emyr Jones"
    )


def test_a_lone_word_of_no_family_stays_a_word():
    # (one `Huw Jones`, no namesake nor partner: `Google said` after `Google Maps` is the same
    # shape, so the lone word is not made his)
    assert _speakers("Huw Jones founded the firm.", "Huw said: “It started in a shed.”") == ["Huw"]


# --- aside_start: a subject before a sentence adverb's commas -------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The centre, meanwhile, said", True),
        ("The union, however, said", True),
        ("The board, for its part, said", True),
        ("The trust, in turn, said", True),
        ("Despite the rain, said", False),  # a fronted phrase, no subject before it
        ("The council, which owns the hall, said", False),  # a relative clause, read elsewhere
    ],
)
def test_aside_start(text, found):
    assert (aside_start(text, len(text) - len("said")) is not None) is found


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Harlow Council met on Monday.",
                "The council, meanwhile, said the Marlow bridge would reopen in May. “We are "
                "confident,” it said.",
            ),
            "Harlow Council",
        ),
        (
            (
                "The Tenants Union met on Monday.",
                "The union, however, said: “We reject the offer.”",
            ),
            "Tenants Union",
        ),
        (
            (
                "Back home, Sangay Dema's son, Karma Wangdi, a teacher, said the family would run "
                "again. “My mother says she is too old,” the teacher said.",
                "The centre, meanwhile, said the Tashi gauge had been replaced.",
                "She laughed at that. “Ask me again when the siren goes,” she said.",
            ),
            "Sangay Dema",
        ),
    ],
)
def test_the_subject_before_an_aside_not_a_name_after_the_verb(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_comma_inverted_speaker_is_still_read_after_the_verb():
    assert _speakers(
        "Despite the rain, said Jo Roe, the fair would go ahead. “It always does,” she said."
    ) == ["Jo Roe"]


# --- the spokesman past a person; a generic spokesperson's body named in the clause --------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Harlow Council plans to sell the hall.",
                "A spokesman for the council said: “We must get best value.”",
                "“We can win,” Mrs Dale said.",
                "The spokesman replied: “That is not for us.”",
            ),
            "Harlow Council",
        ),
        (
            (
                "The Northern Ferry Board will sell two boats.",
                "A spokeswoman for the board said: “They are too old.”",
                "The islanders' trust said it would object. “We need them,” Mr Innes said.",
                "Asked whether the boats could be kept, the spokeswoman replied: “No.”",
            ),
            "Northern Ferry Board",
        ),
        (
            (
                "Dunmore Water Ltd is raising its charges.",
                "A spokesperson for the company said: “Costs have risen.”",
                "Pensioner Ada Moss, 80, said: “I cannot pay.”",
                "“We will help those in need,” the spokesperson said.",
            ),
            "Dunmore Water Ltd",
        ),
    ],
)
def test_the_spokesman_past_a_person_is_the_bodys(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_named_spokesman_is_still_himself():
    assert (
        _speakers(
            "Harlow Council plans to sell the hall.",
            "Tom Hart, a council spokesman, said: “We must get best value.”",
            "“We can win,” Mrs Dale said.",
            "The spokesman replied: “That is not for us.”",
        )[-1]
        == "Tom Hart"
    )


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Talks stalled on Monday.",
                "A ministry spokeswoman said the Ministry of Works was “aware of the matter”.",
            ),
            "Ministry of Works",
        ),
        (
            (
                "The road closed in May.",
                "A council spokesman said the Kelby Borough Council had “no money left”.",
            ),
            "Kelby Borough Council",
        ),
        (
            (
                "The hall was shut.",
                "A trust spokeswoman said that the Ashgrove Heritage Trust was “looking at it”.",
            ),
            "Ashgrove Heritage Trust",
        ),
    ],
)
def test_a_generic_spokesperson_speaks_for_the_body_of_their_noun_in_the_clause(
    paragraphs, speaker
):
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_spokesperson_of_another_kind_is_not_the_clauses_body():
    assert (
        _speakers(
            "Talks stalled on Monday.",
            "A union spokesman said the Ministry of Works was “stalling”.",
        )[-1]
        != "Ministry of Works"
    )


# --- a document by a possessive noun a body's own name holds -------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The Spice Growers Cooperative Society has delayed its payment.",
                "According to the cooperative's last annual report, sales were “the best yet”.",
            ),
            "Spice Growers Cooperative Society",
        ),
        (
            (
                "The Riverside Artists Collective Ltd has lost its lease.",
                "According to the collective's latest annual report, rents were “out of reach”.",
            ),
            "Riverside Artists Collective Ltd",
        ),
        (
            (
                "The Harbour Fishing Syndicate has lost a buyer.",
                "According to the syndicate's last annual report, prices were “under pressure”.",
            ),
            "Harbour Fishing Syndicate",
        ),
    ],
)
def test_a_document_by_a_noun_a_bodys_name_holds(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_document_by_a_noun_no_body_holds_is_no_bodys():
    assert (
        _speakers(
            "The Spice Growers Cooperative Society has delayed its payment.",
            "According to the farmer's last annual report, sales were “the best since 2004”.",
        )[-1]
        != "Spice Growers Cooperative Society"
    )


# --- near-misses the rules must not move ----------------------------------------------------------


def test_a_pronoun_with_two_fitting_antecedents_takes_the_nearer_subject():
    assert _speakers(
        "Mayor Ann Obi said the budget was tight.",
        "Councillor Rita Lane, who chairs her own committee, said the land had been found.",
        "She said the city would buy it. “We will not run out of room,” she added.",
    ) == ["Rita Lane"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "“We lost everything,” said Ann Lee.",
            "Tom Roe, who runs the bakery next door, was luckier.",
            "“The water stopped at my step.”",
        ),
        (
            "Ann Lee said the plan was flawed. “It will fail,” she said.",
            "Tom Roe, the planner, said it was sound.",
            "“We tested it twice.”",
        ),
    ],
)
def test_a_quote_after_a_new_name_is_not_carried(paragraphs):
    assert _speakers(*paragraphs) == ["Ann Lee", "Tom Roe"]
