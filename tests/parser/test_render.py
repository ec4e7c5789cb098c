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
