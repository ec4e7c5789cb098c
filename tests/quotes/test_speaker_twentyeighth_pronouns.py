"""Mechanisms of issue 15 after the twenty-eighth set: an obituary's or a profile's `she`, in a
sentence set in the past (`In a 2002 interview, she said`, `he once said`), is the person the lead
opens with, not the last woman quoted about her; `Labour's X` gives X the party (`the Labour
candidate said`); a lead's `with the union warning “...”` speaks for the union, named in the next
paragraph (`the Rail, Tram and Bus Union`, one name), not for the sentence's subject; after
`Body role Name` a `he` is the person, not the body; a wire agency in a dateline's brackets is
never a speaker nor an `it`.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

from typing import Final

import pytest

from tests.quotes.helpers import speakers as _speakers

# 1. An obituary's or a profile's subject, recalled in the past.


@pytest.mark.parametrize(
    ("lead", "recall", "subject"),
    [
        (
            "Maren Tollefsrud-Aske, the Bergen cellist who toured with every great orchestra "
            "of her day, has died aged 91.",
            "In a rare interview with this paper in 1996, she said: “I practise to stay humble.”",
            "Maren Tollefsrud-Aske",
        ),
        (
            "Odile Paquin-Brassard, the Quebec novelist whose books sold in 30 languages, has "
            "died at her home in Sherbrooke.",
            "Speaking to students in 2011, she said: “Every novel fails somewhere.”",
            "Odile Paquin-Brassard",
        ),
        (
            "Tobiah Wrenfield, the Yorkshire stonemason who restored half the county's "
            "churches, has died aged 84.",
            "He once said: “A wall tells you when it is finished.”",
            "Tobiah Wrenfield",
        ),
    ],
)
def test_a_recalled_pronoun_is_the_lead_subject(lead, recall, subject):
    paragraphs = (
        lead,
        "Ingrid Solheim-Berg, who curated a show of the work in 2020, said the subject was "
        "“impossible to hurry”. “Nobody could rush that person,” she said."
        if "she" in recall
        else "Gregor Almqvist, who ran the works yard for years, called the subject “a "
        "perfectionist”. “Nobody could rush that man,” he said.",
        recall,
    )
    assert _speakers(*paragraphs)[-1] == subject


def test_a_recalled_pronoun_carries_over_a_quote_left_open():
    paragraphs = (
        "Saoirse Nic Giolla-Brann, the Donegal potter whose bowls sit in museums from Cork "
        "to Kyoto, has died aged 79.",
        "Her friend, the curator Aoife Delahunt-Roe, said she was “the most exacting "
        "person I knew”. “She threw a hundred bowls to keep one,” the curator said.",
        "In an interview in 2004, she said: “Clay remembers everything you do to it.",
        "“That is why I never hurry it.”",
    )
    assert _speakers(*paragraphs)[-2:] == ["Saoirse Nic Giolla-Brann"] * 2


def test_a_present_pronoun_stays_with_the_last_speaker():
    paragraphs = (
        "Maren Tollefsrud-Aske, the Bergen cellist, has died aged 91.",
        "Ingrid Solheim-Berg, who runs the concert hall, said the city would hold a "
        "memorial. “We owe her that,” she said.",
        "On Tuesday she said: “The programme is not settled yet.”",
    )
    assert _speakers(*paragraphs)[-1] == "Ingrid Solheim-Berg"


# 2. A description by party, of a name written with the party's possessive.


@pytest.mark.parametrize(
    ("lead", "description", "speaker"),
    [
        (
            "The Hollowfield seat is too close to call, with Labour’s Dana Okonjo-Reid 62 "
            "votes ahead of the Conservatives’ Piers Lathom-Vane.",
            "the Labour candidate",
            "Dana Okonjo-Reid",
        ),
        (
            "Counting in Wairiki resumes on Monday, with Green’s Tamsin Oduya-Hart narrowly "
            "ahead of National’s Rawiri Tapsell-Gunn.",
            "the National candidate",
            "Rawiri Tapsell-Gunn",
        ),
        (
            "The Brackley by-election was won by the Liberal's Corin Madeley-Shaw, who beat "
            "Labor's Ines Varga-Holt by 300 votes.",
            "the Liberal MP",
            "Corin Madeley-Shaw",
        ),
    ],
)
def test_a_party_possessive_before_a_name_gives_the_party(lead, description, speaker):
    paragraphs = (
        lead,
        "The returning officer said about 2,000 postal votes were still to be counted.",
        f"“We will wait for every vote,” {description} said.",
    )
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_party_held_by_two_named_people_is_neither():
    paragraphs = (
        "Labour’s Dana Okonjo-Reid and Labour’s Mo Ashdown-Pryce both held their seats.",
        "“It was a long night,” the Labour candidate said.",
    )
    assert _speakers(*paragraphs)[-1] is None


# 3. A body named only after a description of it in the lead.


@pytest.mark.parametrize(
    ("lead", "next_paragraph", "body"),
    [
        (
            "Sydney commuters face a second day of delays after drivers walked off the job, "
            "with the union warning more stoppages were “likely”.",
            "The Rail, Tram and Bus Union’s state secretary, Petra Vukovic-Lane, said talks "
            "had stalled.",
            "Rail, Tram and Bus Union",
        ),
        (
            "Leeds patients face longer waits after junior doctors voted to strike, with the "
            "association warning the offer was “an insult”.",
            "The British Medical Association said its members had voted nine to one for action.",
            "British Medical Association",
        ),
        (
            "Winnipeg bus riders face cuts in the spring, with the union saying the plan was "
            "“short-sighted”.",
            "The Amalgamated Transit Union said 40 routes would lose evening service.",
            "Amalgamated Transit Union",
        ),
    ],
)
def test_a_lead_description_looks_ahead_to_the_body_named_next(lead, next_paragraph, body):
    paragraphs = (
        lead,
        next_paragraph,
        "Commerce Leeds chief executive Otto Brandvik said businesses were worried.",
    )
    assert _speakers(*paragraphs)[0] == body


def test_with_a_named_subject_speaks_for_the_name():
    paragraphs = (
        "Hamilton residents face higher rates, with Mayor Ruth Oyelowo-Kane warning the "
        "rise was “unavoidable”.",
    )
    assert _speakers(*paragraphs) == ["Ruth Oyelowo-Kane"]


def test_a_list_of_fields_ending_in_a_body_word_is_one_name():
    paragraphs = (
        "The Shop, Retail and Allied Workers Association said it would ballot members. "
        "“Enough is enough,” the association said.",
    )
    assert _speakers(*paragraphs) == ["Shop, Retail and Allied Workers Association"]


# 4. A pronoun after `Body role Name`: the person.


@pytest.mark.parametrize(
    ("lead", "person", "pronoun"),
    [
        (
            "Sydney shoppers stayed away from the city on Wednesday.",
            "Business Sydney executive director Cosimo Varela-Quint",
            "he",
        ),
        (
            "Leeds shoppers face higher parking charges from next month.",
            "Retail Leeds managing director Harriet Quayle-Ossai",
            "she",
        ),
        (
            "Galway traders say the new bus lanes have cut footfall.",
            "Galway Chamber chief executive Siobhan Mulqueen-Hart",
            "she",
        ),
    ],
)
def test_a_pronoun_after_a_body_role_and_name_is_the_person(lead, person, pronoun):
    paragraphs = (
        lead,
        f"{person} put the cost at $2 million a day. “Those sales do not come back,” "
        f"{pronoun} said.",
    )
    assert _speakers(*paragraphs)[-1] == " ".join(person.split()[-2:])


# 5. A wire agency in a dateline's brackets: never a speaker, never `it`.


_DATELINES: Final = (
    ("LONDON (Reuters) -", "Brightmoor Steel Corp."),
    ("OTTAWA (The Canadian Press) —", "Caribou Freight Inc."),
    ("SYDNEY (AAP) -", "Wattlegrove Holdings Ltd"),
)


@pytest.mark.parametrize(("dateline", "body"), _DATELINES)
def test_a_dateline_agency_is_no_speaker(dateline, body):
    paragraphs = (
        f"{dateline} {body} said on Tuesday it would close two plants. “The decision was not "
        "taken lightly,” it said.",
    )
    assert _speakers(*paragraphs) == [body]


@pytest.mark.parametrize(("dateline", "body"), _DATELINES)
def test_a_dateline_agency_is_no_antecedent_for_it(dateline, body):
    paragraphs = (
        f"{dateline} Shares in mining companies fell sharply on Tuesday. “Markets are "
        "nervous,” it said.",
    )
    assert _speakers(*paragraphs) == [None]


def test_with_a_participle_noun_keeps_the_sentence_subject():
    paragraphs = (
        "Sir Alasdair Penhallow chaired the hearing.",
        "Sir Alasdair closed the session with a warning. “We will call you back in May.”",
    )
    assert _speakers(*paragraphs) == ["Alasdair Penhallow"]
