"""What search indexes of an article, and how a marked fragment becomes an HTML snippet."""

from __future__ import annotations

import pytest

from api.parser.document import Block, Document, Image
from api.search.query import parse, wanted_terms
from api.search.text import search_text, snippet


def test_search_text_holds_every_searchable_part_in_reading_order():
    document = Document(
        headline="Tide mill reopens",
        bullets=("Work took two years.",),
        images=(
            Image(alt="A mill", caption="The mill at dawn.", credit="Jo Example/Example Wire"),
            Image(alt="Gates", caption="New sluice gates.", credit=None),
        ),
        body=(
            Block(type="paragraph", text="The mill turned again on Sunday."),
            Block(type="image", image=1),
            Block(type="subheading", text="What next"),
        ),
    )

    assert search_text(document).splitlines() == [
        "Tide mill reopens",
        "Work took two years.",
        "The mill turned again on Sunday.",
        "What next",
        "The mill at dawn.",
        "Jo Example/Example Wire",
        "New sluice gates.",
    ]


def _snippet(text: str, q: str, size: int = 6) -> str:
    return snippet(text, wanted_terms(parse(q)), size)


@pytest.mark.parametrize(
    ("text", "q", "html"),
    [
        ("The mill turned again.", "mill", "The <mark>mill</mark> turned again."),
        ("Fish & chips at <Pier 3>.", "chips", "Fish &amp; <mark>chips</mark> at &lt;Pier 3&gt;."),
        ("The Harbour master spoke.", '"harbour master"', "The <mark>Harbour</mark>"
         " <mark>master</mark> spoke."),
        ("A master of the harbour.", '"harbour master"', "A master of the harbour."),
        ("Lighthouses and lights.", "light*", "<mark>Lighthouses</mark> and <mark>lights</mark>."),
        ("José said so.", "jose", "<mark>José</mark> said so."),
        ("JOSE said so.", "josé", "<mark>JOSE</mark> said so."),
        ("Ferry and bridge.", "ferry -bridge", "<mark>Ferry</mark> and bridge."),
        ("one line\nthe next  line", "next", "the <mark>next</mark> line"),  # one line only
        ("No match at all here.\nNor here.", "zeppelin", "No match at all here."),
    ],
)  # fmt: skip
def test_snippets_are_escaped_html_with_marked_matches(text, q, html):
    assert _snippet(text, q) == html


def test_snippets_show_the_window_with_the_most_terms_and_ellipses_where_cut():
    text = "one two mill three four five six seven eight mill wheel nine ten eleven twelve"

    assert (
        _snippet(text, "mill wheel", size=4) == "…eight <mark>mill</mark> <mark>wheel</mark> nine…"
    )
    assert _snippet(text, "one", size=4) == "<mark>one</mark> two mill three…"
    assert _snippet(text, "twelve", size=4) == "…nine ten eleven <mark>twelve</mark>"


@pytest.mark.parametrize(
    ("lines", "q", "html"),
    [
        # No line holds both alternatives: the line with the most matches in a window wins.
        (["Ferry news", "The ferry, the “ferry” and the ferry", "A tram"], "ferry OR tram",
         "…<mark>ferry</mark>, the “<mark>ferry</mark>” and the <mark>ferry</mark>"),
        # Two ferries far apart in one line count as one window's worth.
        (["The ferry", "a ferry b c d e f g h i j k l m n o p ferry", "ferry and ferry"],
         "ferry OR tram", "<mark>ferry</mark> and <mark>ferry</mark>"),
        # Equal lines: the first one.
        (["Town news", "one ferry", "two ferry", "tram three"], "ferry OR tram",
         "one <mark>ferry</mark>"),
        # The first line holding every term wins, even over one with more matches later.
        (["ferry", "ferry and tram", "ferry tram ferry tram"], "ferry tram",
         "<mark>ferry</mark> and <mark>tram</mark>"),
        # Accented words are weighed as well as plain ones.
        (["Café news", "Le café café", "cafe"], "café OR tram",
         "Le <mark>café</mark> <mark>café</mark>"),
    ],
)  # fmt: skip
def test_snippets_come_from_the_line_that_matches_best(lines, q, html):
    assert _snippet("\n".join(lines), q) == html
