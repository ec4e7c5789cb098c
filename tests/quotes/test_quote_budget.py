"""The budget of quotes analysed for their speakers: prose keeps every speaker, a wall of quotes
is found whole but analysed only up to the budget."""

from __future__ import annotations

from api.parser.quote_budget import QUOTE_SPACING, QUOTES_BUDGET, quotes_allowed
from api.parser.quotes import analyse_quotes

_PROSE = (
    "The council met on Tuesday to discuss the budget for next year, and the vote was close. "
    '"We did what we could," Ann Lee said after the meeting.'
)


def test_prose_with_many_quotes_keeps_every_speaker():
    paragraphs = [_PROSE] * 120  # 120 quotes: past the first allowance, within one per 50
    analysis = analyse_quotes(paragraphs)
    assert len(analysis.quotes) == 120
    assert {quote.speaker for quote in analysis.quotes} == {"Ann Lee"}


def test_a_wall_of_quotes_is_found_whole_and_analysed_within_the_budget():
    # (a name every 40 characters: within the names budget, so each analysed quote has one)
    text = 'Ann Lee said "yes" and then "no" again. ' * 1000
    quotes = analyse_quotes([text]).quotes
    assert [q.text for q in quotes] == ["yes", "no"] * 1000
    assert all(text[q.start : q.end] == q.text for q in quotes)
    analysed = quotes_allowed(len(text) + 1)
    assert analysed < 2000 / 2
    assert {q.speaker for q in quotes[:analysed]} == {"Ann Lee"}
    assert {(q.speaker, q.method) for q in quotes[analysed:]} == {(None, None)}


def test_the_budget_holds_across_the_paragraphs_of_an_article():
    """Short paragraphs dense with quotes are cut as one long one is; the analysis reads each
    cut paragraph up to its first quote over the budget, so that quote has no speaker."""
    paragraph = '"Yes," Ann Lee said. "No," Bo Li said.'
    paragraphs = [paragraph] * 400
    quotes = analyse_quotes(paragraphs).quotes
    assert len(quotes) == 800
    spoken = [q for q in quotes if q.speaker is not None]
    assert len(spoken) <= quotes_allowed(sum(len(p) + 1 for p in paragraphs))
    assert len(spoken) < 800 * 2 / 3
    assert quotes[0].speaker == "Ann Lee" and quotes[1].speaker == "Bo Li"
    assert quotes[-1].speaker is None


def test_the_first_quotes_are_all_analysed_whatever_the_text_around_them():
    """The first QUOTES_BUDGET quotes are analysed even packed closer than QUOTE_SPACING."""
    text = 'Ann Lee said "a". ' * QUOTES_BUDGET
    assert len(text) < QUOTES_BUDGET * QUOTE_SPACING
    quotes = analyse_quotes([text]).quotes
    assert [q.speaker for q in quotes] == ["Ann Lee"] * QUOTES_BUDGET
