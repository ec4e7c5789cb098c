"""Made-up exports for the heading tests: a headline over the given blocks, and the heads a
reader finds in it."""

from __future__ import annotations

from api.parser import parse


def article(*blocks: str) -> str:
    """An export of a headline and the given blocks."""
    return "Headline\n\n" + "\n\n".join(blocks) + "\n"


def heads_of(*blocks: str) -> list[str]:
    """The subheadings of an export of a headline and the given blocks."""
    return [b.text for b in parse(article(*blocks)).body if b.type == "subheading"]
