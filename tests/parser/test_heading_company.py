"""Heads the document's other heads vouch for (api/parser/heading_company.py): a run's last
line opening as another head does, a lower-case head over a star rating in a roundup, and a
reader's letter signed with initials under it in an advice column."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

TEXT = (
    "Lift the plant out with the root ball whole, tease the outer roots loose with your fingers "
    "and set it at the same depth it grew at before, firming the compost round it."
)
MORE = (
    "Keep it out of direct sun for a fortnight while the roots settle, and do not feed it until "
    "new leaves show, which can take a month in a cool room."
)


ITEMS = ("A pot one size up", "Fresh compost")


def repotting(last: str, items: tuple[str, ...] = ITEMS) -> list[str]:
    """A how-to whose box of items under 'What you need' ends with `last`, over a paragraph."""
    return heads_of(
        MORE, "What you need", *items, last, TEXT, "Water it again after a week", MORE,
        "Tip the pot on its side", TEXT,
    )  # fmt: skip


@pytest.mark.parametrize("last", ["Water the plant the day before", "Tip out the old compost"])
def test_a_run_s_last_line_opening_as_a_head_does_is_a_head(last):
    assert last in repotting(last)


def test_a_question_word_opens_as_a_question_word_head_does():
    heads = heads_of(
        MORE, "The figures", "Sales £1.2bn, down 3%", "Profit £80m, against £91m, down 12%",
        "Stores 210, unchanged", "Why the chain fell behind", TEXT, "What comes next", MORE,
    )  # fmt: skip
    assert heads == ["The figures", "Why the chain fell behind", "What comes next"]


def test_a_run_s_last_line_opening_as_its_items_do_is_an_item():
    heads = repotting("A trowel and gloves", items=("A pot one size up", "A bag of compost"))
    assert "A trowel and gloves" not in heads


def test_a_run_s_last_line_opening_as_no_head_does_is_an_item():
    assert "Gloves for the thorns" not in repotting("Gloves for the thorns")


def test_a_run_s_last_line_over_a_short_line_is_an_item():
    heads = heads_of(
        MORE, "What you need", "A pot one size up", "Fresh compost", "Water the plant first",
        "That is all.", "Water it again after a week", MORE, "Tip the pot on its side", TEXT,
    )  # fmt: skip
    assert "Water the plant first" not in heads


REVIEW = (
    "Recorded in a week in a borrowed house by the sea, it sounds like it: loose, warm and a "
    "little damp, with the best songs left until the end."
)


def roundup(name: str, other: str = "Low Hum – Static Summer") -> list[str]:
    """A roundup of three reviews, each head right over its star rating, the second `name`."""
    return heads_of(
        REVIEW, other, "★★★☆☆", REVIEW, name, "★★★★☆", REVIEW,
        "The Pinewoods – Harbour", "★★☆☆☆", REVIEW,
    )  # fmt: skip


@pytest.mark.parametrize("name", ["bdrm tapes – soft rooms", "mollusc – Night Ferry"])
def test_a_lower_case_head_over_a_rating_in_a_roundup_is_a_head(name):
    assert roundup(name)[1] == name


def test_a_lower_case_line_over_a_rating_needs_a_roundup_around_it():
    heads = heads_of(REVIEW, "bdrm tapes – soft rooms", "★★★★☆", REVIEW)
    assert heads == []


def test_a_lower_case_sentence_over_a_rating_is_no_head():
    heads = roundup("it works. mostly")
    assert "it works. mostly" not in heads


LETTER = (
    "I bought a used car and the gearbox failed after a week. The dealer says the warranty "
    "does not cover it. Must I pay for the repair?"
)
ANSWER = (
    "No. A car bought from a dealer must be of satisfactory quality, and a gearbox that fails "
    "within a week almost certainly means it was not, whatever the warranty says."
)


def column(sign: str, letter: str = LETTER) -> list[str]:
    """An advice column of three letters, the first `letter` signed with `sign` under it."""
    return heads_of(
        MORE, letter, sign, ANSWER, "My train was cancelled and the refund never came", ANSWER,
        "Can a landlord keep my deposit for cleaning?", ANSWER,
    )  # fmt: skip


@pytest.mark.parametrize("sign", ["PL, Derby", "J.K., Newcastle upon Tyne"])
def test_a_reader_s_letter_signed_with_initials_under_it_is_a_head(sign):
    assert column(sign)[0] == LETTER


def test_a_letter_signed_with_a_full_name_is_text():
    assert LETTER not in column("Paul Lane, Derby")


def test_a_letter_without_other_heads_is_text():
    assert heads_of(MORE, LETTER, "PL, Derby", ANSWER) == []


def test_a_letter_too_long_for_a_head_is_text():
    longer = "My brother, who knows about cars, says I should not, so must I"
    letter = LETTER.replace("Must I", longer)
    assert letter not in column("PL, Derby", letter)


ROOM = (
    "The old hayloft is now the main bedroom, reached by an oak stair the owners built from a "
    "fallen tree in the lane, with a window cut into the gable end."
)


def house(
    line: str,
    fields: tuple[str, str] = ("Cost of the work: about £40,000", "Time on site: 9 months"),
) -> list[str]:
    """A home feature of room heads, a box of fields closing its second room, `line` under it."""
    return heads_of(
        ROOM, "The porch", ROOM, "Kitchen and dining", ROOM, *fields, line, ROOM,
        "The garden", ROOM,
    )  # fmt: skip


@pytest.mark.parametrize("line", ["Up the stairs: the attic room", "Last of all: a reading nook"])
def test_a_labelled_phrase_under_a_box_of_figures_is_a_head(line):
    assert line in house(line)


@pytest.mark.parametrize(
    "line", ["Architect: Hale Studio", "Paint: lime, clay and oil", "Budget: about £2,000"]
)
def test_a_field_under_a_box_of_figures_is_a_field(line):
    assert line not in house(line)


def test_a_labelled_phrase_under_fields_without_figures_is_a_field():
    line = "Up the stairs: the attic room"
    assert line not in house(line, ("Builder: Marsh and Sons", "Glazing: Velfac"))


MATCH = (
    "Two goals, one from a free kick that bent round the wall and one from a header at the far "
    "post, and a clearance off the line in the last minute."
)


def report(head: str, name: str = "Ana Lima (Rovers)") -> list[str]:
    """A match report of heads, one `head` over the name line `name` and a paragraph."""
    return heads_of(
        MATCH, "How it turned", MATCH, head, name, MATCH, "What comes next", MATCH,
    )  # fmt: skip


@pytest.mark.parametrize("head", ["Player of the match", "Star turn"])
@pytest.mark.parametrize("name", ["Ana Lima (Rovers)", "Jo Marsh", "Tomás de la Cruz"])
def test_a_head_over_a_name_alone_is_a_head(head, name):
    assert report(head, name) == ["How it turned", head, "What comes next"]


def test_a_name_over_a_name_is_left_as_two_heads():
    heads = report("Ana Lima", "Jo Marsh")
    assert heads == ["How it turned", "Ana Lima", "Jo Marsh", "What comes next"]


def test_a_head_over_a_name_without_other_heads_is_left_as_two_heads():
    assert heads_of(MATCH, "Player of the match", "Jo Marsh", MATCH) == [
        "Player of the match",
        "Jo Marsh",
    ]


def test_a_kicker_over_a_byline_at_the_body_s_top_is_no_head():
    heads = heads_of("Analysis", "Jo Marsh", MATCH, "How it turned", MATCH, "What comes next",
                     MATCH)  # fmt: skip
    assert "Analysis" not in heads


def test_a_name_under_a_section_head_among_name_heads_is_a_head():
    heads = heads_of(MATCH, "The candidates", "Ana Lima", MATCH, "Jo Marsh", MATCH,
                     "What comes next", MATCH)  # fmt: skip
    assert heads == ["The candidates", "Ana Lima", "Jo Marsh", "What comes next"]


def test_a_numbered_step_ending_a_run_is_a_head_beside_numbered_heads():
    heads = heads_of(
        MORE, "What you need", "A pot one size up", "Fresh compost", "1. Water the plant first",
        TEXT, "2. Tip the pot on its side", MORE, "3. Settle it in", TEXT,
    )  # fmt: skip
    assert heads == ["What you need", "1. Water the plant first", "2. Tip the pot on its side",
                     "3. Settle it in"]  # fmt: skip


def test_a_numbered_line_ending_a_numbered_run_is_an_item():
    heads = heads_of(
        MORE, "Try these", "1. A pot one size up", "2. Fresh compost", "3. Water the plant first",
        TEXT, "4. Tip the pot on its side", MORE, "5. Settle it in", TEXT,
    )  # fmt: skip
    assert "3. Water the plant first" not in heads
