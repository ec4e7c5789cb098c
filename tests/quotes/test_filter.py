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
    ],
)
def test_partial_and_standalone_quotes_are_kept(paragraph, quote):
    assert _texts(paragraph) == [quote]
