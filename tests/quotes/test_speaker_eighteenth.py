"""Description mechanisms of issue 15 (eighteenth round), from the misses of
quotes_stress_eighteenth: a title written with its field after `of`, a transport operator named by
what it runs, a chamber of commerce, a description before a colon.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `the director` of `director of services for planning, X`: the title's noun is the word
        # before `of`, not the field's last word
        (
            (
                "The council’s director of services for planning, Ana Ruiz, backed the plan.",
                "Councillor Tom Vella said: “It is too big.”",
                "“We will defend any appeal,” the director said.",
            ),
            "Ana Ruiz",
        ),
        (
            (
                "Its head of communications, Lena Ortiz, said the report was late.",
                "Board member Piet Kroon said: “Nobody told us.”",
                "“The delay was mine,” the head said.",
            ),
            "Lena Ortiz",
        ),
        (
            (
                "Mira Holt, the museum's keeper of prints, chose the works.",
                "The curator, Dan Ash, said: “It took a year.”",
                "“Half of them have never been shown,” the keeper said.",
            ),
            "Mira Holt",
        ),
    ],
)
def test_a_title_with_its_field_after_of_is_found_by_its_noun(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `an analyst at X` names where he works: the later `the analyst` may be the sentence's
        # own subject, who has no written role
        (
            (
                "“It is a miss,” said Tom Vella, an analyst at Bramwell Partners.",
                "Jun Park, who covers banks for Halden Securities, cut his rating. “They bet"
                " wrong,” the analyst wrote.",
            ),
            "Jun Park",
        ),
        # an `of` inside a body's name after `at` is the body's, not the person's title
        (
            (
                "“We found a nursery,” said Ana Ruiz, a biologist at the Marlow Institute of"
                " Oceanography.",
                "The institute said it would repeat the survey. “Long records matter,” the"
                " institute said.",
            ),
            "Marlow Institute of Oceanography",
        ),
    ],
)
def test_an_affiliation_is_no_title(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a transport operator's name ends in what it runs: `X Transit`, `X Railways`, `X
        # Ferries` are bodies, and `the company said` after them is theirs
        (
            (
                "Drivers at Carrowdale Transit will strike, the union said.",
                "Carrowdale Transit said it was disappointed. “Our offer is fair,” the company"
                " said.",
            ),
            "Carrowdale Transit",
        ),
        (
            (
                "Guards at Harlow Railways voted to walk out on Friday.",
                "Harlow Railways said it regretted the delays. “We want a deal,” the company said.",
            ),
            "Harlow Railways",
        ),
        (
            (
                "Crews at Kessel Ferries refused to sail on Monday.",
                "Kessel Ferries apologised to passengers. “Safety comes first,” the firm said.",
            ),
            "Kessel Ferries",
        ),
    ],
)
def test_a_transport_operator_is_a_body(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `Chamber` is a body's word: its `of` joins the field to the name
        (
            (
                "Premier Ana Ruiz defended her minister.",
                "The Kessin Chamber of Commerce welcomed the tax cut. “It is a start,” the"
                " chamber said.",
            ),
            "Kessin Chamber of Commerce",
        ),
        (
            (
                "The Harlow Chamber of Shipping said port fees would rise. “Owners will pay"
                " more,” the chamber said.",
            ),
            "Harlow Chamber of Shipping",
        ),
        (
            (
                "Tom Vella, a baker, said trade was slow.",
                "“We asked for a rates holiday,” said Lena Ortiz, president of the Orwick Chamber"
                " of Trade.",
            ),
            "Lena Ortiz",
        ),
    ],
)
def test_a_chamber_of_a_field_is_one_body(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `the chief executive was candid: “...”`: a description as the subject of `was` and a
        # mood before a colon speaks, as a name there does (`Oduya was candid:`)
        (
            (
                "“Shops love it,” says Priya Oduya, Ledgerfield's chief executive.",
                "Asked about profits, the chief executive was candid: “Not this year.”",
            ),
            "Priya Oduya",
        ),
        (
            (
                "Mayor Ana Ruiz opened the bridge on Monday.",
                "The mayor was blunt: “It is two years late.”",
            ),
            "Ana Ruiz",
        ),
        (
            (
                "Ferrow Foods cut 200 jobs, the company said.",
                "Asked about bonuses, the company was brief: “They will be paid.”",
            ),
            "Ferrow Foods",
        ),
        # a sentence about the weather names no one: the quote keeps no speaker
        (
            (
                "Mayor Ana Ruiz toured the valley on Monday.",
                "By noon the river was rising: “Get out now.”",
            ),
            None,
        ),
    ],
)
def test_a_description_in_a_mood_before_a_colon_speaks(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker
