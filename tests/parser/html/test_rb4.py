"""Read-back rb4 of issue 15: html71's agency acronym closing a caption ('(KNA)') against the
notes a caption sets in capitals. A note is a word of the picture's kind, medium, view or time,
or its plural ('(PHOTOS)', '(AUDIO)', '(MAP)', '(THEN)', '(FILES)'), never its holder; an
agency's acronym stays the credit. Made-up captions."""

from __future__ import annotations

import pytest

from api.parser.html.images import caption_note
from tests.parser.html.pages import figure_page, image_pairs

PICTURE = '<img src="https://example.com/pics/pier-0917.jpg" alt="The pier">'


def pairs(caption: str) -> list[tuple[str, str | None]]:
    return image_pairs(figure_page(PICTURE, caption))


@pytest.mark.parametrize(
    "caption",
    [
        "The pier before the storm. (PHOTOS)",
        "Fishermen mend nets on the quay. (AUDIO)",
        "The route of the new tram line. (MAP)",
        "The high street in 1962. (THEN)",
        "The same street this spring. (NOW)",
        "Flooded fields near the river. (AERIAL)",
        "The mayor at the opening in 2019. (FILES)",
        "The bridge under repair. (IMAGES)",
        "Bathers on the beach in July. (BEFORE)",
    ],
)
def test_a_note_in_capitals_closing_a_caption_stays_in_it(caption):
    assert pairs(caption) == [(caption, None)]


@pytest.mark.parametrize(
    ("caption", "split"),
    [
        ("Seedlings in pots at the nursery. (KNA)", ("Seedlings in pots at the nursery.", "KNA")),
        ("Ministers meet in the capital. (SPA)", ("Ministers meet in the capital.", "SPA")),
        ("Crowds at the rally in Lagos. (NAN)", ("Crowds at the rally in Lagos.", "NAN")),
        ("Police at the scene on Friday. (PA)", ("Police at the scene on Friday.", "PA")),
    ],
)
def test_an_agencys_acronym_is_still_the_credit(caption, split):
    assert pairs(caption) == [split]


@pytest.mark.parametrize(
    ("inner", "note"),
    [
        ("PHOTO", True),
        ("PHOTOS", True),
        ("LEFT", True),
        ("FILES", True),
        ("IANS", False),  # an agency whose acronym ends in S: 'IAN' no note
        ("AFP", False),
        ("KNA", False),
    ],
)
def test_caption_note_takes_a_notes_plural_too(inner, note):
    assert caption_note(inner) is note
