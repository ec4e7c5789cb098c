"""parse_html(): a web page in, the article's Document out (pure: nothing is fetched)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

import lxml.etree

from api.parser.calendar_words import MONTH_ABBREVIATIONS, MONTHS
from api.parser.document import Block, Document
from api.parser.html.blocks import (
    Flow,
    caption_beside,
    has_block,
    interview_questions,
    is_picture_box,
    walk,
)
from api.parser.html.bylines import is_signed_or_dated
from api.parser.html.clean import (
    DOT_TAGS,
    HEAD_TAGS,
    MIN_DASHED_POINTS,
    dashed_point,
    dot_mark,
    holds_dashed_points,
    is_hidden,
    is_summary_title,
    marks,
    remove_chrome,
    remove_decks,
)
from api.parser.html.decks import DECK, part_names
from api.parser.html.decode import decode_html
from api.parser.html.errors import NotAnArticleError
from api.parser.html.lines import read_printed_lines
from api.parser.html.meta import PageMeta, page_meta
from api.parser.html.root import content_roots, is_captioned_picture
from api.parser.html.stories import story_picture
from api.parser.html.text import (
    all_text,
    broken_lines,
    element_text,
    link_density,
    tidy,
)
from api.parser.html.text_chrome import (
    closing_signature,
    without_closing_lines,
    without_end_mark,
)
from api.parser.html.tree import parse_tree
from api.parser.html.urls import safe_url
from api.parser.text import count_words

WORDS_PER_TEASER = 40  # an index's linked heads each have a short teaser, an article's do not
LONGEST_TEASER = 50  # words: a paragraph this long is article text, not a teaser
MIN_WORDS = 30  # fewer words of body text than a short news brief is no article
LOGIN_WALL_WORDS = 60  # a password form beside less text than a short brief: a login wall
QUOTE_MARKS = "\"'“”‘’«»„ "
MIN_REPEAT = 30
WORD: Final = re.compile(r"\w+")
# A quote in the text, between curly or straight double quotes: '“We won,”' -> 'We won,'.
QUOTE_SPAN: Final = re.compile(r"[“\"]([^“”\"]+)[”\"]")
OPENING_QUOTES: Final = ("“", '"')  # what a quoted pull quote opens on
MAX_POSTING = 200  # paragraphs sharing a pull quote's rarest word: past this, a degenerate page
# Between a page title's headline and the site's name: 'Headline | Site', 'Site - Headline'.
# A print view's and some blogs' breadcrumb of a title: 'Site » Headline » Print'.
TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·•»›]{1,2}\s+")
MIN_TITLE_WORDS = 3  # a part this long may be the headline; a shorter one is a site's name
PICTURE_BOX_DEPTH = 3  # ancestors of a picture looked at for the box of it and its caption
MAX_TITLE_PARTS = 4  # headline, section, site: more is no title of that shape
# An element of the body whose own text is exactly the line (a headline drawn in <font><b>).
SHOWN_LINE = lxml.etree.XPath(".//*[normalize-space(text()) = $line]")
TITLE_CLASS = re.compile(r"(?:^|\s)(?:title|msotitle)(?:$|\s)", re.IGNORECASE)
# A closing line of only a short name in parentheses, no sentence marks or digits in it.
# The head of a news release's contact box ('Media contact', 'Press enquiries'): the lines under
# it are the press office's name, address and number, no part of the story.
CONTACT_HEAD = re.compile(
    r"^(?:media|press|news) (?:contacts?|enquiries|inquiries|office)\s*:?$", re.IGNORECASE
)
MAX_CONTACT_LINE = 200  # characters of a line under it: a name, an address, a number
# A box hidden until a script fades it in, and the declarations that hide it.
REVEAL_STYLE = re.compile(r"(?:visibility\s*:\s*hidden|opacity\s*:\s*0(?![.\d]))\s*;?", re.I)
DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
MIN_REVEALED = 200  # characters of text (spaces left out): an article's, not a tooltip's
CLOSING_BYLINE = re.compile(r"^[（(][^()（）.,!?。、！？\d]{1,24}[）)]$")
# A correction notice's opening, set in its own box right after the text: 'A correction was
# made on May 2: ...', 'Correction: An earlier version ...', 'Clarification: ...', its date in
# brackets or after a comma: 'Correction (May 2): ...', 'Correction, Dec. 2, 2026: ...'.
CORRECTION_OPENING: Final = re.compile(
    r"(?:A correction was made|An earlier version of this (?:article|story)"
    r"|(?:Correction|Clarification)s?(?: \([^()]{1,40}\)|, (?P<date>[^:!?]{1,30}))?:) "
)
MAX_CORRECTION: Final = 600  # characters of a notice: a few sentences, not a page's text
CORRECTION_DEPTH: Final = 4  # the text's containers climbed to find the box after it
MAX_SIGN_OFF_WORDS: Final = 6  # 'See you next Friday,', 'With best wishes from us all,'
MIN_TEXT_WORDS: Final = 6  # a sentence of the text, longer than a byline or a kicker
TEXT_ENDS: Final = (".", "!", "?", ":", "…", "”", '"', "’")
MIN_PARAGRAPH_POINTS: Final = 2  # paragraphs of an item's class: points, not one teaser line
MAX_SUMMARY_TITLE = 40  # characters: 'Key takeaways', 'What you need to know'
SUMMARY = re.compile(
    r"summary|highlights|key[-_]?points|takeaways|tldr|bullets|story-?points|(?<![a-z])keys(?![a-z])",
    re.I,
)  # characters: shorter repeats ("Photo", "Watch") are left alone


def base_url(root, url: str | None) -> str | None:
    """The URL relative links resolve against: <base href> (itself resolved), else the page's."""
    base = root.find(".//base[@href]")
    return safe_url(base.get("href"), url) if base is not None else safe_url(url)


def similar(a: str, b: str | None) -> bool:
    """Two titles that are the same up to case and a site suffix: 'A b' ~ 'A B | Site'."""
    if not a or not b:
        return False
    a, b = a.casefold(), b.casefold()
    return a == b or b.startswith(a) or a.startswith(b)


def pick_headline(root, meta: PageMeta):
    """The visible <h1> that names the article: the one like the page's title, else the first."""
    found = [h for h in root.iter("h1") if element_text(h) and not hidden_above(h)]
    for h1 in found:
        if similar(element_text(h1), meta.headline):
            return h1
    named = heading_named_by_metadata(root, meta, found) if found else None
    if named is not None:
        return named
    inside = [h for h in found if any(a.tag in ("article", "main") for a in h.iterancestors())]
    chosen = (inside or found or [None])[0]
    beside = heading_beside_site_name(root, chosen, meta) if chosen is not None else None
    return beside if beside is not None else chosen


def heading_named_by_metadata(root, meta: PageMeta, h1s: list):
    """When every <h1> is a short name unlike the page's metadata headline (a site's module:
    'News Flash'), the visible lower heading whose whole text is that headline and that links
    nowhere, else None. A list of most-read stories names the article in a linked heading; an
    <h1> as long as a headline, worded otherwise, is still the headline."""
    wanted = tidy(meta.headline or "").casefold()
    size = len(wanted.split())
    if size < MIN_TITLE_WORDS or any(2 * len(element_text(h).split()) > size for h in h1s):
        return None
    for heading in root.iter("h2", "h3", "h4"):
        if element_text(heading).casefold() != wanted or hidden_above(heading):
            continue
        if heading.find(".//a") is None and not any(a.tag == "a" for a in heading.iterancestors()):
            return heading
    return None


def heading_beside_site_name(root, h1, meta: PageMeta):
    """When the <h1> is only the site's name in a title 'Site: Headline' (a blog's name above
    its posts), the heading that shows the rest of the title: the post's <h3>. A title made of
    the post's first words ('Site — Finished the jumper at last') shows the heading's words and
    then more of them: a heading of MIN_TITLE_WORDS words or more that begins it is the post's."""
    name = element_text(h1).casefold()
    title = root.find(".//title")
    for full in (meta.headline, element_text(title) if title is not None else ""):
        folded = (full or "").casefold()
        if len(folded) <= len(name) or not (folded.startswith(name) or folded.endswith(name)):
            continue
        rest = folded[len(name) :] if folded.startswith(name) else folded[: -len(name)]
        rest = rest.strip(" :|-–—·•")
        if len(rest.split()) < MIN_TITLE_WORDS:
            continue
        for heading in root.iter("h2", "h3", "h4"):
            if shows_title(element_text(heading).casefold(), rest) and not hidden_above(heading):
                return heading
    return None


def shows_title(heading: str, rest: str) -> bool:
    """A heading that is the title's rest, or its first words when it is several words long:
    'finished the jumper' shows 'finished the jumper at last'; 'winter count' shows no more
    than itself."""
    if heading == rest:
        return True
    return rest.startswith(heading + " ") and len(heading.split()) >= MIN_TITLE_WORDS


def hidden_above(element) -> bool:
    """Hidden itself or by an ancestor."""
    return is_hidden(element) or any(is_hidden(a) for a in element.iterancestors())


def title_line(root, meta: PageMeta) -> str:
    """A headline for a page without <h1>: the first paragraph styled as the document's title
    (a published Google Doc's 'p.title', a Word export's 'MsoTitle', whose <title> is the file's
    name), else the metadata's or the <title>'s (fallback_headline)."""
    for paragraph in root.iter("p"):
        if TITLE_CLASS.search(paragraph.get("class") or "") and (text := element_text(paragraph)):
            return text
    return tidy(fallback_headline(root, meta))


def shown_headline(root, headline: str):
    """The heading a page without <h1> shows its headline in, a lower one or a link's
    ('<h2 class="story__title"><a>Headline</a></h2>'), for the deck right under it; else None."""
    wanted = headline.casefold()
    for heading in root.iter("h2", "h3", "h4"):
        if wanted and element_text(heading).casefold() == wanted and not hidden_above(heading):
            return heading
    return None


def fallback_headline(root, meta: PageMeta) -> str:
    """A headline for a page without <h1>: the metadata's, else the <title>; of a title with the
    site's name beside it ('Site - Headline'), the part the page shows as a line of its own."""
    title = root.find(".//title")
    found = meta.headline or (element_text(title) if title is not None else "")
    split = TITLE_SEPARATOR.split(found)
    parts = [p for p in split if len(p.split()) >= MIN_TITLE_WORDS]
    if len(split) < 2 or not 1 <= len(parts) <= MAX_TITLE_PARTS:
        return found  # no parts, or a title of many (each part is looked for in the whole page)
    body = root.find("body")
    shown = [p for p in parts if body is not None and SHOWN_LINE(body, line=p)]
    return shown[0] if len(shown) == 1 else found


def lead_figures(root, h1, first_root) -> list:
    """Figures between the headline and the body: the article's lead pictures."""
    if h1 is None or first_root is None:
        return []
    order = {e: i for i, e in enumerate(root.iter())}
    if h1 not in order or first_root not in order:
        return []
    start, end = order[h1], order[first_root]
    found = [f for f in root.iter("figure") if start < order[f] < end]
    found += [b for b in picture_boxes(root, order, start, end) if b not in found]
    return sorted(found, key=order.__getitem__)


def picture_boxes(root, order: dict, start: int, end: int) -> list:
    """Boxes of a picture and its caption between the headline and the body (not <figure>s):
    for each picture there, the nearest of its few closest ancestors that is one, else the
    picture itself when its caption box stands beside its wrapper (a featured picture)."""
    found = []
    for img in root.iter("img"):
        if not start < order.get(img, -1) < end:
            continue
        box, in_figure = None, False
        for ancestor in list(img.iterancestors())[:PICTURE_BOX_DEPTH]:
            in_figure = ancestor.tag == "figure"  # a figure's picture: read with its figure
            if order.get(ancestor, -1) <= start or in_figure:
                break
            if is_picture_box(ancestor):
                box = ancestor
                break
        box = img if box is None and not in_figure and is_featured_picture(img) else box
        if box is not None:
            found.append(box)
    return found


def is_featured_picture(img) -> bool:
    """A lead picture set with no figure, its caption a marked box beside the picture's own
    wrapper: '<div class="thumb"><img></div><p class="featured-caption">Riders at the stop.
    Photo: Jo Lee</p><div class="entry-content">..'. Without the caption box beside it (a
    logo, an avatar by the byline) the picture is no lead's."""
    return caption_beside(img) is not None


def pictures_above(h1) -> list:
    """Pictures standing above the headline in its <article> (a hero picture with its caption
    box), in document order: the article's lead pictures."""
    if h1 is None:
        return []
    article = next((a for a in h1.iterancestors() if a.tag == "article"), None)
    if article is None:
        return []
    found = []
    for ancestor in [h1, *h1.iterancestors()]:
        if ancestor is article:
            break
        for previous in ancestor.itersiblings(preceding=True):
            if previous.tag == "figure" or is_picture_box(previous):
                found.append(previous)
    return found[::-1]


def is_label(text: str) -> bool:
    """A lone word without punctuation is a button or label left in the flow: 'Close'."""
    return len(text.split()) == 1 and text[-1:].isalnum() and not text.isdigit()


def is_signed_name(text: str, kept: list[Block]) -> bool:
    """A lone capitalised word right under a short line ending in a comma: the writer's name
    signing off a letter or a newsletter ('See you next Friday,' / 'Juno'), not a button."""
    if not text[:1].isupper() or not text.isalpha() or not kept:
        return False
    above = kept[-1].text or ""
    return (
        kept[-1].type == "paragraph"
        and above.endswith(",")
        and len(above.split()) <= MAX_SIGN_OFF_WORDS
    )


def summary_bullets(root, roots: list) -> tuple[list, tuple[str, ...]]:
    """The page's summary points above the body: a list marked summary, highlights, key points.

    Returns the list element (to leave out of the body) and its items.
    """
    ends = {e for r in roots for e in r.iter()}
    texted: set = set()  # the text's boxes whose text has begun above a list: read once each
    for element in root.iter("ul", "ol"):
        parent = element.getparent()
        own = SUMMARY.search(words := marks(element)) is not None
        if not own and is_deck_list(root, element, words, roots):
            own = True
        elif not own and (parent is None or not SUMMARY.search(marks(parent))):
            titled_list = bool(summary_box(element)) and not all_links(element)
            named = titled_list or named_summary(element, parent)
            if not (named and stands_above_text(root, element, roots, ends)):
                continue
            own = True
        if is_aside_below(root, element, parent, roots, ends):
            continue
        items = list_points(element)
        if not items:
            continue
        if element in ends or not ends or before(root, element, text_root(roots)):
            if not own and parent in roots:
                if parent in texted or not leads_the_text(element, parent):
                    texted.add(parent)
                    continue  # the mark is the text's box's: the list is one of the text's
            return [element, *summary_title(element), *summary_box(element)], items
    return [], ()


# The marks a list's items may all be typed with, besides the bullet signs: a dash, a star, a
# tick or a diamond ('– Fares rise.', '* Fares rise.', '✅ Fares rise.').
ITEM_MARKS: Final = frozenset("•▪◦●■▸▶►➤➢→✓✔✅☑◆◇○‣⁃-–—*")
GLUED_SIGNS: Final = frozenset("•▪◦●■")  # signs that read as marks with no space after them


def list_points(element) -> tuple[str, ...]:
    """A summary list's points, a bullet sign typed before an item's words dropped (the list
    draws its own): '<li>• Fares rise.</li>' -> 'Fares rise.'; a mark every item opens with
    the same way goes too ('<li>– Fares rise.</li><li>– Crossings end.</li>'), though a dash
    opening one item alone is its own ('- 5C overnight'); empty items left out."""
    items = [point_text(li) for li in element if li.tag == "li"]
    items = [i for i in items if i]
    return (
        tuple(item[len(mark) :].lstrip() for item in items)
        if (mark := shared_mark(items))
        else tuple(items)
    )


def shared_mark(items: list[str]) -> str:
    """The mark every item of a list opens with (ITEM_MARKS), then a space, or a bullet sign
    glued to the words: ['– A.', '– B.'] -> '–', ['•A.', '•B.'] -> '•'; '' when none is
    shared by two items or more."""
    if len(items) < 2:
        return ""
    mark = items[0][:1]
    if mark not in ITEM_MARKS:
        return ""
    for item in items:
        if item[:1] != mark or len(item) < 3:
            return ""
        if not item[1].isspace() and mark not in GLUED_SIGNS:
            return ""
    return mark


# The words of a standfirst's point: a short sentence each, longer than a byline's or a date's
# fields ('By Jo Lee', '5 min read', 'Updated 6 December 2026').
MIN_POINT_WORDS: Final = 4
MIN_MEAN_POINT_WORDS: Final = 6
MAX_UNTITLED_POINTS: Final = 6  # points a standfirst list holds: a story's few, not a text's list
STANDFIRST_LISTS: Final = 3  # lists after the headline passed over (share or tag links) to it


def untitled_points(root, h1, roots: list) -> tuple[list, tuple[str, ...]]:
    """A standfirst set as an untitled bulleted list between the headline and the text, before
    or after the lead picture, no summary word or title naming it: '<h1>..</h1><ul class="sub-
    text"><li>Fares rise by a fifth from May.</li><li>Night crossings end in winter.</li></ul>
    <figure>..</figure><p>Text..' -> the list and its points. Each point is a sentence of a few
    words (not a byline's or a date's fields), not a link; lists of links (share or tag links)
    and of pictures are passed over. A head or a paragraph of text before it (the text has
    begun: a list of the text's, a section's), or another list first, and there is none."""
    if h1 is None or not roots:
        return [], ()
    after = False
    for element in root.iter("h1", *HEAD_TAGS, "p", "ul", "ol"):
        if element is h1:
            after = True
            continue
        if not after or h1 in element.iterancestors():
            continue
        if element.tag in ("ul", "ol"):
            if element.find(".//img") is not None or all_links(element):
                continue  # a gallery, share or tag links: no text yet
            if link_density(element) > LINKED_POINT:
                continue
            points = list_points(element)
            good = element.tag == "ul" and is_standfirst(points) and not is_titled(element, h1)
            return ([element], points) if good else ([], ())
        if element.tag in HEAD_TAGS or element.tag == "h1":
            return [], ()  # a section's head: what follows is the text's
        if is_text_paragraph(element_text(element)) and not in_list_or_caption(element):
            return [], ()  # the text has begun
    return [], ()


def is_titled(element, h1) -> bool:
    """Whether a line of text stands right before a list (or before the boxes it opens): a
    title, a note or a disclosure's <summary> names it ('<details><summary>What we know
    </summary><ul>..', '<div><span>Pier works</span><span>Updated</span></div><ul>..'); the
    headline, a picture, a list of links or an empty box before it names nothing."""
    node = element
    for _ in range(SUMMARY_DEPTH):
        for before in node.itersiblings(preceding=True):
            if not isinstance(before.tag, str):
                continue
            if before is h1 or h1 in before.iterdescendants() or before.tag in ("ul", "ol"):
                return False
            if before.find(".//img") is not None or before.tag == "figure":
                return False
            if element_text(before):
                return True
        node = node.getparent()
        if node is None or node.tag in ("body", "article", "main"):
            return False
        if node.tag == "details":
            return True  # a disclosure's list: its summary line names it
    return False


def in_list_or_caption(element) -> bool:
    """Whether a paragraph is a list's item's or a picture's caption's, not the text's."""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("li", "figure", "figcaption"):
            return True
        if "caption" in (ancestor.get("class") or "").lower():
            return True
    return False


def is_standfirst(points: tuple[str, ...]) -> bool:
    """Whether a list's items read as a standfirst's points: two to MAX_UNTITLED_POINTS short
    sentences, each of MIN_POINT_WORDS words or more ('Fares rise by a fifth from May.'),
    MIN_MEAN_POINT_WORDS on average, none a byline or a date's stamp (is_signed_or_dated: a
    page's data, however long its fields)."""
    if not 2 <= len(points) <= MAX_UNTITLED_POINTS:
        return False
    words = [len(p.split()) for p in points]
    if min(words) < MIN_POINT_WORDS or sum(words) < MIN_MEAN_POINT_WORDS * len(words):
        return False
    if any(is_signed_or_dated(p) for p in points):
        return False  # 'By Jo Lee and Tom Roe in Lagos' / 'Updated 6 December 2026 at 10:00'
    return all(p[:1].isupper() or p[:1].isdigit() for p in points)


SUMMARY_DEPTH: Final = 4  # boxes climbed from a list to its title: a template's wrappers


def summary_box(element) -> list:
    """The box and title of a list a key points title heads, or a summary class names, the box
    holding only titles besides the list: '<div class="kp"><h2>Key Points</h2><div><ul>..' ->
    [div]; '<h3>What to know</h3><ul>..' -> [ul, h3]. [] for a list in a box of text."""
    found: list = []
    node = element
    for _ in range(SUMMARY_DEPTH):
        title = node.getprevious()
        while title is not None and not isinstance(title.tag, str):
            title = title.getprevious()
        if title is not None and (is_summary_title(element_text(title)) or is_noted_title(title)):
            return [node, title]
        box = node.getparent()
        if box is None or box.tag in ("body", "article", "main"):
            break
        others = (c for c in box if c is not node and isinstance(c.tag, str))
        if any(not is_title_text(element_text(c)) for c in others):
            break  # the box holds text: the list is the text's, or the block is the list
        if SUMMARY.search(f"{marks(box)} {summary_data(box)}"):
            found = [box]
        node = box
    return found


def is_noted_title(box) -> bool:
    """A title box over a list holding a short title and a note that AI wrote the points, and
    nothing else: '<div><span>Quick Read</span><span>Summary is AI-generated</span></div>'. The
    note names the list a summary whatever the title's words."""
    children = [c for c in box if isinstance(c.tag, str)]
    if len(children) != 2 or tidy(box.text) or any(tidy(c.tail) for c in children):
        return False
    title, note = (element_text(c) for c in children)
    return is_title_text(title) and len(note) <= MAX_AI_NOTE and AI_NOTE.search(note) is not None


def is_aside_below(root, element, parent, roots: list, ends: set) -> bool:
    """Whether a list is a spared summary sidebar's (summary_asides) set inside the text, below
    its first paragraphs: a box of the story's points there is no summary of it."""
    if parent is None or parent.tag != "aside":
        return False
    return not stands_above_text(root, element, roots, ends)


def named_summary(element, parent) -> bool:
    """A list a template's component names summary points, through its box's data attributes
    or its first item's class: '<div data-qa="ContentSummary-Container"><ul class="x1"><li
    class="summary__item">', '<ul data-testid="keyPoints">'. Items all links are related
    stories, not points."""
    first = next((c for c in element if c.tag == "li"), None)
    if first is None:
        return False
    found = f"{summary_data(element)} {marks(first)}"
    if parent is not None:
        found = f"{found} {summary_data(parent)}"
    return SUMMARY.search(found) is not None and not all_links(element)


def summary_data(element) -> str:
    """An element's component names in its data attributes: data-qa, data-testid, data-component
    ('ContentSummary-Container'), and the name ARIA gives a sidebar box ('<aside
    aria-label="Key points">' -> 'Key-points'); '' for most elements."""
    qa = element.get("data-qa")
    names = part_names(element)
    if element.tag == "aside" and (label := aside_label(element)):
        names = f"{names} {label}"
    return f"{qa} {names}" if qa else names


def aside_label(aside) -> str:
    """The short name ARIA gives a sidebar box, its words joined as a component's are: '<aside
    aria-label="Key points">' -> 'Key-points'; '' without one."""
    label = aside.get("aria-label") or ""
    return "-".join(label.split()) if len(label) <= MAX_SUMMARY_TITLE else ""


def summary_asides(root) -> list:
    """The sidebar boxes ARIA or their class names summary points, spared from the sidebars
    dropped as chrome so that their list is read as the bullets: '<aside aria-label="Key
    points"><h2>Key points</h2><ul>..', '<aside class="key-points"><h2>..</h2><ul>..'
    (summary_bullets takes the list only above the text); a box of related links named so
    ('More highlights') is none."""
    found = []
    for aside in root.iter("aside"):
        if not SUMMARY.search(f"{marks(aside)} {aside_label(aside)}") and not titled(aside):
            continue
        if aside.find(".//li") is not None:
            lists = list(aside.iter("ul", "ol"))
            if len(lists) == 1 and not all_links(lists[0]):
                found.append(aside)
    return found


def titled(box) -> bool:
    """Whether a box's first element is a key points title: '<aside><h3>What to know</h3>'; a
    disclosure's is its <summary>: '<aside><details><summary>Quick take</summary><ul>..'."""
    first = first_child(box)
    if first is not None and first.tag == "details":
        first = first_child(first)
    return first is not None and is_summary_title(element_text(first))


MAX_TITLED_POINTS: Final = 8  # points a title alone names: a story's few, not its paragraphs
# The tags a point set as a paragraph is in; its box's title line may be a head as well
# ('<div><h2>Highlights</h2><p>..</p><p>..</p></div>').
POINT_TAGS: Final = ("p", "div")
ITEM_MARK: Final = "item"  # a repeated element's class word in a template: 'key-points__item'


def paragraph_points(root, roots: list) -> tuple[list, tuple[str, ...]]:
    """Summary points set as paragraphs, no list, in a box a summary word or its first line's
    key points title names, above the text:
    two or more <p> (or <div> lines) of one class naming an item, or the box's <p>s (or <div>
    lines of one class) under its label line, a <p> or a head ('<h2>Highlights</h2>');
    the box's label goes with them: '<div class="key-points"><p class="key-points__label">Key
    points</p><p class="key-points__item">..</p><p class="key-points__item">..</p></div>',
    '<div class="keyPoints"><p>Key points</p><p>..</p><p>..</p></div>' -> the box and its
    items. Such paragraphs inside the text are the text's."""
    ends = {e for r in roots for e in r.iter()}
    for p in root.iter("p", "div", *HEAD_TAGS):
        words = p.get("class") or ""
        if (box := p.getparent()) is None or (p.tag == "div" and not is_point_line(p)):
            continue
        item = p.tag in POINT_TAGS and ITEM_MARK in words.lower()
        if not item and first_child(box) is not p:
            continue
        marked = SUMMARY.search(f"{words} {marks(box)} {summary_data(box)}") is not None
        # a title naming the points, first in a box no summary word names: 'Fast facts'
        named = not marked and not item and is_summary_title(element_text(p))
        if not (marked or named):
            continue
        if not item and not is_title_text(element_text(p)):
            continue
        if box.find(".//li") is not None or not stands_above_text(root, p, roots, ends):
            continue
        items = item_points(box, words, p.tag) if item else labelled_points(box, p)
        if named and (is_text_box(box, roots) or len(items) > MAX_TITLED_POINTS):
            continue  # a text's box under a title's line is no box of points
        if len(items) >= MIN_PARAGRAPH_POINTS:
            return [box], items
    return [], ()


def is_text_box(box, roots: list) -> bool:
    """Whether a box is a content root holding the text, no root after it holding more: not a
    box of points the page took for a root above the text's own ('<div><h2>Highlights</h2>
    <p>..</p></div><div class="body">..'), whose text is longer."""
    if box not in roots:
        return False
    size = len(all_text(box))
    return not any(len(all_text(r)) > size for r in roots[roots.index(box) + 1 :])


# A point's number mark, an element of its own: '1', '02', '3.', '(4)'.
POINT_NUMBER: Final = re.compile(r"\(?\d{1,2}[.)]?")
LINKED_POINT: Final = 0.5  # share of a point's text in links: a story's title, not a point


def numbered_points(root, roots: list) -> tuple[list, tuple[str, ...]]:
    """Summary points set as numbered or dotted boxes, no list: each point a box of a number
    mark and a <p>, or of an empty dot and its text, in a box a summary class or a key points
    title names, above the text: '<div class="highlights"><h4>Top Points</h4><div><span>1
    </span><p>..</p></div><div><span>2</span><p>..</p></div></div>', '<div class="summary">
    <div><span class="dot"></span>..</div>..</div>' -> the box and the points' texts. Such
    boxes inside the text (a listicle's steps) are the text's."""
    judged: set = set()  # each box of points read once
    for element in root.iter("p", *DOT_TAGS):
        # a point's <p> or text <div> comes second in its box, after the number; a dot is the
        # mark itself, first in its box
        before = element.getprevious()
        mark = before if element.tag == "p" or before is not None else element
        if mark is None or mark.getprevious() is not None:
            continue
        item = mark.getparent()
        box = item.getparent() if item is not None else None
        if box is None or box in judged or number_mark(item) is not mark:
            continue
        judged.add(box)
        if not (SUMMARY.search(f"{marks(box)} {summary_data(box)}") or titled(box)):
            continue
        items = numbered_items(box)
        if len(items) < MIN_PARAGRAPH_POINTS:
            continue
        # the first such box decides: one below the text's start is the text's, as any after it
        ends = {e for r in roots for e in r.iter()}
        return ([box], items) if stands_above_text(root, box, roots, ends) else ([], ())
    return [], ()


def number_mark(item):
    """A point's box's mark, its first element holding no other: a short number when a <p>
    follows it ('<div><span>1</span><p>..</p></div>') or the point's text runs on after it
    ('<p><span class="num">1</span>Text</p>'), or an empty dot, its point the text after it
    ('<div><span class="dot"></span>Text</div>') -> the span; else None."""
    first = first_child(item)
    if first is None or len(first) or tidy(item.text):
        return None
    if not tidy(first.text):
        return dot_mark(item)
    if not POINT_NUMBER.fullmatch(tidy(first.text)):
        return None
    after = first.getnext()
    if after is None:
        return first if first.tag in DOT_TAGS and tidy(first.tail) else None
    return first if is_point_text(after) else None


def is_point_text(element) -> bool:
    """Whether the element after a point's number holds the point's text: a <p>, or a <div> of
    text alone, no block inside ('<span>1</span><div class="text">..</div>')."""
    return element.tag == "p" or (element.tag == "div" and not has_block(element))


def numbered_items(box) -> tuple[str, ...]:
    """The points of a box of numbered point boxes of one tag and class, its title left out:
    each point's text without its number mark; () when anything else stands in the box, or
    when every point is a link (a numbered list of stories)."""
    children = [c for c in box if isinstance(c.tag, str)]
    if children and number_mark(children[0]) is None and is_title_text(element_text(children[0])):
        children = children[1:]
    shape = (children[0].tag, children[0].get("class")) if children else None
    items = []
    for child in children:
        mark = number_mark(child)
        if mark is None or (child.tag, child.get("class")) != shape:
            return ()
        items.append(text_after(mark))
    if all(link_density(c) > LINKED_POINT for c in children):
        return ()
    return tuple(i for i in items if i)


def text_after(mark) -> str:
    """A point's text after its number or dot mark: '<span>1</span>Fares rise.' -> 'Fares rise.'."""
    texts = (element_text(c) for c in mark.itersiblings() if isinstance(c.tag, str))
    return tidy(" ".join((mark.tail or "", *texts)))


def first_child(box):
    """A box's first element (comments and processing instructions left out), or None."""
    return next((c for c in box if isinstance(c.tag, str)), None)


def item_points(box, words: str, tag: str = "p") -> tuple[str, ...]:
    """The texts of a box's <p>s (or <div> lines) of one item class: 'key-points__item'."""
    items = (point_text(c) for c in box if c.tag == tag and c.get("class") == words)
    return tuple(i for i in items if i)


# A bullet sign typed at a point's start, a paragraph set as a list's item: '• Talks stalled.',
# an arrow or a tick as well: '» Rides are free.', '▸ Fares rise.' (a hyphen or a dash opens a
# sentence of the text too, so only the bullet signs count; a space after the sign, as a
# quotation opened by '»' has none: '»Wir bleiben«').
POINT_SIGN: Final = re.compile(r"[•▪◦●■»›▸▶►➤➢→✓✔]\s+")
# The blocks an element holds that make it more than one point's line.
BLOCK_TAGS: Final = frozenset(
    ("p", "div", "ul", "ol", "li", "table", "figure", "section", "h1", "h2", "h3", "h4", "h5")
)


def point_text(element) -> str:
    """A point's text without the bullet sign typed before it or its number's mark: '<p>• Talks
    stalled.</p>', '<p><span>1</span>Talks stalled.</p>' -> 'Talks stalled.'; a text with no
    sign is whole."""
    if (mark := number_mark(element)) is not None:
        return text_after(mark)
    text = element_text(element)
    return text[sign.end() :] if (sign := POINT_SIGN.match(text)) else text


def signed_points(element) -> list[str]:
    """A paragraph's summary points without their signs: itself when a bullet sign opens it
    ('<p>• Talks stalled.</p>' -> ['Talks stalled.']), or its lines when a sign opens each
    of them ('<p>• Talks stalled.<br>• Fares rise.</p>' -> ['Talks stalled.', 'Fares rise.']:
    one paragraph set as a list by line breaks); else []."""
    if not is_point_line(element):
        return []
    lines = broken_lines(element)
    signs = [POINT_SIGN.match(line) for line in lines]
    if len(lines) > 1 and all(signs):
        return [line[sign.end() :] for line, sign in zip(lines, signs, strict=True) if sign]
    return [point_text(element)] if signs and signs[0] else []


def is_point_line(element) -> bool:
    """A paragraph, or a <div> holding no block, is a line a point may be typed as: '<div><span>
    »</span> Rides are free.</div>'; so is a <div> wrapping one paragraph alone (a template's
    item box: '<div class="x-item"><p>Rides are free.</p></div>'); a <div> of paragraphs is a
    box, not a point."""
    if element.tag == "p":
        return True
    if element.tag != "div":
        return False
    children = [child for child in element if isinstance(child.tag, str)]
    if len(children) == 1 and children[0].tag == "p" and not tidy(element.text):
        return not tidy(children[0].tail)  # a <p>: a point line
    return not any(child.tag in BLOCK_TAGS for child in children)


def marked_points(root, roots: list) -> tuple[list, tuple[str, ...]]:
    """Summary points typed as paragraphs (or <div>s of one line) each opened by a bullet sign
    or an arrow, or as the lines of one paragraph each opened so (signed_points), no list, a
    box of their own that a key points title heads (first in it, or just before it) or a
    summary word names, above the text:
    '<div><div>Key takeaways</div><div><p>• ..</p><p>• ..</p></div></div>', '<div><h3>Key
    Highlights</h3><p>• ..<br>• ..</p></div>' -> the box, its title and the points without
    their signs. Such paragraphs inside the text, or in a box no title or summary word names
    (a list of the text's), are the text's."""
    judged: set = set()  # each box of points read once
    for p in root.iter("p", "div"):
        box = p.getparent()
        if box is None or box in judged or not is_point_line(p):
            continue
        if POINT_SIGN.match(element_text(p)) is None:
            continue
        judged.add(box)
        children = [c for c in box if isinstance(c.tag, str)]
        points = {c: found for c in children if (found := signed_points(c))}
        signed = list(points)
        title = children[0] if children and children[0] not in points else box.getprevious()
        others = len(children) - len(signed)  # the title alone may stand beside the points
        count = sum(len(found) for found in points.values())
        if count < MIN_PARAGRAPH_POINTS or others > int(title in children):
            continue
        named = title is not None and is_summary_title(element_text(title))
        parent = box.getparent()
        words = f"{marks(box)} {marks(parent) if parent is not None else ''}"
        if not (named or SUMMARY.search(words)):
            continue
        ends = {e for r in roots for e in r.iter()}
        if not stands_above_text(root, signed[0], roots, ends):
            return [], ()  # the first such box decides: one inside the text is the text's
        return [box, *([title] if named else [])], tuple(p for c in signed for p in points[c])
    return [], ()


def dashed_points(root, roots: list) -> tuple[list, tuple[str, ...]]:
    """Summary points typed as lines each opened by a hyphen and a space (clean.dashed_point),
    two or more in a run before the text's first paragraph, no title or summary word needed:
    '<div><p><b>- A</b></p><p><b>- B</b></p></div><p>Text..' -> the box (the run's lines
    when they open the text's own box) and the points. The first run decides: one below the
    text's start (a list typed in the text) is the text's."""
    for element in root.iter("p", "div"):
        first = dashed_point(element)
        if not first:
            continue
        run, points = [element], [first]
        for after in element.itersiblings():
            if isinstance(after.tag, str):
                point = dashed_point(after)
                if not point:
                    break
                run.append(after)
                points.append(point)
        if len(run) < MIN_DASHED_POINTS:
            continue
        ends = {e for r in roots for e in r.iter()}
        if not stands_above_text(root, element, roots, ends):
            return [], ()
        box = element.getparent()
        whole = box is not None and box not in roots and holds_dashed_points(box)
        return ([box] if whole else run), tuple(points)
    return [], ()


# A note that a machine wrote the points, closing their box: 'Generated by AI with the help of
# our newsroom.', 'This summary was AI-generated.'
AI_NOTE: Final = re.compile(
    r"\b(?:[Gg]enerated|[Cc]reated|[Pp]roduced|[Ww]ritten|[Ss]ummari[sz]ed)\b[^.]{0,30}"
    r"\b(?:AI|[Aa]rtificial intelligence)\b|\bAI[- ](?:generated|assisted)"
)
MAX_AI_NOTE: Final = 120  # characters: a line under a title, not a paragraph about AI


def labelled_points(box, label) -> tuple[str, ...]:
    """The texts of a box's <p>s under its label paragraph, or of its <div> lines of one class
    (is_parallel_lines), when nothing else is in it ('Key points' then three <p>; 'Quick
    takeaways' then three '<div class="x-item">'), without a closing note that AI wrote them:
    () when the box holds more than such lines."""
    others = [c for c in box if isinstance(c.tag, str) and c is not label]
    if any(c.tag != "p" for c in others) and not is_parallel_lines(others):
        return ()
    items = [i for i in (point_text(c) for c in others) if i]
    if items and AI_NOTE.search(items[-1]):
        items.pop()
    return tuple(items)


def is_parallel_lines(elements: list) -> bool:
    """Whether a box's elements are points set alike: each one line of text (is_point_line),
    all of one tag and class ('<div class="tk-item">..</div><div class="tk-item">..</div>');
    a <div> of paragraphs, or lines of two shapes, are no such run."""
    if not elements or not all(is_point_line(e) for e in elements):
        return False
    return len({(e.tag, e.get("class")) for e in elements}) == 1


def all_links(element) -> bool:
    """Whether every item of a list is one link and nothing more: a related stories' list."""
    for li in element:
        if li.tag != "li":
            continue
        link = li.find(".//a")
        if link is None or element_text(link) != element_text(li):
            return False
    return True


def text_root(roots: list):
    """The first of the content roots that is no picture with its caption (a figure, or a lead
    box of a picture or a video's poster and its caption): the text's box. A lead picture
    taken as a root of its own stands above the summary points, which still stand above the
    text ('<figure>...</figure><ul class="summary">...</ul><div class="body">', '<div
    class="lead"><img><p class="x-caption">..</p></div><div class="takeaways">..')."""
    return next((r for r in roots if r.tag != "figure" and not is_captioned_picture(r)), roots[0])


def stands_above_text(root, element, roots: list, ends: set) -> bool:
    """Whether a list stands above the article's text: before its box, or first in it with no
    paragraph of the text above ('story summary' boxes inside the text are the text's)."""
    if element not in ends:
        return bool(roots) and before(root, element, text_root(roots))
    box = next((r for r in roots if r is element or element in r.iter(element.tag)), None)
    return box is not None and leads_the_text(element, box)


def is_deck_list(root, element, words: str, roots: list) -> bool:
    """A list a deck's word names, above the text: the headline's points, not a deck of one
    line ('<h1>..</h1><ul class="article-abstract"><li>..</li><li>..</li></ul>', a press
    release's 'release-subtitle'); below the text's start such a list is the text's."""
    if not DECK.search(words):
        return False
    return bool(roots) and before(root, element, text_root(roots))


def leads_the_text(element, box) -> bool:
    """Whether a list stands above the text of the box it is in, where summary points stand: no
    paragraph of the text comes before it. A list after 'The next stage will:' is the text's
    own list, though the text's box says summary (Drupal's 'text-with-summary' field)."""
    above = set(element.iterancestors())  # a <div> point's own boxes hold it, no text above it
    for found in box.iter("p", element.tag):
        if found is element:
            break
        if found not in above and is_text_paragraph(element_text(found)):
            return False
    return True


def is_text_paragraph(text: str) -> bool:
    """A paragraph of running text, not a kicker or a byline: 'The team sampled 212 hives.'"""
    return len(text.split()) >= MIN_TEXT_WORDS and text.endswith(TEXT_ENDS)


def summary_title(element) -> list:
    """The title of a marked box of summary points, when it is the box's only other element
    ('<div class="key-takeaways"><p><b>Key takeaways</b></p><ul>...</ul></div>'): it goes with
    the points. A sentence beside them is text."""
    box = element.getparent()
    if box is None or not SUMMARY.search(f"{box.get('class') or ''} {box.get('id') or ''}"):
        return []
    others = [c for c in box if c is not element and isinstance(c.tag, str)]
    if len(others) != 1:
        return []
    return others if is_title_text(element_text(others[0])) else []


def is_title_text(text: str) -> bool:
    """A short title, no sentence: 'Key takeaways' (not 'The deal was signed.')."""
    return 0 < len(text) <= MAX_SUMMARY_TITLE and not text.endswith((".", ",", ";"))


def before(root, element, other) -> bool:
    """Whether `element` comes before `other` in document order."""
    for found in root.iter():
        if found is element:
            return True
        if found is other:
            return False
    return False


class PullQuotes:
    """Whether a text is part of a longer paragraph, found through the paragraphs' words.

    A text inside another has its inner words (all but the first and last, which may be cut)
    among the other's, so only paragraphs holding its rarest inner word are searched: the same
    answer as searching every paragraph, in time linear in the text, not the page. A text whose
    rarest word is in more than MAX_POSTING paragraphs (or that has no inner word on a page of as
    many) is taken for no pull quote: a page of near-identical paragraphs, not an article.
    """

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.folded = [t.casefold() for t in texts]
        self.postings: dict[str, list[int]] = {}
        for i, folded in enumerate(self.folded):
            for word in set(folded.split()):
                self.postings.setdefault(word, []).append(i)

    def __call__(self, key: str, length: int) -> bool:
        inner = key.split()[1:-1]
        if inner:
            candidates = min((self.postings.get(w, []) for w in inner), key=len)
        else:
            candidates = range(len(self.texts))
        if len(candidates) > MAX_POSTING:
            return False
        return any(len(self.texts[i]) > length and key in self.folded[i] for i in candidates)


def loose_words(text: str) -> str:
    """A text's words alone, folded, for a comparison that ignores punctuation and case:
    '“We won,” she said.' -> 'we won she said'."""
    return " ".join(WORD.findall(text.casefold()))


def loose_quotes(text: str) -> str:
    """A paragraph's quotes' words, joined, so that a quote split around its attribution reads
    whole: '“A,” said Jo. “B.”' -> 'a b'."""
    return " ".join(loose_words(s) for s in QUOTE_SPAN.findall(text))


class LooseQuotes:
    """Whether a <blockquote>'s quoted paragraph repeats a quote of the text, punctuation and
    case aside, its halves joined across their attribution ('“We stay,” he said. “We fight.”'
    is repeated by '“We stay. We fight.”'): a pull quote in a bare <blockquote>, no pull-quote
    class. The index of the text's quotes (the paragraphs outside any <blockquote>) is built
    once, on the first blockquote that needs it; a blockquote not opening on a quote mark (a
    letter, an excerpt) never needs it. Any blockquote whose words are a run of a paragraph's
    words is one too (repeats_text), through an index of the paragraphs' words built so."""

    def __init__(self, blocks: list[Block], quoted: dict[int, int]) -> None:
        self.blocks = blocks
        self.quoted = quoted
        self.index: PullQuotes | None = None
        self.words: PullQuotes | None = None

    def __call__(self, text: str) -> bool:
        if len(text) < MIN_REPEAT:
            return False
        key = loose_words(text)
        if len(key) < MIN_REPEAT:
            return False
        if text.startswith(OPENING_QUOTES):
            if self.index is None:
                self.index = PullQuotes(self.texts(loose_quotes))
            if self.index(key, len(key) - 1):
                return True
        return self.repeats_text(key)

    def repeats_text(self, key: str) -> bool:
        """A blockquote's words, no quote marks round them, as a run of a paragraph of the text:
        '<blockquote>We ran a renewal.</blockquote>' after '“We ran a renewal,” she said.'. A
        blockquote of words the text does not hold (a letter, a statement) is the text's."""
        if self.words is None:
            self.words = PullQuotes(self.texts(loose_words))
        return self.words(key, len(key) - 1)

    def texts(self, read: Callable[[str], str]) -> list[str]:
        """The text's paragraphs outside any <blockquote>, each as `read` gives it."""
        return [
            read(b.text)
            for i, b in enumerate(self.blocks)
            if b.type == "paragraph" and b.text and i not in self.quoted
        ]


def drop_repeats(
    blocks: list[Block], headline: str, captions: set[str], quoted: dict[int, int] | None = None
) -> list[Block]:
    """Leave out text repeating the headline, an earlier block, or part of another (pull quotes).

    `quoted` numbers the blocks of each <blockquote>: once one of them is a pull quote, the rest
    of that quote (its attribution line) goes too. A <blockquote>'s paragraph is also a pull
    quote when it repeats the text's words loosely (LooseQuotes).
    """
    within_longer = PullQuotes([b.text for b in blocks if b.type == "paragraph" and b.text])
    quoted = quoted or {}
    loosely = LooseQuotes(blocks, quoted)
    kept, seen, pulled = [], set(), set()
    for index, block in enumerate(blocks):
        text = block.text or ""
        if quoted.get(index) in pulled:
            continue
        if block.type in ("paragraph", "subheading"):
            key = text.strip(QUOTE_MARKS).casefold()
            if key == headline.casefold() or (key in seen and len(key) >= MIN_REPEAT):
                continue
            lone = block.type == "paragraph" and is_label(text)
            if text in captions or (lone and not is_signed_name(text, kept)):
                continue
            if block.type == "paragraph" and (
                is_pulled(key, len(text), within_longer) or (index in quoted and loosely(text))
            ):
                if index in quoted:
                    pulled.add(quoted[index])
                continue
            seen.add(key)
        kept.append(block)
    return kept


def is_pulled(key: str, length: int, within_longer: PullQuotes) -> bool:
    """A paragraph's text inside a longer paragraph: a pull quote repeating the text. Only a
    paragraph is one: a head quoting a sentence of the text below it ('‘We kept the lights
    on’' over a paragraph saying so) is the section's title, not a copy."""
    return len(key) >= MIN_REPEAT and within_longer(key, length)


def body_words(blocks: list[Block]) -> int:
    """Words of body text: paragraphs, subheadings and list items."""
    return sum(count_words(b.text or "") + sum(map(count_words, b.items)) for b in blocks)


def check_article(roots: list, blocks: list[Block], login_form: bool, says_article: bool) -> None:
    """Raise NotAnArticleError for a login wall, an index of links, or too little text.

    A page that calls itself an article is not taken for an index for its related links.
    """
    words = body_words(blocks)
    if login_form and words < LOGIN_WALL_WORDS:
        raise NotAnArticleError("the page is a login form, not an article")
    heads = [h for r in roots for h in r.iter("h2", "h3")]
    linked = [h for h in heads if link_density(h) > 0.5]
    longest = max((len((b.text or "").split()) for b in blocks), default=0)
    teasers = words < WORDS_PER_TEASER * len(linked) and longest < LONGEST_TEASER
    if not says_article and len(linked) >= 5 and len(linked) * 2 > len(heads) and teasers:
        raise NotAnArticleError("the page is an index of links to articles, not an article")
    if words < MIN_WORDS:
        raise NotAnArticleError(f"the page has no article text ({words} words of body)")


def parse_html(
    page: bytes | str, url: str | None = None, content_type: str | None = None
) -> Document:
    """A web page's article: parse_html(b'<h1>Ferry</h1><p>It sailed.</p>...', url=...)."""
    text = page if isinstance(page, str) else decode_html(page, content_type)
    try:
        return read_article(parse_tree(text), url)
    except NotAnArticleError:
        printed = parse_tree(text)  # the first reading's tree has lost its style sheets
        if not read_printed_lines(printed) and not reveal_hidden_text(printed):
            raise
    return read_article(printed, url)


def reveal_hidden_text(root) -> bool:
    """On a page refused as no article: the box of text hidden only by an inline
    'visibility: hidden' or 'opacity: 0' that a script lifts once the page loads (WeChat's
    '#js_content'), shown. The box holding most text is taken, if it holds a text's worth
    (MIN_REVEALED characters); True if one was. A 'display: none' box stays hidden: it is a
    menu or a dialog waiting to be opened, not a text waiting to fade in."""
    best, most = None, MIN_REVEALED - 1
    for element in root.iterfind(".//*[@style]"):
        style = element.get("style") or ""
        if not REVEAL_STYLE.search(style) or DISPLAY_NONE.search(style):
            continue
        size = len("".join(all_text(element).split()))
        if size > most:
            best, most = element, size
    if best is None:
        return False
    best.set("style", REVEAL_STYLE.sub("", best.get("style") or ""))
    return True


def read_article(root, url: str | None) -> Document:
    """The article of a page's tree, or a NotAnArticleError."""
    base = base_url(root, url)
    meta = page_meta(root, base)
    base = base or meta.url
    h1 = pick_headline(root, meta)
    headline = element_text(h1) if h1 is not None else title_line(root, meta)
    login_form = root.find(".//input[@type='password']") is not None
    asides = summary_asides(root) if h1 is not None else []
    remove_chrome(root, keep={h1, *asides} if h1 is not None else ())
    remove_decks(root, h1 if h1 is not None else shown_headline(root, headline))
    body = root.find("body")
    roots = content_roots(body if body is not None else root)
    roots += correction_after(roots[-1]) if roots else []
    flow = Flow(base=base, headline=headline, credits=meta.image_credits, headline_element=h1)
    summary, bullets = summary_bullets(root, roots)
    if not bullets:
        summary, bullets = paragraph_points(root, roots)
    if not bullets:
        summary, bullets = numbered_points(root, roots)
    if not bullets:
        summary, bullets = marked_points(root, roots)
    if not bullets:
        summary, bullets = dashed_points(root, roots)
    if not bullets:
        summary, bullets = untitled_points(root, h1, roots)
    flow.used.update(summary)
    flow.used.update(asides)  # a sidebar's points below the text's start: no bullets, no text
    signature = closing_signature(roots)
    if signature is not None:
        flow.used.add(signature)  # the reporter's name set right under the text: a byline
    for figure in pictures_above(h1) + lead_figures(root, h1, roots[0] if roots else None):
        walk(flow, figure)
        flow.used.add(figure)  # walked once, though the body's container may hold it too
    read = {figure for figure in flow.used if figure.find(".//img") is not None}
    for element in roots:
        if any(a in read for a in element.iterancestors()):
            continue  # a lead picture's caption box taken for a root: read with its picture
        story_picture(flow, element)
        walk(flow, skip_before(element, h1))
    interview_questions(flow)
    captions = {i.caption for i in flow.images if i.caption}
    blocks = drop_repeats(flow.blocks, headline, captions, flow.quoted)
    blocks = without_contact_box(without_closing_byline(without_leading_images(blocks)))
    blocks = without_end_mark(without_closing_lines(blocks, flow.pitched))
    check_article(roots, blocks, login_form, meta.says_article)
    if not headline:
        raise NotAnArticleError("the page has no headline")
    return Document(
        headline=headline,
        bullets=bullets,
        images=tuple(flow.images),
        body=tuple(blocks),
        source="html",
        url=meta.url,
        published_at=meta.published_at,
        modified_at=meta.modified_at,
        authors=tuple(meta.authors),
        publisher=meta.publisher,
        language=meta.language,
        description=meta.description,
        section=meta.section,
        keywords=tuple(meta.keywords),
    )


def correction_after(last) -> list:
    """The correction notice in the box right after the text's last container ('</section>
    <div><p>A correction was made on May 2: ...</p><p><a>How we handle corrections</a></p>
    </div>'): the text's last paragraph, without the box's link to the corrections policy."""
    element = last
    for _ in range(CORRECTION_DEPTH):
        after = element.getnext()
        if after is not None:
            note = next(after.iter("p"), after)
            text = tidy(all_text(note))
            return [note] if len(text) < MAX_CORRECTION and is_correction(text) else []
        element = element.getparent()
        if element is None or element.tag in ("body", "html"):
            return []
    return []


def is_correction(text: str) -> bool:
    """Whether a text opens as a correction notice does, a date after the label's comma a date's
    words only: 'Correction, Dec. 2, 2026: The fare is $3.' (not 'Corrections, the board
    said: none')."""
    found = CORRECTION_OPENING.match(text)
    return found is not None and (found["date"] is None or is_date_words(found["date"]))


def is_date_words(text: str) -> bool:
    """Whether a text is a date of a month's name and figures only: 'Dec. 2, 2026', '4 March'
    (not 'Route 9', 'the board said')."""
    words = [word.strip(".,").lower() for word in text.split()]
    months = sum(1 for word in words if word in MONTHS or word in MONTH_ABBREVIATIONS)
    figures = sum(1 for word in words if word.isdigit())
    return months == 1 and figures >= 1 and months + figures == len(words)


def without_leading_images(blocks: list) -> list:
    """Pictures above the first text are the article's lead pictures, which a Document keeps
    out of its body (as the export does): [image, paragraph, image] -> [paragraph, image]."""
    first_text = next((i for i, b in enumerate(blocks) if b.type != "image"), len(blocks))
    return blocks[first_text:]


def without_closing_byline(blocks: list) -> list:
    """The body without a last paragraph that is only a short name in parentheses: the
    reporter's byline, as Japanese and Korean news end ('（森田さくら）', '(김민수 기자)')."""
    last = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].type != "image"), None)
    if last is None or blocks[last].type != "paragraph":
        return blocks
    if not CLOSING_BYLINE.match(blocks[last].text or ""):
        return blocks
    return blocks[:last] + blocks[last + 1 :]


def without_contact_box(blocks: list) -> list:
    """The body without a news release's contact box: a head 'Media contact' and the short lines
    under it up to the next head or the end. Lines of a sentence's length (a paragraph about
    the press office) keep the box in the text."""
    kept, at = [], 0
    while at < len(blocks):
        if blocks[at].type == "subheading" and CONTACT_HEAD.match(blocks[at].text or ""):
            end = next_head(blocks, at + 1)
            if end > at + 1 and all(is_contact_line(b) for b in blocks[at + 1 : end]):
                at = end
                continue
        kept.append(blocks[at])
        at += 1
    return kept


def next_head(blocks: list, start: int) -> int:
    """The index of the first subheading from `start` on, or the end."""
    return next(
        (i for i in range(start, len(blocks)) if blocks[i].type == "subheading"), len(blocks)
    )


def is_contact_line(block) -> bool:
    return block.type == "paragraph" and len(block.text or "") <= MAX_CONTACT_LINE


def skip_before(element, h1):
    """The content root with text standing before the headline inside it taken out."""
    if h1 is None or h1 not in set(element.iter("h1")):
        return element
    for ancestor in [h1, *h1.iterancestors()]:
        if ancestor is element:
            break
        for previous in list(ancestor.itersiblings(preceding=True)):
            if previous.find(".//img") is None and previous.tag != "img":
                previous.getparent().remove(previous)
    return element


__all__ = ["parse_html"]
