"""`the X-elect` is the first known person the article has win; the winners are read once per
article (in text order), whether each is known asked per quote. Each case is made up."""

from __future__ import annotations

from tests.quotes.helpers import speakers as _speakers


def test_the_first_winner_in_the_text_is_the_one():
    paragraphs = (
        "Priya Nandakumar beat two rivals for the council seat on Thursday.",
        "In the school board vote, Joel Ambrose won by a street.",
        "“The work starts now,” the councillor-elect said.",
    )
    assert _speakers(*paragraphs)[-1] == "Priya Nandakumar"


def test_every_quote_of_the_x_elect_goes_to_the_winner():
    paragraphs = (
        "Osagie Bello-Hart was re-elected president of the rowing club.",
        "“Thank you all,” the president-elect said.",
        "Members asked about the boathouse roof.",
        "“It will be fixed by spring,” the president-elect said.",
    )
    assert _speakers(*paragraphs)[-2:] == ["Osagie Bello-Hart", "Osagie Bello-Hart"]


def test_a_name_before_no_winning_verb_is_no_winner():
    paragraphs = (
        "Marta Lindqvist lost the runoff by 200 votes.",
        "“We will regroup,” the mayor-elect said.",
    )
    assert _speakers(*paragraphs)[-1] is None
