"""html61's credit rules as the text exports read them (made-up captions): a lender in capitals
after the caption's stop ('COURTESY X', kept whole), the labels of LABEL in capitals ('PIC: X'),
a picture's word glued to its slash before a name ('Pic/X'), and a credit's closing stop as
punctuation; with near-misses that stay as they are."""

from __future__ import annotations

import pytest

from api.parser.credits import split_credit, without_final_stop


def read(line: str) -> tuple[str, str | None]:
    """The caption and the credit a picture's line gives, as the article builder reads it."""
    caption, credit = split_credit("", line)
    return caption, credit and without_final_stop(credit)


SPLITS = [
    ("Nets drying on the slipway at Carrow. COURTESY CARROW FISHERS' CO-OP",
     "Nets drying on the slipway at Carrow.", "COURTESY CARROW FISHERS' CO-OP"),
    ("The mill before the fire!COURTESY OF THE LANE ARCHIVE",
     "The mill before the fire!", "COURTESY OF THE LANE ARCHIVE"),
    ("Lambing starts on the hill farms. PIC: TADHG ROWE.",
     "Lambing starts on the hill farms.", "TADHG ROWE"),
    ("Lambing starts on the hill farms. Pic/Tadhg Rowe.",
     "Lambing starts on the hill farms.", "Tadhg Rowe"),
    ("A tram at the depot.Image/Velden Transit Ltd.",
     "A tram at the depot.", "Velden Transit Ltd."),
    ("The choir sings in the nave. Pictures/Ines Barros Jr.",
     "The choir sings in the nave.", "Ines Barros Jr."),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), SPLITS)
def test_labels_in_any_case_and_glued_to_the_slash(line, caption, credit):
    assert read(line) == (caption, credit)


STAYS = [
    "Courtesy of the family, the portrait hangs in the hall again",
    "COURTESY calls were paid to the mayor. The visit ended at noon",
    "Results of the Photo/video competition are out.",
    "A boat at the AP/Reuters pool stand",  # no picture's word before the slash
    "Open 24/7. Pic of the day",
]


@pytest.mark.parametrize("line", STAYS)
def test_credit_words_that_label_nothing_stay_in_the_caption(line):
    assert read(line) == (line, None)
