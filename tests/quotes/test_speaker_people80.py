"""Speakers80: a person by the noun their introduction carries (`the registrar said` of `the
Registrar of the Board, Professor X Y,`; `the farmer` of `X, 58, who grows rice`), with
near-misses the rule must leave alone (no one introduced so, a body the noun names, a person
found otherwise, the other sex).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.given_names import given_name_sex
from api.parser.quote_body_names import person_after_office
from api.parser.quote_introduced import (
    carries,
    carries_phrase,
    minor_introduced,
    names_owner,
    owned_description,
    placed_description,
)
from api.parser.quote_unnamed import fronted_subject
from tests.quotes.helpers import names_found
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("stretch", "head", "expected"),
    [
        ("Ana Kovac, 61, who grows plums near Tarn, said", "farmer", True),
        ("Piet Olde, the firm's head of sales, said", "executive", True),
        ("He said his team of nine hunters was ageing", "hunter", True),
        ("At a meeting, Kgosi  told officials", "chief", True),
        ("the Registrar of the Varn Board, Professor , said", "registrar", True),
        ("Ana Kovac, a grower from Tarn, said", "farmer", True),  # a near kind in lower case
        ("Ana Kovac, a retired teacher, said", "farmer", False),
        ("Ana Kovac, a spokeswoman for the regulator, said", "regulator", False),  # a body
        ("Piet Olde, who heads the choir, said", "executive", False),  # a verb, not `head of`
        ("Student Union President  opened it", "candidate", False),  # a near kind in capitals
        ("Marit keeps a logbook", "keeper", False),  # a doer's verb is no family word
    ],
)
def test_an_introduction_carries_the_noun(stretch, head, expected):
    assert carries(stretch, head) is expected


@pytest.mark.parametrize(
    ("stretch", "expected"),
    [
        ("junior skater mia lund, 14, won", True),
        ("mia lund, 17, said", True),
        ("mia lund, 58, said", False),
        ("mia lund said", False),
    ],
)
def test_a_minors_age(stretch, expected):
    assert minor_introduced(stretch) is expected


def test_a_whole_phrase():
    assert carries_phrase("The board's spokesman, , said", "board's spokesman")
    assert carries_phrase("Deputy auditor general  said", "deputy auditor")
    assert not carries_phrase("The auditor, , said", "deputy auditor")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            # a title before the name, `the registrar` after
            (
                "In a letter, the Registrar of the Varn Exams Board, Professor Ida Mollenkamp, "
                'said the board had "found the fault".',
                '"Every script is safe," the registrar said.',
            ),
            ["Ida Mollenkamp", "Ida Mollenkamp"],
        ),
        (
            # the family: `head of` for `the executive`
            (
                "Bram Okonkwo-Lee, the firm's head of security, said it had blocked the bots.",
                'Asked how many got through, the executive said: "Too many."',
            ),
            [None, "Bram Okonkwo-Lee"],
        ),
        (
            # the doer's verb: `grows` for `the farmer`, far back
            (
                'Tilde Marsh-Oyelaran, 61, who grows barley near Fenn, said "it is dry".',
                "The ministry said rain was due.",
                "Prices rose in March.",
                "Imports doubled.",
                'The farmer said she would wait. "I am patient," she said.',
            ),
            ["Tilde Marsh-Oyelaran", "Tilde Marsh-Oyelaran"],
        ),
        (
            # a minor's age for `the schoolgirl`
            (
                "Junior skater Mirela Oduya-Stark, 14, won a national title last year. "
                "\u2018Where do we train now?\u2019 the schoolgirl asked.",
            ),
            ["Mirela Oduya-Stark"],
        ),
        (
            # a chief's title for `the chief`
            (
                "At a meeting on Friday, Kgosi Neo Dintwe told officials the claims were old.",
                '"We are tired," the chief said.',
            ),
            ["Neo Dintwe"],
        ),
    ],
)
def test_the_noun_of_an_introduction(paragraphs, expected):
    found = _speakers(*paragraphs)
    assert [s for s in found if s is not None] == [s for s in expected if s is not None]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            # no one introduced as a registrar: no one
            (
                'Professor Ida Mollenkamp, a chemist, said the fault was "small".',
                '"Every script is safe," the registrar said.',
            ),
            ["Ida Mollenkamp", None],
        ),
        (
            # a boy is no schoolgirl
            (
                "Junior skater Tomas Oduya-Stark, 14, won a title last year. He said it was "
                '"hard".',
                "\u2018Where do we train now?\u2019 the schoolgirl asked.",
            ),
            ["Tomas Oduya-Stark", None],
        ),
        (
            # a person found otherwise stands: the neighbour named last is `the elderly farmer`
            (
                'Mrs Ada Brinkworth-Olu, a grower from Tarn, said prices were "low".',
                'Her neighbour, Mr Sefa Kwarteng-Lowe (67), said he would keep his bales. "I '
                'will rather keep it," the elderly farmer said.',
            ),
            ["Ada Brinkworth-Olu", "Sefa Kwarteng-Lowe"],
        ),
        (
            # a name among the description's words must be carried: another club's coach is not
            (
                "Tarn Rovers coach Ilse Brandvold-Ode was furious. "
                "\u201cA disgrace,\u201d she said.",
                "\u201cWe take the points,\u201d the Vell Albion coach said.",
            ),
            ["Ilse Brandvold-Ode", None],
        ),
        (
            # the noun inside a body's name is nobody's introduction
            (
                "The case was heard at Tarn Registrars' Office on Monday.",
                '"Every record is safe," the registrar said.',
            ),
            [None],
        ),
        (
            # two introduced so: the latest
            (
                'Ana Lindqvist-Obi, registrar of Tarn College, said it was "rare".',
                'Piet Varga-Moll, registrar of Fenn University, said it was "common".',
                '"We check every one," the registrar said.',
            ),
            ["Ana Lindqvist-Obi", "Piet Varga-Moll", "Piet Varga-Moll"],
        ),
    ],
)
def test_near_misses_of_an_introduction(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["the", "board's", "spokesman"], (None, "spokesman")),
        (["the", "board\u2019s", "spokeswoman"], (None, "spokeswoman")),
        (["Vell's", "director"], ("vell", "director")),
        (["the", "mayor"], None),
        (["the", "Board's", "chair"], None),  # a name's possessive after `the`
        (["Vell's", "Director"], None),
    ],
)
def test_an_owned_description(words, expected):
    assert owned_description(words) == expected


def test_an_owner_named():
    assert names_owner("vell water director ana roe said", "vell")
    assert not names_owner("the city's water director ana roe said", "vell")


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            # the whole owned description, far back, over a body's spokesperson
            (
                "The board\u2019s spokesman, Tomasz Achterberg-Nwosu, said the firm had been "
                "warned.",
                "The board met on Monday.",
                "Parents marched on Tuesday.",
                "\u201cThe pupils come first,\u201d the board\u2019s spokesman said.",
            ),
            ["Tomasz Achterberg-Nwosu"],
        ),
        (
            # a name's possessive: the introduction names the place and the noun
            (
                '"We serve our own first," said Vell Water Director Ilse Marchetti-Oko.',
                "County Supervisor Dana Roe-Lindqvist said she had asked for a standpipe.",
                "Vell's director said the city would look again. \"If the rain comes, we "
                'will talk," he said.',
            ),
            ["Ilse Marchetti-Oko", "Ilse Marchetti-Oko"],
        ),
        (
            # near-miss: no introduction names the owner: not the director named before
            (
                '"We serve our own first," said Water Director Ilse Marchetti-Oko.',
                '"If the rain comes, we will talk," Tarn\'s director said.',
            ),
            ["Ilse Marchetti-Oko", None],
        ),
    ],
)
def test_an_owned_description_of_an_introduction(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Port of Vell Mayor Ana Roe-Lindqvist", 4),
        ("Bank of Tarn Governor Emily Okafor", 4),
        ("City of Fenn Police Commissioner Maria Elena Sutu", 5),
        ("Port of Vell Mayor Roe-Lindqvist", 0),  # no given name: left as it was
        ("Ministry of Health", 0),
        ("Office of the Mayor", 0),
        ("Vell Mayor Ana Roe", 0),  # no `of`: read as a person already
    ],
)
def test_a_person_after_an_office_in_a_body_run(name, expected):
    assert person_after_office(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Port of Vell Mayor Ana Roe-Lindqvist said the land was gone.", ("Ana Roe-Lindqvist",)),
        ("Bank of Tarn Governor Emily Okafor told reporters it was over.", ("Emily Okafor",)),
        (
            "A Vell-based lawyer, Barrister Ibrahim Sule-Okoro, said it was wrong.",
            ("Ibrahim Sule-Okoro",),
        ),
        ("The Bank of Tarn said rates would rise.", ("Bank of Tarn",)),
    ],
)
def test_titles_are_no_part_of_a_name(text, expected):
    assert tuple(names_found(text)) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            # a rank's letters before the surname of the person the rank was written before
            (
                "Police spokesman Assistant Superintendent of Police Musa Kamara-Bangura told "
                "reporters arrests were likely. \u201cThis is organised,\u201d ASP "
                "Kamara-Bangura said.",
            ),
            ["Musa Kamara-Bangura"],
        ),
        (
            (
                "Deputy Commissioner of Police Ama Owusu-Bekoe briefed reporters on Monday.",
                "\u201cWe have the names,\u201d DCP Owusu-Bekoe said.",
            ),
            ["Ama Owusu-Bekoe"],
        ),
        (
            # the letters spell no title written before that person, but three capitals that
            # are no body the article knows are a rank's before a known surname (speakers84:
            # `ASP Kamara-Bangura` was an organisation's name, which no reader takes it for)
            (
                "Superintendent Musa Kamara-Bangura told reporters arrests were likely.",
                "\u201cThis is organised,\u201d ASP Kamara-Bangura said.",
            ),
            ["Musa Kamara-Bangura"],
        ),
        (
            # a legal style before the name, the pronoun after it
            (
                "A Vell-based lawyer, Barrister Ibrahim Sule-Okoro, said he had been approached. "
                "\u201cThe law can count this loss,\u201d he added.",
            ),
            ["Ibrahim Sule-Okoro"],
        ),
    ],
)
def test_titles_before_names_in_attributions(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            # a name inside the relative clause after the speaker is not the subject
            (
                "The club\u2019s chairman, Alasdair Munro-Vane, who met the council\u2019s "
                "leader, Councillor Graham Tully-Ross, last week, said costs had tripled.",
                "\u2018We cannot keep it open,\u2019 he said.",
            ),
            ["Alasdair Munro-Vane"],
        ),
        (
            (
                "Ana Roe-Lindqvist, who hired the contractor, Bo Kessler, in March, said the "
                'work was "late".',
            ),
            ["Ana Roe-Lindqvist"],
        ),
        (
            # near-miss: `who said` is the name's own clause, not an aside of deeds
            ('Ana Roe-Lindqvist met Bo Kessler, who said the work was "late".',),
            ["Bo Kessler"],
        ),
    ],
)
def test_a_name_in_a_relative_clause_is_no_subject(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            # a `For X,` fronted person is the topic a `she` after it means
            (
                "County Supervisor Dana Whitlow-Grey said she had asked for a standpipe. "
                '"They did nothing wrong," Whitlow-Grey said.',
                "For Jenna Castellano-Ruiz, 34, a teacher, the letter came as a shock.",
                '"I called the number and got a voicemail," she said.',
            ),
            ["Dana Whitlow-Grey", "Jenna Castellano-Ruiz"],
        ),
        (
            # near-miss: `For years,` fronts no one
            (
                "Mayor Dana Whitlow-Grey said the plan was fair.",
                "For years, the town paid for water it did not use.",
                '"We will fix it," she said.',
            ),
            ["Dana Whitlow-Grey"],
        ),
    ],
)
def test_a_fronted_for_person_is_the_topic(paragraphs, expected):
    assert _speakers(*paragraphs)[-len(expected) :] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            # a hyphened given name takes the sex its parts agree on: `she` is the woman
            (
                "Aline Uwamahoro, a nurse, said fares had risen. Police spokesman Jean-Paul "
                "Habimana said checks would begin in May.",
                '"We will be counting," Habimana said.',
                'She said she paid more now. "It is expensive," she said.',
            ),
            ["Jean-Paul Habimana", "Aline Uwamahoro"],
        ),
        (
            # an unnamed supplier's own pronoun inside the aside: no one, not the man before
            (
                'Union leader Sipho Dlamini-Reddy said "salaries are safe".',
                "A supplier to the chain, who asked not to be named because he is owed money, "
                'said he had stopped deliveries. "I cannot finance them," he said.',
            ),
            ["Sipho Dlamini-Reddy", None],
        ),
        (
            # an unnamed subject after a fronted phrase; the boat in its relative clause is no one
            (
                "Captain Roddy Ainsworth said the findings were familiar.",
                "At the harbour, where the berth lies empty, one skipper who fished alongside "
                'Sea Lark II for a decade said little would change. "Every boat is old," he said.',
            ),
            [None],
        ),
    ],
)
def test_a_pronouns_person(paragraphs, expected):
    assert _speakers(*paragraphs)[-len(expected) :] == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jean-Paul Habimana", "m"),
        ("Anne-Marie Lindqvist", "f"),
        ("Marie-Paul Lindqvist", None),  # the parts disagree
        ("Jean Lindqvist", None),  # no hyphen: the table's answer alone
    ],
)
def test_a_hyphened_given_names_sex(name, expected):
    assert given_name_sex(name) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("At the harbour, where the berth lies empty, one skipper who fished there ", "one "),
        ("On Monday, a driver ", "a "),
        ("At the harbour ", ""),
    ],
)
def test_the_subject_after_a_fronted_phrase(lead, expected):
    assert fronted_subject(lead).startswith(expected)
    assert bool(fronted_subject(lead)) is bool(expected)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            # `the <noun>, who said`: the description the relative stands for
            (
                "Ida Mollenkamp-Ode, registrar of Tarn University, said checks had doubled.",
                "\u2018Every week there is another fake.\u2019 Those were the words of the "
                "registrar, who said most were easy to spot.",
            ),
            ["Ida Mollenkamp-Ode"],
        ),
        (
            # near-miss: no one introduced as one: no one
            (
                "Ida Mollenkamp-Ode, a chemist, said checks had doubled.",
                "\u2018Every week there is another fake.\u2019 Those were the words of the "
                "registrar, who said most were easy to spot.",
            ),
            [None],
        ),
        (
            # near-miss: a thing's noun before `, who`: the relative is someone else's
            (
                "Ida Mollenkamp-Ode said she had written to a manager at the plant, who "
                'replied that cuts were "final".',
            ),
            [None],
        ),
        (
            # near-miss: a withheld name stays no one
            (
                "Ida Mollenkamp-Ode, registrar of Tarn University, said checks had doubled.",
                "\u2018Every week there is another fake,\u2019 the clerk, who declined to be "
                "named, said.",
            ),
            [None],
        ),
    ],
)
def test_a_description_a_relative_who_stands_for(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["The", "farmer", "from", "Erlin"], ("farmer", "Erlin")),
        (["the", "old", "fisherman", "from", "Port", "Vell"], ("fisherman", "Port Vell")),
        (["The", "farmer"], None),
        (["The", "farmer", "from", "there"], None),
    ],
)
def test_a_placed_description(words, expected):
    assert placed_description(words) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            # the place the description gives chooses among those introduced as its noun
            (
                "Mei Tanaka-Ruiz, 58, who grows rice in Tarn Township, said costs had doubled.",
                "Union secretary Bo Lindqvist-Oyelaran, a farmer's son, said members would march.",
                "Rain is due in May.",
                'The farmer from Tarn said she would wait. "I am ready," she said.',
            ),
            ["Mei Tanaka-Ruiz"],
        ),
        (
            # near-miss: no one introduced there: the description as it would be read alone
            (
                "Mei Tanaka-Ruiz, 58, who grows rice in Tarn Township, said costs had doubled.",
                '"Nothing is left," the farmer from Vell said.',
            ),
            [None],
        ),
        (
            # near-miss: a thing's noun before `from` is no person
            (
                "Mei Tanaka-Ruiz, 58, who grows rice in Tarn Township, said costs had doubled.",
                'The letter from Tarn said "payments will stop".',
            ),
            [None],
        ),
    ],
)
def test_a_placed_description_of_an_introduction(paragraphs, expected):
    assert _speakers(*paragraphs) == expected
