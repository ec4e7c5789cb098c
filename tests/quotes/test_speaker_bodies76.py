"""Speakers76: a body's name read whole where the runs of capitals cut it (`the Isle of Tarne
Council`, `the City of St. Orrin’s said`, `the Vessel department of education`) and a company's
legal form closing its name (`Brenlow Seafood LLC of Tarrow`: the town is its seat).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_body_names import (
    apostrophe_s_in_name,
    office_inside,
    place_of_start,
    the_and_start,
)
from api.parser.quote_people import find_mentions
from api.parser.quote_places import lowercase_body_end
from tests.quotes.helpers import speakers as _speakers

_FILLER = "Marisol Achterberg, who runs a cafe by the quay, said trade had halved since June."


def _names(text: str) -> list[str]:
    return [m.name for m in find_mentions(text)]


# --- a place's head word and `of` before a body's name -----------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "opened"),
    [
        ("after the Isle of Tarne Council met", "Tarne", "Isle"),
        ("the Borough of Vell Parking Board said", "Vell", "Borough"),
        ("the Republic of Ostrava Tax Office", "Ostrava", "Republic"),
        ("John Smith of Harlow Council said", "Harlow", None),  # a surname is no place's head
        ("the Bank of Orlesk Trust", "Orlesk", None),  # (a bank: not a place's head)
    ],
)
def test_a_place_head_and_of_open_the_name(text, word, opened):
    found = place_of_start(text, text.index(word))
    assert (found if opened is None else text[found : found + len(opened)]) == (
        -1 if opened is None else opened
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bells fell silent after the Isle of Tarne Council took a complaint.",
            "Isle of Tarne Council",
        ),
        (
            "The Borough of Vell Parking Board wrote to every driver.",
            "Borough of Vell Parking Board",
        ),
        (
            "The Principality of Orsk Water Agency cut supplies.",
            "Principality of Orsk Water Agency",
        ),
    ],
)
def test_the_body_name_keeps_its_place_head(text, name):
    assert name in _names(text)


def test_a_person_of_a_council_stays_apart():
    assert _names("Ward member Jonas Pike of Harlow Council objected.")[-1] == "Harlow Council"


def test_a_bare_place_of_no_body_is_not_joined():
    assert "Isle of Tarne" not in _names("The Isle of Tarne was quiet on Monday.")


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Bells fell silent after the Isle of Tarne Council took a complaint.",
            _FILLER,
            "“No notice has been served,” the council added.",
        ),
        (
            "The Borough of Vell Parking Board wrote to every driver on Friday.",
            "“Fines will rise,” the board said.",
        ),
    ],
)
def test_the_noun_finds_the_whole_name(paragraphs):
    assert _speakers(*paragraphs)[-1] in ("Isle of Tarne Council", "Borough of Vell Parking Board")


# --- an apostrophe-s that is the name's own ----------------------------------------------------


@pytest.mark.parametrize(
    ("after", "own"),
    [
        (" said the contract was over", True),
        (", which owns the depot,", True),
        (" has ended the deal", True),
        (" budget was cut", False),  # a possessive: its noun follows
        (" snow plough fleet", False),
    ],
)
def test_an_apostrophe_s_with_no_noun_after_is_the_name(after, own):
    text = "the City of St. Orrin’s" + after
    assert apostrophe_s_in_name(text, len("the City of St. Orrin’s")) is own


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In a notice, the City of St. Orrin’s said the deal was off.", "City of St. Orrin’s"),
        ("The City of St. Bride's, which owns the depot, refused.", "City of St. Bride's"),
        ("The City of Halden’s budget was cut.", "City of Halden"),  # near-miss: possessive
    ],
)
def test_the_name_keeps_or_drops_its_apostrophe_s(text, name):
    assert _names(text)[0] == name


def test_the_city_s_speaker_keeps_its_apostrophe_s():
    said = _speakers(
        "In a notice on Friday, the City of St. Orrin’s said the firm had failed. “The terms "
        "were not met,” the city said."
    )
    assert said == ["City of St. Orrin’s"]


# --- a public body in lower case with what it is of --------------------------------------------


@pytest.mark.parametrize(
    ("after", "body"),
    [
        (" department of education said", " department of education"),
        (" ministry of health wrote", " ministry of health"),
        (" county council met", " county council"),
        (" department of the interior", None),  # (a field's word only: `of the` is none)
        (" department store opened", None),
        (" ministry officials said", None),
    ],
)
def test_a_lowercase_department_of_a_field(after, body):
    end = lowercase_body_end("Vessel" + after, len("Vessel"))
    assert (None if end < 0 else ("Vessel" + after)[len("Vessel") : end]) == body


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "The Vessel department of education issued a notice to the caterer.",
            _FILLER,
            "“Meals must resume,” the department said.",
        ),
        ("“Meals must resume,” the Vessel department of education said.",),
        ("The Korro ministry of health wrote on Monday. “Clinics stay open,” the ministry said.",),
    ],
)
def test_the_place_is_no_person_before_its_department(paragraphs):
    said = _speakers(*paragraphs)[-1]
    assert said in ("Vessel department of education", "Korro ministry of health")


# --- a company's legal form closes its name -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The licence of Brenlow Seafood LLC of Tarrow was suspended.", "Brenlow Seafood LLC"),
        ("Orvane Freight Ltd of Castlemere lost the bid.", "Orvane Freight Ltd"),
        ("Pellmar Tools Inc. of Dunhill said no.", "Pellmar Tools Inc."),
        ("The Bank of Orlesk said no.", "Bank of Orlesk"),  # near-miss: no legal form
    ],
)
def test_a_legal_form_closes_the_name(text, name):
    assert name in _names(text)


def test_the_short_form_is_the_firm_without_its_town():
    said = _speakers(
        "The licence of Brenlow Seafood LLC of Tarrow was suspended on Monday.",
        "Brenlow, in a one-line email to the paper, said it had “cooperated fully” with the "
        "inquiry.",
    )
    assert said == ["Brenlow Seafood LLC"]


def test_a_person_s_short_form_still_resolves():
    said = _speakers(
        "Dara Quillon, who founded Brenlow Seafood LLC of Tarrow, spoke on Monday.",
        "Quillon, in a short call, said the firm had “done nothing wrong”.",
    )
    assert said == ["Dara Quillon"]


# --- a document far back: the latest paragraph that issued one ---------------------------------

_OTHERS = (
    _FILLER,
    "“We have never seen a summer like it,” Achterberg said.",
    "The Wenlow Traders Association said its members would meet on Thursday.",
)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "In a notice posted on Friday, the City of Tarne said the firm had failed. “The "
                "contract is over,” the city said.",
                *(_OTHERS * 4),
                "The notice said the firm must return its plough “within thirty days” of it.",
            ),
            "City of Tarne",
        ),
        (
            (
                "The Keswan Ports Authority said in a notice that the harbour would stay shut.",
                *(_OTHERS * 3),
                "“No vessel may leave the inner basin before noon,” the notice said.",
            ),
            "Keswan Ports Authority",
        ),
        (
            (
                "The Pellan Water Commission sent a letter to every household on the estate.",
                *(_OTHERS * 3),
                "The Orvane Water Board sent a letter to the mayor.",
                *(_OTHERS * 3),
                "“Supplies will be restored by Friday,” the letter said.",
            ),
            "Orvane Water Board",  # (the latest letter's)
        ),
    ],
)
def test_a_document_far_back_speaks_for_its_issuer(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        (  # a letter far back is no notice
            "The Keswan Ports Authority said in a letter that the harbour would stay shut.",
            *(_OTHERS * 4),
            "“No vessel may leave the inner basin before noon,” the notice said.",
        ),
        (  # the notice issued after the cue is not its document
            "“No vessel may leave the inner basin before noon,” the notice said.",
            *(_OTHERS * 2),
            "The Keswan Ports Authority said in a notice that the harbour would stay shut.",
        ),
        (  # `In a` fronting no document
            "In a statement of fact, nothing more.",
            *(_OTHERS * 2),
            "“No vessel may leave before noon,” the advisory said.",
        ),
    ],
)
def test_a_document_with_no_issuer_before(paragraphs):
    assert _speakers(*paragraphs)[0 if paragraphs[0].startswith("“") else -1] is None


# --- an office's head word inside a body's name, and `the X and` opening it ---------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Gas Ombudsman Tarnland said complaints rose.", "Gas Ombudsman Tarnland", "org"),
        (
            "The Power and Rail Ombudsman Korrowa said so.",
            "Power and Rail Ombudsman Korrowa",
            "org",
        ),
        ("Ombudsman Jane Orlick said so.", "Jane Orlick", "person"),  # a title before a person
        ("The Korvel and Pashe Trust said so.", "Korvel and Pashe Trust", "org"),
    ],
)
def test_an_office_inside_a_name_is_a_body(text, name, kind):
    found = [(m.name, m.kind) for m in find_mentions(text)]
    assert (name, kind) in found


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        ("The Power and Gas Ombudsman", "Power"),
        ("after the Brisk and Lowe Water Board", "Brisk"),
        ("Dana Lee and Acme Holdings", None),  # no `the`: two
        ("the firm and Acme Holdings", None),  # (a lower-case word: no name's opening)
    ],
)
def test_the_and_opens_a_body_name(text, opened):
    after = text.index(" and ") + len(" and ")
    found = the_and_start(text, after)
    assert (None if found < 0 else text[found : found + len(opened or "")]) == opened


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The Power and Rail Ombudsman Korrowa said complaints had doubled.",
                _FILLER,
                "The ombudsman said households should “pay only what is not disputed”.",
            ),
            "Power and Rail Ombudsman Korrowa",
        ),
        (
            (
                "The Gas Ombudsman Tarnland opened an inquiry.",
                "“Bills must be fair,” the ombudsman said.",
            ),
            "Gas Ombudsman Tarnland",
        ),
    ],
)
def test_the_ombudsman_is_the_office_named(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Gas Ombudsman Tarnland", True),
        ("Power and Rail Ombudsman", True),
        ("Public Ombudsman Nadia Orlick", False),  # a title before a person
        ("Ombudsman Jane Orlick", False),
        ("Energy Ombudsman Maria", False),  # (a given name after it)
    ],
)
def test_an_office_head_inside_a_name(name, body):
    assert office_inside(name) is body
