"""Read-back rb4 of issue 15: heads93's spoken replies ('Is that hard to prove?' / 'It can
be.') read with their negations and a second elided verb as a speaker says them: "It can't
be.", 'It could have been.', "They won't." (heading_answers.elided_reply, echo_reply through
spoken_words). Made-up exports, with near misses that state rather than reply."""

from __future__ import annotations

import pytest

from api.parser.heading_answers import echo_reply, elided_reply, spoken_words
from tests.parser.exports import heads_of
from tests.parser.test_heads93 import FAQ_HEADS, P1, P2, faq


@pytest.mark.parametrize(
    ("reply", "found"),
    [
        ("It can't be. The office checks one claim in five.", True),
        ("It could have been. Nobody kept the records.", True),
        ("It might not have been. The minutes are lost.", True),
        ("They shouldn’t have. The rules were clear.", True),
        ("It can be. The office checks one claim in five.", True),  # heads93's own
        # statements: the verb is said
        ("It can't be paid online, only at the desk.", False),
        ("It has been closed since May.", False),
        ("They won't need a permit from the council.", False),
        ("Could have been. Ask first.", False),  # no pronoun
    ],
)
def test_an_elided_reply_takes_a_negation_and_two_verbs(reply: str, found: bool) -> None:
    assert elided_reply(reply) is found


@pytest.mark.parametrize(
    ("reply", "found"),
    [
        ("They won't. Not this year.", True),
        ("It can't. The law forbids it.", True),
        ("We shan't. The vote is final.", True),
        ("It did not. The board met again.", True),  # read as before
        ("They won't say. The office is shut.", False),
        ("It can't hurt to ask.", False),
    ],
)
def test_an_echo_reply_reads_the_contractions_that_respell_their_auxiliary(
    reply: str, found: bool
) -> None:
    assert echo_reply(reply) is found


def test_spoken_words_part_an_auxiliary_from_its_not():
    assert spoken_words("It can't be. Ask first.") == ["it", "can", "n't", "be"]
    assert spoken_words("They won’t.") == ["they", "will", "n't"]
    assert spoken_words("They didn't, no.") == ["they", "did", "n't,", "no"]


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Is that hard to prove?", "It can't be. The office asks for two documents, not one."),
        ("Was that ever the rule?", "It could have been. The old forms do not say either way."),
        ("Will that change soon?", "It won't. The office says the rules stand until 2030."),
    ],
)
def test_a_faq_reads_a_that_question_with_such_a_reply_as_text(question: str, reply: str) -> None:
    heads = heads_of(*faq(question, reply, P1))
    assert question not in heads
    assert heads == FAQ_HEADS


def test_a_faq_keeps_its_own_question_with_such_a_reply():
    heads = heads_of(*faq("Is the deposit refundable?", "It can't be. The office keeps it.", P2))
    assert "Who can apply?" in heads
    assert "When do replies come?" in heads
    assert "Can a refusal be appealed?" in heads
