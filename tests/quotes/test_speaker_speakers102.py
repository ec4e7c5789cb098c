"""Mechanisms of issue 15 after the sixty-fifth set: a title's field joined by `and` and closed
by a field's noun (`Minister of Religious and Cultural Affairs Ann Lee`) is the role's, not the
name's; a run of capitals after `<a person's noun> from` and closed by the apposition's comma
(`a rice farmer from Ban Nam Dee,`) is where that person is from, a place, not a person a later
`the mother of three said` could mean.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_people import find_mentions
from tests.quotes.helpers import speakers

_SAID = " said the harbour would reopen “once the last wreck is lifted, not before.”"


@pytest.mark.parametrize(
    ("role", "name"),
    [
        ("Minister of Religious and Cultural Affairs", "Tevita Mahe"),
        ("Director of Coast and Delta Antiquities", "Nadia Fathi"),
        ("Minister of Youth and Community Affairs", "Sione Vake"),
        ("Commissioner of Health and Public Safety", "Dana Whitlow"),
        ("Secretary of Labour and Industrial Relations", "Mara Quist"),
    ],
)
def test_a_field_noun_after_a_title_and_field_is_the_roles(role, name):
    assert speakers(f"{role} {name}{_SAID}") == [name]


@pytest.mark.parametrize(
    ("role", "name"),
    [
        ("Minister of Water and Energy", "Irene Nakato Ssempa"),  # a three-word name stays whole
        ("Minister of Trade and Industry", "Ana Ruiz"),  # one field word, as before
    ],
)
def test_a_name_after_a_one_word_field_is_kept_whole(role, name):
    assert speakers(f"{role} {name}{_SAID}") == [name]


@pytest.mark.parametrize(
    ("person", "described", "village", "noun"),
    [
        ("Ms Khamsy Phonsavan", "a rice farmer", "Ban Huay Sai", "the mother of three"),
        ("Mr Tom Baker", "a retired dairy farmer", "Glen Ellen Ross", "the father of two"),
        ("Mrs Ada Okoro", "a schoolteacher", "Ikot Ekpene", "the grandmother"),
    ],
)
def test_a_hometown_after_a_persons_noun_is_no_one(person, described, village, noun):
    found = speakers(
        f"{person}, 41, {described} from {village}, said the water rose in the night.",
        f"‘The water came in the dark,’ {noun} said. ‘This morning there is nothing left.’",
    )
    assert found == [person.split(" ", 1)[1]] * 2


def test_a_letter_from_a_person_still_names_them():
    # (no person's noun before `from`: the sender is a person)
    found = speakers(
        "The club got a letter from Ann Lee, its former secretary, on Monday.",
        "“We are shocked and we are not alone,” Lee said.",
    )
    assert found == ["Ann Lee"]


def test_a_body_after_a_persons_noun_stays_a_body():
    # (a body's word ends the run: the staff member's employer, still a body, no place)
    mentions = find_mentions(
        "Jo Hart, a spokesperson from Acme Growers Union, said members were shocked."
    )
    assert [m.kind for m in mentions if m.name == "Acme Growers Union"] == ["org"]


@pytest.mark.parametrize(
    ("role", "name", "asked", "placed"),
    [
        ("Board chair", "Peter Dunne", "Asked by the Herald whether", "the Ballymore man"),
        ("Club chair", "Maeve Tully", "Asked by the Courier whether", "the Kinsale woman"),
        ("Coach", "Sam Iti", "Asked whether", "the Waikato man"),
    ],
)
def test_a_hometown_man_no_one_was_tied_to_is_the_last_speaker(role, name, asked, placed):
    surname = name.split()[-1]
    found = speakers(
        f"{role} {name} said the rule applied to all. “Nobody likes this,” {surname} said.",
        f"{asked} the delay lay with the board, {placed} replied: “An appeal would look at it.”",
    )
    assert found == [name, name]


def test_a_hometown_man_after_a_person_asking_is_not_the_last_speaker():
    # (a person named before the cue: the hometown may be theirs, so no guess)
    found = speakers(
        "Board chair Peter Dunne said the rule applied to all. “Nobody likes this,” Dunne said.",
        "Asked by Ann Lee whether the delay lay with the board, the Ballymore man replied: “An "
        "appeal would look at it.”",
    )
    assert found == ["Peter Dunne", None]


def test_a_hometown_woman_after_a_man_spoke_is_not_him():
    found = speakers(
        "Board chair Peter Dunne said the rule applied to all. “Nobody likes this,” Dunne said.",
        "“An appeal would look at that,” the Ballymore woman said.",
    )
    assert found == ["Peter Dunne", None]


def test_a_hometown_tied_to_someone_still_names_them():
    # (placed_person first: `the Dublin man` of the man who lives in Dublin)
    found = speakers(
        "Mayor Tom Healy, who lives in Dublin, spoke first. Board chair Peter Dunne said the rule "
        "applied to all. “Nobody likes this,” Dunne said.",
        "“An appeal would look at that,” the Dublin man said.",
    )
    assert found == ["Peter Dunne", "Tom Healy"]
