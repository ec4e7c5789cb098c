"""Captions under a picture that no class marks: a table's row under it, a line after a <br>,
a credited line beside it."""

from __future__ import annotations

import re
from typing import Final

from api.parser.html.bylines import is_stamp_piece
from api.parser.html.images import credit_label, is_labelled_credit, text_caption_and_credit
from api.parser.html.text import all_text, element_text, tidy
from api.parser.html.text_chrome import no_one_said

# A stop between two sentences: 'at dawn. It opened' (see sentences).
SENTENCE_BREAK: Final = re.compile(r"[.!?][\"'”’)]?\s+(?=[A-Z“\"])")
MAX_LOOSE_CAPTION = 300  # characters: a caption and its credit, not a paragraph
ITALICS: Final = frozenset({"em", "i"})  # a picture's line in a <p>: a caption only so
LINE_TAGS: Final = frozenset({"em", "i", "span", "small"})  # a line of its own in a box
PICTURE_BOXES: Final = frozenset({"a", "div", "span", "picture"})  # a picture's own holder
MAX_BARE_CAPTION = 200  # characters: a caption with no credit, a sentence or two, no paragraph
CAPTION_LINE_TAGS: Final = frozenset({"div", "span", "small", "em", "i"})  # not a text's <p>
MAX_BARE_SENTENCES = 2  # a caption's sentences: 'The lock at dawn. It opened in 1904.'
META_MARKS: Final = re.compile(r"[|·•]")  # between a byline's pieces: 'Reporter · 2 min read'
# A writer's line opening: 'By Ann Lee', 'Written by Ann Lee' (not 'By the river at dawn').
BYLINE_OPENING: Final = re.compile(r"^(?:[Ww]ritten )?[Bb][Yy]\s+[A-Z]")
BLOCK_LINES: Final = frozenset({"p", "ul", "ol", "table", "blockquote", "h2", "h3", "h4"})


def is_lone_picture(element) -> bool:
    """A picture, or a box holding one picture and no text: '<img>', '<a><img></a>'."""
    if element.tag == "img":
        return True
    if element.tag not in PICTURE_BOXES or tidy(all_text(element)):
        return False
    return len(element.findall(".//img")) == 1


def caption_row(img):
    """The row under a picture's own row in a table of the two (an old editor's captioned
    picture: '<table><tr><td><img></td></tr><tr><td><p>Caption. Ảnh: X</p></td></tr>'), when
    the picture stands alone in its cell (or in a link alone there) and the row under it holds
    only a short text; else None. Each test looks at a picture's neighbours only, so a table of
    many pictures is read in time linear in its size."""
    inner = img.getparent() if img.getparent() is not None and img.getparent().tag == "a" else img
    cell = inner.getparent()
    if cell is None or cell.tag not in ("td", "th") or not alone(inner) or not alone(cell):
        return None
    if tidy(cell.text) or tidy(inner.tail) or (inner is not img and tidy(inner.text)):
        return None  # the picture's cell holds text: a data table's cell, not a picture's
    row = cell.getparent()
    under = next_element(row) if row is not None and row.tag == "tr" else None
    if under is None or previous_element(row) is not None or next_element(under) is not None:
        return None
    text = element_text(under)
    if not text or len(text) > MAX_LOOSE_CAPTION or under.find(".//img") is not None:
        return None
    return under


def alone(element) -> bool:
    """Whether the element has no element siblings."""
    return previous_element(element) is None and next_element(element) is None


def next_element(element):
    """The next sibling that is an element (not a comment), else None."""
    found = element.getnext()
    while found is not None and not isinstance(found.tag, str):
        found = found.getnext()
    return found


def previous_element(element):
    """The previous sibling that is an element (not a comment), else None."""
    found = element.getprevious()
    while found is not None and not isinstance(found.tag, str):
        found = found.getprevious()
    return found


def line_after_break(box) -> str | None:
    """The line under a picture in a box of the picture, a <br> and that text only (an old
    template's captioned picture: '<div><img><br>A bus at the hall. (Foto: Dok. X)</div>');
    else None. A <p> opened by a picture is a paragraph, however short, unless the line is
    set in italics whole (see emphasised_line)."""
    children = [c for c in box if isinstance(c.tag, str)]
    if len(children) == 3 and not tidy(box.text):
        return emphasised_line(children, LINE_TAGS if box.tag != "p" else ITALICS)
    if box.tag == "p" or len(children) != 2 or tidy(box.text):
        return None
    picture, br = children
    if picture.tag != "img" or br.tag != "br" or tidy(picture.tail):
        return None
    text = tidy(br.tail)
    return text if 0 < len(text) <= MAX_LOOSE_CAPTION else None


def emphasised_line(children: list, tags: frozenset[str]) -> str | None:
    """The line after a picture and a <br>, set whole in an element of `tags`: how Markdown
    writes a picture's caption ('<p><img><br><em>The lock at dawn. Photo: X</em></p>'), and
    an old template's, the picture in a box of its own and the line in a span ('<div><div
    class="pic"><img></div><br><span class="small">The lock at dawn</span></div>'; a <p> is
    text, so there in italics only); else None."""
    picture, br, line = children
    if br.tag != "br" or line.tag not in tags or not is_lone_picture(picture):
        return None
    if tidy(picture.tail) or tidy(br.tail) or tidy(line.tail):
        return None
    text = element_text(line)
    return text if 0 < len(text) <= MAX_LOOSE_CAPTION else None


def picture_and_line(box):
    """The lone picture and the one line after it of a box holding those two alone, no text
    beside them and no picture in the line ('<div><img><div>A line.</div></div>'); else None."""
    children = [c for c in box if isinstance(c.tag, str)]
    if len(children) != 2 or tidy(box.text) or box.tag == "p":
        return None
    picture, line = children
    if not is_lone_picture(picture) or tidy(picture.tail) or tidy(line.tail):
        return None
    return None if line.find(".//img") is not None else (picture, line)


def credited_line(box, alt: str) -> tuple[str, str] | None:
    """The caption and credit of a box of a picture and one short line after it, no class to
    tell it, when the line ends with a labelled credit: '<div><img><div>Panels on a roof.
    Photo: Jo Lee</div></div>', '.. a day(Photo: Reuters)' -> its caption and credit. The
    label is the mark: a line beside a picture that has none ('The photo was taken in May.',
    a byline's name and role beside its face) may be the text's, and a box with more lines
    is no picture's box; else None."""
    found = picture_and_line(box)
    if found is None:
        return None
    text = element_text(found[1])
    if not 0 < len(text) <= MAX_LOOSE_CAPTION:
        return None
    caption, credit = text_caption_and_credit(text, alt)
    if not credit or not caption or not text.startswith(caption):
        return None
    # the label is the mark: a name after a sentence may be a byline's role or a date
    return (caption, credit) if credit_label(text[len(caption) :].strip()) else None


def bare_line(box) -> str | None:
    """The caption of a box of a lone picture and one short line after it that carries no
    credit (is_caption_line): '<div><img><div>A farmer waters his field.</div></div>', '<div>
    <img><p class="imgtext">Bins at the gate.</p></div>' -> its text; the box's shape says
    caption, as it does for a credited line (credited_line). A line that runs on (past
    MAX_BARE_CAPTION, or MAX_BARE_SENTENCES: a paragraph of text beside a picture) or says who
    said it is the text's; a row of pieces, a name, a stamp, a writer's line or a credit alone
    (a face's byline, a credit's line) no caption; else None."""
    found = picture_and_line(box)
    if found is None or not is_caption_line(found[1]):
        return None
    picture, line = found
    if next(line.iterdescendants(*BLOCK_LINES), None) is not None:
        return None
    if is_row_of_pieces(line):
        return None
    text = element_text(line)
    if not 0 < len(text) <= MAX_BARE_CAPTION or sentences(text) > MAX_BARE_SENTENCES:
        return None
    if not no_one_said(text):
        return None  # '.., the family said.': a sentence of the story, not what the picture shows
    img = picture if picture.tag == "img" else picture.find(".//img")  # one: is_lone_picture
    if is_name_only(text) or is_name_only(tidy(img.get("alt"))):
        return None  # a face and its name: a byline's, not a picture of the story
    if is_labelled_credit(text) or BYLINE_OPENING.match(text):
        return None  # a credit alone ('Photo by X/Agency'), a writer's line ('Written by X')
    return None if any(is_stamp_piece(piece.strip()) for piece in META_MARKS.split(text)) else text


def is_caption_line(line) -> bool:
    """A line's element beside a lone picture in its box ('<div>', '<span>'), or a <p> the
    template names apart from the text's bare paragraphs: '<div><img><p class="imgtext">Bins
    at the gate.</p></div>'. A bare <p> beside a picture is the text's ('<div><img><p>A QR
    code on a meter.</p></div>')."""
    return line.tag in CAPTION_LINE_TAGS or (line.tag == "p" and bool(tidy(line.get("class"))))


def is_row_of_pieces(line) -> bool:
    """A line of several elements side by side and no text of its own: a row of controls or of
    a caption's parts ('<div><span>Share</span><span>Save for later</span></div>'), which
    other rules read, not one caption's line ('<div>A farmer <em>at dawn</em>.</div>')."""
    children = [c for c in line if isinstance(c.tag, str)]
    if len(children) < 2 or tidy(line.text):
        return False
    return not any(tidy(child.tail) for child in children)


def sentences(text: str) -> int:
    """How many sentences a line holds, by a stop before a capital or its end: 'A. B.' -> 2."""
    return len(SENTENCE_BREAK.findall(text)) + 1


def is_name_only(text: str) -> bool:
    """A name alone, two words or more, every one capitalised, no stop: 'Ann Lee', 'Ann Lee,
    Health Editor' (a byline beside its face), not 'A farmer at Rangilpur waters his field.',
    'Kilns' (a picture's one-word alt text) nor ''."""
    words = text.replace(",", " ").split()
    return len(words) > 1 and not text.endswith(".") and all(w[:1].isupper() for w in words)
