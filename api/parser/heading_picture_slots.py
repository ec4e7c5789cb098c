"""Sentence heads in a picture's slot: where a page's heads stand in sentence forms (quoted,
long, statements), standalone sentences right after its pictures, each opening a run of text,
are more of its heads, as a reader sees a section open under each picture ('"No fear of a big
room"' / text / picture / 'Paris heard him first. Then everyone else did.' / text / text).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Final

from api.parser.heading_numbered_runs import FIRST_PERSON, WORD
from api.parser.heading_rhythm import (
    needed_run,
    paced_openers,
    paced_run,
    paced_sentence,
    rhythm_candidate,
)
from api.parser.heading_series import heads_of_a_series
from api.parser.layout import Item, Picture

# Sentence lines right after a picture that make a page's pattern of heads: one such line is
# as often the text going on under its picture.
PICTURE_SLOTS: Final = 2


def in_a_picture_slot(items: list[Item], k: int) -> bool:
    """True for a sentence line right after a picture (paced_sentence, rhythm_candidate's
    tests: over a longer line, no quotation, no reply): picture / 'Paris heard him first.
    Then everyone else did.' / text (not picture / 'Was it luck?' / text, nor picture /
    '"We wait," she said.')."""
    return (
        k > 0 and isinstance(items[k - 1], Picture) and rhythm_candidate(items, k, paced_sentence)
    )


def in_first_person(text: str) -> bool:
    """True for a line in its writer's voice, a word of the first person in any case: 'I was
    nineteen.', 'My father cried.', 'We closed in May.' (not 'The ovens are older.')."""
    return any(word.lower() in FIRST_PERSON for word in WORD.findall(text))


def picture_slot_heads(
    items: list[Item], alone: list[int], flags: list[bool]
) -> tuple[list[int], list[int]]:
    """The lines in a picture's slot (in_a_picture_slot), PICTURE_SLOTS or more on a page
    whose heads standing are all sentences of a series' forms (heads_of_a_series: quoted,
    long, questions, statements; no label), each opening a run of text (paced_openers); and
    the statement heads standing that cut such a run short, a punchy line in the slot head's
    section: '"No fear"' / text / picture / 'Paris heard him first.' / text / text / picture
    / 'The last concert was in June.' / text / 'He was tired. He played anyway.' / text ->
    the two slot lines, and the punchy line (not one line after a picture, the text going on
    under it, nor such lines beside a label head, 'Looking ahead', or where no head stands, nor
    lines in the first person, 'I was nineteen.', 'My father cried.': a writer's own voice)."""
    standing = [k for k in alone if flags[k]]
    if not standing:
        return [], []
    found = [k for k in alone if not flags[k] and in_a_picture_slot(items, k)]
    if len(found) < PICTURE_SLOTS or paced_openers(items, found) != found:
        return [], []
    if any(in_first_person(items[k].text) for k in found):
        return [], []  # 'I never went back.': the writer's own voice going on under a picture
    if not heads_of_a_series(items, standing):
        return [], []  # label heads: the page's heads are of another form
    cut: list[int] = []
    for k in found:
        place = bisect_right(standing, k)  # (the next head standing, found by halving)
        after = standing[place] if place < len(standing) else -1
        if after < 0 or not paced_sentence(items[after].text):
            continue  # (a quoted, long, label or question head keeps its own section)
        if paced_run(items, k, after) < needed_run(items, after):
            cut.append(after)  # 'The last concert ...' / text / 'He was tired. ...': its text
    return found, cut
