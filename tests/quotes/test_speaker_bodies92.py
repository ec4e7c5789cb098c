"""Speakers92: bodies through their spokespeople, documents and local titles, traced first.

The reader's rules: a spokesperson for the <noun> speaks for the body the article made that
noun's referent (by the trade its name says, by apposition, by a regulator's deed), over a name
that says no kind; an aside of how the speaker was reached stands between subject and verb; a
named body's spokesperson who is not named still speaks for it; `according to` papers after a
quote whose own clause has a subject gives the report's source, not its speaker; a body that
`wrote to` someone `in a circular` issued that circular; `was told in a letter from X that` is
X's; `Coun` is a councillor's title and a second style in brackets (`Dr (Mrs)`) is a style.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers

_LEAD = "Miners at Delby lost their jobs on Tuesday."

# --- an aside of how the speaker was reached --------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "paragraph", "speaker"),
    [
        (
            "Vellmark Haulage Ltd said on Monday it had lost two contracts.",
            "A spokesman for the company, reached by the Tarn Courier, said: “We are talking to "
            "both clients.”",
            "Vellmark Haulage Ltd",
        ),
        (
            "The Orvan Water Board said on Friday the pipes were safe.",
            "A spokeswoman for the board, contacted by phone, said: “The tests were clean.”",
            "Orvan Water Board",
        ),
        (
            "The Kessel Mining Co. closed its pit last week.",
            "A spokesperson for the firm, asked about the closure, said: “It was a hard choice.”",
            "Kessel Mining Co.",
        ),
        # (near-miss: the aside skipped, the subject still names no one)
        (
            "Ann Roe runs the bakery.",
            "Her husband, reached by phone at the shop, said: “We are fine.”",
            None,
        ),
    ],
)
def test_an_aside_of_how_the_speaker_was_reached_is_skipped(lead, paragraph, speaker):
    assert _speakers(lead, paragraph)[-1] == speaker


# --- a named body's spokesperson who is not named ---------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "A spokesperson for Varnland's Ministry of Energy, who declined to be named, said the "
            'ministry was "watching closely."',
            "Ministry of Energy",
        ),
        (
            "A spokesman for the Tarn Port Authority, who asked not to be named, said: “The berth "
            "is closed.”",
            "Tarn Port Authority",
        ),
        (
            "A spokeswoman for Orvan's Department of Roads, who did not want to be named, said "
            'the road was "unsafe."',
            "Department of Roads",
        ),
        # (near-misses: a withheld name that speaks for no body named is no one's)
        ("The manager, who declined to be named, said: “We were never told.”", None),
        ("A worker, who declined to be named, said: “We were never told.”", None),
    ],
)
def test_a_named_bodys_unnamed_spokesperson_speaks_for_it(paragraph, speaker):
    assert _speakers(_LEAD, paragraph)[-1] == speaker


# --- the body a spokesperson's noun calls by its trade ----------------------------------------


@pytest.mark.parametrize(
    ("first", "cue", "speaker"),
    [
        (
            "Pilgrims paid Dana Golden Travel & Tourism Co. W.L.L. for their trips, the ministry "
            "said.",
            "A spokesman for the agency said: “All customers will be refunded.”",
            "Dana Golden Travel & Tourism Co. W.L.L.",
        ),
        (
            "Tenants were given notice by Brinmoor Estates (North) Ltd on Friday.",
            "A spokeswoman for the landlord said: “The block will be rebuilt.”",
            "Brinmoor Estates (North) Ltd",
        ),
        (
            "Tenants were given notice by Brinmoor Estates Ltd on Friday.",
            "A spokeswoman for the developer said: “The block will be rebuilt.”",
            "Brinmoor Estates Ltd",
        ),
        # (near-miss: a holding company's name says no property trade)
        (
            "Tenants were given notice by Brinmoor Holdings Ltd on Friday.",
            "A spokeswoman for the developer said: “The block will be rebuilt.”",
            None,
        ),
    ],
)
def test_a_spokespersons_noun_calls_the_body_of_its_trade(first, cue, speaker):
    person = "Omar Saleh, 60, said he had paid in March."
    assert _speakers(first, person, cue)[-1] == speaker


# --- the body an apposition called by the noun ------------------------------------------------


@pytest.mark.parametrize(
    ("first", "cue", "speaker"),
    [
        (
            "Orvan Growers Inc, the industry body, says prices fell. The Ministry of Farms said "
            "it was aware of the problem.",
            "“Nobody is checking,” a spokeswoman for the industry body said.",
            "Orvan Growers Inc",
        ),
        (
            "Vell Dairy Co-op Ltd, the supplier, cut its milk price. The Ministry of Farms said "
            "it was aware of the problem.",
            "“Margins are thin,” a spokesman for the supplier said.",
            "Vell Dairy Co-op Ltd",
        ),
        (
            "In a letter, the race organisers, Tarnfield Events Ltd, said the result stood. "
            "Rider Sam Holt, 22, said he would appeal.",
            "A spokesman for the organisers said: “The rules are clear.”",
            "Tarnfield Events Ltd",
        ),
    ],
)
def test_a_spokespersons_noun_calls_the_body_apposed_so(first, cue, speaker):
    assert _speakers(first, cue)[-1] == speaker


def test_a_body_no_apposition_called_so_is_not_taken():
    first = (
        "Orvan Growers Inc estimates prices fell. The Ministry of Farms said it was aware of the "
        "problem."
    )
    cue = "“Nobody is checking,” a spokeswoman for the industry body said."
    assert _speakers(first, cue)[-1] != "Orvan Growers Inc"


# --- a report's source after a quote with a clause of its own ---------------------------------

_COMMISSION = "The Tarn Dam Safety Commission, which inspects private dams, said the wall cracked."


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                _COMMISSION,
                "Hollin, a club, opened a shelter.",
                'The regulator warned the owners in 2022 that the wall needed "urgent work," '
                "according to inspection records.",
            ),
            "Tarn Dam Safety Commission",
        ),
        (
            (
                _COMMISSION,
                'The regulator warned the owners in 2022 that the wall needed "urgent work," '
                "according to court documents seen by the Post.",
            ),
            "Tarn Dam Safety Commission",
        ),
        (
            (
                _COMMISSION,
                'The commission told the owners the spillway was "failing," according to minutes '
                "of the meeting.",
            ),
            "Tarn Dam Safety Commission",
        ),
        # (near-misses: `according to` a person is that person's words)
        (
            (
                _COMMISSION,
                'The trust said it would meet residents, who could "ask anything," according to '
                "its secretary, Ann Roe.",
            ),
            "Ann Roe",
        ),
        (
            (
                _COMMISSION,
                'The trust said it would meet residents, who could "ask anything," according to '
                "Ann Roe.",
            ),
            "Ann Roe",
        ),
    ],
)
def test_according_to_papers_is_the_reports_source(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


# --- a document a body wrote to someone in ----------------------------------------------------


@pytest.mark.parametrize(
    ("first", "cue", "speaker"),
    [
        (
            "The Tarnfield Growers Co-operative Ltd, which packs fruit for 300 growers, wrote to "
            "its members in a circular last week. The police said they were aware.",
            "“Lock your sheds at night,” the circular read.",
            "Tarnfield Growers Co-operative Ltd",
        ),
        (
            "The Orvan Rowing Club wrote to members in an email on Sunday. Police said they were "
            "aware.",
            "“The boathouse is shut,” the email said.",
            "Orvan Rowing Club",
        ),
        # (near-miss: a club that wrote no circular; the circular is no one's)
        (
            "The Orvan Rowing Club wrote to the council on Sunday. Police said they were aware.",
            "“The boathouse is shut,” the circular read.",
            None,
        ),
    ],
)
def test_a_document_a_body_wrote_in_is_its(first, cue, speaker):
    assert _speakers(first, cue)[-1] == speaker


# --- told in a document from its sender -------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The Regal Cinema was told in a letter from Brinmoor Estates Ltd that the lease would "
            '"not be renewed" in May.',
            "Brinmoor Estates Ltd",
        ),
        (
            "Tenants were told in an email from the Vell Housing Trust that repairs were "
            '"a priority."',
            "Vell Housing Trust",
        ),
        (
            'Staff had been told in a memo from Orvan Foods Ltd that shifts would be "reviewed."',
            "Orvan Foods Ltd",
        ),
        # (near-misses: an active verb's subject speaks; `from` a date names no sender)
        (
            'Ann Roe told staff in a letter from Orvan Foods Ltd that shifts would be "reviewed."',
            "Ann Roe",
        ),
        (
            'The tenants told the council in a letter from March that the flats were "unsafe."',
            None,
        ),
    ],
)
def test_told_in_a_document_from_its_sender(paragraph, speaker):
    assert _speakers(paragraph)[-1] == speaker


# --- local titles -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speakers"),
    [
        (
            'Coun Priya Nandi, the cabinet member for housing, called the plan "a disgrace" and '
            "said she had written to the firm. “I want answers,” she said.",
            ["Priya Nandi", "Priya Nandi"],
        ),
        (
            "The secretary of the board, Dr (Mrs) Ada Obi, said the audit had found "
            '"over 200 ghost names".',
            ["Ada Obi"],
        ),
        ("Its registrar, Prof. (Mrs) Ngozi Eze, said: “The list is clean.”", ["Ngozi Eze"]),
        # (near-miss: the title the rule extends, read as before)
        ("Cllr Tom Hale said: “We will fight this.”", ["Tom Hale"]),
    ],
)
def test_local_titles_are_no_part_of_the_name(paragraph, speakers):
    assert _speakers(paragraph) == speakers
