"""Speakers82: bodies called by a noun their name does not hold, named paragraphs before with
people, places or other bodies between, and a body's document as the cue's subject.

The reader's rules: a legal form closes a company's name (`X Rail Sdn Bhd`); `the firm` is no
body the text shows regulating; a body is `the contractor` by a service done for a time (`has
been run since 2019 by`) or an owner's contract with it; a lone word the text writes as a place
(`in Tarsel`, `An Orwa man`) is no body; a body's kind is its name's head (`Ministry of Health`
is no health group; an association is `the group`); a water authority is `the utility`; a port
company `the landlord`; a church's `kirk session`. A document speaks for the body that issued,
wrote or put it up: `served a noise abatement notice`, `issued a closure direction`, `A
spokesperson for the embassy said in a statement`, `The company's statement`, `A report by
consultants X`, `An audit ..., prepared by Y`, `A notice at the depot`; with none said, no one.
A label gives a firm its post (`Joint administrators X LLP`), and a fronted phrase written
without its comma leaves its subject (`In a later update the administrators said`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_described import unfronted_subject
from api.parser.quote_documents import posted_at_site
from api.parser.quote_generic_bodies import CONGREGATION_NOUNS, generic_nouns, regulates
from api.parser.quote_open_bodies import served_by_nouns
from api.parser.quote_orgs import (
    business_named,
    fits,
    kind_fitted,
    trade_nouns,
    utility_named,
)
from api.parser.quote_people import find_mentions
from tests.quotes.helpers import speakers as _speakers

_FILLER = (
    "Odalys Fenwick-Arro, who has lived in the town for 30 years, said the queues were long.",
    "“We wait and we wait, and nobody tells us anything,” Fenwick-Arro said.",
    "Her neighbour Tomasz Quillane said he had written to his MP twice.",
)


# --- a legal form closes a company's name -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The train, operated by Orlen Vaya Rail Sdn Bhd, lost power.", "Orlen Vaya Rail Sdn Bhd"),
        ("Rubbish is collected by Tarn Kossa Pvt Ltd, the council said.", "Tarn Kossa Pvt Ltd"),
        ("The audit was prepared by Wendo Mabeki & Associates.", "Wendo Mabeki & Associates"),
        ("The plant is owned by Quell Rhin Gmbh, a German firm.", "Quell Rhin Gmbh"),
    ],
)
def test_a_legal_form_closes_a_companys_name(text, name):
    found = [(m.kind, m.name) for m in find_mentions(text) if m.kind != "pronoun"]
    assert ("org", name) in found


@pytest.mark.parametrize(
    ("name", "business"),
    [("Orlen Vaya Rail Sdn Bhd", True), ("Wendo Mabeki & Associates", True), ("Sdn", False)],
)
def test_a_form_alone_is_no_business(name, business):
    assert business_named(name) is business


# --- `the firm` is no body shown regulating ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "after", "regulator"),
    [
        ("Orlen Resources Vell", ", which regulates dust and discharges from the site", True),
        ("Tarn Waters Kell", " (TWK), which licenses abstraction, had not objected", True),
        ("Orlen Resources Vell", ", which regulated its own valves badly", False),
        ("Vell Foods", ", which supplies the schools, said", False),
    ],
)
def test_a_relative_clause_shows_a_regulator(name, after, regulator):
    assert regulates(name, after) is regulator


def test_the_firm_is_not_the_regulator_that_spoke_since():
    found = _speakers(
        "The council refused an application by Brenmoor Aggregates Ltd to extend the quarry.",
        "Orlen Resources Vell, which regulates dust from the site, had not objected.",
        "A spokesman for the regulator said: “Vibration is a matter for the planners.”",
        *_FILLER,
        "In a letter to residents, the firm said blasts were “within the limits”.",
    )
    assert found[0] == "Orlen Resources Vell"
    assert found[-1] == "Brenmoor Aggregates Ltd"


def test_the_company_is_not_the_transit_authority_named_between():
    found = _speakers(
        "The monorail, operated by Orlen Vaya Rail Sdn Bhd, stalled for an hour.",
        *_FILLER,
        "The Tarsel Valley Transit Authority (TVTA), which regulates rail services, said it had "
        "ordered a report.",
        "In a statement, the company said the stall was caused by “a collector fault”.",
    )
    assert found[-1] == "Orlen Vaya Rail Sdn Bhd"


def test_the_firm_is_no_public_body_that_spoke_since():
    found = _speakers(
        "Baggage at the terminal is handled by Tarsel Ground Services Pvt Ltd under a concession.",
        *_FILLER,
        "The Directorate of Vell Aviation has sought a report. A directorate spokesperson said: "
        "“We have asked why the plan failed.”",
        "In a brief response, the firm said a motor had “burnt out”.",
    )
    assert found[-1] == "Tarsel Ground Services Pvt Ltd"


def test_the_regulator_still_answers_the_regulator():
    # (near-miss: the noun the regulator's own deed gives is still the regulator's)
    found = _speakers(
        "The council refused an application by Brenmoor Aggregates Ltd to extend the quarry.",
        "Orlen Resources Vell, which regulates dust from the site, had not objected.",
        *_FILLER,
        "A spokesman for the regulator said: “Vibration is a matter for the planners.”",
    )
    assert found[-1] == "Orlen Resources Vell"


# --- the contractor by a service done for a time, or an owner's contract -------------------------


@pytest.mark.parametrize(
    ("before", "nouns"),
    [
        ("The plant has been run since 2019 by ", {"contractor", "operator"}),
        ("The ferry is operated on weekends by ", {"contractor", "operator"}),
        ("The lifts were maintained in 2020 by the ", {"contractor", "operator", "maintainer"}),
        ("The city’s contract with ", {"contractor", "operator"}),
        ("Last year the council awarded the cleaning contract to ", {"contractor", "operator"}),
        ("Bins are emptied under a contract with the ", set()),  # (the client)
        ("a contract managed since 2019 by the ", set()),  # (no copula: the client)
    ],
)
def test_a_service_or_a_contract_makes_the_contractor(before, nouns):
    assert set(served_by_nouns(before)) == nouns


def test_the_contractor_past_a_mayor_named_between():
    found = _speakers(
        "The desalination plant has been run since 2019 by Brackwater Pure LLC under a 15-year "
        "agreement.",
        "Orwa Mayor Dolores P. Tenorio-Cruz said her office was delivering water. “We go house "
        "to house,” the mayor said.",
        "In a letter to the board, the contractor said the penalties were “not supported by the "
        "data”.",
    )
    assert found[-1] == "Brackwater Pure LLC"


def test_a_spokeswoman_for_the_contractor_of_an_owners_contract():
    found = _speakers(
        "The city’s contract with Kelvane Traffic Systems Inc., which owns the cameras, runs "
        "until 2028.",
        *_FILLER,
        "Reached Wednesday, a spokeswoman for the contractor said: “We are reviewing the letter.”",
    )
    assert found[-1] == "Kelvane Traffic Systems Inc."


def test_a_client_is_no_contractor():
    # (near-miss: `under a contract with the Department`: the department is the client)
    found = _speakers(
        "Rubbish is collected by Quarrow Waste Ltd under a contract with the Department of "
        "Housing.",
        *_FILLER,
        "In a written answer, the contractor said it had “doubled the rounds”.",
    )
    assert found[-1] == "Quarrow Waste Ltd"


# --- a place's lone word is no body --------------------------------------------------------------


def test_the_group_is_no_town_named_between():
    found = _speakers(
        "The Velmaran Association of Private Bus Owners said its members would carry the forms.",
        "Ahmad Qasrawi-Tell, principal of a boys’ school in Tarsel, said: “Not one child goes "
        "without a signature.”",
        "A nurse in Tarsel, who asked not to be named, said half the forms came back blank.",
        "In a circular to its members, the group said schools should allow “at least 48 hours”.",
    )
    assert found[-1] == "Velmaran Association of Private Bus Owners"


def test_a_spokesman_for_the_ministry_is_no_town():
    found = _speakers(
        "KELBA - The Ministry of Health on Sunday began vaccinating children in schools.",
        *_FILLER,
        "A teacher in Tarsel, who asked not to be named, said: “Some forms are blank.”",
        "A spokesman for the ministry said: “Teams will return in March.”",
    )
    assert found[-1] == "Ministry of Health"


def test_a_spokeswoman_for_the_utility_is_no_home_town():
    found = _speakers(
        "The Orwa United Water Authority said the rotation schedule would continue.",
        "The plant has been run since 2019 by Brackwater Pure LLC under a 15-year agreement.",
        *_FILLER,
        "An Arvel man who declined to be named said he showers at the gym. “I pay $40 a "
        "month,” he said.",
        "A spokeswoman for the utility said: “Call our customer line for a delivery.”",
    )
    assert found[-1] == "Orwa United Water Authority"


def test_a_body_that_speaks_is_no_place():
    # (near-miss: a lone name that speaks, never written as where someone is, stays a body)
    found = _speakers(
        "Kestrava said it would close the branch in March.",
        "“We are sorry,” the company said.",
    )
    assert found == ["Kestrava"]


# --- a body's kind by its name's head; a utility; a port company; a church ----------------------


@pytest.mark.parametrize(
    ("head", "name", "fit"),
    [
        ("group", "Velmaran Association of Private Bus Owners", True),
        ("group", "Ministry of Health", False),  # (`health` is no group's head here)
        ("utility", "Orwa United Water Authority", True),
        ("utility", "Tarn Power Corporation", True),
        ("utility", "Tarn Food Standards Authority", False),
        ("landlord", "Vell Gateway Ports Ltd", True),
        ("landlord", "Department of Harbours", False),
        ("session", "St Ardan’s Parish Church", True),
        ("authority", "St Ardan’s Parish Church", False),
    ],
)
def test_the_kind_by_the_names_head(head, name, fit):
    assert (kind_fitted(head, name) or fits(head, name)) is fit


def test_a_union_is_no_group_by_kind():
    # (near-miss: `the group` read by kind is no union, which a text calls `the union`)
    assert not kind_fitted("group", "Tarn Shopworkers Union")


@pytest.mark.parametrize(
    ("name", "utility"),
    [
        ("Orwa United Water Authority", True),
        ("Vell Water and Sewerage Board", True),
        ("Vell Resources Authority", False),
        ("Tarn Water", False),  # (a company by its name's last word: see _NAME_KINDS)
    ],
)
def test_a_public_utility_by_its_service(name, utility):
    assert utility_named(name) is utility


def test_a_port_company_and_a_church_by_their_words():
    assert {"operator", "landlord"} <= trade_nouns("Vell Gateway Ports Ltd")
    assert trade_nouns("Department of Harbours") == frozenset()
    assert generic_nouns("St Ardan’s Parish Church") == CONGREGATION_NOUNS
    assert not fits("authority", "St Ardan’s Parish Church")


def test_the_landlord_past_a_trawler_owner_named_between():
    found = _speakers(
        "Vell Gateway Ports Ltd had set aside 40 hectares at the wharf for turbine assembly.",
        "Trawler owner Graeme Pettifer-Lowe, 63, said the news was “the best in years”.",
        "In a letter to tenants on Friday, the landlord said the site would be “re-marketed”.",
    )
    assert found[-1] == "Vell Gateway Ports Ltd"


def test_a_spokesman_for_the_kirk_session():
    found = _speakers(
        "The City of Varne Council served a noise abatement notice on St Ardan’s Parish Church.",
        "Dr Moira Kellas, the church’s minister, said the bells had rung for 150 years.",
        "A spokesman for the kirk session said: “We have asked for a meeting.”",
        "The local authority said it was obliged to act. “Officers visited twice,” a council "
        "spokeswoman said.",
    )
    assert found[-2:] == ["St Ardan’s Parish Church", "City of Varne Council"]


# --- a body's document as the cue's subject ------------------------------------------------------


def test_a_notice_served_with_words_of_its_kind():
    found = _speakers(
        "The City of Varne Council served a noise abatement notice on the church last week.",
        "The notice said the ringing was “a statutory nuisance”.",
    )
    assert found == ["City of Varne Council"]


def test_a_regulators_direction():
    found = _speakers(
        "The Tarn Pollution Control Board (TPCB) issued a closure direction to the plant on "
        "Tuesday. The direction said the pond had been “operated beyond its capacity”.",
    )
    assert found == ["Tarn Pollution Control Board"]


def test_a_direction_no_one_issued_is_no_ones():
    # (near-miss: a document no body is said to issue gives no one, not a body named near)
    found = _speakers(
        "Farmers met the Tarn Pollution Control Board on Tuesday.",
        "A closure direction was pinned to the gate. The direction said the pond was “unsafe”.",
    )
    assert found == [None]


def test_a_spokespersons_statement():
    found = _speakers(
        "The visas were refused by the Embassy of Norvell, the federation said.",
        *_FILLER,
        "A spokesperson for the embassy said in a statement that it did not comment on cases.",
        "“All applications are assessed on their merits,” the statement said.",
    )
    assert found[-1] == "Embassy of Norvell"


def test_the_companys_statement_by_its_kind():
    found = _speakers(
        "The developer, Corran Breeze Energy Pty Ltd, said it would hand back its licence.",
        *_FILLER,
        "The company’s statement said it would “work with the regulator”.",
    )
    assert found[-1] == "Corran Breeze Energy Pty Ltd"


def test_the_unions_statement_of_a_bare_name_is_no_ones():
    # (near-miss: `Okafor` is only a bare name: no union's statement)
    found = _speakers(
        "“Nobody on this council wanted it,” Ndukwe said.",
        "The union’s statement ended: “We will be watching.”",
    )
    assert found == ["Ndukwe", None]


def test_a_report_by_consultants_and_its_later_words():
    found = _speakers(
        "An engineering report by consultants Harlow Venn Partners, commissioned by council, "
        "found ‘advanced spalling’ along the deep end.",
        "‘The shell could fail without warning,’ the report said.",
    )
    assert found == ["Harlow Venn Partners", "Harlow Venn Partners"]


def test_an_audit_prepared_after_an_aside():
    found = _speakers(
        "An audit report for 2024 seen by the Courier, prepared by Wendo Mabeki & Associates, "
        "flagged bad loans. “Recovery is doubtful,” the report said.",
    )
    assert found == ["Wendo Mabeki & Associates"]


def test_a_report_seen_by_a_paper_is_not_the_papers():
    # (near-miss: the paper that saw a report did not write it)
    found = _speakers(
        "An audit report for 2024, seen by the Courier, said the loans were “doubtful”.",
    )
    assert found == [None]


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        ("A notice at the Kelby depot said the last bus leaves at 6pm.", True),
        ("A note posted in the lobby said the landlord was working on it.", True),
        ("A sign outside the Varne Road branch said it had closed.", True),
        ("A notice from the council said the road was shut.", False),
        ("A note said the landlord was working on it.", False),
    ],
)
def test_a_document_put_up_at_a_site(sentence, site):
    assert posted_at_site(sentence, 0, len(sentence)) is site


def test_a_notice_at_a_depot_is_the_company_named_before():
    found = _speakers(
        "Kelby Link Coaches Ltd, which has run the route since 2011, said it had lost money.",
        "A notice at the Kelby depot said the last bus would leave at 6.40pm and that “no "
        "replacement service is planned”.",
    )
    assert found[-1] == "Kelby Link Coaches Ltd"


def test_a_note_in_the_lobby_is_the_building_owners():
    found = _speakers(
        "The building’s owner, Marwan Crest Properties, did not respond. A note posted in the "
        "lobby said the landlord was “working with all parties”.",
    )
    assert found == ["Marwan Crest Properties"]


def test_a_notice_at_a_site_of_no_body_named_near_is_no_ones():
    # (near-miss: the company named paragraphs back is not said to run the site)
    found = _speakers(
        "Kelby Link Coaches Ltd said it had lost money on the route.",
        *_FILLER,
        "A notice at the Kelby depot said the last bus would leave at 6.40pm and that “no "
        "replacement service is planned”.",
    )
    assert found[-1] is None


# --- a firm by the post its label gives; a fronted phrase without its comma ---------------------


def test_administrators_by_their_label():
    found = _speakers(
        "Joint administrators Tarvel Recovery LLP said the business had lost money.",
        *_FILLER,
        "In a later update the administrators said they were “in talks with two buyers”.",
    )
    assert found[-1] == "Tarvel Recovery LLP"


def test_liquidators_by_their_label():
    found = _speakers(
        "Liquidators Harmon Vale said the yard would close.",
        "Parents were angry. “Nobody told us,” said Ann Roe.",
        "In an update, the liquidators said they were “in talks with buyers”.",
    )
    assert found[-1] == "Harmon Vale"


def test_administrators_named_as_people_are_people():
    # (near-miss: given names after the label: the administrators are people, no firm)
    found = _speakers(
        "Administrators Ann Reid and Tom Hale of Tarvel Recovery LLP said the business had lost "
        "money.",
        "In an update, the administrators said they were “in talks with buyers”.",
    )
    assert found[-1] != "Tarvel Recovery LLP"


@pytest.mark.parametrize(
    ("phrase", "subject"),
    [
        ("In a later update the administrators", "the administrators"),
        ("On Friday the council", "the council"),
        ("In its letter the joint administrators", "the joint administrators"),
        ("A spokesman for the council", None),  # (no fronted phrase)
        ("In a statement the Vell Council", None),  # (a name: the older rules read it)
    ],
)
def test_a_fronted_phrase_without_its_comma(phrase, subject):
    found = unfronted_subject(phrase.split())
    assert (" ".join(found) if found else None) == subject


def test_administrators_in_apposition_after_an_owners_noun():
    found = _speakers(
        "The company’s administrators, Halden Advisory, said Orlo Homes owed $12 million.",
        *_FILLER,
        "Creditors meet on Friday. “We expect a clearer picture within six weeks,” the "
        "administrators said.",
    )
    assert found[-1] == "Halden Advisory"
