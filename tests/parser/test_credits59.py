"""Two classes of glued credit fresh35 showed the parser missing (heads59), each with made-up
caption lines, written with the split a reader makes before the parser ran on them, and the
near-misses each rule must leave alone:
- what is glued after a dotted code ('U.S.', 'U.K.', 'D.C.') closing a caption is its credit when
  it is a known agency, a lone acronym ending the line, or a press body's name; a word the code
  goes on into ('U.S.Army', 'U.K.NHS trust') stays caption text;
- a compound 'Photo by X. Courtesy of Y.' credit glued after an abbreviation ('Jr.') is split
  whole, at its by-line, and keeps its closing stop (two sentences: credits.without_final_stop).
"""

from __future__ import annotations

import pytest

from api.parser.credits import split_credit, without_final_stop
from api.parser.glue import credits_after_dotted_code, is_glued_acronym

ALT = "A picture"

# Each case: (the caption line as the export glues it, the caption, the credit or None).

# After a dotted code: a known agency, a lone acronym ending the line, a press body.
DOTTED_CODE = [
    ("Cargo ships wait off the coast after the embargo lifted by the U.S.KCNA",
     "Cargo ships wait off the coast after the embargo lifted by the U.S.", "KCNA"),
    ("A folk troupe rehearses before a tour of the U.K.TASS",
     "A folk troupe rehearses before a tour of the U.K.", "TASS"),
    ("Delegates arrive for the summit in Washington, D.C.BERNAMA",
     "Delegates arrive for the summit in Washington, D.C.", "BERNAMA"),
    ("Flood barriers near a plant built with help from the U.S.SPA",
     "Flood barriers near a plant built with help from the U.S.", "SPA"),
    ("A trade fair stand for exporters to the U.S.Reuters",
     "A trade fair stand for exporters to the U.S.", "Reuters"),
    ("Senators leave the chamber after a vote on aid to the U.K.Capitol Press Pool",
     "Senators leave the chamber after a vote on aid to the U.K.", "Capitol Press Pool"),
    ("A replica of a carved lintel shown across the U.S.Marlow Photo Agency",
     "A replica of a carved lintel shown across the U.S.", "Marlow Photo Agency"),
]  # fmt: skip

# Near-misses: the code goes on into a word of the caption, an acronym with words after it, a
# single capital, or a lone capitalised word no list knows.
DOTTED_CODE_TRAPS = [
    "Recruits at a parade in the U.S.Army",
    "Nurses at the U.K.NHS trust in Leeds",
    "A rally for independence in the U.S.A",
    "A game in the U.S.NBA finals at home",
    "A base of the U.S.Navy Yard in spring",
    "A ceremony at the U.S.Senate",
]


@pytest.mark.parametrize(("line", "caption", "credit"), DOTTED_CODE)
def test_a_credit_glued_after_a_dotted_code_is_split(line, caption, credit):
    assert split_credit(ALT, line) == (caption, credit)


@pytest.mark.parametrize("line", DOTTED_CODE_TRAPS)
def test_a_word_the_dotted_code_goes_on_into_stays_caption(line):
    assert split_credit(ALT, line) == (line, None)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("MENA", True),
        ("KCNA", True),
        ("Harbour Press Pool", True),
        ("NHS trust", False),
        ("A", False),
        ("NASAWATCH", False),
        ("Army", False),
        ("Navy Yard", False),
    ],
)
def test_credits_after_dotted_code(tail, expected):
    assert credits_after_dotted_code(tail) is expected


@pytest.mark.parametrize(
    ("tail", "expected"),
    [("MENA", True), ("AP", True), ("BERNAM", True), ("NASAWATCH", False), ("Mena", False),
     ("MENA file", False), ("M", False)],
)  # fmt: skip
def test_is_glued_acronym(tail, expected):
    assert is_glued_acronym(tail) is expected


# A by-line sentence, then a courtesy sentence, glued onto a caption after an abbreviation: the
# credit starts at the by-line, both sentences whole, the closing stop kept.
COMPOUND = [
    ("Dancers at the yard with the selector Rupert Vance Jr.Photo by Lena Akande. Courtesy of "
     "Harbour Heritage Trust.",
     "Dancers at the yard with the selector Rupert Vance Jr.",
     "Photo by Lena Akande. Courtesy of Harbour Heritage Trust."),
    ("A quilt shown at the county fair in Tempe, Ariz.Photograph by Rob Tate. Courtesy of the "
     "Tate family",
     "A quilt shown at the county fair in Tempe, Ariz.",
     "Photograph by Rob Tate. Courtesy of the Tate family"),
    ("The pier before the storm of 1962.Picture by Ola Reyes. Courtesy of Marsh Museum.",
     "The pier before the storm of 1962.",
     "Picture by Ola Reyes. Courtesy of Marsh Museum."),
    ("Founders of the firm, Dale Brandt Sr. and Acme Holdings Inc.Image by Tomas Ek. Courtesy "
     "of Acme Holdings.",
     "Founders of the firm, Dale Brandt Sr. and Acme Holdings Inc.",
     "Image by Tomas Ek. Courtesy of Acme Holdings."),
]  # fmt: skip

# Near-misses: no by-line label before the courtesy ('painted by'), a by-line going on as a
# sentence of the caption, a capitalised word after 'Jr.' that is no by-line.
COMPOUND_TRAPS = [
    ("A portrait painted by Ann Lee. Courtesy of Acme Museum.",
     "A portrait painted by Ann Lee.", "Courtesy of Acme Museum."),
    ("A boat at dawn. Photo by Ann Lee shows the dam. Courtesy of Acme",
     "A boat at dawn. Photo by Ann Lee shows the dam.", "Courtesy of Acme"),
    ("Lee at a dinner with Sam Hart Jr.Park rangers joined later. Courtesy of Acme",
     "Lee at a dinner with Sam Hart Jr.Park rangers joined later.", "Courtesy of Acme"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), COMPOUND + COMPOUND_TRAPS)
def test_a_by_line_before_a_courtesy_line_goes_with_it(line, caption, credit):
    assert split_credit(ALT, line) == (caption, credit)


@pytest.mark.parametrize(("line", "caption", "credit"), COMPOUND)
def test_a_compound_credit_keeps_its_closing_stop(line, caption, credit):
    found = split_credit(ALT, line)[1]
    assert found is not None
    assert without_final_stop(found) == credit
