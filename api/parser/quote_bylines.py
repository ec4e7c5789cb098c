"""Lines that credit the quote above them: `– Jane D.`, `— Acme (@acme) May 2, 2020`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from api.parser.quote_context import Paragraph
from api.parser.quote_spans import Span

# A dash, then a short name (handles may hide letters: `Ni** My**`), then an optional
# account and date (`(@acme) May 2, 2020`) or a description after a comma.
_CREDIT = re.compile(
    r"[—–―-]\s*(?P<name>[A-Z][\w.*’'-]*(?:\s+[A-Z][\w.*’'-]*){0,4})"
    r"(?:\s*\(@\w{1,40}\)[^\n]{0,40}|,[^\n]{0,80})?"
)


def credit_line(text: str) -> str | None:
    """The name a credit line gives: `Jane D.` for `– Jane D.`; None for any other paragraph."""
    match = _CREDIT.fullmatch(text.strip()) if len(text) <= 160 else None
    return match.group("name") if match else None


def credited(paragraph: Paragraph, spans: Sequence[Span], following: str | None) -> str | None:
    """Who the next paragraph credits for this one's words: only a paragraph that is all quote.

    `“The show was great.”` then `– Ann K.`: Ann K. wrote it.
    """
    if following is None or not spans or not paragraph.starts_with_quote(spans[0]):
        return None
    if paragraph.text[spans[-1].stop :].strip():
        return None  # text after the last quote: the line credits something else
    return credit_line(following)
