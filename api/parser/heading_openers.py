"""Full-sentence heads that open long sections among one-line paragraphs: a long read's
'Nobody had looked closely in years.' / 300 characters / ... / 'It was red.' / 'The painting
came home. The man who took it did not.' / 300 characters, where the writer's own short lines
pull the typical paragraph down to a head's size.

A reader tells such a head from a one-line paragraph by what follows it and by its siblings,
not by its stop:
- what follows: each head opens its section with a long paragraph, LONG_RATIO times its own
  length and longer than the document's median line, that opens on a sentence of its own (a
  one-line paragraph closes a section: it stands over a head, a picture, another short line
  or the end; or its foil answers it: 'Open homes are busier.' / 'Auction rooms are not.');
- siblings: RHYTHM_MIN such lines at least, one form (one or two plain sentences), more than
  SENTENCE_GAP items apart (a kin line below, more than QUOTED_GAP), the first after an
  opening paragraph, one of them two sentences (a long read's head form, as
  set_between_paragraphs asks);
- no running text: a lone sentence points back into the text before with none of its words
  and is not in the writer's first person ('Nobody saw it coming.', 'I said yes.').
Once the plain siblings set the rhythm, a line opening on 'Then' or a pronoun, the next
chapter's, is one more (as pronoun_heads lets a pronoun): 'Then a dealer picked up the phone.';
so is one with a word that may point back: 'The next six months could go either way.'.
"""

from __future__ import annotations

from typing import Final

from api.parser.heading_limits import LONG_CHARS, LONG_RATIO
from api.parser.heading_questions import speaks_in_first_person
from api.parser.heading_sections import points_back
from api.parser.heading_sentences import (
    PRONOUNS,
    QUOTED_GAP,
    RHYTHM_MIN,
    RHYTHM_OPENERS,
    SENTENCE_GAP,
    is_elliptical,
    is_paired_sentences,
    is_sentence_shaped,
    spaced_out,
    text_before,
    two_plain_sentences,
)
from api.parser.layout import Item, Line
from api.parser.sentences import SENTENCE_ENDS

# The openers of a story's next chapter, a head only beside plain siblings: 'Then a dealer
# picked up the phone.', 'She kept the keys.'.
CHAPTER_OPENERS: Final = frozenset({"then"}) | PRONOUNS
# What a kin line may open with: the back-pointers but for a chapter's openers.
KIN_OPENERS: Final = RHYTHM_OPENERS - CHAPTER_OPENERS


def plain_opener_form(item: Item, openers: frozenset[str], kin: bool = False) -> bool:
    """True for a line of one plain sentence or two that may open a section: 'Nobody had looked
    in years.', 'The wall held. The boats did not.' (not 'It was red.', nor 'I said yes.');
    a `kin` line, beside siblings, may hold a word that points back: 'It could go either way.'."""
    if not isinstance(item, Line) or speaks_in_first_person(item.text):
        return False  # the writer's own voice on a line of its own: 'I did not know.'
    if is_paired_sentences(item, RHYTHM_OPENERS):
        return True  # (the second sentence goes on from the first: its 'it' points there)
    if not is_sentence_shaped(item, openers):
        return False
    return kin or not points_back(item.text)


def opens_a_long_section(items: list[Item], k: int, median: int) -> bool:
    """True when line k follows a sentence's end (a picture allowed between) and stands over a
    paragraph LONG_RATIO times its length and longer than the median line, opening on no
    ellipsis of it: 'Nobody had looked in years.' / 280 characters."""
    before = text_before(items, k)
    after = items[k + 1] if k + 1 < len(items) else None
    if before is None or before.text[-1] not in SENTENCE_ENDS or not isinstance(after, Line):
        return False
    size = len(after.text)
    if size <= median or size < LONG_RATIO * len(items[k].text):
        return False
    # a paragraph opening on an ellipsis of the line goes on from it: 'Open homes are
    # busier.' / 'Auction rooms are not. ...' is a punchy line and its foil, no head
    return not is_elliptical(after.text)


def median_line(items: list[Item]) -> int:
    """The median length of the document's text lines, in characters: [10, 90, 300] -> 90."""
    sizes = sorted(len(it.text) for it in items if isinstance(it, Line))
    return sizes[len(sizes) // 2] if sizes else 0


def over_a_longer_line(items: list[Item], k: int) -> bool:
    """True when standalone line k is of a two-sentence head's length at most, ends in '.' and
    stands over a line LONG_RATIO times longer: the cheap test every candidate passes first
    ('Nobody came.' / 300 characters), before its words are read."""
    text = items[k].text
    if text[-1] != "." or len(text) > LONG_CHARS:
        return False  # (most lines: settled on their last character or their length)
    after = items[k + 1]
    return isinstance(after, Line) and len(after.text) >= LONG_RATIO * len(text)


def long_section_openers(items: list[Item], alone: list[int]) -> list[int]:
    """The full-sentence heads that open long sections (the module's rules), else none:
    text / 'The wall held. The boats did not.' / text / 'It was red.' / 'Nobody came.' / text
    / 'The sea won. The town moved.' / text -> the three heads."""
    # (the lines' lengths first: most documents keep too few lines to read their words)
    last = len(items) - 1
    near = [k for k in alone if 0 < k < last and over_a_longer_line(items, k)]
    if len(near) < RHYTHM_MIN:
        return []
    median = median_line(items)
    placed = [k for k in near if opens_a_long_section(items, k, median)]
    core = [k for k in placed if plain_opener_form(items[k], RHYTHM_OPENERS)]
    if len(core) < RHYTHM_MIN or not any(two_plain_sentences(items[k].text) for k in core):
        return []  # (most documents: no rhythm of plain sentences over long paragraphs)
    if not spaced_out(core, SENTENCE_GAP):
        return []  # punchy lines and paragraphs in turn: the writer's style
    taken = set(core)  # membership in constant time: thousands of lines stay linear
    kin = [
        k for k in placed if k not in taken and plain_opener_form(items[k], KIN_OPENERS, kin=True)
    ]
    found = sorted(core + kin)
    # (the siblings show the rhythm: a kin line may open a section of one paragraph)
    return found if spaced_out(found, QUOTED_GAP) else []
