"""Speakers56: a pronoun after someone brought in unnamed by a noun of no sex (`A buyer, who
spoke on condition of anonymity, said`, `One resident, a retired miner, said`) is no one; styles
of address of other cultures before a name (`Puan`, `Encik`, `Shri`, `Mwalimu`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_unnamed import ANY_SEX, unnamed_sex
from tests.quotes.helpers import speakers as _speakers

# --- an unnamed person of no given sex, then `he`/`she` --------------------------------------


@pytest.mark.parametrize(
    ("phrase", "sex"),
    [
        ("A buyer for one of the merchants", ANY_SEX),
        ("a second-year law student", ANY_SEX),
        ("One resident, a retired coal miner", ANY_SEX),
        ("Another villager", ANY_SEX),
        ("An elderly man", "m"),
        ("A spokeswoman for the council", None),
        ("A report by the council", None),
        ("The student", None),
        ("A Dr", None),
    ],
)
def test_the_sex_of_an_unnamed_subject(phrase, sex):
    assert unnamed_sex(phrase) == sex


_NAMED_FIRST = (
    "Deputy Mayor Odile Brannigan and Councillor Teodor Lusk met the traders. “We hear you,” "
    "Brannigan said. “Prices will be reviewed,” Lusk said."
)


@pytest.mark.parametrize(
    ("unnamed", "pronoun"),
    [
        (
            "A buyer for one of the auction houses, who spoke on condition of anonymity because "
            "he was not allowed to talk to reporters, said the crop was wet.",
            "he",
        ),
        (
            "However, a third-year nursing student, who declined to be named, said she had "
            "seen the stalls close.",
            "she",
        ),
        (
            "One trader, a retired bus driver who spoke with Radio Velden from his stall, said "
            "he would not move.",
            "he",
        ),
        ("A man who lives by the market said he had heard shouting.", "he"),
        (
            "A vendor from the east gate, who asked not to be identified, said she lost a week.",
            "she",
        ),
    ],
)
def test_a_pronoun_after_someone_unnamed_of_no_given_sex_is_no_one(unnamed, pronoun):
    found = _speakers(_NAMED_FIRST, f"{unnamed} “Nobody came to help,” {pronoun} said.")
    assert found == ["Odile Brannigan", "Teodor Lusk", None]


def test_a_person_named_after_the_unnamed_one_is_the_pronoun_s():
    found = _speakers(
        _NAMED_FIRST,
        "A buyer, who spoke on condition of anonymity, said the crop was wet.",
        "Lusk told the council the market would reopen. “Nobody came to help,” he said.",
    )
    assert found[-1] == "Teodor Lusk"


def test_a_surname_alone_after_an_unnamed_questioner_is_the_pronoun_s():
    found = _speakers(
        "Flight director Marguerite Solberg-Ames briefed reporters. “We lost the signal,” she "
        "said.",
        "“Is the lander lost?” one reporter asked.",
        "Asked about the budget, Solberg-Ames paused. “We have options,” she said.",
    )
    assert found == ["Marguerite Solberg-Ames", None, "Marguerite Solberg-Ames"]


def test_an_unnamed_thing_is_no_person():
    found = _speakers(
        _NAMED_FIRST,
        "A report by the market board said prices fell. “We will act,” he said.",
    )
    assert found[-1] == "Teodor Lusk"


# --- styles of address of other cultures are no part of the name ------------------------------


@pytest.mark.parametrize(
    ("styled", "pronoun", "name"),
    [
        ("Puan Norhayati Kassim", "she", "Norhayati Kassim"),
        ("Encik Rosli Hamdan", "he", "Rosli Hamdan"),
        ("Cik Farah Idris", "she", "Farah Idris"),
        ("Shri Vikram Deshpande", "he", "Vikram Deshpande"),
        ("Smt Lalitha Raghavan", "she", "Lalitha Raghavan"),
        ("Shrimati Kavya Menon", "she", "Kavya Menon"),
        ("Mwalimu Baraka Otieno", "he", "Baraka Otieno"),
    ],
)
def test_a_style_of_address_before_a_name_is_no_part_of_it(styled, pronoun, name):
    found = _speakers(
        "Inspector Gale Whitcombe said the matter was under investigation.",
        f"The school's head, {styled}, said pupils had been sent home. “We informed the "
        f"parents,” {pronoun} told reporters.",
        f"“Everyone is safe,” {name.split()[-1]} said.",
    )
    assert found == [name, name]


@pytest.mark.parametrize(
    "name",
    ["Tun Tun Aung", "Sri Wahyuni Lestari", "Tan Boon Keat", "Toh Kian Seng"],
)
def test_a_name_that_opens_with_a_style_s_look_alike_keeps_it(name):
    found = _speakers(f"{name}, a trader, said the stalls were closed. “We lost a week,” he said.")
    assert found == [name]
