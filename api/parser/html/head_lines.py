"""Heads that CMSs mark up oddly: a head linking to its own anchor, a bold head over its text."""

from __future__ import annotations

from typing import Final

from api.parser.html.text import SKIPPED_TAGS, element_text, pieces, tidy
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
    the money goes', 'The fund pays for buses.'), the <br> inside the bold too ('<b>Where the
    money goes<br></b>'). A bold lead-in on the text's own line ('<b>In short:</b> the fund
    ...'), a label ('<b>When:</b><br>Saturday') or a contact's lines ('<b>Press office</b><br>
    Phone: ...') are none: every line under the head is a sentence."""
    bold = opening_bold(element)
    if bold is None or bold.find(".//a") is not None:
        return None  # (most paragraphs: no bold opens them) 'Read more from X' over its link
    lines = [tidy(line) for line in "".join(line_pieces(element)).split(LINE_BREAK)]
    lines = [line for line in lines if line]
    head = tidy("".join(pieces(bold)))
    if len(lines) < 2 or lines[0] != head or len(head) > MAX_LINE_HEAD_CHARS:
        return None
    if head.endswith(HEAD_LINE_ENDS):
        return None
    for line in lines[1:]:
        if len(line.split()) < MIN_LINE_TEXT_WORDS or not line.endswith(TEXT_ENDS):
            return None
    return head, " ".join(lines[1:])


def opening_bold(element):
    """The <b> or <strong> a paragraph opens with, no text before it, inside wrappers of no
    text of their own: '<p><span><strong>Head</strong></span>..' -> the <strong>."""
    while not tidy(element.text):
        first = next((c for c in element if isinstance(c.tag, str)), None)
        if first is None or first.tag == "br":
            return None
        if first.tag in BOLD_TAGS:
            return first
        element = first
    return None


LINE_BREAK: Final = "\n"  # (tidy leaves none in a line's text: it marks a <br> between two)


def line_pieces(element):
    """An element's text pieces in order, a LINE_BREAK for each <br> (text.pieces gives a
    space)."""
    if not isinstance(element.tag, str) or element.tag in SKIPPED_TAGS:
        return
    if element.tag == "br":
        yield LINE_BREAK
    elif element.text:
        yield element.text.replace(LINE_BREAK, " ")
    for child in element:
        yield from line_pieces(child)
        if child.tail:
            yield child.tail.replace(LINE_BREAK, " ")


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
