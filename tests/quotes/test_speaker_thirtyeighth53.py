"""Mechanisms of issue 15 from the thirty-eighth set: styles, name parts, bodies and roles.

Styles of address of other cultures (`Madam`, `Alhaji`, `Datuk`, `Comrade`, `Engr`) and a
companion's noun opening a sentence (`Friend X`) are no part of a name; a name right after an
honorific is whole (`Mr Peter Lim Boon Huat`), and a Western given name before a Chinese name
makes its second word the family name (`Mr Lim`); a role before a comma reaches past a style
(`Its general manager, Mr X,`). Bodies: a reporting verb's form after an article is an adjective
(`by the repeated outages`); a place's acronym opening a body's name stays in what its bracket
stands for; `the authority` of a local council; a spokesperson's body by the noun owning
something just before (`the council's website`); property firms by their name's ending; `the
hospital` of a `Medical Center`; `the statement read` of a body's statement its officer signed.
People by role: a government's field joined by `and` opens a minister's role; `the X boss` of
whoever heads X; `the SP` of the person whose title spells it; `from X to Y` are places.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("style", "name", "pronoun"),
    [
        ("Madam", "Siti Hajar Osman", "she"),
        ("Alhaji", "Sani Bello-Umar", "he"),
        ("Alhaja", "Kudirat Adeola", "she"),
        ("Datuk", "Razak Hamzah", "he"),
        ("Comrade", "Emeka Obi", "he"),
        ("Engr.", "Ngozi Eze", "she"),
    ],
)
def test_a_style_of_address_is_no_part_of_the_name(style, name, pronoun):
    found = _speakers(
        f"{style} {name}, 58, who runs a stall at the market, said sales fell. "
        f"“Nobody had cash,” {pronoun} said.",
        "“I waited all day for customers.”",
    )
    assert found == [name, name]


def test_a_surname_that_opens_a_style_elsewhere_stays_a_name():
    found = _speakers("“We will reopen on Monday,” said Tan Wei Ming, the stall's owner.")
    assert found == ["Tan Wei Ming"]


@pytest.mark.parametrize("companion", ["Friend", "Colleague", "Classmate", "Teammate"])
def test_a_companion_noun_opening_a_sentence_is_no_given_name(companion):
    found = _speakers(
        f"{companion} Jess Moreau, who was nearby, said she saw it happen. “There was a huge "
        "splash,” Ms Moreau told reporters.",
        "“I don't think I felt scared until later.”",
    )
    assert found == ["Jess Moreau", "Jess Moreau"]


def test_a_companion_noun_inside_a_sentence_is_a_surname():
    found = _speakers("“It was a long night,” said the writer Tad Friend.")
    assert found == ["Tad Friend"]


@pytest.mark.parametrize(
    ("title", "name", "family"),
    [
        ("Mr", "Peter Lim Boon Huat", "Lim"),
        ("Ms", "Grace Teo Mei Ling", "Teo"),
        ("Mr", "Vincent Chan Kah Wai", "Chan"),
    ],
)
def test_a_name_after_an_honorific_is_whole_and_its_family_name_alone_is_theirs(
    title, name, family
):
    found = _speakers(
        f"Its chief executive, {title} {name}, said the bank would waive fees. “There is no "
        "excuse,” the 56-year-old told reporters.",
        f"Asked about refunds, {title} {family} said: “We will look at each case.”",
    )
    assert found == [name, name]


@pytest.mark.parametrize(
    ("words", "body"),
    [
        ("by the repeated outages", "Monetary Board of Kellam"),
        ("about the reported losses", "Ocean Safety Board"),
        ("despite its stated aim", "Harbour Water Authority"),
    ],
)
def test_a_reporting_verbs_form_after_an_article_is_an_adjective(words, body):
    found = _speakers(f"The {body} said it was “deeply concerned” {words}, and would act.")
    assert found == [body]


def test_a_body_repeating_stays_the_speaker():
    found = _speakers("The Ocean Safety Board repeated that the beach was “not safe”.")
    assert found == ["Ocean Safety Board"]


@pytest.mark.parametrize(
    ("body", "acronym"),
    [
        ("NSW Department of Primary Industries", "DPI"),
        ("US Bureau of Land Management", "BLM"),
        ("UK Health Protection Agency", "HPA"),
    ],
)
def test_a_place_acronym_opening_a_body_stays_in_what_its_acronym_stands_for(body, acronym):
    found = _speakers(
        f"The {body} ({acronym}) said a review was under way.",
        f"“Our staff have examined the site,” a {acronym} spokeswoman said.",
    )
    assert found == [body]


def test_a_bracketed_acronym_with_no_place_keeps_the_body():
    found = _speakers(
        "The Kellam Water Board (KWB) said a review was under way.",
        "“Our staff have examined the site,” a KWB spokeswoman said.",
    )
    assert found == ["Kellam Water Board"]


@pytest.mark.parametrize("kind", ["Borough", "County", "District"])
def test_the_authority_of_a_local_council(kind):
    body = f"Wrenby {kind} Council"
    found = _speakers(
        f"{body} said its systems had been taken offline.",
        "In a statement, the authority said it was “too early to say” what had been taken.",
    )
    assert found == [body]


def test_the_authority_is_no_arts_council():
    found = _speakers(
        "Kellam Arts Council said its grants were frozen.",
        "The authority said it was “too early to say” what would happen.",
    )
    assert found == [None]


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        ("Wrenby Borough Council", "council"),
        ("Harrowgate Water Company", "company"),
        ("Kellam University", "university"),
    ],
)
def test_a_spokesperson_speaks_for_the_body_owning_something_just_before(body, noun):
    found = _speakers(
        f"{body} said its offices would stay shut.",
        "Council leader Ann Reid said: “We are sorry.”",
        "Experts said small IT budgets were to blame.",
        f"Updates will be posted on the {noun}'s website. “We are grateful for your patience,” "
        "a spokesman said.",
    )
    assert found == ["Ann Reid", body]


@pytest.mark.parametrize("ending", ["Urban Properties", "Developments", "Realty"])
def test_a_property_firm_is_a_body(ending):
    body = f"Kopano {ending}"
    found = _speakers(
        f"The owner, {body}, said it had not received the order. In a statement, the company "
        "said the building had been “structurally unsound” and that its engineers had advised "
        "“urgent intervention”."
    )
    assert found == [body, body]


@pytest.mark.parametrize(
    ("portfolio", "name"),
    [
        ("School and Mass Education Minister", "Debashis Rao"),
        ("Health and Family Welfare Minister", "Asha Kumari"),
        ("Works and Housing Minister", "Tunde Bello"),
    ],
)
def test_a_field_joined_by_and_opens_a_ministers_role(portfolio, name):
    found = _speakers(
        f"Speaking to reporters in Cuttack, {portfolio} {name} said: “Whoever is behind this "
        "will not be spared.”"
    )
    assert found == [name]


@pytest.mark.parametrize(
    "opening",
    ["Ruto and Finance Minister Tunde Bello", "Jones and Smith"],
)
def test_two_people_joined_by_and_stay_two(opening):
    found = _speakers(f"{opening} said: “We are ready.”")
    assert found == [None]


@pytest.mark.parametrize(
    ("role", "style"),
    [
        ("The authority's General Manager", "Mr"),
        ("Its chief executive", "Alhaji"),
        ("The agency's director-general", "Dr"),
    ],
)
def test_the_boss_of_a_body_is_whoever_heads_it(role, style):
    found = _speakers(
        "The Kellam Roads Authority (KRA) said it had deployed 350 officers. "
        f"{role}, {style} Tayo Bankole, urged motorists to “exercise patience”.",
        "“We know the routes will be tight,” the KRA boss said.",
    )
    assert found == ["Tayo Bankole", "Tayo Bankole"]


@pytest.mark.parametrize(
    "body", ["St. Brendan's Medical Center", "Ridgeway Health Centre", "Lakeside Medical Centre"]
)
def test_a_hospital_spokeswoman_speaks_for_a_medical_centre(body):
    found = _speakers(
        f"{body}, the city's largest hospital, postponed surgeries, according to a hospital "
        "spokeswoman, who said patients were being treated “without interruption.”"
    )
    assert found == [body]


@pytest.mark.parametrize(
    ("trip", "name"),
    [
        ("travels daily from Oke Ado to Bode Thomas", "Bisi Adewale"),
        ("commutes from Ebony Vale to the Harbour Island", "Rhoda Mensah"),
        ("drives from Lakeside Park to Kellam Cross each morning", "Joy Okafor"),
    ],
)
def test_a_journeys_ends_are_places_not_people(trip, name):
    found = _speakers(
        f"Mrs {name}, a trader who {trip}, said she left home at 5am.",
        "“Who will pay the difference?” the mother of four lamented.",
    )
    assert found == [name]


@pytest.mark.parametrize(
    ("body", "document", "noun"),
    [
        ("the Federal Ministry of Roads", "statement", "statement"),
        ("the Kellam Ports Authority", "letter", "letter"),
        ("the Harbour Transit Board", "statement", "statement"),
    ],
)
def test_a_signed_statement_is_the_bodys_not_the_signers(body, document, noun):
    name = body.removeprefix("the ")
    found = _speakers(
        f"The closure was announced by {body} in a {document} signed by its Director of Press, "
        "Mr Chidi Okeke.",
        f"“The safety of road users is paramount,” the {noun} read.",
    )
    assert found == [name]


@pytest.mark.parametrize(
    ("title", "acronym"),
    [
        ("Superintendent of Police (Crime Branch)", "SP"),
        ("Director General of Police", "DGP"),
        ("Assistant Commissioner of Police", "ACP"),
    ],
)
def test_an_acronym_spelt_by_a_persons_title_is_that_person(title, acronym):
    found = _speakers(
        f"Police arrested three men, according to {title} Anirban Mohanty.",
        f"“The clerk photographed the paper,” the {acronym} said.",
    )
    assert found == ["Anirban Mohanty"]


def test_an_acronym_no_title_spells_is_a_body():
    found = _speakers(
        "Police arrested three men, according to Superintendent of Police Anirban Mohanty.",
        "“The clerk photographed the paper,” the BBC said.",
    )
    assert found == ["BBC"]
