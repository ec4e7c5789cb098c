"""Heads set in no heading tag and no bold paragraph, told by looking alike to each other and
unlike the paragraphs around them: a class set of their own, or a bold run and one line break
opening a run of loose text."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Final

from api.parser.html.text import element_text, pieces, tidy

BOLD_TAGS: Final = frozenset({"b", "strong"})  # one look: bold
MIN_ALIKE_HEADS: Final = 2  # one styled line is a one-off; two alike, text between, are a pattern
MAX_ALIKE_HEAD: Final = 120  # characters: a head's line, not a sentence of text
# How a head never ends: as a sentence, a clause or a label ('Media contact:').
NOT_HEAD_ENDS: Final = tuple(".,;:…")


def is_head_line(text: str) -> bool:
    """A line shaped as a head: short, some letters, no final stop or colon: 'A bet on
    cheaper cells' (not 'Media contact:', 'Rain fell.')."""
    if not text or len(text) > MAX_ALIKE_HEAD or text.endswith(NOT_HEAD_ENDS):
        return False
    return sum(c.isalpha() for c in text) >= MIN_ALIKE_HEADS


def class_key(element) -> tuple[str, ...]:
    """A paragraph's class words in order of sorting, the key its look is told by:
    '<p class="mt-8 text-lg font-semibold">' -> ('font-semibold', 'mt-8', 'text-lg')."""
    return tuple(sorted((element.get("class") or "").split()))


def class_heads(parent) -> frozenset:
    """The <p> children of a box that are heads by their class set alone: two or more lines of
    one class set no other paragraph of the box has, each short with no final stop, none next
    to another, each followed by text ('<p class="text-lg font-semibold">A bet on cheaper
    cells</p><p>..</p>..<p class="text-lg font-semibold">Government support</p><p>..</p>'). A
    class the text's paragraphs share ('p.body' on long and short lines alike), a lone styled
    line and a run of styled lines in a row (an address, a list) are no heads."""
    children = [c for c in parent if isinstance(c.tag, str)]
    groups: dict[tuple[str, ...], list[int]] = {}
    for at, child in enumerate(children):
        if child.tag == "p" and child.get("class"):
            groups.setdefault(class_key(child), []).append(at)
    found: list = []
    for places in groups.values():
        if len(places) < MIN_ALIKE_HEADS:
            continue
        if any(b == a + 1 for a, b in pairwise(places)):
            continue  # two in a row: a run of lines, not heads spaced through the text
        if places[-1] + 1 >= len(children) or children[places[-1] + 1].tag != "p":
            continue  # the last head heads no text
        lines = [children[at] for at in places]
        if all(is_head_line(element_text(line)) for line in lines):
            found += lines
    return frozenset(found)


def bold_break_heads(
    element, blocks: frozenset[str], is_bold: Callable[[object], bool]
) -> frozenset:
    """The bold runs of a box's loose text that are heads: each opens a run (the box's start,
    after two <br>s or a block), is the run's only text before one <br>, short with no final
    stop, text after it, and two or more such of one look in the box (look): '<div>A.<br><br>
    <strong>Power cost gap</strong><br>Mills pay ..<br><br>..<strong>How it is funded</strong>
    <br>The ..</div>'. One bold run so, or one ending as a label ('<b>Media contact:</b><br>Jo
    Lee'), is none."""
    found: dict[tuple[str, str], list] = {}
    opens = not (element.text or "").strip()  # a run opens here: no text before in it
    children = [c for c in element if isinstance(c.tag, str)]
    for at, child in enumerate(children):
        if opens and is_bold(child) and not (child.tail or "").strip():
            after = children[at + 1] if at + 1 < len(children) else None
            following = children[at + 2] if at + 2 < len(children) else None
            text_after = (
                after is not None
                and after.tag == "br"
                and (
                    (after.tail or "").strip() or (following is not None and following.tag != "br")
                )
            )
            if text_after and is_head_line(tidy("".join(pieces(child)))):
                found.setdefault(look(child), []).append(child)
        opens = run_opens(children, at, blocks)
    return frozenset(h for alike in found.values() if len(alike) >= MIN_ALIKE_HEADS for h in alike)


def look(element) -> tuple[str, str]:
    """How an inline run looks: its tag and class, <b> and <strong> alike as a reader sees
    them: '<strong>' -> ('b', ''); '<span class="t-bold">' -> ('span', 't-bold')."""
    tag = "b" if element.tag in BOLD_TAGS else element.tag
    return tag, element.get("class") or ""


def run_opens(children: list, at: int, blocks: frozenset[str]) -> bool:
    """Whether a run of loose text opens after the box's child at `at`: it is a <br> after a
    <br>, no text between, or one of the `blocks` (a figure, a list, an ad's box)."""
    child = children[at]
    if (child.tail or "").strip():
        return False
    if child.tag == "br":
        before = children[at - 1] if at > 0 else None
        return before is not None and before.tag == "br" and not (before.tail or "").strip()
    return child.tag in blocks
