"""The budget of names classified in an article: prose keeps every name, a wall of names is cut."""

from __future__ import annotations

from api.parser.quote_budget import NAME_SPACING, NAMES_BUDGET, NameBudget
from api.parser.quote_people import find_mentions
from api.parser.quotes import analyse_quotes

FIRST = "Ann Bell Cara Dunn Eve Ford Gil Hart Ida Ives Jon Kerr Lea Moss Ned Nash".split()


def _people(count: int) -> list[str]:
    return [
        f"{FIRST[i % len(FIRST)]} {FIRST[(i // len(FIRST)) % len(FIRST)]}x" for i in range(count)
    ]


def test_a_long_list_of_names_in_prose_keeps_every_name():
    names = _people(60)
    text = "The panel heard from " + ", from ".join(names) + " before it rose."
    found = [m.name for m in find_mentions(text) if m.kind == "person"]
    assert found == names


def test_a_wall_of_names_is_classified_within_the_budget():
    text = "Aa Bb, " * 5000
    mentions = find_mentions(text)
    assert len(mentions) <= NAMES_BUDGET + len(text) // NAME_SPACING
    assert len(mentions) < 5000 / 2


def test_the_budget_holds_across_the_paragraphs_of_an_article():
    """Thousands of one-name lines are cut as one wall of names is."""
    budget = NameBudget()
    lines = ["Aa Bb"] * 3000
    found = sum(len(find_mentions(line, budget)) for line in lines)
    assert found <= NAMES_BUDGET + sum(len(line) + 1 for line in lines) // NAME_SPACING
    assert found < len(lines) / 2


def test_lines_of_nothing_but_capitals_add_nothing_to_the_allowance():
    """A list of one-name lines spends the first allowance, then classifies no more names."""
    budget = NameBudget()
    found = sum(len(find_mentions(line, budget)) for line in ["Aa Bb"] * 3000)
    assert found == NAMES_BUDGET


def test_a_one_name_line_between_prose_paragraphs_keeps_its_name():
    """Prose adds to the allowance, and a signature line or byline spends from it."""
    budget = NameBudget()
    names = _people(200)
    prose = "The council met on Tuesday to discuss the budget for next year."
    found = []
    for name in names:
        find_mentions(prose, budget)
        found += [m.name for m in find_mentions(name, budget) if m.kind == "person"]
    assert found == names


def test_prose_after_prose_keeps_every_name():
    """Ordinary paragraphs stay far under the budget: a late list of names loses none."""
    budget = NameBudget()
    for _ in range(40):
        find_mentions("The council met on Tuesday to discuss the budget for next year.", budget)
    names = _people(60)
    text = "The panel heard from " + ", from ".join(names) + " before it rose."
    assert [m.name for m in find_mentions(text, budget) if m.kind == "person"] == names


def test_an_article_without_quote_marks_has_no_quotes_or_speakers():
    analysis = analyse_quotes(["Ann Bell said the plan worked.", "She said it twice."])
    assert (analysis.quotes, analysis.speakers) == ((), ())
