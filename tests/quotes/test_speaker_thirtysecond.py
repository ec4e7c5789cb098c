"""Mechanisms of issue 15 after the thirty-second set: a body's name whose unit word
(`Division`) goes on over `of` is one name (`the agency said` is it); `the <word> <noun> said`
is the body whose name holds both words; `the club said` of a body named in passing only (never
speaking, not named by the noun) is the body the lead is about; a saint's possessive stays inside
a name (`St Brendan’s Private Hospital`); a reporting clause closing its sentence after a comma
gives the sentence's partial quote; `the <body>'s observer mission said` and `analysts at <firm>
said` are the body's words; a naming participle after a comma (`, calling the company “...”`,
`, accusing the commission of “...”`) reports the sentence's subject (a name, `The opposition
<party>`, or `The` and a body's noun).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        ("Georgia Division of Forestry Services", "agency"),
        ("Maine Division of Coastal Fisheries", "division"),
        ("Oregon Division of Wildfire Response", "agency"),
    ],
)
def test_a_division_of_a_field_is_one_body(body, noun):
    found = _speakers(
        f"The {body} said 40 crews were on the line overnight. “Leave when you are told,” the "
        f"{noun} said. “Do not wait for the smoke.”"
    )
    assert found == [body, body]


@pytest.mark.parametrize(
    ("far", "near", "qualifier"),
    [
        ("National Hurricane Center", "St. Agnes Medical Center", "hurricane"),
        ("Pacific Tsunami Warning Centre", "Harbourside Leisure Centre", "warning"),
        ("Regional Flood Forecast Center", "Maplewood Community Center", "forecast"),
    ],
)
def test_a_word_before_the_noun_picks_the_body_whose_name_holds_it(far, near, qualifier):
    noun = far.split()[-1].lower()
    found = _speakers(
        f"Forecasters at the {far} warned of more rain on Sunday.",
        f"Shelters opened at the {near} on Saturday night.",
        f"The {qualifier} {noun} said the storm could bring “a foot of rain or more” inland.",
    )
    assert found == [far]


def test_without_the_qualifier_the_latest_body_is_meant():
    found = _speakers(
        "Forecasters at the National Hurricane Center warned of more rain.",
        "Shelters opened at the Maplewood Community Center on Saturday night.",
        "The center said it had “room for 300 more people” and hot meals.",
    )
    assert found == ["Maplewood Community Center"]


@pytest.mark.parametrize(
    ("home", "manager", "rival"),
    [
        ("Kilbarrow Athletic", "Ewan Strachan-Lyle", "Dunmore Rovers"),
        ("Ravensfield Town", "Colm Brannigan-Hale", "Portlee City"),
        ("Glenmarra Thistle", "Alasdair Kinnaird", "Westhaven United"),
    ],
)
def test_the_club_is_the_leads_club_not_one_named_in_passing(home, manager, rival):
    found = _speakers(
        f"{home} manager {manager} admitted his side had been ‘outfought’ after a 3-0 home "
        f"defeat by {rival} on Saturday.",
        "Asked about his future, he said: ‘That is not for me to decide.’",
        "The club later issued a short statement. ‘The board backs the manager,’ it read. ‘There "
        "will be no further comment.’",
    )
    assert found == [manager, manager, home, home]


def test_a_body_named_by_the_noun_itself_stays_the_anaphors():
    found = _speakers(
        "Staff at six colleges voted to strike, the Teachers Federation said on Monday.",
        "Students are caught in the middle, said Mira Pohatu, the president of the Kinloch "
        "Student Association. “We back the staff,” she said.",
        "The association will ask for later deadlines. “Nobody should fail because of this,” it "
        "said.",
    )
    assert found == ["Mira Pohatu", "Kinloch Student Association"]


@pytest.mark.parametrize(
    ("hospital", "noun"),
    [
        ("St Brendan’s Private Hospital", "hospital"),
        ("St. Columba's Children's Hospital", "hospital"),
        ("Saint Mary’s Hospital", "hospital"),
    ],
)
def test_a_saints_possessive_stays_inside_the_name(hospital, noun):
    found = _speakers(
        f"The two injured men were flown to {hospital} in Kellerton. He had been “awake and "
        f"talking” when he was brought out, a {noun} spokeswoman said."
    )
    assert found == [hospital]


def test_a_closing_clause_after_a_comma_gives_the_partial_quote():
    found = _speakers(
        "Nurse Ella Brannock treated him. He had been “cold but cheerful” when he reached the "
        "ward, Brannock said."
    )
    assert found == ["Ella Brannock"]


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        ("Pacific Islands Forum", "observer mission"),
        ("Commonwealth Secretariat", "election delegation"),
        ("Kremlin", "press office"),
    ],
)
def test_a_bodys_unit_speaks_for_the_body(body, unit):
    found = _speakers(
        f"Counting went on overnight. In a preliminary report, the {body}'s {unit} said voting "
        f"had been “largely orderly, with gaps in custody” on the outer islands."
    )
    assert found == [body]


def test_a_persons_office_is_not_the_persons_words():
    found = _speakers(
        "Senator Dana Whitcombe was not at the vote. Whitcombe's office said she had been “unwell "
        "for a week” and would return."
    )
    assert found != ["Dana Whitcombe"]


@pytest.mark.parametrize(
    ("firm", "people"),
    [
        ("Kestrel Bay Securities", "analysts"),
        ("Harwood Pike Capital", "economists"),
        ("Morrow Lane Research", "strategists"),
    ],
)
def test_analysts_at_a_firm_speak_for_the_firm(firm, people):
    found = _speakers(
        f"“A clean launch is worth more than the fee,” {people} at {firm} said in a note."
    )
    assert found == [firm]


@pytest.mark.parametrize(
    ("firm", "noun", "participle", "object_"),
    [
        ("Kestrel Bay Capital", "brokerage", "calling", "the company"),
        ("Halden Insurance", "insurer", "describing", "the losses as"),
        ("Corvane Airlines", "airline", "calling", "the delay"),
    ],
)
def test_a_naming_participle_after_a_comma_gives_the_subjects_words(
    firm, noun, participle, object_
):
    found = _speakers(
        f"“Demand is back,” {firm} said on Monday. The {noun} raised its forecast for the year, "
        f"{participle} {object_} “a turning point for the business.”"
    )
    assert found == [firm, firm]


@pytest.mark.parametrize(
    ("party", "opening"),
    [
        ("Reform Party", "Vailu's opposition"),
        ("Green Alliance", "The opposition"),
        ("National Party", "Tarsia's ruling"),
    ],
)
def test_accusing_after_a_bodys_verb_gives_the_body(party, opening):
    found = _speakers(
        f"{opening} {party} on Monday rejected the count, accusing the electoral commission of "
        f"“cooking the numbers” after the vote."
    )
    assert found == [party]


def test_a_participle_after_a_reporting_clause_keeps_that_clause():
    found = _speakers(
        "Ana Ruiz said the storm had grown overnight, calling the jump “the kind of thing that "
        "keeps us up at night.”"
    )
    assert found == ["Ana Ruiz"]


def test_a_participle_with_no_subject_gives_no_speaker():
    found = _speakers(
        "Prices rose again in March, calling into question the bank's “transitory” view of it."
    )
    assert found in ([], [None])


def test_an_office_of_a_named_person_is_no_body():
    found = _speakers(
        "Public Ombudsman Nadia Cruz’s office said two people had died. “We call for calm,” it "
        "said."
    )
    assert found != ["Public Ombudsman Nadia Cruz"]


@pytest.mark.parametrize(
    ("lawyer", "client", "verb"),
    [
        ("Graham Pellow-Tate", "Colin Marsh", "said"),
        ("Sam Oduya", "Lee Crane", "told"),
        ("Peter Halloway", "Dennis Roake", "said"),
    ],
)
def test_a_name_inside_an_asked_whether_question_is_not_the_pronoun(lawyer, client, verb):
    object_ = " them" if verb == "told" else ""
    found = _speakers(
        f"Defence lawyer {lawyer} said the appeal would be filed within 30 days. Asked whether "
        f"{client} had {verb}{object_} anything after the verdict, he said: “He asked me to call "
        f"his mother.”"
    )
    assert found == [lawyer]


def test_a_question_asked_of_the_speaker_still_has_its_answer():
    found = _speakers("Asked whether he would stand again, Mayor Tom Ellery said: “Not this time.”")
    assert found == ["Tom Ellery"]


@pytest.mark.parametrize(
    ("person", "job", "place"),
    [
        ("Priya Vantreight", "pharmacist", "Rhyl"),
        ("Tomasz Krall", "farmer", "Ludlow"),
        ("Maria Dervan", "nurse", "Sligo"),
    ],
)
def test_one_job_in_a_noun_phrase_is_the_one_named_later_in_it(person, job, place):
    found = _speakers(
        f"Thousands of people have been told to check their supplies after a recall, a shortage "
        f"one {job} described as “the worst possible thing to run short of”.",
        "The recall covers four batches made in March.",
        f"{person}, a {job} in {place} who first raised the alarm, said she had been turning "
        f"people away. “It has been a hard week,” she said.",
    )
    assert found == [person, person]
