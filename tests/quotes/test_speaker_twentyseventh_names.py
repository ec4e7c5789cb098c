"""Mechanisms of issue 15: names and cues the twenty-seventh stress set showed as classes.

A nickname in quote marks inside a full name (quote_runs.nickname_gap), a plural field before
`and` in a body's name (quote_shapes.fields_body), a particle surname two people share
(Recall._latest_sharing), `had the last word:` (quote_filter._word_had), a wire's dateline and
a nationality before a body's name (quote_shapes.dateline_end, quote_clauses._described_kind),
and a role owned by a name, after which a pronoun says nothing of the speaker's sex
(quote_registry._role_owned).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_people import Mention
from api.parser.quote_runs import nickname_gap
from api.parser.quote_shapes import dateline_end, fields_body
from api.parser.quote_spans import MASK
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the surname alone later, the pronoun and a carried quote: the name without the nickname
        (
            (
                "The harbour was still dark when Margaret “Peggy” Lindqvist-Oyelaran cast off.",
                "Lindqvist-Oyelaran, 51, has skippered the ferry for a decade.",
                "“Nobody thought a woman would last a winter,” she says. “I have lasted twelve.”",
            ),
            ["Margaret Lindqvist-Oyelaran", "Margaret Lindqvist-Oyelaran"],
        ),
        # a nickname of two words, a man's, straight quote marks
        (
            (
                'Coach Desmond "Big Dez" Okonjo-Hart watched from the fence.',
                '"We were flat for three quarters," Okonjo-Hart said.',
            ),
            ["Desmond Okonjo-Hart"],
        ),
        # the full name itself before the verb
        (
            ("“It was never about the money,” said Roberto “Bobby” Castellanos-Ruiz.",),
            ["Roberto Castellanos-Ruiz"],
        ),
    ],
)
def test_a_nickname_in_quote_marks_inside_a_name_is_left_out_of_it(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


def test_a_quoted_nickname_is_no_quote_and_a_real_quote_after_a_name_still_is():
    found = _speakers(
        "Ingrid “Inka” Solberg said the mill would close. “We did all we could,” Solberg said."
    )
    assert found == ["Ingrid Solberg"]
    # a quote that is a sentence after a given name and before a capital is not a nickname's gap
    # (only a short one is: the gap holds the quote's marks and at most a few words)
    assert not nickname_gap(" " + MASK * 40 + " ")
    assert nickname_gap(" " + MASK * 6 + " ")
    assert not nickname_gap(" and ")


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Fisheries and Wildlife Tasmania, which manages the reserve, said the track would "
                "reopen in spring. “The dunes need another season,” the department said.",
            ),
            "Fisheries and Wildlife Tasmania",
        ),
        (
            (
                "Communications and Media Authority Ireland, which licenses the station, said it "
                "had received four complaints. “We will review the broadcast,” the authority said.",
            ),
            "Communications and Media Authority Ireland",
        ),
    ],
)
def test_a_plural_field_before_and_stays_in_the_bodys_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_field_before_and_needs_a_plural_no_given_name_and_a_body_after():
    body = Mention(10, 10, 30, "org", "Oceans Canada")
    assert fields_body("single", "Fisheries", body)
    assert not fields_body("single", "Williams", body)  # a given name: two names, not one body
    assert not fields_body("single", "Health", body)  # (no plural: left as it was)
    assert not fields_body("person", "Ann Lee", body)
    assert not fields_body("single", "Fisheries", Mention(10, 10, 15, "org", "Ocean"))
    assert not fields_body("single", "Fisheries", Mention(10, 10, 20, "person", "Ann Lee"))


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # two brothers: `Mr X` goes to the one heard last, and `he said` follows him
        (
            (
                "Padraig Ó Floinn, 52, of Carrowkeel, died in the fire at the yard he ran with "
                "his brother.",
                "His brother, Colm Ó Floinn, told the inquest that he smelled smoke at 2am.",
                "‘I shouted for him until I had no voice left,’ Mr Ó Floinn said.",
                "The witness said the gate had been locked. ‘We always locked it,’ he said.",
            ),
            ["Colm Ó Floinn", "Colm Ó Floinn"],
        ),
        # a mother and daughter of one particle surname: `Mrs` is the one named last in full
        (
            (
                "Elena van der Merwe founded the bakery in 1979 and ran it until her death.",
                "Her daughter, Annelie van der Merwe, told the council the lease had run out.",
                "“We cannot pay three times the rent,” Ms van der Merwe said.",
            ),
            ["Annelie van der Merwe"],
        ),
    ],
)
def test_a_surname_two_people_share_goes_to_the_one_heard_last(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


def test_a_shared_surname_before_the_second_is_heard_goes_to_the_first():
    found = _speakers(
        "Hendrik de Vries, the club's founder, opened the ground in 1961. “Football was "
        "everything,” Mr de Vries told a reporter in 1990.",
        "His grandson, Pieter de Vries, now runs the club.",
    )
    assert found == ["Hendrik de Vries"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Okafor kicked five goals in the win.",
                "Mirela Dragomir, the coach, had the last word: “We will enjoy this and be back "
                "at work on Monday.”",
            ),
            "Mirela Dragomir",
        ),
        (
            (
                "Tomas Brennan, the union's organiser, had a final word: “Nobody on this site "
                "will work without a harness again.”",
            ),
            "Tomas Brennan",
        ),
        (
            (
                "Beatriz Salgado, the head teacher, had a word of warning: “The building will "
                "not see out another winter.”",
            ),
            "Beatriz Salgado",
        ),
    ],
)
def test_a_colon_after_the_last_word_opens_the_speakers_quote(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


def test_a_word_named_by_the_quote_is_still_no_ones_words():
    assert _speakers("The word “resilience” appeared 14 times in the minister's speech.") == []


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "MELBOURNE, March 3 (Reuters) - Australian miner Kestrel Ridge Resources Ltd "
            'rejected a A$2 billion offer on Monday, saying the bid "badly undervalues" its '
            "copper assets.",
            "Kestrel Ridge Resources Ltd",
        ),
        (
            "DUBLIN, June 9 (Reuters) - Irish lender Corrib Savings Bank cut its forecast on "
            'Friday, saying margins would be "under pressure for longer" than it had hoped.',
            "Corrib Savings Bank",
        ),
        (
            "OSLO (AP) — Norwegian carrier Fjordline Air cancelled 40 flights, saying crews "
            "were “simply not available” after the storm.",
            "Fjordline Air",
        ),
    ],
)
def test_a_participle_in_a_wire_lead_goes_to_the_body_not_the_dateline(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


def test_a_nationality_before_a_body_opens_no_speaker_of_its_own():
    found = _speakers(
        "Canadian retailer Birchmount Outfitters Inc closed 12 stores on Tuesday, saying "
        'sales had "fallen off a cliff" since the spring.'
    )
    assert found == ["Birchmount Outfitters Inc"]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("TORONTO, Oct 14 (Reuters) - Acme rose.", len("TORONTO, Oct 14 (Reuters) - ")),
        ("NEW DELHI (AP) — Rain fell.", len("NEW DELHI (AP) — ")),
        ("Toronto - Acme rose.", 0),
        ("NASA said on Monday.", 0),
    ],
)
def test_the_end_of_a_paragraphs_dateline(text, end):
    assert dateline_end(text) == end


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `X's lawyer, Name, argued that she ...`: `she` is the client's; the lawyer's `he` follows
        (
            (
                "Prosecutor Ruth Abernathy told the jury that Delgado had lied to investigators.",
                "Delgado's lawyer, Martin K. Osei, argued that she had acted under pressure and "
                "said she would appeal.",
                "“The jury did not hear the whole story,” he told reporters outside.",
            ),
            "Martin K. Osei",
        ),
        (
            (
                "Detective Sergeant Paul Hendry said the van had been seen near the depot.",
                "Kowalczyk's solicitor, Simon Achterberg, said she had no memory of the night.",
                "“My client will answer every question put to her,” he said.",
            ),
            "Simon Achterberg",
        ),
    ],
)
def test_a_pronoun_after_the_verb_of_a_role_owned_by_a_name_leaves_the_speakers_sex_open(
    paragraphs, speaker
):
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_role_owned_by_a_thing_still_gives_the_speakers_sex():
    found = _speakers(
        "Giulia Ferri, the bakery's new owner, said she would keep its name.",
        "Luca Bassi, the previous owner, retired in May.",
        "In 1990 she won a prize. She told the local paper: “I only sold bread.”",
    )
    assert found[-1] == "Giulia Ferri"


def test_a_verb_between_a_name_and_a_body_keeps_the_name_as_subject():
    found = _speakers(
        "Chen warned Halvorsen Shipping Group on Tuesday, saying its ships were “not fit to "
        "sail” in winter."
    )
    assert found == ["Chen"]
