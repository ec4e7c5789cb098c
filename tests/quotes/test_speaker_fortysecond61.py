"""Mechanisms of issue 15 from the forty-second set (speakers61).

A lead printed with its first word in capitals (`THE Harbour Board has ...`) keeps `THE` out of
the body's name; a built place named after a body (`the Kelmoor Gas Arena`) gives the body's own
name (`Kelmoor Gas said`) no longer form, for an arena does not speak; a body introduced with a
capitalised qualifier in place of the article (`led by Danish firm X`) is what `the company`
calls later.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_deeds import trade_deed
from api.parser.quote_names import relative_clause_sex
from api.parser.quotes import analyse_quotes
from tests.quotes.helpers import speakers as _speakers

# --- a lead's capitalised article ---------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "body"),
    [
        ("THE Tarrow Water Board has raised its tariffs by 12 percent.", "Tarrow Water Board"),
        (
            "THE Ministry of Fisheries and Marine Resources will close the lagoon.",
            "Ministry of Fisheries and Marine Resources",
        ),  # noqa: E501
        ("THE Kavango Teachers Union has called a strike for Monday.", "Kavango Teachers Union"),
    ],
)
def test_a_capitalised_the_opening_the_lead_is_no_part_of_the_name(lead, body):
    found = _speakers(
        lead,
        "Officials met on Tuesday to discuss the matter.",
        'In a statement, it said: "We regret the inconvenience to the public."',
    )
    assert found == [body]


def test_a_real_acronym_opening_a_lead_is_kept():
    # near-miss: an all-capital word that is no article stays a body's letters
    found = _speakers(
        "NAMPOL has arrested four men.",
        '"We acted on a tip-off from residents," NAMPOL said.',
    )
    assert found == ["NAMPOL"]


def test_the_lowercase_lead_is_unchanged():
    # near-miss: `The` written as usual is dropped already
    found = _speakers(
        "The Orrin Valley Trust has bought the old mill.",
        '"We want it open to all," the trust said.',
    )
    assert found == ["Orrin Valley Trust"]


# --- a place named after a body -------------------------------------------------------------


@pytest.mark.parametrize(
    ("place", "body"),
    [
        ("the Kelmoor Gas Arena", "Kelmoor Gas"),
        ("Brantwell Foods Stadium", "Brantwell Foods"),
        ("the Ostrava Steel Bridge", "Ostrava Steel"),
    ],
)
def test_a_body_is_not_the_place_named_after_it(place, body):
    found = _speakers(
        f"The old ground will be known as {place} from next season, the club said.",
        f'{body}, which employs 300 people, said it was "delighted to be part of the town".',
    )
    assert found == [body]


def test_a_body_is_still_a_short_form_of_a_longer_body():
    # near-miss: `Kelmoor Gas Trust` is a body, which its first words may shorten
    found = _speakers(
        "The Kelmoor Gas Trust has given the club a grant.",
        'Kelmoor Gas said it was "delighted to be part of the town".',
    )
    assert found == ["Kelmoor Gas Trust"]


def test_the_place_named_in_full_is_still_its_name():
    # near-miss: the place's full name as the speaker stays whole
    found = _speakers(
        'The Kelmoor Gas Arena said: "Tickets go on sale on Friday."',
    )
    assert found == ["Kelmoor Gas Arena"]


# --- a body introduced with a capitalised qualifier ----------------------------------------


@pytest.mark.parametrize(
    ("introduced", "noun"),
    [
        ("The work is being done by Danish firm Kragholm Offshore Services.", "company"),
        ("The council hired Glasgow salvage firm Kragholm Offshore Services.", "firm"),
        ("The dredging was won by Belgian company Kragholm Offshore Services.", "firm"),
    ],
)
def test_a_body_after_a_qualifier_and_its_noun_is_called_by_the_noun(introduced, noun):
    found = _speakers(
        introduced,
        f'The {noun} said in a statement that divers had sealed the tanks. "No oil has leaked '
        f'since Sunday," the {noun} said.',
    )
    assert found == ["Kragholm Offshore Services"]


def test_a_qualifier_opening_the_sentence_is_a_label():
    # near-miss: `Danish firm X said` opening a sentence is no article and noun (see
    # body_label_before), and no body of another kind is given the noun
    found = _speakers(
        "The Harbour Authority has closed the quay.",
        '"No oil has leaked," the company said.',
    )
    assert found == [None]


# --- a year of study before a field, an officer of a body of members ----------------------


@pytest.mark.parametrize(
    ("introduced", "description"),
    [
        ("Anwen Trask, a law student at Kelby, said fees must be frozen.", "third-year law"),
        ("Anwen Trask, a student at Kelby, said fees must be frozen.", "final-year nursing"),
        ("Anwen Trask, a 19-year-old student, said fees must be frozen.", "first-year history"),
    ],
)
def test_a_year_of_study_and_a_field_point_back_to_the_student(introduced, description):
    found = _speakers(
        introduced, f'"Students should see some of it," the {description} student said.'
    )
    assert found == ["Anwen Trask"]


@pytest.mark.parametrize(
    ("role", "noun"),
    [
        ("president of the student union", "fourth-year engineering student"),
        ("chair of the parents’ association", "parent"),
        ("secretary of the local farmers union", "farmer"),
    ],
)
def test_an_officer_of_a_body_of_members_is_one_of_them(role, noun):
    found = _speakers(
        f"Costs rose again this year. Anwen Trask, {role}, said fees must be frozen. "
        f'"Everyone should see some of it," the {noun} said.'
    )
    assert found == ["Anwen Trask"]


def test_a_length_of_service_is_no_year_of_study():
    # near-miss: `20-year` is no year of a course, and nobody was called a nurse
    found = _speakers(
        "Anwen Trask, a student at Kelby, said fees must be frozen.",
        '"Wards are short-staffed," the 20-year veteran nurse said.',
    )
    assert found == [None]


@pytest.mark.parametrize(
    ("role", "found_speaker"),
    [
        ("president of the student union", "Anwen Trask"),
        # near-misses: a club named for what it does, a council for its parish, not students
        ("president of the rowing club", None),
        ("chair of the parish council", None),
    ],
)
def test_a_body_of_members_makes_its_officer_one_of_them(role, found_speaker):
    found = _speakers(
        f"Anwen Trask, {role}, said fees must be frozen.",
        "Lecturer Bryn Hale said staff would strike.",
        '"Everyone should see some of it," the student said.',
    )
    assert found == [found_speaker]


def test_the_other_noun_still_goes_to_its_holder():
    # near-miss: the union's president is no lecturer
    found = _speakers(
        "Anwen Trask, president of the student union, said fees must be frozen.",
        "Lecturer Bryn Hale said staff would strike.",
        '"Everyone should see some of it," the lecturer said.',
    )
    assert found == ["Bryn Hale"]


# --- a role in the lead, its holder named only after it ------------------------------------


@pytest.mark.parametrize(
    ("lead", "later", "holder"),
    [
        (
            "Two men were refused bail in Ostrava yesterday, with the magistrate saying they "
            'posed "a grave risk of flight".',
            "Magistrate Ilse Brandvold said the State had a strong case.",
            "Ilse Brandvold",
        ),
        (
            "The port will close for a month, the harbourmaster said, calling the storm damage "
            '"worse than anyone feared".',
            "Harbourmaster Tomas Ekdahl said repairs would begin on Monday.",
            "Tomas Ekdahl",
        ),
        (
            "A new ward will open in March, the coroner said, after deaths she called "
            '"wholly avoidable".',
            "Senior coroner Ruth Maelor said the trust had failed.",
            "Ruth Maelor",
        ),
    ],
)
def test_a_role_in_the_lead_is_its_holder_named_later(lead, later, holder):
    assert _speakers(lead, "The inquiry heard from two witnesses.", later) == [holder]


def test_a_role_two_people_hold_later_gives_no_one():
    # near-miss: two magistrates named later, neither surely the lead's
    found = _speakers(
        'Two men were refused bail yesterday, with the magistrate saying they posed "a grave '
        'risk".',
        "Magistrate Ilse Brandvold heard the first case.",
        "Magistrate Pieter Vos heard the second.",
    )
    assert found == [None]


def test_a_role_never_held_by_a_named_person_gives_no_one():
    # near-miss: no magistrate is ever named
    found = _speakers(
        'Two men were refused bail yesterday, with the magistrate saying they posed "a grave '
        'risk".',
        "The men will appear again in May.",
    )
    assert found == [None]


# --- a person's sex from the pronoun of a `who` clause after the name -----------------------

_OFFICIAL = 'Dr Pravin Kolhatkar said the cull began. "It is painful," the director said.'


@pytest.mark.parametrize(
    "introduced",
    [
        "Ram Devkota, who lost 6,200 hens at her farm in Sarlahi, said the payment was low.",
        "Ram Devkota, who says she was never told of the cull, said the payment was low.",
        "Ram Devkota, who sold her last birds on Monday, said the payment was low.",
    ],
)
def test_a_who_clause_pronoun_gives_the_name_its_sex(introduced):
    # (`Ram` is a man's given name: the clause's `her`/`she` says otherwise)
    found = _speakers(_OFFICIAL, introduced, '"I took a loan last year," she said.')
    assert found == ["Pravin Kolhatkar", "Ram Devkota"]


def test_a_his_in_the_who_clause_keeps_her_from_him():
    # near-miss: `his` in the clause makes the farmer a man, whom `she` does not pick
    found = _speakers(
        'Dr Meera Kolhatkar said the cull began. "It is painful," the director said.',
        "Sunil Devkota, who lost 6,200 hens at his farm, said the payment was low.",
        '"We warned them in March," she said.',
    )
    assert found == ["Meera Kolhatkar", "Meera Kolhatkar"]


def test_an_object_her_in_the_who_clause_gives_no_sex():
    # near-miss: `told her the news`: `her` is an object, someone else
    text = "Ram Devkota, who told her the news, said the payment was low."
    assert relative_clause_sex(text, len("Ram Devkota")) is None
    assert relative_clause_sex("Ram Devkota said so.", len("Ram Devkota")) is None


# --- a person's sex from a paragraph of their own, later in the article --------------------


@pytest.mark.parametrize(
    ("first", "middle", "own", "expected"),
    [
        (
            "Parents' leader Tevita Vatu said many had not been told.",
            "Mr Vatu said the group had asked for a delay, and that the ministry's chief nurse, "
            'Dr Seini Kaloumaira, had agreed to meet them. "We appreciate that," he said.',
            "Dr Kaloumaira told the paper the timing was set by the shipment. "
            '"The doses expire," she said.',
            ["Tevita Vatu", "Seini Kaloumaira"],
        ),
        (
            "Harbour pilot Oisin Drabble said the channel was silting up.",
            "Mr Drabble said he had written to the board and that its engineer, Nkechi Orabuike, "
            'had promised a survey. "That was in May," he said.',
            'Orabuike said the survey had been delayed by weather. "It will happen," she added.',
            ["Oisin Drabble", "Nkechi Orabuike"],
        ),
        (
            "Councillor Ayo Fashola opposed the plan.",
            "Ms Fashola said the mayor had met the developer's agent, Kim Sorensen, twice. "
            '"Nobody told us," she said.',
            'Sorensen declined to say what was discussed. "Talks are private," he said.',
            ["Ayo Fashola", "Kim Sorensen"],
        ),
    ],
)
def test_a_later_paragraph_of_the_person_gives_their_sex(first, middle, own, expected):
    # (the pronoun of the middle paragraph goes past the one its own later paragraph sexes)
    assert _speakers(first, middle, own) == expected


def test_no_paragraph_of_their_own_leaves_the_latest_name():
    # near-miss: nothing says Dr Kaloumaira's sex: the older rule (the latest name) stands
    found = _speakers(
        "Parents' leader Tevita Vatu said many had not been told.",
        "Mr Vatu said the group had asked for a delay, and that the ministry's chief nurse, "
        'Dr Seini Kaloumaira, had agreed to meet them. "We appreciate that," he said.',
    )
    assert found == ["Seini Kaloumaira"]


def test_a_paragraph_naming_two_people_gives_no_sex():
    # near-miss: `Dr Kaloumaira and Tomasi Rabuka ... she said` says nothing of either alone
    found = _speakers(
        "Parents' leader Tevita Vatu said many had not been told.",
        "Mr Vatu said the group had asked for a delay, and that the ministry's chief nurse, "
        'Dr Seini Kaloumaira, had agreed to meet them. "We appreciate that," he said.',
        'Dr Kaloumaira met Tomasi Rabuka on Friday. "The doses expire," she said.',
    )
    assert found[0] == "Seini Kaloumaira"


# --- a partial quote in curly single marks, in copy quoted in double ones ------------------

_DOUBLE_COPY = "“We are delighted,” the club’s chairman, Ronan Keady, said."


def _quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text.strip(), q.speaker) for q in analyse_quotes(paragraphs).quotes]


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        (
            "The former manager, Colm Sheedy, described the new name as ‘a bit of a mouthful’.",
            "a bit of a mouthful",
            "Colm Sheedy",
        ),
        (
            "Gearoid Lally, a supporter since 1970, called the deal ‘the end of an era’, and left.",
            "the end of an era",
            "Gearoid Lally",
        ),
        (
            "Local councillor Ide Brannock said the plan was ‘years too late’.",
            "years too late",
            "Ide Brannock",
        ),
    ],
)
def test_a_partial_in_single_marks_after_a_verb_of_saying_is_a_quote(paragraph, text, speaker):
    found = _quotes(_DOUBLE_COPY, paragraph)
    assert found[-1] == (text, speaker)


@pytest.mark.parametrize(
    "paragraph",
    [
        # near-misses: a scare quote of one word, a phrase the sentence goes on after, a
        # phrase with no verb of saying before it
        "The so-called ‘reform’ was described by Colm Sheedy as late.",
        "Colm Sheedy said the ‘once in a generation’ deal would be signed.",
        "The stand will carry the ‘home of the brave’ motto from May.",
    ],
)
def test_a_scare_quote_or_a_phrase_in_single_marks_is_no_quote(paragraph):
    found = _quotes(_DOUBLE_COPY, paragraph)
    assert [t for t, _ in found] == ["We are delighted,"]


# --- a trade given by a working life's verb -------------------------------------------------

_MINISTER = 'Minister Ruth Calleja met villagers on Monday. "Nobody will lose out," she said.'


@pytest.mark.parametrize(
    ("paragraph", "holder"),
    [
        (
            "But the fishermen are not convinced. Karm Zammit, 58, has fished out of the cove for "
            "more than four decades. Asked about the promise, the fisherman said: "
            '"I have heard it all before."',
            "Karm Zammit",
        ),
        (
            "Tomas Bergkamp has farmed the valley since 1990. "
            '"The river has never been this low," the farmer said.',
            "Tomas Bergkamp",
        ),
        (
            "Agnes Mwale, 64, has taught at the school for 30 years. "
            '"It is the heart of the village," the teacher said.',
            "Agnes Mwale",
        ),
    ],
)
def test_a_working_life_verb_gives_the_trade(paragraph, holder):
    assert _speakers(_MINISTER, paragraph)[-1] == holder


@pytest.mark.parametrize(
    "paragraph",
    [
        # near-misses: a deed done once, a verb of no trade
        'Tomas Bergkamp has fished a body from the river. "It was awful," the fisherman said.',
        "Tomas Bergkamp has sailed the coast since 1990. "
        '"The sea has never been this high," the fisherman said.',
    ],
)
def test_a_deed_done_once_gives_no_trade(paragraph):
    assert trade_deed(paragraph, len("Tomas Bergkamp")) is None
