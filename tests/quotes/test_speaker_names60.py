"""Mechanisms of issue 15 (speakers60): the shape of a name.

An agent noun opening a sentence before a full name (`Crofter Ian Bell, 72, said`) is the
person's work when the article writes the word it is made from in lower case (`the croft`);
a body named in full is met again by an acronym no bracket gave: its initials with `of`'s
letter (`DOC` of `Department of Conservation`) or without its kind noun at the end (`GLOV` of
`Great Lakes & Ohio Valley Railway`); a body's distinctive word before `spokesperson` (`a
Garda spokesperson`) is the one body named in full that holds it, and a capital `An` inside a
sentence is a word of a body's name (`An Garda Síochána`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_aliases import headless_initials, loose_initials, of_initials
from api.parser.quote_names import agent_stems
from api.parser.quote_short_forms import body_of_word
from tests.quotes.helpers import speakers as _speakers

# --- the agent noun before a name -------------------------------------------------------------


@pytest.mark.parametrize(
    ("noun", "stem_sentence"),
    [
        ("Crofter", "Her family has worked the same croft for a century."),
        ("Trawlerman", "He has fished the bay since he was a boy."),  # (-man: trade_opening)
        ("Roofer", "She has mended every roof on the street."),
        ("Shearer", "They shear four hundred ewes a day in June."),
        ("Sailor", "He first went to sail at fourteen."),
    ],
)
def test_an_agent_noun_before_a_full_name_is_the_persons_work(noun, stem_sentence):
    found = _speakers(
        f"{noun} Gareth Pennant, 68, said the grant was 'too little, too late'.",
        stem_sentence,
        "'We were promised more than this,' the 68-year-old said.",
    )
    assert found == ["Gareth Pennant", "Gareth Pennant"]


def test_an_agent_noun_without_its_stem_in_the_article_keeps_the_capital():
    # near-miss: nothing shows `Dresher` to be a common noun (the article never writes `dresh`)
    found = _speakers("Dresher Gareth Pennant said the grant was 'too little, too late'.")
    assert found == ["Dresher Gareth Pennant"]


@pytest.mark.parametrize(
    ("given", "stem_sentence"),
    [
        ("Parker", "The park was closed on Sunday."),
        ("Turner", "The tide will turn at noon."),
        ("Baker", "They bake bread every morning."),
    ],
)
def test_a_given_name_made_like_an_agent_noun_stays_in_the_name(given, stem_sentence):
    # near-miss: a given name that is also a trade's word keeps its place in the name
    found = _speakers(
        stem_sentence,
        f"{given} Ines Calloway said the grant was 'too little, too late'.",
    )
    assert found == [f"{given} Ines Calloway"]


def test_a_trade_word_as_a_surname_is_the_name():
    # near-miss: `Baker`, `Mason` after a given name are surnames (a two-word name is whole)
    found = _speakers(
        "They bake bread every morning.",
        "Gwen Baker said she was 'glad to see it go'.",
        "Owain Mason said he had 'no regrets at all'.",
    )
    assert found == ["Gwen Baker", "Owain Mason"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "John Farmer said he was 'glad to see it go'.",
        "'We are glad to see it go,' John Farmer said.",
        "The farm was sold in May. John Farmer said he was 'glad to see it go'.",
    ],
)
def test_farmer_after_a_given_name_is_a_surname(paragraph):
    # near-miss: a job's word after a given name is the person's surname, no title
    assert _speakers(paragraph) == ["John Farmer"]


def test_farmer_before_a_full_name_is_the_job():
    found = _speakers("Farmer Gwen Holt said she was 'glad to see it go'.")
    assert found == ["Gwen Holt"]


def test_an_agent_noun_inside_a_sentence_is_left_alone():
    # near-miss: only a sentence's first word takes a capital it does not own
    found = _speakers(
        "Her family has worked the same croft for a century.",
        "The board met Crofter Gareth Pennant, who said the grant was 'too little, too late'.",
    )
    assert found == ["Crofter Gareth Pennant"]


def test_agent_stems():
    assert agent_stems("crofter") == ["croft", "crofte"]
    assert agent_stems("sailor") == ["sail"]
    assert "run" in agent_stems("runner")
    assert agent_stems("ryder") == ["ryd", "ryde"]  # (words no article writes)
    assert agent_stems("pianist") == []


# --- the acronym of a body named in full --------------------------------------------------------


def test_initials_with_of_and_without_the_kind_noun():
    assert of_initials("Department of Conservation".split()) == "DOC"
    assert of_initials("Bank of the Southern Isles".split()) == "BOSI"
    assert of_initials("Southern Isles Bank".split()) == ""
    assert headless_initials("Great Lakes & Ohio Valley Railway".split()) == "GLOV"
    assert headless_initials("Great Lakes & Ohio".split()) == ""
    assert loose_initials("Saint-Remy Ferry Company".split()) == ["SF", "SRFC", "SRF"]
    assert "DC" not in loose_initials("Department of Conservation".split())


@pytest.mark.parametrize(
    ("body", "acronym"),
    [
        ("Department of Marine Parks", "DOMP"),
        ("Office of the Water Regulator", "OOWR"),
        ("Northern Plains & Lakes Railroad", "NPL"),
        ("Carrow Bay Ferry Company", "CBF"),
    ],
)
def test_a_bodys_acronym_never_given_in_brackets_is_the_body(body, acronym):
    found = _speakers(
        f"The {body} said the beach would stay closed for a week.",
        "Residents were told to keep away from the water.",
        f'"We will reopen when it is safe," a {acronym} spokeswoman said.',
    )
    assert found == [body]


def test_an_acronym_no_body_spells_is_itself():
    # near-miss: `DOW` spells nothing the article named
    found = _speakers(
        "The Department of Conservation said the beach would stay closed.",
        '"We will reopen when it is safe," a DOW spokeswoman said.',
    )
    assert found == ["DOW"]


def test_two_bodies_spelling_one_acronym_give_neither():
    # near-miss: `DOH` of `Department of Health` and of `Department of Housing`
    found = _speakers(
        "The Department of Health and the Department of Housing issued a joint notice.",
        '"No one will be moved," a DOH spokesman said.',
    )
    assert found == ["DOH"]


# --- a body's distinctive word before `spokesperson` -------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("An Bord Tithíochta", "Bord"),
        ("HM Revenue Office", "Revenue"),
        ("Royal Kellan Navy", "Kellan"),
    ],
)
def test_a_bodys_word_before_spokesperson_is_the_body(body, word):
    found = _speakers(
        f"The plan was drawn up after advice from {body} last month.",
        "Local residents said they had not been consulted.",
        f'"We stand over the advice," a {word} spokesperson said.',
    )
    assert found == [body]


def test_a_word_two_bodies_share_is_neither():
    # near-miss: `Harbour` is a word of two bodies named before
    found = _speakers(
        "The Kellan Harbour Trust and the Dunmore Harbour Guild met on Monday.",
        '"We stand over the advice," a Harbour spokesperson said.',
    )
    assert found == ["Harbour"]


def test_an_opening_a_sentence_is_no_word_of_a_name():
    # near-miss: `An` at a sentence's start is the sentence's capital
    found = _speakers(
        'An Oxford Street trader, Gwen Baker, said she was "glad to see it go".',
    )
    assert found == ["Gwen Baker"]


def test_helpers_of_the_distinctive_word():
    bodies = ["An Garda Tráchta", "Dunmore County Council", "Kellan Harbour Trust"]
    assert body_of_word("Tráchta", bodies) == "An Garda Tráchta"
    assert body_of_word("Council", bodies) is None
    assert body_of_word("Ohio", bodies) is None
    assert body_of_word("GT", bodies) is None
    assert body_of_word("Kellan", bodies) is None  # (the first word may be a body of its own)
    assert body_of_word("Dunmore", ["Friends of Dunmore"]) is None  # (what the body is for)


def test_a_bodys_first_word_before_spokesperson_is_not_taken_for_it():
    # near-miss: `Brennor` may be the company the workers' body is named after
    found = _speakers(
        "The Brennor Workers Collective said the cuts went too far.",
        '"We are doing what we can," a Brennor spokesperson said.',
    )
    assert found == ["Brennor"]
