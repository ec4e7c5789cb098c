"""Where sentences end: periods after abbreviations and initials do not end one."""

from __future__ import annotations

import re
from typing import Final

# Words that end in a period without ending a sentence: 'Jan. 6', 'Sierra Nevada Corp.'.
ABBREVIATIONS: Final = frozenset(
    {
        "Adm", "Ala", "Apr", "Ariz", "Assn", "Aug", "Ave", "Bros", "Blvd", "Calif", "Capt",
        "Cmdr", "Co", "Col", "Colo", "Conn", "Corp", "Cpl", "Dec", "Dept", "Det", "Dr", "Feb",
        "Fla", "Fr", "Ft", "Ga", "Gen", "Gov", "Hon", "Ill", "Inc", "Ind", "Jan", "Jr", "Jul",
        "Jun", "Kan", "Ky", "La", "Lt", "Ltd", "Maj", "Mar", "Mass", "Md", "Mich", "Minn",
        "Miss", "Mo", "Mr", "Mrs", "Ms", "Msgr", "Mt", "No", "Nos", "Nov", "Oct", "Okla", "Ore",
        "Pa", "Pfc", "Ph", "Prof", "Pvt", "Rd", "Rep", "Reps", "Rev", "Sen", "Sens", "Sep",
        "Sept", "Sgt", "Sr", "St", "Ste", "Supt", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis",
        "approx", "etc", "vs",
    }
)  # fmt: skip

# What may join two initials besides their period: the hyphen of a compound given name's,
# French-style, 'J.-M. Doe' (Jean-Marie); one source for the sentence's and the credit's reading.
INITIALS_HYPHEN: Final = "-?"
# A token of single letters joined by periods is a run of initials: 'U.S', 'J.R.R', 'D.C', 'J',
# 'J.-M'.
INITIALS: Final = re.compile(r"^(?:[^\W\d_]\." + INITIALS_HYPHEN + r")*[^\W\d_]$")
# A sentence end followed by more text: 'Press. All rights reserved', 'It rained. Then'. The
# text after it is looked at, not taken, so that the next break's word is whole: in 'T. J. Doe'
# the second break's word is 'J', an initial, not '' after 'T. J' was read.
SENTENCE_BREAK: Final = re.compile(r"(\S*)[.!?][\"”’')]*\s+(?=\S)")
# SENTENCE_BREAK without the word before its mark: a line without one has no break, and the
# search for it reads each character once ('£19.99' holds a '.', over no space).
BREAK_AFTER_MARK: Final = re.compile(r"[.!?][\"”’')]*\s+(?=\S)")
# What a line ending a sentence ends with, quote marks after it included: 'in the loss.', 'he
# said.”'.
SENTENCE_ENDS = ".!?…\"”’'"


def is_abbreviation(token: str) -> bool:
    """True for the word before a period that does not end a sentence: 'U.S' in 'U.S.', 'Jan'."""
    token = token.lstrip("([{\"'‘“")
    return bool(INITIALS.match(token)) or token in ABBREVIATIONS


def has_sentence_inside(text: str) -> bool:
    """True when a sentence ends inside the text: 'Press. All rights reserved' (not 'Corp. and')."""
    if "." not in text and "!" not in text and "?" not in text:
        return False  # (most short lines: no sentence's end to search for)
    # One scan for the marks ('Price: £19.99' has none with text after it); the word before
    # each is read back from the mark, as far as the one before ended, where SENTENCE_BREAK's
    # `(\S*)` would open (see word_before): no second scan over the line.
    searched = 0
    for mark in BREAK_AFTER_MARK.finditer(text):
        # 'NASA/ESA/J. Doe': in slash-joined holders only the part after the last slash counts
        if not is_abbreviation(word_before(text, searched, mark.start()).rsplit("/", 1)[-1]):
            return True
        searched = mark.end()
    return False


def word_before(text: str, start: int, end: int) -> str:
    """The characters other than spaces right before `end`, none before `start`: SENTENCE_BREAK's
    first group for the mark at `end` when its search starts at `start` ('Press. All' -> 'Press';
    'Ends. J. Doe' from after 'Ends. ' -> 'J'). A mark BREAK_AFTER_MARK finds is the only one of
    its word it can find (the marks' tail holds no mark), so SENTENCE_BREAK opens the word there."""
    piece = text[start:end]
    if not piece or piece[-1].isspace():
        return ""
    return piece.rsplit(None, 1)[-1]
