"""Decks: the line under the headline that sums the story up, told by its marks and its place."""

from __future__ import annotations

import itertools
import re
from typing import Final

from api.parser.html.text import CLASS_WORD_START, all_text

# Class or id words that name a deck, by language. Any one of them between the headline and the
# first paragraph marks a deck wherever it stands (no lede is named so).
DECK_WORDS = {
    "en": "dek|deck|standfirst|strapline|subline|sub-?headline|subtitle|excerpt|abstract|preview",
    "fr": "chapo|chapeau",  # the French 'chapô'
    "vi": "sapo",  # Vietnamese sites' word, from the French
    "de": "vorspann|anriss",
    "es": "entradilla|bajada|copete|sumario",
    "it": "catenaccio|sommario",
    "ru": "anons|announce|vrezka",  # 'анонс', 'врезка'
    "cs": "perex",
    "nb": "ingress",  # Norwegian and Swedish
}
DECK = re.compile(
    CLASS_WORD_START + r"(?:" + "|".join(DECK_WORDS.values()) + r")(?:$|[\s_-])", re.IGNORECASE
)
# A box named as the article's description, its teaser or its intro ('teaser-text',
# 'article-intro'): a deck where the headline stands and the text goes on in a box of its own
# (headline_deck), a lede where the text's paragraphs go on beside it (a tabloid's
# '<p class="article__content--intro">' opening its text). Not 'lead' or 'summary': news sites
# write their first paragraph in such boxes there (the summary_text rule in clean.py, and
# tests/parser/html/test_body.py's lead box).
DESCRIPTION = re.compile(
    CLASS_WORD_START + r"(?:description|teaser|intro)(?:$|[\s_-])", re.IGNORECASE
)
# A class word naming the lead of a block ('post__lead', 'article__lead', 'article-lead'):
# beside the headline, with the text going on in a box of its own, a part of the header (a
# bare 'lead' box may hold the text's first paragraph: see above).
LEAD_PART: Final = re.compile(r"[_-]lead(?:$|\s)", re.IGNORECASE)
# A paywall's preview of the text ('subscriber-preview' above 'subscriber-only'): its first part.
PAYWALL = re.compile(r"subscri|paywall|premium|member", re.IGNORECASE)
DECK_PROPS = frozenset({"description", "abstract"})  # schema.org's words for an article's summary
LIST_TAGS: Final = ("ul", "ol", "li")  # a list of points, read as the bullets, not a deck
MAX_DECK = 400  # characters: a sentence or two, not a section of the article
MAX_SIBLINGS = 12  # boxes after a deck looked at for the text's own box
BOLD = frozenset({"b", "strong"})
# Data attributes a page's components are named by in its templates, where the class names are
# generated ('dcr-1yi1cnj', 'sc-3f1b9e-1'): data-component="standfirst", data-testid="dek".
PART_ATTRIBUTE: Final = re.compile(
    r"^data-(?:[a-z]+-)?(?:component|name|testid|test-id|block|part)$"
)
MAX_PART_NAME = 40  # characters: a component's name, not a text or a URL kept for a script
DECK_HEADS = frozenset({"h2", "h3"})  # a head's type a deck is set in under the headline
MIN_DECK_HEAD_WORDS = 6  # a sentence's words: a section's head under the headline is shorter
TEXT_TAGS = frozenset({"p", "div", "span", "h2", "h3", "strong", "b", "em", "i"})


def part_names(element) -> str:
    """The names an element's data attributes give it as a template's component, joined:
    '<div data-gu-name="standfirst">' -> 'standfirst'; '' for most elements (no attribute)."""
    found = [
        value
        for name, value in element.attrib.items()
        if name.startswith("data-") and len(value) <= MAX_PART_NAME and PART_ATTRIBUTE.match(name)
    ]
    return " ".join(found)


def is_marked_deck(element, words: str) -> bool:
    """A short box a deck word names ('news-detail__preview', 'article__abstract', 'sapo'),
    holding some text, no picture and no more than one paragraph: a deck, not a section; a
    picture named so ('<img class="has-preview">') is none, nor is a list or its item (the
    headline's points, article.summary_bullets)."""
    if not DECK.search(words) or element.tag in LIST_TAGS or PAYWALL.search(words):
        return False
    if element.tag == "img" or element.find(".//img") is not None:
        return False  # a picture marked as a preview ('has-preview': its blurred stand-in)
    text = all_text(element)
    return 0 < len(text) <= MAX_DECK and len(element.findall(".//p")) <= 1


def headline_deck(element, words: str, h1) -> bool:
    """A short line standing beside the headline, marked as its description or its block's lead
    ('post__lead') or set all in bold, while the article's text goes on in a box of its own: a
    deck.
    '<h1>..</h1><p class="description">..</p><article><p>..</p>..' (a lede written in such a box
    has the text's paragraphs after it, beside it)."""
    if element.tag not in TEXT_TAGS or element.getparent() is not h1.getparent():
        return False
    if not (DESCRIPTION.search(words) or LEAD_PART.search(words) or is_all_bold(element)):
        if not is_head_under_headline(element, h1) and not is_styled_apart(element):
            return False
    text = all_text(element)
    if not text or len(text) > MAX_DECK or element.find(".//img") is not None:
        return False
    if len(element.findall(".//p")) > 1:
        return False  # an intro of paragraphs is the text's opening, not a line over it
    return text_goes_on_elsewhere(element)


def is_head_under_headline(element, h1) -> bool:
    """A head set right under the headline, a sentence's length ('<h1>..</h1><h2>Hundreds of
    boaters say the fees could force them off the water</h2>'): the header's standfirst in a
    head's type, not a section's head (those are short: '<h2>Background</h2>' stays)."""
    if element.tag not in DECK_HEADS or element.getprevious() is not h1:
        return False
    return len(all_text(element).split()) >= MIN_DECK_HEAD_WORDS


def is_styled_apart(element) -> bool:
    """A classed `<p>` under the headline, the byline or the lead picture between it and the
    text's box, whose paragraphs are of another class: the page sets it apart as a deck:
    '<h1>..</h1><p class="x1">Cheaper phones win.</p><div>..<time>..</time></div><figure>..
    </figure><div><p>..</p>..'. A first paragraph with no class, one of the text's class, or
    right over the text's box stays the text's."""
    style = element.get("class")
    if element.tag != "p" or not style:
        return False
    between = False
    for count, sibling in enumerate(element.itersiblings()):
        if count >= MAX_SIBLINGS or sibling.tag == "p":
            return False
        if not isinstance(sibling.tag, str):
            continue
        if sibling.find(".//p") is not None and not is_lead_box(sibling):
            return between and all(p.get("class") != style for p in sibling.iter("p"))
        between = between or is_lead_box(sibling)
    return False


# What stands between a deck and the text: the lead picture's box, the byline's date.
LEAD_BOX_TAGS: Final = ("figure", "time")


def is_lead_box(element) -> bool:
    """The lead picture or the byline under a headline: a `figure`, or a box holding one or a
    `time` and a paragraph at most (a caption's): '<div class="author"><a>Ann Lee</a><time>..
    </time></div>'; a box of the text's paragraphs holding a picture is none."""
    if element.tag in LEAD_BOX_TAGS:
        return True
    if next(itertools.islice(element.iter("p"), 1, None), None) is not None:
        return False  # (two paragraphs: looked for no further than the second)
    return next(element.iterdescendants(*LEAD_BOX_TAGS), None) is not None


def is_all_bold(element) -> bool:
    """Every letter of the element inside <b>/<strong>: '<p><strong>A deck</strong></p>'."""
    bold = "".join(all_text(b) for b in element.iter(*BOLD))
    return bool(bold) and len(bold) >= len(all_text(element)) - 1


def text_goes_on_elsewhere(element) -> bool:
    """No paragraph stands after the element beside it, and a box with paragraphs in it does:
    the text is in a container of its own. Only the next MAX_SIBLINGS are looked at (a header's
    few boxes, then the text's), so that a long run of lines costs a few looks each; a run
    longer than that is taken for the text itself. A line closing a header block is judged by
    the block (closes_header_block)."""
    if element.getnext() is None and not (element.tail or "").strip():
        return closes_header_block(element)
    boxed = False
    for count, sibling in enumerate(element.itersiblings()):
        if count >= MAX_SIBLINGS:
            return False
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag == "p" or (sibling.tail or "").strip():
            return False
        boxed = boxed or sibling.find(".//p") is not None
    return boxed


def closes_header_block(element) -> bool:
    """The element ends its block, which holds no paragraph (the headline's block: a rubric,
    the headline and this line), and the first paragraphs after it stand in a box (the text's;
    lines after the text, a print edition's note, may stand bare):
    '<section><h1>..</h1><h2>Villagers fetch their post from a wall of lockers</h2></section>
    <div>byline</div><section><p>..</p>..' -> True; a block of paragraphs ends with none."""
    block = element.getparent()
    if block is None or block.tag in ("body", "html") or block.find(".//p") is not None:
        return False
    for count, sibling in enumerate(block.itersiblings()):
        if count >= MAX_SIBLINGS or sibling.tag == "p" or (sibling.tail or "").strip():
            return False
        if isinstance(sibling.tag, str) and sibling.find(".//p") is not None:
            return True  # the first paragraphs after the header are a box's: the text's
    return False


__all__ = ["DECK", "DECK_PROPS", "headline_deck", "is_marked_deck", "part_names"]
