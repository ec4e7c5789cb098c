"""Credits of fresh32's shapes (issue 15, made-up captions): a by-line whose holder opens on an
initial, a national wire agency's bare acronym glued on, and a 'via' by-line after a sentence."""

from __future__ import annotations

import pytest

from api.parser.credits import split_credit

INITIAL_HOLDER = [
    ("A storm front rolls over the bay.Photo by Q. Marchetti-Obi",
     "A storm front rolls over the bay.", "Photo by Q. Marchetti-Obi"),
    ("The new footbridge at dusk.Photo by T. Brandt-Owusu/The Harbour Desk",
     "The new footbridge at dusk.", "Photo by T. Brandt-Owusu/The Harbour Desk"),
    ("Mourners gather outside the chapel.Photograph by Lena V. Okafor",
     "Mourners gather outside the chapel.", "Photograph by Lena V. Okafor"),
    ("Ferries queue at the quay. Picture by M. K. Ferreira-Lund",
     "Ferries queue at the quay.", "Picture by M. K. Ferreira-Lund"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), INITIAL_HOLDER)
def test_a_by_line_whose_holder_holds_an_initial_splits_whole(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


def test_a_lone_initial_before_a_by_line_of_its_own_still_ends_a_sentence():
    line = "A quiet lane in the old town.Photo by Studio B. Styling by Ann Pelletier"
    assert split_credit("", line) == (
        "A quiet lane in the old town.",
        "Photo by Studio B. Styling by Ann Pelletier",
    )


NATIONAL_AGENCY = [
    ("Supporters wave flags outside the assembly on FridayPTI",
     "Supporters wave flags outside the assembly on Friday", "PTI"),
    ("Traders watch the screens in Chittagong on MondayBSS",
     "Traders watch the screens in Chittagong on Monday", "BSS"),
    ("Rescuers search the rubble of a collapsed market in Medan.Antara",
     "Rescuers search the rubble of a collapsed market in Medan.", "Antara"),
    ("Fans queue outside the stadium in Pune on SaturdayANI",
     "Fans queue outside the stadium in Pune on Saturday", "ANI"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), NATIONAL_AGENCY)
def test_a_national_agency_glued_on_is_the_credit(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


NOT_A_CREDIT = [
    # an acronym that closes the caption, set off by a space, is the caption's
    "A crowd waits for the doors to open at a clinic run by the NHS",
    "Sales of the headset rose fastest in the US",
    "Delegates leave the hall after the vote on the PTI",
    # 'via' on a lower-case word says how the picture was taken, no holder
    "A view of the harbour.Photo via drone shows the wreck",
    # a by-line that names no holder after the initial
    "Walkers cross the moor in fog.Photo by J. and the rest of the team were there",
]


@pytest.mark.parametrize("line", NOT_A_CREDIT)
def test_no_credit_is_split_off_without_one(line):
    assert split_credit("", line) == (line, None)


VIA_LINE = [
    ("Envoys hear of the relief effort in Quetta on Thursday.Pool photo via Marlow Press",
     "Envoys hear of the relief effort in Quetta on Thursday.",
     "Pool photo via Marlow Press"),
    ("Protesters fill the square before noon.Photo via Dana Whitlock/Instagram",
     "Protesters fill the square before noon.", "Photo via Dana Whitlock/Instagram"),
    ("Engineers check the turbine blades. Image via Harlow Energy",
     "Engineers check the turbine blades.", "Image via Harlow Energy"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), VIA_LINE)
def test_a_via_by_line_after_a_sentence_splits_whole(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


DISTRIBUTOR_VIA = [
    # inside a credit, 'via' names the distributor: the label word before it is the holder's
    ("Riders climb the pass in the rain.Tomas Ferrante-Lee/PA Images via Getty Images",
     "Riders climb the pass in the rain.", "Tomas Ferrante-Lee/PA Images via Getty Images"),
    ("Night falls over the fair (seen from the hill)Ines Kowalczyk-Abe/NurPhoto via Getty Images",
     "Night falls over the fair (seen from the hill)",
     "Ines Kowalczyk-Abe/NurPhoto via Getty Images"),
    ("The keeper dives at full stretch on Sunday.Rhys Adeyemi-Cole/Action Images via Reuters",
     "The keeper dives at full stretch on Sunday.", "Rhys Adeyemi-Cole/Action Images via Reuters"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), DISTRIBUTOR_VIA)
def test_a_label_word_inside_a_via_credit_opens_no_by_line(line, caption, credit):
    assert split_credit("", line) == (caption, credit)
