"""Long heads without a stop in the slots a page marks for its heads: right under a live post's
timestamp ('9.35pm' / '<a 22-word clause>' / text) and right over a roundup item's star rating
('<a 19-word clause>' / '★★★★☆' / text). Where the page's other heads stand in such slots, a
reader takes an unstopped clause there for one more of them whatever its word count, so long
as it is no longer than the longest paragraph of the section it opens, the page's own measure
(heading_long_heads.within_its_text reads the same between heads).

The slot is the page's mark, not the line's: a long clause between paragraphs of a page
without timestamps or ratings is left to the rhythm's rules, and a sentence in the slot
('The court has risen.' / text) to the post's own ('stated'), so a headless post's first line
and an item's closing line over the next item's rating stay text.
"""

from __future__ import annotations

from api.parser.heading_company import RATED_HEADS, over_a_rating
from api.parser.heading_long_heads import is_unstopped_clause
from api.parser.heading_posts import POST_HEADS, opens_post_text, stamped_at
from api.parser.heading_siblings import opens_a_section
from api.parser.layout import Item, Line
from api.parser.page_chrome import is_timestamp


def longest_under(items: list[Item], k: int, flags: list[bool]) -> int:
    """The length of the longest text line of the section line k opens, up to the next head
    standing, timestamp or line over a rating: '<clause>' / 210 / 60 / '10.14pm' -> 210."""
    longest = 0
    for j in range(k + 1, len(items)):
        item = items[j]
        if not isinstance(item, Line):
            continue  # (a picture or a list inside a post or an item is no end of it)
        if flags[j] or is_timestamp(item.text) or over_a_rating(items, j):
            break
        longest = max(longest, len(item.text))
    return longest


def clause_in_a_slot(items: list[Item], k: int, flags: list[bool]) -> bool:
    """True when line k is one unstopped clause (is_unstopped_clause) shorter than the longest
    paragraph of the section it opens: 'Why the dance matters so much in a country where every
    village has a boy who can do it' / 141 / 123 (not a clause longer than its post's text, the
    post's own opening run on without a stop)."""
    text = items[k].text
    return is_unstopped_clause(text) and len(text) < longest_under(items, k, flags)


def stamped_long_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """The unstopped clauses right under timestamps, over their post's text, on a page where
    POST_HEADS heads or more stand right under timestamps: '9.58pm' / 'Who are the judges
    looking for?' / text / '9.35pm' / '<a 22-word clause>' / text (not such a clause on a
    page whose posts open on their text, nor one longer than the post's paragraphs)."""
    stamps = [k for k in alone if 0 < k + 1 < len(items) - 1 and is_timestamp(items[k].text)]
    if len(stamps) < POST_HEADS:
        return []  # (most documents: no live posts)
    if sum(1 for k in stamps if flags[k + 1]) < POST_HEADS:
        return []  # a page whose posts open on their text: its long first lines are text
    found = []
    for k in stamps:
        line = items[k + 1]
        if flags[k + 1] or not (isinstance(line, Line) and line.alone):
            continue
        if stamped_at(items, k + 1) and opens_post_text(items, flags, k + 1):
            if clause_in_a_slot(items, k + 1, flags):
                found.append(k + 1)
    return found


def rated_long_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """The unstopped clauses right over star ratings, opening a section (after a sentence's end
    or a picture), where RATED_HEADS heads or more stand right over ratings: '<a 19-word
    clause>' / '★★★★☆' / '£159, shop' / text beside 'Best budget: Homefold' / '★★★★☆' (not
    such a clause on a page whose ratings close their items, their heads over text)."""
    rated = [k for k in alone if over_a_rating(items, k)]
    if sum(1 for k in rated if flags[k]) < RATED_HEADS:
        return []  # (most documents: no ratings, or none under a head)
    found = []
    for k in rated:
        if flags[k] or not opens_a_section(items, k):
            continue
        if clause_in_a_slot(items, k, flags):
            found.append(k)
    return found


def slot_clause_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """The long heads of the module's two slots, each read against the heads standing."""
    return stamped_long_heads(items, alone, flags) + rated_long_heads(items, alone, flags)
