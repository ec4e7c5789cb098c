"""Page metadata from JSON-LD, microdata, OpenGraph and <meta>, in that order of trust."""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass, field
from datetime import datetime

import orjson

from api.parser.html.text import element_text, tidy
from api.parser.html.urls import safe_url

ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
        "liveblogposting", "report", "techarticle", "scholarlyarticle", "socialmediaposting",
    }
)  # fmt: skip
MAX_JSON_CHARS = 1_000_000
MAX_NODES = 2000
JSON_WRAPPING = re.compile(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$|;\s*$")
BY_PREFIX = re.compile(r"^\s*by\s+", re.IGNORECASE)


@dataclass
class PageMeta:
    """What the page says about itself; every field optional."""

    url: str | None = None
    headline: str | None = None
    published_at: str | None = None
    modified_at: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    language: str | None = None
    description: str | None = None
    section: str | None = None
    keywords: list[str] = field(default_factory=list)
    image_credits: dict[str, str] = field(default_factory=dict)
    types: set[str] = field(default_factory=set)
    og_type: str | None = None

    @property
    def says_article(self) -> bool:
        """The page calls itself an article (JSON-LD NewsArticle and friends, og:type)."""
        return bool(self.types & ARTICLE_TYPES) or (self.og_type or "").lower() == "article"


def iso_date(value) -> str | None:
    """A date as ISO 8601, or None: '2019-11-05T10:00:00Z' -> '2019-11-05T10:00:00+00:00'."""
    if not isinstance(value, str) or not value.strip() or len(value) > 64:
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def json_nodes(data, out: list, budget: list) -> None:
    """Every JSON object of a JSON-LD value, @graph and lists flattened, a bounded number."""
    if budget[0] <= 0:
        return
    if isinstance(data, list):
        for item in data:
            json_nodes(item, out, budget)
    elif isinstance(data, dict):
        budget[0] -= 1
        out.append(data)
        if "@graph" in data:
            json_nodes(data["@graph"], out, budget)


def json_ld(root) -> list[dict]:
    """The objects of the page's JSON-LD scripts; a script that is not JSON is skipped."""
    nodes: list[dict] = []
    budget = [MAX_NODES]
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = JSON_WRAPPING.sub("", script.text or "")
        if not raw or len(raw) > MAX_JSON_CHARS:
            continue
        try:
            json_nodes(orjson.loads(raw), nodes, budget)
        except (orjson.JSONDecodeError, RecursionError):
            continue
    return nodes


def types_of(node: dict) -> set[str]:
    """A JSON-LD object's types, lower case without prefix: {'@type': 'schema:NewsArticle'}."""
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit(":", 1)[-1].rsplit("/", 1)[-1].lower() for k in kinds if isinstance(k, str)}


def plain(value) -> str | None:
    """A text field's plain text (markup stripped), or None: '<b>A</b> &amp; B' -> 'A & B'."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str | dict)), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if not isinstance(value, str):
        return None
    if "<" in value or "&" in value:
        from lxml.html import fragment_fromstring

        try:
            value = element_text(fragment_fromstring(value, create_parent="div"))
        except Exception:  # noqa: BLE001 - any markup lxml refuses is kept as the text it is
            pass
    return tidy(value) or None


def names(value) -> list[str]:
    """People's or bodies' names: [{'name': 'A'}, 'B', {'@id': 'x'}] -> ['A', 'B'], no URLs."""
    values = value if isinstance(value, list) else [value]
    found = []
    for item in values:
        name = plain(item)
        if name and not name.lower().startswith(("http://", "https://")):
            found.append(BY_PREFIX.sub("", name))
    return found


def word_list(value) -> list[str]:
    """Keywords from a list or a comma-separated string: 'a, b,a' -> ['a', 'b']."""
    values = value if isinstance(value, list) else [value]
    words = []
    for item in values:
        if isinstance(item, str):
            words += [tidy(w) for w in item.split(",")]
    return unique([w for w in words if w and len(w) <= 100])


def unique(values: list[str]) -> list[str]:
    """Keep the first of repeated values, in order: ['a', 'b', 'a'] -> ['a', 'b']."""
    return list(dict.fromkeys(values))


def image_credit(node: dict) -> str | None:
    """The credit an ImageObject gives: creditText, else copyrightHolder, else author."""
    for key in ("creditText", "copyrightHolder", "author"):
        found = names(node.get(key))
        if found:
            return ", ".join(found)
    return None


def image_credits(nodes: list[dict], base: str | None) -> dict[str, str]:
    """Credits of the page's ImageObjects by absolute URL: {'https://x/a.jpg': 'Jane Doe/AP'}."""
    credits = {}
    candidates = [n for n in nodes if "imageobject" in types_of(n)]
    for node in nodes:
        images = node.get("image")
        for image in images if isinstance(images, list) else [images]:
            if isinstance(image, dict):
                candidates.append(image)
    for image in candidates:
        url = (
            safe_url(image.get("url") or image.get("contentUrl"), base)
            if isinstance(image.get("url") or image.get("contentUrl"), str)
            else None
        )
        credit = image_credit(image)
        if url and credit:
            credits.setdefault(url, credit)
    return credits


def from_json_ld(meta: PageMeta, nodes: list[dict], base: str | None) -> None:
    """Fill empty fields from the page's article object (NewsArticle and friends)."""
    articles = [n for n in nodes if types_of(n) & ARTICLE_TYPES]
    for node in nodes:
        meta.types |= types_of(node)
    meta.image_credits = image_credits(nodes, base)
    if not articles:
        return
    art = articles[0]
    page = art.get("mainEntityOfPage")
    page_url = page.get("@id") or page.get("url") if isinstance(page, dict) else page
    fill(meta, "url", safe_url(art.get("url"), base) if isinstance(art.get("url"), str) else None)
    fill(meta, "url", safe_url(page_url, base) if isinstance(page_url, str) else None)
    fill(meta, "headline", plain(art.get("headline")))
    fill(meta, "published_at", iso_date(art.get("datePublished")))
    fill(meta, "modified_at", iso_date(art.get("dateModified")))
    fill(meta, "authors", names(art.get("author")))
    fill(meta, "publisher", (names(art.get("publisher")) or [None])[0])
    fill(meta, "language", plain(art.get("inLanguage")))
    fill(meta, "description", plain(art.get("description")))
    fill(meta, "section", plain(art.get("articleSection")))
    fill(meta, "keywords", word_list(art.get("keywords")))


def fill(meta: PageMeta, name: str, value) -> None:
    """Set a field only when it is still empty: the earlier, more trusted source wins."""
    if value and not getattr(meta, name):
        setattr(meta, name, value)


def itemprop_value(element) -> str | None:
    """A microdata property's value: content, datetime or href attribute, else its text."""
    for attribute in ("content", "datetime"):
        if element.get(attribute):
            return tidy(element.get(attribute))
    if element.get("itemscope") is not None:
        named = element.find(".//*[@itemprop='name']")
        return itemprop_value(named) if named is not None else None
    return element_text(element) or None


def from_microdata(meta: PageMeta, root) -> None:
    """Fill empty fields from microdata itemprops (schema.org Article vocabulary)."""
    props: dict[str, list[str]] = {}
    for element in root.iterfind(".//*[@itemprop]"):
        value = itemprop_value(element)
        for prop in (element.get("itemprop") or "").split():
            if value and len(value) < 1000:
                props.setdefault(prop, []).append(value)
    first = {k: v[0] for k, v in props.items()}
    fill(meta, "headline", first.get("headline"))
    fill(meta, "published_at", iso_date(first.get("datePublished")))
    fill(meta, "modified_at", iso_date(first.get("dateModified")))
    fill(meta, "authors", unique(names(props.get("author", []))))
    fill(meta, "language", first.get("inLanguage"))
    fill(meta, "section", first.get("articleSection"))
    fill(meta, "keywords", word_list(props.get("keywords", [])))


def meta_tags(root) -> dict[str, list[str]]:
    """<meta> values by lower-case property or name: {'og:title': ['A'], 'author': ['B']}."""
    tags: dict[str, list[str]] = {}
    for element in root.iter("meta"):
        key = (element.get("property") or element.get("name") or "").strip().lower()
        key = key or (element.get("http-equiv") or "").strip().lower()
        value = tidy(element.get("content"))
        if key and value and len(value) < 5000:
            tags.setdefault(key, []).append(value)
    return tags


def from_meta_tags(meta: PageMeta, root, base: str | None) -> None:
    """Fill empty fields from OpenGraph, then the conventional <meta> names."""
    tags = meta_tags(root)
    first = {k: v[0] for k, v in tags.items()}
    fill(meta, "url", safe_url(first.get("og:url"), base))
    fill(meta, "og_type", first.get("og:type"))
    fill(meta, "headline", first.get("og:title"))
    for key in ("article:published_time", "og:published_time", "pubdate", "date", "dc.date"):
        fill(meta, "published_at", iso_date(first.get(key)))
    for key in ("article:modified_time", "og:updated_time", "last-modified", "dcterms.modified"):
        fill(meta, "modified_at", iso_date(first.get(key)))
    fill(meta, "authors", unique(names(tags.get("article:author", []) + tags.get("author", []))))
    fill(meta, "publisher", first.get("og:site_name"))
    fill(meta, "description", first.get("og:description") or first.get("description"))
    fill(meta, "section", first.get("article:section"))
    fill(meta, "keywords", unique(tags.get("article:tag", [])))
    fill(meta, "keywords", word_list(tags.get("news_keywords", []) + tags.get("keywords", [])))
    fill(meta, "language", first.get("content-language") or first.get("og:locale"))


def canonical_url(root, base: str | None) -> str | None:
    """The href of <link rel="canonical">, absolute, when it is http(s)."""
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            return safe_url(link.get("href"), base)
    return None


def language_tag(value: str | None) -> str | None:
    """A BCP 47 tag: 'en_US' -> 'en-US', 'pt-br' -> 'pt-BR'; junk gives None."""
    value = (value or "").strip().replace("_", "-")
    if not re.fullmatch(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", value):
        return None
    head, *rest = value.split("-")
    return "-".join([head.lower(), *(p.upper() if len(p) == 2 else p for p in rest)])


def page_meta(root, base: str | None) -> PageMeta:
    """All the page's metadata, the most trusted source first; URLs absolute and http(s)."""
    meta = PageMeta()
    fill(meta, "url", canonical_url(root, base))
    html_lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    fill(meta, "language", html_lang)
    from_json_ld(meta, json_ld(root), base)
    from_microdata(meta, root)
    from_meta_tags(meta, root, base)
    fill(meta, "url", safe_url(base))
    meta.language = language_tag(meta.language)
    meta.authors = unique([a for a in meta.authors if 0 < len(a) <= 200])
    return meta
