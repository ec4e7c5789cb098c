"""Issue 15's speaker classes audited a third time with fresh made-up cases (speakers64).

FIRST_LOOK holds, class by class, short cases written before the parser was run on them,
weighted toward the classes that score worst on unseen copy (descriptive references, pronouns,
carried quotes, explicit names after role and place words); KINDS holds cases of a speaker's
kind (person or organisation). First look, on the branch point df66ee77 (misses per class):
described person 2/10, described body 1/10, pronoun 0/10, carried 0/10, explicit 1/10, surname
1/8, according to 0/6, after the quote 0/6, colon 0/6, kind 1/8: 6/84 (0.929); after the rules
below, 0/84. SECOND_LOOK was written after those rules and before the parser ran on it: 2/20
missed (0.90: a trade's noun before a name the given-name table does not know, `said another
observer, X`), 0/20 after the two rules made of them.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_recall import _family_before_syllables
from api.parser.quote_roles import role_before
from api.parser.quote_tokens import Words
from api.parser.quotes import analyse_quotes
from tests.quotes.helpers import audit_cases
from tests.quotes.helpers import speakers as _speakers

Case = tuple[list[str], list[str | None]]

FIRST_LOOK: dict[str, list[Case]] = {
    "described_person": [
        (
            [
                "Dr Femi Adeyemi-Cole, the Brackenfield coroner, recorded a narrative verdict.",
                "“Nobody checked on him for eleven hours,” the coroner told the hearing.",
            ],
            ["Femi Adeyemi-Cole"],
        ),
        (
            [
                "Lucía Marín Prats, 72, was evicted from her flat in Calle Norte last spring.",
                "“I had nowhere to keep my cats,” the 72-year-old said.",
            ],
            ["Lucía Marín Prats"],
        ),
        (
            [
                "The winger, Kwabena Ofori-Atta, was booked in the first minute.",
                "“The referee lost control,” the 23-year-old winger said later.",
            ],
            ["Kwabena Ofori-Atta"],
        ),
        (
            [
                "Nigel Crabtree, who owns six houses on Mill Lane, was fined £9,000.",
                "“The tenants never complained to me,” the landlord told magistrates.",
            ],
            ["Nigel Crabtree"],
        ),
        (
            [
                "Paramedic Sunniva Haugland was first to reach the car.",
                "“The driver was still talking,” the paramedic recalled.",
            ],
            ["Sunniva Haugland"],
        ),
        (
            [
                "Goalkeeper Matías Echeverría kept a clean sheet on his debut.",
                "Defender Oren Galili scored the only goal.",
                "“I barely touched the ball,” the goalkeeper joked.",
            ],
            ["Matías Echeverría"],
        ),
        (
            [
                "The headteacher, Priya Raghunathan, wrote to parents on Tuesday.",
                "“Phones will be locked away from September,” the head said.",
            ],
            ["Priya Raghunathan"],
        ),
        (
            [
                "Archbishop Thaddeus Mwale led the funeral service.",
                "“She fed half this town,” the archbishop said in his sermon.",
            ],
            ["Thaddeus Mwale"],
        ),
        (
            [
                "Detective Inspector Rhiannon Pryce said the van had been stolen in May.",
                "“We are keeping an open mind,” the detective added.",
            ],
            ["Rhiannon Pryce"],
        ),
        (
            [
                "Bogdan Lisowski, a 58-year-old lorry driver, was cleared of all charges.",
                "“I just want to go home to my wife,” the driver said outside court.",
            ],
            ["Bogdan Lisowski"],
        ),
    ],
    "described_body": [
        (
            [
                "Norrland Airways grounded its fleet of turboprops on Sunday.",
                "“Safety comes before the timetable,” the carrier said.",
            ],
            ["Norrland Airways"],
        ),
        (
            [
                "The Financial Conduct Review Board (FCRB) opened an inquiry into Parbury Bank.",
                "“Customers were misled,” the FCRB said on Thursday.",
            ],
            ["Financial Conduct Review Board"],
        ),
        (
            [
                "The Ministry of Fisheries closed the bay to trawlers.",
                "“Stocks have fallen for five years running,” the ministry said.",
            ],
            ["Ministry of Fisheries"],
        ),
        (
            [
                "Oakhurst Pharmaceuticals withdrew the drug from sale in March.",
                "“Patient safety is our priority,” the company's statement said.",
            ],
            ["Oakhurst Pharmaceuticals"],
        ),
        (
            [
                "The Tanvale Regional Health Authority has run out of beds.",
                "“We are asking the public to stay away unless it is urgent,” officials at the "
                "authority said.",
            ],
            ["Tanvale Regional Health Authority"],
        ),
        (
            [
                "The Coastal Residents Union has fought the port expansion for a decade.",
                "“This is a betrayal,” the union said in a statement.",
            ],
            ["Coastal Residents Union"],
        ),
        (
            [
                "Dovecote Energy raised its tariffs by 12%.",
                "“Wholesale prices left us no choice,” the supplier said.",
            ],
            ["Dovecote Energy"],
        ),
        (
            [
                "The Harrowgate Hospital Trust apologised to the family of Irene Dalby.",
                "“Her care fell short,” the trust said.",
            ],
            ["Harrowgate Hospital Trust"],
        ),
        (
            [
                "Veltrix Motors recalled 80,000 cars over a brake fault.",
                "Its chief executive, Anneliese Brandt, was not available for comment.",
                "“No injuries have been reported,” the carmaker said.",
            ],
            ["Veltrix Motors"],
        ),
        (
            [
                "The Kindred Children's Charity lost its licence in June.",
                "“We will appeal,” the charity said.",
            ],
            ["Kindred Children's Charity"],
        ),
    ],
    "pronoun": [
        (
            [
                "Ayodele Bankole and her brother, Tunde, run the bakery together.",
                "The shop has been on Hale Street since 1994.",
                "“We will not sell,” she said.",
            ],
            ["Ayodele Bankole"],
        ),
        (
            [
                "Grigor Petrosyan met Elena Vasquez, the union's lawyer, on Monday.",
                "The talks lasted three hours.",
                "“There is still a gap between us,” he said afterwards.",
            ],
            ["Grigor Petrosyan"],
        ),
        (
            [
                "Margit Szabó said the plan was unworkable.",
                "Her deputy, Lajos Kertész, disagreed.",
                "“We can make it work by the summer,” he said.",
            ],
            ["Lajos Kertész"],
        ),
        (
            [
                "The Meridian Tenants Association wrote to the council in May.",
                "“We have been ignored for too long,” they said.",
            ],
            ["Meridian Tenants Association"],
        ),
        (
            [
                "Chiamaka Eze, a nurse at St Aldric's, said the ward was short of staff.",
                "“Some nights there are two of us for 30 patients,” she added.",
                "“We cannot go on like this.”",
            ],
            ["Chiamaka Eze", "Chiamaka Eze"],
        ),
        (
            [
                "Hamish Drummond said he would not stand again.",
                "His wife, Fiona, said the decision had been his alone.",
                "“He has given this town twenty years,” she said.",
            ],
            ["Fiona"],
        ),
        (
            [
                "Rosalind Achterberg told reporters she had not read the report.",
                "Asked about the findings, she shrugged.",
                "“I will read it when it is published,” she said.",
            ],
            ["Rosalind Achterberg"],
        ),
        (
            [
                "Police named the victim as Darnell Okoro, 34.",
                "His mother, Grace Okoro, paid tribute to him on Friday.",
                "“He lit up every room,” she said.",
            ],
            ["Grace Okoro"],
        ),
        (
            [
                "Thabo Nkosi was appointed to the board of Kestrel Mining last year.",
                "The firm's shares have halved since.",
                "“I knew it would be hard,” he told the Herald.",
            ],
            ["Thabo Nkosi"],
        ),
        (
            [
                "Ingeborg Lund won the seat by 212 votes.",
                "Her opponent, Mattias Berg, conceded shortly after midnight.",
                "“The people have spoken,” he said.",
                "“I will work with anyone,” she said later.",
            ],
            ["Mattias Berg", "Ingeborg Lund"],
        ),
    ],
    "carried": [
        (
            [
                "“The river came up in twenty minutes,” said Ezinne Chukwu, who lives on the bank.",
                "“By the time we had the children upstairs the kitchen was gone.”",
            ],
            ["Ezinne Chukwu", "Ezinne Chukwu"],
        ),
        (
            [
                "Councillor Raj Bhattacharya said: “We were never consulted. Not once.”",
                "“And now they want us to pay for it.”",
            ],
            ["Raj Bhattacharya", "Raj Bhattacharya"],
        ),
        (
            [
                "Asked whether he would resign, Lorcan Doyle said: “No.”",
                "“Why would I? I have done nothing wrong.”",
            ],
            ["Lorcan Doyle", "Lorcan Doyle"],
        ),
        (
            [
                "The decision was welcomed by residents, Sabine Krüger said.",
                "“It took us four years, but we got there,” Krüger said.",
                "“Now the real work starts.”",
            ],
            ["Sabine Krüger", "Sabine Krüger"],
        ),
        (
            [
                "Mehmet Aydın runs the only pharmacy in the village.",
                "“People come to me before they go to the doctor,” Aydın said. “Sometimes "
                "instead.”",
            ],
            ["Mehmet Aydın", "Mehmet Aydın"],
        ),
        (
            [
                "“We lost the first half,” admitted captain Joost van Rijn.",
                "The second half was different.",
                "“Nobody gave up,” said Daan Smit, who scored twice.",
            ],
            ["Joost van Rijn", "Daan Smit"],
        ),
        (
            [
                "“The fees will rise by 8%,” said the university's registrar, Olwen Price.",
                "Students protested outside the library on Thursday.",
                "“We can't afford this,” read one banner.",
            ],
            ["Olwen Price", None],
        ),
        (
            [
                "“It was a fair result,” Wanjiru Kamau said of the vote.",
                "Her rival, Peter Otieno, was less gracious.",
                "“The count was a farce.”",
            ],
            ["Wanjiru Kamau", "Peter Otieno"],
        ),
        (
            [
                "Tomasina Reyes, the festival's director, put it simply: “We sold out in an hour.”",
                "“Next year we need a bigger field.”",
            ],
            ["Tomasina Reyes", "Tomasina Reyes"],
        ),
        (
            [
                "Seo-yeon Park said the app had been downloaded a million times. “We did not "
                "expect this,” she said. “Not in the first week.”",
            ],
            ["Seo-yeon Park", "Seo-yeon Park"],
        ),
    ],
    "explicit": [
        (
            [
                "“Clinics will stay open through the holiday,” Kenya's cabinet secretary for "
                "health Wairimu Njoroge said."
            ],
            ["Wairimu Njoroge"],
        ),
        (
            [
                "“The border will reopen on Monday,” said Chile's deputy foreign minister "
                "Ignacio Valdivia."
            ],
            ["Ignacio Valdivia"],
        ),
        (
            [
                "Brackwell Foods chief financial officer Harriet Onslow said: “Margins are "
                "recovering.”"
            ],
            ["Harriet Onslow"],
        ),
        (
            ["“The strike is over,” said Transport Workers Union general secretary Dermot Fahy."],
            ["Dermot Fahy"],
        ),
        (
            ["Former Olympic sprint champion Adaeze Nwosu said: “The track is too slow.”"],
            ["Adaeze Nwosu"],
        ),
        (
            ["“We expect rain all week,” Met Office forecaster Callum Rennie told listeners."],
            ["Callum Rennie"],
        ),
        (
            ["“Nobody is above the law,” Assistant Chief Constable Yasmin Qureshi said."],
            ["Yasmin Qureshi"],
        ),
        (
            [
                "“The vaccine is safe,” Portugal's director-general of health Teresa Lobo "
                "Antunes said on Friday."
            ],
            ["Teresa Lobo Antunes"],
        ),
        (
            [
                "Opening the session, speaker of the regional assembly Kemal Arslan said: "
                "“Let us begin.”"
            ],
            ["Kemal Arslan"],
        ),
        (
            ["“This is only the start,” Harlow Rovers manager Stanislav Dvořák told reporters."],
            ["Stanislav Dvořák"],
        ),
    ],
    "surname": [
        (
            [
                "Maximilian von Eschenbach took over the orchestra in 2019.",
                "“The players wanted change,” von Eschenbach said.",
            ],
            ["Maximilian von Eschenbach"],
        ),
        (
            [
                "Ana Lucía Gómez Restrepo leads the opposition in the senate.",
                "“We will block the budget,” Gómez Restrepo said.",
            ],
            ["Ana Lucía Gómez Restrepo"],
        ),
        (
            [
                "Nguyen Thi Lan opened her first noodle bar in 2011.",
                "“My mother's recipe, nothing else,” Nguyen said.",
            ],
            ["Nguyen Thi Lan"],
        ),
        (
            [
                "Conor Mac Giolla Bhríde won the prize for his first novel.",
                "“I wrote it at night,” Mac Giolla Bhríde said.",
            ],
            ["Conor Mac Giolla Bhríde"],
        ),
        (
            [
                "Pieter-Jan De Smedt and his sister, Els De Smedt, run the brewery.",
                "“Our grandfather would laugh at us,” Pieter-Jan De Smedt said.",
                "“We still use his yeast,” Els said.",
            ],
            ["Pieter-Jan De Smedt", "Els De Smedt"],
        ),
        (
            [
                "The case was brought by Abdullahi Warsame Hussein, a taxi driver.",
                "“They took my licence for nothing,” Hussein said.",
            ],
            ["Abdullahi Warsame Hussein"],
        ),
        (
            [
                "Dr Marguerite Saint-Clair led the trial at the hospital.",
                "“The results surprised us,” Saint-Clair said.",
            ],
            ["Marguerite Saint-Clair"],
        ),
        (
            [
                "Lena Dal Santo is the youngest mayor in the region.",
                "“Age is not a qualification,” Dal Santo said.",
            ],
            ["Lena Dal Santo"],
        ),
    ],
    "according_to": [
        (
            [
                "The plant will close in April, according to Ruairí Gallagher, a union official. "
                "“Two hundred families are affected.”"
            ],
            ["Ruairí Gallagher"],
        ),
        (
            ["“The dam is sound,” according to Hemi Walker, the district engineer."],
            ["Hemi Walker"],
        ),
        (
            [
                "According to Saanvi Kulkarni, who chairs the committee, “the money was never "
                "there.”"
            ],
            ["Saanvi Kulkarni"],
        ),
        (
            ["According to the Pemberton Institute, “the gap has widened every year since 2010.”"],
            ["Pemberton Institute"],
        ),
        (
            ["“Prices will keep rising,” according to a report by Halden Economics."],
            ["Halden Economics"],
        ),
        (
            ["“The road was a death trap,” according to Obinna Nwachukwu, whose son died there."],
            ["Obinna Nwachukwu"],
        ),
    ],
    "after_quote": [
        (
            [
                "“We were told it was temporary.” That was how Ilse Vermeulen described the "
                "closure of the station."
            ],
            ["Ilse Vermeulen"],
        ),
        (
            [
                "“It is the best bread in the city.” So says Baptiste Lemaire, who has baked it "
                "for thirty years."
            ],
            ["Baptiste Lemaire"],
        ),
        (
            [
                "“The lights went out at nine.” Kalani Akana, a night guard, said he heard "
                "nothing before that."
            ],
            ["Kalani Akana"],
        ),
        (
            ["“We have had enough.” The words came from Zofia Nowak, a mother of four."],
            ["Zofia Nowak"],
        ),
        (
            [
                "“I will keep fighting.” Those were the last words of Esteban Ruiz Molina to "
                "the committee."
            ],
            ["Esteban Ruiz Molina"],
        ),
        (
            ["“There is no plan B.” Henrike Möller, the finance minister, was blunt."],
            ["Henrike Möller"],
        ),
    ],
    "colon": [
        (
            ["Aroha Ngata: “We were here first.”"],
            ["Aroha Ngata"],
        ),
        (
            ["Her verdict, Mei-Ling Chao: “A wasted year.”"],
            ["Mei-Ling Chao"],
        ),
        (
            ["Svetlana Orlova, the choreographer, explains: “Every step is counted.”"],
            ["Svetlana Orlova"],
        ),
        (
            ["Dr Ikenna Obi on the new drug: “It buys people time, not a cure.”"],
            ["Ikenna Obi"],
        ),
        (
            ["The Lantern Trust put it this way: “Nobody should sleep outside.”"],
            ["Lantern Trust"],
        ),
        (
            ["Inspector Halvard Moe had a warning: “Lock your sheds.”"],
            ["Halvard Moe"],
        ),
    ],
}

# (n.b. `according_to-4` reads `a report by` a body as the body's words, as readers do.)

KINDS: list[tuple[list[str], list[tuple[str, str]]]] = [
    (
        ["“We will not pay the fine,” Brightwell Telecom said."],
        [("Brightwell Telecom", "organisation")],
    ),
    (["“We will not pay the fine,” said Oluwaseun Adeleke."], [("Oluwaseun Adeleke", "person")]),
    (
        ["Cindermoor, the streaming service, said: “The show will return.”"],
        [("Cindermoor", "organisation")],
    ),
    (
        ["The Kremlin said on Tuesday: “No talks are planned.”"],
        [("Kremlin", "organisation")],
    ),
    (
        ["Ferdinand Marsh, founder of Marsh Analytics, said: “We never sold data.”"],
        [("Ferdinand Marsh", "person")],
    ),
    (
        ["“Our members are angry,” the Royal College of Midwives said."],
        [("Royal College of Midwives", "organisation")],
    ),
    (
        ["“Hold the line,” wrote Amara Diallo-Sy, 44, on social media."],
        [("Amara Diallo-Sy", "person")],
    ),
    (
        ["Pellucid Labs said it had fixed the flaw. “No data was lost,” it said."],
        [("Pellucid Labs", "organisation")],
    ),
]


# Written after the rules below and before the parser ran on them: do the rules generalise?
SECOND_LOOK: dict[str, list[Case]] = {
    "described_person": [
        (
            [
                "Gwen Treharne, who owns eight flats above the high street, lost her appeal.",
                "“The council moved the goalposts,” the landlady said.",
            ],
            ["Gwen Treharne"],
        ),
        (
            [
                "The headmaster, Olamide Fashola, suspended four pupils.",
                "“Bullying has no place here,” the head told parents in a letter.",
            ],
            ["Olamide Fashola"],
        ),
        (
            [
                "Ciarán Moloney, 66, has fished the lough for fifty years.",
                "“The eels are gone,” the 66-year-old said.",
            ],
            ["Ciarán Moloney"],
        ),
        (
            [
                "Midfielder Yaw Boateng signed a new contract on Friday.",
                "“This club gave me everything,” the midfielder said.",
            ],
            ["Yaw Boateng"],
        ),
    ],
    "described_body": [
        (
            [
                "Ravensworth Shipping lost two containers overboard in the storm.",
                "“Nobody was hurt,” officials at the company said.",
            ],
            ["Ravensworth Shipping"],
        ),
        (
            [
                "The Department for Rural Affairs has paused the cull.",
                "“We are reviewing the science,” officials from the department said.",
            ],
            ["Department for Rural Affairs"],
        ),
        (
            [
                "Kelso Telecom has been fined for overcharging customers.",
                "“We have refunded everyone,” the operator said.",
            ],
            ["Kelso Telecom"],
        ),
        (
            [
                "The Independent Police Review Office (IPRO) has opened an investigation.",
                "“We will follow the evidence,” IPRO said.",
            ],
            ["Independent Police Review Office"],
        ),
    ],
    "pronoun": [
        (
            [
                "Tran Van Duc and his daughter, Tran Thi Mai, run the stall.",
                "“We open at five,” she said.",
            ],
            ["Tran Thi Mai"],
        ),
        (
            [
                "The Harbour Traders Guild met on Tuesday night.",
                "“We want the parking back,” they said in a letter to the council.",
            ],
            ["Harbour Traders Guild"],
        ),
        (
            [
                "Eamon Walsh told the inquiry he had warned his manager, Brigid Nolan.",
                "She did not act on the warning, he said.",
                "“I put it in writing twice,” he said.",
            ],
            ["Eamon Walsh"],
        ),
    ],
    "carried": [
        (
            [
                "“We were never told,” said surveyor Hemi Parata.",
                "“Not a letter, not a call.”",
            ],
            ["Hemi Parata", "Hemi Parata"],
        ),
        (
            [
                "Pham Minh Chau, a vendor, was blunt: “The rent doubled.”",
                "“Pham cannot pay that,” her neighbour, Do Van Long, added.",
            ],
            ["Pham Minh Chau", "Do Van Long"],
        ),
        (
            [
                "“Turnout was low,” said Farida Haidari, an election observer.",
                "Voters in the north stayed home.",
                "“We saw empty halls all day,” said another observer, Ruben Castillo.",
            ],
            ["Farida Haidari", "Ruben Castillo"],
        ),
    ],
    "explicit": [
        (
            ["“The bridge is safe,” county engineer Mariam Haddad said on Monday."],
            ["Mariam Haddad"],
        ),
        (
            ["“We need more beds,” said Greystone Hospital administrator Tobias Lindqvist."],
            ["Tobias Lindqvist"],
        ),
        (
            ["“Prices will fall by spring,” Harbury Bank forecaster Leila Mansour wrote."],
            ["Leila Mansour"],
        ),
        (
            ["“The harvest is late,” grower Nikolai Petrov told the co-operative."],
            ["Nikolai Petrov"],
        ),
    ],
    "surname": [
        (
            [
                "Huynh Ngoc Anh won the city's first chess title for a woman.",
                "“I learned from my grandfather,” Huynh said.",
            ],
            ["Huynh Ngoc Anh"],
        ),
        (
            [
                "Tomasz de la Fuente Wiśniewski coaches the under-12s.",
                "“They listen better than adults,” de la Fuente Wiśniewski said.",
            ],
            ["Tomasz de la Fuente Wiśniewski"],
        ),
    ],
}


# The first look's misses left: each would need a rule of its own, not made here.
FIRST_LOOK_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    audit_cases(FIRST_LOOK, FIRST_LOOK_MISSES),
)
def test_first_look_cases(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [pytest.param(p, e, id=f"kind-{i}") for i, (p, e) in enumerate(KINDS)],
)
def test_first_look_kinds(paragraphs, expected):
    found = analyse_quotes(paragraphs).speakers
    assert [(s.name, s.kind) for s in found] == expected


# The second look's misses left: each would need a rule of its own, not made here.
SECOND_LOOK_MISSES: dict[str, str] = {}


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    audit_cases(SECOND_LOOK, SECOND_LOOK_MISSES),
)
def test_second_look_cases(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


def _role_before_name(text: str, name: str) -> str | None:
    first = text.index(name)
    return role_before(text, Words(text), first)[1]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("“Rain all week,” forecaster Callum Rennie said.", "forecaster"),
        ("“It will hold,” said surveyor Kenji Tanaka.", "surveyor"),
        ("“No,” Kestrel Council planner Ruth Okafor said.", "Kestrel Council planner"),
        ("“We pay in June,” adjuster Tomás Ibarra told the court.", "adjuster"),
    ],
)
def test_a_trades_noun_before_a_given_name_in_a_cue_is_a_role(text, role):
    name = " ".join(text.split(role)[1].split()[:2]).rstrip(".")
    assert _role_before_name(text, name) == role
    assert _speakers(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Last summer Ann Lee said: “It rained.”", "Ann Lee"),
        ("“It rained,” after Ann Lee spoke.", "Ann Lee"),
        ("I remember Tom Hale said so.", "Tom Hale"),
        ("“It rained,” said the water Ann Lee.", "Ann Lee"),
        ("“It rained,” forecaster Brightwell Mining said.", "Brightwell Mining"),
    ],
)
def test_a_word_of_a_trades_ending_elsewhere_is_no_role(text, name):
    assert _role_before_name(text, name) is None


@pytest.mark.parametrize(
    ("introduced", "noun"),
    [
        ("The headteacher, Priya Raghunathan,", "head"),
        ("The headmistress, Priya Raghunathan,", "head"),
        ("Priya Raghunathan, the school's headmaster,", "head"),
        ("Priya Raghunathan, the head of science,", "head"),
    ],
)
def test_the_head_of_a_school_is_the_head(introduced, noun):
    found = _speakers(
        f"{introduced} wrote to parents on Tuesday.", f"“Phones stay at home,” the {noun} said."
    )
    assert found == ["Priya Raghunathan"]


def test_a_teacher_is_no_head():
    found = _speakers(
        "The teacher, Priya Raghunathan, wrote to parents.", "“Phones stay at home,” the head said."
    )
    assert found == [None]


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("The Tanvale Regional Health Authority", "officials at the authority"),
        ("Harlow Borough Council", "officials at the council"),
        ("The Pellworth Trust", "officials from the trust"),
        ("The Ministry of Fisheries", "officials at the ministry"),
    ],
)
def test_a_bodys_officials_called_by_its_noun_speak_as_the_body(body, people):
    found = _speakers(f"{body} closed the library.", f"“We had no choice,” {people} said.")
    assert found == [body.removeprefix("The ")]


@pytest.mark.parametrize("people", ["officials at the scene", "officials at the time"])
def test_officials_at_no_bodys_noun_are_no_body(people):
    found = _speakers("The Pellworth Trust closed the library.", f"“It was chaos,” {people} said.")
    assert found == [None]


@pytest.mark.parametrize(
    "body", ["Brightwell Telecom", "Ostrava Mining", "Halden Engineering", "Kerrow Shipping"]
)
def test_a_firm_named_by_its_trade_is_an_organisation(body):
    found = analyse_quotes([f"“We will not pay the fine,” {body} said."])
    assert [(s.name, s.kind) for s in found.speakers] == [(body, "organisation")]


@pytest.mark.parametrize(
    ("name", "short"),
    [("Nguyen Thi Lan", "Nguyen"), ("Truong Van Minh", "Truong"), ("Huynh Thanh Tam", "Huynh")],
)
def test_a_family_name_written_before_two_syllables_stands_alone_for_the_person(name, short):
    found = analyse_quotes(
        [f"{name} opened her first noodle bar in 2011.", f"“My mother's recipe,” {short} said."]
    )
    assert [q.speaker for q in found.quotes] == [name]
    assert [(s.name, s.kind) for s in found.speakers] == [(name, "person")]


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("Nguyen Thi Lan", True),
        ("Harlow Oil Co", False),
        ("Ashby Fun Days", False),
        ("Robert Lee Sutton", False),
        ("Nguyen Lan", False),
    ],
)
def test_family_before_syllables(name, family):
    assert _family_before_syllables(name) is family


@pytest.mark.parametrize(
    ("owns", "noun"),
    [
        ("who owns six houses on Mill Lane", "landlord"),
        ("who owns 14 flats in Ashby", "landlady"),
        ("who owns three properties in Hale", "landlord"),
        ("who owns the apartments", "landlady"),
    ],
)
def test_one_who_owns_homes_is_the_landlord(owns, noun):
    found = _speakers(
        f"Robin Pike, {owns}, was fined.", f"“I fixed every boiler,” the {noun} said."
    )
    assert found == ["Robin Pike"]


def test_one_who_rents_is_no_landlord():
    found = _speakers(
        "Robin Pike, who rents six rooms, was fined.", "“I fixed every boiler,” the landlady said."
    )
    assert found == [None]


@pytest.mark.parametrize(
    ("cue", "name"),
    [
        ("said surveyor", "Hemi Parata"),
        ("said trainee", "Wiremu Tane"),
        ("said inspector", "Oysha Bekova"),
    ],
)
def test_a_trades_noun_before_a_name_the_table_does_not_know(cue, name):
    assert _speakers(f"“It will hold,” {cue} {name}.") == [name]


@pytest.mark.parametrize("body", ["Brightwell Mining", "Harlow Council", "Ashby Rovers"])
def test_a_trades_noun_before_a_bodys_name_is_no_role(body):
    text = f"“It rained,” forecaster {body} said."
    assert _role_before_name(text, body) is None


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("said another observer,", "Ruben Castillo"),
        ("said one resident,", "Amaka Obi"),
        ("said another of the nurses,", "Lise Aubert"),
    ],
)
def test_another_or_one_of_several_before_a_name_after_the_verb(opening, name):
    assert _speakers(f"“We saw empty halls,” {opening} {name}.") == [name]


def test_another_after_told_is_the_listener():
    assert _speakers("“We saw empty halls,” she told another resident, Ruben Castillo.") == [None]
