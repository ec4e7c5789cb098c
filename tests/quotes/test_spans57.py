"""A paragraph quoted in the article's other mark: singles in double-mark copy, doubles in
single-mark copy (spans57)."""

from __future__ import annotations

import pytest

from api.parser.quote_spans import find_spans
from tests.quotes.helpers import speakers

# Straight-double copy around the paragraph under test: the article's mark is the double one.
DOUBLES = [
    'Councillor Maren Quillfeather said the bridge would reopen. "We are on track," she said.',
    '"The contractors know the deadline," Quillfeather added.',
]
CURLY_DOUBLES = [
    "Engineer Tobiah Venn said the pumps failed twice. “It was a bad week,” he said.",
    "“We have replaced both,” Venn said.",
]
# Curly-single copy: the article's mark is the single one.
SINGLES = [
    "Ranger Elspeth Korrigan said the trail was closed. ‘Nobody should walk it,’ she said.",
    "‘The rockfall is not over,’ Korrigan added.",
]


def _quotes(paragraphs: list[str], index: int) -> list[str]:
    """The texts of the quotes find_spans gives paragraph `index`."""
    text = paragraphs[index]
    return [text[s.start : s.end] for s in find_spans(paragraphs)[index]]


@pytest.mark.parametrize(
    ("copy", "paragraph", "quotes"),
    [
        # straight singles in straight-double copy: a cue after, then a second quote to the end
        (
            DOUBLES,
            "Resident Halvard Okonjo said he was tired. 'We can't sleep for the noise,' he said.",
            ["We can't sleep for the noise,"],
        ),
        (
            DOUBLES,
            "'Two years we waiting for that road,' the farmer said. 'Now they say next year.'",
            ["Two years we waiting for that road,", "Now they say next year."],
        ),
        (DOUBLES, "Okonjo said: 'It's the trucks at night.'", ["It's the trucks at night."]),
        # British punctuation outside the mark
        (DOUBLES, "'We were never asked', the trader said.", ["We were never asked"]),
        # straight or curly singles in curly-double copy
        (
            CURLY_DOUBLES,
            "Nurse Ilse Dravnieks said calls had doubled. 'People are scared,' she said. "
            "'I tell them to wait.'",
            ["People are scared,", "I tell them to wait."],
        ),
        (CURLY_DOUBLES, "‘Nobody warned us,’ a neighbour said.", ["Nobody warned us,"]),
        (CURLY_DOUBLES, "Asked why, she said: ‘Because it’s cheaper.’", ["Because it’s cheaper."]),
        # curly doubles in curly-single copy: a partial quote, a full one
        (
            SINGLES,
            "The trust said in a statement that it was “looking at every route back”.",
            ["looking at every route back"],
        ),
        (SINGLES, "“We will reopen in spring,” the trust said.", ["We will reopen in spring,"]),
        (
            SINGLES,
            "A walker, Dafydd Brannagh, called the closure “a needless overreaction”.",
            ["a needless overreaction"],
        ),
    ],
)
def test_a_paragraph_in_the_other_mark_keeps_its_quotes(copy, paragraph, quotes):
    paragraphs = [*copy, paragraph]
    assert _quotes(paragraphs, len(copy)) == quotes


@pytest.mark.parametrize(
    ("copy", "paragraph"),
    [
        # apostrophes
        (DOUBLES, "The players' union met on Tuesday and the '90s rules stay."),
        (DOUBLES, "It's the council's fault, residents say, and they're right."),
        # nicknames and titles inside a sentence
        (DOUBLES, "Forward Jarrah 'Stretch' Mulvane scored twice."),
        (DOUBLES, "The band closed with 'Harbour Lights', their first single."),
        (CURLY_DOUBLES, "She sang ‘Under the Tamarind’ at the wake."),
        (DOUBLES, "'Harbour Lights' was played at the funeral."),
        # a numbered title, one word or several
        (DOUBLES, "7. 'Harvest', by the pupils of Orrin Vale Primary"),
        (DOUBLES, "Entry 12. 'Salt and Iron', a quilt by the sewing circle."),
        # (one word before an outside comma reads as a title: a one-word answer is given up)
        (DOUBLES, "Her answer was short. 'Never', she said."),
        # a lowercase scare quote opening a sentence
        (DOUBLES, "'smart' meters, the board said, will come next year."),
        # a one-word double in single-mark copy: a nickname
        (SINGLES, "Keeper Ruairi “Bucket” Fenwell saved twice."),
    ],
)
def test_no_quote_is_made_of_an_apostrophe_a_nickname_or_a_title(copy, paragraph):
    paragraphs = [*copy, paragraph]
    assert _quotes(paragraphs, len(copy)) == []


def test_a_paragraph_with_a_quote_in_the_articles_mark_keeps_only_those():
    """A single nested in a double stays inside it; no single-mark quote is added."""
    paragraph = "\"She told me 'Go home,' and I did,\" Okonjo said. 'Then the road shut.'"
    assert _quotes([*DOUBLES, paragraph], len(DOUBLES)) == ["She told me 'Go home,' and I did,"]


def test_the_quote_in_the_other_mark_gets_its_speaker():
    """The pronoun after the single-mark quote gives the paragraph's subject."""
    found = speakers(
        *DOUBLES,
        "Retired teacher Wilhelmina Osei-Barrow said she had waited an hour. "
        "'They're exhausted, and so are we,' she said.",
    )
    assert found[-1] == "Wilhelmina Osei-Barrow"
