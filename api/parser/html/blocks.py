"""The body in reading order: paragraphs, subheadings, lists and images where they stand."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Final

import lxml.etree

from api.parser.document import Block, Image
from api.parser.html import images as pictures
from api.parser.html.alike_heads import bold_break_heads, class_heads
from api.parser.html.bylines import STRIP_TAGS, is_byline_strip
from api.parser.html.head_lines import anchors_itself, bold_head_line, head_text
from api.parser.html.loose_captions import (
    bare_line,
    caption_row,
    credited_line,
    line_after_break,
    next_element,
    previous_element,
)
from api.parser.html.text import (
    CLASS_WORD_START,
    broken_lines,
    element_text,
    link_density,
    link_length,
    link_text_length,
    pieces,
    tidy,
)
from api.parser.html.text_chrome import (
    PICTURE_PLACE,
    heads_link_cards,
    is_comments_call,
    is_meta_line,
    is_promo_line,
    is_widget_label,
)
from api.parser.page_chrome import CLOCK, is_timestamp
from api.parser.quote_words import TITLE_SMALL_WORDS

# Elements that break the flow of text; any other (inline ones, custom elements such as
# <x-citation>) is part of the sentence around it.
BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul",
        "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th", "tbody", "thead", "tfoot",
        "figure", "figcaption", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
        "form", "fieldset", "address", "details", "summary", "center", "picture", "video",
        "audio", "iframe", "img", "canvas", "svg", "body", "html", "menu", "caption",
    }
)  # fmt: skip
HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
LISTS: Final = frozenset({"ul", "ol"})
BOLD = frozenset({"b", "strong"})
# A span set bold by its class or its style, as a template's stylesheet does what <b> does:
# 'mol-style-bold', 'text-bold', 'isBold', 'u-heavy', 'font-weight: 700' ('semibold' and
# 'boldface' are no whole word; a bold class on a <div> is a box's).
BOLD_CLASS: Final = re.compile(
    r"(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))(?i:bold|bolder|strong|heavy)(?![a-z])"
)
# Bold set by an inline style, a semibold weight too: 'font-weight: bold', 'font-weight:600'.
BOLD_STYLE: Final = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.IGNORECASE)
ITALIC = frozenset({"i", "em"})
MAX_ITALIC_CAPTION = 200  # characters: a line under a picture, not a paragraph in italics
MAX_HEAD_CHARS = 120
# A class word naming a section's head: 'story__subhead', 'sub-heading', 'crosshead'
# ('subheadline' and 'subtitle', a deck's names, are not).
HEAD_CLASS: Final = re.compile(
    CLASS_WORD_START + r"(?:sub|cross|inter)[-_]?head(?:ing)?(?:$|[\s_-])", re.IGNORECASE
)
MAX_CAPS_HEAD_CHARS = 60
# A line that only breaks the text into sections: '***', '* * *', '⁂', '◆◆◆', '#'.
SECTION_BREAK: Final = re.compile(r"[*#⁂◆•~=_-](?: ?[*#⁂◆•~=_-])*")
MIN_EXCHANGES = 3  # bold questions each answered by one paragraph: an interview's exchange
MIN_HEAD_LETTERS = 4  # a bold 'Q' or 'A:' in an interview is a label, not a head
STRAY_CREDIT_WORDS: Final = "credit|copyright|photographer"
STRAY_CREDIT: Final = pictures.whole_mark(STRAY_CREDIT_WORDS)
STRAY_CREDIT_HINT: Final = re.compile(STRAY_CREDIT_WORDS, re.IGNORECASE)
# A story's closing line naming who it was written with: '– with AAP', '— With agencies',
# '- Additional reporting by Jane Doe'. The text's own line, as the answers keep it.
CONTRIBUTION_LINE: Final = re.compile(
    r"^[–—-] ?(?i:with|(?:additional )?reporting by) (?:(?i:agencies|wires)"
    r"|[A-Z][\w'’.&-]*(?:(?:,? | and | & )[A-Z][\w'’.&-]*){0,5})\.?$"
)
SHORTCODE = re.compile(r"^\[(\w+)\b[^\]]*\].*\[/\1\]$")
MAX_CREDIT_LINE = 80
CREDIT_LINE = re.compile(
    r"^(?:©|\(c\)|(?:photo(?:graph)?|image|picture)s?(?: credit)?s?\s*(?::|by\b)|credits?\s*:)",
    re.IGNORECASE,
)
# A credit line naming where a picture came from, 'via' a holder, its place on the page before
# it or not: 'Top image via Acme News', 'Photo via Reuters', 'Cover image via X'; only a name
# follows (VIA_HOLDER), so 'Images via satellite show the flooding.' is a sentence. ('Main
# image credit: X' with a colon is the text's, as the answers of the corpus keep it.)
VIA_CREDIT: Final = re.compile(
    rf"^(?:{PICTURE_PLACE} )?(?:photo(?:graph)?|image|picture)s?"
    r" via (.+?)\.?$",
    re.IGNORECASE,
)
VIA_HOLDER: Final = re.compile(r"(?:[A-Z0-9@][\w'’.&-]*|of|the|and|for|&|/|,)")
CREDIT_ATTRIBUTES = ("data-credit", "data-photo-credit", "data-image-credit", "data-photographer")
# schema.org's properties of a picture naming who made or holds it (kept in the tree inside a
# picture's box: clean.is_credit_property)
CREDIT_PROPERTIES: Final = frozenset({"copyrightHolder", "creditText", "author", "creator"})
MAX_ATTRIBUTE_CREDIT: Final = 80  # characters: a name and an agency, not a description
MAX_UNMARKED_CAPTION = 400  # characters: a caption, not a paragraph beside a picture
MIN_LEAD_WORDS = 4  # a sentence's own words before its link: 'The driver was charged and'
SENTENCE_ENDS: Final = (".", "!", "?", '."', ".”", "?”", "!”")
LABEL_ENDS: Final = (":", "-", "–", "—", "|", "»", ">")
PRINTED_ADDRESS: Final = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
MIN_LOOSE_TEXT = 20  # characters of text outside <p> that make a paragraph (not a label)
MAX_SECTION_TITLE = 60  # characters: a section's name ('Room for Disagreement'), no sentence
MAX_TITLE_NODES = 8  # elements in a title's line: the <div> and a few inline ones
SECTION_WINDOW = 3  # sibling boxes looked at on either side for a section of the same shape
# sibling boxes looked back at for a line head of the same class standing between paragraphs
HEAD_LOOK_BACK: Final = 8
SECTION_TEXT: Final = ("p", "ul", "ol")  # a section's text after its title
WRAPPER_DEPTH = 5  # a lone picture's wrappers climbed for a caption box beside them
CAPTION_MARK = re.compile("caption", re.IGNORECASE)  # 'MsoCaption', 'caption-text'
CENTRED = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)
MAX_NAME_WORDS = 6  # a photographer's or an agency's name, not a line of caption
NAME_LINE_MARKS: Final = re.compile(r"[\d.!?:;()\[\]\"“”]")  # a number, a sentence, a label
NAME_SMALL_WORDS: Final = frozenset({"of", "the", "and", "for", "de", "van", "von", "&", "/"})
MAX_BOX_TEXT = 40  # characters besides caption and credit in a picture box (labels, buttons)
# Lines of page chrome that stand alone in the text flow, in any language we can name them; a
# reading time ('7 min read', often run into the date beside it, before or after a dot:
# '3 December 2026 · 4 min read'; 'Reading time: 2 minutes', 'Tempo de leitura: 1 minuto'); a
# post's 'Filed under: Politics |', a call to share it ('Like this story? Share it ...'); a
# printed page's jump lines
# ('See QUARRY, Page A6', 'QUARRY: Continued from Page A1') kept in an e-edition's text.
CHROME_LINE = re.compile(
    r"^(?:advertisement|advertising|anzeige|publicidade|publicidad|pubblicità|реклама|광고"
    r"|read more|read next|see also|related(?: articles?| stories)?|more:?|sign up\b.*"
    r"|click here\b.*|share this\b.*|continue reading\b.*|for the latest news\b.*"
    r"|(?:[^·•|]{1,40}[·•|]\s*)?\d+\s*min(?:ute)?s?\.?\s*read.{0,40}"
    r"|(?:reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture"
    r"|tempo di lettura|lesezeit|leestijd)\s*:?\s*\d+\s*\w{0,8}"
    r"|filed under\s*:.{1,80}"
    r"|(?:like|liked|enjoy|enjoyed) this (?:story|article|post)\?\s*share\b.*"
    r"|(?:[\w' -]{1,40}:\s*)?continued (?:from|on) page [a-z]?\d+\w*"
    r"|see [^,]{1,40}, page [a-z]?\d+\w*)"
    r"\s*[:.…]?$",
    re.IGNORECASE,
)
AD_LABEL = re.compile(
    r"^[-–—\s]*(?:advertisement|advertising|anzeige|publicidade|publicidad|pubblicità|реклама"
    r"|광고|sponsored)[-–—\s:]*$",
    re.IGNORECASE,
)
AD_BOX_DEPTH = 3  # a banner's link, its box and the box with the label
MAX_AD_LABEL = 40  # characters: a label, not a caption
# A news release's closing lines: the wire's 'SOURCE Company', the media-contact details and
# its end mark ('ENDS', '- ends -', '###').
RELEASE_LINE = re.compile(
    r"^(?:SOURCE [A-Z]\S*(?: \S+){0,8}|(?:[-–—] ?)?(?:ENDS|(?i:-ends-))(?: ?[-–—])?|# ?# ?#"
    r"|(?i:media|press) (?i:contacts?|enquiries|inquiries)\s*:.{0,200})$"
)
# A wire story's sign-off: who reported, wrote and edited it, each part 'Task by Name', two or
# more parts ('Reporting by A in Oslo; Editing by B'). A lone 'Reporting by ...' may be a sentence.
SIGN_OFF_PART = (
    r"(?i:(?:additional |further )?(?:reporting|writing|editing|research|graphics)"
    r"(?: and (?:reporting|writing|editing|research|graphics))? by) [A-Z][^;.!?]{0,100}"
)
SIGN_OFF = re.compile(rf"^{SIGN_OFF_PART}(?:; ?{SIGN_OFF_PART})+\.?$")
# The same in Chinese: who reported, edited, checked and photographed it, two or more
# 'Role：Name' parts ('记者：林晓雨　编辑：王思远'): a news account's closing staff line.
STAFF_PART = (
    r"(?:记者|编辑|责编|责任编辑|审核|审校|校对|摄影|摄像|统筹|监制|美编|排版|来源)"
    r"\s*[:：]\s*[^\s:：]{1,20}"
)
STAFF_LINE = re.compile(rf"^{STAFF_PART}(?:\s*[|｜/]?\s*{STAFF_PART})+$")
# A news release's boilerplate line 'About Harrowgate Energy' (bold in a <p>, before the text
# about the company): a label of the release's closing paragraph, not a head of the story.
ABOUT_LINE = re.compile(r"^About [A-Z0-9][^.!?:]{0,60}$")
# The word a byline opens with, a table by language: 'By', Swahili 'Na', Spanish and Portuguese
# 'Por', French 'Par', German 'Von', Dutch 'Door', Indonesian 'Oleh' (any case: 'NA').
BYLINE_WORDS = {
    "en": "By",
    "sw": "Na",
    "es": "Por",
    "fr": "Par",
    "de": "Von",
    "nl": "Door",
    "id": "Oleh",
}
# A bold byline opening the text as a paragraph of its own: the word, a name of capitalised
# words, a comma, then a place or a desk: 'Na MWANDISHI WETU, BAHARI NJEMA', 'By Jane Doe,
# Harbour Desk' (the comma's part is what tells it from a head: 'By the numbers').
OPENING_BYLINE = re.compile(
    r"^(?i:" + "|".join(BYLINE_WORDS.values()) + r") (?:[A-Z][\w.'’-]*(?: |(?=,))){1,4},"
    r"(?: [\w.'’-]+){1,4}$"
)
# A bold byline opening the text with the name alone, no comma: the word, then two to four
# capitalised words of a name, an initial among them or not: 'By Jane Q. Doe-Marsh', 'Por Ana
# Ruiz'. One word after it is a head's ('By Night'), and so are words in lower case ('By the
# numbers', 'By land and sea') or a number ('By 2030').
OPENING_NAME_BYLINE: Final = re.compile(
    r"^(?i:"
    + "|".join(BYLINE_WORDS.values())
    + r") [A-Z][\w'’-]*(?: (?:[A-Z]\.|[A-Z][\w'’-]*)){0,2}"
    r" [A-Z][\w'’-]*$"
)


# The longest title's small word a name may open or close on, one of its syllables: the 'An' of
# 'Tran Van An' and 'An Jung-ho', the 'To' of 'To Lam', the 'On' of 'Kim On'.
NAME_SYLLABLE_CHARS: Final = 2


def is_opening_byline(text: str) -> bool:
    """A bold line that is the writer's byline opening the text: 'By Jane Doe, Harbour Desk'
    (OPENING_BYLINE) or 'By Jane Doe' alone (OPENING_NAME_BYLINE), not a head: 'By the numbers',
    nor one in a title's capitals, whose small words no name holds inside it or longer than a
    syllable (NAME_SYLLABLE_CHARS): 'By The Numbers', 'By Land And Sea' (TITLE_SMALL_WORDS;
    'By Tran Van An', 'By To Lam' are names)."""
    if OPENING_BYLINE.match(text) is not None:
        return True
    if OPENING_NAME_BYLINE.match(text) is None:
        return False
    words = text.split()[1:]
    last = len(words) - 1
    return not any(
        word.lower() in TITLE_SMALL_WORDS and (0 < k < last or len(word) > NAME_SYLLABLE_CHARS)
        for k, word in enumerate(words)
    )


# A list typed in one paragraph (listed_lines): its items and how each but the last closes.
MIN_LISTED_ITEMS = 2
LISTED_ITEM_END: Final = re.compile(r";(?: (?:and|or))?$")  # 'no phones;', 'no food; and'
SENTENCE_END = tuple(".,;…")  # a head may end with '?' or '!', not like a sentence or clause
# An upper-case label and its colon over a part of an updated story, its time after it:
# 'UPDATE: 3:45 p.m.', 'ORIGINAL: 11:20 a.m.' (the clock's 'p.m.' ends it as a sentence would).
UPDATE_LABEL: Final = re.compile(r"^[A-Z][A-Z ]{1,20}[A-Z0-9]:\s+")


@dataclass
class Flow:
    """What the walk has found so far: the blocks, the pictures, and elements already used."""

    base: str | None
    headline: str
    credits: dict[str, str]
    headline_element: object = None
    blocks: list[Block] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    used: set = field(default_factory=set)
    quote: int | None = None  # the <blockquote> being walked, by its number
    quotes: int = 0  # <blockquote>s walked so far
    quoted: dict[int, int] = field(default_factory=dict)  # block index: its <blockquote>'s number
    bold_heads: list[int] = field(default_factory=list)  # subheadings that are bold text lines
    links_titles: dict = field(default_factory=dict)  # box: its bold title over links, or None
    alike_heads: dict = field(default_factory=dict)  # box: its <p>s that are heads by class
    pitched: list[Block] = field(default_factory=list)  # heads a pitch was dropped right under

    def is_class_head(self, element) -> bool:
        """Whether a styled <p> is a head by its class set (alike_heads.class_heads), each box's
        paragraphs grouped once."""
        parent = element.getparent()
        if parent is None or not element.get("class"):
            return False
        if parent not in self.alike_heads:
            self.alike_heads[parent] = class_heads(parent)
        return element in self.alike_heads[parent]

    def add_text(self, text: str, kind: str = "paragraph") -> None:
        """Add a paragraph or subheading; chrome lines and rules ('___', '* * *') left out."""
        if not text or CHROME_LINE.match(text) or not any(c.isalnum() for c in text):
            return
        if RELEASE_LINE.match(text) or SIGN_OFF.match(text) or STAFF_LINE.match(text):
            return
        if is_promo_line(text) and not (kind == "subheading" and is_comments_call(text)):
            # 'Follow us on Instagram', an ad slot's 'Scroll to continue', 'Simak Video'; a head
            # calling for comments waits: with no text under it, it is the comments box's
            # (text_chrome.is_closing_line), with text it heads a consultation's section
            if self.blocks and self.blocks[-1].type == "subheading":
                self.pitched.append(self.blocks[-1])  # a box's title, if no text follows
            return
        if is_meta_line(text):
            return  # 'Posted by: Ann Lee - Category: Events', 'Updated at 1:23 p.m.'
        if is_widget_label(text, head=kind != "paragraph"):
            return  # a player's or a box's label left in the text: 'Recommended Videos'
        if SHORTCODE.match(text):
            return  # a blogging platform's unexpanded shortcode: '[button link=...]Go[/button]'
        if len(text) <= MAX_CREDIT_LINE and (CREDIT_LINE.match(text) or is_via_credit(text)):
            return  # a photo credit line left in the flow: 'Photo: Jane Doe, AP'
        if self.quote is not None:
            self.quoted[len(self.blocks)] = self.quote
        self.blocks.append(Block(kind, text=text))

    def add_bold_head(self, text: str) -> None:
        """A bold line read as a head, remembered: it may turn out to be an interview question.
        A bold byline opening the text is none: 'Na MWANDISHI WETU, BAHARI NJEMA'."""
        if is_opening_byline(text) and all(b.type == "image" for b in self.blocks):
            return  # (a picture may come before it)
        count = len(self.blocks)
        self.add_text(text, "subheading")
        if len(self.blocks) > count:
            self.bold_heads.append(count)


def is_via_credit(text: str) -> bool:
    """A credit line naming the picture's holder after 'via': 'Top image via Acme News' (not
    'Images via satellite show the flooding.'); VIA_CREDIT."""
    found = VIA_CREDIT.match(text)
    if found is None:
        return False
    words = found.group(1).replace(",", " , ").split()
    return len(words) <= MAX_NAME_WORDS and all(VIA_HOLDER.fullmatch(w) for w in words)


def is_bold(element) -> bool:
    """A <b> or <strong>, or a span its class or style sets bold: '<span class="text-bold">'."""
    if element.tag in BOLD:
        return True
    if element.tag != "span":
        return False
    if is_style_bold(element):
        return True
    return BOLD_CLASS.search(element.get("class") or "") is not None


def is_bold_only(element, text: str) -> bool:
    """Every letter of the paragraph is inside <b>/<strong> or a bold span: '<p><b>The
    plan</b></p>', '<p><span class="style-bold">The plan</span></p>'."""
    bold = "".join(element_text(b) for b in element.iter("b", "strong", "span") if is_bold(b))
    return bool(bold) and len(tidy(bold)) >= len(text) - 1


def is_bold_text(element, text: str) -> bool:
    """A paragraph all in bold, by its bold elements or by its own inline style: '<p><b>What
    next</b></p>', '<p style="font-weight: bold;">What next</p>'."""
    return is_style_bold(element) or is_bold_only(element, text)


def is_style_bold(element) -> bool:
    """A paragraph or line box its own inline style sets bold, as <b> would: '<p
    style="font-weight: bold;">What next</p>', '<div style="font-weight:700">'."""
    style = element.get("style")
    return style is not None and BOLD_STYLE.search(style) is not None


def is_marked_head(element) -> bool:
    """A paragraph its own class names a section's head, set in no heading tag and no bold:
    '<p class="story__subhead">Fewer drivers, more robots</p>', 'p.cross-head'. A deck's names
    ('subheadline', 'subtitle') are left to the decks' rules."""
    return element.tag == "p" and HEAD_CLASS.search(element.get("class") or "") is not None


def is_break_head(element) -> bool:
    """A styled paragraph (a class of its own) set right after a section break's line, the
    text going on after it: the section's head, its shortness and missing stop judged by
    heading_kind: '<p>***</p><p class="section-head">Luck, not need</p><p>..</p>'. A line
    after a break that ends as a sentence ('Then the rain came.') opens the section's text."""
    if element.tag != "p" or not element.get("class"):
        return False
    before, after = previous_element(element), next_element(element)
    if before is None or before.tag != "p" or after is None or after.tag != "p":
        return False
    return SECTION_BREAK.fullmatch(element_text(before)) is not None


def is_update_head(text: str) -> bool:
    """A line of an upper-case label, its colon and a time alone (a clock, its zone or date
    words): 'UPDATE: 3:45 p.m.', 'ORIGINAL: 11:20 a.m. PT'. 'UPDATE: 3:45 p.m. The ferry left.'
    goes on as a sentence."""
    label = UPDATE_LABEL.match(text)
    if label is None:
        return False
    time = text[label.end() :]
    return CLOCK.match(time) is not None and is_timestamp(time)


def heading_kind(element, text: str) -> str:
    """A short bold-only ('bold': by <b> or by its own inline style) or ALL-CAPS ('subheading')
    paragraph acts as a subheading, as does one its class names a head or set after a section
    break; others are paragraphs. A bold label over a time heads its part of an updated story
    (is_update_head)."""
    if len(text) <= MAX_HEAD_CHARS and is_update_head(text) and is_bold_text(element, text):
        return "bold"
    if len(text) > MAX_HEAD_CHARS or text.endswith(SENTENCE_END):
        return "paragraph"
    if is_marked_head(element) or is_break_head(element):
        return "subheading"
    if is_bold_text(element, text):
        return "paragraph" if ABOUT_LINE.match(text) else "bold"
    letters = [c for c in text if c.isalpha()]
    caps = len(letters) >= 4 and all(c.isupper() for c in letters)
    if caps and len(text) <= MAX_CAPS_HEAD_CHARS and len(text.split()) <= 8:
        return "subheading"
    return "paragraph"


def add_paragraph(flow: Flow, element, text: str) -> None:
    """A paragraph unless it is mostly links (read-more, related), acts as a head, or is the
    caption of the picture just before it."""
    if not text or (link_density(element, text) > 0.5 and not is_linked_text(element, text)):
        return
    if caption_below(flow, element, text):
        return
    kind = heading_kind(element, text)
    if kind == "paragraph" and flow.is_class_head(element):
        kind = "subheading"  # '<p class="text-lg font-semibold">A bet on cheaper cells</p>'
    if is_links_title(element, text, kind):
        return
    if kind == "bold":
        flow.add_bold_head(text)
    else:
        flow.add_text(text, kind)


def add_headed_paragraph(flow: Flow, element) -> bool:
    """A paragraph under its bold head on a line of its own (head_lines.bold_head_line): the
    head and the paragraph, '<p><b>Where the money goes</b><br>The fund ..</p>'; False for any
    other. A release's 'About X' line is a paragraph, as heading_kind reads it alone."""
    split = bold_head_line(element)
    if split is None:
        return False
    head, text = split
    if ABOUT_LINE.match(head):
        flow.add_text(head)
    else:
        flow.add_bold_head(head)
    add_paragraph(flow, element, text)
    return True


def is_linked_text(element, text: str) -> bool:
    """A paragraph of the text for all its link text: a sentence linking a source, or a line
    printing web addresses ('Tickets: <a>www.x.example</a>'), which a reader would type."""
    return is_linked_sentence(element, text) or prints_addresses(element)


def prints_addresses(element) -> bool:
    """Every link's text is the address it goes to, printed: 'https://x.example/tickets',
    'www.x.example'. A linked title ('<a>Storm hits coast</a>') is none."""
    found = False
    for link in element.iter("a"):
        if not PRINTED_ADDRESS.match(tidy("".join(pieces(link)))):
            return False
        found = True
    return found


def is_linked_sentence(element, text: str) -> bool:
    """A sentence whose second half links a source, not a link line: 'The driver was charged
    and <a>held without bail until Friday</a>.' opens with MIN_LEAD_WORDS words of its own and
    ends as a sentence does; 'Read more: <a>Storm hits coast</a>' is a label's."""
    if not text.endswith(SENTENCE_ENDS):
        return False
    first = next(element.iter("a"), None)
    linked = tidy("".join(pieces(first))) if first is not None else ""
    at = text.find(linked) if linked else -1
    lead = text[:at].rstrip() if at > 0 else ""
    return len(lead.split()) >= MIN_LEAD_WORDS and not lead.endswith(LABEL_ENDS)


def is_links_title(element, text: str, kind: str) -> bool:
    """A paragraph acting as a head or a label ('In this article:', 'Useful links') with nothing
    after it in its box but lists of links, which the body leaves out: a table of contents'
    title, no head of the text."""
    if kind == "paragraph" and not (text.endswith(":") and len(text) <= MAX_HEAD_CHARS):
        return False
    return heads_only_links(element)


def interview_questions(flow: Flow) -> None:
    """Bold heads that are an interview's questions become paragraphs: three or more, every bold
    head a question, each answered by exactly one paragraph before the next. A question is part
    of the exchange, not the head of a section. ALL-CAPS heads (wire copy's 'WHO IS THE
    FRONT-RUNNER?' over its section) are never questions of an exchange, and a bold head over
    more than one paragraph heads a section."""
    heads = flow.bold_heads
    if len(heads) < MIN_EXCHANGES:
        return
    blocks = flow.blocks
    if not all(blocks[i].text.endswith("?") for i in heads):
        return
    for head, after in zip(heads, [*heads[1:], len(blocks)], strict=True):
        answer = [b.type for b in blocks[head + 1 : after] if b.type != "image"]
        if not answer or answer[0] != "paragraph" or (after != len(blocks) and len(answer) > 1):
            return
    for i in heads:
        blocks[i] = Block("paragraph", text=blocks[i].text)


def caption_below(flow: Flow, element, text: str, own: bool = True) -> bool:
    """A short line all in italics or marked as a caption (Word's 'MsoCaption') right after a
    picture that has no caption, amid the text, is its caption (a site builder's text block under
    its image block): it becomes the caption, not body text. Under a picture above the text it
    may be the article's first line. A centred line with a credit at its end is one too, and
    is looked for in loose text (`own` False: the element holds more than the line)."""
    last = flow.blocks[-1] if flow.blocks else None
    if last is None or last.type != "image" or len(text) > MAX_ITALIC_CAPTION:
        return False
    if all(block.type == "image" for block in flow.blocks):
        return False
    image = flow.images[last.image]
    if image.caption:
        return False
    marked = own and (is_marked_caption(element) or is_all_italic(element, text))
    if not marked and not is_centred(element):
        return False
    # A typed caption ends with its credit as a text caption does: '... Photo: Alun Marsh'.
    caption, credit = pictures.text_caption_and_credit(text, image.alt)
    if not marked and not credit:
        return False
    flow.images[last.image] = replace(image, caption=caption, credit=credit or image.credit)
    return True


def is_centred(element) -> bool:
    """A line set in the middle, as a caption under a centred picture is in an editor that
    marks neither (WeChat's grey line 'At the river. 摄影：X' in a centred <section>): with a
    credit at its end it is the picture's caption, a centred head or sentence has none."""
    if element.tag == "center" or (element.get("align") or "").casefold() == "center":
        return True
    return CENTRED.search(element.get("style") or "") is not None


def is_marked_caption(element) -> bool:
    """A box named a caption right after a box holding only a picture (Word's 'MsoCaption'
    paragraph under the picture's own paragraph); after a box with text beside its picture it
    may be another's."""
    if not CAPTION_MARK.search(element.get("class") or ""):
        return False
    before = element.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return before is not None and before.find(".//img") is not None and not element_text(before)


def is_all_italic(element, text: str) -> bool:
    italic = "".join(element_text(e) for e in element.iter(*ITALIC))
    return bool(italic) and len(tidy(italic)) >= len(text) - 1


def is_link_list(element, items: list[str]) -> bool:
    """Related-article links: mostly link text, or every short item pointing somewhere."""
    density = link_density(element)
    if density > 0.5:
        return True
    linked = all(li.find(".//a") is not None for li in element if li.tag == "li")
    return linked and density >= 0.3 and sum(map(len, items)) / len(items) < 80


def links_title(box):
    """A box's bold line with nothing after it but lists of links: the title of a related box
    inside the text, '<div><b>More on this:</b><ul><li><a>...</a></li></ul></div>'; else None."""
    for child in reversed(box):
        if not isinstance(child.tag, str) or child.tag in ("ul", "ol"):
            continue
        return child if child.tag in ("b", "strong") and heads_only_links(child) else None
    return None


def heads_only_links(heading) -> bool:
    """A head with nothing after it in its box but lists of links, which the body leaves out:
    the title of a box of topic or related links ('More on this story')."""
    if tidy(heading.tail):
        return False
    found = False
    for element in heading.itersiblings():  # stops at the first thing that is not such a list
        if not isinstance(element.tag, str):
            continue
        if element.tag not in ("ul", "ol") or tidy(element.tail) or not is_links_only(element):
            return False
        found = True
    return found


def is_links_only(element) -> bool:
    """A list the body leaves out as links (see add_list)."""
    items = list_items(element)
    return bool(items) and is_link_list(element, items)


def list_items(element) -> list[str]:
    """A list's items, an item's nested list read as items of their own after its text, not
    run into it: '<li>Fruit<ul><li>Apple</li><li>Pear</li></ul></li>' -> 'Fruit', 'Apple',
    'Pear' (an editor's indented list, '<li style="list-style-type: none"><ul>..', too)."""
    items: list[str] = []
    for li in element:
        if li.tag != "li":
            continue
        nested = [child for child in li if child.tag in LISTS]
        text = element_text(li, skip=set(nested)) if nested else element_text(li)
        if text:
            items.append(text)
        for inner in nested:
            items += list_items(inner)
    return items


def add_list(flow: Flow, element) -> None:
    """A list of the body, kept as a list; a list of links (related articles) left out."""
    items = list_items(element)
    if not items or is_link_list(element, items):
        return
    flow.blocks.append(Block("list", items=tuple(items)))


def caption_elements(holder) -> list:
    """Caption elements of a picture's holder in order: <figcaption>s and elements marked so."""
    return [
        e
        for e in holder.iter()
        if e is not holder
        and (e.tag == "figcaption" or pictures.CAPTION_MARKS.search(pictures.marks(e)))
    ]


def figure_caption(holder):
    """The element whose text is the caption: the first caption element holding no other one.

    A caption box often holds the caption twice (full and truncated), or a caption and a credit
    line: the first innermost one is the caption.
    """
    found = [e for e in caption_elements(holder) if not is_credit_beside_caption(e)]
    inside = set()
    for element in found:
        inside.update(a for a in element.iterancestors() if a in set(found))
    innermost = [e for e in found if e not in inside and element_text(e)]
    return innermost[0] if innermost else (found[0] if found else None)


def is_credit_beside_caption(element) -> bool:
    """A credit element named as its caption's part ('mar-caption__credit', 'photo-caption-
    source') beside a sibling of no class holding the caption's text: the credit, not the
    caption, however its block's name reads: '<span>Pupils at the gate</span> <span
    class="mar-caption__credit">(Image: X)</span>'."""
    if not pictures.is_marked(pictures.CREDIT_HINT, pictures.CREDIT_MARKS, pictures.marks(element)):
        return False
    parent = element.getparent()
    return parent is not None and any(
        s is not element and isinstance(s.tag, str) and not s.get("class") and element_text(s)
        for s in parent
    )


def add_picture(flow: Flow, img, holder) -> None:
    """An image block for an article picture, its caption and credit from the holder."""
    src = pictures.picture_source(img, flow.base)
    captioned = holder is not None
    if (src and src in flow.sources) or not is_article_photo(img, src, captioned, captioned):
        return
    if pictures.is_video_poster(img) or is_labelled_ad(img):
        return
    alt = tidy(img.get("alt") or img.get("aria-label") or img.get("data-alt")) or flow.headline
    caption, credit = "", None
    caption_element = figure_caption(holder) if holder is not None else None
    beside = lone_picture_caption(img) if holder is None else None
    if beside is not None:
        flow.used.add(beside)  # read here as the caption, not again as text
        holder, caption_element = beside, figure_caption(beside)
        caption_element = beside if caption_element is None else caption_element
    if caption_element is not None:
        caption, credit = pictures.caption_and_credit(caption_element, alt)
    elif holder is not None:
        caption, credit = (
            unmarked_caption(holder)
            or break_caption(holder, alt)
            or caption_and_credit_spans(holder)
            or credited_line(holder, alt)
            or bare_caption(holder, alt)
            or ("", None)
        )
    if holder is not None and credit is None:
        credit = credit_outside(holder, caption_element) or credit_after_caption(caption_element)
        credit = credit or attribute_credit(holder)
        credit = credit or credit_before_picture(holder, img, caption_element)
    after = credit_after_box(holder) if holder is not None and credit is None and caption else None
    if after is not None:
        flow.used.add(after)  # read here as the credit, not again as a line of text
        credit = pictures.clean_credit(element_text(after))
    credit = credit or metadata_credit(flow.credits, src)
    if not caption and not credit and pictures.is_stray_picture(img):
        return  # an avatar, a badge, a related story's thumbnail: no picture of the article
    if not (caption and credit) and captioned and pictures.is_code_picture(img, src):
        return  # a code to scan in its box; a story's picture of one is captioned and credited
    if src:
        flow.sources.add(src)
    flow.images.append(Image(alt=alt, caption=caption, credit=credit, src=src))
    flow.blocks.append(Block("image", image=len(flow.images) - 1))


def is_stray_credit(element) -> bool:
    """An element named as a photo credit ('photo-credit'), standing with no picture; not the
    line crediting the story's co-writers that a post's template names so ('– with AAP')."""
    if not pictures.is_marked(STRAY_CREDIT_HINT, STRAY_CREDIT, pictures.marks(element)):
        return False
    return CONTRIBUTION_LINE.match(tidy(element_text(element))) is None


def is_labelled_ad(img) -> bool:
    """A picture in a small box whose only text is an ad's label ('- Advertisement -' over a
    linked banner): an ad placed in the text, however its box is named."""
    for ancestor in list(img.iterancestors())[:AD_BOX_DEPTH]:
        text = short_text(ancestor, MAX_AD_LABEL)
        if text is None:
            return False
        if AD_LABEL.match(text):
            return True
    return False


def short_text(element, limit: int) -> str | None:
    """The element's text if it is at most `limit` characters, else None; read only so far (a
    picture's big box is not read whole for each picture in it), and through no more than
    `limit` elements (a box of many bare pictures, no text at all, is no small box either)."""
    found, size = [], 0
    for count, (event, node) in enumerate(lxml.etree.iterwalk(element, events=("start", "end"))):
        if count > 2 * limit:
            return None
        if event == "start":
            piece = node.text if isinstance(node.tag, str) else None  # (a comment's: no text)
        else:
            piece = node.tail if node is not element else None
        if not piece:
            continue
        size += len("".join(piece.split()))  # spaces left out: they may be the markup's
        if size > limit:
            return None
        found.append(piece)
    text = tidy("".join(found))
    return text if len(text) <= limit else None


def is_article_photo(img, src: str | None, captioned: bool, codes: bool = False) -> bool:
    """An article picture by its URL, or, with no URL to be had, by its relative file path (a
    code's picture let through with `codes`, for its caption and credit to judge)."""
    if pictures.is_photo(img, src, captioned, codes):
        return True
    path = None if src else pictures.relative_picture(img)
    return path is not None and pictures.is_photo(img, path, codes=codes)


def caption_beside(img):
    """The caption box right after the wrappers a lone picture stands in, else None: a picture
    inside its enlargement link, its caption and credit in a box of their own beside the link's
    wrapper ('<div><a><img></a></div><div class="credit-caption">...</div>'). Each wrapper climbed
    holds nothing but the picture, so the box beside it is the picture's, not a text's."""
    element = img
    for _ in range(WRAPPER_DEPTH):
        after = element.getnext()
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()
        if after is not None:
            return after if is_caption_box(after) and not tidy(element.tail) else None
        parent = element.getparent()
        if parent is None or parent.tag in ("body", "article", "main") or element_text(parent):
            return None
        element = parent
    return None


def lone_picture_caption(img):
    """The caption box beside a lone picture (caption_beside), else its table's row under it
    (caption_row), else None."""
    found = caption_beside(img)
    return found if found is not None else caption_row(img)


def is_caption_box(element) -> bool:
    """A <figcaption> or an element marked as a caption, with no picture of its own."""
    if element.tag != "figcaption" and not pictures.CAPTION_MARKS.search(pictures.marks(element)):
        return False
    return element.find(".//img") is None and bool(element_text(element))


def attribute_credit(holder) -> str | None:
    """A credit the page keeps in an attribute for its style sheet to show:
    '<figure data-credit="X">' or an empty '<span data-credit="X">' in the caption; else a
    schema.org property of the picture's holder (credit_property), else a labelled credit in
    the picture's title (titled_credit)."""
    for element in holder.iter():
        for name in CREDIT_ATTRIBUTES:
            value = element.get(name)
            if value and tidy(value):
                return pictures.clean_credit(tidy(value))
    for element in holder.iter("meta", "img"):
        found = credit_property(element) if element.tag == "meta" else titled_credit(element)
        if found:
            return found
    return None


def credit_property(meta) -> str | None:
    """The credit a picture's microdata names: '<meta itemprop="copyrightHolder" content="Ana
    Ruiz">' (or creditText, author, creator) inside its figure -> 'Ana Ruiz'; else None."""
    if meta.get("itemprop") not in CREDIT_PROPERTIES:
        return None
    value = tidy(meta.get("content"))
    return pictures.clean_credit(value) if value and len(value) <= MAX_ATTRIBUTE_CREDIT else None


def titled_credit(img) -> str | None:
    """A labelled credit a picture's title holds, the label then a holder: '<img title="Photo:
    Ana Ruiz">' -> 'Ana Ruiz'; a title of words ('Ferries at the quay') is none."""
    title = tidy(img.get("title"))
    if not title or len(title) > MAX_ATTRIBUTE_CREDIT or not pictures.credit_label(title):
        return None
    cleaned = pictures.clean_credit(title)
    return cleaned if cleaned and cleaned != title else None


def metadata_credit(credits: dict[str, str], src: str | None) -> str | None:
    """The JSON-LD credit of a picture, matched by URL, else by URL without its query."""
    if not src or not credits:
        return None
    if src in credits:
        return credits[src]
    bare = src.split("?")[0].split("#")[0]
    return next((c for url, c in credits.items() if url.split("?")[0].split("#")[0] == bare), None)


def credit_outside(holder, caption) -> str | None:
    """A credit standing beside the caption: an element marked credit, or a labelled caption."""
    inside = set(caption.iter()) if caption is not None else set()
    for element in pictures.credit_elements(holder, caption):
        if element not in inside and element_text(element):
            return pictures.clean_credit(element_text(element))
    for element in caption_elements(holder):
        text = element_text(element)
        if element not in inside and text and pictures.credit_label(text):
            return pictures.clean_credit(text)
    return None


def credit_after_caption(caption) -> str | None:
    """A labelled credit left as bare text after the caption's element in its caption block:
    '<div class="caption-box"><span class="caption">Stalls at dawn.</span> Photo: Jo Lee / X
    </div>' -> 'Jo Lee / X'. Text after it that opens with no label is none."""
    if caption is None or not caption.tail:
        return None
    parent = caption.getparent()
    if parent is None or not (
        parent.tag == "figcaption" or pictures.CAPTION_MARKS.search(pictures.marks(parent))
    ):
        return None
    text = tidy(caption.tail)
    return pictures.clean_credit(text) if pictures.is_labelled_credit(text) else None


def credit_after_box(holder):
    """The credit line set right after a captioned picture's box, in an element of its own
    labelled ('Photo: X') or named a credit ('<p class="image-source">Jo Lee</p>'): '<div
    class="wp-caption"><img><p>Caption.</p></div><p class="image-source">Photo: X</p>' -> the
    <p>. A line there past a credit's length, or a sentence ('Photo: the crowd at the gates'),
    is text."""
    if tidy(holder.tail):
        return None
    after = holder.getnext()
    if after is None or not isinstance(after.tag, str) or after.find(".//img") is not None:
        return None
    text = pictures.short_line(after)
    if len(text) > MAX_CREDIT_LINE:
        return None  # (the length add_text drops a stray credit line at)
    if pictures.is_labelled_credit(text) and names_a_holder(text):
        return after
    marked = pictures.is_marked(pictures.CREDIT_HINT, pictures.CREDIT_MARKS, pictures.marks(after))
    return after if marked and is_name_line(text) else None


def names_a_holder(credit: str) -> bool:
    """Whether a labelled credit's holder opens as a name does, not as a sentence's words:
    'Photo: Ana Ruiz', 'Image: @pierwatch' (not 'Photo: the crowd at the gates')."""
    holder = pictures.clean_credit(credit) or ""
    return holder[:1].isupper() or not holder[:1].isalpha()


def credit_before_picture(holder, img, caption) -> str | None:
    """The credit set above the picture in its captioned figure, in an element of its own before
    the <img>, its label hidden for screen readers only (gone with the chrome) or shown:
    '<figure><div>Image source, Ada Moss</div><img><figcaption>...' -> 'Ada Moss'. Only one line
    stands there, a labelled credit or a name's shape ('Harbour Trust Archive'), not a label
    ('Watch', '1 of 5') or a sentence."""
    if caption is None:
        return None
    lines = lines_before(holder, img)
    if len(lines) != 1 or lines[0].find(".//img") is not None or lines[0].tag == "button":
        return None
    if caption in set(lines[0].iter()):
        return None  # the caption set above the picture
    text = element_text(lines[0])
    if pictures.is_labelled_credit(text):
        return pictures.clean_credit(text)
    return text if is_name_line(text) else None


def lines_before(holder, img) -> list:
    """The elements with text standing before the picture at the first of its levels inside the
    holder that has any: '<div><figure><div>X</div><img>' -> [<div>X</div>]."""
    element = img
    while element is not holder and element is not None:
        found = [
            e
            for e in element.itersiblings(preceding=True)
            if isinstance(e.tag, str) and element_text(e)
        ]
        if found:
            return found
        element = element.getparent()
    return []


def is_name_line(text: str) -> bool:
    """A short line of two to six words, each capitalised or a name's small word, no digit or
    sentence mark: a photographer's or an agency's name ('Lena Ortiz', 'Museum of the Dales')."""
    words = text.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS or NAME_LINE_MARKS.search(text):
        return False
    return all(w[0].isupper() or w in NAME_SMALL_WORDS for w in words)


def add_figure(flow: Flow, figure) -> None:
    """A <figure> (or a captioned picture box): its first article picture with its caption."""
    for img in figure.iter():
        if not pictures.is_picture_element(img):
            continue
        if pictures.is_photo(img, pictures.picture_source(img, flow.base), True, codes=True):
            add_picture(flow, img, figure)
            return
    if figure_caption(figure) is None:
        walk_children(flow, figure)


def is_picture_box(element) -> bool:
    """A box of one picture and its caption, with no other text: <div><img><p class=caption>."""
    if element.tag in ("body", "article", "main") or len(element.findall(".//img")) != 1:
        return False
    captions = caption_elements(element)
    if not captions:
        found = unmarked_caption(element) or line_after_break(element)
        return (
            found is not None
            or credited_line(element, "") is not None
            or bare_line(element) is not None
        )
    skip = set(captions) | set(pictures.credit_elements(element))
    return len(element_text(element, skip=skip)) < MAX_BOX_TEXT


def unmarked_caption(holder) -> tuple[str, str] | None:
    """The caption and credit of a picture box whose class names say nothing (generated ones),
    told by its last line being a labelled credit of its own element:
    '<div><img></div><div><span>Stalls.</span><span>Photograph: Hana Sorel</span></div>'."""
    leaves = [e for e in holder.iter() if isinstance(e.tag, str) and len(e) == 0 and tidy(e.text)]
    if len(leaves) < 2 or any(tidy(e.tail) for e in leaves):
        return None
    credit = element_text(leaves[-1])
    cleaned = pictures.clean_credit(credit) if pictures.credit_label(credit) else None
    caption = tidy(" ".join(element_text(e) for e in leaves[:-1]))
    if not cleaned or cleaned == credit or len(caption) > MAX_UNMARKED_CAPTION:
        return None
    return caption, cleaned


def caption_and_credit_spans(holder) -> tuple[str, str] | None:
    """The caption and credit of a figure with no caption element, told by their shapes: its
    last two lines, elements side by side after the picture, a sentence then a name (an agency's,
    a photographer's with their paper's): '<figure><img><div><span>The mill in 1921.</span>
    <span>Rosa Imrie, Valley Courier</span></div></figure>' -> both."""
    if holder.tag != "figure" or holder.find(".//figcaption") is not None:
        return None
    leaves = [e for e in holder.iter() if isinstance(e.tag, str) and len(e) == 0 and tidy(e.text)]
    if len(leaves) < 2 or leaves[-1].getparent() is not leaves[-2].getparent():
        return None
    first, last = leaves[-2], leaves[-1]
    if last.tag in ("a", "button") or tidy(first.tail) or tidy(last.tail):
        return None
    caption, credit = element_text(first), element_text(last)
    if len(caption) > MAX_UNMARKED_CAPTION or not caption.endswith(pictures.SENTENCE_ENDS):
        return None
    if pictures.is_labelled_credit(credit):
        return caption, pictures.clean_credit(credit) or credit
    return (caption, credit) if is_name_line(credit) else None


def break_caption(holder, alt: str) -> tuple[str, str | None] | None:
    """The caption and credit of the line after a <br> under a picture (see line_after_break)."""
    line = line_after_break(holder)
    return pictures.text_caption_and_credit(line, alt) if line else None


def bare_caption(holder, alt: str) -> tuple[str, str | None] | None:
    """The caption (and a credit, if its text holds one) of the short line after a lone
    picture in its box (see bare_line)."""
    line = bare_line(holder)
    return pictures.text_caption_and_credit(line, alt) if line else None


def inline_runs(element):
    """The element's inline content as (text, None, link characters, bold characters) runs,
    split at block children (yielded as (None, child, 0, 0)), at <br><br>, and after the bold
    heads that open runs before one <br> (alike_heads.bold_break_heads): 'A<br><br>B' -> 'A',
    'B'; '<b>Cost</b><br>B.<br><br><b>Time</b><br>C.' -> 'Cost', 'B.', 'Time', 'C.'."""
    heads = frozenset()
    if element.find("br") is not None:
        heads = bold_break_heads(element, BLOCKS, is_bold)
    head_open = False  # a bold head just read: the <br> after it ends its run
    run: list[str] = [element.text or ""]
    linked = 0  # characters of link text in the run, to tell text from rows of links
    bold = 0  # characters of <b>/<strong> text in the run: a bold line is a head
    breaks = 0  # <br>s since the last text: two in a row end a paragraph
    for child in element:
        if not isinstance(child.tag, str):
            pass
        elif child.tag == "br":
            breaks += 1
            if head_open:
                yield "".join(run), None, linked, bold
                run, linked, bold, breaks, head_open = [], 0, 0, 0, False
            elif breaks >= 2:
                yield "".join(run), None, linked, bold
                run, linked, bold, breaks = [], 0, 0, 0
            else:
                run.append(" ")
        elif child.tag == "img" and is_drop_cap(child):
            run.append(child.get("alt").strip())
        elif is_stray_credit(child):
            pass  # a photo credit with no picture beside it
        elif child.tag not in BLOCKS and child.find(".//img") is None and not has_block(child):
            run.append("".join(pieces(child)))
            linked += link_text_length(child) if child.tag != "a" else link_length(child, run[-1])
            bold += len(tidy(run[-1])) if is_bold(child) else 0
            breaks = 0 if run[-1].strip() else breaks
            head_open = child in heads
        else:
            yield "".join(run), None, linked, bold
            yield None, child, 0, 0
            run, linked, bold, breaks = [], 0, 0, 0
        tail = child.tail or ""
        run.append(tail)
        breaks = 0 if tail.strip() else breaks
    yield "".join(run), None, linked, bold


def is_drop_cap(img) -> bool:
    """A paragraph's first letter drawn as a picture, the letter in its alt and the word's rest
    right after it: '<p><img alt="T"><span>he first entry' reads 'The first entry'."""
    alt = (img.get("alt") or "").strip()
    if len(alt) != 1 or not alt.isalpha() or img.getprevious() is not None:
        return False
    if (img.getparent().text or "").strip():
        return False
    after = img.getnext()
    rest = img.tail or (after.text if after is not None and not img.tail else "") or ""
    return rest[:1].islower()


def has_block(element) -> bool:
    """Whether an inline element holds block elements (as broken pages nest them)."""
    return any(e.tag in BLOCKS for e in element.iterdescendants())


def is_layout_table(table) -> bool:
    """A table used to lay out the page (it holds boxes, pictures, lists or tables), not data.
    A cell of one <p> is a data cell still: a rich-text editor (SharePoint's) wraps each."""
    for element in table.iterdescendants():
        tag = element.tag
        if tag in ("div", "table", "img", "ul", "ol", "figure"):
            return True
        if tag == "p" and not is_lone_cell_paragraph(element):
            return True
    return False


def is_lone_cell_paragraph(p) -> bool:
    """A <p> that is its cell's only block: '<td><p>£5.20</p></td>'."""
    cell = p.getparent()
    if cell is None or cell.tag not in ("td", "th"):
        return False
    return sum(1 for c in cell if c.tag in ("p", "div")) == 1


def add_table(flow: Flow, table) -> None:
    """A data table in the body: one paragraph per row, its cells separated by spaces. A footer
    row repeating a header row ('Pos Player Plays' under a long table) is left out: it is the
    head printed again, as the table's template draws it, not a row of data."""
    heads: set[str] = set()
    for row in table.iter("tr"):
        cells = [element_text(cell) for cell in row if cell.tag in ("td", "th")]
        text = tidy(" ".join(c for c in cells if c))
        section = row.getparent()
        part = section.tag if section is not None else ""
        if part == "thead":
            heads.add(text)
        elif part == "tfoot" and text in heads:
            continue
        if text and link_density(row, text) <= 0.5:
            flow.add_text(text)


def walk(flow: Flow, element) -> None:
    """Emit the blocks of one element's content in reading order."""
    if element in flow.used:
        return
    tag = element.tag
    if tag in HEADINGS or (tag == "h1" and element is not flow.headline_element):
        text = head_text(element)  # '<h2><time>10:42</time> Ferry cancelled</h2>' -> 'Ferry ..'
        if (
            text
            and len(text) <= 300
            and (link_density(element, text) <= 0.5 or anchors_itself(element))
        ):
            if labels_jump_list(element):
                return  # 'Key events' over the live page's links to its own posts
            if not heads_only_links(element) and not heads_link_cards(element):
                flow.add_text(text, "subheading")
        return
    if tag in ("h1", "hr"):
        return  # the headline
    if tag == "table" and not is_layout_table(element):
        add_table(flow, element)
        return
    if tag in ("ul", "ol") and element.find(".//img") is None:
        add_list(flow, element)
        return
    if tag == "figure" or is_picture_box(element):
        add_figure(flow, element)
        return
    if is_stray_credit(element):
        return  # a photo credit with no picture beside it (gallery controls, a lightbox)
    if tag == "img":
        add_picture(flow, element, None)
        return
    if tag in STRIP_TAGS and is_byline_strip(element):
        return  # '<a>Ann Lee</a><span>Published on: 6 Dec 2026</span><span>3 min read</span>'
    if tag in JUMP_LABEL_TAGS and labels_jump_list(element):
        return  # 'Key updates' over a box of links to the page's own posts
    if tag == "p" and element.find(".//img") is None and not has_block(element):
        if items := listed_lines(element):
            for line in items:
                flow.add_text(line)
            return
        if not has_double_break(element):
            if not add_headed_paragraph(flow, element):
                add_paragraph(flow, element, element_text(element))
            return
    if tag == "blockquote" and flow.quote is None:
        walk_quote(flow, element)
        return
    if tag == "div" and is_links_label(element):
        return  # the label of a related-links list the body leaves out
    if tag == "div" and (title := section_title(element) or head_between_paragraphs(element)):
        flow.add_text(title, "subheading")
        return
    walk_children(flow, element)


def is_links_label(element) -> bool:
    """A bare <div> line with nothing after it in its box but lists of links is that list's
    label, left out with the list: '<div class="heading-h3">More Great Ferry Stories</div><ul>
    <li><a>..</a></li></ul>' (a CMS's 'more stories' box under the text, styled as a head by a
    class, no heading tag). A line over a list of the text's own, or with text after its
    lists, stays."""
    # (title_line reads at most MAX_TITLE_NODES elements; heads_only_links stops at the first
    # sibling that is no list of links)
    return bool(title_line(element)) and heads_only_links(element)


# The tags a jump list's label is set in besides a head's: a line of its own.
JUMP_LABEL_TAGS: Final = frozenset({"p", "div", "span", "strong", "b"})


def labels_jump_list(element) -> bool:
    """A short label right before a list whose every item is one link into the page itself
    ('#post-2'): a live page's 'Key updates' or 'Key events' box, a 'Jump to' contents box,
    left out with its links wherever it stands: '<p>Key updates</p><ul><li><a href="#p1">
    Ferry resumes</a></li>..'. A label over links elsewhere, over items of text, or a line
    closing like a sentence stays."""
    following = element.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    if following is None or following.tag not in LISTS or tidy(element.tail):
        return False
    if not is_jump_list(following):
        return False
    # (the label's own text is read only when a jump list follows it: most lines stop above)
    if element.find(".//a") is not None or has_block(element):
        return False
    text = element_text(element)
    return bool(text) and len(text) <= MAX_SECTION_TITLE and not text.endswith(SENTENCE_END)


def is_jump_list(element) -> bool:
    """Whether every item of a list is one link to a place in the page ('<li><a href="#post-
    2">Fares rise</a></li>'), two items or more: a box of the page's own contents."""
    count = 0
    for li in element:
        if not isinstance(li.tag, str):
            continue
        link = li.find(".//a") if li.tag == "li" else None
        if link is None or not (link.get("href") or "").startswith("#"):
            return False
        if len(link.get("href") or "") < 2 or element_text(link) != element_text(li):
            return False
        count += 1
    return count >= 2


def section_title(element) -> str:
    """A section's title set as a plain <div> (no heading tag, no bold): the short line
    opening its box, text after it in the box, and a box of the same kind and shape beside it
    (within SECTION_WINDOW): '<div class="s"><div>The News</div><div><p>..</p></div></div><div
    class="s"><div>Know More</div>..' -> 'The News'. A <div> of a sentence, or one opening a
    lone box, is the text's; '' when it is no title."""
    box = element.getparent()
    if box is None or box.tag != "div" or first_child(box) is not element:
        return ""
    text = title_line(element)
    if not text or not has_text_after(element):
        return ""
    shape = (box.tag, box.get("class"), element.get("class"))
    for sibling in nearby(box):
        title = first_child(sibling)
        if title is None or (sibling.tag, sibling.get("class"), title.get("class")) != shape:
            continue
        if title_line(title) and has_text_after(title):
            return text
    return ""


def head_between_paragraphs(element) -> str:
    """A section's head set as a bare <div> line between two paragraphs, no heading tag, no
    bold: '<p>..<br><br>..</p><div class="x">Crew safety</div><p>..</p>' -> 'Crew safety'; after
    a picture too, when a line of its class before it stands so (the template's heads). A line
    closing like a sentence, a link, a label beside an empty slot (an ad's '<span>Tangazo</span>
    <ins></ins>'), or one not set between paragraphs of sentences (a page mark between jump
    lines, 'See X, Page A6') is none; '' then."""
    text = title_line(element)
    if not text or holds_slot(element) or not is_text_paragraph(next_element(element), text):
        return ""
    if is_text_paragraph(previous_element(element), text):
        return text
    shape = element.get("class")
    # (a bounded look back: a page of many boxes is read in time linear in its size)
    before = (e for e in element.itersiblings(preceding=True) if isinstance(e.tag, str))
    for sibling in islice(before, HEAD_LOOK_BACK) if shape else ():
        if sibling.tag != "div" or sibling.get("class") != shape:
            continue
        line = title_line(sibling)
        if (
            line
            and is_text_paragraph(previous_element(sibling), line)
            and is_text_paragraph(next_element(sibling), line)
        ):
            return text
    return ""


def is_text_paragraph(element, line: str) -> bool:
    """Whether an element is a <p> of sentences longer than a line beside it: the text a head
    stands in ('See QUARRY, Page A6' is a jump line, no sentence)."""
    if element is None or element.tag != "p":
        return False
    text = element_text(element)
    return len(text) > len(line) and text.endswith(SENTENCE_ENDS)


def holds_slot(line) -> bool:
    """Whether a short line's box holds what makes it no head: an empty element besides its
    text, the slot a script fills (an ad's '<ins class="adsbygoogle"></ins>', the line its
    label), or a part named a photo credit ('<span class="credit">Ann Lee</span>')."""
    # (a title's line holds at most MAX_TITLE_NODES elements: title_line read it so)
    for node in islice(line.iter(), MAX_TITLE_NODES):
        if not isinstance(node.tag, str):
            continue
        if is_stray_credit(node):
            return True
        if node is not line and node.tag != "br" and not len(node) and not tidy(node.text):
            return True
    return False


def first_child(element):
    """An element's first element child (comments skipped), or None."""
    return next((c for c in element if isinstance(c.tag, str)), None)


def title_line(element) -> str:
    """The text of a <div> that may be a title: one short line, no block inside, no link, no
    bold (a bold line is read as a head already), not closing like a sentence: 'Know More'."""
    if element.tag != "div":
        return ""
    # (a bounded look: a box of many elements is no line, and nested boxes are not re-read)
    nodes = list(islice(element.iter(), MAX_TITLE_NODES + 1))
    if len(nodes) > MAX_TITLE_NODES or any(n.tag in BLOCKS or n.tag == "a" for n in nodes[1:]):
        return ""
    text = element_text(element)
    if not text or len(text) > MAX_SECTION_TITLE or text.endswith(SENTENCE_END):
        return ""
    if sum(c.isalpha() for c in text) < MIN_HEAD_LETTERS or is_bold_only(element, text):
        return ""
    return text


def has_text_after(title) -> bool:
    """Paragraphs or a list follow the title in its box: '<div>Notable</div><div><ul>..'."""
    for sibling in title.itersiblings():
        if isinstance(sibling.tag, str) and next(sibling.iter(*SECTION_TEXT), None) is not None:
            return True
    return False


def nearby(box) -> list:
    """The element siblings of a box within SECTION_WINDOW of it on either side."""
    # (a bounded window: a page of many boxes is read in time linear in its size)
    before = islice(
        (e for e in box.itersiblings(preceding=True) if isinstance(e.tag, str)), SECTION_WINDOW
    )
    after = islice((e for e in box.itersiblings() if isinstance(e.tag, str)), SECTION_WINDOW)
    return [*before, *after]


def listed_lines(element) -> list[str]:
    """A list typed as one paragraph, its items parted by single <br>s: a lead-in ending in ':'
    then MIN_LISTED_ITEMS or more items, each but the last closed by ';' (LISTED_ITEM_END):
    '<p>The rules:<br>no phones;<br>no food.</p>' -> ['The rules:', 'no phones;', 'no food.'].
    Lines of a poem or an address (no lead-in, no ';' closing the items) are the paragraph's;
    [] then."""
    if element.find("br") is None:
        return []  # (most paragraphs: no line is read)
    lines = broken_lines(element)
    if len(lines) - 1 < MIN_LISTED_ITEMS or not lines[0].endswith(":"):
        return []
    if any(line.endswith(":") for line in lines[1:]):
        return []  # a second lead-in: lines of labels and values ('Tel:<br>..<br>Fax:')
    if not all(LISTED_ITEM_END.search(line) for line in lines[1:-1]):
        return []
    return lines if lines[-1].endswith((".", ";", "!")) else []


def has_double_break(element) -> bool:
    """Two <br>s in a row among the element's children, no text between them: paragraphs set
    apart in one <p> ('<p>A.<br><br>B.</p>'), read one by one as inline_runs splits them. A
    single <br> breaks a line of the paragraph ('Media contact:<br>Jo Lee')."""
    if element.find("br") is None:
        return False  # (most paragraphs: no child is looked at)
    breaks = 0
    for child in element:
        if child.tag == "br":
            breaks += 1
            if breaks >= 2:
                return True
        elif breaks and isinstance(child.tag, str) and "".join(pieces(child)).strip():
            breaks = 0
        if breaks and (child.tail or "").strip():
            breaks = 0
    return False


def walk_quote(flow: Flow, element) -> None:
    """A <blockquote>'s blocks, numbered as one quote: a pull quote goes out whole, its
    attribution line with it."""
    flow.quotes += 1
    flow.quote = flow.quotes
    try:
        walk_children(flow, element)
    finally:
        flow.quote = None


def walk_children(flow: Flow, element) -> None:
    """Emit an element's inline runs as paragraphs and walk its block children, in order."""
    for text, child, linked, bold in inline_runs(element):
        if child is not None:
            walk(flow, child)
        elif text is not None:
            cleaned = tidy(text)
            if cleaned and linked <= 0.5 * len(cleaned):
                add_paragraph_text(flow, element, cleaned, bold)


def add_paragraph_text(flow: Flow, element, text: str, bold: int = 0) -> None:
    """Loose text of a container (no <p>): kept when it reads as a sentence or two, or as a
    head when it is a short bold line ('A.<br><br><b>The cost</b><br><br>B.')."""
    if len(text) < 2 or caption_below(flow, element, text, own=False):
        return
    if is_bold_line(text, bold):
        if element not in flow.links_titles:  # (once a box: it may hold many bold lines)
            flow.links_titles[element] = links_title(element)
        title = flow.links_titles[element]
        if title is None or element_text(title) != text:
            flow.add_bold_head(text)
    elif element.tag == "p" or len(text) >= MIN_LOOSE_TEXT:
        flow.add_text(text, "paragraph")


def is_bold_line(text: str, bold: int) -> bool:
    """A line of loose text all in bold, short and not ending like a sentence: a head."""
    if len(text) > MAX_HEAD_CHARS or text.endswith(SENTENCE_END):
        return False
    return bold >= len(text) - 1 and sum(c.isalpha() for c in text) >= MIN_HEAD_LETTERS
