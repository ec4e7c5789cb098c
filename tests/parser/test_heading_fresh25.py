"""fresh25's shapes (issue 15, made-up texts): a freelancer's by-line credit with a shoot role's
credit after it, a family's handout credit glued after a caption's closing year, and a quoted
head of a statement and its question."""

from __future__ import annotations

import pytest

from api.parser.credits import split_credit
from tests.parser.exports import heads_of

BY_FOR_OUTLET_THEN_ROLE = [
    ("A tray of plum galettes, cooling on the rack.Photo by Orla Fennimore-Quist for The "
     "Weekend Kitchen; food styling by Tamsin Oduya",
     "A tray of plum galettes, cooling on the rack.",
     "Photo by Orla Fennimore-Quist for The Weekend Kitchen; food styling by Tamsin Oduya"),
    ("Miso-glazed aubergine with sesame.Photograph by Benedikt Aranda for Harvest Monthly; "
     "prop styling by Lulu Achterberg",
     "Miso-glazed aubergine with sesame.",
     "Photograph by Benedikt Aranda for Harvest Monthly; prop styling by Lulu Achterberg"),
    ("The finished wedding cake, four tiers high.Photo by Kemi Adeyinka-Roth for The Sunday "
     "Ledger; styling by Ines Vautrin",
     "The finished wedding cake, four tiers high.",
     "Photo by Kemi Adeyinka-Roth for The Sunday Ledger; styling by Ines Vautrin"),
    ("Lemon curd tarts on a marble counter.Photo by Dara Whitcombe. Food styling by Noor "
     "Hallberg",
     "Lemon curd tarts on a marble counter.",
     "Photo by Dara Whitcombe. Food styling by Noor Hallberg"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), BY_FOR_OUTLET_THEN_ROLE)
def test_a_by_line_credit_with_a_shoot_role_after_it_splits_whole(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


def test_a_role_by_a_name_in_running_text_is_no_credit():
    line = "A shop window.Photo by Ama Soto; the window was dressed by her neighbours"
    assert split_credit("", line) == (line, None)


FAMILY_HANDOUT_AFTER_YEAR = [
    ("Rosalind Achebe-Murray on the deck of her father's trawler in 1961Achebe-Murray "
     "family/Handout via REUTERS",
     "Rosalind Achebe-Murray on the deck of her father's trawler in 1961",
     "Achebe-Murray family/Handout via REUTERS"),
    ("The young conductor at his first concert in Vienna, 1958Brandt family/Handout via AFP",
     "The young conductor at his first concert in Vienna, 1958",
     "Brandt family/Handout via AFP"),
    ("Pilot Lionel Okonkwo beside his biplane, around 1947Okonkwo family/Handout",
     "Pilot Lionel Okonkwo beside his biplane, around 1947", "Okonkwo family/Handout"),
    ("The twins on their first day at school, September 1989Ferreira-Lund family via AP",
     "The twins on their first day at school, September 1989", "Ferreira-Lund family via AP"),
    ("Sergeant Ada Kimura in uniform, 1944Handout/Kimura family",
     "Sergeant Ada Kimura in uniform, 1944", "Handout/Kimura family"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), FAMILY_HANDOUT_AFTER_YEAR)
def test_a_family_handout_credit_glued_after_a_year_splits(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "The harbour wall before the storm of 1953The Marsh family lost their boat",
        "Celebrating the cup win of 1966Hartley family members gather in the square",
        "The Pemberton family at their farm in 1972",
        "Guests arrive at the wedding in 1971Marsh family members and friends via the lane",
    ],
)
def test_a_year_then_a_sentence_or_a_family_in_the_caption_stays_whole(line):
    assert split_credit("", line) == (line, None)


BODY = [
    "The scheme opens to applications next month, and the council says it expects several "
    "thousand households to qualify in the first year alone, most of them in the older streets.",
    "Officials say the rules were written to be simple, though the small print runs to eleven "
    "pages and the helpline has already taken more calls than it was staffed to answer.",
    "A review is promised after eighteen months, when the first full figures are in and the "
    "council can see who has used the scheme and who has fallen through the gaps in it.",
    "Campaigners welcomed the change but warned that the deadline leaves little time for those "
    "who do not read the council's letters or who moved house over the summer months.",
]

# An explainer's heads, one of them a quoted statement and its question, in three subjects.
EXPLAINERS = [
    ["What the grant covers", "How to apply", '"I rent my flat. Can I still claim?"',
     "When the money arrives"],
    ["Why the line is closing", "‘I commute every day. What are my options?’",
     "How long the works will last", "What the operator says"],
    ["Who runs the new service", '"My surgery has closed. Where do I go now?"',
     "How appointments work", "What it costs"],
]  # fmt: skip


@pytest.mark.parametrize("heads", EXPLAINERS)
def test_a_quoted_statement_and_its_question_heads_an_explainer_section(heads):
    blocks = [BODY[0]]
    for head, text in zip(heads, BODY, strict=False):
        blocks += [head, text]
    assert heads_of(*blocks) == heads


def test_a_quoted_statement_and_question_in_running_text_stays_text():
    blocks = [BODY[0], BODY[1], '"We were told nothing. Who decides these things?"', BODY[2]]
    assert heads_of(*blocks, BODY[3]) == []


def test_a_quoted_answer_after_a_question_stays_text_among_heads():
    heads = EXPLAINERS[0]
    blocks = [BODY[0], heads[0], BODY[1], heads[1], BODY[2]]
    blocks += ['"Did they ask us? No. Not once."', BODY[3], heads[3], BODY[0]]
    assert heads_of(*blocks) == [heads[0], heads[1], heads[3]]
