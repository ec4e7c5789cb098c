"""Speakers101: a document's author named as a passive's agent, a lower-case `plc`, the one
who asks, and a name withheld in other words.

`according to a notice sent to shops by the X Board. The notice said “...”` gives the board's
words (the agent of an authorship participle, whoever opens that sentence; not `seen by` a
newsroom); `Y Holdings plc said` keeps the form a house style writes in lower case; `Asked by X
whether ..., the geologist replied:` is never X's; `who spoke on the condition that her name not
be used` withholds the name as `anonymity` does, so a later `she` names no one. Each with
near-misses the rules must leave alone.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_body_names import lower_case_form_end
from api.parser.quote_described import asker_before
from api.parser.quote_documents import issued_by
from tests.quotes.helpers import speakers as _speakers

# --- the helpers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        (" sent to pharmacies by the ", True),
        (" issued by ", True),
        (" published on Monday by the ", True),
        ("s written by ", True),
        (" seen by the ", False),
        (" obtained by ", False),
        (" sent to the ", False),
        (" about the ", False),
    ],
)
def test_issued_by(between, expected):
    assert issued_by(between) is expected


@pytest.mark.parametrize(
    ("masked", "end", "expected"),
    [
        ("Vell Quarries plc said", len("Vell Quarries"), len("Vell Quarries plc")),
        ("Tarn Homes plc, the landlord", len("Tarn Homes"), len("Tarn Homes plc")),
        ("Vell Quarries said", len("Vell Quarries"), -1),
        ("Vell Quarries and Tarn", len("Vell Quarries"), -1),
        ("Vell Quarries plcs", len("Vell Quarries"), -1),
    ],
)
def test_lower_case_form_end(masked, end, expected):
    assert lower_case_form_end(masked, end) == expected


@pytest.mark.parametrize(
    ("masked", "expected"),
    [
        ("Asked by ", True),
        ("Pressed by moderator ", True),
        ("Under questioning, questioned by the ", True),
        ("Pellow said. ", False),
        ("Asked whether it rained, ", False),
        ("The report was written by ", False),
    ],
)
def test_asker_before(masked, expected):
    assert asker_before(masked + "Pellow", len(masked)) is expected


# --- a document's author as a passive's agent ----------------------------------------------------


def test_a_notice_sent_by_a_board_speaks_for_it():
    found = _speakers(
        "Stocks of seed potatoes ran low in March, according to a notice sent to growers by the "
        "Tarn Grain Board. The notice said prices would stay high 'for the rest of the season'.",
    )
    assert found == ["Tarn Grain Board"]


def test_a_bulletin_issued_on_friday_by_an_authority():
    found = _speakers(
        "Tap water in the valley may taste of chlorine, according to a bulletin issued on Friday "
        "by the Vell Water Authority. The bulletin said the taste was “harmless and short-lived.”",
    )
    assert found == ["Vell Water Authority"]


def test_a_letter_written_by_an_association():
    found = _speakers(
        "Rents on the estate rose twice last year, according to a letter written by the "
        "Harrowgate Tenants Association. The letter said the rises were “beyond what families "
        "can bear.”",
    )
    assert found == ["Harrowgate Tenants Association"]


def test_a_memo_seen_by_a_newsroom_is_not_its_authors():
    # near-miss: `seen by` names who read the memo, not who wrote it
    found = _speakers(
        "The Bureau of Fisheries has told inspectors to stop boarding trawlers, according to a "
        "memo seen by the Coastal Herald. “Boardings are suspended until further notice,” the "
        "memo said.",
    )
    assert "Coastal Herald" not in found


def test_a_notice_sent_to_a_board_is_not_the_boards():
    # near-miss: the board the notice went to did not write it
    found = _speakers(
        "Deliveries will be cut, according to a notice sent to the Tarn Grain Board. The notice "
        "said stocks were “critically low.”",
    )
    assert found != ["Tarn Grain Board"]


# --- a lower-case plc ----------------------------------------------------------------------------


def test_a_plc_named_as_an_apposition_keeps_its_form():
    found = _speakers(
        "The landlord of the arcade, Vell Homes plc, said it had been “reviewing every complaint” "
        "since May.",
    )
    assert found == ["Vell Homes plc"]


def test_a_plc_opening_the_sentence():
    found = _speakers("Tarn Quarries plc said it had “no plans to close the site.”")
    assert found == ["Tarn Quarries plc"]


def test_a_plc_after_a_long_name():
    found = _speakers(
        "Harbour Street Foods plc, which owns the bakery, said the closure was “a last resort.”",
    )
    assert found == ["Harbour Street Foods plc"]


def test_a_name_without_a_form_is_unchanged():
    # near-miss: no form after the name, the name as written
    found = _speakers("Tarn Quarries said it had “no plans to close the site.”")
    assert found == ["Tarn Quarries"]


# --- the one who asks ----------------------------------------------------------------------------

_LAWYER = (
    "The builder's lawyer, Mark Pellow, argued that the slope failed after the storm. “It was the "
    "rain,” he told jurors."
)
_WITNESS = "The key witness, Dr. Ana Roe, a geologist at a Denver university, testified for hours."


def test_asked_by_the_lawyer_the_geologist_replied():
    found = _speakers(
        _LAWYER,
        _WITNESS,
        "Roe conceded that she had never visited the site. Asked by Pellow whether rain could "
        "have caused it, the geologist replied: “I can't rule it out. Nothing points to it.”",
    )
    assert found == ["Mark Pellow", "Ana Roe"]


def test_pressed_by_the_lawyer_the_geologist_said():
    found = _speakers(
        _LAWYER,
        _WITNESS,
        "Pressed by Pellow on whether rain could have caused it, the geologist said: “It is "
        "possible, but unlikely.”",
    )
    assert found == ["Mark Pellow", "Ana Roe"]


def test_questioned_by_a_senator_the_engineer_answered():
    found = _speakers(
        "Senator Lena Voss, who chairs the transport committee, opened the hearing.",
        "The agency's chief engineer, Paul Okoro, defended the design of the bridge.",
        "Questioned by Voss about the cracks, the engineer answered: “They were found, logged and "
        "repaired.”",
    )
    assert found == ["Paul Okoro"]


def test_asked_then_a_name_speaks():
    # near-miss: the name after the question's clause is the speaker
    found = _speakers(
        _LAWYER,
        _WITNESS,
        "Asked whether rain could have caused it, Pellow said: “Of course it could.”",
    )
    assert found == ["Mark Pellow", "Mark Pellow"]


# --- a name withheld in other words --------------------------------------------------------------

_NURSE = (
    "One of the nurses on the ward, Jane Hollis, testified that it was short-staffed. “I did what "
    "I could,” she said."
)


def test_her_name_not_be_used_names_no_one():
    found = _speakers(
        _NURSE,
        "A juror who spoke to the Herald on the condition that her name not be used said the "
        "charts decided it. “Anyone could see it,” she said. “And nobody came.”",
    )
    assert found == ["Jane Hollis", None, None]


def test_his_name_not_be_published_names_no_one():
    found = _speakers(
        "Tenant leader Omar Haddad, 51, said the repairs were overdue. “We waited a year,” he "
        "said.",
        "One tenant, who asked that his name not be published because he fears eviction, said "
        "the damp had spread. “My son coughs every night,” he said.",
    )
    assert found == ["Omar Haddad", None]


def test_their_name_would_not_be_printed_names_no_one():
    found = _speakers(
        _NURSE,
        "A cleaner, who agreed to talk if her name would not be printed, said the ward was never "
        "quiet. “It never stopped,” she said.",
    )
    assert found == ["Jane Hollis", None]


def test_a_named_person_whose_name_is_used_keeps_the_pronoun():
    # near-miss: the name is given, and nothing withholds it
    found = _speakers(
        "Jane Hollis, a nurse, said her name was on every chart that night. “I signed them all,” "
        "she said.",
    )
    assert found == ["Jane Hollis"]
