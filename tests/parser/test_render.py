"""render() writes the export layout back."""

from __future__ import annotations

from api.parser import Block, Document, Image, parse, render

DOC = Document(
    headline="Harbor wall to be rebuilt",
    bullets=("Work starts in May.", "The wall dates from 1890."),
    images=(
        Image("Harbor wall to be rebuilt", "The old wall at high tide.", "Jane Doe/Reuters"),
        Image("A diagram", "A diagram of the new wall.", None),
    ),
    body=(
        Block("paragraph", text="The council voted on Monday."),
        Block("image", image=1),
        Block("subheading", text="What happens next"),
        Block("paragraph", text="Crews arrive in May."),
    ),
)

EXPORT = """Harbor wall to be rebuilt

Harbor wall to be rebuilt
The old wall at high tide.Jane Doe/Reuters
  • Work starts in May.
  • The wall dates from 1890.

The council voted on Monday.

A diagram
A diagram of the new wall.

What happens next

Crews arrive in May.
"""


def test_render_writes_the_export_layout():
    assert render(DOC) == EXPORT


def test_rendered_document_parses_back():
    assert parse(render(DOC)) == DOC


def test_a_list_renders_as_marked_lines_that_read_back_as_the_list():
    doc = Document(
        "Ferry returns",
        body=(
            Block("list", items=("First boat at six.", "Bikes ride free")),
            Block("paragraph", text="The council met on Tuesday."),
            Block("list", items=("One item only",)),
        ),
    )
    text = render(doc)
    assert "\n\n▪ First boat at six.\n▪ Bikes ride free\n\n" in text
    assert parse(text) == doc


def test_summary_bullets_and_bullet_lines_in_the_body_are_not_lists():
    text = "H\n\n  • A point.\n\nBody text.\n\n• Not a list.\n\n▪ Mixed.\nPlain line.\nMore."
    doc = parse(text)
    assert doc.bullets == ("A point.",)
    assert [b.type for b in doc.body] == ["paragraph"] * 5
    assert doc.body[1].text == "• Not a list."
