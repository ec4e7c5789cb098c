"""Leftover speaker classes of the twenty-second to twenty-fourth sets, as general rules.

- A nationality opening a body's name belongs to the body when the name ends in a body's word
  (`Confederation`, `Syndicate`, `Academy`): `the Chilean Rowing Confederation said`.
- Namesake bodies: `the contractor said` is the body an appositive called so (`X Services, a
  contractor that ...`), not a person who shares a word of its name; `A Corvallo spokesperson`
  speaks for the company, not for `the Corvallo Workers Collective` of its staff (a name that
  goes on with a word for people after another body's name is not its long form).
- A short form of a body written only as an owner before: `Kestrel Quarries' two pits` then
  `Kestrel said it had offered`: `it` after the verb says a body, the two-word name's.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quotes import analyse_quotes
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The Chilean Rowing Confederation said no athlete had asked to leave. “The squad is "
            "complete,” the confederation said.",
            "Chilean Rowing Confederation",
        ),
        (
            "The Italian Bakers Syndicate said prices would rise. “Flour costs twice what it "
            "did,” the syndicate said.",
            "Italian Bakers Syndicate",
        ),
        (
            "The Japanese Film Academy said the vote was final. “The jury has spoken,” it said.",
            "Japanese Film Academy",
        ),
        (
            "“No request reached us,” the Mexican Cycling Confederation said on Friday.",
            "Mexican Cycling Confederation",
        ),
    ],
)
def test_a_nationality_opening_a_bodys_name_stays_in_it(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a nationality before a person's name is still a descriptor, not part of the name
        ("“We are ahead,” said Brazilian Lucas Ferreira, the club's captain.", "Lucas Ferreira"),
        (
            "Polls put her ahead of Republican Dana Whitcombe. “We will win,” Whitcombe said.",
            "Dana Whitcombe",
        ),
    ],
)
def test_a_nationality_before_a_persons_name_is_still_cut(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


def test_the_contractor_is_the_body_an_appositive_called_so():
    paragraphs = (
        "Lindiwe Tshabalala, the union's organiser at the smelter, said the men were angry. "
        "“They will not be moved,” she said.",
        "Tshabalala Haulage Services, a contractor that moves ore for the smelter, said its "
        "drivers were not on strike. “Our trucks are ready to roll,” the contractor said.",
    )
    assert _speakers(*paragraphs) == ["Lindiwe Tshabalala", "Tshabalala Haulage Services"]


@pytest.mark.parametrize(
    ("noun", "body"),
    [
        ("supplier", "Okafor Steel Works"),
        ("developer", "Brennan Harbour Homes"),
        ("cooperative", "Mwangi Growers Union"),
    ],
)
def test_a_trade_noun_after_a_bodys_name_is_what_the_body_is_called(noun, body):
    paragraphs = (
        f"{body}, a {noun} based in the port, said the order had been filled. "
        f"“Everything left on time,” the {noun} said.",
    )
    assert _speakers(*paragraphs) == [body]


def test_the_contractor_with_no_body_so_called_is_not_a_body():
    # no body's appositive says `contractor`: the person described so speaks
    paragraphs = (
        "Tomas Reyes, a contractor who built the stand, said the welds were sound. "
        "“I checked every one,” the contractor said.",
    )
    assert _speakers(*paragraphs) == ["Tomas Reyes"]


@pytest.mark.parametrize(
    ("staff", "company"),
    [
        ("Corvallo Workers Collective", "Corvallo"),
        ("Brightline Staff Union", "Brightline"),
        ("Harwick Supporters' Trust", "Harwick"),
    ],
)
def test_a_spokesperson_of_the_company_is_not_its_staffs_body(staff, company):
    paragraphs = (
        f"{company}, the software company, cut 900 jobs on Tuesday.",
        f"“It is an insult,” the {staff}, a group of its employees, said of the pay-off.",
        f"A {company} spokesperson said everyone would keep their health cover. “We know this "
        "is hard,” the spokesperson said.",
    )
    assert _speakers(*paragraphs) == [staff, company]


def test_a_short_form_of_a_bodys_name_is_still_that_body():
    # `Brightwell` after `Brightwell Appliances` (no people's word between): the long name
    paragraphs = (
        "Brightwell Appliances recalled 4,000 kettles on Monday.",
        "“Safety comes first,” a Brightwell spokeswoman said.",
    )
    assert _speakers(*paragraphs) == ["Brightwell Appliances"]


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Kestrel Quarries", "Kestrel"),
        ("Umhlanga Platinum", "Umhlanga"),
        ("Tarnow Cement", "Tarnow"),
    ],
)
def test_a_short_form_going_on_with_it_is_the_bodys_name(full, short):
    paragraphs = (
        f"About 2,000 workers at {full}'s two pits stayed away for a third day.",
        f"{short} said it had offered 6 per cent a year. “The offer is final,” the company said.",
    )
    assert _speakers(*paragraphs) == [full]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # `said it was`: an empty `it`, no body's pronoun
        (
            "Marta Quell's two sons run the farm now.",
            "Marta said it was hard to let go. “I still wake at five,” Marta said.",
        ),
        (
            "Orla Brennan's novel came out in May.",
            "Orla said it was her best. “I wrote it in a winter,” she said.",
        ),
    ],
)
def test_a_given_name_going_on_with_it_is_still_the_person(paragraphs):
    found = _speakers(*paragraphs)
    assert found and all(name and name.endswith(("Quell", "Brennan")) for name in found)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Sérgio de Albuquerque Neto, the club's president, spoke on Monday.",
                "Asked whether Vila Nova would accept a fourth offer, de Albuquerque Neto "
                "shrugged: “Make it, and we will see.”",
            ),
            "Sérgio de Albuquerque Neto",
        ),
        (
            (
                "Tomás de la Cruz Ibarra, the mayor, opened the bridge.",
                "Asked about the cost, de la Cruz Ibarra smiled: “Worth every peso.”",
            ),
            "Tomás de la Cruz Ibarra",
        ),
        (
            (
                "Joost van der Linde, the coach, was calm.",
                "Later, van der Linde was blunt: “We will not bid again.”",
            ),
            "Joost van der Linde",
        ),
        (
            (
                "Hanna von Stetten, the finance chief, spoke to analysts.",
                "Asked if Meridia Motors would cut its forecast, von Stetten paused: “No.”",
            ),
            "Hanna von Stetten",
        ),
    ],
)
def test_a_surname_with_particles_opens_the_colons_clause(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # the question's own name is no subject; the name after its comma is
        ("Asked whether Ana Ruiz would stay, Tom Lee smiled: “Ask her.”", "Tom Lee"),
        ("Asked about Castlebridge, Ewa Nowak was curt: “No comment.”", "Ewa Nowak"),
    ],
)
def test_the_names_of_an_asked_opening_are_not_the_subject(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Rui Batista, the club's president, said the price was fixed.",
            "A Castlebridge director, speaking on condition of anonymity, said the club would "
            "walk away. “There are other strikers,” the director said.",
        ),
        (
            "Chief executive Lena Vogt said the plant would stay open.",
            "An Orbis engineer, who asked not to be named, said the line had stopped twice. “We "
            "are patching it daily,” the engineer said.",
        ),
        (
            "Mayor Tomasz Wilk praised the plan.",
            "A Kestrel manager who would not give her name disagreed. “It will not work,” the "
            "manager said.",
        ),
    ],
)
def test_an_unnamed_role_of_a_named_body_is_no_one_named(paragraphs):
    assert _speakers(*paragraphs) == [None]


def test_a_role_named_before_with_a_bodys_name_is_still_its_holder():
    # `Orbis chief executive Lena Vogt`: named, so `the chief executive` is her
    paragraphs = (
        "Orbis chief executive Lena Vogt said the plant would stay open. “We are here to stay,” "
        "the chief executive said.",
    )
    assert _speakers(*paragraphs) == ["Lena Vogt"]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            (
                "Porto rejected a bid for their 20-year-old winger Gabigol on Friday.",
                "“He stays,” said the club's president, Rui Costa Lima.",
                "Gabigol, who has scored nine goals, has not spoken publicly. After the game, he "
                "would say only: “I am happy here.”",
            ),
            ["Rui Costa Lima", "Gabigol"],
        ),
        (
            (
                "The festival opened with the singer Nithila on Thursday.",
                "“We are proud of the line-up,” said director Jon Hale.",
                "Nithila, who flew in from Chennai, was calm. Later she said: “I sang for my "
                "mother.”",
            ),
            ["Jon Hale", "Nithila"],
        ),
        (
            ("The band hired the drummer Zeca last year.", "“It is my band now,” Zeca said."),
            ["Zeca"],
        ),
    ],
)
def test_a_lone_name_after_a_persons_role_is_a_person(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


def test_a_lone_name_after_a_bodys_role_is_still_a_body():
    paragraphs = ("Game developer Vantor released a patch. “We fixed the bug,” Vantor said.",)
    assert _speakers(*paragraphs) == ["Vantor"]
    analysis = analyse_quotes(list(paragraphs))
    assert [s.kind for s in analysis.speakers] == ["organisation"]


def test_a_lone_name_after_a_persons_role_is_registered_as_a_person():
    paragraphs = ("The band hired the drummer Zeca last year.", "“It is my band now,” Zeca said.")
    assert [s.kind for s in analyse_quotes(list(paragraphs)).speakers] == ["person"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a plural after a role word is a group, no one person
        (
            "Ana Ruiz, who has split from many fellow Republicans on vouchers, left early.",
            "Teachers cheered outside. “They think they know better,” one teacher said.",
        ),
    ],
)
def test_a_plural_after_a_role_word_is_no_one_named(paragraphs):
    assert _speakers(*paragraphs) == [None]


@pytest.mark.parametrize(
    ("paragraphs", "body"),
    [
        (
            (
                "The jury of the Lumora film festival met the press on Monday.",
                "Zarina, who is known by one name, spoke first. “I will watch every film "
                "twice,” Zarina said.",
                "The festival said it had asked for the forms. “We remain open,” a spokeswoman "
                "said.",
            ),
            "Lumora",
        ),
        (
            (
                "Tenants of the Harwick housing association marched on Friday.",
                "Okoro, who led the march, spoke. “We want repairs,” Okoro said.",
                "The association said it would reply. “We will meet them,” a spokesman said.",
            ),
            "Harwick",
        ),
        (
            (
                "Riders of the Vasco cycling club rode to the town hall.",
                "Idris, who rode at the front, was tired. “We did it,” Idris said.",
                "The club said it was proud. “A great day,” a spokeswoman said.",
            ),
            "Vasco",
        ),
    ],
)
def test_a_spokesperson_of_a_body_written_with_its_noun(paragraphs, body):
    assert _speakers(*paragraphs)[-1] == body


def test_a_persons_name_before_the_noun_is_no_bodys_name():
    # `the Trump administration`: the surname of someone named, not a body
    paragraphs = (
        "President Donald Trump spoke on Monday. The Trump administration said it would appeal.",
        "Verhoeven, who heads the union, spoke. “We will fight,” Verhoeven said.",
        "The administration said it would reply. “We will appeal,” a spokesman said.",
    )
    assert _speakers(*paragraphs)[-1] != "Trump"


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        (
            "Judge Ruth Lockyer granted the order. She had described the blasts as shaking the "
            "school’s windows “on a weekly basis, and sometimes daily”.",
            "on a weekly basis, and sometimes daily",
            "Ruth Lockyer",
        ),
        (
            "Coach Dan Okafor was not impressed. He described the second half as little better "
            "than “a training-ground kickabout”.",
            "a training-ground kickabout",
            "Dan Okafor",
        ),
        (
            "Mayor Ines Duarte characterised the budget as a plan that was “fair to every "
            "district”.",
            "fair to every district",
            "Ines Duarte",
        ),
    ],
)
def test_a_partial_quote_after_described_as_is_the_subjects(paragraph, text, speaker):
    quotes = analyse_quotes([paragraph]).quotes
    assert [(q.text.rstrip(".,"), q.speaker) for q in quotes] == [(text, speaker)]


def test_a_name_that_owns_its_is_no_one_a_pronoun_means():
    # `Brackenhill Stone had broken ... its permit`: the body, not `she`
    paragraph = (
        "Judge Ruth Lockyer found that Brackenhill Stone had broken the conditions of its "
        "permit. She described the blasts as shaking the windows “every single week”."
    )
    assert _speakers(paragraph) == ["Ruth Lockyer"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a label after `as` right at the verb stays a label; a long object with a comma is no
        # naming of the quote
        "The paper described the plan as “the beast”, a name that stuck.",
        "Critics described the show, which ran for a decade and won many awards in its long "
        "run across the country and abroad, as “tired”.",
    ],
)
def test_a_far_or_broken_object_is_not_read_as_described(paragraph):
    assert all(q.speaker is None for q in analyse_quotes([paragraph]).quotes)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Giving the lead judgment, Lady Justice Anne Okoli said the order was right.",
                "Lord Justice Pym agreed.",
                "“A condition is not a suggestion,” the lead judgment said.",
            ),
            "Anne Okoli",
        ),
        (
            (
                "In his ruling, Judge Marcus Whitfield said the claim failed.",
                "“The contract was never signed,” the ruling said.",
            ),
            "Marcus Whitfield",
        ),
        (
            (
                "Writing the majority opinion, Justice Elena Ruiz said the law stood.",
                "“Congress spoke plainly,” the opinion said.",
            ),
            "Elena Ruiz",
        ),
    ],
)
def test_a_judgment_speaks_for_the_judge_who_gave_it(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


def test_a_judgment_no_one_was_said_to_give_is_no_one():
    paragraphs = (
        "Judge Marcus Whitfield heard the case in May.",
        "The court published its reasons on Friday. “The claim fails,” the judgment said.",
    )
    assert _speakers(*paragraphs) == [None]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Giving the lead judgment, Lady Justice Anne Okoli said the order was right.",
                "“A condition is not a suggestion,” the lead judgment said.",
                "The villagers were represented by Ngozi Eze, a solicitor at a legal charity. "
                "“The children hid under their desks,” she said outside court.",
            ),
            "Ngozi Eze",
        ),
        (
            (
                "“We will appeal,” said Martha Quinn, the company's lawyer.",
                "The tenants were led by Joan Dlamini, a retired nurse. “We won,” she said.",
            ),
            "Joan Dlamini",
        ),
    ],
)
def test_a_passives_agent_brought_in_with_a_role_is_the_pronouns_person(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_passives_agent_without_a_role_is_still_passed_over():
    paragraphs = (
        "“We will appeal,” said Martha Quinn, the company's lawyer.",
        "She was interviewed by Joan Dlamini. “We lost,” she said.",
    )
    assert _speakers(*paragraphs)[-1] == "Martha Quinn"


def _profile(name: str, pronoun: str) -> tuple[str, ...]:
    """A profile's opening: its subject introduced and speaking three times (its main person)."""
    return (
        f"{name} is early, which {pronoun} apologises for. “I always am,” {pronoun} says.",
        f"“The first night is the worst,” {pronoun} says. “After that it is a job.”",
        f"{name.split()[-1]} laughs. “Write that down,” {pronoun} says.",
    )


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                *_profile("Ines Moreau-Adjei", "she"),
                "Her mother, Efua, a nurse who came to Lyon in 1970, died in 2021. “She sang to "
                "every patient,” her daughter says.",
            ),
            "Ines Moreau-Adjei",
        ),
        (
            (
                *_profile("Tomas Lindqvist-Okoro", "he"),
                "His father, Bo, opened the bakery in 1981. “He never took a day off,” his son "
                "says.",
            ),
            "Tomas Lindqvist-Okoro",
        ),
        (
            (
                *_profile("Priya Raman-Holt", "she"),
                "Her late father, Suresh, taught her to read. “He read me Dickens at five,” her "
                "daughter says.",
            ),
            "Priya Raman-Holt",
        ),
    ],
)
def test_her_daughter_after_her_parent_opening_is_the_subject(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "last",
    [
        # `His father` ... `her daughter`: another family, no one this rule gives
        "His father, Bo, opened it in 1981. “He never took a day off,” her daughter says.",
        # no parent opens the paragraph
        "The bakery opened in 1981. “It never closed,” her daughter says.",
    ],
)
def test_her_daughter_without_the_parent_opening_is_not_the_subject(last):
    assert _speakers(*_profile("Ines Moreau-Adjei", "she"), last)[-1] != "Ines Moreau-Adjei"


def test_her_daughter_with_no_main_person_is_no_one():
    # one quote of the subject: no profile's main person to be the daughter
    paragraphs = (
        "Ines Moreau-Adjei is early. “I always am,” she says.",
        "Her mother, Efua, died in 2021. “She sang to every patient,” her daughter says.",
    )
    assert _speakers(*paragraphs)[-1] is None
