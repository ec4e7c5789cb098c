"""Offers as heads: a deals page heads each offer with its price ('Paris from £49', 'Porto
from £38'), a line the line-by-line rule reads as a price list's entry in running text, data
('Starters from £9' in a review). Where the page's confident heads carry prices themselves,
OFFER_HEADS at least ('Edinburgh by sleeper from £55', 'Kraków for £64, flights included'),
such an entry is a head of their kind when it stands as one: after a sentence's end (or a
picture) and over a paragraph at least KIN_RATIO times its length. A review's price lines
have no priced heads beside them, and stay paragraphs. Only heads whose price follows the
name of what is offered count ('Paris from £49', not 'Mira, two courses for £18'): a head
naming a place, a comma, then what it sells heads a roundup of places, whose text prices
their menus ('Wine from £6 a glass', 'Desserts £7'), data, not offers.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress
from typing import Final

from api.parser.layout import Item, Line
from api.parser.sentences import SENTENCE_ENDS

# A price in a short line: 'From £349', 'Was £599, now £499', 'Paris from £49'.
PRICE = re.compile(r"[£$€¥] ?\d")
OFFER_HEADS = 2  # priced heads that make a page of offers (heading_kin.KIN_MIN)
KIN_RATIO = 2.0  # the paragraph an offer's head introduces is this much longer (heading_kin)
# Words that open a price without naming what is offered: 'From £349', 'About £120 for two'.
UNNAMED = frozenset("from about around roughly typically was now only just".split())
TERMS_PAGE: Final = 3  # priced heads that make a page of offers, whose terms close each one
TERMS_FORMULA: Final = 2  # closing lines opening on one word that make it the terms' formula
PRICE_WORDS: Final = 8  # words at most of a short line holding a price, data: 'From £349'


def closes_an_item(items: list[Item], k: int) -> bool:
    """True for line k a buying guide's price line closing an item, a price in PRICE_WORDS
    words at most right after a sentence's end: '... in any light.' / 'From £12, Leaf & Co'
    (not 'Boots cost £90 and last years.' nor a line after a head, 'Best buy' / 'From £5')."""
    item = items[k] if 0 <= k < len(items) else None
    if not isinstance(item, Line) or len(item.text.split()) > PRICE_WORDS:
        return False
    if item.text[-1:] in SENTENCE_ENDS or not PRICE.search(item.text):
        return False  # (a stopped line is a sentence that names a price, not a shop's line)
    before = items[k - 1] if k > 0 else None
    return isinstance(before, Line) and before.text[-1:] in SENTENCE_ENDS


def prices_an_offer(text: str) -> bool:
    """True for a priced head whose price follows the offer's name with no comma between them:
    'Edinburgh by sleeper from £55', 'Kraków for £64, flights included' (a comma after the
    price adds terms); not 'Mira, two courses for £18', a place then what it sells."""
    found = PRICE.search(text)
    return found is not None and "," not in text[: found.start()]


def names_an_offer(text: str) -> bool:
    """True for a price line that names what it prices first: 'Paris from £49' (not 'From
    £349' nor 'About £120 for two')."""
    return text.split(None, 1)[0].lower() not in UNNAMED


def stands_as_a_head(items: list[Item], k: int) -> bool:
    """True when line k follows a sentence's end or a picture and a paragraph KIN_RATIO times
    its length follows it."""
    before = items[k - 1] if k > 0 else None
    after = items[k + 1] if k + 1 < len(items) else None
    if before is None or not isinstance(after, Line) or after.text[-1] not in SENTENCE_ENDS:
        return False
    if isinstance(before, Line) and before.text[-1] not in SENTENCE_ENDS:
        return False  # a line in a run of unpunctuated lines: a price list
    return len(after.text) >= KIN_RATIO * len(items[k].text)


def offer_heads(items: list[Item], flags: list[bool], entries: list[int]) -> list[bool]:
    """The flags with the price-list `entries` that head offers added, where OFFER_HEADS
    confident heads or more price an offer: 'Paris from £49' beside 'Edinburgh by sleeper from
    £55' and 'Amsterdam by ferry from £99'."""
    if not entries:
        return flags
    heads = [k for k, flag in enumerate(flags) if flag and isinstance(items[k], Line)]
    if len([k for k in heads if prices_an_offer(items[k].text)]) < OFFER_HEADS:
        return flags
    found = list(flags)
    for k in entries:
        found[k] = names_an_offer(items[k].text) and stands_as_a_head(items, k)
    return found


def formula_terms(items: list[Item], flags: list[bool]) -> list[int]:
    """The heads without a price closing an offer's text, right over the next priced head,
    that open on a word another such line opens on and no head before the first offer does,
    where TERMS_PAGE heads or more price offers: the terms' formula ('Travel by 31 March',
    'Travel midweek only'), beside a section's head over its offers ('Under 2 hours away')."""
    heads = [k for k in compress(range(len(items)), flags) if isinstance(items[k], Line)]
    over = {k - 1 for k in heads if PRICE.search(items[k].text)}
    if len(over) < TERMS_PAGE:
        return []  # (most pages: no head prices an offer)
    first = min(over) + 1
    sections = {first_word(items[k].text) for k in heads if k < first}
    closing = [k for k in heads if k > first and k in over and closes_an_offer(items, k)]
    words = Counter(first_word(items[k].text) for k in closing)
    return [
        k
        for k in closing
        if words[first_word(items[k].text)] >= TERMS_FORMULA
        and first_word(items[k].text) not in sections
    ]


def first_word(text: str) -> str:
    """A line's first word, in lower case: 'Travel by 31 March' -> 'travel'."""
    return text.split(None, 1)[0].lower()


def closes_an_offer(items: list[Item], k: int) -> bool:
    """True for a head without a price right under a paragraph: 'A late check-out on Sundays.'
    / 'Travel Friday to Sunday only'."""
    before = items[k - 1]
    return (
        PRICE.search(items[k].text) is None
        and isinstance(before, Line)
        and before.text[-1] in SENTENCE_ENDS
    )
