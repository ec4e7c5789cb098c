"""Property: an export of any mix of the line shapes the heading rules weigh (numbered and
`Step N:` lines, questions, short statements, punchy pairs, quoted lines, long clauses, sign-offs,
bullets) parses without an error, and every line comes back whole as the headline, a bullet, a
subheading, a paragraph or a list item. The rules read neighbours, series and sections by index;
a shape at a page's edge (a series' last member as the last line, a question first) is where an
index runs past the end."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from api.parser import NoBodyError, parse
from tests.examples import examples

LONG = (
    "The harbour board met for most of the afternoon and heard from the ferry crews, who "
    "described the silted channel in detail and asked for a dredger before the winter."
)
SHORT = "The board will meet again in March."
LABELS = ["Step {}: ", "{}) ", "{}. ", "Tip {}: ", "Caller {}: "]
ENDINGS = ["Sign the form", "Pay the fee.", "Which berth?", "Go. Then wait.", "I want to ask."]
SHAPES = [
    LONG,
    SHORT,
    "Why does the channel silt up?",
    "Is it safe?",
    "Not really.",
    "The plan worked. Then the money ran out.",
    "He cried. So did the crew.",
    '"A question of trust"',
    "\u201cWe lost,\u201d she said.",
    "Why the river floods every spring and what the board plans to do about it this year",
    "Here is what to bring:",
    "  \u2022 a permit",
    "  \u2022 a map",
    "Love, Auntie Clem",
    "HARBOUR \u2014 The ferry did not sail.",
    "(Reporting by Jane Doe)",
]


@st.composite
def exports(draw) -> tuple[str, list[str]]:
    """An export (headline, blank-line separated blocks) and its lines: one label's numbered
    members, most over a long paragraph, among the other shapes, a member maybe last."""
    label = draw(st.sampled_from(LABELS))
    lines: list[str] = []
    number = 1
    for _ in range(draw(st.integers(1, 12))):
        if draw(st.integers(0, 2)) == 0:
            lines.append(label.format(number) + draw(st.sampled_from(ENDINGS)))
            number += draw(st.sampled_from([1, 1, 1, 0, 2]))  # mostly in sequence
            if draw(st.integers(0, 3)):
                lines.append(LONG)
        else:
            lines.append(draw(st.sampled_from(SHAPES)))
    if draw(st.booleans()):
        lines.append(label.format(number) + draw(st.sampled_from(ENDINGS)))
    return "Harbour news\n\n" + "\n\n".join(lines) + "\n", lines


def _texts(text: str) -> list[str]:
    """Every text the parse of `text` returns: headline, bullets, blocks and their items."""
    document = parse(text)
    found = [document.headline, *document.bullets]
    for block in document.body:
        found.append(block.text or "")
        found.extend(block.items)
    return found


@settings(max_examples=examples(400), deadline=None)
@given(exports())
def test_any_mix_of_line_shapes_parses_and_keeps_every_line(export):
    text, lines = export
    try:
        found = " \n ".join(_texts(text))
    except NoBodyError:
        assert LONG not in lines  # a page of heads and short lines only may have no body text
        return
    for line in lines:
        assert line.strip().lstrip("\u2022 ") in found
