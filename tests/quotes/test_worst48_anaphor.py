"""worst48: `Described._the_anaphor` returns the chain's answer for a person's noun someone
answers (`the spokeswoman`, `the coach`) before the off-the-record test (`_anonymous_before`):
no kind is looked for then and `_open_body` keeps the answer, so that test changed nothing.
The answers are the ones the old order gave (checked against it when written), on made-up
articles: person nouns answered, one after an anonymous person of the same noun (the named one
still, as before), and near misses the shortcut must leave to the old path: an open body's noun
(`the contractor`, `the operator`), a generic one (`the company`), and a noun no one answers.
"""

from __future__ import annotations

from tests.quotes.helpers import speakers


def test_person_nouns_someone_answers() -> None:
    assert speakers(
        'A Torvale spokeswoman, Ines Marrow, said it. "Yes," the spokeswoman said.'
    ) == ["Ines Marrow"]
    assert speakers(
        "Dara Quill, the Harbourside coach, was named in May.",
        '"We will train," the coach said.',
    ) == ["Dara Quill"]
    assert speakers(
        'Governor Tamsin Hale visited. "We will rebuild," the governor said.',
        '"It will take years," the governor said.',
    ) == ["Tamsin Hale", "Tamsin Hale"]


def test_named_person_after_an_anonymous_one_of_the_noun() -> None:
    # (the off-the-record test answered True here before and returned the same answer)
    assert speakers(
        "Minister Olen Farr spoke first. One official, a minister who asked not to be named,"
        ' said the vote slipped. "It is late," the minister said.'
    ) == ["Olen Farr"]


def test_open_body_generic_and_unanswered_nouns_keep_the_old_path() -> None:
    assert speakers(
        "One worker, a machine operator who asked not to be named, said the line stopped."
        ' "We went home," the operator said.'
    ) == [None]
    assert speakers(
        "Brisk Haulage Ltd took the job. A driver, who asked not to be named, said it was late."
        ' "It came Friday," the contractor said.'
    ) == ["Brisk Haulage Ltd"]
    assert speakers('Pell Freight won the contract. "We deliver," the company said.') == [
        "Pell Freight"
    ]
    assert speakers(
        'A nurse who asked not to be named said the ward was full. "We cope," the nurse said.'
    ) == [None]
