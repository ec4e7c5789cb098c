"""Small synthetic web pages for the HTML extractor's tests (written here, never copied)."""

from __future__ import annotations

from api.parser import parse_html

FILLER = (
    "The council met on Tuesday evening, and members spoke for more than an hour about the"
    " ferry timetable, the cost of fuel and the number of riders who use the early crossing."
)


def paragraphs(count: int = 3, prefix: str = "Paragraph") -> str:
    """`count` distinct article paragraphs of realistic length."""
    return "".join(f"<p>{prefix} {i}. {FILLER}</p>" for i in range(1, count + 1))


def page(body: str, head: str = "", headline: str = "Ferry returns to the island", lang="en"):
    """A whole page: chrome around an <article> holding the headline and `body`."""
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{headline} | The Daily Example</title>{head}</head><body>"
        "<header class='site-header'><a href='/'><img src='/logo.png' class='logo'></a>"
        "<nav><a href='/news'>News</a><a href='/sport'>Sport</a></nav></header>"
        f"<main><article><h1>{headline}</h1>{body}</article></main>"
        "<footer><p>Copyright The Daily Example, all rights reserved, since long ago.</p></footer>"
        "</body></html>"
    )


def texts(document) -> list[str]:
    """The body's non-image text in order, list items one by one."""
    found = []
    for block in document.body:
        if block.type == "list":
            found += list(block.items)
        elif block.type != "image":
            found.append(block.text)
    return found


def middle_page(middle: str) -> str:
    """A page whose text holds `middle` between two runs of paragraphs."""
    return page(paragraphs(2) + middle + paragraphs(2, "B"))


def middle_texts(middle: str) -> list[str]:
    """The body's texts of a page whose text holds `middle` between two runs of paragraphs."""
    return texts(parse_html(middle_page(middle)))


def closing_texts(tail: str) -> list[str]:
    """The body's texts of a page whose text ends with `tail` after three paragraphs."""
    return texts(parse_html(page(paragraphs(3) + tail)))


def figure_page(picture: str, caption: str) -> str:
    """A page whose text holds `picture` in a figure with this figcaption, between paragraphs."""
    return middle_page(f"<figure>{picture}<figcaption>{caption}</figcaption></figure>")


def image_pairs(html: str) -> list[tuple[str, str | None]]:
    """Each listed picture's (caption, credit), in order."""
    return [(i.caption, i.credit) for i in parse_html(html).images]
