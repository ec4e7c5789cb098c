"""Speaker rules of issue 15 (tenth round), from the misses of tests/fixtures/quotes_stress_tenth.

Each rule is general (a shape of text, not a sample's words), with several made-up cases.
"""

from __future__ import annotations

import pytest

from api.parser.quote_people import find_mentions
from api.parser.quotes import analyse_quotes
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # the head word alone, of a body whose name goes on with `of`/`for`
        (
            (
                "Talks with the Port Authority of Kellerby and Dunmore collapsed overnight.",
                "“The union walked away from a fair deal,” the Authority said.",
            ),
            "Port Authority of Kellerby and Dunmore",
        ),
        (
            (
                "The Central Bank of Norland raised rates by half a point on Tuesday.",
                "“Inflation is still too high,” the Bank said in a statement.",
            ),
            "Central Bank of Norland",
        ),
        (
            (
                "The Grain Board of Westmark set the price on Monday.",
                "“Farmers will be paid on time,” the Board said.",
            ),
            "Grain Board of Westmark",
        ),
        (
            (
                "Flights were cancelled by the Civil Aviation Authority of Ostrava on Friday.",
                "Passengers slept in the terminal.",
                "“Safety comes first,” the Authority said.",
            ),
            "Civil Aviation Authority of Ostrava",
        ),
        # the name cut short before its `for` part, then `the institute`
        (
            (
                "The crabs were kept in tanks at the Halvard Institute for Marine Research.",
                "They moulted twice.",
                "They grew.",
                "The work was paid for by the Halvard Institute and a charity. "
                "“Curiosity pays,” the institute said.",
            ),
            "Halvard Institute for Marine Research",
        ),
    ],
)
def test_a_body_cut_to_its_head_word_is_the_body_named_in_full(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_head_word_without_one_fuller_body_is_no_fuller_name():
    # no `of`/`for` part: `Google Maps for Business` gives no fuller name for `Google`
    assert _speakers(
        "Google Maps for Business launched on Monday.", "“It is a big day,” Google said."
    ) == ["Google"]
    # a head word two bodies share stands for neither
    found = _speakers(
        "The Harbour Authority of Dunmore and the Roads Authority of Kellerby met on Monday.",
        "“We agreed on nothing,” the Authority said.",
    )
    assert found[-1] not in ("Harbour Authority of Dunmore", "Roads Authority of Kellerby")


def _names(masked: str, vocabulary: frozenset[str]) -> list[str]:
    return [m.name for m in find_mentions(masked, vocabulary=vocabulary) if m.kind == "person"]


@pytest.mark.parametrize(
    ("masked", "vocabulary", "name"),
    [
        # a given name with a role noun's ending, in an article that writes the plural
        ("Hunter Mae Collins said so.", {"hunters"}, "Hunter Mae Collins"),
        ("Carter Lee Osei said so.", {"carters"}, "Carter Lee Osei"),
        ("Christian Ana Varga said so.", {"christians"}, "Christian Ana Varga"),
        ("It rained. Baker Tom Ellery spoke.", {"bakers"}, "Baker Tom Ellery"),
        # a role noun's plural still makes a role of one that is no given name
        ("Trapper Ines Voss said so.", {"trappers"}, "Ines Voss"),
    ],
)
def test_a_given_name_shaped_like_a_role_stays_a_name(masked, vocabulary, name):
    assert _names(masked, frozenset(vocabulary)) == [name]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a member of the public by what they are to the story, a name and an age, a colon
        (
            (
                "Outside, people waiting to speak gave their reasons:",
                "Commuter Ines Halvorsen, 34: “Saturday is the only day I can come.”",
            ),
            "Ines Halvorsen",
        ),
        (
            (
                "The station was shut for a week.",
                "Passenger Tomasz Ebbeling, 58: “I slept on the bench.”",
            ),
            "Tomasz Ebbeling",
        ),
        (
            (
                "Prices rose again in March.",
                "Pensioner Edna Marwick-Lowe, 81: “I buy half what I did.”",
            ),
            "Edna Marwick-Lowe",
        ),
        (
            ("The market opened at six.", "Shopper Kwabena Otieno, 40: “It is all too dear.”"),
            "Kwabena Otieno",
        ),
        # the same noun in lower case for her later
        (
            (
                "Deckhand Pauline Veigas, 29, said crews had no contract. "
                "“We kept the boats running,” the deckhand said.",
            ),
            "Pauline Veigas",
        ),
        (
            (
                "Homeowner Ruth Abernathy-Lamb, 66, paid for a kitchen in 2022.",
                "“I am still waiting,” the homeowner said.",
            ),
            "Ruth Abernathy-Lamb",
        ),
    ],
)
def test_a_role_of_the_public_opening_a_name_is_no_given_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # muttering, murmuring, grumbling are speech: the verb's subject speaks, named or not
        (
            (
                "Mayor Trevor Lindqvist said he had not made up his mind.",
                "“I will keep listening,” the mayor said.",
                "“That’s what they always say,” muttered one man near the door.",
            ),
            ["Trevor Lindqvist", None],
        ),
        (
            ("Ana Ruiz-Pell read the verdict twice.", "“Six years,” she murmured. “Only six.”"),
            ["Ana Ruiz-Pell", "Ana Ruiz-Pell"],
        ),
        (
            (
                "Mayor Trevor Lindqvist opened the meeting.",
                "“Not this again,” grumbled Tomas Berg, 70, from the front row.",
            ),
            ["Tomas Berg"],
        ),
        (
            ("“We lost,” Ilse Marrow-Kent muttered.", "“They were better,” a team-mate murmured."),
            ["Ilse Marrow-Kent", None],
        ),
    ],
)
def test_a_muttered_quote_is_its_subjects(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # an ampersand between capitals joins one body's name
        (("“Trading was weak,” Brisk & Moyle said on Monday.",), "Brisk & Moyle"),
        (
            (
                "Shares of Halloran & Webb Grocers fell 9% on Wednesday.",
                "In a statement, Halloran & Webb said: “The quarter was weaker than planned.”",
            ),
            "Halloran & Webb Grocers",
        ),
        (
            (
                "The law firm Dunmore & Pryce represents the tenants.",
                "“We will appeal,” said Olu Tennant, a partner at Dunmore & Pryce.",
                "“The ruling is wrong,” the firm said.",
            ),
            "Dunmore & Pryce",
        ),
    ],
)
def test_an_ampersand_joins_a_bodys_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_an_ampersand_between_capitals_makes_one_body():
    found = [(m.kind, m.name) for m in find_mentions("Shares of Brisk & Moyle Foods fell.")]
    assert found == [("single", "Shares"), ("org", "Brisk & Moyle Foods")]
    # (no capital after it: the ampersand joins nothing)
    found = [(m.kind, m.name) for m in find_mentions("It was sold by Brisk & sons in 1990.")]
    assert ("org", "Brisk & sons") not in found


@pytest.mark.parametrize(
    ("paragraphs", "quotes"),
    [
        # a short answer in capitals, opening its sentence, the reporting verb right after it
        (
            (
                "“When did you know?” the senator asked.",
                "“On the Thursday,” replied Carl Svensson.",
            ),
            [("When did you know?", None), ("On the Thursday,", "Carl Svensson")],
        ),
        (
            ("“Who told you?” asked Ines Halle.", "“My Brother Tom,” answered Petr Hlavac, 40."),
            [("Who told you?", "Ines Halle"), ("My Brother Tom,", "Petr Hlavac")],
        ),
        # a title inside a sentence, or with no reporting verb after it, is still no one's words
        (
            ("The band closed with “We Are Not Going Home” as the lights came up.",),
            [],
        ),
        (
            ("“The Long Way Round” opens on Friday at the Lyric.",),
            [],
        ),
    ],
)
def test_capitalised_words_answering_before_their_verb_are_speech(paragraphs, quotes):
    found = [(q.text, q.speaker) for q in analyse_quotes(paragraphs).quotes]
    assert found == quotes


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a noun for a person by family or loss: the person of its gender named last
        (
            (
                "Dermot Faulkes, 47, was jailed. “I am sorry,” he said.",
                "One victim, Adele Moravec, 68, paid Faulkes $46,000 in 2022. "
                "“I cook on a hot plate,” said the widow.",
            ),
            "Adele Moravec",
        ),
        (
            (
                "Rosa Delgado, 81, and her husband, Tomas Delgado, sat in the front row.",
                "“We lost everything,” the grandmother said.",
            ),
            "Rosa Delgado",
        ),
        (
            (
                "Lena Okafor, 35, waited outside with her son, Sam Okafor, 6.",
                "“He is scared of the dark,” the mother said.",
            ),
            "Lena Okafor",
        ),
        # brought in as `a widow`: someone the article does not name
        (
            (
                "A widow who asked not to be named spoke first. Mayor Ana Ruiz-Pell listened.",
                "“Nobody came,” the widow said.",
            ),
            None,
        ),
    ],
)
def test_a_family_noun_is_the_person_of_its_gender_named_last(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # business press's nouns for a company: the body, not the person named since
        (
            (
                "Shares of Tollan Foods Group fell 9% after the chain cut its forecast.",
                "“This is the third warning,” said Ruth Asante, who covers retailers at Kingsmere.",
                "“We are going where our customers are going,” the grocer said.",
            ),
            "Tollan Foods Group",
        ),
        (
            (
                "Veltro Motors recalled 40,000 vans on Monday.",
                "Analyst Piet Maarten Oduya said the cost would be small.",
                "“No injuries have been reported,” the carmaker said.",
            ),
            "Veltro Motors",
        ),
        # a person given the noun as a role is still that person
        (
            (
                "Ana Ruiz-Pell, a grocer on Mill Street for 30 years, is closing.",
                "“The rent doubled,” the grocer said.",
            ),
            "Ana Ruiz-Pell",
        ),
    ],
)
def test_a_companys_noun_is_the_company(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker
