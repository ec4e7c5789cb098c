"""Questions leaning on the text before them, answered by the next line: running text, not
heads ('... Jankauskas-Lee won the first reverse singles.' / 'Was the clay too slow for
him?' / 'Not according to him. ...' / the next head).

A head opens a section the way the page's other heads do; a question asked in passing points
back at what was just told (a word for someone or something named before: 'him', 'yours',
'those days') and is answered by the one or two lines after it, a reply much shorter than the
page's sections. A FAQ's own question names its topic ('Can I still fill my pool?') or heads
a section as long as its siblings'.
"""

from __future__ import annotations

import re
from itertools import compress, pairwise
from statistics import median
from typing import Final

from api.parser.heading_answers import head_form, reply_to
from api.parser.heading_kin import is_bullet, is_caps
from api.parser.heading_places import QUOTED
from api.parser.heading_questions import is_question_line
from api.parser.layout import Item, Line, ListLines

# Words that point at someone or something the text before named: 'Is the air cleaner on
# those days?', 'Not sure whether yours is licensed?', 'Was it too slow for him?'. 'it',
# 'they' and 'them' may name the page's own subject, as a FAQ's head does ('How rare are
# they?', 'Can children ride them?'), and 'her' may point inside the question ('Can my
# daughter go back the day her fever drops?'), so they point at nothing.
BACK_WORDS: Final = frozenset("those these yours theirs him".split())
# 'that' pointing back after a preposition ('Can they cut your pay for that day?'); after a
# noun it opens a clause ('an e-scooter that does not ...'), as the subject it is a follow-up
# of its own ('Does that include ...?', heading_answers.followed_up).
THAT: Final = "that"
PREPOSITIONS: Final = frozenset("for on in at by from with after about during since".split())
REPLY_LINES: Final = 2  # 'Plenty do. ...' / 'Fares went up once.': a reply and a punchy line
# The share of the page's usual section a reply stays under: 66 characters beside answers of
# 174 is a reply, an answer of 146 beside 142 a section of its own.
REPLY_SHARE: Final = 0.6
# Right after a list among heads of another form, the place says 'in passing': a one-line reply
# need only be shorter than the usual section ('Try a small payment first. ...', 146 beside 170).
LISTED_REPLY_SHARE: Final = 1.0
WORD: Final = re.compile(r"[^\W\d_]+")


def leans_back(question: str) -> bool:
    """True for a question holding a word for what the text before named: 'Is the air cleaner
    on those days?', 'Can they cut your pay for that day?' (not 'Is it taxed?', 'How rare are
    they?', nor 'Does that include tips?', 'a scooter that is legal?')."""
    words = [word.lower() for word in WORD.findall(question)]
    if any(word in BACK_WORDS for word in words):
        return True
    return any(word == THAT and before in PREPOSITIONS for before, word in pairwise(words))


def is_bare_question(item: Item) -> bool:
    """True for a question line of no head form, as a FAQ's heads are: 'Who qualifies?' (not
    'Step 3: Can you still get a seat?', 'Where we ate')."""
    return is_question_line(item) and isinstance(item, Line) and not head_form(item.text)


def after_list_among_other_heads(items: list[Item], heads: list[int], k: int) -> bool:
    """True for a question right after a list's last line on a page whose other heads are
    mostly of another form, statements or 'Step N:' ('... • the tide' / 'Not sure it is
    open?' / 'Ring first.' among 'Step N:' heads; not a FAQ's 'Who qualifies?' after a list)."""
    before = items[k - 1] if k else None
    listed = isinstance(before, ListLines) or (isinstance(before, Line) and is_bullet(before.text))
    if not listed:
        return False
    others = [j for j in heads if j != k]
    return 2 * sum(is_bare_question(items[j]) for j in others) < len(others)


def section_sizes(items: list[Item], flags: list[bool]) -> dict[int, tuple[int, int]]:
    """For each flagged line, the lines and characters of its section, up to the next head or
    picture: 'Who qualifies?' / 205 / 85 -> (2, 290)."""
    sizes: dict[int, tuple[int, int]] = {}
    head = -1
    for k, item in enumerate(items):
        if flags[k]:
            head = k
            sizes[k] = (0, 0)
        elif not isinstance(item, Line):
            head = -1  # a picture closes the section: what follows it is no reply
        elif head >= 0:
            lines, chars = sizes[head]
            sizes[head] = (lines + 1, chars + len(item.text))
    return sizes


def questions_in_passing(items: list[Item], flags: list[bool]) -> list[int]:
    """The flagged questions after running text that lean back on it (leans_back) or stand
    right after a list among heads of another form (after_list_among_other_heads), answered by
    the next paragraph, REPLY_LINES lines at most before the next head, under REPLY_SHARE of
    the page's usual section: 'They lost in two hours.' / 'Was the clay too slow for him?' /
    'Not according to him.' / picture / the next head."""
    heads = [k for k in compress(range(len(items)), flags) if isinstance(items[k], Line)]
    listed = {k for k in heads if after_list_among_other_heads(items, heads, k)}
    asked = [
        k
        for k in heads
        if is_question_line(items[k]) and (leans_back(items[k].text) or k in listed)
    ]
    if not asked or len(heads) < 3:
        return []  # (most pages: no question pointing back among heads)
    sizes = section_sizes(items, flags)
    # the page's usual section, over the heads no question in passing may be: two replies of
    # 65 and 105 characters beside sections of 290-370 would pull it down to a reply's length
    usual = median(sizes[j][1] for j in heads if j not in asked) if len(asked) < len(heads) else 0
    found = []
    for k in asked:
        text = items[k].text
        if k == 0 or flags[k - 1] or head_form(text) or is_caps(text) or QUOTED.match(text):
            continue
        lines, chars = sizes[k]
        if not 1 <= lines <= REPLY_LINES or reply_to(items, flags, k) is None:
            continue
        share = LISTED_REPLY_SHARE if lines == 1 and k in listed else REPLY_SHARE
        if chars < share * usual:
            found.append(k)
    return found
