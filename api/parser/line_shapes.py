"""What a standalone line's text shows on its own, read once a line (headings._shapes).

The heading rules ask the same things of a short line several times: as the line itself, as
the line over or under another, as one of a run walked back or forward. Whether it opens with a
list's number ('3. Ottawa'), is a field of figures ('Price: £19.99') or is in capitals ('FILM')
is read here once for each short standalone line, and the rules read the record: on a page of
short lines (a spec box's fields, a listings page's details) each of those patterns would
otherwise be matched three to five times a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from api.parser.heading_kin import LIST_NUMBER, is_caps
from api.parser.heading_places import DATA_LINE

# A counted label, a word of a sequence's parts and its number closed by a period, that opens a
# day's or a stage's head as a list's number does: 'Day 5. Across to Pico', 'Stage 3. Into the
# hills', 'Étape 2. Vers Lyon' (not 'Aged 5. She swam', a sentence).
COUNTED_LABEL = re.compile(
    r"^(?:Day|Night|Week|Month|Year|Stage|Leg|Part|Chapter|Act|Round|Step|Lesson|Level|Episode"
    r"|Dag|Tag|Woche|Jour|Semaine|Étape|Etappe|Día|Dia|Etapa|Giorno|Tappa) \d{1,2}\.\s+(?=[A-Z])"
)
# A review's star rating on a line of its own: '★★★★☆', '★★★ ½', '⭐⭐⭐⭐'.
RATING = re.compile(r"^(?:[★☆✩✪✫✬✭✮✯⭐] ?){2,6}(?:½)?$")
_RATING_STARS = frozenset("★☆✩✪✫✬✭✮✯⭐")  # (RATING's first character: most lines open otherwise)
# A listicle item's number with its label: 'No. 3: Moto G85', 'Step 3: Mix', 'Tip #2: Rest'.
NUMBERED_LABEL = re.compile(r"^[A-Z][\w.]*\s#?\d{1,2}:\s")


# Not frozen, as layout.Line: a frozen dataclass's __init__ sets each field through
# object.__setattr__, and one is made per short line of the body; none is changed after.
@dataclass(slots=True)
class LineShape:
    """The facts of one line's text."""

    number: int  # where the text after a list's number starts: '3. Ottawa' -> 3; 0 for none
    data: bool  # a field of figures: 'Price: £19.99', 'No. 3: Moto G85' (DATA_LINE)
    caps: bool  # all its letters capitals, three at least: 'FILM', 'TOP 10' (is_caps)
    question: bool  # 'Why now?', 'Had these “moments of doubt?”' (is_question)
    labelled: bool  # a number after a label: 'No. 3: Moto G85', 'Tip #2: Rest' (NUMBERED_LABEL)


def read_shape(text: str, data: bool | None = None) -> LineShape:
    """The facts of a line's text: '3. Ottawa' -> LineShape(3, False, False, False, False).
    `data` is whether it is a field of figures (DATA_LINE) when the caller has matched it."""
    number = LIST_NUMBER.match(text) or COUNTED_LABEL.match(text)
    if data is None:
        data = DATA_LINE.match(text) is not None
    # (a label's number is matched once here, not by each rule asking: most lines hold no ':')
    labelled = ":" in text and NUMBERED_LABEL.match(text) is not None
    start = number.end() if number else 0
    return LineShape(start, data, is_caps(text), is_question(text), labelled)


def is_question(text: str) -> bool:
    """True for a line ending in a question mark, inside a closing quote too: 'WHO IS IT?',
    'Have you had these “moments of doubt?”'."""
    return text.rstrip("\"”’'").endswith("?")


def is_rating(text: str) -> bool:
    """True for a review's star rating on a line of its own: '★★★★☆'."""
    return text[:1] in _RATING_STARS and RATING.match(text) is not None
