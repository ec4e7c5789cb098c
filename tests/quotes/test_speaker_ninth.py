"""Speaker rules of issue 15 (ninth round), from the misses of tests/fixtures/quotes_stress_ninth.

Each rule is general (a shape of text, not a sample's words), with several made-up cases.
"""

from __future__ import annotations

import pytest

from api.parser.quote_described import agent_noun
from api.parser.quote_people import find_mentions
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a noun for what someone does, never given as their role: the person just named
        (
            (
                "Tamsin Okoro-Vale scored the winner in the last minute on Saturday.",
                "“I just hit it and hoped,” the midfielder said.",
            ),
            "Tamsin Okoro-Vale",
        ),
        (
            (
                "Resident Bartholomew Quill, 80, has lived on the street since 1961.",
                "“They can move me when I am dead,” the pensioner said.",
            ),
            "Bartholomew Quill",
        ),
        (
            (
                "Nadia Ferreira-Holm counted the beetles in 40 plots for three summers. "
                "“Half of them were gone by the end,” the entomologist said.",
            ),
            "Nadia Ferreira-Holm",
        ),
        (
            (
                "Oskar Lindgren, who covers airlines for Barrow Capital, cut his target. "
                "“The fleet is too old,” the analyst wrote.",
            ),
            "Oskar Lindgren",
        ),
        (
            (
                "“Ice cores do not lie,” according to Ruth Akande, who studies them in Bergen.",
                "The glaciologist said the record was clear. “We are off the chart.”",
            ),
            "Ruth Akande",
        ),
    ],
)
def test_an_undescribed_agent_noun_is_the_person_just_named(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the noun came in with `a`/`an` for someone unnamed: not the person named last
        (
            "“It is over,” an insider told the paper.",
            "Greta Holm, 38, has not spoken in public since May.",
            "“Nobody wants a fight,” the insider added.",
        ),
        (
            "A passenger filmed the crash. Pilot Ana Ruiz was unhurt.",
            "“I saw the wing touch,” the passenger said.",
        ),
        # a named person more than a paragraph before is not salient enough
        (
            "Joachim Brandt-Olsen founded the firm in 1990.",
            "The firm grew.",
            "Sales fell in the spring.",
            "“We will cut prices,” the founder said.",
        ),
    ],
)
def test_an_agent_noun_for_someone_unnamed_stays_unnamed(paragraphs):
    assert _speakers(*paragraphs)[-1] is None


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("striker", True),
        ("retiree", True),
        ("ecologist", True),
        ("analyst", True),
        ("librarian", True),
        ("company", False),
        ("carrier", False),
        ("letter", False),
        ("official", False),
    ],
)
def test_agent_noun(word, expected):
    assert agent_noun(word) is expected


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # an owner pronoun and a thing of theirs before a colon: the owner speaks
        (
            ("Governor Ellen Marsh-Tiller left the room. Her tone was icy: “We are done here.”",),
            "Ellen Marsh-Tiller",
        ),
        (
            (
                "Pietro Alvisi-Kang lost the vote by two.",
                "His mood afterwards was sour: “Two votes. Two.”",
            ),
            "Pietro Alvisi-Kang",
        ),
        (
            (
                "Coach Dara Finnerty-Obi was asked about the referee. "
                "Her own words were careful: “I will read the report first.”",
            ),
            "Dara Finnerty-Obi",
        ),
    ],
)
def test_an_owned_thing_before_a_colon_is_its_owners_speech(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a person or a body of theirs speaks for themself: not the owner
        ("Tomas Erling-Voss did not attend. His lawyer was blunt: “My client is innocent.”",),
        ("Mira Solheim-Adeyemi was absent. Her mother was brief: “She is resting.”",),
    ],
)
def test_an_owned_person_before_a_colon_is_not_the_owner(paragraphs):
    owner = paragraphs[0].split(" did not")[0].split(" was absent")[0]
    assert _speakers(*paragraphs)[-1] != owner


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a quote opening a paragraph, then a known surname with a `who` clause: the speaker
        (
            (
                "Marcus Delacroix-Hayes spoke for most of the hour.",
                "Dale Whitcombe said the plan was fair. “Nobody walks farther,” he said.",
                "“They said that last time.” Delacroix-Hayes, who has lived here for 20 years, "
                "was not convinced.",
            ),
            "Marcus Delacroix-Hayes",
        ),
        (
            (
                "Councillor Ines Pardo-Wirth voted against the plan.",
                "“It is a good plan,” Mayor Olga Brandt told reporters.",
                "“It will not last a winter.” Pardo-Wirth, who chairs the roads committee, "
                "left before the vote was counted.",
            ),
            "Ines Pardo-Wirth",
        ),
        (
            (
                "Farmer Tobias Ekwueme-Lund lost half his flock.",
                "Jens Aalborg said more rain was due. “Expect another week of it,” he said.",
                "“I have never seen rain like it.” Ekwueme-Lund, who is 70, has farmed here all "
                "his life.",
            ),
            "Tobias Ekwueme-Lund",
        ),
    ],
)
def test_a_known_surname_with_a_who_clause_after_a_quote_is_its_speaker(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def _names(masked: str, vocabulary: frozenset[str]) -> list[str]:
    return [m.name for m in find_mentions(masked, vocabulary=vocabulary) if m.kind == "person"]


@pytest.mark.parametrize(
    ("masked", "vocabulary", "name"),
    [
        # a role noun opening a sentence, its plural written in lower case in the article
        ("Tenant Oren Valdimarsson said so.", {"tenants"}, "Oren Valdimarsson"),
        ("It was late. Parent Ilse Marrow-Kent spoke.", {"parents"}, "Ilse Marrow-Kent"),
        ("Commuter Odile Brannagh, 34, agreed.", {"commuters"}, "Odile Brannagh"),
        ("Employee Tobiah Sarkis said nothing.", {"employees"}, "Tobiah Sarkis"),
        # or the word itself (speakers17f: a common noun in lower case, singular or plural)
        ("Tenant Oren Valdimarsson said so.", {"tenant"}, "Oren Valdimarsson"),
        # not written in lower case: the capital may be a name's own
        ("Tenant Oren Valdimarsson said so.", {"tenancy"}, "Tenant Oren Valdimarsson"),
        ("Hunter Mae Collins said so.", set(), "Hunter Mae Collins"),
        # a given name that is also a common word has no role noun's ending
        ("Will Hardy Okafor said so.", {"will", "wills"}, "Will Hardy Okafor"),
        ("Grace Imani Holt said so.", {"grace", "graces"}, "Grace Imani Holt"),
        ("Mark Anthony Reyes said so.", {"mark", "marks"}, "Mark Anthony Reyes"),
        ("Rose Ellen Tarrant said so.", {"rose", "roses"}, "Rose Ellen Tarrant"),
        ("Bill Henry Oduya said so.", {"bill", "bills"}, "Bill Henry Oduya"),
        # inside a sentence the capital is the name's own
        ("It was signed by Porter Lee Hall on Monday.", {"porters"}, "Porter Lee Hall"),
        # two words: no third to be the name's
        ("Tenant Valdimarsson said so.", {"tenants"}, "Tenant Valdimarsson"),
    ],
)
def test_a_role_opening_a_sentence_is_not_a_given_name(masked, vocabulary, name):
    assert _names(masked, frozenset(vocabulary)) == [name]


def test_a_role_opening_a_line_leaves_the_name_to_its_quote():
    speakers = _speakers(
        "The council voted to sell the block, over the objections of its tenants.",
        "Tenant Oren Valdimarsson, 81, has lived there since 1970. "
        "“I will not go quietly,” the pensioner said.",
    )
    assert speakers == ["Oren Valdimarsson"]


def test_a_role_taken_off_a_name_is_its_role():
    (mention,) = find_mentions("Tenant Oren Valdimarsson said so.", vocabulary={"tenants"})
    assert (mention.start, mention.name_start, mention.role) == (0, 7, "tenant")


def test_a_role_opening_the_sentence_before_a_verbless_quote():
    speakers = _speakers(
        "The board closed the school over the protests of parents.",
        "Parent Ilse Marrow-Kent, whose son is in the fourth grade, spoke for ten minutes. "
        "“You are taking the one thing that works.”",
    )
    assert speakers == ["Ilse Marrow-Kent"]
