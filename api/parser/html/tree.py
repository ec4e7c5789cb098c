"""Untrusted page text to an lxml tree, within bounds: nothing fetched, size and depth limited."""

from __future__ import annotations

import re
from typing import Final

import lxml.etree

from api.parser.html.errors import NotAnArticleError, PageTooComplexError

MAX_CHARS = 8_000_000  # a news page is well under 2 MB of HTML
MAX_ELEMENTS = 150_000
MAX_DEPTH = 200  # libxml2 itself stops nesting at 256; the walk recurses once a level
# Characters libxml2 cannot take (NUL, other C0 controls): they are never article text.
CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
# Custom elements that stand for a standard one: AMP pages draw every picture as <amp-img>.
STANDARD_TAGS = {"amp-img": "img"}
# A picture's stand-in inside a <figure> or <picture> holding no <img>: an element carrying a
# source and an alt text, as a lazy-loading component draws it ('<progressive-image src alt>').
PICTURE_HOLDERS: Final = ("figure", "picture")
STAND_IN_SOURCES: Final = ("src", "data-src")
# Standard elements with a source that are no picture: media, frames, a form's image button.
NOT_STAND_INS: Final = frozenset(
    {"img", "source", "video", "audio", "iframe", "embed", "object", "input", "track", "script"}
)
# Boxes ARIA names headings (as script-built pages draw them): `<div role="heading"
# aria-level="2">` is an <h2>; ARIA's default level is 2.
BOXES = frozenset({"div", "p", "section", "article", "ul", "ol", "table", "figure"})
ARIA_HEADINGS = lxml.etree.XPath('//*[@role="heading"]')
# Boxes ARIA names a list of items (as script-built pages draw them): `<div role="list"><div
# role="listitem">` is a <ul> of <li>s, when every element in it is an item box (a link named
# an item stays a link: a carousel of stories).
ARIA_LISTS = lxml.etree.XPath('//*[@role="list"]')
ARIA_ITEM_BOXES: Final = frozenset({"div", "section", "article", "span"})


def html_parser() -> lxml.etree.HTMLParser:
    """A parser that reads no network, no external entities and drops comments and PIs.

    Plain lxml.etree elements: lxml.html's element classes cost a lookup per element.
    """
    return lxml.etree.HTMLParser(
        encoding="utf-8",
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        remove_blank_text=False,
        huge_tree=False,
        default_doctype=False,
    )


def check_size(text: str) -> None:
    """Refuse a page too large to be an article page: 'x' * 10**7 raises."""
    if len(text) > MAX_CHARS:
        raise PageTooComplexError(f"the page has {len(text)} characters, over {MAX_CHARS}")


def check_shape(root) -> None:
    """Refuse a tree with too many elements or nesting too deep, walking it once."""
    count = level = 0
    for event, _ in lxml.etree.iterwalk(root, events=("start", "end")):
        if event == "end":
            level -= 1
            continue
        count += 1
        level += 1
        if count > MAX_ELEMENTS:
            raise PageTooComplexError(f"the page has more than {MAX_ELEMENTS} elements")
        if level > MAX_DEPTH:
            raise PageTooComplexError(f"the page nests elements over {MAX_DEPTH} deep")


def parse_tree(text: str):
    """The page's tree (lxml.etree, HTML parser), or a ParseError for an empty or refused page."""
    check_size(text)
    text = XML_DECLARATION.sub("", CONTROLS.sub("", text), count=1)
    if not text.strip():
        raise NotAnArticleError("the page is empty")
    try:
        root = lxml.etree.fromstring(text.encode("utf-8", "replace"), parser=html_parser())
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as exc:
        raise NotAnArticleError(f"the page cannot be read as HTML: {exc}") from None
    if root is None:
        raise NotAnArticleError("the page has no HTML elements")
    check_shape(root)
    standard_tags(root)
    return root


def standard_tags(root) -> None:
    """Rename custom elements to the standard ones they stand for: <amp-img> to <img>, a
    picture's stand-in in a <figure> to <img> (picture_stand_ins); one walk for both. Boxes
    ARIA names headings and lists become <h2> and <ul>."""
    holders = []
    for element in list(root.iter(*STANDARD_TAGS, *PICTURE_HOLDERS)):
        if element.tag in STANDARD_TAGS:
            element.tag = STANDARD_TAGS[element.tag]
        else:
            holders.append(element)
    for holder in holders:
        for element in picture_stand_ins(holder):
            element.tag = "img"
    for element in ARIA_HEADINGS(root):
        level = (element.get("aria-level") or "2").strip()
        if level in ("1", "2", "3", "4", "5", "6") and not any(
            isinstance(c.tag, str) and c.tag in BOXES for c in element
        ):
            element.tag = f"h{level}"
    for element in ARIA_LISTS(root):
        aria_list(element)


def aria_list(element) -> None:
    """Rename a box ARIA names a list to a <ul>, and its items to <li>s, when every element in
    it is an item: '<div role="list"><div role="listitem"><p>A</p></div>..' -> '<ul><li><p>A
    </p></li>..'. A list box holding anything else (a title, a button) is left as it is."""
    if element.tag in ("ul", "ol"):
        return  # a list already ('<ul role="list">', as style sheets ask)
    items = [c for c in element if isinstance(c.tag, str)]
    if not items or any(c.get("role") != "listitem" or c.tag not in ARIA_ITEM_BOXES for c in items):
        return
    element.tag = "ul"
    for item in items:
        item.tag = "li"


def picture_stand_ins(holder) -> list:
    """The elements standing for a picture in a <figure> or <picture> that holds no <img>: each
    carries a source and an alt text ('<figure><progressive-image src="a.jpg" alt="Hives">');
    a <video>, <iframe> or <source> is none, and a holder with an <img> has its picture."""
    if holder.find(".//img") is not None:
        return []
    return [
        e
        for e in holder.iterdescendants()
        if isinstance(e.tag, str)
        and e.tag not in NOT_STAND_INS
        and e.get("alt") is not None
        and any(e.get(name) for name in STAND_IN_SOURCES)
    ]
