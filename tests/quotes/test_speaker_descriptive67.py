"""Descriptive references audited with fresh made-up cases (speakers67).

CASES holds short cases written before the parser was run on them: a body named once in full,
then a generic noun one to four paragraphs later with another body or person in between; plural
groups called by their members (`the physicians` after a doctors' group); lower-case
institutions; people by role, age or trade after being named once; and near-misses where the
noun must not resolve (no antecedent gives no speaker; of two candidates the nearer fitting one
wins). First look on the branch point 06ab44a9: 10/36 missed (0.722).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_aliases import body_noun_after
from api.parser.quote_namesakes import APPOSITIVE_NOUNS
from api.parser.quote_orgs import campaign_called, fits, named_by, plural_headed
from api.parser.quote_people import find_mentions
from api.parser.quote_places import lowercase_body_end
from tests.quotes.helpers import audit_cases
from tests.quotes.helpers import speakers as _speakers

Case = tuple[list[str], list[str | None]]

CASES: dict[str, list[Case]] = {
    "body_later": [
        (
            [
                "The Quarrymoor Water Agency issued a hosepipe ban for three counties on Friday.",
                "Farmers' leader Gwen Atterby called the ban overdue.",
                "“Reservoirs are at a third of their usual level,” the agency said.",
            ],
            ["Quarrymoor Water Agency"],
        ),
        (
            [
                "The Lindqvist Foundation Board approved the sale of the Holm estate.",
                "Local historian Oskar Brandt opposed it.",
                "Parish councillors were split.",
                "“The estate cannot be kept up on our income,” the board said in a statement.",
            ],
            ["Lindqvist Foundation Board"],
        ),
        (
            [
                "Redmere Community Trust bought the old cinema in 2019.",
                "The Hallam Arts Council gave it a grant of £40,000 last year.",
                "“The roof alone will cost more than that,” the trust said.",
            ],
            ["Redmere Community Trust"],
        ),
        (
            [
                "Brightline Ferries runs the crossing to Skarva four times a day.",
                "Passengers have complained to the Skarva Harbour Board of hour-long queues.",
                "“We have added a fifth sailing for the summer,” the operator said.",
            ],
            ["Brightline Ferries"],
        ),
        (
            [
                "Pellham Mutual Insurance refused the Okafor family's claim after the flood.",
                "Adaeze Okafor said the letter arrived on her birthday.",
                "“The policy excluded surface water,” the insurer said.",
            ],
            ["Pellham Mutual Insurance"],
        ),
        (
            [
                "Ferncliff Rovers sacked manager Dario Pellucci on Monday after nine defeats.",
                "Pellucci had been in charge for 14 months.",
                "“We thank Dario for his work,” the club said.",
            ],
            ["Ferncliff Rovers"],
        ),
        (
            [
                "St Brannoc's Hospital cancelled 200 operations during the strike.",
                "The Royal College of Nursing said its members had been left no choice.",
                "“Emergency care was not affected,” the hospital said.",
            ],
            ["St Brannoc's Hospital"],
        ),
        (
            [
                "Vendaval Airlines cancelled 40 flights out of Mérida on Saturday.",
                "Airport operator Grupo Portal blamed a shortage of cabin crew.",
                "“We apologise to every passenger affected,” the airline said.",
            ],
            ["Vendaval Airlines"],
        ),
        (
            [
                "Members of the Transport and Dock Workers' Union walked out at midnight.",
                "Port owner Castellan Holdings called the strike unlawful.",
                "“Our members have had no rise in four years,” the union said.",
            ],
            ["Transport and Dock Workers' Union"],
        ),
        (
            [
                "Clearwater Watch, a campaign group, has tested the river every month since 2021.",
                "The Environment Agency said it would review the results.",
                "“The readings speak for themselves,” the group said.",
            ],
            ["Clearwater Watch"],
        ),
        (
            [
                "Save Holloway Fields has collected 12,000 signatures against the housing plan.",
                "The developer, Marchbank Homes, says the plan includes a park.",
                "“A park the size of a car park is not a park,” the campaigners said.",
            ],
            ["Save Holloway Fields"],
        ),
        (
            [
                "A team at the Kessler Institute for Marine Science tagged 300 turtles.",
                "The work was paid for by the Oyelaran Trust.",
                "“Half of them never came back to the beach,” the researchers wrote.",
            ],
            ["Kessler Institute for Marine Science"],
        ),
        (
            [
                "The Marlowe Court Residents' Association has complained about the lifts for "
                "two years.",
                "Landlord Pinecrest Estates says repairs are booked.",
                "“We have heard that before,” the residents said.",
            ],
            ["Marlowe Court Residents' Association"],
        ),
        (
            [
                "The Grantham Valley Rail Partnership runs the branch line.",
                "Its chair, Olwen Parry, said the timetable would be cut.",
                "“Fewer trains is better than no trains,” the partnership said.",
            ],
            ["Grantham Valley Rail Partnership"],
        ),
        (
            [
                "The Ministry of Water Resources ordered the dam's gates opened on Sunday.",
                "Villagers in Koro and Batuli were moved to schools on higher ground.",
                "District officer Sanjay Rawat said 4,000 people had left.",
                "“The reservoir was one metre from the crest,” the ministry said.",
            ],
            ["Ministry of Water Resources"],
        ),
        (
            [
                "Halden Foods closed its factory in Wrexley in March, cutting 300 jobs.",
                "Line worker Bethan Rhys had been there 22 years.",
                "“I found out from the radio,” she said.",
                "“We consulted with staff for 45 days,” the company said.",
            ],
            ["Bethan Rhys", "Halden Foods"],
        ),
    ],
    "group_members": [
        (
            [
                "More than 300 doctors signed a letter from Physicians for Clean Air to the "
                "health secretary.",
                "“Every winter we see the same children,” the physicians stated in the letter.",
            ],
            ["Physicians for Clean Air"],
        ),
        (
            [
                "The doctors' group Medics Against Idling wrote to the mayor on Monday.",
                "“Engines left running outside schools poison children,” the physicians said.",
            ],
            ["Medics Against Idling"],
        ),
        (
            [
                "The Ardmore Nurses Collective, which represents 2,000 nurses, balloted its "
                "members.",
                "“We are exhausted,” the nurses said in a statement.",
            ],
            ["Ardmore Nurses Collective"],
        ),
        (
            [
                "Twelve Nobel laureates signed an open letter organised by Scientists for Open "
                "Seas.",
                "“The treaty is our last chance,” the scientists wrote.",
            ],
            ["Scientists for Open Seas"],
        ),
    ],
    "lowercase_body": [
        (
            [
                "Doctors at Brno Children's Hospital separated the twins in a 14-hour operation.",
                "The girls' parents thanked the surgeons.",
                "“Both are breathing on their own,” the city's children's hospital said.",
            ],
            ["Brno Children's Hospital"],
        ),
        (
            [
                "Ferrol general hospital said 12 people had been treated for smoke inhalation.",
                "“Three remain under observation,” the hospital said.",
            ],
            ["Ferrol general hospital"],
        ),
        (
            [
                "Tarvos district council said the bridge would stay shut until the spring.",
                "Shopkeeper Ilse Mertens said trade had halved.",
                "“Safety has to come first,” the council said.",
            ],
            ["Tarvos district council"],
        ),
    ],
    "person_described": [
        (
            [
                "Hamid Sadeghi, 41, was cleared of dangerous driving at Carlow Crown Court.",
                "Prosecutor Fiona Leckie had asked for a retrial.",
                "“I never stopped believing,” the 41-year-old said outside court.",
            ],
            ["Hamid Sadeghi"],
        ),
        (
            [
                "The area coroner, Marguerite Olowe, opened the inquest into the death of "
                "Tobias Renn.",
                "Renn's brother, Callum, told the court he had warned the school.",
                "“I will write to the minister,” the coroner said.",
            ],
            ["Marguerite Olowe"],
        ),
        (
            [
                "Skipper Ewan MacRory brought the Morning Star into Ullapool with a broken mast.",
                "The coastguard had been on standby for six hours.",
                "“The sea came over the wheelhouse twice,” the skipper said.",
            ],
            ["Ewan MacRory"],
        ),
        (
            [
                "Josephine Amadi, headteacher of Elmstead Primary, wrote to parents on Friday.",
                "Parent Rachel Dunne said the letter came too late.",
                "“We acted on the advice we had,” the headteacher said.",
            ],
            ["Josephine Amadi"],
        ),
        (
            [
                "Baker Ines Carvalho opens her shop at 4am.",
                "Her neighbour, the florist Tom Ashworth, opens at nine.",
                "“Bread does not wait,” the baker said.",
            ],
            ["Ines Carvalho"],
        ),
        (
            [
                "The chairman of Westbury Rugby Club, Alun Probert, announced the sale of the "
                "ground.",
                "Supporters gathered outside the clubhouse.",
                "Several wore black armbands.",
                "“It is the hardest decision I have made,” the chairman said.",
            ],
            ["Alun Probert"],
        ),
        (
            [
                "Priest Anselm Vogt, 58, and organist Lise Brun, 44, rang the bells for an hour.",
                "“My arms are still aching,” the 44-year-old said.",
            ],
            ["Lise Brun"],
        ),
    ],
    "near_miss": [
        (
            [
                "Road closures will continue until Friday.",
                "“We ask drivers to be patient,” the council said.",
            ],
            [None],
        ),
        (
            [
                "Harriet Osei won the Pendle by-election by 312 votes.",
                "“This is a mandate for change,” the union said.",
            ],
            [None],
        ),
        (
            [
                "Ostermann Bank reported a loss of €2bn for the year.",
                "Its rival, Valcourt Bank, made a profit.",
                "“We are confident about next year,” the bank said.",
            ],
            ["Valcourt Bank"],
        ),
        (
            [
                "Meridian Airways and the Civil Aviation Authority are investigating the incident.",
                "“We are cooperating fully,” the airline said.",
            ],
            ["Meridian Airways"],
        ),
        (
            [
                "Teodor Lindahl rang the coastguard at 3am.",
                "“Nobody could have survived that,” the skipper said.",
            ],
            [None],
        ),
        (
            [
                "Fisher Lauri Kask, 39, and his son Mart, 17, hauled the net in.",
                "“It was heavier than the boat,” the 39-year-old said.",
            ],
            ["Lauri Kask"],
        ),
    ],
}


# The first look's misses left: each would need a rule of its own, not made here.
CASE_MISSES: dict[str, str] = {
    "body_later-10": (
        "`the campaigners` after `Save X` (now a campaign's name): `The developer, Y,` spoke "
        "between, a bare name every noun fits"
    ),
    "near_miss-4": "`the skipper` with no skipper named: the only person named (no rule made)",
    "near_miss-5": "`Fisher X, 39,` keeps the trade in the name: `Fisher` is a given name too",
}


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    audit_cases(CASES, CASE_MISSES),
)
def test_descriptive_cases(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


# Rules made of the first look (each with made-up cases and near-misses).


@pytest.mark.parametrize(
    ("head", "name", "fitted"),
    [
        ("airline", "Vendaval Airlines", True),
        ("bank", "Norrland Banks of Orvane", True),
        ("hospital", "Kestrel Valley Hospitals", True),
        ("architect", "Chamber of Architects", False),
        ("airline", "Airline Pilots Association", False),
        ("bank", "Riverbank Trust", False),
    ],
)
def test_a_nouns_plural_heading_the_name_is_its_kind(head, name, fitted):
    assert plural_headed(head, name) is fitted


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("X, a campaign group, tests the river.", "group"),
        ("X, the state housing agency, said", "agency"),
        ("X, a volunteer network that cleans beaches,", "network"),
        ("X, a campaign, wants the road shut.", "campaign"),
        ("X, a campaign. It wants", "campaign"),
    ],
)
def test_the_last_of_a_bodys_nouns_heads_the_appositive(text, noun):
    assert body_noun_after(text, 1, APPOSITIVE_NOUNS) == noun


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            [
                "Holm Valley Watch, a residents group, tests the river.",
                "Dunmore Borough Council said it would review the results.",
                "“The readings speak for themselves,” the group said.",
            ],
            ["Holm Valley Watch"],
        ),
        (
            [
                "Tarn Friends, a volunteer network, cleans the beach.",
                "The Coastal Agency said it would help.",
                "“We need more bags,” the network said.",
            ],
            ["Tarn Friends"],
        ),
        (
            [
                "Norrland Banks of Orvane cut its rate on Friday.",
                "The Central Statistics Office said inflation fell.",
                "“Savers will feel it,” the bank said.",
            ],
            ["Norrland Banks of Orvane"],
        ),
    ],
)
def test_a_body_of_the_nouns_kind_past_another_body(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "Clearwater Watch, a campaign group, has tested the river.",
            "The Environment Agency said it would review the results.",
            "“We will look again,” the union said.",
        ],
        [
            "The Chamber of Architects met in Oslo.",
            "Kessel Bank sponsored the event.",
            "“Cities need light,” the architect said.",
        ],
    ],
)
def test_a_body_of_another_kind_past_another_body_is_no_one(paragraphs):
    assert _speakers(*paragraphs) == [None]


@pytest.mark.parametrize(
    ("noun", "name"),
    [("physicians", "Medics Against Idling"), ("doctors", "Medics for Peace")],
)
def test_medics_are_physicians(noun, name):
    assert named_by(noun, name)


def test_medics_are_no_lawyers():
    assert not named_by("lawyers", "Medics for Peace")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ferrol general hospital said 12 people", "Ferrol general hospital"),
        ("Tarvos district council has voted", "Tarvos district council"),
        ("staff at Ostrava children's hospital said", "Ostrava children's hospital"),
        ("the Kelby county court ruled", "Kelby county court"),
    ],
)
def test_a_places_public_body_in_lower_case(text, body):
    place = body.split()[0]
    start = text.index(place)
    assert text[start : lowercase_body_end(text, start + len(place))] == body


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("the Ferrol general election", "Ferrol"),
        ("Ferrol hospital said", "Ferrol"),
        ("Ann Lee general manager", "Lee"),
        ("the Tarvos city council-run pool", "Tarvos"),
    ],
)
def test_a_place_before_no_lower_case_body_stays_a_place(text, place):
    assert lowercase_body_end(text, text.index(place) + len(place)) == -1


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            [
                "Kelby county council voted to shut the library on Tuesday.",
                "“It is a sad day,” the council said.",
            ],
            ["Kelby county council"],
        ),
        (
            [
                "Ruvo general hospital treated 40 people after the fire.",
                "Firefighter Ada Mance said the blaze started in a kitchen.",
                "“Two remain in intensive care,” the hospital said.",
            ],
            ["Ruvo general hospital"],
        ),
        (
            [
                "Ruvo general hospital treated 40 people after the fire.",
                "“Two remain in intensive care,” it said.",
            ],
            ["Ruvo general hospital"],
        ),
    ],
)
def test_a_body_in_lower_case_speaks(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("name", "fitted"),
    [
        ("Tarvos city council", False),
        ("Kelby County Council", False),
        ("Harbour Pilots Council", True),
        ("Ruvo Residents Association", True),
    ],
)
def test_a_local_council_is_no_group(name, fitted):
    assert fits("group", name) is fitted


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            [
                "Health Minister Chanda Okoro told the assembly the clinics would “stay open.”",
                "Asked by opposition member Gift Banda whether money had been found, he replied: "
                "“The money is there.”",
            ],
            ["Chanda Okoro", "Chanda Okoro"],
        ),
        (
            [
                "Mayor Ashley Varga said the bridge would reopen in May, “or sooner if we can.”",
                "Asked by councillor Tom Reyes whether that was a promise, he said: “A plan.”",
            ],
            ["Ashley Varga", "Ashley Varga"],
        ),
        (
            [
                "Director Kim Sørlie said the museum “will not sell a single painting.”",
                "Asked by a trustee, Hana Lind, if that could change, she answered: “Never.”",
            ],
            ["Kim Sørlie", "Kim Sørlie"],
        ),
    ],
)
def test_asked_by_someone_the_one_who_spoke_before_answers(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            # (a title says she is a woman: `he` is not her)
            [
                "Ms Ashley Varga said the bridge would reopen in May, “or sooner if we can.”",
                "Asked by councillor Tom Reyes whether that was a promise, he said: “A plan.”",
            ],
            ["Ashley Varga", "Tom Reyes"],
        ),
        (
            # (the one who spoke last asks: no answer of theirs)
            [
                "Councillor Tom Reyes said the bridge “should never have closed.”",
                "Asked by Tom Reyes whether that was a promise, Ana Ruiz said: “It is a plan.”",
            ],
            ["Tom Reyes", "Ana Ruiz"],
        ),
        (
            # (the paragraph names its own man before the question: he is the one asked)
            [
                "Mayor Kim Sato said the bridge would reopen in May, “or sooner if we can.”",
                "Dr Jomo Otieno, whose firm holds the contract, said he was ready. Asked by "
                "councillor Tom Reyes whether that was a promise, he replied: “It is a date.”",
            ],
            ["Kim Sato", "Jomo Otieno"],
        ),
        (
            [
                "Chair Priya Nand said the fund was “in good health.”",
                "Councillor Oskar Lind disagreed on Monday. Asked by a member whether the fund "
                "could pay, he replied: “Not this year.”",
            ],
            ["Priya Nand", "Oskar Lind"],
        ),
    ],
)
def test_asked_by_no_fitting_answerer(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            [
                "President Ilham Rasulov opened the dam on Monday.",
                "Engineer Ana Ruiz built it.",
                "“It will light every home,” the country's president said.",
            ],
            ["Ilham Rasulov"],
        ),
        (
            [
                "Tarvos University Hospital took in 30 patients.",
                "“We are full,” the town’s university hospital said.",
            ],
            ["Tarvos University Hospital"],
        ),
        (
            [
                "Mayor Petra Novak cut the ribbon on the new library.",
                "“Books are back,” the city's mayor said.",
            ],
            ["Petra Novak"],
        ),
    ],
)
def test_the_places_possessive_before_a_noun_says_where(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "Tarvos University Hospital took in 30 patients.",
            "“We are full,” the city's council said.",
        ],
        [
            "Tarvos University Hospital took in 30 patients.",
            "“The road is shut,” the county's police force said.",
        ],
    ],
)
def test_the_places_possessive_before_a_noun_no_one_fits(paragraphs):
    assert _speakers(*paragraphs) == [None]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            [
                "Protect Orme Woods handed in its petition.",
                "Developer Kestrel Homes said it would plant trees.",
                "“Trees are not a wood,” the campaigners said.",
            ],
            ["Protect Orme Woods"],
        ),
        (
            [
                "Save Dunlin Pier has raised £80,000.",
                "“The pier is ours,” the campaign said.",
            ],
            ["Save Dunlin Pier"],
        ),
        (
            [
                "Scrap the Levy marched on the town hall.",
                "Defend Marlow Park joined them.",
                "“We will be back,” the campaigners said.",
            ],
            ["Defend Marlow Park"],
        ),
    ],
)
def test_a_campaign_named_by_its_call(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("head", "name", "called"),
    [
        ("campaigners", "Save Holloway Fields", True),
        ("campaign", "Stop Harbour Dredging", True),
        ("campaigners", "Holloway Fields Action", False),
        ("union", "Save Holloway Fields", False),
    ],
)
def test_campaign_called(head, name, called):
    assert campaign_called(head, name) is called


def test_a_call_before_a_given_name_is_no_campaign():
    found = find_mentions("Save Ann Lee was the only aim, she said.")
    assert [m.kind for m in found if m.name.endswith("Lee")] != ["org"]
