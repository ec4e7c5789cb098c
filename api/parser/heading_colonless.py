"""A list's label written without its colon, beside the page's labels that have one.

A page that labels its lists 'Foods you may eat:' / items / 'Foods to avoid:' / items may drop
the colon on the next one: 'Foods to limit' / items. Standing between two runs of list lines,
the line reads as an item line by line; opening on the word its colon labels open on, over a
group of list lines as they stand, it is one more of them.
"""

from __future__ import annotations

from collections import Counter
from typing import Final

from api.parser.heading_kin import colon_words, is_label_phrase, is_list_line, line_at
from api.parser.layout import Item, Line

# Colon labels opening on one word that make a series a colonless label may join: 'Foods to eat:'
# and 'Foods to avoid:'; one label's first word may open an item by chance ('Fruit:' / 'Fruit
# salad').
SERIES_MIN: Final = 2


def colonless_labels(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """The standalone lines, of a colon label's shape but for the colon, opening on the first
    word of SERIES_MIN flagged colon labels or more, over two list lines: 'Foods to eat:' /
    items / 'Foods to avoid:' / items / 'Foods to limit' / 'cabbage' / 'peas' (not 'Fruit
    salad' under one 'Fruit:', nor 'Foods were scarce' / items)."""
    labels = (colon_words(line_at(items, k)) for k in alone if flags[k])
    openers = Counter(words[0] for words in labels if words)
    series = {word for word, count in openers.items() if count >= SERIES_MIN}
    if not series:
        return []  # (most pages: no series of colon labels, no line is read further)
    return [k for k in alone if not flags[k] and is_colonless_label(items, series, k)]


def is_colonless_label(items: list[Item], series: set[str], k: int) -> bool:
    """True for line k opening with a capital on a word of `series`, a noun phrase as a colon
    label is (colon_words of the line with its colon: no verb of a clause), over two list
    lines: 'Foods to limit' / 'cabbage' / 'peas'."""
    line = line_at(items, k)
    if line is None or line.text[-1:] == ":" or not is_list_line(line):
        return False
    words = colon_words(Line(line.text + ":", alone=True))
    if not words or words[0] not in series or not is_label_phrase(words):
        return False  # ('Foods were scarce': a sentence's start, as no label is)
    return all(is_list_line(line_at(items, j)) for j in (k + 1, k + 2))
