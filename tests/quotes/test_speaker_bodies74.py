"""Speakers74: a body's kind read as a reader reads it, from its name's head noun and from what
the article says it does (`Tarrick Grain Marketing Council` ... `the board said`; `The Office of
Canal Safety served a notice` ... `the regulator said`; `Pellow Road Hauling Ltd` ... `a
spokesman for the hauler`), and a document belonging to the body that issued or served it, a few
paragraphs back (`the notice said`, `the report said`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_generic_bodies import (
    BOARD_NOUNS,
    generic_nouns,
    gerund_agent,
    governing_nouns,
    head_word,
    regulates,
)
from tests.quotes.helpers import speakers as _speakers

_FILLER = (
    "Marisol Achterberg, who runs a cafe by the quay, said trade had halved since June.",
    "“We have never seen a summer like it,” Achterberg said.",
    "The Wenlow Traders Association said its members would meet on Thursday.",
    "Councillor Bram Osei-Whitfield said the town had been “left in the dark”.",
)

# --- the name's head noun ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("Office of Canal Safety", "office"),
        ("Tarrick Grain Marketing Council", "council"),
        ("National Commission for Lakes", "commission"),
        ("Bank of Orlesk", "bank"),
        ("Vell", "vell"),
    ],
)
def test_a_name_is_headed_by_the_word_before_its_of(name, head):
    assert head_word(name) == head


@pytest.mark.parametrize(
    ("name", "board"),
    [
        ("Tarrick Grain Marketing Council", True),
        ("Ossian Dairy Board", True),
        ("Council of Elders", True),
        ("Wenlow Traders Association", False),
        ("Council", False),  # (a bare word says no body)
        ("Marrow Peak Logistics Ltd", False),
    ],
)
def test_the_board_fits_a_council_or_board(name, board):
    assert (governing_nouns(name) == BOARD_NOUNS) is board
    assert ("board" in generic_nouns(name)) is board


# --- what the article says the body does -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "after", "fits"),
    [
        ("Office of Canal Safety", " (OCS) served an improvement notice on the owners", True),
        ("Pellan Water Commission", ", which licenses every borehole in the valley,", True),
        ("Harbour Safety Executive", " fined the ferry company £40,000 last year", True),
        ("Office of Canal Safety", " said it had met the owners twice", False),
        ("Wenlow Town Council", ", which gave the club a grant, said it would help", False),
        ("Marrow Peak Logistics Ltd", " served notice on 40 drivers", False),  # (no public body)
        ("Office of Canal Safety", " met the owners. Last year the other body fined them", False),
    ],
)
def test_a_public_body_shown_regulating(name, after, fits):
    assert regulates(name, after) is fits


# --- a trade its name holds --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "agent"),
    [
        ("Pellow Road Hauling Ltd", "hauler"),
        ("Greyfin Shipping Ltd", "shipper"),
        ("Orrin Valley Catering Ltd", "caterer"),
        ("Pellow Road Holdings", None),
        ("Spring Hauling", None),  # (a bare two words: no company form to read the trade from)
        ("Office of Canal Safety", None),
    ],
)
def test_a_trade_in_a_company_name_gives_its_doer(name, agent):
    assert gerund_agent(name, generic_nouns(name)) == agent


# --- the body of the noun's kind, however far back ---------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The Tarrick Grain Marketing Council (TGMC) owes millers about $20 million.",
                *_FILLER,
                "In a statement, the board said payments would resume “within a fortnight”.",
            ),
            "Tarrick Grain Marketing Council",
        ),
        (
            (
                "The Office of Canal Safety served a prohibition notice on the Wenlow Boat "
                "Company on Monday.",
                *_FILLER,
                "The regulator said the owners had been given “every chance” to comply.",
            ),
            "Office of Canal Safety",
        ),
        (
            (
                "The Office of Canal Safety, which licenses every passenger boat on the "
                "waterway, has closed the lock.",
                *_FILLER[:3],
                "“Safety comes first,” a spokeswoman for the regulator said.",
            ),
            "Office of Canal Safety",
        ),
        (
            (
                "Pellow Road Hauling Ltd told 300 farms in a letter that it would stop "
                "collections in May.",
                *_FILLER,
                "Asked whether it had found another site, a spokesman for the hauler replied: "
                "“There is nowhere left to tip.”",
            ),
            "Pellow Road Hauling Ltd",
        ),
    ],
)
def test_a_noun_finds_the_body_of_its_kind(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        (  # the office is never shown regulating: `the regulator` is no one
            "The Office of Canal Safety said it had met the owners twice this year.",
            *_FILLER,
            "The regulator said the owners had been given “every chance” to comply.",
        ),
        (  # only an association before: `the board` is no one
            *_FILLER,
            "In a statement, the board said payments would resume “within a fortnight”.",
        ),
        (  # a holding company holds no trade: `the hauler` is no one
            "Pellow Road Holdings told 300 farms in a letter that it would stop collections.",
            *_FILLER,
            "Asked whether it had found another site, a spokesman for the hauler replied: "
            "“There is nowhere left to tip.”",
        ),
    ],
)
def test_a_noun_with_no_body_of_its_kind(paragraphs):
    assert _speakers(*paragraphs)[-1] is None


# --- a document belongs to the body that issued it ---------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The Office of Canal Safety (OCS) served a prohibition notice on the Wenlow "
                "Boat Company on Tuesday.",
                "“No passenger may board until the hull is surveyed,” the notice said.",
            ),
            "Office of Canal Safety",
        ),
        (
            (
                "The Lakes Accident Inquiry Branch (LAIB) said in a report published on Friday "
                "that the ferry had been overloaded.",
                "‘The crew had no way of knowing,’ the report said.",
            ),
            "Lakes Accident Inquiry Branch",
        ),
        (
            (
                "The Keswan Ports Authority said in a notice that the harbour would stay shut.",
                "Marisol Achterberg, who runs a cafe by the quay, said trade had halved.",
                "“No vessel may leave the inner basin before noon,” the notice said.",
            ),
            "Keswan Ports Authority",  # (two paragraphs back: within the bounded walk)
        ),
        (
            (
                "The Pellan Water Commission sent a letter to every household on the estate.",
                *_FILLER[:3],
                "“Supplies will be restored by Friday,” the letter said.",
            ),
            "Pellan Water Commission",
        ),
        (
            (
                "The Office of Canal Safety served a prohibition notice on the Wenlow Boat "
                "Company.",
                "The Wenlow Boat Company said in a letter to passengers that it would appeal.",
                "“No passenger may board,” the notice said.",
            ),
            "Office of Canal Safety",  # (the notice's issuer, past the letter's)
        ),
    ],
)
def test_a_document_speaks_for_the_body_that_issued_it(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        (  # a notice no one is said to issue
            "The Office of Canal Safety said it had met the owners twice this year.",
            "A notice went up on the lock gates on Tuesday.",
            "“No passenger may board until the hull is surveyed,” the notice said.",
        ),
        (  # a report was sent far back, no letter (speakers76: any distance, the same noun)
            "The Pellan Water Commission sent a report to every household on the estate.",
            *(_FILLER * 3),
            "“Supplies will be restored by Friday,” the letter said.",
        ),
        (  # the office's chair served it, not the office named inside her clause
            "Ruth Calloway, who chairs the Office of Canal Safety, served a notice on the owners.",
            "“No passenger may board,” the notice said.",
        ),
    ],
)
def test_a_document_with_no_issuer_near(paragraphs):
    assert _speakers(*paragraphs)[-1] not in ("Pellan Water Commission", "Office of Canal Safety")


# --- a participle after a reported clause fronted before its reporter --------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Rents would rise by 4% in May, the Wenlow Housing Trust said in a letter, adding "
            "that the rise was “the smallest in a decade”.",
            "Wenlow Housing Trust",
        ),
        (
            "Ferries will resume on Friday, Marisol Achterberg said on Monday, adding that "
            "tickets would be “honoured in full”.",
            "Marisol Achterberg",
        ),
        (
            "Tolls on the bridge will double, the Pellan Water Commission announced, adding "
            "that the money was “ring-fenced for repairs”.",
            "Pellan Water Commission",
        ),
    ],
)
def test_a_participle_after_a_fronted_report_is_the_reporter(paragraph, speaker):
    assert _speakers(paragraph)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (  # the reporter opens the sentence: the name in the reported words is not it
            "Marisol Achterberg said Bram Osei-Whitfield had been told, adding that the town "
            "was “left in the dark”.",
            "Marisol Achterberg",
        ),
        (  # no reporting clause before the participle: the sentence's subject
            "Bram Osei-Whitfield dashed hopes of a deal, saying the offer was “an insult”.",
            "Bram Osei-Whitfield",
        ),
    ],
)
def test_a_participle_keeps_its_own_subject(paragraph, speaker):
    assert _speakers(paragraph)[-1] == speaker
