"""render(): write a Document back in the export layout, so that parse(render(doc)) == doc."""

from __future__ import annotations

from api.parser.document import Block, Document, Image
from api.parser.layout import LIST_MARK

BULLET_MARK = "  • "


def image_lines(image: Image) -> str:
    """An image's two exported lines, credit glued on: 'Pier\nThe pier at dawn.Jane Doe/AP'."""
    return f"{image.alt}\n{image.caption}{image.credit or ''}"


def block_text(doc: Document, block: Block) -> str:
    """One body block as exported: 'The big question', 'Crews arrive in May.', an image, or a
    list, one '▪ item' line each."""
    if block.type == "image":
        return image_lines(doc.images[block.image])
    if block.type == "list":
        return "\n".join(LIST_MARK + item for item in block.items)
    return block.text or ""


def render(doc: Document) -> str:
    """Write the export text: headline, lead images, '  • Point.' bullets, then the body."""
    blocks = [doc.headline]
    blocks += [image_lines(doc.images[k]) for k in doc.lead_images]
    if doc.bullets:
        bullets = "\n".join(BULLET_MARK + bullet for bullet in doc.bullets)
        # As the exports have it: the bullets follow the lead image's caption line directly.
        if doc.lead_images:
            blocks[-1] += "\n" + bullets
        else:
            blocks.append(bullets)
    blocks += [block_text(doc, block) for block in doc.body]
    return "\n\n".join(blocks) + "\n"
