"""Captions under a picture that no class marks: a table's row under it, a line after a <br>."""

from __future__ import annotations

from api.parser.html.text import element_text, tidy

MAX_LOOSE_CAPTION = 300  # characters: a caption and its credit, not a paragraph


def caption_row(img):
    """The row under a picture's own row in a table of the two (an old editor's captioned
    picture: '<table><tr><td><img></td></tr><tr><td><p>Caption. Ảnh: X</p></td></tr>'), when it
    holds only a short text; else None."""
    row = next((a for a in img.iterancestors() if a.tag == "tr"), None)
    if row is None or element_text(row):
        return None  # the picture's row holds text: a data table's row, not a picture's
    rows = [r for r in row.getparent() if isinstance(r.tag, str)]
    if len(rows) != 2 or rows[0] is not row:
        return None
    under = rows[1]
    text = element_text(under)
    if not text or len(text) > MAX_LOOSE_CAPTION or under.find(".//img") is not None:
        return None
    return under


def line_after_break(box) -> str | None:
    """The line under a picture in a box of the picture, a <br> and that text only (an old
    template's captioned picture: '<div><img><br>A bus at the hall. (Foto: Dok. X)</div>');
    else None. A <p> opened by a picture is a paragraph, however short."""
    children = [c for c in box if isinstance(c.tag, str)]
    if box.tag == "p" or len(children) != 2 or tidy(box.text):
        return None
    picture, br = children
    if picture.tag != "img" or br.tag != "br" or tidy(picture.tail):
        return None
    text = tidy(br.tail)
    return text if 0 < len(text) <= MAX_LOOSE_CAPTION else None
