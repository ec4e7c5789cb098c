"""Web Stories (AMP's <amp-story>): each page a full-bleed picture layer under a text layer."""

from __future__ import annotations

from api.parser.html import images as pictures
from api.parser.html.blocks import Flow, add_picture, caption_elements

STORY_PAGE = "amp-story-page"
PAGE_DEPTH = 4  # ancestors of a text layer looked at for its story page (layer, page)


def story_page(layer):
    """The Web Story page a text layer stands on, else None."""
    for depth, ancestor in enumerate(layer.iterancestors()):
        if depth >= PAGE_DEPTH:
            return None
        if ancestor.tag == STORY_PAGE:
            return ancestor
    return None


def story_picture(flow: Flow, layer) -> None:
    """A Web Story page's picture with the caption and credit lines of the text layer over it,
    added before the layer's text is walked: '<amp-story-page><amp-story-grid-layer><amp-img>
    </...><amp-story-grid-layer><p>Text.</p><p class="caption">X at the pier</p><p
    class="credit">Photo: Y</p>'. The page is one screen, so its one picture is the one the
    lines name; the lines are no part of the text. A page with no caption line, or with
    several pictures, is left to the walk."""
    page = story_page(layer)
    if page is None:
        return
    lines = [e for e in caption_elements(layer) if e.find(".//img") is None]
    if not lines:
        return
    inside = set(layer.iter())
    found = [e for e in page.iter() if e not in inside and pictures.is_picture_element(e)]
    if len(found) != 1:
        return
    add_picture(flow, found[0], page)
    flow.used.update(lines)
    flow.used.update(pictures.credit_elements(layer))
