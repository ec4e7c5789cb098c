"""EntryWords: the skip before `_entry_called`'s walk must never hide an entry the walk finds."""

import pytest

from api.parser.quote_entries import Entry, EntryWords, same_role
from api.parser.quote_orgs import lowered_words, naming_words

ENTRIES = [
    Entry("Riftline Games", "organisation"),
    Entry("Physicians for Peace", "organisation"),
    Entry("Saltwick", "organisation", noun="trio"),
    Entry("Ann Lee", "person", role="director of services for planning"),
    Entry("Bo Ruiz", "person", role="chief financial officer"),
    Entry("Gil Moss", "person", role="Gov."),
]
HEADS = "games doctors physicians trio director planning cfo ceo governor publisher judge".split()


def _walk_finds(entries: list[Entry], head: str) -> bool:
    """The tests of `_entry_called`'s walk, over every entry."""
    naming = naming_words(head)
    return any(
        (e.kind == "organisation" and not naming.isdisjoint(lowered_words(e.name)))
        or e.noun == head
        or bool(e.role and same_role(e.role, head))
        for e in entries
    )


@pytest.mark.parametrize("head", HEADS)
def test_may_answer_whenever_the_walk_finds(head: str) -> None:
    words = EntryWords()
    for entry in ENTRIES:
        words.add(entry)
    assert words.may_answer(naming_words(head), head) or not _walk_finds(ENTRIES, head)


def test_no_entry_word_skips() -> None:
    words = EntryWords()
    for entry in ENTRIES:
        words.add(entry)
    assert not words.may_answer(naming_words("publisher"), "publisher")
    assert not words.may_answer(naming_words("judge"), "judge")


def test_a_role_filled_in_later_counts() -> None:
    words = EntryWords()
    entry = Entry("Cy Oduya", "person")
    words.add(entry)
    assert not words.may_answer(naming_words("judge"), "judge")
    entry.role = "High Court judge"
    words.add(entry)
    assert words.may_answer(naming_words("judge"), "judge")
