"""parse(): clean text to a Document, joining hygiene, layout, subheadings and credit splits."""

from __future__ import annotations

from api.parser.credits import split_credit, without_final_stop
from api.parser.document import Block, Document, Image
from api.parser.errors import EmptyArticleError, NoBodyError
from api.parser.headings import subheading_flags
from api.parser.layout import Line, ListLines, Picture, lay_out
from api.parser.text import clean


def to_image(picture: Picture) -> Image:
    """An Image from its two exported lines: 'Disney' / 'The studio.Reed Saxon / AP'."""
    caption, credit = split_credit(picture.alt, picture.caption_line)
    return Image(alt=picture.alt, caption=caption, credit=credit and without_final_stop(credit))


def headline_and_rest(lines: list[str]) -> tuple[str, list[str]]:
    """The first non-blank line, stripped, and the lines after it: ['', ' Headline', 'Text.']."""
    for k, line in enumerate(lines):
        if line.strip():
            return line.strip(), lines[k + 1 :]
    raise EmptyArticleError("the article is empty: it has no text, only whitespace")


def parse(text: str) -> Document:
    """Parse a plain-text article export: 'Headline\\n\\nFirst paragraph.' -> Document."""
    return parse_cleaned(clean(text))


def parse_cleaned(cleaned: str) -> Document:
    """parse() of a text clean() has cleaned already, so that a caller keeping the cleaned
    text (the store's source) cleans it once: parse_cleaned(clean(text)) == parse(text)."""
    headline, rest = headline_and_rest(cleaned.split("\n"))
    layout = lay_out(rest)
    images = [to_image(picture) for picture in layout.lead]
    body: list[Block] = []
    for item, heading in zip(layout.body, subheading_flags(list(layout.body)), strict=True):
        if isinstance(item, Line):
            body.append(Block("subheading" if heading else "paragraph", text=item.text))
        elif isinstance(item, ListLines):
            body.append(Block("list", items=item.items))
        else:
            body.append(Block("image", image=len(images)))
            images.append(to_image(item))
    if not any(block.type == "paragraph" for block in body):
        raise NoBodyError(f"the article has a headline ({headline[:60]!r}) but no body text")
    return Document(headline, tuple(layout.bullets), tuple(images), tuple(body))
