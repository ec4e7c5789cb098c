"""A story's closing source line: 'Source: X' after the last paragraph, no part of the text."""

from __future__ import annotations

import re

from api.parser.credits import SOURCE_LABELS
from api.parser.sentences import has_sentence_inside

# 'المصدر: الساحل نيوز + وكالات', 'Quelle: dpa', '来源：X': a label and a short list of holders.
SOURCE_LINE = re.compile(rf"(?:{SOURCE_LABELS})\s*[:：]\s*(?P<holders>\S.*)")
MAX_SOURCE_LINE = 120  # characters: a label and a few names, not a sentence about a source
MAX_SOURCE_WORDS = 8


def is_source_line(text: str) -> bool:
    """A short line of a source label and the holders it names, no sentence among them:
    'Source: Harbour News + agencies' ('Source: the mayor said the ferry will stop.' is text)."""
    if len(text) > MAX_SOURCE_LINE:
        return False
    found = SOURCE_LINE.fullmatch(text)
    if found is None:
        return False
    holders = found["holders"].rstrip(".")
    # a few names ('Harbour News + agencies'), not a phrase about them ('Source: the council's
    # own figures, published in March.' is the text's, as test_templates2 says)
    if holders[:1].islower() or len(holders.split()) > MAX_SOURCE_WORDS:
        return False
    return not has_sentence_inside(holders) and not holders.endswith(("?", "!", "؟"))
