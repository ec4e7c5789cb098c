"""heads93: a lone question pointing back with 'that' inside a section ('Is that hard to
prove?') is text when its reply is a spoken one: a pronoun and an auxiliary with the
question's verb elided ('It can be.', 'They will, for now.') or one of an either-or question's
options in its own words ('Weekly or monthly?' / 'Monthly.') (heading_answers.elided_reply,
chosen_reply, read by followed_up). Made-up exports, with near misses that change one thing:
a FAQ's own question heads, a reply that states, a question without options."""

from __future__ import annotations

import pytest

from api.parser.heading_answers import chosen_reply, elided_reply, followed_up
from api.parser.layout import Line
from tests.parser.exports import heads_of

P1 = (
    "The scheme opened to applications in the spring, and the first payments went out in "
    "June to about four thousand households across the three districts it covers."
)
P2 = (
    "To qualify, you must show that you lived in the district for at least two of the last "
    "five years, with a tenancy agreement, a council letter or a bank statement."
)
P3 = (
    "Applications close at the end of March, and the office says it will answer every one "
    "within six weeks, though it warns that the busiest weeks may take longer than that."
)


def line(text: str) -> Line:
    return Line(text, alone=True)


# --- elided_reply: a pronoun and an auxiliary, the question's verb left out -------------------


@pytest.mark.parametrize(
    ("reply", "found"),
    [
        ("It can be. The office checks one claim in five.", True),
        ("They will, for now. The rules change in May.", True),
        ("It might have. Nobody kept the records.", True),
        ("She has done. Twice, in fact.", True),
        ("It can be paid online or at the desk.", False),  # a statement: the verb is said
        ("They will need a permit from the council.", False),
        ("The office can help. Ring before noon.", False),  # no pronoun
        ("Can be. Ask first.", False),
    ],
)
def test_an_elided_reply_is_a_spoken_answer(reply: str, found: bool) -> None:
    assert elided_reply(reply) is found


# --- chosen_reply: one of an either-or question's options ------------------------------------


@pytest.mark.parametrize(
    ("question", "reply", "found"),
    [
        ("Is that weekly or monthly?", "Monthly. The first payment is in June.", True),
        ("Is that per household or per person?", "Per household. Children count too.", True),
        ("By bus or by train?", "By train, mostly.", True),
        ("Is that weekly?", "Monthly. The first payment is in June.", False),  # no options
        ("Is that weekly or monthly?", "Neither, the office says.", False),  # no option picked
        ("Is that a loan or a grant?", "The office lends it at no interest. " + P1, False),
        # the question's words but none of its options (rb3)
        ("Do they pay weekly or monthly?", "They pay. The amount is not set yet.", False),
        ("Is it weekly or monthly?", "It. Nobody knows.", False),
        ("Is that a loan or a grant?", "A grant, in the end.", True),
    ],
)
def test_a_chosen_reply_picks_an_option(question: str, reply: str, found: bool) -> None:
    assert chosen_reply(question, reply) is found


@pytest.mark.parametrize(
    ("question", "reply", "found"),
    [
        ("Is that hard to prove?", "It can be. The office asks for two documents.", True),
        ("Is that per person or per family?", "Per person. Babies count too.", True),
        ("Was that the end of it?", "It was not. The board met again.", True),
        ("Is that hard to prove?", "It can be checked online in a minute.", False),
        ("Is the form hard to fill in?", "It can be. The office asks for two documents.", False),
    ],
)
def test_a_that_question_answered_by_a_spoken_reply_is_followed_up(
    question: str, reply: str, found: bool
) -> None:
    items = [line("Who can apply?"), line(P1), line(P2), line(question), line(reply)]
    items.append(line("When does it close?"))
    flags = [True, False, False, True, False, True]
    assert (followed_up(items, flags, [3]) == [3]) is found


# --- whole articles ---------------------------------------------------------------------------


def faq(*inside: str) -> list[str]:
    """A FAQ of four question heads, the `inside` lines under the second one's paragraph."""
    return [
        P1, "Who can apply?", P2, P3, "What does the form ask for?", P3, *inside,
        "When do replies come?", P1, "Can a refusal be appealed?", P2,
    ]  # fmt: skip


# The four heads of faq(): a question read as text leaves them as they are.
FAQ_HEADS = [
    "Who can apply?",
    "What does the form ask for?",
    "When do replies come?",
    "Can a refusal be appealed?",
]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Is that hard to prove?", "It can be. The office asks for two documents, not one."),
        ("Is that per person or per family?", "Per person. A family of four brings four forms."),
        ("Was that always the rule?", "It was not. The office brought it in last year."),
    ],
)
def test_a_faq_reads_a_that_question_with_a_spoken_reply_as_text(question: str, reply: str) -> None:
    heads = heads_of(*faq(question, reply, P1))
    assert question not in heads
    assert heads == FAQ_HEADS


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        # a FAQ's own question names its topic, whatever its reply
        ("Is the deposit refundable?", "It can be. The office keeps it for a month."),
        # 'that' pointing back, but the reply states: a head over a section of its own
        ("Is that deadline fixed?", "The office sets it each spring and publishes it online."),
    ],
)
def test_a_faq_keeps_its_question_heads_without_a_spoken_reply(question: str, reply: str) -> None:
    heads = heads_of(*faq(question, reply, P2))
    assert "Who can apply?" in heads
    assert "When do replies come?" in heads
    assert "Can a refusal be appealed?" in heads


def test_a_faq_of_short_answers_keeps_every_head() -> None:
    heads = heads_of(
        P1, "Is it weekly or monthly?", "Monthly. " + P2, "Who pays it?", "The council. " + P3,
        "Is it taxed?", "It is not. " + P1, "Can I stop it?", "Yes. " + P2,
    )  # fmt: skip
    assert heads == ["Is it weekly or monthly?", "Who pays it?", "Is it taxed?", "Can I stop it?"]


def test_an_interview_s_questions_are_no_heads() -> None:
    heads = heads_of(
        P1, "Was that your first boat?", "It was. I built it with my father.",
        "Is that hard to learn?", "It can be. " + P2, P3,
    )  # fmt: skip
    assert heads == []
