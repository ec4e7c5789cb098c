"""Lines that credit the quote above them: `– Jane D.`, `— Acme (@acme) May 2, 2020`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from api.parser.quote_context import Paragraph
from api.parser.quote_spans import Span

# A dash, then a short name (handles may hide letters: `Ni** My**`), then an optional
# account and date (`(@acme) May 2, 2020`) or a description after a comma.
_CREDIT: Final = re.compile(
    r"[—–―-]\s*(?P<name>[A-Z][\w.*’'-]*(?:\s+[A-Z][\w.*’'-]*){0,4})"
    r"(?:\s*\(@\w{1,40}\)[^\n]{0,40}|,[^\n]{0,80})?"
)


_DASHES: Final = "—–―-"  # what a credit line opens with (the first set of _CREDIT)
_KEEPS_STOP: Final = re.compile(r"(?:\b[A-Z]|\bJr|\bSr)\.$")


def credit_line(text: str) -> str | None:
    """The name a credit line gives: `Jane D.` for `– Jane D.`; None for any other paragraph."""
    line = text.strip() if len(text) <= 160 else ""
    if not line or line[0] not in _DASHES:
        return None  # (most paragraphs: checked before the pattern is called, once a paragraph)
    match = _CREDIT.fullmatch(line)
    if not match:
        return None
    name = match.group("name")
    if name.endswith(".") and not _KEEPS_STOP.search(name):
        name = name[:-1]  # `— Jane Roe.`: the sentence's stop, not an initial's
    return name


def credited(paragraph: Paragraph, spans: Sequence[Span], following: str | None) -> str | None:
    """Who a credit line names for a paragraph that is all quote, on its own line or after it.

    `“The show was great.”` then `– Ann K.`, or `“The show was great.” — Ann K.`: Ann K.
    """
    if not spans or not paragraph.starts_with_quote(spans[0]):
        return None
    tail = paragraph.text[spans[-1].stop :].strip()
    if tail:
        return credit_line(tail)  # text after the last quote: a credit, or something else
    return credit_line(following) if following is not None else None
