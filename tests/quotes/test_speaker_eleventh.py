"""Speaker rules of issue 15 (eleventh round), from the misses of quotes_stress_eleventh.

Each rule is general (a shape of text, not a sample's words), with several made-up cases.
"""

from __future__ import annotations

import pytest

from api.parser.quote_entries import same_role
from api.parser.quotes import analyse_quotes
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a party's member or a neighbour, written before a name, is no given name
        (
            (
                "Democrat Lena Castellano-Reyes won 44% of the vote.",
                "“Tomorrow, we start,” Castellano-Reyes told supporters.",
            ),
            "Lena Castellano-Reyes",
        ),
        (
            (
                "Republican Howard Pruitt-Vance conceded at 11 p.m.",
                "“She ran a good race,” Pruitt-Vance said.",
            ),
            "Howard Pruitt-Vance",
        ),
        (
            (
                "Neighbour Lorraine Tate said the lunches kept the street together. "
                "“She brought the lunch to us,” Tate said.",
            ),
            "Lorraine Tate",
        ),
        (
            ("The fence came down in the storm.", "Neighbor Dwayne Okoro, 44: “It missed my car.”"),
            "Dwayne Okoro",
        ),
        # a given name with a nationality's ending is no such word: the name is whole
        (
            ("The fence came down.", "“It missed my car,” said Julian Mark Oduya, 44."),
            "Julian Mark Oduya",
        ),
    ],
)
def test_a_party_or_neighbour_word_opening_a_name_is_no_given_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a utility is a company: `the company`, `the utility` are the body named before
        (
            (
                "Clearwater Utilities, which runs the works, said rain overwhelmed the drains. "
                "“Our overflows work as permitted,” the company said in a statement.",
            ),
            "Clearwater Utilities",
        ),
        (
            (
                "Bills will rise by 8%, Northvale Utilities said on Monday.",
                "“Costs have risen for two years,” the utility said.",
            ),
            "Northvale Utilities",
        ),
        (
            (
                "Harrowgate Utilities cut off 300 homes in error.",
                "“We apologise,” the company said.",
            ),
            "Harrowgate Utilities",
        ),
    ],
)
def test_a_utility_is_a_company(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a business role's letters are the person given that role in full
        (
            (
                "Corvane Systems cut its forecast.",
                "Chief financial officer Marcus Webb said revenue would fall.",
                "“Our shares are undervalued,” the CFO said.",
            ),
            "Marcus Webb",
        ),
        (
            (
                "Orbis Inc. missed estimates.",
                "Chief executive Priya Raghunathan said sales were slow.",
                "“Customers take longer to sign,” the CEO said.",
            ),
            "Priya Raghunathan",
        ),
        (
            (
                "Halden Foods shut its oldest plant in May, its chief operating officer, "
                "Ana Lutz, said.",
                "“The line was too old,” the COO said.",
            ),
            "Ana Lutz",
        ),
        # no other officer's: `police officer X` is no CFO
        (("Police officer Dan Moss arrived first.", "“It was dark,” the CFO said."), None),
    ],
)
def test_a_business_roles_letters_are_the_role_spelt_out(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("role", "head", "same"),
    [
        ("Chief financial officer", "cfo", True),
        ("Acme chief financial officer", "cfo", True),
        ("chief executive", "ceo", True),
        ("chief executive officer", "ceo", True),
        ("Gov.", "governor", True),
        ("police officer", "cfo", False),
        ("financial officer", "cfo", False),
        ("chief executive", "cfo", False),
    ],
)
def test_same_role_spells_out_only_whole_roles(role, head, same):
    assert same_role(role, head) is same


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # the one the writer's own sentence addresses answers: `she` is hers, not the last voice
        (
            (
                "Transport member Rosalind Achterberg backs the charge. “Cars cost,” she told me.",
                "Tomasz Wielgosz, who runs a shop, disagrees: “My customers drive.”",
                "I put that to Achterberg. “Then they can pay,” she said.",
            ),
            "Rosalind Achterberg",
        ),
        (
            (
                "Head teacher Ines Marwood wants a longer day. “It works,” she said.",
                "Parent Karl Obuya is unconvinced: “My son is tired at three.”",
                "We spoke with Marwood again on Friday. “Tired children learn less,” she said.",
            ),
            "Ines Marwood",
        ),
        (
            (
                "Coach Dana Velikova picked her side. “We are ready,” she said.",
                "Striker Amir Haddou is not: “My knee is sore.”",
                "I mentioned that to Velikova. “He will play,” she said.",
            ),
            "Dana Velikova",
        ),
        # a name someone else addresses is still what is spoken to
        (
            (
                "Senator Maria Ebdon questioned the plan. “Who pays?” she asked.",
                "Minister Ruth Calloway answered: “The taxpayer, eventually.”",
                "The clerk handed a letter to Ebdon. “It is late,” she said.",
            ),
            "Ruth Calloway",
        ),
    ],
)
def test_a_name_the_writer_addresses_answers(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # a person the article says goes by they/them is the `they` who speaks
        (
            (
                "Sam Okafor-Lind, an independent who uses they/them pronouns, won 17%.",
                "Okafor-Lind said they were proud. “It is not nothing,” they said. "
                "“We will be back.”",
            ),
            ["Sam Okafor-Lind", "Sam Okafor-Lind"],
        ),
        (
            (
                "Robin Aske-Fell, 29, who uses they/them pronouns, painted the mural.",
                "“I wanted the wall to look back at you,” they said.",
            ),
            ["Robin Aske-Fell"],
        ),
        (
            (
                "Goalkeeper Jordan Mbatha (they/them) made six saves.",
                "Mbatha smiled afterwards. “The last one hurt,” they said.",
            ),
            ["Jordan Mbatha"],
        ),
        # anyone else's `they` is still nobody's (a person is not `they` by default) ...
        (
            (
                "Robin Aske-Fell, who uses they/them pronouns, painted the wall.",
                "Ana Ruiz-Pell owns the shop. “People stop and stare,” they said.",
            ),
            [None],
        ),
        # ... and a body's `they` is the body's
        (
            (
                "Drew Halvey, who uses they/them pronouns, joined Orbis Systems in May.",
                "Orbis Systems cut 200 jobs. “It was a hard call,” they said.",
            ),
            ["Orbis Systems"],
        ),
    ],
)
def test_a_person_who_uses_they_is_the_they_who_speaks(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a priest or a vicar is a role: `the priest said` is the one given it
        (
            ("Parish priest Emeka Obi is a regular. “I come for the company,” the priest said.",),
            "Emeka Obi",
        ),
        (
            (
                "The vicar, Margaret Tull-Owens, opened the hall on Monday.",
                "Forty people came. “We ran out of chairs,” the vicar said.",
            ),
            "Margaret Tull-Owens",
        ),
        # an unnamed priest is nobody's
        (
            ("Ana Ruiz-Pell lit a candle.", "“It is a quiet place,” a priest said."),
            None,
        ),
    ],
)
def test_a_priest_is_a_role(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `the X-elect` is the person the article has win, though never given that role
        (
            (
                "Democrat Lena Castellano-Reyes won 44% of the vote, ahead of Howard Pruitt.",
                "“I called Lena,” Pruitt said.",
                "“I know the numbers are bad,” the executive-elect said.",
            ),
            "Lena Castellano-Reyes",
        ),
        (
            (
                "Councilwoman Teresa Villanueva-Hart won the race for mayor on Tuesday.",
                "“I respect the result,” said her opponent, Gordon Pell.",
                "The mayor-elect said she would audit the water department. “People deserve to "
                "know,” she said.",
            ),
            "Teresa Villanueva-Hart",
        ),
        (
            (
                "Amara Osei-Bright was elected chair of the board by nine votes to four.",
                "“We start on Monday,” the chair-elect said.",
            ),
            "Amara Osei-Bright",
        ),
        # no one the article has win: nobody's
        (
            (
                "Ana Ruiz-Pell spoke first at the count.",
                "“It is close,” the mayor-elect said.",
            ),
            None,
        ),
    ],
)
def test_the_x_elect_is_who_won(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a cleric's title before a name is no part of the name, and says the office
        (
            (
                "The parish priest, Father Emeka Obi, is a regular. “I come for the company,” "
                "the priest said.",
            ),
            "Emeka Obi",
        ),
        (
            ("Father Tomas Brennick opened the hall.", "“We ran out of chairs,” the priest said."),
            "Tomas Brennick",
        ),
        (
            ("Fr. Ignatius Mwale blessed the boats.", "“The sea is kind today,” the priest said."),
            "Ignatius Mwale",
        ),
        (
            ("Reverend Anne Halloway led the march.", "“We walk for them,” the priest said."),
            "Anne Halloway",
        ),
        (
            ("Sister Bernadette Kuria runs the clinic.", "“We need a second nurse,” the nun said."),
            "Bernadette Kuria",
        ),
        # the surname alone is the person whose name followed the title
        (
            ("Father Tomas Brennick opened the hall.", "“We ran out of chairs,” Brennick said."),
            "Tomas Brennick",
        ),
        # a father or sister in a family is no title: the name and role stay as they were
        (("Her father, John, said nothing.", "“I was tired,” he said."), "John"),
        (("Her sister, Ann Hale, wept. “It hurts,” she said.",), "Ann Hale"),
        (("Father and son left early.", "“It is a quiet place,” the priest said."), None),
    ],
)
def test_a_clerics_title_is_no_part_of_the_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def _roles(*paragraphs: str) -> dict[str, str | None]:
    return {s.name: s.role for s in analyse_quotes(paragraphs).speakers}


@pytest.mark.parametrize(
    ("paragraphs", "roles"),
    [
        # a title of address yields to the role the text writes after the name
        (
            (
                "Father Emeka Obi, the parish priest, opened the hall.",
                "“We feed everyone,” the priest said.",
            ),
            {"Emeka Obi": "parish priest"},
        ),
        (
            (
                "Mr Justice Alan Fenwick, the presiding judge, adjourned.",
                "“The jury will return,” the judge said.",
            ),
            {"Alan Fenwick": "presiding judge"},
        ),
        (
            ("Reverend Anne Halloway, the parish vicar, led the march. “We walk,” she said.",),
            {"Anne Halloway": "parish vicar"},
        ),
        # with nothing written after the name, the title stays the role
        (
            ("Father Tomas Brennick opened the hall. “We ran out of chairs,” he said.",),
            {"Tomas Brennick": "Father"},
        ),
        # a relation before the name is no title of address: it stays the role
        (
            ("Her father, Dan Oyelowo-Hart, a bus driver, drove her. “She was ready,” he says.",),
            {"Dan Oyelowo-Hart": "father"},
        ),
    ],
)
def test_a_title_of_address_yields_to_the_role_written_after_the_name(paragraphs, roles):
    assert _roles(*paragraphs) == roles


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # an unlabelled answer after a `Q:` line is the one who answers the other questions
        (
            (
                "Architect Noor Haddad-Fenwick designs schools. She spoke to us from London.",
                "Q: Why no air conditioning?",
                "Haddad-Fenwick: “Because the power goes off.”",
                "Q: Do the classrooms stay cool?",
                "“Five degrees cooler than outside.”",
            ),
            "Noor Haddad-Fenwick",
        ),
        (
            (
                "Chef Tomas Brennick talked to us about bread.",
                "Q. When do you start?",
                "Brennick: “At four, every day.”",
                "Q. Every day?",
                "“Every day but Christmas.”",
            ),
            "Tomas Brennick",
        ),
        # the first answer may be the bare one: the labelled answer after it says whose
        (
            (
                "Goalkeeper Dana Velikova sat down with us after training.",
                "Q: How is the knee?",
                "“Better than last week.”",
                "Q: Will you play on Sunday?",
                "Velikova: “If the coach asks me, yes.”",
            ),
            "Dana Velikova",
        ),
    ],
)
def test_an_unlabelled_answer_after_a_question_line_is_the_interviewees(paragraphs, speaker):
    assert set(_speakers(*paragraphs)) == {speaker}  # every answer is the interviewee's


@pytest.mark.parametrize(
    "paragraphs",
    [
        # no `Q:` line before it: a bare quote stays nobody's
        (
            "Architect Noor Haddad-Fenwick designs schools.",
            "Haddad-Fenwick: “Because the power goes off.”",
            "A reader wrote in last week.",
            "“Five degrees cooler than outside.”",
        ),
        # a quote with more words around it is no bare answer
        (
            "Q: Why no air conditioning?",
            "Haddad-Fenwick: “Because the power goes off.”",
            "Q: Do the classrooms stay cool?",
            "A sign on the door reads “Five degrees cooler than outside.”",
        ),
        # no labelled answer anywhere: nobody is known to answer
        ("Q: Do the classrooms stay cool?", "“Five degrees cooler than outside.”"),
    ],
)
def test_a_bare_quote_without_a_question_line_before_it_stays_nobodys(paragraphs):
    assert _speakers(*paragraphs)[-1] is None
