"""Pronouns and descriptions that point to the paragraph's subject (speakers59).

Each case is made up; the shapes, not the words, are what the rules read. Near-misses are
cases the rule must leave as they were.
"""

from __future__ import annotations

import pytest

from api.parser.quotes import analyse_quotes
from tests.quotes.helpers import speakers as _speakers

Case = tuple[list[str], list[str | None]]

# A name in apposition after `<role> for the <body's noun>,` holds the role: a person when a
# given name opens it (quote_shapes.role_for_body, holder_after_body).
ROLE_FOR_BODY: list[Case] = [
    (
        [
            "“We are not to blame,” said Piotr Nowak, the union's organiser.",
            "A spokeswoman for the airline, Ingrid Solberg, told reporters that flights would "
            "resume. “Every passenger will be rebooked,” she said.",
        ],
        ["Piotr Nowak", "Ingrid Solberg"],
    ),
    (
        [
            "Marta Quiroga, who chairs the residents' group, called the plan a disgrace.",
            "A lawyer for the charity, Tomas Varga, said the lease was valid. “We will defend "
            "it in court,” he said.",
        ],
        ["Tomas Varga"],
    ),
    (
        [
            "Halvard Berg, the harbour master, closed the port.",
            "A spokesperson for the company, Leif Moen, told state radio the ferries were "
            "safe. “No crossing will be made in this wind,” he said.",
        ],
        ["Leif Moen"],
    ),
]

# Near-misses: a body's name after the noun stays the body (no given name opens it, or no role
# holds the noun).
ROLE_FOR_BODY_BODIES: list[tuple[list[str], list[tuple[str, str]]]] = [
    (
        [
            "Dmitri Orlov, the mayor, opened the bridge.",
            "A spokesman for the airline, Nordic Wings, said flights were full. “Demand is "
            "strong,” it said.",
        ],
        [("Nordic Wings", "organisation")],
    ),
    (
        [
            "“The road is closed,” said Ruth Adeyemi.",
            "The firm, Colin Brady Haulage, disputed that. “We were never told,” it said.",
        ],
        [("Ruth Adeyemi", "person"), ("Colin Brady Haulage", "organisation")],
    ),
    (
        [
            "Ana Petrov said she would appeal.",
            "Her publisher, Quarry Lane, said the book was withdrawn. “It was a hard "
            "decision,” the publisher said.",
        ],
        [("Quarry Lane", "organisation")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ROLE_FOR_BODY)
def test_a_name_after_a_role_for_a_body_holds_the_role(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), ROLE_FOR_BODY_BODIES)
def test_a_bodys_name_after_its_noun_stays_the_body(paragraphs, expected):
    found = analyse_quotes(paragraphs).speakers
    assert [(s.name, s.kind) for s in found] == expected


# `His widow, X,` / `Her widower, X,`: the kin word gives the person's sex (quote_words
# FEMALE_WORDS `widow`, MALE_WORDS `widower`), over a guess from the given name, for a later
# `the mother of three` or `the father of two` never given before.
WIDOWS: list[Case] = [
    (
        [
            "The prefect, Claire Dubois, ordered an inquiry. 'Nothing will be hidden,' she said.",
            "Among the dead was Luc Morel, 44, a crane driver.",
            "His widow, Yannick Morel, said he had called at noon. 'He sounded tired,' the "
            "mother of three said.",
        ],
        ["Claire Dubois", "Yannick Morel"],
    ),
    (
        [
            "Inspector Tom Hale led the search.",
            "Her widower, Kim Sato, said she had loved the hills. 'She knew every path,' the "
            "father of two said.",
        ],
        ["Kim Sato"],
    ),
    (
        [
            "The nurse, Joy Mensah, stayed all night.",
            "Her widower, Yannick Mokoena, said: 'She never complained.'",
            "'She was tireless,' the mother of two said.",
        ],
        ["Yannick Mokoena", "Joy Mensah"],
    ),
    (
        # a near-miss: the widower is no mother, and no woman is named near
        [
            "Inspector Tom Hale led the search.",
            "Her widower, Kim Sato, said she had loved the hills. 'She knew every path,' the "
            "mother of two said.",
        ],
        [None],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), WIDOWS)
def test_a_widow_or_widower_is_of_that_sex(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


# `X, 64, and his wife, <First>,` / `X and her husband, <First>,`: a couple (quote_registry
# _spouse_named); `Mrs X` after `Mr X told` is the wife, by the title's sex
# (quote_described._single).
SPOUSES: list[Case] = [
    (
        [
            "Omar Haddad, 64, and his wife, Leila, waited at the gate.",
            "“We came early,” Mr Haddad said.",
            "Mrs Haddad said: “We will wait all night if we must.”",
        ],
        ["Omar Haddad", "Leila"],
    ),
    (
        [
            "Karin Holm and her husband, Erik, run the farm outside Vaxjo.",
            "“It has been a dry year,” Ms Holm said.",
            "Mr Holm said: “We sold half the herd.”",
        ],
        ["Karin Holm", "Erik"],
    ),
    (
        [
            "Dr Ama Owusu and her husband, Kofi, lost their home in the flood.",
            "“The water came in minutes,” Dr Owusu told the BBC.",
            "“Everything is gone,” Mr Owusu said.",
        ],
        ["Ama Owusu", "Kofi"],
    ),
    (
        # near-misses: a daughter is no `Mrs`; the title of the named one's own sex is them
        [
            "Omar Haddad, 64, and his daughter, Leila, waited at the gate.",
            "“We came early,” Mr Haddad said.",
            "Mrs Haddad said: “We will wait.”",
        ],
        ["Omar Haddad", "Omar Haddad"],
    ),
    (
        [
            "Omar Haddad, 64, and his wife, Leila, waited at the gate.",
            "“We came early,” Mrs Haddad said.",
            "Mr Haddad said: “We will wait.”",
        ],
        ["Leila", "Omar Haddad"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SPOUSES)
def test_a_title_of_the_other_sex_is_the_spouse_named_by_a_given_name(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


# `the spokeswoman said` with no one recent it fits: the body of `a <body> spokeswoman` met
# before, however far back; the same word only (quote_described._spokes_met).
_BETWEEN = [
    "Farmer Tom Reilly, 58, said his fields had flooded twice. “We lost the whole crop,” he said.",
    "The river rose two metres overnight.",
    "Local councillor Aoife Brennan said residents had warned of the risk. “Nobody listened,” "
    "she said.",
    "Engineers are expected on site on Monday.",
]
_COUNCIL = "Westmoor County Council said the embankment would be inspected."
_ASKED = (
    "Asked whether residents would be compensated, the spokeswoman said: “Every claim will be "
    "looked at.”"
)
SPOKES_MET: list[Case] = [
    (
        [_COUNCIL, "“Repairs will start within a week,” a council spokeswoman said.", *_BETWEEN]
        + [_ASKED],
        ["Westmoor County Council", "Tom Reilly", "Aoife Brennan", "Westmoor County Council"],
    ),
    (
        [
            "The Harbour Authority closed the quay.",
            "“Safety comes first,” an authority spokesperson said.",
            *_BETWEEN,
            "“The quay will reopen when it is safe,” the spokesperson added.",
        ],
        ["Harbour Authority", "Tom Reilly", "Aoife Brennan", "Harbour Authority"],
    ),
    (
        # near-miss: a spokesman met before is not `the spokeswoman`
        [_COUNCIL, "“Repairs will start within a week,” a council spokesman said.", *_BETWEEN]
        + [_ASKED],
        ["Westmoor County Council", "Tom Reilly", "Aoife Brennan", None],
    ),
    (
        # near-miss: a spokeswoman named since is the one meant
        [
            _COUNCIL,
            "“Repairs will start within a week,” a council spokeswoman said.",
            *_BETWEEN,
            "Maeve Doyle, a spokeswoman for the residents' association, disagreed.",
            "“We have heard that before,” the spokeswoman said.",
        ],
        ["Westmoor County Council", "Tom Reilly", "Aoife Brennan", "Maeve Doyle"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SPOKES_MET)
def test_the_spokeswoman_is_the_one_met_before(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


# `it` with no body in its own paragraph: the body (or one-word name no person's) opening the
# paragraph before, its subject (quote_registry._body_opening_before).
IT_OF_SUBJECT: list[Case] = [
    (
        ["Vexcel denied breaching the contract.", "“We met every deadline,” it said in a filing."],
        ["Vexcel"],
    ),
    (
        [
            "Ostrava denied the claim in court on Tuesday.",
            "“The figures were audited twice,” it said.",
        ],
        ["Ostrava"],
    ),
    (
        [
            "Harrow Logistics rejected the union's figures.",
            "“Our drivers are paid above the average,” it said.",
        ],
        ["Harrow Logistics"],
    ),
    # near-misses: a person's surname, a given name, a subject two paragraphs back
    (
        [
            "Chidi Okafor runs the depot.",
            "Okafor denied breaching the contract.",
            "“We met every deadline,” it said.",
        ],
        [None],
    ),
    (["Maria denied breaching the contract.", "“We met every deadline,” it said."], [None]),
    (
        [
            "Vexcel denied breaching the contract.",
            "The court heard the case.",
            "“We met every deadline,” it said.",
        ],
        [None],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), IT_OF_SUBJECT)
def test_it_is_the_body_opening_the_paragraph_before(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


# A bare quote after a paragraph of someone unnamed not speaking (`declined to comment`) goes
# on with the speaker before it (quote_nearby._silent).
SILENT_BETWEEN: list[Case] = [
    (
        [
            "“It is a scandal,” said Ines Moreau.",
            "The minister declined to comment.",
            "“Nobody is accountable.”",
        ],
        ["Ines Moreau", "Ines Moreau"],
    ),
    (
        [
            "“The pumps failed at midnight,” said engineer Rafael Soto.",
            "The water company did not respond to requests for comment.",
            "“We warned them in March.”",
        ],
        ["Rafael Soto", "Rafael Soto"],
    ),
    (
        [
            "“We were never consulted,” said Hana Kobayashi.",
            "A spokesman for the developer could not be reached.",
            "“They built it anyway.”",
        ],
        ["Hana Kobayashi", "Hana Kobayashi"],
    ),
    # near-misses: one silent paragraph is passed over, not two; saying it would not comment
    # still says something
    (
        [
            "“It is a scandal,” said Ines Moreau.",
            "Engineers from the port arrived on Tuesday with pumps.",
            "The minister declined to comment.",
            "“Nobody is accountable.”",
        ],
        ["Ines Moreau", None],
    ),
    (
        [
            "“It is a scandal,” said Ines Moreau.",
            "The ministry said it would not comment.",
            "“Nobody is accountable.”",
        ],
        ["Ines Moreau", None],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SILENT_BETWEEN)
def test_a_bare_quote_goes_on_past_someone_not_speaking(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


# A surname opening the paragraph (`<Surname>, reached again ..., said`) is the subject a later
# pronoun of the paragraph points to, over the one quoted last, when the sex fits; with the
# spokesperson of the company no longer taken for the company (ROLE_FOR_BODY), no wrong `he`
# gives the woman named before a man's sex.
SURNAME_SUBJECT: list[Case] = [
    (
        [
            "“We will not move,” said Dana Whitcombe, who leads the tenants.",
            "Landlord Priya Raman said the rents were fair. “We have not raised them in years,” "
            "she said.",
            "The council has offered to mediate.",
            "Whitcombe, reached again on Friday, said no meeting had been set. “We are still "
            "waiting,” she said.",
        ],
        ["Dana Whitcombe", "Priya Raman", "Dana Whitcombe"],
    ),
    (
        [
            "Tomasz Wiśniewski chairs the growers' cooperative.",
            "Anna Kowalczyk, a buyer, said prices had collapsed. “Nobody wants apples this "
            "year,” she said.",
            "Wiśniewski, asked about the glut, blamed imports from Kowalczyk's suppliers. “They "
            "are dumping fruit,” he said.",
        ],
        ["Anna Kowalczyk", "Tomasz Wiśniewski"],
    ),
    (
        [
            "“Talks have collapsed,” said Rhona Ebbett, the union's branch secretary.",
            "A spokesman for the firm, Colm Dunleavy, told local radio that an offer stood. "
            "“The door is open,” he said.",
            "Ebbett, reached later that evening, said the offer was old. “Nothing has changed,” "
            "she said.",
        ],
        ["Rhona Ebbett", "Colm Dunleavy", "Rhona Ebbett"],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SURNAME_SUBJECT)
def test_a_surname_opening_the_paragraph_is_its_pronouns_subject(paragraphs, expected):
    assert _speakers(*paragraphs) == expected
