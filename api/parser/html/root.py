"""Where the article's text is: the element its paragraphs score highest under."""

from __future__ import annotations

import itertools

from api.parser.html.images import CAPTION_MARKS
from api.parser.html.text import element_text, link_density, tidy

PARAGRAPH_TAGS = ("p", "pre", "blockquote", "li", "h2", "h3", "h4")
MIN_PARAGRAPH = 25  # characters: shorter text (labels, buttons) says nothing about where we are
LOOSE_PARAGRAPHS = 100  # characters of loose text that make a container score like paragraphs
MAX_CAPTIONED_PICTURE = 600  # characters: a caption and credit, not an article section
CANDIDATES = 12  # containers whose link text is measured, best raw scores first
MIN_CHUNK = 1  # a paragraph of its own (a grandchild's counts half): a chunk of article text
MIN_VARIANT_CHUNK = 3  # a chunk styled only partly like the best one: a long paragraph or more
MAX_BOX_PARAGRAPHS = 2  # paragraphs of a box before the best container taken as its first part
SIBLING_SHARE = 0.2  # a sibling scoring this share of the best joins it (articles split by ads)
SIBLING_DEPTH = 4  # levels inside a sibling looked at for its text's container


def paragraph_score(text: str) -> float:
    """What one paragraph says for its container: 1 + commas + a point a 100 chars, up to 3."""
    return 1 + text.count(",") + text.count("，") + min(len(text) / 100, 3)


def scores(root) -> dict:
    """Container scores: each good paragraph adds its score to its parent and half to the grand."""
    found: dict = {}
    for element in root.iter(*PARAGRAPH_TAGS):
        text = element_text(element)
        if len(text) < MIN_PARAGRAPH or link_density(element, text) > 0.5:
            continue
        score = paragraph_score(text)
        parent = element.getparent()
        if parent is None:
            continue
        found[parent] = found.get(parent, 0) + score
        grand = parent.getparent()
        if grand is not None:
            found[grand] = found.get(grand, 0) + score / 2
    for element in root.iter():
        text = loose_text(element)
        if len(text) >= LOOSE_PARAGRAPHS:
            found[element] = found.get(element, 0) + paragraph_score(text)
    return found


def loose_text(element) -> str:
    """Text standing directly in a container, not in a <p>: 'A.<br><br>B.' in a <div>."""
    if not isinstance(element.tag, str) or element.tag in PARAGRAPH_TAGS or element.tag == "a":
        return ""
    parts = [element.text or ""]
    parts += [child.tail or "" for child in element]
    parts += [c.text or "" for c in element if c.tag in ("b", "strong", "i", "em", "span")]
    return tidy("".join(parts))


def best_container(root, table: dict | None = None):
    """The highest-scoring container, its score lowered by its share of link text."""
    best, best_score = None, 0.0
    table = scores(root) if table is None else table
    # Link text only lowers a score, so only the leading candidates need measuring.
    leading = sorted(table.items(), key=lambda item: item[1], reverse=True)[:CANDIDATES]
    for element, score in leading:
        adjusted = score * (1 - min(link_density(element), 1.0))
        if adjusted > best_score:
            best, best_score = element, adjusted
    return best, best_score


def content_roots(root) -> list:
    """The article's containers in order: the best one and siblings scoring near it."""
    table = scores(root)
    best, best_score = best_container(root, table)
    if best is None:
        return []
    parent = best.getparent()
    if parent is None:
        return [best]
    roots = []
    chunks = (
        same_kind(root, best, table)
        or marked_variant_entries(best, table)
        or story_elements(best, table)
    )
    if chunks:
        return chunks
    deep = scores_below(parent, table)
    for sibling in parent:
        score = max(table.get(sibling, 0), deep.get(sibling, 0))
        if sibling is best:
            roots.append(sibling)
        elif score >= SIBLING_SHARE * best_score and score >= 3:
            roots.append(sibling)
        elif is_text_leaf(sibling) and is_sentence_paragraph(sibling):
            if best in roots or not is_byline_box(sibling):
                roots.append(sibling)
        elif is_captioned_picture(sibling):
            roots.append(sibling)
        elif best not in roots and is_paragraph_box(sibling):
            roots.append(sibling)
    return roots


def scores_below(parent, table: dict) -> dict:
    """For each child of `parent`, the best score of a container a few levels inside it: a
    sibling of the best container may hold its text deeper down (a CMS's content element after
    the body field: header, picture, then the text's box)."""
    found: dict = {}
    for element, score in table.items():
        for depth, ancestor in enumerate(element.iterancestors()):
            if depth >= SIBLING_DEPTH:
                break
            if ancestor.getparent() is parent:
                found[ancestor] = max(found.get(ancestor, 0), score)
                break
    return found


def is_paragraph_box(element) -> bool:
    """A box holding only a paragraph or two that read as article text, standing before the
    best container: the text's first half in a box of its own (a paywall's free preview, a
    lede set apart), too short to score as a container."""
    if element.tag not in ("div", "section") or tidy(element.text):
        return False
    children = list(element)
    return 0 < len(children) <= MAX_BOX_PARAGRAPHS and all(
        child.tag == "p" and not tidy(child.tail) and is_sentence_paragraph(child)
        for child in children
    )


def is_byline_box(element) -> bool:
    """A box naming the writer, by an <address> or a rel="author" link in it: the header's
    byline and dates above the text ('<div><address><a rel="author">Ann Lee</a> Health editor
    </address><time>Mon 1 Jun</time></div>'), no paragraph of it."""
    return element.find(".//address") is not None or any(
        "author" in (a.get("rel") or "").split() for a in element.iter("a")
    )


def is_text_leaf(element) -> bool:
    """A <p>, or a box of text holding no blocks: <div class="summary">One line.</div>."""
    if element.tag == "p":
        return True
    return element.tag in ("div", "section") and not any(
        child.tag in ("p", "div", "section", "ul", "ol", "table", "figure") for child in element
    )


def is_sentence_paragraph(element) -> bool:
    """A sibling <p> that reads as article text: long with few links, or a linkless sentence."""
    text = element_text(element)
    density = link_density(element, text)
    if len(text) > 80:
        return density < 0.25
    return density == 0 and len(text) > 20 and text.endswith((".", "!", "?", "…"))


def signature(element) -> tuple[str, str] | None:
    """What a container is styled as, by its first class: ('div', 'body'), None without one.

    Variants add classes after the first (a chunk with a drop cap, the last chunk).
    """
    classes = (element.get("class") or "").split()
    return (element.tag, classes[0]) if classes else None


def same_kind(root, best, table: dict) -> list:
    """An article cut into chunks styled alike (ads between them): all the chunks, in order.

    Only when there are several, each holding article text, none inside another.
    """
    kind = signature(best)
    if kind is None:
        return []
    found = [
        e
        for e in root.iter(best.tag)
        if signature(e) == kind and (e is best or table.get(e, 0) >= chunk_floor(e, best))
    ]
    chosen = set(found)
    found = [e for e in found if not any(a in chosen for a in e.iterancestors())]
    if len(found) < 2 or best not in found:
        return []
    return with_pictures_between(root, entries(found))


def story_elements(best, table: dict) -> list:
    """The best container alone in a box of a typed element kind, several of them holding text
    (a headless CMS's story: '<div class="story-element story-element-text"><div><p>...' then
    a title, an image, more text, each a box of the kind, its type in a second class): the run
    of those boxes from the first holding text to the last, so that the heads and pictures
    between them come along. Boxes of one class only are no typed elements: a site builder's
    text part and the boilerplate part beside it ('text parbase' twice)."""
    box = best.getparent()
    if box is None or signature(best) is not None or len(box) != 1:
        return []
    kind, parent = signature(box), box.getparent()
    if kind is None or parent is None:
        return []
    elements = [e for e in parent if signature(e) == kind]
    found = [e for e in elements if holds_text(e, table)]
    typed = len({e.get("class") for e in elements}) >= 2
    return run_of_boxes(found) if typed and len(found) >= 2 else []


def modified_kind(element) -> str | None:
    """The kind an element is a marked variant of, in BEM's naming: 'lb-entry' for
    class="lb-entry lb-entry--pinned" (a pinned or featured post among the others)."""
    classes = (element.get("class") or "").split()
    for name in classes:
        base, modifier = name.partition("--")[::2]
        if base and modifier and base in classes:
            return base
    return None


def marked_variant_entries(best, table: dict) -> list:
    """The best container inside an entry marked as a variant of its kind (a live blog's pinned
    post, class="entry entry--pinned"): that entry and its siblings of the kind that hold text.

    The pinned post's own box is often unstyled, so no kind of the best container finds the
    other entries; the entry's modifier says which of its siblings are its fellows.
    """
    for ancestor in best.iterancestors():
        kind = modified_kind(ancestor)
        if kind is None:
            continue
        parent = ancestor.getparent()
        if parent is None:
            return []
        found = [
            e
            for e in parent
            if e is ancestor or (kind in (e.get("class") or "").split() and holds_text(e, table))
        ]
        return found if len(found) >= 2 else []
    return []


def holds_text(element, table: dict) -> bool:
    """Whether a paragraph of its own stands somewhere in the element."""
    return any(table.get(e, 0) >= MIN_CHUNK for e in element.iter())


def with_pictures_between(root, chunks: list) -> list:
    """The chunks and the captioned pictures between them in boxes styled as the chunks are (a
    site builder's image block between its text blocks), in document order."""
    kind = signature(chunks[0])
    if kind is None or any(signature(c) != kind for c in chunks[1:]):
        return with_picture_boxes_between(chunks)  # chunks of several styles (a story page's)
    chosen, seen, found = set(chunks), 0, []
    for element in root.iter(chunks[0].tag):
        if element in chosen:
            seen += 1
            found.append(element)
        elif 0 < seen < len(chunks) and signature(element) == kind:
            if is_captioned_picture(element) and not any(
                a in chosen for a in element.iterancestors()
            ):
                found.append(element)
    return with_picture_boxes_between(found)


def with_picture_boxes_between(chunks: list) -> list:
    """The chunks and the captioned pictures standing between two of them in boxes of another
    style (a page builder's image part between its text parts, each part in a zone of its own:
    SharePoint's web parts): the zones side by side, the picture's between the texts'."""
    found, chosen = [chunks[0]], set(chunks)
    for previous, chunk in zip(chunks, chunks[1:], strict=False):
        found += [p for p in zones_between(previous, chunk) if not holds_any(p, chosen)]
        found.append(chunk)
    return found


def zones_between(first, second) -> list:
    """The captioned pictures standing between two elements' zones side by side."""
    zones = sibling_zones(first, second)
    if zones is None:
        return []
    end = zones[1]
    between = itertools.takewhile(lambda e: e is not end, zones[0].itersiblings())
    return [e for e in between if is_captioned_picture(e)]


def sibling_zones(first, second) -> tuple | None:
    """The ancestors (or selves) of two elements that are children of one parent, or None."""
    second_line = [second, *second.iterancestors()]
    parents = {id(e.getparent()): e for e in second_line if e.getparent() is not None}
    for element in [first, *first.iterancestors()]:
        parent = element.getparent()
        if parent is not None and id(parent) in parents and parents[id(parent)] is not element:
            return element, parents[id(parent)]
    return None


def holds_any(element, chosen: set) -> bool:
    """Whether the element is or holds one of the chosen elements."""
    return any(e in chosen for e in element.iter())


def chunk_floor(element, best) -> float:
    """The score a chunk needs: a paragraph of its own when styled exactly as the best one (a
    short live-blog update), more when only its first class is the same."""
    return MIN_CHUNK if element.get("class") == best.get("class") else MIN_VARIANT_CHUNK


def entries(chunks: list) -> list:
    """The containers the chunks stand for, so that heads beside them come along.

    Chunks that are each the text of an entry styled alike (a live blog's updates, each with its
    title and time beside its text): the entries. Chunks side by side in one parent (paragraphs
    drawn as <div>s, a head between them): their parents.
    """
    parents = [chunk.getparent() for chunk in chunks]
    if any(parent is None for parent in parents):
        return chunks
    if len(set(parents)) < len(parents):
        return list(dict.fromkeys(parents))
    kind = signature(parents[0])
    if kind is None or any(signature(p) != kind for p in parents):
        return chunks
    return run_of_boxes(parents) or parents


def run_of_boxes(boxes: list) -> list:
    """Boxes that each hold only their chunk, side by side in one parent (a block editor's page,
    Notion's: every paragraph, head and list item a box of one leaf): the parent's children from
    the first box to the last, so that the heads, lists and short lines between them, too short
    to score, come along. Else []."""
    parent = boxes[0].getparent()
    if parent is None or any(b.getparent() is not parent or len(b) != 1 for b in boxes):
        return []
    children = [c for c in parent if isinstance(c.tag, str)]
    first, last = children.index(boxes[0]), children.index(boxes[-1])
    return children[first : last + 1]


def is_captioned_picture(element) -> bool:
    """A sibling that is a picture with its caption (a lead photo beside the text)."""
    if not isinstance(element.tag, str) or element.find(".//img") is None:
        return False
    if len(element_text(element)) > MAX_CAPTIONED_PICTURE:
        return False
    return element.tag == "figure" or any(
        e.tag == "figcaption" or CAPTION_MARKS.search(f"{e.get('class') or ''} {e.get('id') or ''}")
        for e in element.iter()
        if isinstance(e.tag, str)
    )
