"""Lone questions answered by a reply, among heads of another form (heads68): a one-line
question after a paragraph, answered by a line opening as a reply, is running text; a FAQ's
heads, a '?' head after a picture, the page's closing question and a question for the reader
stay heads."""

from __future__ import annotations

import pytest

from api.parser.article import clean, headline_and_rest
from api.parser.heading_lone_questions import opens_as_reply, questions_in_passing
from api.parser.layout import Line, lay_out

MILL = (
    "The mill on the Orva stood empty for most of the last century, its wheel rusted to the "
    "axle and its roof open to the sky, until a cooperative of six families bought it for one "
    "euro from the council and began, slowly and mostly at weekends, to put it back together."
)
MILL_2 = (
    "The stones came from a quarry in the hills that closed in 1911, and nobody now alive knows "
    "how to dress them, so the families learnt from a manual printed in 1890 and from a retired "
    "mason in the next valley who had watched his grandfather do it as a boy."
)
MILL_3 = (
    "Flour from the mill now goes to four bakeries in the valley and to a shop in the town "
    "square, which sells it in paper bags stamped by hand, at twice the price of the flour in "
    "the supermarket across the road, and which still sells out most weeks by Thursday."
)
MILL_4 = (
    "The cooperative's accounts are pinned to the door of the mill every January, and they "
    "show a small profit in two years out of five, which the families say is better than most "
    "farms in the valley manage, though none of them would call it a living on its own."
)
PICTURE = (
    "@@ A stone mill beside a river in autumn\nThe Orva mill from the bridge.Lio Brandt/Handout"
)


def in_passing(heads: tuple[str, ...], *blocks: str) -> list[str]:
    """The lines of `heads` that questions_in_passing reads as text, on an export of the given
    blocks whose heads are `heads` (as the stages before it found them)."""
    _, rest = headline_and_rest(clean("Headline\n\n" + "\n\n".join(blocks) + "\n").split("\n"))
    items = list(lay_out(rest).body)
    flags = [isinstance(item, Line) and item.text in heads for item in items]
    return [items[k].text for k in questions_in_passing(items, flags)]


WHEEL = "The wheel was never going to turn again."
ROOF = "The roof took six years. Nobody minded."
PLEASED = "Not everyone is pleased."
PUNCHY = "The wheel does not care. It turns."


def feature(question: str, reply: str, after: str = PUNCHY) -> tuple[str, ...]:
    """A feature whose heads are statements, with `question` and `reply` after a paragraph."""
    return (MILL, WHEEL, MILL_2, question, reply, after, ROOF, MILL_3, PLEASED, MILL_4)


# --- questions answered by a reply among heads of another form: text --------------------------


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Does anyone still buy the flour?", "Plenty of people do. The bakeries take the rest."),
        ("Could the town have saved it?", "Probably not, said the mayor, Ines Vardo-Kell."),
        ("Do the millers know the trade?", "They know the stones better than anyone, she said."),
        ("Could the river run dry?", "The water board, which measures it weekly, says no."),
        ("Does it belong in a museum?", "It is the best thing in the valley."),
        ("Why not sell the stones?", "Because nobody would buy them, the families say."),
        ("Is any of it new?", "Not to anyone who has lived here. What is new is the queue."),
        ("Is it worth the toll?", "Most drivers think so. The queue at the ramp has gone."),
    ],
)
def test_a_question_answered_by_a_reply_among_statement_heads_is_text(
    question: str, reply: str
) -> None:
    heads = (WHEEL, question, ROOF, PLEASED)
    assert in_passing(heads, *feature(question, reply)) == [question]


def test_a_question_answered_by_a_reply_before_a_picture_is_text() -> None:
    question = "Do the goats really know the way?"
    blocks = feature(question, "They know every stone on it, the herder said.", PICTURE)
    assert in_passing((WHEEL, question, ROOF, PLEASED), *blocks) == [question]


def test_a_question_among_step_heads_answered_by_a_reply_is_text() -> None:
    steps = ("Step 1: Book the tour", "Step 2: Bring cash", "Step 3: Take the bus back")
    question = "Is the cafe worth a stop?"
    blocks = (
        MILL, steps[0], MILL_2, question, "Rarely, unless it is raining. The scones are dry.",
        steps[1], MILL_3, steps[2], MILL_4,
    )  # fmt: skip
    assert in_passing((steps[0], question, *steps[1:]), *blocks) == [question]


def test_a_question_in_passing_after_a_question_head_leaves_it_its_section() -> None:
    # both lean back; read from the last, the head answered in one line keeps its section
    head, question = "Is it a museum for those who come?", "Are those visitors wrong?"
    blocks = (
        MILL, WHEEL, MILL_2, ROOF, MILL_3, head, "Not in the way the castle is. It grinds.",
        question, "Not entirely, though on some days it does feel like one.", PLEASED, MILL_4,
    )  # fmt: skip
    assert in_passing((WHEEL, ROOF, head, question, PLEASED), *blocks) == [question]


# --- a question carrying the text on ('And ...?', 'But ...?', 'So ...?'): text -----------------


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("And what of the old stones?", "They stay in the yard, for now, under a tarpaulin."),
        ("But is anyone listening?", "The council says it is, and has sent a surveyor."),
        ("So who pays for the roof?", "The county, mostly, and a bakery in the town."),
    ],
)
def test_a_question_carrying_the_text_on_is_text(question: str, reply: str) -> None:
    assert in_passing((WHEEL, question, ROOF, PLEASED), *feature(question, reply)) == [question]


def test_a_question_carrying_the_text_on_after_a_picture_stays() -> None:
    question = "And what of the old stones?"
    blocks = (
        MILL, WHEEL, MILL_2, ROOF, MILL_3, PICTURE, question, "They stay in the yard.", PLEASED,
        MILL_4,
    )  # fmt: skip
    assert in_passing((WHEEL, ROOF, question, PLEASED), *blocks) == []


def test_a_question_opening_on_a_name_like_a_conjunction_stays() -> None:
    question = "Andorra next for the families?"
    blocks = feature(question, "The families have looked at a mill there, for a second site.")
    assert in_passing((WHEEL, question, ROOF, PLEASED), *blocks) == []


# --- a 'why' answered 'Because ...': a reply shorter than the usual section is text --------------

BECAUSE = (
    "Because the leat silts up every summer, the families say, and clearing it by hand takes "
    "a week that none of them can spare before the harvest is in."
)
NOT_BECAUSE = (
    "The leat silts up every summer, the families say, and clearing it by hand takes a week "
    "that none of them can spare before the harvest is in."
)


def test_a_why_answered_because_over_two_lines_is_text() -> None:
    question = "Why not grind every day?"
    blocks = feature(question, BECAUSE)
    assert in_passing((WHEEL, question, ROOF, PLEASED), *blocks) == [question]


def test_a_why_answered_because_before_a_picture_is_text() -> None:
    question = "Why not just sell the stones?"
    blocks = feature(question, BECAUSE + " They weigh a tonne each.", PICTURE)
    assert in_passing((WHEEL, question, ROOF, PLEASED), *blocks) == [question]


def test_a_why_answered_because_among_step_heads_is_text() -> None:
    steps = ("Step 1: Book the tour", "Step 2: Bring cash", "Step 3: Take the bus back")
    question = "Why not pay by card?"
    blocks = (
        MILL, steps[0], MILL_2, question, BECAUSE.replace("leat silts up", "card reader fails"),
        PUNCHY, steps[1], MILL_3, steps[2], MILL_4,
    )  # fmt: skip
    assert in_passing((steps[0], question, *steps[1:]), *blocks) == [question]


def test_a_why_answered_by_no_because_over_two_lines_stays() -> None:
    question = "Why not grind every day?"
    blocks = feature(question, NOT_BECAUSE)
    assert in_passing((WHEEL, question, ROOF, PLEASED), *blocks) == []


def test_a_why_answered_because_over_a_section_as_long_as_its_siblings_stays() -> None:
    question = "Why not grind every day?"
    blocks = feature(question, BECAUSE, MILL_4)
    assert in_passing((WHEEL, question, ROOF, PLEASED), *blocks) == []


def test_a_faq_of_whys_answered_because_keeps_its_heads() -> None:
    heads = ("Why did the mill close?", "Why reopen it now?", "Why not sell the stones?")
    blocks = (MILL, heads[0], BECAUSE, heads[1], BECAUSE, PUNCHY, heads[2], BECAUSE, MILL_3)
    assert in_passing(heads, *blocks) == []


# --- near misses: real question heads stay ------------------------------------------------------


def test_a_faq_answered_by_replies_keeps_its_heads() -> None:
    heads = ("Who owns the mill?", "Can I visit?", "Does it still grind?", "Is the flour sold?")
    blocks = (
        MILL, heads[0], "Six families. They bought it for one euro.", heads[1],
        "Yes, on Saturdays. Entry is free.", heads[2], MILL_2, heads[3],
        "Not at the mill. The shop in the square sells it.", MILL_3,
    )  # fmt: skip
    assert in_passing(heads, *blocks) == []


def test_questions_in_a_row_keep_each_other_company() -> None:
    head, question = "Is it a museum at all?", "Are the visitors wrong?"
    blocks = (
        MILL, WHEEL, MILL_2, ROOF, MILL_3, PICTURE, head,
        "Not in the way the castle is. It grinds.", question,
        "Not entirely, though on some days it does feel like one.", PLEASED, MILL_4,
    )  # fmt: skip
    assert in_passing((WHEEL, ROOF, head, question, PLEASED), *blocks) == []


def test_a_question_asking_for_a_topic_answered_by_a_reply_stays() -> None:
    question = "Who pays for the roof?"
    blocks = feature(question, "Probably the county, which has offered half the cost.")
    assert in_passing((WHEEL, question, ROOF, PLEASED), *blocks) == []


def test_a_question_head_after_a_picture_answered_by_a_reply_stays() -> None:
    question = "Is it worth the drive?"
    blocks = (
        MILL, WHEEL, MILL_2, ROOF, MILL_3, PICTURE, question, "Not really. Go in autumn.",
        PLEASED, MILL_4,
    )  # fmt: skip
    assert in_passing((WHEEL, ROOF, question, PLEASED), *blocks) == []


def test_the_closing_question_head_answered_by_a_verdict_stays() -> None:
    question = "So, was it worth it?"
    blocks = (
        MILL, WHEEL, MILL_2, ROOF, MILL_3, PLEASED, MILL_4, question,
        "For the families, yes. For the council, the answer will take longer.",
    )  # fmt: skip
    assert in_passing((WHEEL, ROOF, PLEASED, question), *blocks) == []


def test_a_question_for_the_reader_answered_by_a_reply_stays() -> None:
    question = "Should you book a tour?"
    blocks = feature(question, "In summer, yes. The Saturday tours fill a week ahead.")
    assert in_passing((WHEEL, question, ROOF, PLEASED), *blocks) == []


def test_a_question_answered_by_no_reply_stays() -> None:
    question = "Is a museum the only answer?"
    blocks = feature(question, "The families have looked at others, such as a bakery.")
    assert in_passing((WHEEL, question, ROOF, PLEASED), *blocks) == []


def test_a_question_over_a_section_as_long_as_its_siblings_stays() -> None:
    question = "Does anyone still buy the flour?"
    blocks = feature(question, "Plenty of people do. " + MILL_4)
    assert in_passing((WHEEL, question, ROOF, PLEASED), *blocks) == []


@pytest.mark.parametrize(
    ("question", "reply", "replied"),
    [
        ("Are they wrong?", "Not entirely. This is a mill for grown-ups.", True),
        ("Why not build a dam?", "Because the valley is too narrow, engineers say.", True),
        ("What is a fair price?", "Nobody has said. The board meets in May.", True),
        (
            "Could it flood again?",
            "The water board, which measures the river every week, says no.",
            True,
        ),
        ("Does it belong in a museum?", "It is the best thing in the valley.", True),
        ("Do the goats know the path?", "They know every stone, she said.", True),
        ("Is it worth the toll?", "Most drivers think so.", True),
        ("Why now?", "It needs the money. The budget is short.", False),
        ("Lost your ticket?", "Go to the office with the receipt.", False),
        ("Is a dam the only answer?", "The board has studied others, including a canal.", False),
        ("Does it grind?", "The mill was built in 1790 by a monk.", False),
    ],
)
def test_opens_as_reply(question: str, reply: str, replied: bool) -> None:
    assert opens_as_reply(question, reply) is replied
