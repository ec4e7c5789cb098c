"""Which quoted spans are someone's words, and which are titles, names, chants or scare quotes."""

from __future__ import annotations

import pytest

from api.parser.quotes import analyse_quotes


def _texts(*paragraphs: str) -> list[str]:
    return [q.text for q in analyse_quotes(paragraphs).quotes]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The band played “Roll Over the River Tonight” from the steps.",
        "The podcast, “Money Talks,” airs weekly.",
        "Critics have dubbed the plan a “tax on breathing.”",
        "The condition is known as “farmer's lung,” doctors say.",
        "Protesters chanted, “Fund our schools,” and “Pay teachers now,” outside.",
        "Signs read slogans such as “Less Testing, More Teaching.”",
        "The so-called “reform” passed on Tuesday.",
        "The show is stocked with “classic” films and “Bambi.”",
        "Shares of the “AquaSwift” maker fell, the company said.",
        "Officials called it a 'pretext' for war.",
        "Rebels clashed with the “interim” government on Sunday.",
        "Voters rejected a “voluntary” levy on boats.",
        "The board called on the “acting” director to resign.",
        "Aides had dubbed the mayor's role in the talks as “the Lee problem.”",
        "Fans long ago branded the club's style of play as a “slow grind.”",
    ],
)
def test_titles_names_chants_and_scare_quotes_are_not_quotes(paragraph):
    assert _texts(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "quote"),
    [
        ("Jane Doe said the council had “vilified” teachers.", "vilified"),
        ("The minister, saying he saw “no grounds,” left early.", "no grounds,"),
        ("“We will appeal.”", "We will appeal."),
        ("Jane Doe was blunt: “This is over.”", "This is over."),
        ("“Thank God,” he said.", "Thank God,"),
        ("Mayor Ann Lee called the budget “a disgrace.”", "a disgrace."),
        ("The crowd cheered the coach, declaring, “We are back.”", "We are back."),
        ("Pol Reyes left the hall, vowing, “We will return.”", "We will return."),
        (
            "The memo relayed orders from the chief to “hold the line at any cost”.",
            "hold the line at any cost",
        ),
        ("She repeated her pledge to “never sell the farm” on Monday.", "never sell the farm"),
        ("His final message to staff, “keep the lights on,” was brief.", "keep the lights on,"),
    ],
)
def test_partial_and_standalone_quotes_are_kept(paragraph, quote):
    """A quote led in by a verb, a participle or a noun for words (`orders ... to “...”`)."""
    assert _texts(paragraph) == [quote]


@pytest.mark.parametrize(
    ("paragraphs", "quotes"),
    [
        (
            [
                "“We never saw it coming”",
                "Lee told the panel, “It hit at night. We never saw it coming.”",
            ],
            ["It hit at night. We never saw it coming."],
        ),
        (
            ["“A question of trust.”", "Ona Brill said: “For us it was a question of trust.”"],
            ["For us it was a question of trust."],
        ),
        (
            ["“We will appeal.”", "Ona Brill said she would fight on: “We will not stop.”"],
            ["We will appeal.", "We will not stop."],
        ),
    ],
)
def test_a_pull_quote_over_the_quote_it_repeats_is_not_a_second_quote(paragraphs, quotes):
    assert _texts(*paragraphs) == quotes


@pytest.mark.parametrize(
    ("paragraph", "follow_on"),
    [
        ('"We can\'t touch that road," Ray Ode said. "It\'s PennDOT\'s."', "It's PennDOT's."),
        ("“We lost,” Ana Ruiz said. “Blame Tom.”", "Blame Tom."),
        ("“Come back soon,” the coach said. “Bring Lucy!”", "Bring Lucy!"),
    ],
)
def test_a_short_capitalised_sentence_after_a_quote_is_a_follow_on_quote(paragraph, follow_on):
    assert _texts(paragraph)[-1] == follow_on


def test_a_title_after_a_quote_is_still_a_title():
    assert _texts("“We loved it,” Ana Ruiz said of the film “Star Wars.”") == ["We loved it,"]
