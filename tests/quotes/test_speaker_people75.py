"""Speakers75: people by role abbreviation (`the MD said` of the managing director named
before), with near-misses the rules must leave alone (no managing director named, an acronym
body, a deputy's post).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_people import find_mentions
from api.parser.quote_role_initials import apposed_role, role_spells
from tests.quotes.helpers import names_found
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("role", "letters", "expected"),
    [
        ("Halvard Air's managing director", "MD", True),
        ("managing director of Kestrel Mills (Pty) Ltd", "MD", True),
        ("resort's general manager", "GM", True),
        ("chief executive officer at Norvale", "CEO", True),
        ("MD of Kestrel Mills", "MD", True),  # the abbreviation itself
        ("the GM", "GM", True),
        ("the deputy MD", "MD", False),
        ("deputy managing director", "MD", False),  # another post
        ("director of Kestrel Mills", "MD", False),  # too few words
        ("the company's head of security", "MD", False),
    ],
)
def test_a_role_spells_its_abbreviation(role, letters, expected):
    assert role_spells(role, letters) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tomas Berg, Halvard Air's managing director, said.", "Halvard Air's managing director"),
        ("Tomas Berg, managing director of Kestrel Mills (Pty) Ltd, said.", None),
        ("Tomas Berg said so.", ""),
    ],
)
def test_the_apposition_after_a_name(text, expected):
    end = text.index("Berg") + len("Berg")
    found = apposed_role(text, end)
    if expected is None:
        assert found.startswith("managing director of Kestrel Mills")
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                'Tomas Berg, Halvard Air\'s managing director, said the route was "too thin". '
                '"We cannot fly it," the MD said.',
            ),
            ["Tomas Berg", "Tomas Berg"],
        ),
        (
            (
                "Selam Dube, managing director of Kestrel Mills (Pty) Ltd, said the price was "
                '"unfair".',
                "Millers met on Friday.",
                '"We have offered more," the MD said. "Nobody answered."',
            ),
            ["Selam Dube", "Selam Dube", "Selam Dube"],
        ),
        (
            (
                'The lodge\'s general manager, Ali Rasheed, told staff the money was "coming". '
                '"It will be paid," the GM said.',
            ),
            ["Ali Rasheed", "Ali Rasheed"],
        ),
        (
            (
                'Managing director Ines Varga said the line was "safe".',
                "Fares rose.",
                "Riders complained.",
                "The council met.",
                "No vote was taken.",
                'The MD, speaking at the depot, said: "We are open to talks."',
            ),
            ["Ines Varga", "Ines Varga"],
        ),
        (
            (
                'Anil Rao, the plant\'s general manager, said output had "doubled".',
                '"We hire again," the acting GM said.',
            ),
            ["Anil Rao", "Anil Rao"],
        ),
        (
            (
                'Halvard Air MD Tomas Berg said the route was "thin".',
                '"We cannot fly it," the MD said.',
            ),
            ["Tomas Berg", "Tomas Berg"],
        ),
        (
            (
                'Tomas Berg, the deputy MD, said the route was "thin".',
                '"We cannot fly it," the MD said.',
            ),
            ["Tomas Berg", None],
        ),
        (
            # no managing director named: someone unnamed, not the letters
            ('Tomas Berg said the price was "unfair".', '"We have offered more," the MD said.'),
            ["Tomas Berg", None],
        ),
        (
            # a deputy's post is another one
            (
                'Tomas Berg, deputy managing director of Halvard Air, said it was "thin".',
                '"We cannot fly it," the MD said.',
            ),
            ["Tomas Berg", None],
        ),
        (
            # an acronym body stays a body
            ('The NCA said the gang was "dismantled".', '"More will follow," the NCA said.'),
            ["NCA", "NCA"],
        ),
    ],
)
def test_the_speakers(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plumber Dean Holt said the meters were wrong.", ["Dean Holt"]),
        ("Electrician Maria Lopes said so.", ["Maria Lopes"]),
        ("Kern County Supervisor Jane Doyle said so.", ["Jane Doyle"]),
        ("Nana Kwame Asante, 61, said so.", ["Kwame Asante"]),
        ("Togbe Yaw Mensah said so.", ["Yaw Mensah"]),
        ("Nana Mensah said so.", ["Nana Mensah"]),  # `Nana` a given name: two words
        ("Nana Obeng Tetteh said so.", ["Nana Obeng Tetteh"]),  # no given name after it
        ("Major Tom Briggs said so.", ["Major Tom Briggs"]),  # `Major` a given name
        ("Baker Mary Jones said so.", ["Baker Mary Jones"]),  # a surname too: no trade read
    ],
)
def test_a_title_before_a_name(text, expected):
    assert names_found(text) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                'Plumber Dean Holt said the meters were "wrong". "I have charged people," Holt '
                "said.",
                '"One bloke paid double," he said.',
            ),
            ["Dean Holt", "Dean Holt", "Dean Holt"],
        ),
        (
            (
                'Nana Kwame Asante, 61, who farms near the river, said the money was "late". '
                '"They gave us nothing," he said.',
                '"My children are hungry," the farmer added.',
            ),
            ["Kwame Asante", "Kwame Asante", "Kwame Asante"],
        ),
        (
            (
                "Kern County Supervisor Jane Doyle, whose district covers the valley, said the "
                'cut was "cruel". "These families matter," Doyle said.',
            ),
            ["Jane Doyle", "Jane Doyle"],
        ),
        (
            (
                "The union said flights had stopped. Its Lagos chairman, Comrade Adebayo Musa "
                'Okon, said: "Our members are stranded."',
            ),
            ["Adebayo Musa Okon"],
        ),
        (
            (
                'Its secretary, Shrimati Asha Rao, said: "We wait."',
                'Its treasurer, Mwalimu Juma Said, said: "We pay."',
            ),
            ["Asha Rao", "Juma Said"],
        ),
    ],
)
def test_the_titled_speakers(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                'Kofi Boateng, 61, who farms near Asuom, said the cocoa money was "late".',
                "The council met on Monday.",
                "It said payments would resume.",
                "A clerk, Ama Owusu, 34, said she had no cash.",
                "The board did not answer.",
                'Back in Asuom, the old farmer was unconvinced. "We will see," the 61-year-old '
                "said.",
            ),
            ["Kofi Boateng", "Kofi Boateng"],
        ),
        (
            # the age names the other person: not the one named last
            (
                'Kofi Boateng, 61, said the money was "late".',
                "Ama Owusu, 34, said she had no cash.",
                '"We wait," the 61-year-old said.',
            ),
            ["Kofi Boateng", "Kofi Boateng"],
        ),
        (
            # a woman's age, five paragraphs up, past a man who spoke since
            (
                'Leila Haddad, 29, said the wait was "endless".',
                "The clinic shut.",
                "Patients were sent home.",
                'Dr Omar Saleh said the scanner was "old".',
                "Repairs were due.",
                '"I will wait," the 29-year-old said.',
            ),
            ["Leila Haddad", "Omar Saleh", "Leila Haddad"],
        ),
    ],
)
def test_an_age_in_digits_points_far_back(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (('The North Downs MP, Jerome Pike, said: "We are angry."',), ["Jerome Pike"]),
        (('The Lakeside councillor, Ruth Abara, said: "It is shut."',), ["Ruth Abara"]),
        (
            (
                "The Wexham MP, Jerome Pike, said he had written to the chief executive. The "
                'Liberal MP said the firm had "learned nothing".',
            ),
            ["Jerome Pike"],
        ),
        (
            # a name after the role's comma is no place: Ann Lee still speaks
            ('Ann Lee, the North Downs MP, said: "We are angry."',),
            ["Ann Lee"],
        ),
    ],
)
def test_a_place_inside_a_role_is_no_speaker(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jenna Moss, 34, a nurse who moved here with her husband, said so.", None),
        ("Jenna Moss, a nurse and mother of two, said so.", "f"),
        ("Omar Saleh, a father of three, said so.", "m"),
        ("Ana Ruiz, his sister, said so.", None),  # the family word after a possessive
    ],
)
def test_a_roles_sex_stops_at_a_possessive(text, expected):
    assert find_mentions(text)[0].gender == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "For Jenna Moss, 34, a nurse who moved to Cedar Flats with her husband, the "
                "letter came as a shock.",
                'Kathryn Dale, a researcher, said Cedar Flats was "the canary".',
                "Moss said neighbours shared rides to a laundromat in Apache Junction. "
                '"We will be fine," the mother of two said.',
            ),
            ["Kathryn Dale", "Jenna Moss"],
        ),
        (
            (
                'Ruth Abara said the ward was "full".',
                'Peter Okoye, 40, said he waited "all night".',
                '"My boys were scared," the father of two said.',
            ),
            ["Ruth Abara", "Peter Okoye", "Peter Okoye"],
        ),
        (
            (
                'Ruth Abara said the ward was "full".',
                'Okoye waited outside a clinic in Rose Hill. "My boys were scared," the mother '
                "of two said.",
            ),
            ["Ruth Abara", "Ruth Abara"],  # Rose Hill a place; Okoye no one known
        ),
    ],
)
def test_a_parent_by_surname_past_a_place(paragraphs, expected):
    assert _speakers(*paragraphs) == expected
