"""Speakers86: people by a noun their introduction never used.

`the <noun> said` for a person's noun (a role, trade or standing) that names no body and no one
introduced by it is the subject of the latest sentence naming someone, unless the text
contradicts the noun of them (the other sex, a trade of another kind, an age below a standing's
least); the lead's unnamed subject is the one the next paragraph names by a definite noun; a
person set after the subject as their kin is not the one a noun (no kin word) means; a former
trade's field is a fact. Each with near-misses the rules must leave alone.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_noun_people import (
    BARE_PERSON_NOUNS,
    dashed_dateline,
    kin_apposed,
    lead_subject_opening,
    renamed_opening,
    sentence_sex,
    trade_contradicts,
    visited_before,
)
from api.parser.quote_open_bodies import open_body_noun
from tests.quotes.helpers import speakers as _speakers

# --- the helpers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("noun", "expected"),
    [("academic", True), ("chief", True), ("parent", True), ("contractor", False)],
)
def test_bare_person_nouns(noun, expected):
    assert (noun in BARE_PERSON_NOUNS) is expected


@pytest.mark.parametrize("noun", ["academic", "midwife", "parent"])
def test_a_bare_person_noun_calls_no_body(noun):
    assert not open_body_noun(noun)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("owned by Harold Finch, 81, and his wife, Maud", True),
        ("run by Omar Haddad and his daughter Lina", True),
        ("Harold Finch, 81, met Maud", False),
        ("with her colleague, Maud", False),  # a companion, not kin
    ],
)
def test_kin_apposed(text, expected):
    name = text.rsplit(" ", 1)[-1]
    assert kin_apposed(text, text.rindex(name)) is expected


@pytest.mark.parametrize(
    ("role", "head", "expected"),
    [
        ("teacher at the village school", "herdsman", True),
        ("economist", "academic", False),  # no kind lists it: no contradiction
        ("dentist", "parent", False),  # a standing, no trade
        ("retired teacher", "pensioner", False),
        (None, "herdsman", False),
        ("Cybersecurity analyst", "chief", True),  # a post the role neither holds nor fits
        ("head of the nation", "chief", False),
    ],
)
def test_trade_contradicts(role, head, expected):
    assert trade_contradicts(role, head) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A hospital porter accused of theft", True),
        ("An insider said", True),
        ("Police said a lorry driver", False),
        ("On Monday a porter", False),
    ],
)
def test_lead_subject_opening(text, expected):
    noun = "porter" if "porter" in text else "insider" if "insider" in text else "driver"
    assert lead_subject_opening(text, text.index(noun) + len(noun)) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The accused, Daniel Okoro, 39, is on trial", "Daniel", True),
        ("The woman, Dr Ruth Adeyemi, said", "Ruth", True),
        ("The court heard that Daniel Okoro", "Daniel", False),
        ("Minister Jo Brand said", "Jo", False),
    ],
)
def test_renamed_opening(text, name, expected):
    assert renamed_opening(text, text.index(name)) is expected


# --- a person's noun: the subject of the latest sentence naming someone ------------------------


def test_the_academic_is_the_economist_not_the_company():
    found = _speakers(
        "Orlan Foods Ltd said it would shut the plant in Kelby.",
        "Vellmore University sociologist Petra Lindqvist said the town had lost a third of its"
        ' jobs since 2010 and called it "a quiet collapse".',
        '"It will take a decade to replace them," the academic said.',
    )
    assert found == ["Petra Lindqvist", "Petra Lindqvist"]


def test_the_herdsman_is_the_kin_named_before():
    found = _speakers(
        "Nomsa Dube, 61, who runs the village shop, said the bridge had washed away twice."
        ' "We were not warned," she said.',
        "Her cousin, Thabo Ndlovu, said three of his cattle had strayed onto the highway.",
        '"The cattle are all we have," the herdsman said. "Nobody answers our letters."',
    )
    assert found == ["Nomsa Dube", "Thabo Ndlovu", "Thabo Ndlovu"]


def test_the_parent_is_the_dentist_with_children_at_the_school():
    found = _speakers(
        "The new timetable starts in May. Mrs Carla Bento, an architect with two sons in year"
        " five, said it was confusing.",
        '"We only want to see the plan," the parent said. "Nobody has shown us."',
    )
    assert found == ["Carla Bento", "Carla Bento"]


def test_the_chief_is_who_has_led_the_nation():
    found = _speakers(
        "The gallery said in a statement that the drums would be handed back.",
        "Tomas Whitebear, who has governed the band council for a decade, spoke at the ceremony.",
        '"My uncle spoke of these drums," the chief said.',
    )
    assert found == ["Tomas Whitebear"]


def test_two_men_named_the_subject_wins():
    found = _speakers(
        "Ivan Petrov, 70, said his neighbour Oleg Sidorov had lost ten sheep to the flood.",
        '"We have farmed here for forty years," the veteran said.',
    )
    assert found == ["Ivan Petrov"]


def test_a_trade_of_another_kind_contradicts_the_noun():
    found = _speakers(
        "Piet Mokoena, a teacher at the village school, said the road was closed again.",
        '"The cattle are all we have," the herdsman said.',
    )
    assert found == [None]


def test_the_other_sex_contradicts_the_noun():
    found = _speakers(
        "Anna Kowalska said three of her cattle had strayed onto the highway.",
        '"Nobody comes here," the herdsman said.',
    )
    assert found == [None]


def test_no_one_named_the_noun_is_of_someone_unnamed():
    found = _speakers(
        "The council said the road would be repaired by March.",
        '"We are tired of promises," the herdsman said.',
    )
    assert found == ["council"] or found == [None]


def test_a_herdsman_brought_in_unnamed_stays_unnamed():
    found = _speakers(
        "Jonas Berg, 50, said the road was a disgrace. A herdsman who asked not to be named"
        " said his cattle had strayed.",
        '"Nobody comes here," the herdsman said.',
    )
    assert found == [None]


def test_a_bodys_noun_stays_with_bodies():
    found = _speakers(
        "Harlow District Council approved the plan on Tuesday.",
        "Resident Mary Oduya, 44, said the site was unsafe.",
        '"We will review the decision," the council said.',
    )
    assert found == ["Harlow District Council"]


# --- the lead's unnamed subject, named in the next paragraph ---------------------------------


def test_the_leads_porter_is_the_accused_named_next():
    found = _speakers(
        "A hospital porter charged with stealing morphine pleaded not guilty on Monday.",
        "The accused, Daniel Okoro, 39, worked night shifts at the hospital for eleven years.",
        '"I took nothing from that cabinet," the porter told the jury.',
    )
    assert found == ["Daniel Okoro"]


def test_the_leads_driver_is_the_woman_named_next():
    found = _speakers(
        "A school bus driver who swerved to avoid a deer was cleared of dangerous driving.",
        "The woman, Ruth Adeyemi, 52, had driven the route for a decade.",
        '"I did what anyone would do," the driver said.',
    )
    assert found == ["Ruth Adeyemi"]


def test_an_insider_stays_unnamed_when_no_one_is_renamed():
    found = _speakers(
        "An insider said the deal had collapsed on Friday night.",
        "The company declined to comment.",
        '"It is over," the insider added.',
    )
    assert found == [None]


def test_a_pharmacist_stays_unnamed_after_a_minister_named():
    found = _speakers(
        "A pharmacist said the shelves had been empty for a week.",
        "Health minister Jo Brand said supplies would arrive on Monday.",
        '"I have heard that before," the pharmacist said.',
    )
    assert found == [None]


# --- a person set after the subject as their kin -----------------------------------------------


def test_the_pensioner_is_the_owner_not_his_wife():
    found = _speakers(
        "The rescued cat, Tigger, went home on Sunday with Harold Finch, 81, of Leeds, and his"
        " wife, Maud.",
        '"We thought we had lost him," the pensioner said. "He is all we have."',
    )
    assert found == ["Harold Finch", "Harold Finch"]


def test_the_baker_is_the_father_not_his_daughter():
    found = _speakers(
        "Omar Haddad, 66, opened the bakery on Mill Street in 1990 with his daughter, Lina.",
        '"We start at four every morning," the baker said.',
    )
    assert found == ["Omar Haddad"]


def test_an_age_below_the_standing_passes_the_subject_over():
    found = _speakers(
        "The dog belonged to Tom Reyes, 34, and his mother, Elena.",
        '"He was her whole life," the pensioner said.',
    )
    assert found == ["Elena"]


# --- a former trade's field is a fact ----------------------------------------------------------


def test_the_former_dental_nurse_is_the_owner():
    found = _speakers(
        "The cattery was closed by the council on Friday.",
        "The owner, Megan Price, 49, said she would fight the closure.",
        '"The cats were my whole life," the former dental nurse said.',
    )
    assert found == ["Megan Price"]


def test_the_former_merchant_seaman_is_who_runs_the_cafe():
    found = _speakers(
        "Ewan Grant, 61, runs the harbour cafe with his brother.",
        '"The sea gave me everything," the former merchant seaman said.',
    )
    assert found == ["Ewan Grant"]


def test_a_former_trade_with_no_one_named_is_no_one():
    found = _speakers(
        "The cattery closed on Friday after an inspection.",
        '"The cats were my whole life," the former dental nurse said.',
    )
    assert found == [None]


# --- what the subject rule leaves alone --------------------------------------------------------


def test_a_post_is_not_held_by_one_stated_in_another_trade():
    found = _speakers(
        "Fraud analyst Marek Nowicki said the leaked records would be sold within days, calling"
        ' it "a gift to criminals".',
        '"My father spoke of these songs," the chief said.',
    )
    assert found == ["Marek Nowicki", None]


def test_a_title_noun_is_its_holders_not_the_last_named():
    found = _speakers(
        "Farmer Joseph Wanyama said prices had halved since March.",
        '"Rents will not rise this year," the landlord said.',
    )
    assert found == [None]


def test_a_sentence_naming_no_one_before_the_cue_moves_on():
    found = _speakers(
        "Lena Marsh, 76, has kept bees on the hill since 1970.",
        "The fire was the second at the depot this month, police said."
        ' "Two is two too many," said the chief.',
    )
    assert found == [None]


def test_a_place_after_a_verb_of_going_is_no_one():
    found = _speakers(
        "The minister visited Rock Harbour on Tuesday to see the boats.",
        '"The nets cost more than the catch," the fisherman said.',
    )
    assert found == [None]


def test_the_sentences_pronoun_gives_the_one_person_a_sex():
    found = _speakers(
        "Every morning, Ashley Brennan-Hale opens the bakery for her first customers.",
        '"My boat has not left the harbour in a week," the fisherman said.',
    )
    assert found == [None]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Kota Baru - Two city buses were turned into libraries.", "Kota Baru", True),
        ("Kota Baru, a nurse, said the buses were late.", "Kota Baru", False),
    ],
)
def test_dashed_dateline(text, name, expected):
    assert dashed_dateline(text, 0, len(name)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("X opens the bakery for her first customers.", "f"),
        ("Her cousin, Y, said three of his cattle had strayed.", None),
        ("Y said the road was closed.", None),
    ],
)
def test_sentence_sex(text, expected):
    assert sentence_sex(text, 0, len(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The minister visited Rock Harbour", True), ("The minister met Rock Harbour", False)],
)
def test_visited_before(text, expected):
    assert visited_before(text, text.index("Rock")) is expected


def test_a_dateline_place_named_again_is_no_one():
    found = _speakers(
        "Kota Baru - Two old city buses parked for years at the Kota Baru depot now carry books"
        " to twelve villages.",
        '"We only want to see the plan," the parent said.',
    )
    assert found == [None]
