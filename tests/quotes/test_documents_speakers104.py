"""Speakers104: documents and bodies as speakers, read the way a reader does.

`In a judgment handed down on Friday, Judge X said ...` makes a later `The judgment said` hers,
and `It said` right after it too; `The X Ministry on Monday issued a warning. “...,” the advisory
said` is the ministry's; `The Y Commission said “...”.` then `The report said “...”` in the next
paragraph is the commission's; `The Z League’s decision, published on Friday, said` is the
league's; `the civic body` is the town's government; and `‘€1.5 million ...’` opens a quote in
curly single marks. Each with near-misses the rules must leave alone: a document no one is said
to issue, a person quoted last, a document whose author is named, a civic centre, a year's
apostrophe.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_documents import RULED_NOUNS, opening_document, possessive_issued
from api.parser.quote_orgs import civic_noun
from tests.quotes.helpers import speaker_by_quote
from tests.quotes.helpers import speakers as _speakers

# --- the helpers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("The judgment said the nurse ", "the judgment"),
        ("The report, published on Monday, found ", "the report"),
        ("The ruling said ", "the ruling"),
        ("The company said ", None),
        ("The report's author said ", None),
        ("A report said ", None),
        ("The letter arrived on a Friday. ", None),
    ],
)
def test_opening_document(before, expected):
    assert opening_document(before) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["the", "civic", "body"], ["the", "municipality"]),
        (["The", "municipal", "authority"], ["The", "municipality"]),
        (["the", "civic", "administration"], ["the", "municipality"]),
        (["the", "civic", "centre"], None),
        (["a", "civic", "body"], None),
        (["the", "body"], None),
    ],
)
def test_civic_noun(words, expected):
    assert civic_noun(words) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["The", "KRU’s", "decision"], True),
        (["the", "tribunal's", "ruling"], True),
        (["the", "court's", "final", "judgment"], True),
        (["the", "KRU’s", "officers"], False),
        (["the", "decision"], False),
    ],
)
def test_possessive_decision(words, expected):
    assert "decision" in RULED_NOUNS
    assert possessive_issued(words) is expected


# --- a judgment given with a participle of when ----------------------------------------------


def test_a_judgment_handed_down_on_friday_is_the_judges():
    found = _speakers(
        "A tenant was evicted unlawfully, a housing tribunal has ruled.",
        "In a judgment handed down on Friday, Tribunal Judge Oliver Brandt said the landlord's "
        "reasons were “not credible”.",
        "The judgment said the letters “were sent in bad faith”.",
    )
    assert found == ["Oliver Brandt", "Oliver Brandt"]


def test_a_ruling_published_last_week_is_the_judges():
    found = _speakers(
        "In a ruling published last week, Judge Amara Okoye said the council had acted "
        "“without lawful authority”.",
        "The ruling said the notices were “void from the start”.",
    )
    assert found == ["Amara Okoye", "Amara Okoye"]


def test_a_judgment_issued_in_writing_is_the_judges():
    found = _speakers(
        "In a judgment issued in writing on Monday, Deputy Judge Colm Varney said the claim was "
        "“hopeless”.",
        "The judgment said the firm had shown “a striking lack of candour”.",
    )
    assert found == ["Colm Varney", "Colm Varney"]


# --- `It said` after a document's own sentence ---------------------------------------------------


def test_it_after_a_judgment_is_the_judges():
    found = speaker_by_quote(
        "Marlow Freight Ltd dismissed a driver who complained about his hours.",
        "In a judgment published on Tuesday, Employment Judge Hana Ortiz said the dismissal "
        "was “plainly unfair”.",
        "The judgment said the firm's reasons were “invented after the event”. It said managers "
        "had agreed to “find a way to let him go” in a text exchange.",
    )
    assert found["find a way to let him go"] == "Hana Ortiz"


def test_it_after_a_report_is_its_bodys():
    found = speaker_by_quote(
        "The Vell Audit Office said the scheme had “no clear owner”.",
        "Tarn Systems Ltd built the software.",
        "The scheme was meant to open in 2023. The report said the testing was “rushed”. It "
        "said the budget had “doubled without explanation”.",
    )
    assert found["doubled without explanation"] == "Vell Audit Office"


def test_it_after_a_company_sentence_is_not_a_document():
    # near-miss: `The company said` opens the sentence before: no document for `It`
    found = speaker_by_quote(
        "Harrow Bay Ferries Ltd cancelled its winter timetable.",
        "The company said the cuts were “temporary”. It said fares would “stay frozen”.",
    )
    assert found["stay frozen"] == "Harrow Bay Ferries Ltd"


# --- a document after its body's own sentence ----------------------------------------------------


def test_the_advisory_after_a_ministrys_sentence():
    found = _speakers(
        "Raw milk sales are rising at farm gates.",
        "The Ontario Ministry of Health on Monday issued a warning about raw milk. “Do not give "
        "it to children,” the advisory said.",
    )
    assert found == ["Ontario Ministry of Health"]


def test_the_bulletin_after_an_agencys_sentence():
    found = _speakers(
        "Rivers in the north are rising.",
        "The Tarn Environment Agency on Friday issued flood warnings for six towns. “Move "
        "valuables upstairs now,” the bulletin said.",
    )
    assert found == ["Tarn Environment Agency"]


def test_the_notice_after_a_boards_posting():
    found = _speakers(
        "Anglers have been told to stay away from the lake.",
        "The Vell Fisheries Board posted a closure order at the slipway on Sunday. “No fishing "
        "is permitted until further notice,” the notice said.",
    )
    assert found == ["Vell Fisheries Board"]


def test_the_notice_after_a_boards_deed_is_no_ones():
    # near-miss: the sentence before puts no document out: whose notice is not said
    found = _speakers(
        "Anglers have been told to stay away from the lake.",
        "The Vell Fisheries Board closed the lake on Sunday. “No fishing is permitted until "
        "further notice,” the notice said.",
    )
    assert found == [None]


def test_the_notice_after_a_deed_done_in_order_to_is_no_ones():
    # near-miss (rb3): the `order` of `in order to` is no document the body puts out
    found = _speakers(
        "Anglers have been told to stay away from the lake.",
        "The Vell Fisheries Board closed the lake on Sunday in order to restock it. “No fishing "
        "is permitted until further notice,” the notice said.",
    )
    assert found == [None]


def test_the_notice_after_a_boards_court_order_is_the_boards():
    # an order the body issues is still a document it puts out (rb3's near-miss kept)
    found = _speakers(
        "Anglers have been told to stay away from the lake.",
        "The Vell Fisheries Board won an order against night fishing on Sunday. “No fishing "
        "is permitted after dark,” the notice said.",
    )
    assert found == ["Vell Fisheries Board"]


def test_the_advisory_after_a_persons_sentence_stays_the_persons():
    # near-miss: a person opens the sentence before: no body takes her document (as before)
    found = _speakers(
        "Raw milk sales are rising at farm gates.",
        "Farmer Joan Pell on Monday read out a warning to buyers. “Do not give it to children,” "
        "the advisory said.",
    )
    assert found == ["Joan Pell"]


# --- a document after its body's quoted words ----------------------------------------------------


def test_the_report_after_a_commissions_words():
    found = _speakers(
        "A new ticket system will be scrapped, a watchdog has found.",
        "The Vell Audit Commission said the agency had bought it without “a clear plan”.",
        "The system was due to open in 2024. The report said tests had found “more than 900 "
        "faults”.",
    )
    assert found == ["Vell Audit Commission", "Vell Audit Commission"]


def test_the_notice_after_a_grocers_statement():
    found = _speakers(
        "Calder Foods Inc. will shut its Reno plant, according to a notice filed with the state.",
        "The grocer said in a statement Monday that the move would “simplify our network.”",
        "The notice, dated March 2, said the cuts would be “permanent.”",
    )
    assert found == ["Calder Foods Inc.", "Calder Foods Inc."]


def test_the_memo_after_a_trusts_words():
    found = _speakers(
        "Two wards will close at the Tarn hospital.",
        "The Tarn Valley Health Trust said the wards were “no longer safe to staff”.",
        "The memo said nurses would be “moved to the new unit by June”.",
    )
    assert found == ["Tarn Valley Health Trust", "Tarn Valley Health Trust"]


def test_the_report_after_a_residents_words_is_no_ones():
    # near-miss: a person spoke last in the paragraph before: the report is not hers
    found = _speakers(
        "A new ticket system will be scrapped.",
        "“It never worked,” said commuter Ann Rees.",
        "The report said tests had found “more than 900 faults”.",
    )
    assert found == ["Ann Rees", None]


def test_the_circular_after_a_bodys_unquoted_words_is_no_ones():
    # near-miss: the paragraph before reports a body's words but quotes none of them
    found = _speakers(
        "Two wards will close at the Tarn hospital.",
        "The Tarn Valley Health Trust said the wards would shut in June.",
        "“Nurses will move to the new unit,” the circular said.",
    )
    assert found == [None]


def test_the_report_whose_author_is_named_stays_the_authors():
    # near-miss: the report's author is named; a body quoted between does not take it
    found = _speakers(
        "A report by Coastline Surveys LLC found corrosion on the pier.",
        "The Harbour Users Association said it had “acted at once”.",
        "The report said the decking was “unsafe”.",
    )
    assert found == ["Harbour Users Association", "Coastline Surveys LLC"]


# --- a body's decision named by its possessive ---------------------------------------------------


def test_an_acronyms_decision_published_on_its_website():
    found = _speakers(
        "The Karoo Rugby Union fined the club R50,000.",
        "The KRU’s decision, published on its website, said the club had acted ‘in good faith’.",
    )
    assert found == ["Karoo Rugby Union"]


def test_a_tribunals_ruling_released_on_monday():
    found = _speakers(
        "The Vell Licensing Tribunal suspended the bar's licence.",
        "The tribunal's ruling, released on Monday, said the owners had been “warned twice”.",
    )
    assert found == ["Vell Licensing Tribunal"]


def test_a_boards_decision_said():
    found = _speakers(
        "The Tarn Planning Board refused the tower.",
        "The board’s decision said the design was “out of scale with the street”.",
    )
    assert found == ["Tarn Planning Board"]


# --- the civic body ------------------------------------------------------------------------------


def test_the_civic_body_is_the_municipal_corporation():
    found = _speakers(
        "NAGPUR: The Nagpur Municipal Corporation has fined a builder for blocking a drain.",
        "The contractor, Shree Drainage Services, could not be reached for comment.",
        "The civic body said in a statement that the drain was “fully cleared by Monday”.",
    )
    assert found == ["Nagpur Municipal Corporation"]


def test_the_municipal_authority_is_the_city_council():
    found = _speakers(
        "Vell City Council has closed the market hall.",
        "The roofer, Tarn Roofing Services, did not reply to calls.",
        "The municipal authority said the hall would reopen “in the spring”.",
    )
    assert found == ["Vell City Council"]


def test_the_civic_administration_is_the_municipality():
    found = _speakers(
        "Orlen City Corporation has banned trucks from the old town.",
        "The haulier, Orlen Freight Services, declined to comment.",
        "The civic administration said the ban would stay “until the bridge is mended”.",
    )
    assert found == ["Orlen City Corporation"]


def test_the_body_alone_is_not_the_municipality():
    # near-miss: `the body` with no civic word keeps its older reading
    found = _speakers(
        "Vell City Council has closed the market hall.",
        "The Tarn Roofing Federation will inspect it.",
        "The body said the roof was “beyond repair”.",
    )
    assert found != ["Vell City Council"]


# --- a single mark before a currency sign --------------------------------------------------------


def test_a_curly_single_quote_opening_with_euros():
    found = speaker_by_quote(
        "Clare Valley Council said the pier was shut.",
        "According to the council, the cost of repairs could reach ‘€1.5 million or more, "
        "depending on what the divers find’.",
    )
    assert found == {
        "€1.5 million or more, depending on what the divers find": ("Clare Valley Council")
    }


def test_a_straight_single_quote_opening_with_pounds():
    found = speaker_by_quote(
        "Tenants at Harlow Court said rents had risen 'far too fast'.",
        "One tenant, Ann Rees, said she now paid '£40 a week more than last year'.",
    )
    assert found["£40 a week more than last year"] == "Ann Rees"


def test_a_curly_single_quote_opening_with_dollars():
    found = speaker_by_quote(
        "Mayor Tom Ruiz said the bridge would cost ‘$12 million, maybe more’.",
    )
    assert found == {"$12 million, maybe more": "Tom Ruiz"}


def test_a_years_apostrophe_opens_no_quote():
    # near-miss: `’90s` is an elision before digits, not an opening mark
    found = speaker_by_quote(
        "Ann Rees said the street had ‘not changed since the ’90s’.",
    )
    assert list(found) == ["not changed since the ’90s"]
