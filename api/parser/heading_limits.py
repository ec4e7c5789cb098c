"""A head's size and its contrast with the text under it: the bounds every heading rule shares,
and the few word and mark tables several of them read.

headings.py and its rule modules (heading_*.py) read them from here, one source, since
headings.py imports those modules and they cannot import it back.
"""

from __future__ import annotations

import re
from typing import Final

MAX_WORDS = 10  # a head's words at most: 'Why the river floods every spring'
MAX_CHARS = 80  # a head's characters at most
LONG_WORDS = 18  # a long head's words at most, the longest head
LONG_CHARS = 140  # a long head's characters at most
LONG_RATIO = 2.0  # how many times longer than a head the paragraph under it is, at least
# The words a question opens with, asked in full ('Who pays?') or indirect, as a section head
# in an explainer's voice is ('What the rules say', 'Where it gets complicated').
QUESTION_WORDS: Final = frozenset("what why how when where who which".split())
# The first character of a quotation, and of a head in quotation marks (headings.QUOTED).
QUOTED_OPENERS: Final = frozenset("\"“‘'„«‹")
# A field, a short label, a colon, then its value: 'Castlefield: WWWDW', 'Revenue: £4.21bn'.
FIELD = re.compile(r"^[A-Z][\w'’ -]{0,30}: \S")
# A recipe's or a guide's yield, a number of servings or pieces: 'Makes 12 scones', 'Serves
# 4', 'Feeds six', 'Makes about 24 biscuits'; over a field of figures ('Prep time: 10 min') it
# is the box's first row of data, no label over it
# (headings.opens_figure_rows, heading_kin.form_label).
YIELD_LINE: Final = re.compile(
    r"^(?:Makes|Serves|Feeds|Yields)(?: about| around| up to)? (?:\d|(?:one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|a dozen)\b)"
)
# A clock time standing as one comma-separated field of a line: '3pm', '12.30pm', '11 a.m.',
# '19:45', '4-7 p.m.' (the whole field, not a time inside a clause).
SCHEDULE_TIME: Final = re.compile(
    r"\d{1,2}(?:[:.]\d{2})?(?:\s?[-–]\s?\d{1,2}(?:[:.]\d{2})?)?\s?[ap]\.?m\.?"
    r"|\d{1,2}[:.]\d{2}",
    re.IGNORECASE,
)


def is_schedule_line(text: str) -> bool:
    """True for a line of comma-separated fields, one of them a clock time alone, a fixture's
    kick-off or a service's hours, data, no head: 'Saturday, 12.30pm, Sky Sports Football',
    'Funeral: Saturday, Dec. 12, 11 a.m., St Anne's Church' (not 'Dawn raid at 4am, then
    silence')."""
    if ", " not in text or not any(map(str.isdigit, text)):
        return False  # (most lines: settled on their characters)
    return any(SCHEDULE_TIME.fullmatch(part.strip()) for part in text.split(","))
