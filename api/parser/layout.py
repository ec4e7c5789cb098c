"""Lines to blocks to items: bullets, images (alt + caption line) and text lines, in order."""

from __future__ import annotations

import re
from dataclasses import dataclass

from api.parser.credits import split_credit

# A summary bullet: optional indent, a bullet mark, a space, then text: '  • Russia has spent'.
BULLET = re.compile(r"^[ \t]*[•\-*–][ \t]+(?=\S)")
# A list item in the body, as render() writes a list block: '▪ First item'. Not a bullet mark,
# so a list reads back as a list wherever it stands (summary bullets use '•').
LIST_MARK = "▪ "


# Not frozen: a frozen dataclass's __init__ sets each field through object.__setattr__; one is
# made per line of the body (thousands in a long list), and none is changed after it is made.
@dataclass(unsafe_hash=True)
class Line:
    """A text line of the body; `alone` when it was a block of its own (a subheading candidate)."""

    text: str
    alone: bool


@dataclass(frozen=True)
class Picture:
    """An image as exported: the alt line, then the caption line with the credit glued on."""

    alt: str
    caption_line: str


@dataclass(frozen=True)
class ListLines:
    """A list in the body: a block of '▪ item' lines."""

    items: tuple[str, ...]


# A body item as lay_out gives it: the heading rules read lists of them, and their Line tests
# skip the pictures and the lists ([Line('Text.'), Picture(...), ListLines(('One', 'Two'))]).
Item = Line | Picture | ListLines


@dataclass(frozen=True)
class Layout:
    """An article's parts after the headline: standfirst bullets, lead pictures, body items."""

    bullets: tuple[str, ...]
    lead: tuple[Picture, ...]
    body: tuple[Item, ...]


def split_blocks(lines: list[str]) -> list[list[str]]:
    """Group runs of non-blank lines; any number of blank lines separates: 'A\\n\\n\\nB' -> 2."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    return blocks


def bullet_text(line: str) -> str | None:
    """The text of a bullet line, None for other lines: '  • Talks stalled.' -> 'Talks stalled.'."""
    match = BULLET.match(line)
    return line[match.end() :].strip() if match else None


def looks_like_image(alt: str, caption_line: str) -> bool:
    """True when two lines read as alt + caption: 'Blue Moon.' / 'Blue Moon.Blue Origin'."""
    return caption_line.startswith(alt) or split_credit(alt, caption_line)[1] is not None


def pair_images(lines: list[str]) -> list[Picture] | None:
    """Read a block's lines as images: two lines always, four or more only when every pair fits."""
    if len(lines) % 2 or any(bullet_text(line) is not None for line in lines):
        return None
    pairs = [Picture(lines[k], lines[k + 1]) for k in range(0, len(lines), 2)]
    if len(pairs) == 1 or all(looks_like_image(p.alt, p.caption_line) for p in pairs):
        return pairs
    return None


def list_items(lines: list[str]) -> tuple[str, ...] | None:
    """The items of a block of list lines, None unless every line is one: ['▪ A', '▪ B']."""
    # (the first line without the mark settles it: a block of thousands of text lines is not
    # cut into items first)
    if not lines or not all(line.startswith(LIST_MARK) for line in lines):
        return None
    items = tuple(line[len(LIST_MARK) :].strip() for line in lines)
    return items if all(items) else None


def read_block(block: list[str], standfirst: bool) -> tuple[list[str], list[Item]]:
    """Bullets (only in the standfirst) and items of one block: [alt, caption, '  • Point.']."""
    bullets = [text for text in map(bullet_text, block) if text] if standfirst else []
    rest = [line.strip() for line in block if not (standfirst and bullet_text(line))]
    items = list_items(rest)
    if items is not None:
        return bullets, [ListLines(items)]
    if len(rest) == 1:
        return bullets, [Line(rest[0], alone=True)]
    pictures = pair_images(rest) if rest else []
    if pictures is not None:
        return bullets, list(pictures)
    return bullets, [Line(line, alone=False) for line in rest]


def lay_out(lines: list[str]) -> Layout:
    """Sort the lines after the headline into bullets, lead pictures and body: ['', 'Text.']."""
    bullets: list[str] = []
    lead: list[Picture] = []
    body: list[Item] = []
    for block in split_blocks(lines):
        standfirst = not body
        found, items = read_block(block, standfirst)
        bullets += found
        for item in items:
            # pictures before the first text line are lead images, outside the reading order
            if not body and isinstance(item, Picture):
                lead.append(item)
            else:
                body.append(item)
    return Layout(tuple(bullets), tuple(lead), tuple(body))
