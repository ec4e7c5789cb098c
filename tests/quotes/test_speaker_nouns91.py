"""Speakers91: people by a noun their introduction never used, read by the noun's shape.

`the (<modifier>) <noun>` as the subject of a speech verb, for a noun with a person's ending
(`-ist`, `-ian`, `-ee`, `-man`) or of a post (`the official`), is the person the text has just
been about: the subject of the latest sentence naming someone, passing over paragraphs that are
only a quote and sentences that go on about that person by `He`/`She`; a standing with a least
age (`the retiree`, `the pensioner`) is, when no one nearer fits, the latest person whose age
is old enough. The other sex, a post never given (`the official`), a trade held now (`the
retiree`) or an age too young contradicts the noun. Each with near-misses left alone.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_context import build_paragraphs
from api.parser.quote_noun_people import (
    modifier_shaped,
    person_shaped,
    pronoun_led,
    pronoun_sex,
    quote_only,
    trade_contradicts,
)
from api.parser.quote_orgs import ORG_ANAPHORS
from tests.quotes.helpers import speakers as _speakers

# --- the helpers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("apiarist", True),
        ("librarian", True),
        ("nominee", True),
        ("analyst", True),
        ("grazier", False),  # (a doer's `-er`: bodies take it as often)
        ("list", False),
        ("fee", False),
    ],
)
def test_person_shaped(noun, expected):
    assert person_shaped(noun) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("veteran", True), ("longtime", True), ("union", False), ("Acme", False), ("firm's", False)],
)
def test_modifier_shaped(word, expected):
    assert modifier_shaped(word, ORG_ANAPHORS) is expected


@pytest.mark.parametrize(
    ("text", "expected", "sex"),
    [
        ("He has since fitted locks. ", True, "m"),
        ("She moved out in May. ", True, "f"),
        ("Police have since fitted cameras. ", False, None),
        ("Hermann said so. ", False, None),
    ],
)
def test_pronoun_led(text, expected, sex):
    assert pronoun_led(text, [0]) is expected
    assert pronoun_sex(text, 0) == sex


def test_pronoun_led_wants_a_sentence():
    assert not pronoun_led("", [])


@pytest.mark.parametrize(
    ("masked", "expected"),
    [("\x00\x00\x00\x00", True), ("“\x00\x00.”", True), ("He said: \x00\x00", False)],
)
def test_quote_only(masked, expected):
    assert quote_only(masked) is expected


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("nurse at alder clinic", True),
        ("retired nurse", False),
        ("former pharmacist", False),
        (None, False),
    ],
)
def test_a_trade_held_now_contradicts_the_retiree(role, expected):
    assert trade_contradicts(role, "retiree") is expected


# --- a person's ending, after paragraphs only quoted and sentences led by a pronoun ----------


def test_the_apiarist_after_a_quote_only_paragraph_and_she():
    found = _speakers(
        "Opotiki grower Mere Halloran-Tui lost 30 hives last week. “They took the lot,” she said.",
        "“Ten years of breeding, gone.”",
        "She has since put locks on every gate. “It slows them down,” the apiarist said.",
    )
    assert found == ["Mere Halloran-Tui"] * 3


def test_the_craftsman_after_he():
    found = _speakers(
        "Kinloch luthier Brendan Osei-Frame lost his workshop to the flood. “Forty guitars, gone,”"
        " he said.",
        "“Some were half-built.”",
        "He has since moved into a garage. “The light is worse, but the roof holds,” the"
        " craftsman said.",
    )
    assert found == ["Brendan Osei-Frame"] * 3


def test_the_genealogist_of_a_relative_clause():
    found = _speakers(
        "Corinne Dubal-Mott, who has traced family trees for 30 years, says many records have"
        " been damaged. “Whole parishes are missing,” the genealogist said."
    )
    assert found == ["Corinne Dubal-Mott"]


def test_she_led_when_only_a_man_was_named_is_no_one():
    found = _speakers(
        "Kinloch grower Brendan Osei-Frame lost 30 hives last week. “They took the lot,” he said.",
        "“Ten years of breeding, gone.”",
        "She has since put locks on every gate. “It slows them down,” the apiarist said.",
    )
    assert found[-1] is None


def test_a_body_noun_after_a_quote_is_no_person():
    found = _speakers(
        "Kinloch grower Brendan Osei-Frame lost 30 hives last week. “They took the lot,” he said.",
        "“Ten years of breeding, gone.”",
        "He has since put locks on every gate. “It slows them down,” the committee said.",
    )
    assert found[-1] is None


def test_the_noun_as_an_object_is_not_the_speaker():
    found = _speakers(
        "Opotiki grower Mere Halloran-Tui lost 30 hives last week. “They took the lot,” she said.",
        "“Ten years of breeding, gone.”",
        "She has since called in help. “Come back in spring,” Petra Lisk told the apiarist.",
    )
    assert found[-1] == "Petra Lisk"


# --- `the <modifier> <noun>` ---------------------------------------------------------------------


def test_the_veteran_foundryman_introduced_after_among_those():
    found = _speakers(
        "Mayor Helga Brandvold called the closure “a blow” and said she would ask for help.",
        "“This town grew up around that mill,” she told reporters.",
        "Among those leaving the gates on Monday was Pavel Drozd, who has poured steel there"
        " since 1995. “My uncle worked here too,” the veteran foundryman said.",
    )
    assert found[-1] == "Pavel Drozd"


@pytest.mark.parametrize("owner", ["Acme", "Harbour", "Ledger"])
def test_a_capitalised_word_before_the_noun_says_whose_not_who(owner):
    # `the Acme foundryman`: a name before the noun says whose worker, not the one introduced
    found = _speakers(
        "Among those leaving the gates on Monday was Pavel Drozd, who has poured steel there"
        f" since 1995. “My uncle worked here too,” the {owner} foundryman said.",
    )
    assert found[-1] != "Pavel Drozd"


def test_the_longtime_pianist():
    found = _speakers(
        "Councillor Rhea Mbatha said the hall would be sold. “We cannot keep it,” she said.",
        "Among those at the last recital on Sunday was Ansel Koivu, who has tuned its pianos"
        " since 1988. “I will miss the room,” the longtime pianist said.",
    )
    assert found[-1] == "Ansel Koivu"


def test_the_local_horsewoman_when_only_a_man_was_named_is_no_one():
    found = _speakers(
        "Among those at the show on Sunday was Ansel Koivu, who has bred ponies since 1988.",
        "“I will miss the ring,” the local horsewoman said.",
    )
    assert found[-1] is None


# --- `the official`: someone given a post ------------------------------------------------------


def test_the_official_replied_in_a_colon_cue():
    found = _speakers(
        "The board's deputy registrar for licensing, Dr Omar Haddad, told reporters that 40"
        " permits had been revoked. “Nobody will lose out,” he said.",
        "Asked by the Gazette whether more would follow, the official replied: “We are looking"
        " at every file.”",
    )
    assert found == ["Omar Haddad", "Omar Haddad"]


def test_the_official_of_a_head_of_roads():
    found = _speakers(
        "The council's head of roads, Priya Nair, said the bridge would reopen in May. “The steel"
        " is on order,” she said.",
        "Asked whether the date would hold, the official said: “It will, if the weather does.”",
    )
    assert found == ["Priya Nair", "Priya Nair"]


def test_the_official_is_no_one_given_no_post():
    found = _speakers(
        "Dorian Webb, 40, said the queue had been there since dawn. “I came at five,” he said.",
        "Asked whether it would clear, the official replied: “Not today.”",
    )
    assert found[-1] is None


# --- a standing's least age ----------------------------------------------------------------------


def test_the_retiree_is_the_older_one_not_the_pharmacist():
    found = _speakers(
        "Ines Varga, 71, said she had booked the cruise in June. “We paid in full,” she said.",
        "Agnes Holm, a pharmacist at Brook Street, said she had lost her deposit. “It was for my"
        " mother,” she said.",
        "A spokeswoman for the operator said: “Refunds are coming.”",
        "“Coming when?” the retiree asked.",
    )
    assert found[-1] == "Ines Varga"


def test_the_pensioner_past_a_spokesman():
    found = _speakers(
        "Walter Greaves, 78, said he had booked the coach in June. “We paid in full,” he said.",
        "A spokesman for the operator said: “Refunds are coming.”",
        "“Coming when?” the pensioner asked.",
    )
    assert found[-1] == "Walter Greaves"


@pytest.mark.parametrize(
    "introduction",
    [
        "Ines Varga, 31, said she had booked the cruise in June.",  # too young
        "Agnes Holm, 66, a pharmacist at Brook Street, said she had lost her deposit.",  # works
    ],
)
def test_the_retiree_is_no_one_too_young_or_working(introduction):
    found = _speakers(
        introduction + " “We paid in full,” she said.",
        "A spokeswoman for the operator said: “Refunds are coming.”",
        "“Coming when?” the retiree asked.",
    )
    assert found[-1] is None


def test_the_retiree_reaches_no_age_written_far_back():
    found = _speakers(
        "Walter Greaves, 78, said he had booked the coach in June.",
        "The operator said all trips were cancelled.",
        "Fares would be refunded within a month, it said.",
        "Unions said staff had not been paid since March.",
        "“Nobody tells us anything,” the retiree said.",
    )
    assert found[-1] is None


# --- a surname a spelled number opens --------------------------------------------------------


def test_the_widow_of_a_surname_opening_on_a_number_and_her_carried_she():
    found = _speakers(
        "The lake is run by the Cedar Point Owners Association, whose president, Ross Hale, did"
        " not return calls.",
        "Delphine Three Stars-Ocampo, 71, loaded her truck with quilts. “I have never seen the"
        " water this high,” the widow said.",
        "She said she would stay with her son in Bixby. “What happens, happens,” she said.",
    )
    assert found[-2:] == ["Delphine Three Stars-Ocampo"] * 2


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Nina Two Bears, 41, said the road was shut.", "Nina Two Bears", "person"),
        ("Formula Two Racing said the race was off.", "Formula Two Racing", "org"),
        ("The James Two Rivers Foundation said so.", "James Two Rivers Foundation", "org"),
    ],
)
def test_a_spelled_number_opens_a_surname_only_after_a_given_name(text, name, kind):
    mentions = build_paragraphs([text]).paragraphs[0].mentions
    assert (mentions[0].name, mentions[0].kind) == (name, kind)
