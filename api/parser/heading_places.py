"""Heads that the line-by-line rule turns down for their place alone, and the publishers' markup
has as heads: a section head's first subsection right under it ('The plan' / 'New bands from
2029' / text), such a pair as the body's first lines where the article stacks heads further on,
and the article's last line, the head of a section the export leaves out (a
video, a timeline). Each is one pass over the document, and each needs other heads in the
article or a paragraph right after the line, so that a list ('Ingredients' / 'Two eggs' /
'Flour'), speech and a signature stay paragraphs.
"""

from __future__ import annotations

import re
from itertools import compress
from typing import Final

from api.parser.heading_limits import MAX_WORDS
from api.parser.layout import Item, Line
from api.parser.sentences import SENTENCE_ENDS

# Heads an article needs before its last line may be one more.
HEADS_MIN = 2
# A field's label, then figures: 'Nutrition per serving: 520 kcal, 24g fat', data, not a head.
DATA_LINE = re.compile(r"^[^:]{1,40}: \D{0,20}\d")
# Readings without a label, each a word and a figure with its unit, a forecast's or a spec's
# data: 'Max 12C, min 7C', 'High 30°C, low 18°C', 'Wind 20mph, gusts 45mph' (a unit after the
# figure: not '5. A launch ticket, 1967').
_READING = r"[^\W\d]{1,12}\.? [-−–]?\d{1,4}(?:[.,]\d)? ?(?:°[CF]?|C|F|%|mph|km/h|kph|mm|cm|hPa|kt)"
READINGS: Final = re.compile(rf"^{_READING}(?:[,;/] {_READING})+$")
# A match's result or a forecast of one, names either side of a score: 'Kells Rovers 2-1
# Castlefield', 'Leinster 24–17 Munster', data closing a preview or a report, no head.
RESULT_LINE: Final = re.compile(r"^[^\d:]+ \d{1,3} ?[-–] ?\d{1,3} [^\d:]+$")
# The whole line in quotation marks, speech more than a head when the heads are not so.
QUOTED = re.compile(r"^[\"“‘'„«‹].*[\"”’'“»›]$")


def place_heads(items: list[Item], shaped: list[bool], flags: list[bool]) -> list[bool]:
    """The flags with the heads turned down for their place added: under a section head, the
    last line. (A head after a ':' line is left to the kin rule, which needs two confident heads
    of its form: with one, 'Here is the timetable:' / 'A chance for others' is a list's item as
    often as a head.)"""
    return add_closing_head(items, shaped, add_stacked_heads(items, shaped, flags))


# Heads in headline case set a house style that a long line in sentence case breaks: a pull
# quote without its marks, 'We cook for children, and children are the hardest critics'.
HOUSE_STYLE_MIN = 3
LONG_HEAD_WORDS = MAX_WORDS  # longer heads are the long-head rule's
SMALL_WORD_LETTERS = 3  # 'a', 'of', 'the', 'and' may stay lower case in headline case


def drop_off_style_long_heads(items: list[Item], flags: list[bool]) -> list[bool]:
    """Where most heads, HOUSE_STYLE_MIN at least, are in headline case ('The Sound of the
    Metal'), a head longer than LONG_HEAD_WORDS words in sentence case is no head: 'We cook for
    children, and children are the hardest critics in the world', a pull quote."""
    heads = [k for k, flag in enumerate(flags) if flag and isinstance(items[k], Line)]
    cased = len([k for k in heads if is_headline_case(items[k].text)])
    if cased < HOUSE_STYLE_MIN or 2 * cased <= len(heads):
        return flags
    off = {
        k
        for k in heads
        if len(items[k].text.split()) > LONG_HEAD_WORDS and not is_headline_case(items[k].text)
    }
    return [flag and k not in off for k, flag in enumerate(flags)]


def is_headline_case(text: str) -> bool:
    """True when every word longer than SMALL_WORD_LETTERS letters opens with a capital, and
    two words at least do: 'The Sound of the Metal', 'Building the Bed', 'Packing Up' (not
    'The sound of the metal', nor 'Why now')."""
    words = text.split()
    if sum(1 for w in words if w[0].isupper()) < 2:
        return False
    long_words = [w for w in words if len(w.strip(".,:;!?'’\"“”")) > SMALL_WORD_LETTERS]
    return all(w[0].isupper() or not w[0].isalpha() for w in long_words)


def title_case_heads(items: list[Item], flags: list[bool]) -> bool:
    """True when most of the flagged heads capitalise every word: 'The Cost Of Fuel'."""
    heads = [it.text for it, flag in zip(items, flags, strict=True) if flag]
    return 2 * sum(map(is_title_case, heads)) > len(heads)


def add_stacked_heads(items: list[Item], shaped: list[bool], flags: list[bool]) -> list[bool]:
    """A heading-shaped line right under a head that opens a section (it follows a sentence's
    end, or is a label in capitals) is a subsection's head when a paragraph follows it: 'The
    plan' / 'New bands from 2029' / text, 'FILM' / 'The Lodger' / text, a section head over its
    first subsection, as publishers mark it up (<h2>, <h3>); a label in capitals where every
    such label stands so (caps_label_sections), after any line of the text.
    Two heading-shaped lines and no more: a third makes the run a list ('Pros' / 'Fast' /
    'Cheap'). Not speech nor a question (is_spoken)."""
    result = list(flags)
    labels: bool | None = None  # (whether capitals label sections: read once, where asked)
    for k in range(2, len(items) - 1):
        line, upper, before, after = items[k], items[k - 1], items[k - 2], items[k + 1]
        if flags[k] or not flags[k - 1] or not shaped[k] or shaped[k + 1]:
            continue
        if not (isinstance(upper, Line) and isinstance(before, Line)):
            continue
        if before.text[-1] not in SENTENCE_ENDS:
            if not is_kicker(upper.text):
                continue
            labels = caps_label_sections(items, flags) if labels is None else labels
            if not labels:
                continue
        if isinstance(after, Line) and isinstance(line, Line) and not DATA_LINE.match(line.text):
            # (a field of figures right under a head is the section's first field, not a
            # subsection's head: '3. The Ridge Hawks' / 'Last season: 38-24-8' / text)
            result[k] = after.text[-1] in SENTENCE_ENDS and not is_spoken(line.text)
    return add_opening_stack(items, shaped, result) if has_stacked_heads(items, result) else result


def caps_label_sections(items: list[Item], flags: list[bool]) -> bool:
    """True when every head in capitals stands over one line and then a paragraph, labels of
    sections that each open with a head ('FILM' / 'The Lodger' / text), so that such a label
    opens its section after any line of the text, a listing's details too ('Saturday, from
    10am' / 'FILM'); not labels over groups of list lines ('LOW TIDE' / 'Crabs' / 'Sand')."""
    heads = [k for k, flag in enumerate(flags) if flag and isinstance(items[k], Line)]
    labels = [k for k in heads if is_kicker(items[k].text)]
    return bool(labels) and all(labels_a_section(items, k) for k in labels)


def labels_a_section(items: list[Item], k: int) -> bool:
    """True when line k stands over a line not in capitals, then a line ending a sentence."""
    under, text = line_at_end(items, k + 1), line_at_end(items, k + 2)
    if under is None or text is None or is_kicker(under.text):
        return False
    return text.text[-1] in SENTENCE_ENDS


def has_stacked_heads(items: list[Item], flags: list[bool]) -> bool:
    """True when a head stands right under another somewhere: 'Housing' / 'Stamp duty'."""
    # (the heads alone are walked, not every line: most lines head nothing)
    heads = compress(range(1, len(items)), flags[1:])
    return any(flags[k - 1] and isinstance(items[k - 1], Line) for k in heads)


def add_opening_stack(items: list[Item], shaped: list[bool], flags: list[bool]) -> list[bool]:
    """The body's first two lines, heading-shaped over a paragraph, are a section head and its
    first subsection's head when the article stacks its heads so further on: 'Income tax' /
    'Thresholds stay frozen' / text ... 'Housing' / 'Stamp duty' / text (without such pairs,
    a kicker over a standfirst: 'Analysis' / 'Why the markets fell'; a kicker in capitals
    never: 'CULTURE' / 'By Jane Doe | Staff writer')."""
    first = next((k for k, item in enumerate(items) if isinstance(item, Line)), len(items))
    pair, after = range(first, first + 2), line_at_end(items, first + 2)
    if after is None or after.text[-1] not in SENTENCE_ENDS or shaped[first + 2]:
        return flags
    if not all(shaped[k] and isinstance(items[k], Line) for k in pair):
        return flags
    if any(is_spoken(items[k].text) or is_kicker(items[k].text) for k in pair):
        return flags
    return [flag or k in pair for k, flag in enumerate(flags)]


def is_kicker(text: str) -> bool:
    """True for a line in capitals, a kicker over the text more than a section's head: 'CULTURE'."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def line_at_end(items: list[Item], k: int) -> Line | None:
    """Item k when it is a text line, None when it is a picture or past the end."""
    item = items[k] if k < len(items) else None
    return item if isinstance(item, Line) else None


def is_spoken(text: str) -> bool:
    """True for a question or a line in quotation marks, the section's opening words more than a
    head under a head: '“Pamela, why are we talking about this?”' (the question rules decide
    question heads on their own)."""
    return QUOTED.match(text) is not None or text.rstrip("\"”’'").endswith("?")


def add_closing_head(items: list[Item], shaped: list[bool], flags: list[bool]) -> list[bool]:
    """The article's last line is a head when the article has heads, it is heading-shaped,
    and it follows a sentence's end: the head of a section the export leaves out, a video or a
    timeline ('...by the summer.' / 'Timeline'), as publishers mark it up. Not a question, the
    writer's last word ('What comes next?'), nor a line ending in an abbreviation's point, a
    sentence ('...after 7 p.m.'), nor a name in capitals where the heads are not written so, a
    signature ('Pamela Wilson'), nor a field of figures ('Per serving: 520 kcal'), nor a
    match's result ('Kells Rovers 2-1 Castlefield')."""
    last = len(items) - 1
    if last < 1 or flags[last] or not shaped[last] or sum(flags) < HEADS_MIN:
        return flags
    before, item = items[last - 1], items[last]
    if not isinstance(before, Line) or before.text[-1] not in SENTENCE_ENDS:
        return flags
    if not isinstance(item, Line) or not item.text[-1].isalnum():
        return flags
    if is_title_case(item.text) and not title_case_heads(items, flags):
        return flags
    if DATA_LINE.match(item.text) or RESULT_LINE.match(item.text):
        return flags  # a field of figures or a score closes a recipe, a table, a preview
    return [*flags[:last], True]


def is_title_case(text: str) -> bool:
    """True for two words or more, each opening with a capital: 'Pamela Wilson', 'The Cost Of
    Fuel' (not 'The cost of fuel', nor 'Timeline')."""
    words = text.split()
    return len(words) > 1 and all(word[0].isupper() for word in words)


def reading_lines(items: list[Item], flags: list[bool]) -> list[int]:
    """The heads that are readings without a label, data and no head: 'Max 12C, min 7C'."""
    found = []
    for k in compress(range(len(items)), flags):
        item = items[k]
        if isinstance(item, Line) and READINGS.match(item.text):
            found.append(k)
    return found
