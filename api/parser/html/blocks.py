"""The body in reading order: paragraphs, subheadings, lists and images where they stand."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from api.parser.document import Block, Image
from api.parser.html import images as pictures
from api.parser.html.text import element_text, link_density, tidy

INLINE = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
        "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
        "wbr", "br", "del", "ins", "label", "big", "tt", "strike", "nobr",
    }
)  # fmt: skip
HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
BOLD = frozenset({"b", "strong"})
MAX_HEAD_CHARS = 120
MAX_CAPS_HEAD_CHARS = 60
# Lines of page chrome that stand alone in the text flow, in any language we can name them.
CHROME_LINE = re.compile(
    r"^(?:advertisement|advertising|anzeige|publicidade|publicidad|pubblicità|реклама|광고"
    r"|read more|read next|see also|related(?: articles?| stories)?|more:?|sign up\b.*"
    r"|click here\b.*|share this\b.*|continue reading\b.*)\s*[:.…]?$",
    re.IGNORECASE,
)
END_PUNCTUATION = tuple('.!?:;,…"”’')


@dataclass
class Flow:
    """What the walk has found so far: the blocks, the pictures, and elements already used."""

    base: str | None
    headline: str
    credits: dict[str, str]
    blocks: list[Block] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    used: set = field(default_factory=set)

    def add_text(self, text: str, kind: str = "paragraph") -> None:
        """Add a paragraph or subheading; chrome lines left out."""
        if text and not CHROME_LINE.match(text):
            self.blocks.append(Block(kind, text=text))


def is_bold_only(element, text: str) -> bool:
    """Every letter of the paragraph is inside <b>/<strong>: '<p><b>The plan</b></p>'."""
    bold = "".join(element_text(b) for b in element.iter(*BOLD))
    return bool(bold) and len(tidy(bold)) >= len(text) - 1


def heading_kind(element, text: str) -> str:
    """A short bold-only or ALL-CAPS paragraph acts as a subheading; others are paragraphs."""
    if len(text) > MAX_HEAD_CHARS or text.endswith(END_PUNCTUATION[:3] + END_PUNCTUATION[4:7]):
        return "paragraph"
    if is_bold_only(element, text):
        return "subheading"
    letters = [c for c in text if c.isalpha()]
    caps = len(letters) >= 4 and all(c.isupper() for c in letters)
    if caps and len(text) <= MAX_CAPS_HEAD_CHARS and len(text.split()) <= 8:
        return "subheading"
    return "paragraph"


def add_paragraph(flow: Flow, element, text: str) -> None:
    """A paragraph unless it is mostly links (read-more, related) or acts as a head."""
    if not text or link_density(element, text) > 0.5:
        return
    flow.add_text(text, heading_kind(element, text))


def add_list(flow: Flow, element) -> None:
    """A list of the body, kept as a list; a list of links (related articles) left out."""
    items = [element_text(li) for li in element if li.tag == "li"]
    items = [i for i in items if i]
    if not items or link_density(element) > 0.5:
        return
    flow.blocks.append(Block("list", items=tuple(items)))


def figure_caption(figure):
    """The caption element of a figure: <figcaption>, else an element marked caption."""
    found = figure.find(".//figcaption")
    if found is not None:
        return found
    for element in figure.iter():
        if element is not figure and pictures.CAPTION_MARKS.search(pictures.marks(element)):
            return element
    return None


def add_picture(flow: Flow, img, holder) -> None:
    """An image block for an article picture, its caption and credit from the holder."""
    src = pictures.picture_source(img, flow.base)
    if not pictures.is_photo(img, src) or src in flow.sources:
        return
    alt = tidy(img.get("alt")) or flow.headline
    caption, credit = "", None
    caption_element = figure_caption(holder) if holder is not None else None
    if caption_element is not None:
        caption, credit = pictures.caption_and_credit(caption_element, alt)
        flow.used.add(caption_element)
    if holder is not None and credit is None:
        outside = [
            e
            for e in pictures.credit_elements(holder)
            if e not in caption_element_set(caption_element)
        ]
        if outside:
            credit = pictures.clean_credit(element_text(outside[0]))
            flow.used.update(outside)
    credit = credit or flow.credits.get(src)
    flow.sources.add(src)
    flow.images.append(Image(alt=alt, caption=caption, credit=credit, src=src))
    flow.blocks.append(Block("image", image=len(flow.images) - 1))


def caption_element_set(caption) -> set:
    """The caption element and everything in it (empty for none)."""
    return set(caption.iter()) if caption is not None else set()


def add_figure(flow: Flow, figure) -> None:
    """A <figure> (or a captioned picture box): its first article picture with its caption."""
    for img in figure.iter("img"):
        if pictures.is_photo(img, pictures.picture_source(img, flow.base)):
            add_picture(flow, img, figure)
            return
    caption = figure_caption(figure)
    flow.used.add(figure)
    if caption is None:
        walk(flow, figure)


def is_picture_box(element) -> bool:
    """A box holding one picture and a caption (not a <figure>): <div class="wp-caption">."""
    if not pictures.CAPTION_MARKS.search(pictures.marks(element)):
        return False
    found = element.findall(".//img")
    return len(found) == 1 and len(element_text(element)) < 600


def inline_runs(element):
    """The element's inline content as runs of text, split at block children and <br><br>."""
    run: list[str] = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):
            run.append(child.tail or "")
            continue
        if child.tag in INLINE and child.find(".//img") is None and not has_block(child):
            if child.tag == "br" and run and run[-1] == "\x00":
                yield "".join(run[:-1]), None
                run = []
            else:
                run.append("\x00" if child.tag == "br" else "".join(_pieces(child)))
        else:
            yield "".join(run), None
            yield None, child
            run = []
        run.append(child.tail or "")
    yield "".join(run), None


def has_block(element) -> bool:
    """Whether an inline element holds block elements (as broken pages nest them)."""
    return any(isinstance(e.tag, str) and e.tag not in INLINE for e in element.iterdescendants())


def _pieces(element) -> list[str]:
    from api.parser.html.text import pieces

    return list(pieces(element))


def walk(flow: Flow, element) -> None:
    """Emit the blocks of one element's content in reading order."""
    if element in flow.used:
        return
    tag = element.tag
    if tag in HEADINGS:
        text = element_text(element)
        if text and len(text) <= 300 and link_density(element, text) <= 0.5:
            flow.add_text(text, "subheading")
        return
    if tag == "h1" or tag in ("table", "hr"):
        return
    if tag in ("ul", "ol"):
        add_list(flow, element)
        return
    if tag == "figure" or is_picture_box(element):
        add_figure(flow, element)
        return
    if tag == "img":
        add_picture(flow, element, None)
        return
    if tag == "p" and element.find(".//img") is None and not has_block(element):
        add_paragraph(flow, element, element_text(element))
        return
    for text, child in inline_runs(element):
        if child is not None:
            walk(flow, child)
        elif text is not None:
            cleaned = tidy(text.replace("\x00", " "))
            if cleaned:
                add_paragraph_text(flow, element, cleaned)


def add_paragraph_text(flow: Flow, element, text: str) -> None:
    """Loose text of a container (no <p>): kept when it reads as a sentence or two."""
    if len(text) < 2:
        return
    if element.tag == "p" or len(text) >= 30:
        flow.add_text(text, "paragraph")
