"""Synthetic articles for the storage tests: Documents built by hand and one export text."""

from __future__ import annotations

from api.parser.document import Block, Document, Image


def make_document(n: int = 0) -> Document:
    """An article with bullets, a lead image, an inline image and a subheading; `n` varies it."""
    return Document(
        headline=f"Harbour town votes to rebuild its tide mill, part {n}",
        bullets=(
            "The council approved the plan by seven votes to two.",
            f"Work starts in week {n}.",
        ),
        images=(
            Image(
                alt="A stone mill at dawn", caption="The mill at low water.", credit="Jo Example"
            ),
            Image(alt="Sluice gates", caption="The gates have rusted shut.", credit=None),
        ),
        body=(
            Block(
                type="paragraph", text="Westcombe's council voted on Tuesday to restore the mill."
            ),
            Block(type="subheading", text="What happens next"),
            Block(type="image", image=1),
            Block(type="paragraph", text=f"Engineers will survey the gates first ({n})."),
        ),
    )


EXPORT_TEXT = """\
Harbour town votes to rebuild its old tide mill

A stone mill beside a quiet harbour at dawn
The old tide mill at low water.Jo Example/Example Press
  • The council approved the plan by seven votes to two.
  • Work is due to start in the spring.

The town council of Westcombe voted on Tuesday to restore the tide mill that has stood empty \
since 1952.

"It is the heart of the harbour," said the mayor, Ann Placeholder.

What happens next

Engineers will survey the sluice gates before any building work begins.
"""


def export_text(n: int) -> str:
    """A distinct synthetic export for each `n` (the headline and the last paragraph differ)."""
    return EXPORT_TEXT.replace("old tide mill", f"tide mill number {n}").replace(
        "begins.", f"begins in week {n}."
    )
