"""Credits of fresh23's shapes (issue 15, made-up captions): a label glued after an ellipsis,
and a name glued on before its agency in brackets, credited whole."""

from __future__ import annotations

import pytest

from api.parser.credits import split_credit

AFTER_ELLIPSIS = [
    ("The crowd waits for the last bus home…Picture: Ola Brennick-Sato",
     "The crowd waits for the last bus home…", "Ola Brennick-Sato"),
    ("Farmers count the cost after the frost…Photo: Imke Vandersloot/ANP",
     "Farmers count the cost after the frost…", "Imke Vandersloot/ANP"),
    ("And then the lights went out…Photograph: Ruairi Dolan-Mbeki",
     "And then the lights went out…", "Ruairi Dolan-Mbeki"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), AFTER_ELLIPSIS)
def test_a_label_glued_after_an_ellipsis_splits(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


NAME_THEN_AGENCY = [
    ("Snow covers the vineyards above Lyon in March.Perrine Gaudet-Asante (AFP)",
     "Snow covers the vineyards above Lyon in March.", "Perrine Gaudet-Asante (AFP)"),
    ("Voters queue outside a school in Dayton.Malcolm Orji-Fenn (Reuters)",
     "Voters queue outside a school in Dayton.", "Malcolm Orji-Fenn (Reuters)"),
    ("The new bridge opens to cyclists.Sigrun Haldane (EPA)",
     "The new bridge opens to cyclists.", "Sigrun Haldane (EPA)"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), NAME_THEN_AGENCY)
def test_a_glued_name_goes_with_its_bracketed_agency(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


AGENCY_ALONE = [
    ("Fans wait outside the stadium in Turin (AFP)", "Fans wait outside the stadium in Turin",
     "AFP"),
    ("Flood water in the streets of Hull (Reuters)", "Flood water in the streets of Hull",
     "Reuters"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), AGENCY_ALONE)
def test_a_bracketed_agency_without_a_glued_name_stays_alone(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


def test_an_ellipsis_inside_a_caption_without_a_label_keeps_it_whole():
    line = "Wait for it…the moment the kite lifts off the beach"
    assert split_credit("", line) == (line, None)
