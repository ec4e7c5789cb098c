"""Whose words a quote led in by a noun are: `orders from Lee to “...”`, `Lee's pledge to “...”`."""

from __future__ import annotations

import re
from typing import Final

from api.parser.quote_clauses import Clause
from api.parser.quote_context import Paragraph
from api.parser.quote_nouns import words_pattern
from api.parser.quote_people import Mention
from api.parser.quote_registry import Registry, Resolved
from api.parser.quote_spans import Span
from api.parser.quote_words import SPEECH_NOUNS

# How far before the quote (in characters) the noun and its owner are looked for.
LEAD_IN: Final = 80

_NOUN: Final = words_pattern(SPEECH_NOUNS)  # \b(?:order|orders|...)\b in any case
# What joins a noun to an owner written after it: "orders from", "a pledge made by".
_OWNER_AFTER: Final = re.compile(r"\s+(?:(?:issued|made|given|sent)\s+)?(?:from|by)\s+$")


def _owner(paragraph: Paragraph, noun: re.Match, hi: int) -> Mention | None:
    """The named owner of the noun: `Lee's orders` before it, `orders from Lee` after it."""
    start, end = noun.span()
    for mention in paragraph.mentions_between(max(0, start - LEAD_IN), start):
        if mention.possessive and not paragraph.masked[mention.end : start].strip(" ’'s"):
            return mention
    for mention in paragraph.mentions_between(end, hi):
        if mention.kind != "pronoun" and _OWNER_AFTER.fullmatch(
            paragraph.masked[end : mention.start]
        ):
            return mention
    return None


def noun_owner(registry: Registry, paragraph: Paragraph, span: Span) -> Resolved | None:
    """The speaker named as owner of the words: `directives from Xi to “show no mercy”` -> Xi."""
    lo = max(paragraph.sentence(span.open)[0], span.open - LEAD_IN)
    nouns = list(_NOUN.finditer(paragraph.masked, lo, span.open))
    if not nouns:
        return None
    mention = _owner(paragraph, nouns[-1], span.open)
    if mention is None:
        return None
    clause = Clause(mention.start, mention.end, mention.end, mention, None)
    resolved = registry.resolve(clause, (paragraph.index, mention.start), paragraph)
    return resolved if resolved and resolved.name else None
