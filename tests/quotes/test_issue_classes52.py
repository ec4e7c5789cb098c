"""Issue 15's speaker classes audited again with fresh made-up cases (speakers52).

FIRST_LOOK holds, class by class, short cases written before the parser was run on them,
weighted toward the classes that score worst on unseen copy (descriptive references, pronouns,
carried quotes, explicit names after role and place words); KINDS holds cases of a speaker's
kind (person or organisation). First look, on the branch point 7668435 (misses per class):
described person 1/12, described body 2/12, pronoun 3/12, carried 1/12, explicit 2/12, surname
2/10, after the quote 0/8, colon 1/6, kind 0/10: 12/94 (0.872); after the rules below, 0/94.
SECOND_LOOK was written after those rules and before the parser ran on it: 11/24 missed on
7668435, 4/24 on the rules (0.833), 2/24 once the role-in-a-place rule took a field's words.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_names import name_core
from api.parser.quote_tokens import Token
from api.parser.quotes import analyse_quotes
from tests.quotes.helpers import audit_cases
from tests.quotes.helpers import speakers as _speakers

Case = tuple[list[str], list[str | None]]

FIRST_LOOK: dict[str, list[Case]] = {
    "described_person": [
        (
            [
                "Dr Okonkwo Eze, the county coroner, opened the inquest on Monday.",
                "“The injuries were consistent with a fall,” the coroner said.",
            ],
            ["Okonkwo Eze"],
        ),
        (
            [
                "Malia Fonoti, 61, has lived on the estate since 1988.",
                "“They have let it rot,” the 61-year-old said.",
            ],
            ["Malia Fonoti"],
        ),
        (
            [
                "Striker Tomasz Wieczorek scored twice in the second half.",
                "“I owed the fans that,” the striker said after the match.",
            ],
            ["Tomasz Wieczorek"],
        ),
        (
            [
                "Landlord Gerald Pimm, of Wexcombe Road, denied harassment.",
                "“I never set foot in the flat without notice,” the landlord told the court.",
            ],
            ["Gerald Pimm"],
        ),
        (
            [
                "Ingrid Solberg, the trust's chief nurse, said staffing had improved.",
                "“We still have gaps at night,” the chief nurse added.",
            ],
            ["Ingrid Solberg"],
        ),
        (
            [
                "Rafael Quiroga, 19, settled the match with a late goal.",
                "“I just closed my eyes,” the teenager said.",
            ],
            ["Rafael Quiroga"],
        ),
        (
            [
                "Prosecutor Aisha Bello told the jury the defendant, Kevin Marsh, had lied.",
                "“He planned every step,” the prosecutor said.",
            ],
            ["Aisha Bello"],
        ),
        (
            [
                "The bill was drafted by Senator Lorna Haskett, a Democrat from Oregon.",
                "“This is about fairness,” the senator said in an interview.",
            ],
            ["Lorna Haskett"],
        ),
        (
            [
                "Hiroshi Tanabe, the head coach, and his captain, Emma Rowe, faced the press.",
                "“We were second best,” the coach said.",
            ],
            ["Hiroshi Tanabe"],
        ),
        (
            [
                "The mayor, Siobhan Keogh, and the council's chief executive disagreed.",
                "“The money is there,” the mayor said.",
            ],
            ["Siobhan Keogh"],
        ),
        (
            [
                "Judge Pieter Vos jailed the two men for six years each.",
                "“You showed no remorse,” the judge told them.",
            ],
            ["Pieter Vos"],
        ),
        (
            [
                "Yusuf Demir, a shopkeeper in Hackley, has been robbed twice this year.",
                "“I don't feel safe here any more,” the 47-year-old father of three said.",
            ],
            ["Yusuf Demir"],
        ),
    ],
    "described_body": [
        (
            [
                "Skyline Air cancelled 40 flights on Friday.",
                "“We apologise to every passenger affected,” the airline said in a statement.",
            ],
            ["Skyline Air"],
        ),
        (
            [
                "The Office for Water Standards fined Brennock Water £4m on Thursday.",
                "“This was a serious and avoidable failure,” the watchdog said.",
            ],
            ["Office for Water Standards"],
        ),
        (
            [
                "The National Coastal Safety Board (NCSB) is investigating the crash.",
                "“It is too early to speculate on a cause,” the NCSB said.",
            ],
            ["National Coastal Safety Board"],
        ),
        (
            [
                "Halvorsen Group shares fell 9% in early trading.",
                "“We remain confident in our strategy,” the firm's statement said.",
            ],
            ["Halvorsen Group"],
        ),
        (
            ["Officials at the Meridian Port Authority said the berth was “safe to use”."],
            ["Meridian Port Authority"],
        ),
        (
            [
                "The Ministry of Fisheries in Lusaka banned night fishing in March.",
                "“Stocks have collapsed,” the ministry said.",
            ],
            ["Ministry of Fisheries"],
        ),
        (
            [
                "Teachers at Corran Academy walked out on Tuesday. The Vallis Teachers Union "
                "backed them.",
                "“Our members have had enough,” the union said.",
            ],
            ["Vallis Teachers Union"],
        ),
        (
            [
                "Brightwater Pharmaceuticals recalled two batches of its cough syrup.",
                "“Patient safety is our priority,” the drugmaker said.",
            ],
            ["Brightwater Pharmaceuticals"],
        ),
        (
            [
                "Orchid Hotels said it would cut 300 jobs across Europe.",
                "“These decisions are never easy,” the group added.",
            ],
            ["Orchid Hotels"],
        ),
        (
            [
                "The Federal Competition Commission blocked the merger of Tallis Bank and "
                "Ferro Credit.",
                "“Customers would have paid more,” the regulator said.",
            ],
            ["Federal Competition Commission"],
        ),
        (
            [
                "Rescuers from the Alpine Rescue Service reached the climbers at dawn.",
                "“Conditions were extreme,” the service said.",
            ],
            ["Alpine Rescue Service"],
        ),
        (
            [
                "Kessington Borough Council approved the plan by nine votes to four.",
                "Residents said they would challenge it. “The decision is lawful and final,” "
                "the authority said.",
            ],
            ["Kessington Borough Council"],
        ),
    ],
    "pronoun": [
        (
            [
                "Olusegun Adebayo met the minister, Clara Whitfield, on Monday.",
                "She told him the grant was approved. “We can start in June,” he said afterwards.",
            ],
            ["Olusegun Adebayo"],
        ),
        (
            [
                "Mercy Achieng, a midwife in Kisumu, and her colleague Daniel Otieno worked "
                "through the night.",
                "“We lost power twice,” she said.",
            ],
            ["Mercy Achieng"],
        ),
        (
            [
                "Carmen Ruiz sued her former employer, Deltaform, last year.",
                "Deltaform denies the claims. “We will defend ourselves vigorously,” it said.",
            ],
            ["Deltaform"],
        ),
        (
            [
                "The Harrow Valley Residents Group has fought the quarry for a decade.",
                "“Nobody listens to us,” they said in a statement.",
            ],
            ["Harrow Valley Residents Group"],
        ),
        (
            [
                "Lars Eriksen, the ferry's captain, radioed for help at 3am.",
                "By then the engine room was flooding.",
                "“I knew we had minutes,” he said.",
            ],
            ["Lars Eriksen"],
        ),
        (
            [
                "Nguyen Thi Mai was fined by the city after Peter Hall complained about her stall.",
                "“I have sold noodles here for 20 years,” she said.",
            ],
            ["Nguyen Thi Mai"],
        ),
        (
            [
                "Alejandro Torres thanked his wife, Lucia, after the verdict.",
                "“She never doubted me,” he said.",
            ],
            ["Alejandro Torres"],
        ),
        (
            [
                "Fatima Zahra Benali was elected on Sunday.",
                "Her rival, Karim Haddad, conceded within an hour. “The voters have spoken,” he "
                "said.",
            ],
            ["Karim Haddad"],
        ),
        (
            [
                "Zheng Wei, the lab's director, praised the work of Sarah Klein.",
                "“Without her, none of this would exist,” he said.",
            ],
            ["Zheng Wei"],
        ),
        (
            [
                "Northbank Council and the developer, Ashgrove Homes, have fallen out over the "
                "plans.",
                "Ashgrove says it followed every rule. “We were given the green light,” it said.",
            ],
            ["Ashgrove Homes"],
        ),
        (
            [
                "Ingrid Halvorsen, 74, has swum in the fjord every morning since 1970.",
                "Her doctor, Tomas Berg, worries about her heart.",
                "“I feel better than ever,” she said.",
            ],
            ["Ingrid Halvorsen"],
        ),
        (
            [
                "Marlow Freight told staff on Friday that the depot would close.",
                "“We looked at every option,” they wrote in an email seen by the Courier.",
            ],
            ["Marlow Freight"],
        ),
    ],
    "carried": [
        (
            [
                "“We had no warning,” said Kwame Mensah, a fisherman.",
                "“The water just kept rising.”",
            ],
            ["Kwame Mensah", "Kwame Mensah"],
        ),
        (
            [
                "Sunita Rao said the ward had been closed for a month. “Patients are being "
                "sent 40 miles away. It is not acceptable.”"
            ],
            ["Sunita Rao"],
        ),
        (
            [
                "Head teacher Owen Pryce wrote to parents:",
                "“The school will close on Friday for safety checks.”",
            ],
            ["Owen Pryce"],
        ),
        (
            [
                "Marta Kowalczyk told the hearing: “I asked three times for help.” Her voice "
                "broke. “Nobody ever called me back.”"
            ],
            ["Marta Kowalczyk", "Marta Kowalczyk"],
        ),
        (
            [
                "Akua Boateng described the night of the storm: “The roof lifted off first.",
                "“Then the windows went, one by one.”",
            ],
            ["Akua Boateng", "Akua Boateng"],
        ),
        (
            [
                "“I am not going anywhere,” the manager, Dimitri Papadakis, said on Friday. "
                "“I have a contract and I will honour it.”"
            ],
            ["Dimitri Papadakis", "Dimitri Papadakis"],
        ),
        (
            [
                "“We will rebuild,” said Mayor Ines Carvalho.",
                "Firefighter Luke Dalton said the blaze had started in a bin store.",
                "“It spread in seconds.”",
            ],
            ["Ines Carvalho", "Luke Dalton"],
        ),
        (
            [
                "“The vote was rigged,” said opposition leader Samuel Mwangi.",
                "The Electoral Commission of Tanvara rejected the claim on Monday.",
                "“Every ballot was counted twice.”",
            ],
            ["Samuel Mwangi", "Electoral Commission of Tanvara"],
        ),
        (
            [
                "Priya Nair's lawyer, Tom Faulkner, read a statement outside court.",
                "“My client is innocent and will clear her name.”",
            ],
            ["Tom Faulkner"],
        ),
        (
            [
                "“I will appeal,” Jonas Lindqvist said.",
                "The judge was unmoved. “The law is clear,” the judge said.",
            ],
            ["Jonas Lindqvist", None],
        ),
        (
            [
                "Sometimes the boats come back empty, Rosa Ferreira said. “But does that mean "
                "we stop? Never.”"
            ],
            ["Rosa Ferreira"],
        ),
        (
            [
                "Coach Bart Huisman had a simple message for his players:",
                "“Run until you drop.”",
                "Midfielder Sofia Lindgren scored twice.",
                "“We did exactly that.”",
            ],
            ["Bart Huisman", "Sofia Lindgren"],
        ),
    ],
    "explicit": [
        (
            [
                "Kenya's cabinet secretary for health Wanjiru Kamau said: “Every county will get "
                "a new clinic.”"
            ],
            ["Wanjiru Kamau"],
        ),
        (
            ["“We will not be intimidated,” said Brazil's ambassador to Portugal Rodrigo Alves."],
            ["Rodrigo Alves"],
        ),
        (
            [
                "Deputy Commissioner for Roads and Transport Lindiwe Dlamini said: “The bridge "
                "is unsafe.”"
            ],
            ["Lindiwe Dlamini"],
        ),
        (
            ["Swansea-based marine biologist Dr Carys Bevan said: “The seals are thriving.”"],
            ["Carys Bevan"],
        ),
        (
            [
                "Nordland Refugee Council secretary-general Henrik Aasen told reporters: “The "
                "needs are enormous.”"
            ],
            ["Henrik Aasen"],
        ),
        (
            [
                "Former Auckland deputy mayor Tama Ngata, now a consultant, said: “The city "
                "lost its nerve.”"
            ],
            ["Tama Ngata"],
        ),
        (
            ["Welcoming Bruno to his farm, Matteo Ricci said: “We grow everything here.”"],
            ["Matteo Ricci"],
        ),
        (
            [
                "Vietnam's vice minister of industry and trade Pham Quang Huy said: “Exports "
                "are on track.”"
            ],
            ["Pham Quang Huy"],
        ),
        (
            [
                "Corvane Cloud vice-president of engineering Deepa Krishnan said: “Latency "
                "matters more than ever.”"
            ],
            ["Deepa Krishnan"],
        ),
        (
            ["“It is a historic day,” Archbishop of Marenfold Stelios Karras said."],
            ["Stelios Karras"],
        ),
        (
            ["Nurse Abena Owusu allegedly told a colleague: “She is faking it.”"],
            ["Abena Owusu"],
        ),
        (
            ["Rovers' Brazilian midfielder Caio Ferraz said: “I am happy here.”"],
            ["Caio Ferraz"],
        ),
    ],
    "surname": [
        (
            [
                "Maria José Fernández de Córdoba chairs the bank.",
                "“Rates have peaked,” Fernández de Córdoba said.",
            ],
            ["Maria José Fernández de Córdoba"],
        ),
        (
            [
                "Ewan MacGillivray, a crofter on Skye, lost 40 sheep.",
                "“It broke my heart,” MacGillivray said.",
            ],
            ["Ewan MacGillivray"],
        ),
        (
            [
                "Economist Pieter de Wit and his colleague Anna de Vries wrote the report.",
                "“Growth is fragile,” de Vries said.",
            ],
            ["Anna de Vries"],
        ),
        (
            [
                "Ko Min-jun, a student in Seoul, joined the protest.",
                "“We want a future,” Ko said.",
            ],
            ["Ko Min-jun"],
        ),
        (
            [
                "Dr Aoife Ní Bhriain leads the study.",
                "“The results surprised us,” Ní Bhriain said.",
            ],
            ["Aoife Ní Bhriain"],
        ),
        (
            [
                "Jean-Baptiste Le Goff grows oysters in Brittany. His brother Yann Le Goff "
                "sells them.",
                "“The water is too warm,” Jean-Baptiste Le Goff said. “We lose half the spat,” "
                "Yann said.",
            ],
            ["Jean-Baptiste Le Goff", "Yann Le Goff"],
        ),
        (
            [
                "Rashid bin Omar Al Fahdi, the fund's chairman, spoke in Doha.",
                "“We invest for decades,” Al Fahdi said.",
            ],
            ["Rashid bin Omar Al Fahdi"],
        ),
        (
            [
                "Sergio Dos Santos has run the ferry for 30 years.",
                "“Nobody else will do it,” Dos Santos said.",
            ],
            ["Sergio Dos Santos"],
        ),
        (
            [
                "Olga Petrovna Sokolova opened the exhibition.",
                "“Art must be free,” Ms Sokolova said.",
            ],
            ["Olga Petrovna Sokolova"],
        ),
        (
            [
                "Li Na, a chef, and Li Hao, her brother, opened the restaurant in 2015.",
                "“We argue every day,” Li Hao said.",
            ],
            ["Li Hao"],
        ),
    ],
    "after": [
        (
            ["“The budget is a fiction,” according to Tamsin Greaves, a former Treasury adviser."],
            ["Tamsin Greaves"],
        ),
        (
            ["The river is “dying of neglect”, according to the Severnway Rivers Trust."],
            ["Severnway Rivers Trust"],
        ),
        (
            [
                "“There will be no more delays.” That was the promise from transport minister "
                "Kofi Asante on Monday."
            ],
            ["Kofi Asante"],
        ),
        (
            [
                "“We have been abandoned.” So says Morag Sinclair, who has waited 18 months for "
                "surgery."
            ],
            ["Morag Sinclair"],
        ),
        (
            ["“Never again,” wrote Selin Aydın on social media after the final."],
            ["Selin Aydın"],
        ),
        (
            [
                "“It was the worst day of my life.” Jamal Harris, 34, spoke quietly as he "
                "described the crash."
            ],
            ["Jamal Harris"],
        ),
        (
            [
                "Some homes had “no heating at all for weeks,” according to a report by the "
                "Dunmere Housing Ombudsman."
            ],
            ["Dunmere Housing Ombudsman"],
        ),
        (
            ["According to club captain Freya Lund, “the mood in the dressing room is electric”."],
            ["Freya Lund"],
        ),
    ],
    "colon": [
        (
            ["Rukhsana Begum: “I have lived here 40 years and never seen this.”"],
            ["Rukhsana Begum"],
        ),
        (
            ["Chef Antoine Moreau: “Butter is not the enemy.”"],
            ["Antoine Moreau"],
        ),
        (
            ["Emil Novak, the union's negotiator, was blunt: “We are ready to strike.”"],
            ["Emil Novak"],
        ),
        (
            ["The statement from Greyfriars Hospital was brief: “The patient is stable.”"],
            ["Greyfriars Hospital"],
        ),
        (
            [
                "Coach Ilse Vermeulen has trained the under-12s for a decade.",
                "Her message to young players is simple: “Enjoy it, and the rest follows.”",
            ],
            ["Ilse Vermeulen"],
        ),
        (
            [
                "The Tarrow Bay Lifeboat crew posted on Facebook: “Two people rescued, both "
                "safe and well.”"
            ],
            ["Tarrow Bay Lifeboat"],
        ),
    ],
}

KINDS: list[tuple[list[str], list[tuple[str, str]]]] = [
    (["“We will appeal the ruling,” Valdris Games said."], [("Valdris Games", "organisation")]),
    (["“The data was never sold,” said Tomoko Hayashi."], [("Tomoko Hayashi", "person")]),
    (
        ["Leaksite, the whistleblower platform, wrote: “More files are coming.”"],
        [("Leaksite", "organisation")],
    ),
    (
        ["The Pentagon said in a statement: “The strike was lawful.”"],
        [("Pentagon", "organisation")],
    ),
    (
        ["Rowan Hale, the chairman of Hale & Sons, said: “We are a family firm.”"],
        [("Rowan Hale", "person")],
    ),
    (
        ["Quillon, the ride-hailing app, said in a blog post: “Drivers come first.”"],
        [("Quillon", "organisation")],
    ),
    (["Fenwick Lodge, 52, said: “I will run again next year.”"], [("Fenwick Lodge", "person")]),
    (
        ["Sable & Finch, the law firm, said: “Our client rejects the claims.”"],
        [("Sable & Finch", "organisation")],
    ),
    (
        ["Jordan Banks said he would stand down. “It is time,” Banks said."],
        [("Jordan Banks", "person")],
    ),
    (
        ["A spokesperson for Kestrel Rail said: “Services will run as normal.”"],
        [("Kestrel Rail", "organisation")],
    ),
]

# A second look, written after the rules below and before the parser was run on it: how the
# rules hold on cases they were not made on.
SECOND_LOOK: dict[str, list[Case]] = {
    "described_person": [
        (
            [
                "Beatriz Lozano, 58, runs the only pharmacy in Valdemora.",
                "“People drive an hour to reach me,” the 58-year-old pharmacist said.",
            ],
            ["Beatriz Lozano"],
        ),
        (
            [
                "The inquiry was chaired by retired judge Sir Malcolm Eddery.",
                "“Lessons were not learned,” the judge wrote in his report.",
            ],
            ["Malcolm Eddery"],
        ),
        (
            [
                "Goalkeeper Ikechukwu Nwosu saved two penalties in the shoot-out.",
                "“I guessed right both times,” the keeper said.",
            ],
            ["Ikechukwu Nwosu"],
        ),
        (
            [
                "Aroha Tipene, a teacher at Kaiwaka School, raised the alarm.",
                "“The water smelled of diesel,” the teacher told the hearing.",
            ],
            ["Aroha Tipene"],
        ),
    ],
    "described_body": [
        (
            [
                "Valmont Rail cancelled all trains between Ostend and Bruges.",
                "“Safety must come first,” the operator said.",
            ],
            ["Valmont Rail"],
        ),
        (
            [
                "The Marine Accident Investigation Branch (MAIB) has opened an inquiry.",
                "“We are gathering evidence,” the MAIB said.",
            ],
            ["Marine Accident Investigation Branch"],
        ),
        (
            [
                "Lindqvist Foods recalled its oat bars on Friday.",
                "“We acted out of caution,” the group said in a statement.",
            ],
            ["Lindqvist Foods"],
        ),
        (
            [
                "Carrowmore County Council voted to close the library.",
                "“We had no choice,” the local authority said.",
            ],
            ["Carrowmore County Council"],
        ),
    ],
    "pronoun": [
        (
            [
                "Sipho Ndlovu and the chairwoman, Lerato Mokoena, met the strikers.",
                "She told him the talks were over. “We will keep going,” he said.",
            ],
            ["Sipho Ndlovu"],
        ),
        (
            [
                "Brindle denied breaching the contract.",
                "“We met every deadline,” it said in a filing.",
            ],
            ["Brindle"],
        ),
        (
            [
                "The Oakhurst Tenants Union has organised a rent strike.",
                "“Our members cannot pay more,” they said.",
            ],
            ["Oakhurst Tenants Union"],
        ),
        (
            [
                "Farida Haidari fled Kabul in 2021 with her son, Omid.",
                "She now works as a translator. “I start again every day,” she said.",
            ],
            ["Farida Haidari"],
        ),
    ],
    "carried": [
        (
            [
                "“The hospital is full,” said Dr Anjali Rao.",
                "The Westmarsh Health Board disputed that account.",
                "“Beds are available across the region.”",
            ],
            ["Anjali Rao", "Westmarsh Health Board"],
        ),
        (
            [
                "Harbour master Owain Jenkins gave a warning to boat owners:",
                "“Do not go out this weekend.”",
            ],
            ["Owain Jenkins"],
        ),
        (
            [
                "“We were told to wait,” said Yuki Sato.",
                "Her neighbour, Daniel Brooks, said the fire crews arrived late.",
                "“It took them forty minutes.”",
            ],
            ["Yuki Sato", "Daniel Brooks"],
        ),
        (
            [
                "“It is a scandal,” said Ines Moreau.",
                "The minister declined to comment.",
                "“Nobody is accountable.”",
            ],
            ["Ines Moreau", "Ines Moreau"],
        ),
    ],
    "explicit": [
        (
            ["“We will not back down,” said Ireland's minister for housing Ciarán Ó Broin."],
            ["Ciarán Ó Broin"],
        ),
        (
            ["“The border is open,” said the governor of Tavush province, Armen Sargsyan."],
            ["Armen Sargsyan"],
        ),
        (
            [
                "Ana Lucía Gómez de la Vega, the bank's chief economist, said: “Inflation is "
                "easing.”"
            ],
            ["Ana Lucía Gómez de la Vega"],
        ),
        (
            ["“We are ready,” said Nigeria's envoy to the African Union Bola Adeyemi."],
            ["Bola Adeyemi"],
        ),
    ],
    "kind": [
        (
            ["“The strike is over,” the Millbrook Fire Brigade crew said."],
            ["Millbrook Fire Brigade"],
        ),
        (
            ["Corvel Resorts said bookings had doubled. “It is a record year,” the group added."],
            ["Corvel Resorts"],
        ),
        (
            [
                "Zenthos, the chipmaker, missed its targets.",
                "Zenthos blamed supply problems. “Demand is strong,” it said.",
            ],
            ["Zenthos"],
        ),
        (
            ["Tamsin Hale, 44, said: “I will run again.”"],
            ["Tamsin Hale"],
        ),
    ],
}


def _cases() -> list[object]:
    return [
        pytest.param(paragraphs, expected, id=f"{kind}-{i}")
        for kind, cases in FIRST_LOOK.items()
        for i, (paragraphs, expected) in enumerate(cases)
    ]


@pytest.mark.parametrize(("paragraphs", "expected"), _cases())
def test_first_look_cases(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


# The second look's misses left: each would need a rule of its own, not made here.
SECOND_LOOK_MISSES: dict[str, str] = {}  # (the last two fixed by speakers59)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    audit_cases(SECOND_LOOK, SECOND_LOOK_MISSES),
)
def test_second_look_cases(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [pytest.param(p, e, id=f"kind-{i}") for i, (p, e) in enumerate(KINDS)],
)
def test_first_look_kinds(paragraphs, expected):
    found = analyse_quotes(paragraphs).speakers
    assert [(s.name, s.kind) for s in found] == expected


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Maria José Fernández de Córdoba", "Fernández de Córdoba"),
        ("Ana Maria Lopez de Silva", "Lopez de Silva"),
        ("Rashid bin Omar Al Fahdi", "Al Fahdi"),
        ("Paulo Sérgio Dias da Costa", "Dias da Costa"),
    ],
)
def test_given_names_before_a_first_surname_stay_in_the_name(name, surname):
    found = _speakers(f"{name} chairs the board.", f"“Rates have peaked,” {surname} said.")
    assert found == [name]


@pytest.mark.parametrize(
    ("words", "core"),
    [
        ("Public Prosecution Ines de Varga", "Ines de Varga"),
        ("Harbour Board Maria de Souza", "Maria de Souza"),
        ("Maria Harbour Board de Souza", "Board de Souza"),
    ],
)
def test_words_that_are_no_given_names_before_a_particles_surname_are_no_name(words, core):
    tokens = [Token(0, 0, word, False, False) for word in words.split()]
    assert " ".join(t.text for t in name_core(tokens)) == core


@pytest.mark.parametrize(
    "opening",
    ["Archbishop", "Archbishop of Marenfold", "Greek Orthodox Archbishop"],
)
def test_archbishop_is_a_title(opening):
    found = _speakers(f"“It is a historic day,” {opening} Stelios Karras said.")
    assert found == ["Stelios Karras"]


def test_the_archbishop_said_finds_its_holder():
    found = _speakers(
        "The Archbishop of Marenfold, Stelios Karras, led the service.",
        "“It is a historic day,” the archbishop said.",
    )
    assert found == ["Stelios Karras"]


@pytest.mark.parametrize(
    ("role", "name"),
    [
        ("ambassador to Portugal", "Rodrigo Alves"),
        ("Brazil's ambassador to Portugal", "Rodrigo Alves"),
        ("the mayor of Tarn,", "Ewan Cole"),
        ("the Archbishop of Marenfold,", "Stelios Karras"),
        ("a resident of Tarn Valley,", "Ann Lee"),
        ("Ghana's envoy to the United Nations", "Kofi Mensah-Bonsu"),
        ("Ireland's minister for housing", "Ciarán Ó Broin"),
        ("the governor of Tavush province,", "Armen Sargsyan"),
        ("the Harlow director of rugby,", "Dean Ashworth"),
        ("the head of trade and industry", "Ana Ruiz"),
    ],
)
def test_a_role_held_in_a_place_before_an_inverted_name(role, name):
    assert _speakers(f"“We will not be intimidated,” said {role} {name}.") == [name]


@pytest.mark.parametrize(
    "after",
    [
        "the wife of Ewan Cole",
        "the lawyer for Ewan Cole",
        "the mother of the late Ann Lee",
        "the wife of the governor Ewan Cole",
        "a friend of the family Ann Lee",
    ],
)
def test_a_relation_of_a_named_person_is_not_that_person(after):
    found = _speakers(f"“We will not be intimidated,” said {after}.")
    assert found != ["Ewan Cole"] and found != ["Ann Lee"]


def test_a_list_after_a_role_held_in_a_place_has_no_one_holder():
    found = _speakers("“We support the staff,” said the mayors of Tarn, Ann Lowe and Tom Hale.")
    assert found == [None]


@pytest.mark.parametrize(
    ("described", "expected"),
    [
        ("the 30-year-old mother of two", "Amina Yusuf"),
        ("the 41-year-old father of two", "Tom Reid"),
        ("the 30-year-old nurse", "Amina Yusuf"),
        ("the 41-year-old grandfather of six", "Tom Reid"),
    ],
)
def test_an_age_before_a_noun_and_its_of_phrase_points_to_that_age(described, expected):
    found = _speakers(
        "Amina Yusuf, 30, and her husband, Tom Reid, 41, lost their home in the fire.",
        f"“We have nothing left,” {described} said.",
    )
    assert found == [expected]


def test_an_age_with_a_noun_of_no_one_named_with_an_age_is_the_person_named_last():
    found = _speakers(
        "Yusuf Demir, a shopkeeper in Hackley, has been robbed twice this year.",
        "“I don't feel safe here any more,” the 47-year-old father of three said.",
    )
    assert found == ["Yusuf Demir"]


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        ("Orchid Hotels", "group"),
        ("Palm Cove Resorts", "firm"),
        ("Harlow Foods", "group"),
        ("Vance Holdings", "group"),
        ("Tidewater Resorts", "company"),
    ],
)
def test_a_firm_named_by_its_trades_plural_is_a_business_group(body, noun):
    found = _speakers(
        f"{body} said it would cut 300 jobs across Europe.",
        f"“These decisions are never easy,” the {noun} added.",
    )
    assert found == [body]


@pytest.mark.parametrize("body", ["Harlow Software", "Kestrel Press"])
def test_the_group_is_no_firm_of_a_singular_trade(body):
    found = _speakers(
        f"{body} said it would cut 300 jobs across Europe.",
        "“These decisions are never easy,” the group added.",
    )
    assert found == [None]


@pytest.mark.parametrize(
    "council", ["Kessington Borough Council", "Dunmore City Council", "Westshire County Council"]
)
def test_the_authority_of_a_council(council):
    found = _speakers(
        f"{council} approved the plan by nine votes to four.",
        "“The decision is lawful and final,” the authority said.",
    )
    assert found == [council]


def test_the_council_is_no_authority_of_another_kind():
    found = _speakers(
        "The Orrin Water Authority approved the plan on Monday.",
        "“The decision is lawful and final,” the council said.",
    )
    assert found == [None]


@pytest.mark.parametrize("body", ["Larkspur Homes", "Brackwater Estates", "Larkspur Group"])
def test_the_developer_set_before_a_bodys_name_is_what_it_is_called(body):
    found = analyse_quotes(
        [
            f"The developer, {body}, has promised a new school.",
            f"A spokesman for {body} said work could start soon. “We will keep talking to the "
            "village,” the developer said.",
        ]
    )
    assert [q.speaker for q in found.quotes] == [body]
    assert [(s.name, s.kind) for s in found.speakers] == [(body, "organisation")]


def test_the_developer_before_a_given_name_is_a_persons_trade():
    found = analyse_quotes(
        ["The developer Ann Reid said she would build a flood basin. “It will be dry,” she said."]
    )
    assert [(s.name, s.kind) for s in found.speakers] == [("Ann Reid", "person")]


@pytest.mark.parametrize("body", ["Ashgrove Homes", "Kilnworth Homes", "Ashgrove Resorts"])
def test_a_developer_cut_to_its_first_word_takes_it(body):
    short = body.split()[0]
    found = _speakers(
        f"Northbank Council and the developer, {body}, have fallen out over the plans.",
        f"{short} says it followed every rule. “We were given the green light,” it said.",
    )
    assert found == [body]


@pytest.mark.parametrize(
    ("body", "deed"),
    [
        ("The Electoral Commission of Tanvara", "rejected the claim on Monday"),
        ("Harlow Water", "denied any wrongdoing"),
        ("The Pellworth Trust", "hit back at its critics"),
        ("Ormond Foods", "disputed the figures in a statement"),
    ],
)
def test_a_bare_quote_after_a_body_answering_a_claim_is_the_bodys(body, deed):
    found = _speakers(
        "“The vote was rigged,” said opposition leader Samuel Mwangi.",
        f"{body} {deed}.",
        "“Every ballot was counted twice.”",
    )
    assert found == ["Samuel Mwangi", body.removeprefix("The ")]


@pytest.mark.parametrize("deed", ["opened its count", "met on Monday", "has 40 staff"])
def test_a_bare_quote_after_a_body_doing_something_else_is_no_ones(deed):
    found = _speakers(
        "“The vote was rigged,” said opposition leader Samuel Mwangi.",
        f"The Electoral Commission of Tanvara {deed}.",
        "“Every ballot was counted twice.”",
    )
    assert found == ["Samuel Mwangi", None]


@pytest.mark.parametrize("body", ["Deltaform", "Quillon", "Vexstar"])
def test_it_of_a_one_word_name_opening_its_sentence_is_that_body(body):
    found = analyse_quotes(
        [
            f"Carmen Ruiz sued her former employer, {body}, last year.",
            f"{body} denies the claims. “We will defend ourselves vigorously,” it said.",
        ]
    )
    assert [q.speaker for q in found.quotes] == [body]
    assert [(s.name, s.kind) for s in found.speakers] == [(body, "organisation")]


@pytest.mark.parametrize(
    "opening",
    ["Ruiz denies the claims.", "Last year Deltaform denied them.", "Marta denies the claims."],
)
def test_it_is_no_surname_given_name_or_word_inside_a_sentence(opening):
    found = _speakers(
        "Carmen Ruiz and Marta Quell sued their former employer last year.",
        f"{opening} “We will defend ourselves vigorously,” it said.",
    )
    assert found == [None]


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        ("Tarrow Bay Lifeboat", "crew"),
        ("Harlow Rovers", "squad"),
        ("Kestrel Valley Mountain Rescue", "team"),
        ("Jordan", "team"),
    ],
)
def test_the_people_of_a_named_body_speak_as_the_body(body, noun):
    found = analyse_quotes([f"“Two people were rescued,” the {body} {noun} said."])
    assert [q.speaker for q in found.quotes] == [body]
    assert [(s.name, s.kind) for s in found.speakers] == [(body, "organisation")]


@pytest.mark.parametrize(
    ("named", "team"),
    [("Ann Hale", "Hale"), ("Coach Tom Brennock", "Brennock"), ("Ann Hale", "Ann Hale")],
)
def test_a_persons_team_is_no_body_of_that_name(named, team):
    found = _speakers(f"{named} leads the bid.", f"“We are ready,” the {team} team said.")
    assert found == [None]


@pytest.mark.parametrize(
    ("him", "her", "deed", "speaker"),
    [
        ("Olusegun Adebayo", "Clara Whitfield", "She told him the grant was approved.", "he"),
        ("Chidi Okafor", "Maria Lund", "She thanked him for his patience.", "he"),
        ("Tom Whitfield", "Ngozi Obi", "He told her the grant was approved.", "she"),
    ],
)
def test_a_pronoun_beside_an_object_of_the_other_sex_is_the_one_of_its_sex(him, her, deed, speaker):
    first, second = (him, her) if speaker == "he" else (her, him)
    found = _speakers(
        f"{first} met the minister, {second}, on Monday.",
        f"{deed} “We can start in June,” {speaker} said afterwards.",
    )
    assert found == [first]


def test_no_one_of_a_known_sex_leaves_the_pronoun_as_it_was():
    paragraphs = ("Kim Adebayo met the minister, Sam Whitfield, on Monday.", "{} “Fine,” he said.")
    told_him = _speakers(paragraphs[0], paragraphs[1].format("She told him so."))
    told_them = _speakers(paragraphs[0], paragraphs[1].format("She told them so."))
    assert told_him == told_them
