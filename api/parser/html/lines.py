"""A PDF converted to HTML (pdf2htmlEX; poppler's pdftohtml): every printed line a box placed on
the page by its own position, no <p>. Read only for a page otherwise refused as no article: its
lines joined back into paragraphs by their gaps, fonts and sizes, in a tree the walk can read."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree

from api.parser.html.text import element_text
from api.parser.sentences import SENTENCE_ENDS

CSS_RULE = re.compile(r"\.(-?[A-Za-z_][\w-]*)\s*\{([^{}]*)\}")
PLACE = re.compile(r"(?<![\w-])(top|bottom)\s*:\s*(-?\d+(?:\.\d+)?)px")
FONT_SIZE = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)px")
FONT = re.compile(r"font-(?:family|weight|style)\s*:\s*([^;]+)")
LINE_TAGS = ("div", "p")
INLINE = frozenset({"span", "b", "i", "em", "strong", "a", "sub", "sup", "u", "font", "br"})
MIN_LINES = 10  # placed lines that make a printed page, not a positioned badge or two
PARAGRAPH_GAP = 1.4  # a gap this many times the usual line pitch parts paragraphs
MAX_HEAD = 80  # characters: a line in another font this short is a head, not a paragraph
LIST_MARK = re.compile(r"^(?:\d{1,2}[.)]|[•▪◦●■–-])\s")
CLOSED = (*SENTENCE_ENDS, ":", "”", '"', "’", ")")


@dataclass
class Line:
    element: object
    page: object  # the line's page box: a gap is measured only between lines on one page
    down: float  # how far down its page the line is (a 'bottom' counted negative)
    size: float
    font: str
    text: str


def class_rules(root) -> dict[str, str]:
    """Each class's declarations in the page's style sheets: {'y1': 'bottom:1027px;'}."""
    rules: dict[str, str] = {}
    for style in root.iter("style"):
        for name, body in CSS_RULE.findall(style.text or ""):
            rules[name] = rules.get(name, "") + ";" + body
    return rules


def declarations(element, rules: dict[str, str]) -> str:
    """An element's style: its classes' rules and then its own style attribute."""
    found = [rules.get(name, "") for name in (element.get("class") or "").split()]
    return ";".join([*found, element.get("style") or ""])


def placed_line(element, rules: dict[str, str]) -> Line | None:
    """A line box with a position and a font size, or None."""
    if any(isinstance(c.tag, str) and c.tag not in INLINE for c in element):
        return None
    style = declarations(element, rules)
    place, size = PLACE.findall(style), FONT_SIZE.findall(style)
    text = element_text(element)
    if not place or not size or not text:
        return None
    side, value = place[-1]
    down = float(value) if side == "top" else -float(value)
    font = " ".join(FONT.findall(style))
    return Line(element, element.getparent(), down, float(size[-1]), font, text)


def placed_lines(root) -> list[Line]:
    """The page's positioned lines in document order, or [] for a page that is not so built."""
    rules = class_rules(root)
    if not rules and root.find(".//*[@style]") is None:
        return []
    lines = [line for e in root.iter(*LINE_TAGS) if (line := placed_line(e, rules))]
    return lines if len(lines) >= MIN_LINES else []


def most_common(values: list) -> object:
    counts: dict = {}
    for value, weight in values:
        counts[value] = counts.get(value, 0) + weight
    return max(counts, key=counts.get)


def line_pitch(lines: list[Line]) -> float:
    """The usual gap between two lines of a paragraph: the smallest common one."""
    gaps = sorted(
        round(b.down - a.down, 1)
        for a, b in zip(lines, lines[1:], strict=False)
        if a.page is b.page and b.down > a.down
    )
    return gaps[len(gaps) // 4] if gaps else 0.0


def starts_paragraph(previous: Line, line: Line, pitch: float, text_so_far: str) -> bool:
    """Whether a line begins a new paragraph rather than going on with the previous one."""
    if (line.size, line.font) != (previous.size, previous.font) or LIST_MARK.match(line.text):
        return True
    if line.page is not previous.page:  # over a page break: a sentence left open goes on
        return text_so_far.endswith(CLOSED) or not line.text[:1].islower()
    return not 0 <= line.down - previous.down <= PARAGRAPH_GAP * pitch


def paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped into paragraphs."""
    pitch = line_pitch(lines)
    groups: list[list[Line]] = []
    for line in lines:
        if groups and not starts_paragraph(groups[-1][-1], line, pitch, groups[-1][-1].text):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def block_tag(group: list[Line], body: tuple, largest: float, headline_taken: bool) -> str | None:
    """What a paragraph of lines is: the headline in the largest type, heads in bigger type or
    another font, the text; lines in type smaller than the text (page heads and footers, page
    numbers) are no part of the article."""
    size, font = group[0].size, group[0].font
    text = " ".join(line.text for line in group)
    if size < body[0]:
        return None
    if size == largest and size > body[0] and not headline_taken:
        return "h1"
    if (size, font) != body and len(text) <= MAX_HEAD and not text.endswith(CLOSED):
        return "h2"
    return "p"


def rebuild(lines: list[Line]) -> None:
    """Put the lines' paragraphs, as <h1>, <h2> and <p>, where the first page stands; the
    placed lines themselves are taken out."""
    body = most_common([((line.size, line.font), len(line.text)) for line in lines])
    largest = max(line.size for line in lines)
    groups = paragraphs([line for line in lines if line.size >= body[0]])
    article = lxml.etree.Element("article")
    for group in groups:
        tag = block_tag(group, body, largest, article.find("h1") is not None)
        if tag is not None:
            block = lxml.etree.SubElement(article, tag)
            block.text = " ".join(line.text for line in group)
    first_page = lines[0].page
    first_page.addprevious(article)
    for line in lines:
        if line.element.getparent() is not None:
            line.element.getparent().remove(line.element)


def read_printed_lines(root) -> bool:
    """Rewrite a page of placed lines as paragraphs; False when the page is not built so."""
    lines = placed_lines(root)
    if not lines:
        return False
    rebuild(lines)
    return True
