"""Heads that CMSs mark up oddly: a head linking to its own anchor, a bold head over its text."""

from __future__ import annotations

from typing import Final

from api.parser.html.text import element_text, pieces, tidy
from api.parser.page_chrome import CLOCK

BOLD_TAGS: Final = frozenset({"b", "strong"})
MAX_LINE_HEAD_CHARS = 90  # a bold line's head is short: 'Where the money goes'
MIN_LINE_TEXT_WORDS = 6  # the text under it is a sentence, not a field ('Phone: 555 0100')
# A head ends as no sentence or clause or label does; a question is left to the interview rules.
HEAD_LINE_ENDS: Final = tuple(".,;:…?")
TEXT_ENDS: Final = tuple('.!?"”’)')
STAMP_MARKS: Final = " :–—-|·"  # what parts a post's time from its head: '10:42 – Ferry'


def anchors_itself(heading) -> bool:
    """A head whose links only mark its own place in the page, a permalink and no link away:
    '<h2 id="fares"><a href="#fares">Fares rise</a></h2>', '<h3><a name="cost">The cost</a></h3>'
    (no address). '<h2><a href="/news/fares">Fares rise</a></h2>' links to another page."""
    names = {tidy(e.get("id")) for e in heading.iter() if e.get("id")}
    names |= {tidy(e.get("name")) for e in heading.iter("a") if e.get("name")}
    parent = heading.getparent()
    if parent is not None and parent.get("id"):
        names.add(tidy(parent.get("id")))
    found = False
    for link in heading.iter("a"):
        href = (link.get("href") or "").strip()
        if href and (not href.startswith("#") or href[1:] not in names):
            return False
        found = True
    return found


def bold_head_line(element) -> tuple[str, str] | None:
    """A paragraph opening with a bold head alone on its line, its text after a <br>: the head
    and the text, '<p><b>Where the money goes</b><br>The fund pays for buses.</p>' -> ('Where
    the money goes', 'The fund pays for buses.'). A bold lead-in on the text's own line ('<b>In
    short:</b> the fund ...'), a label ('<b>When:</b><br>Saturday') or a contact's lines ('<b>Press
    office</b><br>Phone: ...<br>...') are none."""
    if tidy(element.text):
        return None
    children = [c for c in element if isinstance(c.tag, str)]
    if len(children) < 2 or children[0].tag not in BOLD_TAGS or children[1].tag != "br":
        return None
    bold = children[0]
    if tidy(bold.tail) or bold.find(".//br") is not None:
        return None
    if any(c.tag == "br" for c in children[2:]):
        return None  # a contact's or an address's lines
    head = tidy("".join(pieces(bold)))
    if not head or len(head) > MAX_LINE_HEAD_CHARS or head.endswith(HEAD_LINE_ENDS):
        return None
    if bold.find(".//a") is not None:
        return None  # 'Read more from X' over its link
    text = element_text(element)
    rest = text[len(head) :].strip() if text.startswith(head) else ""
    if len(rest.split()) < MIN_LINE_TEXT_WORDS or not rest.endswith(TEXT_ENDS):
        return None
    return head, rest


def opening_stamp(heading):
    """The <time> opening a live post's head with a clock, the post's timestamp and none of the
    head's words: '<h2><time>10:42 GMT</time> Ferry cancelled</h2>' -> that <time>. A time
    inside the head's words ('Doors open at <time>7pm</time>') or a year ('<time>2026</time>
    in review') is the head's."""
    if tidy(heading.text):
        return None
    first = next((c for c in heading if isinstance(c.tag, str)), None)
    while first is not None and first.tag != "time" and not tidy(first.text) and len(first):
        first = first[0]  # '<h2><span><time>..</time></span> ..</h2>'
    if first is None or first.tag != "time" or not CLOCK.search(element_text(first)):
        return None
    return first if element_text(heading, skip={first}) else None


def head_text(heading) -> str:
    """A head's words without a live post's opening timestamp (opening_stamp) and the mark
    after it: '<h3><time>9.15am</time>: Roads closed</h3>' -> 'Roads closed'."""
    stamp = opening_stamp(heading)
    if stamp is None:
        return element_text(heading)
    return element_text(heading, skip={stamp}).lstrip(STAMP_MARKS)
