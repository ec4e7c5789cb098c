"""Speakers87: bodies and their documents as speakers, traced first.

The reader's rules: a legal form after a comma belongs to the name before it (`X Export Co.,
Ltd`, `Y Widgets, Inc.`, `Z Holdings, LLC`; not a list of names). A document as a cue's subject
speaks for the body that issued, sent, served, posted or wrote it in the same or the previous
sentences (`a notice the operator posted`, `In a letter to growers, the firm blamed`, `A letter
from the <ACRONYM> to members said`, `according to its application`); a generic body noun
resolves to the article's one body of a fitting kind even far back.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_people import find_mentions
from api.parser.quotes import analyse_quotes
from tests.quotes.helpers import speakers as _speakers

_FILLER = (
    "Odalys Fenwick-Arro, who has lived in the town for 30 years, said the queues were long.",
    "“We wait and we wait, and nobody tells us anything,” Fenwick-Arro said.",
    "Her neighbour Tomasz Quillane said he had written to his MP twice.",
)


# --- a legal form after a comma belongs to the name ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The crates belonged to Orvan Pearl Trading Co., Ltd, a licensed exporter.",
            "Orvan Pearl Trading Co., Ltd",
        ),
        ("Shares of Quellmark Widgets, Inc. fell on Monday.", "Quellmark Widgets, Inc."),
        ("Tarnby Holdings, LLC said it would appeal.", "Tarnby Holdings, LLC"),
        (
            "The yard is leased to Brisk Venn Marine, Ltd. It closed in May.",
            "Brisk Venn Marine, Ltd.",
        ),
    ],
)
def test_a_legal_form_after_a_comma_is_the_names(text, name):
    found = [(m.kind, m.name) for m in find_mentions(text) if m.kind != "pronoun"]
    assert ("org", name) in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # (near-misses: a list of names, a person's role after a comma)
        ("He sued Orvan Foods, Harlow Brisk Ltd and Tarn Co. on Monday.", {"Orvan Foods"}),
        ("Ulla Brennick, Chief Executive, said sales fell.", {"Ulla Brennick"}),
        ("Orvan Foods, Tarnby Mills and Quell Ltd signed.", {"Orvan Foods"}),
        # (an Irish county after a town: `Co` opens a name of its own)
        ("A teacher in Ballykell, Co Tarran, said posts were empty.", {"Co Tarran"}),
    ],
)
def test_no_form_after_the_comma_leaves_the_name(text, names):
    found = {m.name for m in find_mentions(text) if m.kind != "pronoun"}
    assert names <= found


def test_the_exporter_with_a_comma_in_its_name_speaks():
    found = _speakers(
        "The fruit belonged to Orvan Pearl Trading Co., Ltd, one of nine licensed exporters.",
        *_FILLER,
        "In a letter to growers dated May 4, the exporter said payments would resume “next "
        "month at the latest”.",
    )
    assert found[-1] == "Orvan Pearl Trading Co., Ltd"


# --- a document speaks for the body a clause after it, or a fronted phrase, says issued it -------


def test_a_notice_the_operator_posted():
    found = _speakers(
        "The Kessock Leisure Pool, run under contract by Tarnvale Leisure Ltd, shut on Monday, "
        "according to a notice the operator posted on its website.",
        "“The pool will stay closed until the boiler is replaced,” the notice said. “We are "
        "sorry for the disruption.”",
    )
    assert found == ["Tarnvale Leisure Ltd", "Tarnvale Leisure Ltd"]


def test_the_letter_that_the_council_sent():
    found = _speakers(
        "Tenants of Quarrington House learned of the works from a letter that the council sent "
        "on Tuesday. Brennock Borough Council owns the block.",
        *_FILLER,
        "“Scaffolding will be in place for up to 12 weeks,” the letter said.",
    )
    assert found[-1] == "Brennock Borough Council"


def test_a_notice_the_tenants_posted_is_no_bodys():
    # (near-miss: the issuer's noun names people, no body; the body named before did not post it)
    found = _speakers(
        "Brennock Borough Council owns the block. Residents learned of the rent rise from a "
        "notice the tenants posted in the lobby.",
        "“Do not sign anything until Thursday's meeting,” the notice said.",
    )
    assert found[-1] is None


def test_a_fronted_letter_with_any_verb():
    found = _speakers(
        "The road upgrade was awarded to Orvel Civils (Pty) Ltd in 2022.",
        "Transport spokesperson Lindiwe Qotho said the contract had been cancelled.",
        *_FILLER,
        "In a letter to subcontractors dated June 2, the construction firm blamed late payments. "
        "“We cannot pay staff with promises,” the letter said.",
    )
    assert found[-1] == "Orvel Civils (Pty) Ltd"


def test_a_fronted_email_with_an_auxiliary():
    found = _speakers(
        "Harwick Primary School will close at noon on Friday.",
        *_FILLER,
        "In an email to parents on Thursday, the school has warned that buses will not run. "
        "“Please collect your child in person,” the email said.",
    )
    assert found[-1] == "Harwick Primary School"


def test_a_fronted_statement_is_its_subjects_not_its_objects():
    # (near-miss: the body the issuer blames, named after the verb, did not write it)
    found = _speakers(
        "The Vell Nurses Union and Tarnby District Council have clashed over rotas.",
        *_FILLER,
        "In a statement on Monday, the union accused the council of ignoring staff. “Nobody "
        "asked the nurses,” the statement said.",
    )
    assert found[-1] == "Vell Nurses Union"


@pytest.mark.parametrize(
    ("fronted", "document", "issuer"),
    [
        (
            "In a letter to the club’s secretary, the league organisers, Marlow Fixtures Ltd, said",
            "letter",
            "Marlow Fixtures Ltd",
        ),
        (
            "In an email to the club, the tour operators, Sennick Travel Ltd, wrote that",
            "email",
            "Sennick Travel Ltd",
        ),
        (
            "In a letter to members, the site managers, Orvane Estates Ltd, announced that",
            "letter",
            "Orvane Estates Ltd",
        ),
    ],
)
def test_a_fronted_document_past_a_plural_subjects_apposition(fronted, document, issuer):
    # (a plural noun before the apposition's comma is no verb: `the league organisers, X, said`;
    # the club the document was sent to, named in the lead, did not write it)
    found = _speakers(
        "Tarwick Rovers, who have played in the league since 1921, were docked six points.",
        *_FILLER,
        f"{fronted} the points had been ‘checked twice’. ‘The decision is final,’ the {document} "
        "said.",
    )
    assert found[-1] == issuer


# --- a document from a body's name or acronym speaks for that body -----------------------------


def test_a_letter_from_the_acronym_to_its_holders():
    found = _speakers(
        "The Vell Roads Agency (VRA) confirmed the weight limit on Tuesday.",
        *_FILLER,
        "A letter from the VRA to hauliers, seen by the Courier, said drivers who ignored the "
        "limit ‘will be prosecuted without warning’.",
    )
    assert found[-1] == "Vell Roads Agency"


def test_an_email_from_a_named_company():
    found = _speakers(
        *_FILLER,
        "An email from Tarnby Water Ltd to customers on Sunday said supplies would be “back to "
        "normal by Friday”.",
    )
    assert found[-1] == "Tarnby Water Ltd"


def test_a_letter_from_a_person_is_hers():
    # (near-miss: a person's name after `from` is no body)
    analysis = analyse_quotes(
        [
            "Residents met on Monday. A letter from Ann Kessock to the council, read aloud at the "
            "meeting, said the works were “a disgrace”."
        ]
    )
    assert analysis.quotes[-1].speaker in (None, "Ann Kessock")
    assert all(s.kind != "organisation" for s in analysis.speakers)


def test_a_notice_from_the_contractor_still_reads_the_noun():
    found = _speakers(
        "The works are run by Orvel Civils Ltd for the county.",
        *_FILLER,
        "A notice from the contractor taped to the doors said the road would reopen “in two "
        "weeks”.",
    )
    assert found[-1] == "Orvel Civils Ltd"


# --- what a body files to ask for something speaks for it --------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Brennock Grammar School had applied to raise fees by 12 percent, citing costs that "
            "had grown “faster than ever”, according to its application.",
            "Brennock Grammar School",
        ),
        (
            "Tarnby Quarries Ltd wants to extend its site, citing demand that is “at a record "
            "high”, according to its submission.",
            "Tarnby Quarries Ltd",
        ),
        # (near-miss: the sentence opens with other speakers, whose words the body's filing
        # does not give)
        (
            "Tarnby Quarries Ltd has asked to extend its site. Neighbours said the dust was "
            "“unbearable”, according to its submission.",
            None,
        ),
    ],
)
def test_its_application_is_the_subjects(text, speaker):
    assert _speakers(text)[-1] == speaker


# --- `the authority` of the article's one council, however far back ----------------------------


def test_the_authority_added_of_the_lone_council_far_back():
    found = _speakers(
        "A riding school near Pellby has lost its licence, Brennock Council said on Monday.",
        "The school was inspected by the local authority's licensing officers in June.",
        *_FILLER,
        *_FILLER,
        "Ponies still on the site were moved on Tuesday.",
        "“Owners must collect their animals within seven days,” the authority added.",
    )
    assert found[-1] == "Brennock Council"


def test_the_local_authority_of_the_lone_council():
    found = _speakers(
        "Tarnby Council closed the footbridge after an inspection in May.",
        *_FILLER,
        "“The bridge will reopen once repairs are signed off,” the local authority said.",
    )
    assert found[-1] == "Tarnby Council"


def test_the_authority_is_no_council_the_text_never_calls_the_local_authority():
    # (near-miss: `Kellam Arts Council` may be no place's government; nothing says it is)
    found = _speakers(
        "Quellby Arts Council froze its grants on Monday.",
        *_FILLER,
        "“Nothing will be paid before April,” the authority said.",
    )
    assert found[-1] is None


def test_two_councils_leave_the_authority_unread():
    # (near-miss: two councils named, neither is surely `the authority`)
    found = _speakers(
        "Brennock Council and Tarnby Council share the cost of the footbridge.",
        *_FILLER,
        "“The bridge will reopen once repairs are signed off,” the local authority said.",
    )
    assert found[-1] is None


def test_an_authority_by_its_name_before_a_council():
    # (near-miss: a body whose name says `Authority` is the authority, not the council)
    found = _speakers(
        "The Vell Harbour Authority and Brennock Council met on the pier on Friday.",
        *_FILLER,
        "“Moorings will be reallocated next month,” the authority said.",
    )
    assert found[-1] == "Vell Harbour Authority"


# --- a notice one is served with is its server's -----------------------------------------------


def test_served_with_a_notice_by_the_councils_officers():
    found = _speakers(
        "Brennock Council has ordered a bakery to close.",
        "Quellby Bakes Ltd was served with an emergency prohibition notice on Friday after a "
        "visit by the local authority's environmental health officers.",
        "“Mouse droppings were found on food preparation surfaces,” the notice said.",
    )
    assert found[-1] == "Brennock Council"


def test_served_with_an_order_by_the_authority():
    found = _speakers(
        "The Vell Housing Authority inspected the flats in March.",
        *_FILLER,
        "The landlord was served with an enforcement notice by the authority on Monday. “Damp "
        "must be treated within 28 days,” the notice said.",
    )
    assert found[-1] == "Vell Housing Authority"


def test_served_with_a_notice_by_no_body_is_no_ones():
    # (near-miss: the one served is no issuer, and no one serves it)
    found = _speakers(
        "Quellby Bakes Ltd makes bread for 40 shops.",
        *_FILLER,
        "The bakery was served with a notice on Friday. “Close the kitchen until further "
        "notice,” the notice said.",
    )
    assert found[-1] is None


# --- `the transport firm`: a word of the body's name before a noun of its kind ------------------


def test_the_transport_firm_far_back_past_an_unnamed_officials_body():
    found = _speakers(
        "The province ended its contract with Orvel Bus Transport (Pty) Ltd in March.",
        *_FILLER,
        *_FILLER,
        "A Treasury official who declined to be named said payments were “made in full”.",
        "In a short statement, the transport firm said it would “go to court”.",
    )
    assert found[-1] == "Orvel Bus Transport (Pty) Ltd"


def test_the_engineering_company_of_its_name():
    found = _speakers(
        "The bridge was built by Tarnvale Engineering Ltd in 2009.",
        *_FILLER,
        "The Vell Roads Agency said it had ordered a survey.",
        "“The bearings were replaced last year,” the engineering company said.",
    )
    assert found[-1] == "Tarnvale Engineering Ltd"


def test_the_transport_firm_is_no_department_of_transport():
    # (near-miss: the word is in a public body's name, which is no firm)
    found = _speakers(
        "The Department of Transport ended its deal with Vell Coaches Ltd.",
        *_FILLER,
        "“We will fight this,” the transport firm said.",
    )
    assert found[-1] != "Department of Transport"


# --- a document put up with no issuer said: the body named just before --------------------------


def test_notices_taped_up_after_the_body_of_the_lead():
    found = _speakers(
        "Boat owners must leave by June after the Vell Marina Trust said it would close berths "
        "at its Harlow Quay Docks.",
        "The notices, pinned to the gates on Tuesday, give owners 60 days. “No vessel may be "
        "used as a residence,” the notice said.",
    )
    assert found[-1] == "Vell Marina Trust"


def test_a_letter_pinned_to_each_door_in_the_paragraph_after():
    found = _speakers(
        "Tenants say Quarrick Homes Ltd has not repaired the lifts since March.",
        "A letter pinned to each door on Friday offered no date. “Engineers have been booked,” "
        "the letter said.",
    )
    assert found[-1] == "Quarrick Homes Ltd"


def test_a_notice_taped_up_with_no_body_near_is_no_ones():
    # (near-miss: the body was named three paragraphs before, the notice's issuer is not said)
    found = _speakers(
        "Quarrick Homes Ltd bought the block in 2019.",
        *_FILLER,
        "The notice, taped to the lift, gave no date. “Out of order,” the notice said.",
    )
    assert found[-1] is None


# --- the operator is no body the text calls a regulator ------------------------------------------


def test_the_operator_is_not_the_regulator_that_spoke_between():
    found = _speakers(
        "Moorings at Kell Quay will close in May, the Brennock Harbour Trust said on Monday.",
        *_FILLER,
        "Transport Vell, which regulates vessel safety, said in an email that berths "
        "were “a matter for the facility operator”.",
        "Councillor Ines Marrow said the closure was “a disgrace”.",
        "“Each case will be heard,” a spokesman for the operator said.",
    )
    assert found[-1] == "Brennock Harbour Trust"


def test_the_operator_right_after_the_regulator_spoke():
    found = _speakers(
        "The Quellby Canal Trust will drain the basin in June.",
        "The Vell Waterways Board, which licenses boats on the canal, said it had been told.",
        "“Owners were written to in March,” a spokeswoman for the operator said.",
    )
    assert found[-1] == "Quellby Canal Trust"


def test_the_regulator_is_still_the_regulator():
    # (near-miss: the noun for what the body is called answers it)
    found = _speakers(
        "The Quellby Canal Trust will drain the basin in June.",
        "The Vell Waterways Board, which licenses boats on the canal, said it had been told.",
        "“Licences stay valid,” a spokeswoman for the regulator said.",
    )
    assert found[-1] == "Vell Waterways Board"


# --- a notice at a site, the body's noun owning someone just before -----------------------------


def test_a_notice_pasted_on_the_gate_after_the_factorys_director():
    found = _speakers(
        "Workers of Tarnby Knitwear Ltd say they have not been paid since May and that the "
        "factory was locked on Monday.",
        *_FILLER,
        "The factory’s owner, Ilse Marrow, could not be reached. A notice pasted on the gate "
        "said work had been “suspended until further notice”.",
    )
    assert found[-1] == "Tarnby Knitwear Ltd"


def test_a_sign_posted_at_the_entrance_after_the_schools_head():
    found = _speakers(
        "Harwick Primary School will stay shut after a boiler failed.",
        *_FILLER,
        "The school’s head did not answer calls. A sign posted at the entrance said classes "
        "would resume “on Monday at the earliest”.",
    )
    assert found[-1] == "Harwick Primary School"


def test_a_notice_at_the_depot_after_a_drivers_cab_is_no_ones():
    # (near-miss: the noun that owns something is a person's, no body is named near)
    found = _speakers(
        *_FILLER,
        "The driver’s cab was empty. A notice at the depot said services were “cancelled”.",
    )
    assert found[-1] is None


# --- a government's department or district is `the agency`, never a company ----------------------


def test_an_email_from_the_agency_of_a_department():
    found = _speakers(
        "The Tarn Department of Parks and Rivers, which runs the weir, said repairs would start "
        "in June.",
        *_FILLER,
        "An email from the agency to staff, obtained by the Courier, said the review would end "
        "“within six weeks”.",
    )
    assert found[-1] == "Tarn Department of Parks and Rivers"


def test_the_agency_and_the_security_firm_of_a_transit_district():
    found = _speakers(
        "The Vell Regional Transit District will fine riders without tickets from May.",
        "Checks will be made by Quellby Guard Services Inc., which holds the district's contract.",
        *_FILLER,
        "A spokesperson for the agency said fines could be waived “for a first offence”.",
        "A spokesman for the security firm said officers would wear cameras “at all times”.",
    )
    assert found[-2:] == ["Vell Regional Transit District", "Quellby Guard Services Inc."]


def test_the_agency_named_since_a_bureau_spoke_is_the_agency():
    # (near-miss: a bureau is `the agency` by its head, a body named `Agency` since by its name)
    found = _speakers(
        "The Vell Insurance Fraud Bureau said claims had “doubled”.",
        *_FILLER,
        "The report asks that the Tarn Coastguard Agency test alarms at each survey. The agency "
        "said it would ‘consider the report carefully’.",
    )
    assert found[-1] == "Tarn Coastguard Agency"


def test_a_company_named_for_a_district_is_still_a_firm():
    # (near-miss: the name's head is its legal form, not `District`)
    found = _speakers(
        "Lake District Cruises Ltd cancelled sailings on Monday.",
        *_FILLER,
        "“Safety comes first,” the firm said.",
    )
    assert found[-1] == "Lake District Cruises Ltd"


# --- an energy or water cooperative is `the utility` -------------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("the Tarn Sound Energy Cooperative", "Tarn Sound Energy Cooperative"),
        ("the Vell Valley Electric Co-op", "Vell Valley Electric Co-op"),
        # (near-miss: a dairy's cooperative runs no utility)
        ("the Harlow Dairy Cooperative", None),
    ],
)
def test_the_utility_of_a_cooperative(body, speaker):
    found = _speakers(
        f"A storm cut power to 9,000 customers of {body} on Saturday.",
        *_FILLER,
        "In a statement on Monday, the utility said it would “review its priority list”.",
    )
    assert found[-1] == speaker
