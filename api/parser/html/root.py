"""Where the article's text is: the element its paragraphs score highest under."""

from __future__ import annotations

from api.parser.html.text import element_text, link_density

PARAGRAPH_TAGS = ("p", "pre", "blockquote", "li", "h2", "h3", "h4")
MIN_PARAGRAPH = 25  # characters: shorter text (labels, buttons) says nothing about where we are
SIBLING_SHARE = 0.2  # a sibling scoring this share of the best joins it (articles split by ads)


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
    return found


def best_container(root):
    """The highest-scoring container, its score lowered by its share of link text."""
    best, best_score = None, 0.0
    for element, score in scores(root).items():
        adjusted = score * (1 - min(link_density(element), 1.0))
        if adjusted > best_score:
            best, best_score = element, adjusted
    return best, best_score


def content_roots(root) -> list:
    """The article's containers in order: the best one and siblings scoring near it."""
    best, best_score = best_container(root)
    if best is None:
        return []
    parent = best.getparent()
    if parent is None:
        return [best]
    table = scores(parent)
    roots = []
    for sibling in parent:
        if sibling is best:
            roots.append(sibling)
        elif table.get(sibling, 0) >= SIBLING_SHARE * best_score and table.get(sibling, 0) >= 3:
            roots.append(sibling)
        elif sibling.tag == "p" and is_sentence_paragraph(sibling):
            roots.append(sibling)
    return roots


def is_sentence_paragraph(element) -> bool:
    """A sibling <p> that reads as article text: long with few links, or a linkless sentence."""
    text = element_text(element)
    density = link_density(element, text)
    if len(text) > 80:
        return density < 0.25
    return density == 0 and len(text) > 20 and text.endswith((".", "!", "?", "…"))
