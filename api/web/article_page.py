"""An article as a semantic HTML page (text/html): readable as it is, on a phone too, and easy to
read back.

The page is one `<article>`: its `<h1>` headline, the bullets as `<ul class="bullets">`, images
as `<figure>`s whose `<figcaption>` holds the caption and the credit in its own `<small
class="credit">`, subheadings as `<h2>` and paragraphs as `<p>`, each quote in a `<q>` that
names its speaker (`data-speaker`, and `cite` linking to them). An extractor reading those
elements gets the article back: the paragraphs' text is exactly the stored text (a `<q>` wraps
the quoted words and leaves the quote marks where they were: the stylesheet adds none).

No script runs: the page's policy (CSP) allows its own stylesheet (by hash) and images, nothing
else. The schema.org JSON-LD rides along in a `<script type="application/ld+json">`, a data
block that browsers never execute.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape

import orjson

from api.parser.document import Image
from api.web.article_facts import Facts, Quoted
from api.web.jsonld import news_article

MIMETYPE = "text/html"

STYLESHEET = """
:root{color-scheme:light dark;--muted:#5b5b5b}
@media (prefers-color-scheme:dark){:root{--muted:#a8a8a8}}
body{margin:0;font:1.125rem/1.6 Georgia,"Times New Roman",serif}
article,footer{max-width:42rem;margin:0 auto;padding:1rem 1.25rem}
h1{font-size:1.9rem;line-height:1.2;margin:1rem 0}
h2{font-size:1.3rem;margin:2rem 0 .5rem}
h1,h2,figcaption,.bullets,footer{font-family:system-ui,sans-serif}
p,li,h1,h2,figcaption,footer{overflow-wrap:anywhere}
.bullets{padding-left:1.25rem;font-size:1rem}
figure{margin:1.5rem 0}
img{display:block;max-width:100%;height:auto}
.missing{padding:2rem 1rem;border:1px dashed var(--muted);color:var(--muted);font-style:italic}
figcaption{font-size:.9rem;margin-top:.4rem}
.credit{display:block;color:var(--muted);font-size:.8rem}
q{quotes:none}
q::before,q::after{content:none}
footer{margin-top:1.5rem;padding-bottom:3rem;font-size:.85rem;color:var(--muted)}
footer a{color:inherit}
""".strip()

_STYLE_HASH = base64.b64encode(hashlib.sha256(STYLESHEET.encode()).digest()).decode()
# Nothing from anywhere but the page's own stylesheet and its images.
CSP = "; ".join(
    (
        "default-src 'none'",
        f"style-src 'sha256-{_STYLE_HASH}'",
        "img-src https: http: data:",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    )
)


def page_bytes(facts: Facts) -> bytes:
    """The whole page (UTF-8)."""
    article, document = facts.article, facts.article.document
    # `<` never appears raw inside the data block, so no text can close it.
    jsonld = _json_text(news_article(facts))
    lang = f' lang="{_attr(facts.language)}"' if facts.language else ""
    head = [
        f'<!DOCTYPE html>\n<html{lang}>\n<head>\n<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_text(document.headline)}</title>",
    ]
    if facts.summary:
        head.append(f'<meta name="description" content="{_attr(facts.summary)}">')
    head += [
        f'<link rel="alternate" type="application/json" href="{facts.url("articles.article")}">',
        f'<link rel="alternate" type="application/ld+json" href="{_link(facts, "jsonld")}">',
        f'<link rel="alternate" type="text/plain" href="{_link(facts, "text")}">',
    ]
    if article.url:
        head.append(f'<link rel="canonical" href="{_attr(article.url)}">')
    head += [
        f"<style>{STYLESHEET}</style>",
        f'<script type="application/ld+json">{jsonld}</script>',
        "</head>\n<body>\n<article>\n<header>",
        f"<h1>{_text(document.headline)}</h1>",
    ]
    parts = head
    if document.bullets:
        items = "".join(f"<li>{_text(b)}</li>" for b in document.bullets)
        parts.append(f'<ul class="bullets">{items}</ul>')
    parts.append("</header>")
    parts += [_figure(facts, document.images[i]) for i in document.lead_images]
    parts += body_parts(facts, figures=True)
    parts += ["</article>", _footer(facts), "</body>\n</html>\n"]
    return "\n".join(parts).encode("utf-8")


def body_parts(facts: Facts, *, figures: bool) -> list[str]:
    """The body in reading order: `<h2>`, `<p>` with `<q>`s, and (with `figures`) `<figure>`s."""
    document = facts.article.document
    quotes = facts.quotes_by_paragraph
    parts, paragraph = [], 0
    for block in document.body:
        if block.type == "paragraph":
            parts.append(f"<p>{_quoted(block.text, quotes.get(paragraph, ()))}</p>")
            paragraph += 1
        elif block.type == "subheading":
            parts.append(f"<h2>{_text(block.text)}</h2>")
        elif figures:
            parts.append(_figure(facts, document.images[block.image]))
    return parts


def _quoted(text: str, spans) -> str:
    """A paragraph's text with each quote in a `<q>` naming its speaker."""
    out, at = [], 0
    for span in spans:
        out += [_text(text[at : span.start]), _q(span), _text(text[span.start : span.end]), "</q>"]
        at = span.end
    out.append(_text(text[at:]))
    return "".join(out)


def _q(span: Quoted) -> str:
    if span.name is None:
        return "<q>"
    return (
        f'<q cite="{span.link}" data-speaker="{_attr(span.name)}" data-speaker-kind="{span.kind}">'
    )


def _figure(facts: Facts, image: Image) -> str:
    src = facts.image_src(image)
    if src:
        picture = f'<img src="{_attr(src)}" alt="{_attr(image.alt)}">'
    else:
        # No address for the picture is known: its alt text stands in its place.
        picture = f'<div class="missing" role="img" aria-label="{_attr(image.alt)}">'
        picture += f"{_text(image.alt)}</div>"
    credit = f' <small class="credit">{_text(image.credit)}</small>' if image.credit else ""
    caption = f'<span class="caption">{_text(image.caption)}</span>'
    return f"<figure>{picture}<figcaption>{caption}{credit}</figcaption></figure>"


def _footer(facts: Facts) -> str:
    """Outside the `<article>`: who published it and when, where, tags, other formats."""
    article = facts.article
    lines = []
    if facts.authors:
        lines.append(f'<p class="authors">By {_text(", ".join(facts.authors))}</p>')
    published = []
    if article.publisher:
        published.append(f'<span class="publisher">{_text(article.publisher)}</span>')
    if article.published_at:
        moment = article.published_at.isoformat()
        published.append(f'<time datetime="{moment}">{moment[:10]}</time>')
    if published:
        lines.append(f"<p>{' · '.join(published)}</p>")
    if article.url:
        lines.append(f'<p><a href="{_attr(article.url)}">Original article</a></p>')
    if article.tags:
        lines.append(f'<p class="tags">Tags: {_text(", ".join(article.tags))}</p>')
    formats = ", ".join(
        f'<a href="{href}">{name}</a>'
        for name, href in (
            ("JSON", facts.url("articles.article")),
            ("JSON-LD", _link(facts, "jsonld")),
            ("ninjs", _link(facts, "ninjs")),
            ("text", _link(facts, "text")),
        )
    )
    lines.append(f"<p>Also as {formats}.</p>")
    return "<footer>\n" + "\n".join(lines) + "\n</footer>"


def _link(facts: Facts, suffix: str) -> str:
    return facts.url(f"articles.get_article_{suffix}")


def _json_text(data: dict) -> str:
    return orjson.dumps(data).decode().replace("<", "\\u003c")


def _text(value: str) -> str:
    return escape(value, quote=False)


def _attr(value: str) -> str:
    return escape(value, quote=True)
