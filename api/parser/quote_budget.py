"""The names budget: how many runs of capitals an article may have classified as names."""

from __future__ import annotations

# An article's runs of capitals are classified as names (the costliest step per word) up to
# NAMES_BUDGET of them, then at most one per NAME_SPACING characters of its text so far, counted
# across paragraphs: the work stays in proportion to the text, one-name lines included. Runs of
# capitals (sentence openings among them) come about one per 25-30 characters in name-heavy
# pages: the articles seen, and runs spliced from their paragraphs, have at most 97 and 120 runs
# more than one per 40 characters allow. A denser list of names than that loses its excess names
# (not speakers then), and so do names right after it. (One per 20 characters with 32 at first,
# as before, let one line in three of a list of one-name lines through: its costliest part.)
NAMES_BUDGET = 160
NAME_SPACING = 40


class NameBudget:
    """The names an article has had classified, against the text it has had so far: the budget
    of NAMES_BUDGET, then one per NAME_SPACING characters, holds across its paragraphs, so that
    thousands of one-name lines (`Aa Bb` a line) cost no more per character than prose."""

    __slots__ = ("considered", "text_before")

    def __init__(self) -> None:
        self.considered = 0
        self.text_before = 0


def allowed(characters: int) -> int:
    """How many names an article may have had classified by this many characters of text."""
    return NAMES_BUDGET + characters // NAME_SPACING


def first_allowed(considered: int, characters: int) -> int:
    """How many characters past `characters` of text the next name may be classified, when
    `considered` names have been: the first offset where allowed() exceeds it."""
    return (considered - NAMES_BUDGET + 1) * NAME_SPACING - characters
