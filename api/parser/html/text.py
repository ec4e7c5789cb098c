"""Plain text out of elements: markup stripped, entities decoded, whitespace collapsed."""

from __future__ import annotations

import re
import unicodedata
from typing import Final
from urllib.parse import parse_qs, urlsplit

SPACES = re.compile(r"\s+")
# Where a word of a class or id name starts: at its start, after a space, '_' or '-', or at a
# capital after a small letter, camelCase ('ArticleDek_root__x', 'StoryStandfirst'), whatever
# flags the pattern holding it is compiled with.
CLASS_WORD_START: Final = r"(?:^|[\s_-]|(?-i:(?<=[a-z])(?=[A-Z])))"
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\xad"))
CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# A ruby annotation's readings (<rt>) and their fallback brackets (<rp>) are reading aids, not
# text: the base text is the text.
SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "button", "rt", "rp"})


def tidy(text: str | None) -> str:
    """Collapse whitespace, drop invisible characters, NFC: ' A\\u200b  b\\n' -> 'A b'."""
    if not text:
        return ""
    if text.isascii():
        return " ".join(CONTROLS.sub(" ", text).split())
    text = CONTROLS.sub(" ", text.translate(INVISIBLE))
    return unicodedata.normalize("NFC", " ".join(text.split()))


def pieces(element, skip=None):
    """The text pieces of an element in order, a space for each <br>, skipped subtrees left out."""
    if not isinstance(element.tag, str) or element.tag in SKIPPED_TAGS:
        return
    if skip is not None and element in skip:
        return
    if element.tag == "br":
        yield " "
    elif element.text:
        yield element.text
    for child in element:
        yield from pieces(child, skip)
        if child.tail:
            yield child.tail


def element_text(element, skip=None) -> str:
    """An element's plain text: '<p>A<br>b &amp; <i>c</i></p>' -> 'A b & c'."""
    return tidy("".join(pieces(element, skip)))


def all_text(element) -> str:
    """An element's text as the tree holds it, skipped subtrees included (a <script>'s too), no
    space for a <br>: what chrome tests read before the text is picked ('<p>A<i>b</i></p>' ->
    'Ab')."""
    return tidy("".join(element.itertext()))


# A link that tweets its own words, a click-to-tweet box's: the author's sentence set off for
# readers to post, not a link away ('<a href="https://twitter.com/intent/tweet?text=Soil+comes+
# first.">Soil comes first, always.</a>'), its words mostly the tweet's (the tweet may reword
# it); a share button's words ('Tweet', 'Share on X') are not what it posts, and a line of a
# few words is no sentence.
TWEET_INTENT: Final = re.compile(
    r"https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/(?:share|intent/(?:tweet|post))/?\?",
    re.IGNORECASE,
)
MIN_TWEETED_WORDS = 5
MIN_TWEETED_SHARE = 0.5  # of the link's words found in the tweet's
WORDS: Final = re.compile(r"\w+")


def link_text_length(element) -> int:
    """Characters of text inside links: '<p>See <a>this story</a></p>' -> 10; a link tweeting
    its own words is text (tweets_own_words)."""
    return sum(link_length(a, "".join(pieces(a))) for a in element.iter("a"))


def link_length(link, text: str) -> int:
    """Characters of one link's text `text` counted as link text: none for a sentence it
    tweets (tweets_own_words)."""
    text = tidy(text)
    return 0 if tweets_own_words(link, text) else len(text)


def tweets_own_words(link, text: str) -> bool:
    """Whether a link's text `text` is a sentence that the link posts as a tweet: '<a href=
    "https://twitter.com/share?text=Why+soil+matters:+every+garden+grows+from+it">Every garden
    grows from its soil.</a>'; 'Tweet this' or a link tweeting the headline is none."""
    href = link.get("href") or ""
    if not TWEET_INTENT.match(href):
        return False  # (most links: no tweet's address)
    words = WORDS.findall(text.casefold())
    if len(words) < MIN_TWEETED_WORDS:
        return False
    tweet = set(WORDS.findall(" ".join(parse_qs(urlsplit(href).query).get("text", [])).casefold()))
    return sum(w in tweet for w in words) >= MIN_TWEETED_SHARE * len(words)


def link_density(element, text: str | None = None) -> float:
    """Share of an element's text that is link text: 1.0 for '<p><a>Read on</a></p>'."""
    text = element_text(element) if text is None else text
    return link_text_length(element) / len(text) if text else 0.0


def broken_lines(element) -> list[str]:
    """An element's lines as its own <br>s part them: '<p>A<br>B <i>c</i></p>' -> ['A', 'B c']."""
    lines: list[str] = []
    run = [element.text or ""]
    for child in element:
        if child.tag == "br":
            lines.append(tidy("".join(run)))
            run = []
        else:
            run.extend(pieces(child))
        run.append(child.tail or "")
    lines.append(tidy("".join(run)))
    return [line for line in lines if line]
