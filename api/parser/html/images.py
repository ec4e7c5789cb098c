"""Pictures of the article: the real source behind lazy loading, caption and credit split."""

from __future__ import annotations

import re
from typing import Final

from api.parser.calendar_words import CALENDAR_NAMES
from api.parser.credit_words import AGENCIES, PICTURE_NOUNS, is_credit_like, is_strong_credit
from api.parser.credits import (
    COURTESY,
    MAX_COURTESY_WORDS,
    POSITION,
    SCRIPT_LABELS,
    SHORT_LABELS,
    WORD_END,
    is_caseless,
    split_credit,
    unbracketed,
    without_final_stop,
    without_provided,
)
from api.parser.html.text import broken_lines, element_text, tidy
from api.parser.html.urls import safe_url, srcset_best

LAZY_ATTRIBUTES = ("data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src")
SRCSET_ATTRIBUTES = ("data-srcset", "data-lazy-srcset", "srcset")
# Pictures that are not the article's: tracking pixels, icons, logos, head shots, ads, promos.
NOT_A_PHOTO = re.compile(
    r"logo|icon|avatar|sprite|pixel|spacer|tracking|badge|emoji|headshot|mugshot|gravatar"
    r"|author|profile|promo|sponsor|banner|placeholder|blank\.gif"
    r"|(?:^|[\s_/.-])(?:ad|ads|advert\w*)(?:$|[\s_/.-])",
    re.IGNORECASE,
)
# A picture whose file or class names a code to scan ('qrcode.jpg', 'app-qr.png'): junk, unless
# its figure gives it a caption and a credit, as a story's picture of a sign showing a code.
CODE_PICTURE: Final = re.compile(r"(?:^|[\s_/.-])qr(?:[-_]?codes?)?(?:$|[\s_/.-])", re.IGNORECASE)


def whole_mark(words: str) -> re.Pattern[str]:
    """A test of class and id words for one of `words` as a whole word: at a word's start
    ('credit', 'photo-credit', 'image__source', 'imageCredit') or glued to a picture's word
    ('photocredit'); 'source' inside 'resource-list', 'credit' inside 'accreditation' is none."""
    return re.compile(
        r"(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))(?i:photo|image|img|pic|picture|media|fig|caption)?"
        rf"(?i:{words})s?(?![a-z])"
    )


def is_marked(hint: re.Pattern[str], whole: re.Pattern[str], words: str) -> bool:
    """Whether class and id words hold a mark whole (`whole`, a whole_mark); the plain `hint`
    is tried first, as most elements hold none of its words and it scans faster."""
    return hint.search(words) is not None and whole.search(words) is not None


# The author's box or a box of related stories around an uncaptioned picture.
STRAY_BOX_WORDS: Final = "author|byline|avatar|bio|contributor|related|recommended"
STRAY_BOX: Final = whole_mark(STRAY_BOX_WORDS)
STRAY_BOX_HINT: Final = re.compile(STRAY_BOX_WORDS, re.IGNORECASE)
CREDIT_WORDS: Final = "credit|copyright|photographer|source|byline|courtesy|attribution"
CREDIT_MARKS: Final = whole_mark(CREDIT_WORDS)
CREDIT_HINT: Final = re.compile(CREDIT_WORDS, re.IGNORECASE)
# cutline: the newsroom's word; a picture's description ('img_desc', 'photo-description'): a
# portal's caption element beside the picture (Naver's '<em class="img_desc">'), a BEM
# element's two underscores too ('<p class="inline-image__desc">').
CAPTION_MARKS = re.compile(
    r"caption|legend|cutline|(?:img|image|photo|pic|picture)[-_]{0,2}desc(?:ription)?",
    re.IGNORECASE,
)
# A credit's label words, a table by language: what the picture is ('Photo', 'Foto', 'Bild',
# 'Illustration'), then who made it in the language's word ('Photo by', 'Foto di', 'Foto von',
# 'Photo de', lower case: 'De Souza' is a name); scripts without spaces label with a word and a
# mark ('写真：X', '撮影・X'). The photographer is named so too: 'Photographer: X', 'Fotograf: X',
# 'Fotografía: X'. Each ends at a word's end (WORD_END): 'Photographer' is no 'Photograph'.
PICTURE_WORDS = (
    r"photo(?:graph(?:er)?)?|foto(?:graf(?:ia|ía|ie)?)?|image|pic(?:ture)?|video|illustration"
    r"|bild"
)
MADE_BY = r"(?i:by)|(?-i:di|da|de|von|par|door)"
# ('ภาพจาก', 'picture from', first: the shorter 'ภาพ' would end the label before 'จาก')
WORD_LABELS = "ภาพจาก|" + SHORT_LABELS + "|" + SCRIPT_LABELS
# Where 'Credit' and 'Source' end: at a word's end ('Creditor', 'Sourced' are other words), or
# before a capital opening the holder's name, as a hidden label's text runs into it:
# 'CreditKettleby Council', 'Image creditTomasz Wren'. A copyright notice's word labels a credit
# too ('Copyright Jane Doe/Acme'), and a spaced slash marks a label as a colon does ('Photo /
# Jane Doe', 'Picture / Supplied').
# An acronym before 'photo by' names the picture's holder, as the agency in 'AP Photo/Jane Doe'
# does: 'KNA photo by Jane Doe' keeps it; a desk's word ('Times photo by', 'Staff photo by') is
# the label's. (A negative look-ahead inside CREDIT_LABEL: the holder word then matches no label.)
HOLDER_ACRONYM: Final = r"(?!(?-i:[A-Z]{2,6}) )"
LABEL_END: Final = rf"(?:{WORD_END}|(?=(?-i:[A-Z][a-z])))"
CREDIT_LABEL = re.compile(
    # 'Times photo by', 'Staff photo by' (a desk's word before the label, dropped with it); an
    # agency's or a body's acronym before it is the holder, kept (HOLDER_ACRONYM)
    r"^(?:\(|\[|（)?\s*(?:(?:" + HOLDER_ACRONYM + r"\w+ (?=(?:photo|picture)s? by\b))?"
    # 'Photo courtesy of X' credits X; a bare 'Courtesy of X' stays whole (the text rules).
    rf"(?:{PICTURE_WORDS})"
    rf"(?:s?\s+courtesy(?:\s+of)?\b|\s*(?:credit)?s?)\s*(?:(?:{MADE_BY})\b)?{WORD_END}"
    rf"|credits?{LABEL_END}(?:\.{{2,}}|…)?|sources?{LABEL_END}|copyright{WORD_END}|{WORD_LABELS}"
    # 'Courtesy: X' labels X as a colon sets it off; 'Courtesy of X' stays whole.
    r"|courtesy(?=\s*[:：]))"
    r"\s*[:.…：・=｜|/-]*\s*|^©\s*|^\(c\)\s*|^[📷📸]\s*",
    re.IGNORECASE,
)
# A label that is a bare label word, no mark and no 'by' after it: 'Credit ', 'Photos '.
BARE_LABEL_END: Final = re.compile(
    rf"(?:{PICTURE_WORDS}|credit|source|copyright)s?(?:\s+credits?)?\s*$", re.IGNORECASE
)
# Where a person stands in the picture, by language: a caption's closing '(right)' is no credit.
POSITION_WORDS = {
    "ar": "يمين|يسار|وسط|الوسط|في الوسط",
    "zh": "左|右|中|[左右][一二三四五]",
    "ja": "左|右|中央",
    "ko": "왼쪽|오른쪽|가운데",
    "th": "ซ้าย|ขวา|กลาง",
}
POSITION_IN_PICTURE = re.compile("|".join(POSITION_WORDS.values()))
NOT_A_HOLDER = re.compile(r"[\d()（）.!?。！？:：،؛=]")  # a year, a sentence, a label's mark
MAX_CLOSING_HOLDER = 40  # characters: an agency's or a photographer's name
MAX_HOLDER_WORDS = 4
# A credit of up to four name words and an agency in parentheses: 'Ana Ruiz (EFE)'.
NAME_AND_AGENCY = re.compile(
    r"(?P<name>\w[\w'.-]*(?: \w[\w'.-]*){0,3}) \((?P<agency>[^()]{1,40})\)$"
)
# What sets a marked credit off at the caption's end ('Rua alagada — <span>Foto: X</span>'): it
# goes with the credit.
CREDIT_SEPARATORS = " —–-|/"
CREDIT_BREAK: Final = re.compile(r"\. (?:/ )?| / ")  # a sentence's end, a spaced slash
SENTENCE_ENDS: Final = tuple('.!?)"”’')  # a caption's last sentence closed before a credit
INLINE_CREDIT_TAGS = frozenset({"i", "em", "small", "span", "b", "strong", "font"})
# A video player's box ('video-player', 'jwplayer', 'wv-player__placeholder'): the picture in it
# is the video's poster, shown until it plays, and its caption the video's ('Watch: ...'), not a
# photo. A sports page's 'player-profile' or 'player-card' is a person's, so a bare 'player'
# counts only as a whole word or before a BEM part ('__').
PLAYER_MARK = re.compile(
    r"(?:video|media|audio|jw|youtube)[-_]?player|(?:^|[\s_-])player(?:$|\s|__)", re.IGNORECASE
)
POSTER_DEPTH = 3  # ancestors of a picture looked at for a player's box
# A player's box named by the id of the video it plays: 'data-video-id', 'data-vid'.
VIDEO_DATA: Final = "data-vid"
# A credit naming no holder but the piece's own writer, by language: 'Photo by the author.',
# 'Foto: der Autor', 'Photo : l’auteur', 'Foto: el autor', 'Foto: a autora'. The picture is
# the article's, its caption whole; who 'the author' is, the byline says.
WRITER: Final = re.compile(
    r"(?:(?:the|this) (?:author|writer|reporter)|the author's own"
    r"|(?:der|die) autor(?:in)?|l['’]auteur(?:e|ice)?|(?:el|la) autor(?:a)?|(?:o|a) autor(?:a)?"
    r"|l['’]autore|de auteur)\.?",
    re.IGNORECASE,
)
MAX_CREDIT_LINE = 120  # characters: a label and a holder or two, not a sentence
BAR: Final = " | "  # a spaced bar a template sets between a caption's sentence and its credit
# The blocks a caption's sentence stands in inside a <figcaption>, before its fine print.
CAPTION_BLOCKS: Final = frozenset({"p", "div"})
TINY = 10  # pixels: a picture this small in either dimension is a tracking pixel or spacer
SMALL_PICTURE = 100  # pixels: an uncaptioned picture this small is an avatar, icon or badge
# What an alt text calls a picture that is none of the article's: a code to scan, a store's
# badge, the writer's face, a brand's mark, an ad.
STRAY_ALT: Final = re.compile(
    r"\b(?:qr[ -]?code|app store|google play|avatar|mug ?shot|head ?shot"
    r"|profile (?:photo|picture|image)|author(?:'s)? (?:photo|picture|image)|logo|icon"
    r"|advertisement|sponsored)\b|二维码|二維碼",
    re.IGNORECASE,
)
# A person's page on a publishing platform: '/@jdoe', '/author/jdoe', '/people/jdoe'.
PERSON_PAGE: Final = re.compile(
    r"/(?:@[\w.-]+|(?:authors?|profiles?|people|staff|contributors?|writers?|columnists?)/)"
)
STRAY_DEPTH = 4  # ancestors of an uncaptioned picture looked at for a link or a box


PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif")


def picture_source(img, base: str | None) -> str | None:
    """The picture's absolute URL: lazy attributes, then the widest srcset entry, then src."""
    for attribute in LAZY_ATTRIBUTES:
        found = safe_url(img.get(attribute), base)
        if found:
            return found
    for attribute in SRCSET_ATTRIBUTES:
        found = safe_url(srcset_best(img.get(attribute)), base)
        if found:
            return found
    # libxml2 does not know <source> is empty: the <img> may end up inside it.
    picture = next((a for a in img.iterancestors() if a.tag == "picture"), None)
    if picture is not None:
        for source in picture.iter("source"):
            found = safe_url(srcset_best(source.get("srcset") or source.get("data-srcset")), base)
            if found:
                return found
    return safe_url(img.get("src"), base)


def relative_picture(img) -> str | None:
    """A picture file's path the page gives relative to an address it does not know (a Word
    document saved as a web page: 'Report_files/image002.jpg'): a picture still, its URL not."""
    value = (img.get("src") or "").strip()
    if not value or ":" in value[:12]:
        return None  # 'data:', 'javascript:' or an absolute address safe_url refused
    return value if value.lower().split("?")[0].endswith(PICTURE_SUFFIXES) else None


def dimension(value: str | None) -> int | None:
    """A width or height attribute as a number: '1px' -> 1, 'auto' -> None."""
    digits = re.match(r"\s*(\d+)", value or "")
    return int(digits.group(1)) if digits else None


def is_picture_element(element) -> bool:
    """An <img>, or an element ARIA names an image (`<div role="img" aria-label="...">`): a
    picture whose file the page does not give, still the figure's picture."""
    return element.tag == "img" or (
        element.get("role") == "img" and bool(element.get("aria-label"))
    )


def is_photo(img, src: str | None, captioned: bool = False, codes: bool = False) -> bool:
    """An article picture, not a pixel, icon, logo, head shot or ad: '1x1' and 'logo' fail.

    A captioned picture whose address only a script knows (a placeholder src) is still one. A
    picture named for a code to scan ('qrcode.jpg') is none, unless `codes` lets it through
    for its caption and credit to judge (is_code_picture).
    """
    if not codes and is_code_picture(img, src):
        return False
    if not src:
        return captioned and not NOT_A_PHOTO.search(marks(img))
    if src.lower().split("?")[0].endswith((".svg", ".ico")):
        return False
    sizes = [dimension(img.get("width")), dimension(img.get("height"))]
    if any(size is not None and size <= TINY for size in sizes):
        return False
    path = src.split("?")[0].rsplit("/", 2)[-2:]
    return not NOT_A_PHOTO.search(marks(img)) and not NOT_A_PHOTO.search("/".join(path))


def is_code_picture(img, src: str | None) -> bool:
    """A picture whose class or file names a code to scan: 'qrcode.jpg', 'qr-app.png'."""
    if CODE_PICTURE.search(marks(img)):
        return True
    path = src.split("?")[0].rsplit("/", 2)[-2:] if src else []
    return CODE_PICTURE.search("/".join(path)) is not None


def is_stray_picture(img) -> bool:
    """A picture without a caption that is none of the article's: an avatar's or icon's size
    ('width="44"'), an alt text saying so ('QR code', 'Download on the App Store', 'Author
    headshot'), or, within STRAY_DEPTH ancestors, a link to a person's page ('/@jdoe',
    '/author/jdoe') or to another post (rel="bookmark"), or a box named for the author or for
    related stories. A lone picture between paragraphs with an alt text is none of these."""
    if any(is_small(img.get(side)) for side in ("width", "height")):
        return True
    if STRAY_ALT.search(img.get("alt") or ""):
        return True
    for depth, ancestor in enumerate(img.iterancestors()):
        if depth >= STRAY_DEPTH:
            return False
        if ancestor.tag == "a" and is_link_away(ancestor):
            return True
        if is_marked(STRAY_BOX_HINT, STRAY_BOX, marks(ancestor)):
            return True
    return False


def is_small(value: str | None) -> bool:
    """A width or height in pixels of an avatar, icon or badge: '44' or '88px'; not '100%'."""
    size = dimension(value)
    return size is not None and size <= SMALL_PICTURE and "%" not in (value or "")


def is_link_away(link) -> bool:
    """A link to a person's page ('/@jdoe', '/authors/jdoe') or to another post's permalink
    (rel="bookmark"): a picture in it is the person's or the post's."""
    if "bookmark" in (link.get("rel") or "").split():
        return True
    return PERSON_PAGE.search(link.get("href") or "") is not None


def is_video_poster(img) -> bool:
    """A picture standing in a video player's box (within POSTER_DEPTH ancestors), named so or
    by its video's id ('<div data-video-id="31"><img>'): a poster."""
    for depth, ancestor in enumerate(img.iterancestors()):
        if depth >= POSTER_DEPTH:
            return False
        if PLAYER_MARK.search(marks(ancestor)):
            return True
        if ancestor.attrib and any(k.startswith(VIDEO_DATA) for k in ancestor.attrib):
            return True
    return False


def credit_label(text: str) -> re.Match[str] | None:
    """The credit label opening a text, unless its word is a word of a sentence: 'Credit: X' and
    'Credit Jane Doe' open with one; 'Credits roll at dusk' and 'Sources say X' do not (a bare
    label word, no mark and no 'by', before a word in lower case that is no label: 'Image
    creditJane Doe' is one)."""
    found = CREDIT_LABEL.match(text)
    if found is None or not text[found.end() : found.end() + 1].islower():
        return found
    if BARE_LABEL_END.search(found.group()) and not CREDIT_LABEL.match(text[found.end() :]):
        return None
    return found


def clean_credit(text: str) -> str | None:
    """A credit without labels or wrapping: '(Photo: Jane Doe/AP)' and '[Photo: Jane Doe/AP]'
    -> 'Jane Doe/AP'."""
    text = unbracketed(tidy(text))
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    while (found := credit_label(text)) is not None:
        text = text[found.end() :].strip()
    return without_provided(text) if text else None


def credit_elements(holder, caption=None) -> list:
    """The outermost elements inside a holder marked as a credit: <span class="credit">.

    An element holding the caption is not its credit ('caption-source' around both).
    """
    around = set(caption.iterancestors()) if caption is not None else set()
    found = [
        e
        for e in holder.iter()
        if e is not holder
        and e not in around
        and (
            is_marked(CREDIT_HINT, CREDIT_MARKS, words := credit_marks(e))
            or is_cite(e)
            or is_author_credit(e, words)
        )
    ]
    chosen = set(found)
    return [e for e in found if not any(a in chosen for a in e.iterancestors())]


# The attributes besides class and id that name what an element is: a test id a front end sets
# ('data-testid="image-credit"', its classes hashed), a schema.org property ('itemprop=
# "copyrightHolder"', 'itemprop="creditText"').
NAMING_ATTRIBUTES: Final = ("data-testid", "itemprop")


def credit_marks(element) -> str:
    """The words that may mark an element as a picture's credit: its class and id, its test id
    and its schema.org property: '<span class="_2iH7l" data-testid="image-credit">Jo Lee</span>'
    is the credit as '<span class="image-credit">' is; 'data-testid="image-caption"' is none."""
    words = marks(element)
    if not element.attrib:
        return words
    return " ".join([words, *(element.get(name) or "" for name in NAMING_ATTRIBUTES)])


def is_cite(element) -> bool:
    """A <cite> in a picture's box holding a labelled credit ('Photo: X for Y', 'Illustration
    by X'), or closing its figcaption (closing_cite): the credit, as a credit class marks one.
    A bare <cite> inside the caption's sentence may name a work shown."""
    if element.tag != "cite":
        return False
    text = element_text(element)
    if not text:
        return False
    return (credit_label(text) is not None and clean_credit(text) != text) or closing_cite(
        element, text
    )


def closing_cite(element, text: str) -> bool:
    """A <cite> ending its figcaption after the caption's closed sentence or a <br>, a credit's
    shape naming its holders apart, whatever mark parts them: '<figcaption>Bikes in the garage.
    <cite>Jo Lee, The Ledger</cite></figcaption>' ('Jo Lee/The Ledger' too, or an agency
    alone), or a bare name (is_name): '<cite>Jo Lee</cite>'. A title in the sentence ('reads
    <cite>Salt Roads</cite> aloud.') is none."""
    parent = element.getparent()
    if parent is None or parent.tag != "figcaption" or tidy(element.tail):
        return False
    children = [c for c in parent if isinstance(c.tag, str)]
    if children[-1] is not element:
        return False
    if not (
        is_strong_credit(text) or (has_holders(text) and is_credit_like(text)) or is_name(text)
    ):
        return False
    head = element_text(parent, skip={element})
    after_break = len(children) > 1 and children[-2].tag == "br" and not tidy(children[-2].tail)
    return bool(head) and (after_break or head.endswith(SENTENCE_ENDS))


def is_name(text: str) -> bool:
    """A person's or a body's name alone, two to MAX_HOLDER_WORDS capitalised words (a small word
    of a name between them): 'Jo Lee-Marsh', 'Museum of the Dales'; a <cite> holding one after
    the caption's closed sentence is the picture's credit (closing_cite). A sentence ('Jo Lee
    looks on.'), a lone word ('Reuters', the strong credits' own) or a year is none."""
    words = text.split()
    if not 2 <= len(words) <= MAX_HOLDER_WORDS or NOT_A_HOLDER.search(text):
        return False
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    return all(w[:1].isupper() or w in HOLDER_SMALL_WORDS for w in words)


def is_author_credit(element, words: str) -> bool:
    """A box named as the picture's author holding a labelled credit: Bitrix's
    '<div class="news-detail__photo-author">Фото: X</div>' beside the caption's box, or a credit
    without a label whose shape settles it, a name and an agency: '<span class="caption-author">
    Jane Doe / EFE</span>'. A box named so holding a bare name may be the article's author."""
    if "author" not in words.casefold():
        return False
    line = short_line(element)
    return is_labelled_credit(line) or is_strong_credit(line)


def short_line(element) -> str:
    """The element's text if it is a line's length (MAX_CREDIT_LINE), else '': read only so
    far, so that a big box named so is not read whole for each box inside it."""
    found, size = [], 0
    for piece in element.itertext():
        size += len(piece)
        if size > 2 * MAX_CREDIT_LINE:  # (spaces of the markup counted too: a margin for them)
            return ""
        found.append(piece)
    text = tidy("".join(found))
    return text if len(text) <= MAX_CREDIT_LINE else ""


def is_labelled_credit(text: str) -> bool:
    """A short line that is a credit's label and its holder: 'Фото: X', 'Photo by X'."""
    if not text or len(text) > MAX_CREDIT_LINE or credit_label(text) is None:
        return False
    return clean_credit(text) not in (None, text)


def marks(element) -> str:
    """An element's class and id words: 'caption credit'."""
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def credit_line(caption):
    """The caption's last line, set off by a <br> in an element of its own, when it is a
    labelled credit: 'Jo at the show.<br><i>Times photo by Carla Voss</i>'."""
    children = [c for c in caption if isinstance(c.tag, str)]
    while len(children) == 1 and not tidy(caption.text) and not tidy(children[0].tail):
        caption = children[0]  # a wrapper of the whole caption: <td><font>...</font></td>
        children = [c for c in caption if isinstance(c.tag, str)]
    if len(children) < 2 or children[-2].tag != "br" or (children[-1].tail or "").strip():
        return None
    last = children[-1]
    if last.tag not in INLINE_CREDIT_TAGS or (children[-2].tail or "").strip():
        return None
    text = element_text(last)
    return last if text and credit_label(text) and clean_credit(text) != text else None


def name_after_break(caption) -> tuple[str, str] | None:
    """A caption whose closed sentence is followed, after a <br>, by a line that is only a name
    (is_name): the photographer's, set on a line of its own: 'Boats at the quay.<br>Ana Ruiz' ->
    ('Boats at the quay.', 'Ana Ruiz'). A line after an open one ('From left:<br>Ana Ruiz') or
    a sentence on it ('Ana Ruiz looks on.') is the caption's."""
    lines = broken_lines(caption)
    if len(lines) < 2 or not is_name(lines[-1]):
        return None
    head = " ".join(lines[:-1])
    return (head, lines[-1]) if head.endswith(SENTENCE_ENDS[:3]) else None


def name_and_agency(caption, credit: str):
    """The caption's last element when it is a credit of a name and, in parentheses, the
    agency the text rules took alone: '<span>At the square.</span><span>Ana Ruiz (EFE)</span>'.
    The markup sets it apart, so the name goes with the agency, not with the caption."""
    children = [c for c in caption if isinstance(c.tag, str)]
    if len(children) < 2 or children[-1].tag not in INLINE_CREDIT_TAGS or tidy(children[-1].tail):
        return None
    found = NAME_AND_AGENCY.match(element_text(children[-1]))
    if not found or found["agency"] != credit:
        return None
    return children[-1] if all(w[0].isupper() for w in found["name"].split()) else None


def shaped_credit(caption):
    """The caption's last inline element, of no class, when its text is a credit by its shape
    alone (is_strong_credit) and the markup sets it off: '<figcaption>Troops in the U.S.
    <span>Jane Doe / AP</span></figcaption>' (the text rules would end the caption at 'U.').
    A holder without a slash ('Reuters') follows a sentence's end or a <br>; 'talks to
    <em>Reuters</em>' is a sentence naming it."""
    children = [c for c in caption if isinstance(c.tag, str)]
    if not children or children[-1].tag not in INLINE_CREDIT_TAGS or tidy(children[-1].tail):
        return None
    last = children[-1]
    if last.get("class") or len(last):
        return None
    text = element_text(last)
    head = element_text(caption, skip={last}).rstrip(CREDIT_SEPARATORS)
    if not head or not text or not is_strong_credit(text):
        return None
    after_break = len(children) > 1 and children[-2].tag == "br"
    return last if after_break or head.endswith(SENTENCE_ENDS) or has_holders(text) else None


def fine_print_credit(caption):
    """A <small> of no class closing a caption after the element its sentence stands in (a
    block, or one whose text ends a sentence), a holder's few words however written:
    '<figcaption><p>Hives in a field.</p><small>getty</small></figcaption>'; the fine print of
    a caption is its credit. After running text ('in <small>1998</small>') it is none."""
    children = [c for c in caption if isinstance(c.tag, str)]
    if len(children) < 2 or children[-1].tag != "small":
        return None
    last, before = children[-1], children[-2]
    if last.get("class") or len(last) or tidy(last.tail) or tidy(before.tail):
        return None
    text = element_text(last)
    if not text or len(text.split()) > MAX_HOLDER_WORDS or text.endswith(SENTENCE_ENDS[:3]):
        return None
    head = element_text(before)
    return last if head and (before.tag in CAPTION_BLOCKS or head.endswith(SENTENCE_ENDS)) else None


def has_holders(text: str) -> bool:
    """A credit naming its holders apart, by a slash, a comma or 'for': 'Jane Doe / AP',
    'Jane Doe, Associated Press', 'Jane Doe for The Herald'; a lone 'Reuters' is no such."""
    return "/" in text or "," in text or " for " in text


def sentence_then_credit(text: str) -> tuple[str, str] | None:
    """A caption whose last sentence (or what follows a spaced slash) is a credit by its shape,
    naming its holders apart: 'The senator speaks in Ohio. J. Scott Smith / AP' -> the caption
    and 'J. Scott Smith / AP'; 'Dawn on the quay / Jane Doe, Reuters'. The first such break in
    the caption's last MAX_CREDIT_LINE characters that leaves a credit after it ('in the U.S.
    J. Doe / AP': after 'U.S.', not after 'J.'). Its label goes: '... Photo / Jane Doe' ->
    'Jane Doe'."""
    for found in CREDIT_BREAK.finditer(text, max(0, len(text) - MAX_CREDIT_LINE)):
        tail = text[found.end() :]
        if has_holders(tail) and is_strong_credit(tail):
            return text[: found.start()] + found.group().strip(" /"), clean_credit(tail) or tail
    return None


# The small words a holder's name may hold in lower case: 'Museum of the Dales'.
HOLDER_SMALL_WORDS: Final = frozenset({"of", "the", "and", "&", "de", "van", "von"})
SLASH: Final = " / "
YEAR_OR_NUMBER: Final = re.compile(r"\d[\d,]*s?")  # a caption's closing number: '1915', '1920s'


def credit_after_slash(text: str) -> tuple[str, str] | None:
    """A caption with no final stop, then a spaced slash and a holder's name of two to four
    capitalised words or an agency's, no label: '... through a 400m culvert / The Harbour Post'
    -> the caption and 'The Harbour Post'; '... cut about 1915 / Tessmore Historical Society'
    (a year closing the caption); '... on the quay / Reuters'. A pair of names ('fans of Real
    Oviedo / Sporting Gijon'), lower-case words after the slash ('the day / night market'), a
    lone word ('Leeds / Bradford') or a closed sentence before it (split_credit's) stay."""
    at = text.rfind(SLASH)
    head, tail = text[:at].rstrip(), text[at + len(SLASH) :].strip()
    if at <= 0 or not head or head.endswith(SENTENCE_ENDS) or not ends_in_text_word(head):
        return None
    if tail in AGENCIES:
        return head, tail
    return (head, tail) if "/" not in tail and is_name(tail) else None


# The spaced marks besides a slash that set a credit after a caption left open: a bar, a dash.
OPEN_CREDIT_MARKS: Final = (" | ", " — ", " – ")


def credit_after_mark(text: str) -> tuple[str, str] | None:
    """A caption with no final stop, then a spaced bar or dash and a holder: an agency, or a
    name and its agency over a slash, or, after a word of running text, a name of two to four
    capitalised words: '... above Tolvik — Erik Lund/Bloomberg' -> the caption and 'Erik
    Lund/Bloomberg'; '... at the quay on Monday | Ana Ruiz' -> 'Ana Ruiz'. A pair of names
    ('Leeds | Bradford'), lower-case words after the mark ('fans — and their dogs') or a
    sentence after it stay the caption's."""
    at, mark = max((text.rfind(m), m) for m in OPEN_CREDIT_MARKS)
    if at <= 0:
        return None
    head, tail = text[:at].rstrip(), text[at + len(mark) :].strip()
    if not head or head.endswith(SENTENCE_ENDS):
        return None
    holders = [piece.strip() for piece in tail.split("/")]
    if holders[-1] in AGENCIES and all(is_name(h) for h in holders[:-1]):
        return head, tail  # an agency's credit, whatever word the caption ends with
    if len(holders) > 1 or not is_name(tail):
        return None
    if not (ends_in_text_word(head) or head.split()[-1].casefold() in CALENDAR_NAMES):
        return None  # ('Leeds | Bradford': a pair of names; 'on Monday': a day pairs with none)
    return head, tail


def ends_in_text_word(head: str) -> bool:
    """Whether a caption's last word is one of its running text, a word in lower case or a
    number ('on the quay', 'about 1915', 'in the 1920s'), not a name a slash may pair with
    another ('Leeds / Bradford', 'Smith / Jones')."""
    last = head.split()[-1]
    return last.islower() or YEAR_OR_NUMBER.fullmatch(last) is not None


def credit_after_bar(text: str) -> tuple[str, str] | None:
    """A caption whose sentence is closed, then a spaced bar and a credit in capitals, a lender's
    or an agency's: '... on Nov. 28. | KYODO', '... the classrooms. | COURTESY OF THE TOWN'
    -> the caption and the credit. A bar inside the sentence ('Fans | and players') or before
    words in lower case stays the caption's."""
    at = text.rfind(BAR)
    if at <= 0 or not text[:at].endswith(SENTENCE_ENDS):
        return None
    tail = text[at + len(BAR) :].strip()
    if not tail or len(tail) > MAX_CREDIT_LINE:
        return None
    if COURTESY.match(tail) is not None and len(tail.split()) <= MAX_COURTESY_WORDS:
        return text[:at], tail  # a lender's credit, in words of any case
    if (tail.isupper() and is_credit_like(tail)) or is_strong_credit(tail):
        return text[:at], tail
    return None


def element_credit(text: str) -> str | None:
    """A credit element's text as a credit: its labels gone and the stop that closed it, which
    is punctuation, not the holder's ('Photo by Jane Doe.' -> 'Jane Doe'; 'Acme Ltd.', 'Sam
    Hart Jr.' keep theirs, as the text rules' credits do)."""
    credit = clean_credit(text)
    return credit and without_final_stop(credit)


def caption_and_credit(caption, alt: str) -> tuple[str, str | None]:
    """Split a caption element: a marked credit element, else the text parser's credit rules."""
    credits = credit_elements(caption)
    if credits:
        text = element_text(caption, skip=set(credits))
        credit = element_credit(" ".join(element_text(c) for c in credits))
        return text.rstrip(CREDIT_SEPARATORS), credit
    text = element_text(caption)
    if not text:
        return "", None
    last = credit_line(caption)
    if last is not None:
        return element_text(caption, skip={last}), element_credit(element_text(last))
    shaped = shaped_credit(caption)
    if shaped is None:
        shaped = fine_print_credit(caption)
    if shaped is not None:
        head = element_text(caption, skip={shaped}).rstrip(CREDIT_SEPARATORS)
        return head, element_credit(element_text(shaped))
    head, credit = split_credit(alt, text)
    if not credit:
        found = sentence_then_credit(text) or credit_after_bar(text) or closing_holder(text)
        found = found or credit_after_slash(text) or credit_after_mark(text)
        found = found or name_after_break(caption)
        return found or (tidy(head), None)
    span = name_and_agency(caption, credit)
    if span is not None:
        return element_text(caption, skip={span}), element_text(span)
    return credit_split(head, credit)


def closing_holder(text: str) -> tuple[str, str] | None:
    """A caption in a script without capitals that closes with a short holder in parentheses,
    as Arabic captions credit their agency: '... نهارا (وكالة الساحل)' -> the caption and
    'وكالة الساحل'. With no capital to tell a name, the parentheses closing a caption are the
    mark; a place in the picture ('(يمين)', '（右）'), a year or a sentence in them is none. In
    a cased script, capitalised words after the closing stop (is_titled_source) are one too."""
    if not text.endswith((")", "）")):
        return None
    at = max(text.rfind("("), text.rfind("（"))
    inner, head = text[at + 1 : -1].strip(), text[:at].rstrip()
    if at <= 0 or not inner or len(inner) > MAX_CLOSING_HOLDER:
        return None
    if not (
        is_caseless(inner[0]) or is_titled_source(inner, head) or is_agency_acronym(inner, head)
    ):
        return None
    if len(inner.split()) > MAX_HOLDER_WORDS or NOT_A_HOLDER.search(inner):
        return None
    if POSITION_IN_PICTURE.fullmatch(inner) or not any(c.isalpha() for c in head):
        return None
    return head, inner


def is_titled_source(inner: str, head: str) -> bool:
    """Two or more capitalised words in parentheses after the caption's closing stop: its
    source, an office or a body rather than an agency: 'At the weir. (Tolland County)' (a name
    in parentheses inside the sentence is a gloss, 'in Hale (Wex County) on Friday', and stays)."""
    words = inner.split()
    if len(words) < 2 or not head.endswith(SENTENCE_ENDS[:3]):
        return False
    return all(word[0].isupper() for word in words)


# An agency's acronym: two to six capitals, nothing else ('SPA', 'KNA', 'WAM').
ACRONYM: Final = re.compile(r"[A-Z]{2,6}")
# A roman numeral in capitals, a part's or a king's number: '(II)', '(XIV)'.
ROMAN: Final = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
# What a caption's closing brackets say of the picture in capitals, no holder: where a person
# stands ('(LEFT)', POSITION), what it is ('(PHOTO)', PICTURE_NOUNS; '(AUDIO)', '(MAP)', '(AERIAL)',
# a medium or a view), when it was taken ('(THEN)', '(NOW)', '(BEFORE)'; an old picture's
# '(FILE)', as AP's '(AP Photo/Jane Doe, File)' notes it) or a desk's note on it ('(SEE)').
CAPTION_NOTES: Final = frozenset(
    {w.upper() for w in POSITION.split("|")}
    | {w.upper() for w in PICTURE_NOUNS}
    | {"VIDEO", "AUDIO", "GRAPHIC", "MAP", "CHART", "AERIAL", "DRONE", "DETAIL", "SOURCE"}
    | {"FILE", "ARCHIVE", "THEN", "NOW", "BEFORE", "AFTER", "TODAY", "LIVE", "NEW", "UPDATED"}
    | {"WATCH", "SEE", "PICTURED", "EXCLUSIVE"}
)


def caption_note(inner: str) -> bool:
    """A note in capitals (CAPTION_NOTES) or its plural: '(LEFT)', '(PHOTOS)', '(FILES)'."""
    return inner in CAPTION_NOTES or (inner.endswith("S") and inner[:-1] in CAPTION_NOTES)


def is_agency_acronym(inner: str, head: str) -> bool:
    """An agency's acronym alone in brackets after the caption's closing stop is its credit, as a
    wire's picture names its agency: 'Seedlings at the nursery. (KNA)' -> 'KNA'. A note in
    capitals ('(LEFT)', '(VIDEO)', '(PHOTOS)', caption_note), a roman numeral ('(II)'), a letter
    ('(R)') or an acronym inside the sentence ('talks at the (UN) summit', no stop before it) is
    none."""
    if not head.endswith(SENTENCE_ENDS[:3]) or ACRONYM.fullmatch(inner) is None:
        return False
    return not caption_note(inner) and ROMAN.fullmatch(inner) is None


def text_caption_and_credit(text: str, alt: str) -> tuple[str, str | None]:
    """A caption line with no markup to go by (a typed line under a picture), split by the text
    parser's credit rules: 'The wharf in 1964. Photo: Helm family collection'."""
    head, credit = split_credit(alt, text)
    return credit_split(head, credit) if credit else (text, None)


def credit_split(head: str, credit: str) -> tuple[str, str | None]:
    """The caption and credit the text rules split a line into, tidied."""
    # The separator before a labelled credit goes with it: 'At the opening. | Photo : X'.
    cleaned = clean_credit(credit)
    if cleaned is not None and WRITER.fullmatch(cleaned):
        return tidy(f"{head} {credit}"), None  # no holder named: the line stays the caption's
    return tidy(head).rstrip(CREDIT_SEPARATORS), cleaned and without_final_stop(cleaned)
