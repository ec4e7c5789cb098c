"""A guide whose heads are a numbered series ('Step 1: ...' / text / 'Step 2: ...' / text /
...): a question asked inside one of its sections and answered by the very next line is the
section's text, a reader's aside, not a head ('Step 4: Book the test' / text / 'Can members
sit it for less?' / 'Club members pay half ...' / 'Step 5: ...'). A question heading a
section of its own, under a question head (a FAQ's run), right under a head or in a head's own
form stays.
"""

from __future__ import annotations

from statistics import median

from api.parser.heading_answers import reply_to
from api.parser.heading_asides import after_a_line, is_formed
from api.parser.heading_lone_questions import LISTED_REPLY_SHARE, REPLY_SHARE, right_after_a_list
from api.parser.heading_numbered_runs import member_sections, run_number
from api.parser.heading_questions import is_question_line
from api.parser.layout import Item, Line


def asked_in_a_guide(items: list[Item], flags: list[bool], run: list[int]) -> list[int]:
    """The flagged unnumbered questions on a page whose numbered series `run` stands whole,
    each after its section's text, under a member but the last or a head that asks nothing
    (asked_aside), answered by the very next line alone (replied_alone), under reply_share of
    the series' usual section: 'Step 1: ...' / text / 'Can a hired boat take the test?' /
    'It can, with ...' / 'Step 2: ...' -> the question."""
    if not run or not all(flags[k] for k in run):
        return []
    members = frozenset(run)
    usual = -1.0  # (read when a question first asks for it: most guides ask none)
    found: list[int] = []
    owner = -1  # the head standing over the line walked, -1 before the first
    for k in range(run[0], len(items)):
        if not flags[k] or not isinstance(items[k], Line):
            continue
        if asked_aside(items, flags, k, owner, members, run[-1]):
            if usual < 0:
                usual = usual_section(items, flags, run)
            reply = reply_to(items, flags, k) if replied_alone(items, flags, k) else None
            if reply is not None and len(reply.text) < reply_share(items, k) * usual:
                found.append(k)
                continue  # (text: the head over it owns the lines after it)
        owner = k
    return found


def reply_share(items: list[Item], k: int) -> float:
    """The share of the series' usual section a reply to question k stays under: any reply
    shorter than the usual section right after a list's last line, where the place says 'in
    passing' ('Your form must show:' / '• the date' / 'What if it is late?' / 'Ring the
    office. ...' / 'Step 5: ...'), else REPLY_SHARE, a question after a paragraph asking as
    a head may ('Step 2: ...' / text / 'Can a club pay?' / a reply as long as a section)."""
    return LISTED_REPLY_SHARE if right_after_a_list(items, k) else REPLY_SHARE


def asked_aside(
    items: list[Item], flags: list[bool], k: int, owner: int, members: frozenset[int], last: int
) -> bool:
    """True for flagged line k an unnumbered question in no head's form after a text line of
    the section of `owner`, a member of the series but the `last` or a head that asks nothing:
    'Step 2: ...' / text / 'Must you book?' (not 'Questions' / 'Must you book?', right under its
    head, nor 'Can I pay?' / text / 'Do I need one?', a FAQ's run, nor 'Step 5: ...' / text
    / 'Who renews it?', where the page's closing section may open, as after a listicle's
    last item)."""
    item = items[k]
    if not is_question_line(item) or is_formed(item.text) or run_number(item)[1] >= 0:
        return False
    if owner == last or not after_a_line(items, flags, k):
        return False  # right under its head or after a picture: it opens the section
    return owner in members or (owner >= 0 and not is_question_line(items[owner]))


def replied_alone(items: list[Item], flags: list[bool], k: int) -> bool:
    """True when the line after question k stands alone in its section, a head, a picture or
    the page's end after it: 'Was the fee fair?' / 'One in three wins.' / picture (not 'Did the
    crews finish?' / 'Half did.' / text, a section of its own)."""
    j = k + 2
    return j >= len(items) or flags[j] or not isinstance(items[j], Line)


def usual_section(items: list[Item], flags: list[bool], run: list[int]) -> float:
    """The median characters of text under the series' members, each up to the next member
    (the last up to the next head standing or the page's end): a reply under REPLY_SHARE of it
    is no section of its own. Read in one pass over the series' lines."""
    return float(median(member_sections(items, run, flags)))
