"""Mechanisms of issue 15 after the twenty-third set: a run of capitals shaped like a person's
name that the words around it make a place (`in Nova Scotia`, `at Birch Creek`, `the Cedar Creek
fire hall`) is no one a `he` or `the 40-year-old` stands for, nor a body; a person whose surname
is a place's word (`Jenna Lake`) stays a person. A job opening four name words (`Treasurer Dominic
Ah Kee`) leaves the three for `Mr Ah Kee`. A spokesperson speaks for the body whose noun opens a
sentence before (`The commission does not usually comment`); any body's word in apposition
(`the winning consortium, X,`) names the body; `actor` says no sex.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers

_FOUNDER = "“We grow,” said Ann Lee, the founder."


@pytest.mark.parametrize(
    "place",
    [
        "near Kolli in Uttar Pradesh",
        "on a farm in Tamil Nadu",
        "on a farm in Nova Scotia",
    ],
)
def test_a_name_after_in_is_a_place_not_the_one_described(place):
    paragraph = f"The engineer, who grew up {place}, started the firm in 2020."
    assert _speakers(_FOUNDER, paragraph, "“Trust is hard,” the 40-year-old said.")[-1] == (
        "Ann Lee"
    )


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a name ending in a place's word, as a noun's modifier after `the` (`The man`, the
        # farmer met before: `A man` would be someone unnamed, speakers73's sexed_opening)
        (
            "Joe Park is a farmer.",
            "The man outside the Cedar Creek fire hall was angry. “Wait,” he said.",
        ),
        # ... or written after `at` or `near` elsewhere in the article
        (
            "Smoke hung over homes at Birch Creek on Monday.",
            "Joe Park farms there. Birch Creek was quiet. “We stay,” he said.",
        ),
        (
            "Smoke hung over homes near Birch Creek on Monday.",
            "Joe Park farms there. Birch Creek was quiet. “We stay,” the farmer said.",
        ),
    ],
)
def test_a_name_ending_in_a_place_word_written_as_a_place_is_no_one(paragraphs):
    assert _speakers(*paragraphs)[-1] == "Joe Park"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a person whose surname is a place's word, written as a person's name is
        (
            "Reed said Jenna Lake bought the barn. “We lost it all,” the grandmother said.",
            "Jenna Lake",
        ),
        ("Reed met Jenna Lake at the school. “We lost it all,” she said.", "Jenna Lake"),
        ("Reed sold the barn to Jenna Lake. “We lost it all,” she said.", "Jenna Lake"),
        ("Reed met talk show host Jenna Lake at the school. “Fine,” Lake said.", "Jenna Lake"),
    ],
)
def test_a_person_whose_surname_is_a_place_word_is_still_a_person(paragraph, speaker):
    assert _speakers("Tom Reed runs a farm.", paragraph)[-1] == speaker


def test_a_body_after_in_keeps_its_quotes():
    assert _speakers("Shares in Norvatek Semiconductor fell. “We are fine,” it said.") == [
        "Norvatek Semiconductor"
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Treasurer Dominic Ah Kee said the deal was checked. “It is counted,” Mr Ah Kee said.",),
        ("Treasurer Dominic Ah Kee said the deal was checked.", "“It is counted,” Mr Ah Kee said."),
        ("Auditor Mele Tui Fale signed the report.", "“It is counted,” Ms Tui Fale said."),
    ],
)
def test_a_job_before_a_name_of_three_words_leaves_the_three(paragraphs):
    full = paragraphs[0].split()[1:4]
    assert _speakers(*paragraphs)[-1] == " ".join(full)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # one word of a two-word surname, after `Mr`, is the man named with it alone
        (("Dominic Ah spoke first. “Fine,” Mr Ah said.",), "Dominic Ah"),
        # a name of three words with no job before it is the three
        (("Dominic Ah Kee spoke first. “Fine,” Mr Ah Kee said.",), "Dominic Ah Kee"),
    ],
)
def test_shorter_names_are_read_as_before(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def _after_a_bidder(body: str) -> tuple[str, ...]:
    """A body named in the lead, then another (a bidder) that spoke last."""
    return (
        f"PERTH — The Ports Minister, Ann Lee, has refused to quit after the state’s {body} "
        "confirmed it was assessing a complaint about a contract.",
        "Asked whether Ms Lee had her confidence, the Premier said: “Yes.”",
        "An aide had texted an executive of the winning consortium, Acme Rail Partners, in May.",
        "In a statement, the consortium said its contact had been “routine and open”.",
    )


@pytest.mark.parametrize(
    ("body", "paragraph"),
    [
        (
            "Fraud and Ethics Commission",
            "The commission does not usually comment on complaints it is assessing. “We can "
            "confirm it has received a complaint,” a spokesperson said.",
        ),
        (
            "Integrity and Audit Authority",
            "The authority would not say when it would decide. “We do not give timelines,” a "
            "spokeswoman said.",
        ),
    ],
)
def test_a_spokesperson_speaks_for_the_body_that_opens_the_sentence_before(body, paragraph):
    assert _speakers(*_after_a_bidder(body), paragraph)[-1] == body


def test_a_spokesperson_who_names_a_body_speaks_for_it():
    paragraph = (
        "The authority would not say when it would decide. “We do not give timelines,” a "
        "spokeswoman for the consortium said."
    )
    assert _speakers(*_after_a_bidder("Integrity and Audit Authority"), paragraph)[-1] == (
        "Acme Rail Partners"
    )


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a body's word (not only the usual `the company`) before a body's name in apposition
        (
            (
                "An aide texted an executive of the winning consortium, Acme Rail Partners.",
                "In a statement, the consortium said its contact had been “routine and open”.",
            ),
            "Acme Rail Partners",
        ),
        (
            ("The old brewery, Hopwell Ales Ltd, closed.", "“It was hard,” the brewery said."),
            "Hopwell Ales Ltd",
        ),
        (
            (
                "Harbury lost its only brewery, Hopwell Ales Ltd, in May.",
                "“It was hard,” the brewery said.",
            ),
            "Hopwell Ales Ltd",
        ),
        # a person's name after such a word stays a person's
        (("Ann Lee runs the house, Lee Holdings, with her son. “We knew,” she said.",), "Ann Lee"),
    ],
)
def test_a_body_word_in_apposition_names_the_body(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


_EARLIER = "Giulia Sanfilippo spoke first. ‘It is done,’ she said."


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # `actor` names the job of women too: no sex of its own against `she`
        (
            "Anna Rostami, the actor, was not happy. ‘Consent is not a detail,’ she said.",
            "Anna Rostami",
        ),
        (
            "Mahnaz Rostami, the Iranian actor who won the prize in 2019, was less willing to let "
            "it go. ‘Consent is not a detail,’ she said.",
            "Mahnaz Rostami",
        ),
        (
            "The actor Sadaf Rostami was not happy. ‘Consent is not a detail,’ she said.",
            "Sadaf Rostami",
        ),
    ],
)
def test_an_actor_may_be_she(paragraph, speaker):
    assert _speakers(_EARLIER, paragraph)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Tom Hale, the actor, was not happy. ‘Consent is not a detail,’ he said.", "Tom Hale"),
        ("Tom Hale, the actor, was not happy. ‘It is late,’ the actor said.", "Tom Hale"),
    ],
)
def test_an_actor_who_is_he_keeps_his_quotes(paragraph, speaker):
    assert _speakers(_EARLIER, paragraph)[-1] == speaker


def test_a_place_after_in_is_no_body_an_unnamed_one_stands_for():
    paragraphs = (
        "The port authority in Harbury Cross said on Thursday that the plan would go ahead.",
        "“It is not good enough,” the port authority said in a statement.",
    )
    assert _speakers(*paragraphs) == [None]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a name inside a list of names is no subject, though the list's rest ends in a comma
        (
            "The Harbury Basin Commission, a body of Norway, Sweden, Denmark and Finland, said "
            "levels were low. It called on members to “share the data”.",
            "Harbury Basin Commission",
        ),
        (
            "The Ferris Group, owned by Acme, Orbis, Kettle and Pine, said sales fell. It said it "
            "would “cut costs”.",
            "Ferris Group",
        ),
        # a name with an appositive is still its sentence's subject
        ("Ann Lee, the chair, said sales fell. “We will cut costs,” she said.", "Ann Lee"),
    ],
)
def test_a_name_in_a_list_is_not_the_subject_of_the_sentence(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


_NAMED = "Tom Reed sat with his wife. “We lost it all,” he said."


@pytest.mark.parametrize(
    "paragraph",
    [
        "A man loading two horses into a trailer, who would not give his name, said he had been "
        "told to leave twice. “Next time I’m not coming back,” he said.",
        "A man loading two horses said he had been told to leave twice. “I am done,” he said.",
        "An older man who would not give his name said he had been told to leave. “No,” he said.",
    ],
)
def test_he_after_an_unnamed_man_who_spoke_is_no_one_named(paragraph):
    assert _speakers(_NAMED, paragraph)[-1] is None


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # someone named since the unnamed man: the pronoun may be him
        (
            "A man loading horses said he was leaving. His neighbour, Joe Park, was staying. "
            "“I am not going,” he said.",
            "Joe Park",
        ),
        # an unnamed woman is no `he`
        ("A woman loading horses said she was leaving. “We are fine,” he said.", "Tom Reed"),
    ],
)
def test_a_pronoun_past_an_unnamed_speaker_of_another_kind_keeps_its_person(paragraph, speaker):
    assert _speakers(_NAMED, paragraph)[-1] == speaker
