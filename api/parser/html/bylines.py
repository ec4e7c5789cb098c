"""A byline strip read by the shape of its pieces: a name, a date, a reading time, no text."""

from __future__ import annotations

import re
from typing import Final

from api.parser.calendar_words import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)
from api.parser.given_names import usual_sex
from api.parser.html.text import all_text, tidy
from api.parser.html.text_chrome import MAX_DATED_STAMP, MAX_NAME_WORDS, YEAR, is_meta_line

MAX_BYLINE_STRIP = 160  # characters: a name or two, a date and a reading time
# A story's reading time: '3 min read', '12 minutes read', '5-minute read', 'Reading time: 4 min',
# 'Read time 3min 10sec' (its seconds after the minutes).
READING_TIME: Final = re.compile(
    r"^(?:(?:estimated )?read(?:ing)? time:? )?\d{1,3}[ -]?(?:min|mins|minutes?)\.?"
    r"(?: \d{1,2} ?(?:sec|secs|seconds?)\.?)?(?: read)?$"
    r"|^\d{1,3}[ -]?(?:min|mins|minutes?)\.? read$",
    re.IGNORECASE,
)
MAX_ROLE_WORDS = 3  # a writer's role after the name and a comma: 'Senior journalist'
# A place before a date, a dateline's: 'Johannesburg, 06 Dec 2026', 'New Town, March 3, 2025'.
PLACE_BEFORE: Final = re.compile(r"^(?:[A-Z][\w'.-]*\s){0,2}[A-Z][\w'.-]*,\s+")
# A date's label before it, a colon optional, as a phrase or not: 'Published on: 6 Dec 2026',
# 'Updated: March 3', 'This content was published on Oct 1, 2026'.
DATE_LABEL: Final = re.compile(
    r"^(?:(?:this|the) (?:content|story|article|post|page) was )?"
    r"(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?:?\s*",
    re.IGNORECASE,
)
RELATIVE_TIME: Final = re.compile(r"^(?:about |over )?(?:an?|\d{1,2}) \w+ ago$", re.IGNORECASE)
# A day named by its distance from today, with its clock: 'Today at 4:31 a.m.', 'Yesterday, 9:02'.
DAY_AND_CLOCK: Final = re.compile(
    r"^(?:today|yesterday)(?:,| at)? \d{1,2}:\d{2}(?: ?(?:[ap]\.m\.|[ap]m))?$", re.IGNORECASE
)
NAME_OPENER: Final = re.compile(r"^(?:by|written by)\s+", re.IGNORECASE)
BLOCK_TAGS: Final = frozenset({"p", "div", "section", "ul", "ol", "table", "figure", "blockquote"})
MAX_STRIP_PIECES = 8  # child elements: an avatar, a name, a role, dates, a reading time
STRIP_TAGS: Final = frozenset({"div", "p", "section", "span", "header"})  # a strip's own box
PIECE_MARKS: Final = " |·•-–—,"  # what stands between a strip's pieces
LINE_BAR: Final = " | "  # what stands between a one-line byline's pieces: 'by Ann Lee | Today'
# What parts a 'By' line's names and its outlet within one piece: 'By Ann Lee | The Ledger',
# 'By Ann Lee and Ben Roe', 'By Ann Lee & Ben Roe'.
OUTLET_MARKS: Final = re.compile(r" (?:[|·•&]|and) ")
MAX_BYLINE_NAMES = 3  # parts of one 'By' piece: two writers and their outlet


def is_byline_strip(element) -> bool:
    """A small box of inline pieces that are a writer's name (a link, maybe an avatar beside
    it) with a date and/or a reading time, nothing of a sentence: '<div><img alt="Ann Lee"><a>Ann
    Lee</a><span>Published on: 6 Dec 2026</span><span>3 min read</span></div>'. A sentence
    naming a reading time ('The guide is a 3 min read.') is text."""
    if not len(element):
        return is_byline_line(element)  # (most boxes walked have children: no line looked at)
    if len(element) > MAX_STRIP_PIECES:
        return False
    if any(child.tag in BLOCK_TAGS for child in element):
        return False
    pieces = [piece for piece in strip_pieces(element) if piece]
    if len(pieces) < 2 or sum(len(piece) for piece in pieces) > MAX_BYLINE_STRIP:
        return False
    stamps = [piece for piece in pieces if is_stamp_piece(piece) or is_placed_date(piece)]
    names = [piece for piece in pieces if piece not in stamps]
    if not names or not all(is_name_piece(name) for name in names):
        return False
    # a bare date beside a capitalised label is a notice ('<b>Key Dates</b> March 3, 2025')
    return any(is_stamp_piece(piece) for piece in stamps)


def is_byline_line(element) -> bool:
    """A box of one line, 'by' (in either case) and a name, then a date or a time after a bar:
    '<div>by Ann Lee | Today at 4:31 a.m.</div>' (not 'by the time the bus came | 9:02', no
    name; not 'Ann Lee | Today at 4:31 a.m.', no 'by')."""
    raw = element.text or ""
    if "|" not in raw:
        return False  # (most boxes with no child, a paragraph's: no bar, the text not tidied)
    text = tidy(raw)
    if len(text) > MAX_BYLINE_STRIP or NAME_OPENER.match(text) is None:
        return False
    name, *stamps = text.split(LINE_BAR)
    return bool(stamps) and is_one_name(name) and all(is_stamp_piece(s) for s in stamps)


def strip_pieces(element) -> list[str]:
    """The texts a box's own children and loose text give, each apart (a byline's parts are
    often glued with no space: '<a>Ann Lee</a><span>3 min read</span>')."""
    pieces = [tidy(element.text or "")]
    for child in element:
        if isinstance(child.tag, str):
            pieces.append(tidy(all_text(child)))
        pieces.append(tidy(child.tail or ""))
    return [piece.strip(PIECE_MARKS) for piece in pieces]


def is_stamp_piece(piece: str) -> bool:
    """A reading time, or a date labelled or with its clock: '3 min read', 'Published on: 6 Dec
    2026, 9:30 am', 'Updated March 3, 2025', 'about 3 hours ago' (not 'March 3, 2025')."""
    if READING_TIME.match(piece) or RELATIVE_TIME.match(piece) or DAY_AND_CLOCK.match(piece):
        return True
    if len(piece) > MAX_DATED_STAMP:
        return False
    if is_meta_line(piece):
        return True
    return DATE_LABEL.match(piece) is not None and is_bare_date(DATE_LABEL.sub("", piece))


def is_signed_or_dated(piece: str) -> bool:
    """A byline or a date's stamp, however long: 'By Jo Lee and Tom Roe in Lagos', 'Updated 6
    December 2026 at 10:00 GMT', 'Published Sunday, 9:14 am' (is_stamp_piece too); not 'By 2030
    the ferry runs on batteries', 'By Friday the council must decide', 'Updated guidance tells
    schools to reopen' (no name, no date after the word)."""
    if is_stamp_piece(piece):
        return True
    signed = NAME_OPENER.match(piece)
    if signed is not None:
        name = piece[signed.end() :].split(maxsplit=1)
        return bool(name) and usual_sex(name[0].strip(",")) is not None
    dated = DATE_LABEL.match(piece)
    if dated is None or dated.end() == 0:
        return False
    rest = piece[dated.end() :].split(maxsplit=1)
    first = rest[0].strip(".,").lower() if rest else ""
    return (
        first[:1].isdigit() or first in WEEKDAYS or first in MONTHS or first in MONTH_ABBREVIATIONS
    )


def is_bare_date(piece: str) -> bool:
    """A date with its month's name and year: 'March 3, 2025', '6 Dec. 2026' (not 'Read the 2025
    report')."""
    if len(piece) > MAX_DATED_STAMP or YEAR.search(piece) is None:
        return False
    words = [word.strip(".,").lower() for word in piece.split()]
    return any(word in MONTHS or word in MONTH_ABBREVIATIONS for word in words) and not any(
        word.isalpha()
        and word not in MONTHS
        and word not in MONTH_ABBREVIATIONS
        and word not in WEEKDAYS
        and word not in WEEKDAY_ABBREVIATIONS
        for word in words
    )


def is_placed_date(piece: str) -> bool:
    """A bare date, or one after the place it was written in: 'Johannesburg, 06 Dec 2026', 'Port
    Ellis, March 3, 2025' (not 'Key Dates March 3, 2025': no comma; not 'We met, March 3, 2025')."""
    return is_bare_date(piece) or is_bare_date(PLACE_BEFORE.sub("", piece, count=1))


def is_name_piece(piece: str) -> bool:
    """A writer's name, 'By' before it or not, every word capitalised, maybe a short role after a
    comma: 'Ann Lee', 'By Ann Q. Lee', 'By Ann Lee, Senior journalist' (not 'Read more', 'the
    desk', 'Ann Lee, who ran the desk for years'); after 'By', the outlet may follow a bar:
    'By Ann Lee | The Daily Star' (is_by_and_outlet)."""
    return is_one_name(piece) or is_by_and_outlet(piece)


def is_by_and_outlet(piece: str) -> bool:
    """'By', a name, then the outlet or a second name after a bar, a dot or 'and', each
    capitalised: 'By Ann Lee | The Daily Star', 'By Ann Lee and Ben Roe' (not 'Ann Lee |
    Sports', no 'By'; not 'By the numbers | 2026', 'By Ann Lee and the desk')."""
    if NAME_OPENER.match(piece) is None:
        return False
    parts = OUTLET_MARKS.split(piece)
    return 1 < len(parts) <= MAX_BYLINE_NAMES and all(is_one_name(part) for part in parts)


def is_one_name(piece: str) -> bool:
    """One writer's name, 'By' before it or not, maybe a short role after a comma: 'By Ann Lee'."""
    name, comma, role = piece.partition(",")
    words = NAME_OPENER.sub("", name).split()
    if not 0 < len(words) <= MAX_NAME_WORDS or not all(word[:1].isupper() for word in words):
        return False
    return not comma or is_role(role.split())


def is_role(words: list[str]) -> bool:
    """A writer's role after their name: 'Senior journalist', 'Health editor' (not 'who ran
    the desk for years', 'and 2 others')."""
    return (
        0 < len(words) <= MAX_ROLE_WORDS
        and words[0][:1].isupper()
        and all(word.replace("-", "").isalpha() for word in words)
    )
