"""Page chrome out of the tree before the body is looked for: each rule names what it removes."""

from __future__ import annotations

import functools
import itertools
import re
from typing import Final

from api.parser.credits import LABEL as CREDIT_LINE_LABEL
from api.parser.heading_signoffs import SOCIAL_PLATFORM
from api.parser.html.bylines import is_stamp_piece
from api.parser.html.decks import (
    DECK_PROPS,
    MAX_DECK,
    headline_deck,
    is_marked_deck,
    part_names,
)
from api.parser.html.images import (
    CAPTION_MARKS,
    CODE_PICTURE,
    PLAYER_MARK,
    credit_label,
    is_author_credit,
    is_code_picture,
)
from api.parser.html.text import (
    CLASS_WORD_START,
    SKIPPED_TAGS,
    all_text,
    element_text,
    link_density,
    link_text_length,
    pieces,
    tidy,
)
from api.parser.html.text_chrome import AFFILIATE_STEMS, MAX_PROMO, head_box, is_affiliate_note
from api.parser.sentences import SENTENCE_ENDS

# Elements that are never article text.
NEVER_TEXT = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
        "form", "button", "input", "select", "textarea", "nav", "footer", "aside", "dialog",
        "link", "meta", "head", "video", "audio", "map", "menu", "rt", "rp",
    }
)  # fmt: skip
# Class or id words of chrome: share bars, newsletter boxes, related lists, comments, ads,
# bylines and datelines, pull quotes, embedded posts, polls ('bh__poll', not 'poll-results') and
# referral boxes, a charity's donate boxes, screen-reader-only labels, what is left out of the
# printed page ('noprint', 'hidden-print': a wiki's notices) and a publication date's box
# ('publishDate', 'pubdate'). A picture's module ('hs-image-widget', 'widget-image') is no
# sidebar widget: it holds the article's figure. Each word costs a little on every element:
# Mastodon's and Threads' embeds need none (an <iframe>; a blockquote of links only); Facebook's
# SDK marks its post's box and quoted copy ('fb-post', 'fb-xfbml-parse-ignore').
CHROME = re.compile(
    r"share|sharing|social|related|newsletter|subscri|signup|sign-up|comment|promo|sponsor"
    r"|byline|author|sidebar|(?<!image[-_])widget(?![-_]image)|breadcrumb|footer|navigation"
    r"|navbar|menu|masthead|recirc"
    r"|more-stories|read-?more|readnext|read-next|popular|trending|most-read|outbrain|taboola"
    r"|tag-?list|tags|disclaimer|toolbar|cookie|consent|modal|popup|dateline|timestamp"
    r"|pull-?quote|(?<!click-to-)tweet|ctt-btn|instagram|bluesky|fb-(?:post|video|xfbml)|referral|poll(?:$|\s)|donate"
    r"|sr-only|screen-reader|visually-hidden|skip-link|call-to-action|noprint|no-print"
    r"|hidden-print|publish-?date|pubdate"
    r"|(?:^|[\s_-])(?:ad|ads|advert\w*|dfp|banner|nav|date|rating|print|email|cta)(?:$|[\s_-])",
    re.IGNORECASE,
)
# CHROME without IGNORECASE, for ASCII words lower-cased first (chrome_search): the same
# matches at the same places, while an ignore-case match lower-cases each character it compares
# with each of the words' first letters. The pattern holds no capital letter to lose.
CHROME_LOWER = re.compile(CHROME.pattern)
PICTURE_BLOCK = re.compile(r"widget[-_]image|image[-_]widget|featured[-_]image", re.IGNORECASE)
# What a picture's own class says it does when clicked, naming the picture itself: open in a
# box ('td-modal-image') or be shared ('img-share', 'shareable-image', an article picture with
# a share overlay). A share button's own icon is no photo by its size or file name (is_photo).
OPENER = re.compile(r"modal|popup|share", re.IGNORECASE)
HEAD_TAGS = ("h2", "h3", "h4", "h5", "h6")
EMBED_TAGS = frozenset({"iframe", "video", "audio", "embed", "object"})  # a player's frame
# A frame's own box and the line in it: '<div><iframe></iframe><p>Watch: ..</p></div>'
EMBED_BOXES: Final = frozenset({"div", "figure", "section"})
EMBED_LINES: Final = frozenset({"p", "span", "div", "figcaption", "small", "em"})
MAX_EMBED_LINE: Final = 200  # characters: a caption or a post's line, not a paragraph
MAX_PLAYER_LABEL: Final = 60  # characters: a player's title, not a line of text
# What a player's label holds none of: it is one plain line alone in its <div>, no block, no
# bold head, no link, no picture.
LABEL_NONE: Final = frozenset(
    {"p", "div", "ul", "ol", "table", "figure", "b", "strong", "a", "img"}
)
MAX_LABEL_NODES = 3  # elements inside a label's <div>: a <span> or two
MAX_EMBED_BOX_EXTRA = 40  # characters of a player's box besides its caption: a button, a label
# An embedded post's sign line under its text, whatever network's: the network named last or
# the author's handle in brackets ('— Acme on LinkedIn', '— Kim Lee (@kimlee) May 2, 2026').
POST_SIGN: Final = re.compile(rf"\bon {SOCIAL_PLATFORM}\.?$|\(@[\w.]+\)")
# A network's own address, which a post's sign line links to ('Posted by <a href=
# "https://www.facebook.com/acme">Acme</a>').
POST_HOST: Final = re.compile(
    r"https?://(?:[\w-]+\.)*(?:twitter|x|instagram|facebook|linkedin|tiktok|threads|bsky"
    r"|mastodon\.social)\.(?:com|net|app|social)\b",
    re.IGNORECASE,
)
MAX_POST_SIGN: Final = 160  # characters: a name, a handle and a date, not a paragraph
POST_TEXT_TAGS: Final = frozenset({"p", "div"})  # the post's own text in its blockquote
# Class words of text for screen readers only, drawn nowhere on the page.
SCREEN_READER = re.compile(r"sr-only|screen-reader|visually-hidden", re.IGNORECASE)
# Words of a wrapper that holds the article: never removed for a chrome word it also has.
ARTICLE_WORDS = re.compile(r"article|story|entry-content|post-content|main-content|body", re.I)
# An article word opening a camelCase component's name ('ArticleBylines_root__x',
# 'StoryTimestamp'), as CSS modules name a part of the article's template: it says where the
# part sits, the word after it what the part is; alone ('ArticleBody', 'article') it stays.
ARTICLE_QUALIFIER: Final = re.compile(r"(?<![A-Za-z])(?:Article|Story|Post|Entry)(?=[A-Z][a-z])")
# The same for ASCII words already lower-cased (chrome_reading), as CHROME_LOWER is CHROME's.
ARTICLE_WORDS_LOWER = re.compile(ARTICLE_WORDS.pattern)
SUMMARY_MARK = re.compile(CLASS_WORD_START + r"summary(?:$|[\s_-])", re.IGNORECASE)
# A title naming a box of the story's points, the whole title: 'Key Points', 'Top Points',
# 'What to know', 'Quick Summary', 'Quick take', 'The Brief', 'The gist', 'In a nutshell'.
SUMMARY_TITLE: Final = re.compile(
    r"(?:the )?(?:key|main|top) (?:points|takeaways|facts|highlights|updates|developments)"
    r"|(?:quick )?takeaways|in summary"
    r"|(?:the )?quick take"
    r"|what (?:you need )?to know|need to know|the big picture|at a glance|(?:in|the) brief"
    r"|the gist|in a nutshell|(?:quick|fast) facts|in short"
    r"|the essentials|the short version|(?:story )?highlights|(?:quick |short )?summary|tl;?dr",
    re.IGNORECASE,
)
# A line ending a sentence, or a bracket closing one: a summary line ending so is a paragraph.
SENTENCE_MARKS = tuple(SENTENCE_ENDS)
SENTENCE_OR_BRACKET_ENDS = (*SENTENCE_MARKS, ")")
FIRST_PARAGRAPH = 80  # characters of a <p> that starts the article text: decks stand above it
# A footnote mark: '1', '[12]', '*', 'a', or a back-link arrow ('↩', '↑', '^'); a head's
# permalink to itself has the same shape ('<a href="#why">#</a>', '¶', '§').
NOTE_MARK = re.compile(r"^\[?(?:\d{1,3}|[a-z*†‡#¶§]|[↩↑^⤴]\ufe0e?)\]?$")
NOTE_TAGS = ("sup", "a")
CAPTION_CONTROL = re.compile(
    r"(?:(?:toggle|hide|show|expand|collapse) (?:the )?caption|enlarge (?:this )?image)$",
    re.IGNORECASE,
)
# A caption's link to buy or license the picture: 'Purchase Licensing Rights', 'Buy this
# photo', 'Order a reprint' (a hidden ', opens new tab' may follow).
LICENSING_ACTION: Final = re.compile(
    r"(?:(?:purchase|buy|order|request|get) (?:a |this |the )?(?:licen[cs]ing rights|licen[cs]e"
    r"|reprints?|photo|print|image|picture)s?|licen[cs]e this (?:photo|image|picture)"
    r"|reprints?(?: (?:&|and) permissions)?)(?:$|[,(\s])",
    re.IGNORECASE,
)
MAX_LICENSING_LINK: Final = 60  # 'Purchase Licensing Rights, opens new tab'
# A media player's running time, a line of its own: '6:42', '1:02:15'.
PLAYER_DURATION: Final = re.compile(r"\d{1,2}(?::[0-5]\d){1,2}")
MAX_PLAYER_BOX: Final = 160  # characters of a player's box: a button, a title, a running time
# A video's running time closing its title or caption: 'Watch: How the dam was built (1:42)'.
CLOSING_RUNNING_TIME: Final = re.compile(r"\(\d{1,2}(?::[0-5]\d){1,2}\)$")
MAX_VIDEO_BOX: Final = 320  # characters of a video's box: a title, a caption, a running time
# A box its class names a sound player's ('audio-embed', 'podcast-player'): with the player in
# it and a line's text, its title, a lead-in and a running time are the player's, none the text's.
AUDIO_BOX: Final = re.compile(r"audio|podcast", re.IGNORECASE)
# A short line pointing the reader to the player right after it: 'Listen to the audio below:',
# 'Watch the clip:'. It ends with a colon and names what is played.
PLAYER_LEAD_IN: Final = re.compile(
    r"\b(?:listen|watch|hear|audio|video|clip|podcast)\b[^.!?]*:$", re.IGNORECASE
)
MAX_PLAYER_LEAD_IN: Final = 80  # characters: a line, not a paragraph ending in a colon
LINK_MARKER = re.compile(r"\s*\[\d{1,3}\]\s*$")  # a print view's '[1]' after a link
REFERENCES_MARK = re.compile(CLASS_WORD_START + r"references(?:$|[\s_-])", re.IGNORECASE)
# A picture link's line of file facts, as a forum draws it on the picture: its file name, its
# size in pixels and in bytes ('bridge.jpeg 2048×1365 412 KB'), no caption.
FILE_FACTS = re.compile(
    r"(?:[\w.-]+\.(?:jpe?g|png|gif|webp|avif|heic|tiff?)\s*)?(?:\d+\s*[×x]\s*\d+\s*)?"
    r"\d[\d.,]*\s*[KMG]i?B",
    re.IGNORECASE,
)
# Hidden inline; Word's list marks ('·', '1.') too, drawn by its numbering ('mso-list:Ignore'),
# which the list paragraph's own style says.
HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|mso-list\s*:\s*ignore", re.IGNORECASE
)
CARD_TAGS = ("span", "em", "i", "b", "strong")
KEEP_SHARE = 0.4
MIN_CARD_TITLE_WORDS: Final = 4  # words of a story's title in a card's one link
MAX_TEASER = 300  # characters of a promo card: a title and a line or two
# The labels of an event listing's lines ('When: Saturday, 5.30pm'): a box of practical details
# set beside the story ('If you go'), no part of its text.
LISTING_LABELS = frozenset(
    {"what", "when", "where", "date", "dates", "time", "times", "venue", "location", "cost",
     "price", "prices", "tickets", "admission", "entry", "address", "hours", "booking"}
)  # fmt: skip
# A callout box (Ghost's 'kg-callout-card', a theme's 'callout') and a link to a listing of
# posts (a tag, series, category or topic page): a note pointing to the rest of a series.
LISTING_PATH = re.compile(r"/(?:tags?|series|categor(?:y|ies)|topics?|collections?)/", re.I)
MAX_SERIES_NOTE = 300  # characters: a line or two about the series, not a section of the text
MIN_LISTING_LINES = 3
MAX_LISTING_VALUE = 80  # characters after a label: a time or place, not a sentence
MAX_LISTING_EXTRA = 120  # characters of a listing box besides its lines: a title, a link
LISTING_BOX_DEPTH = 3  # ancestors of a listing looked at for its box
# A line telling the reader to scan a code with their phone, opening the line: 'Scan the QR
# code on your mobile device for all the latest news'. Beside the code's picture in a small
# box, the box is the publisher's promo for its app or channel, its title and follow call too.
SCAN_CALL: Final = re.compile(r"scan (?:the|this|our) (?:qr[ -]?)?code\b", re.IGNORECASE)
MAX_SCAN_PROMO: Final = 400  # characters: a title, a call or two, not a section of the text
# Where a promo's box is no longer looked for: the page's frames, a story's figure or item.
SCAN_PROMO_STOPS: Final = frozenset({"body", "main", "article", "figure", "li"})
# A sponsor's line ('Sponsored by Quayside Motors'): the box it stands in beside a title and a
# name or two (a 'Man of the match' award, a sponsored vote or quiz) is an advertiser's, not the
# article's.
# Looked for among the <p>s while their text is measured (text_lengths): a sponsor's line in a
# <div> or <span> of its own is not looked at, so that other elements pay nothing for the rule.
SPONSOR_LINE = re.compile(
    r"\s*(?:sponsored by|supported by|in association with|in partnership with|brought to you by"
    r"|presented by|powered by)\b",
    re.IGNORECASE,
)
MAX_SPONSOR_LINE = 80  # characters: a name, not a sentence about a sponsorship
MAX_TAGLINE = 300  # characters: an address to write to and a line about the column
# The words a call to readers opens with: 'Send your questions', 'Write to', 'Join our forums'.
TAGLINE_CALLS = frozenset(
    {"send", "write", "email", "e-mail", "mail", "submit", "contact", "join", "ask", "questions",
     "got", "have", "share", "tell"}
)  # fmt: skip
# A paragraph's class naming it the page's tip-off line ('tip-off', 'tip-line', 'news-tips',
# 'tipsBox'): the template's mark for a call to send the newsroom tips, whatever its opening
# words ('Do you farm with ...? Contact X on Signal or at tips@x.example'). Not a bare 'tip'
# (a recipe's or a guide's advice, 'tooltip').
TIP_MARK: Final = re.compile(
    CLASS_WORD_START + r"(?:tips?[-_]?(?:off|line|box)|news[-_]?tips?|tips)(?:$|[\s_-])",
    re.IGNORECASE,
)
# A box holding a video or a gallery of pictures (a player's box: images.PLAYER_MARK), and its
# title's mark ('video-title').
MEDIA_BOX: Final = re.compile(r"video|gallery|slideshow|carousel", re.IGNORECASE)
# (no camelCase word here: a player's 'leadMediaTitle' may be the title the text shows)
TITLE_MARK: Final = re.compile(r"(?:^|[\s_-])title(?:$|[\s_-])", re.IGNORECASE)
MAX_MEDIA_TITLE: Final = 150  # characters: a title's line, not a paragraph
MAX_POSTERS: Final = 2  # pictures before a player's title: a poster, its placeholder
TAGLINE_TYPES: Final = ("em", "i", "b", "strong")  # the type a tagline is set apart in
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
MAX_SPONSOR_BOX = 300  # characters of the box: a title, a name or two and the sponsor's line
# A counter's box ('pw-responses-count', 'like-count') holding only its number ('38', '1.2K'):
# a story's claps, likes or responses, no part of its text. A number inside a head or a list
# item stays (a listicle's '1.' may sit in a 'counter' span).
COUNTER_MARK = re.compile(CLASS_WORD_START + r"count(?:s|er)?(?:$|[\s_-])", re.IGNORECASE)
COUNT = re.compile(r"\d[\d,.]*\s*[KkMm]?|\d+\s*(?:of|/)\s*\d+")  # '38', '1.2K', a slide's '1 of 3'
COUNTED_TAGS = frozenset({*HEAD_TAGS, "h1", "li"})
# A caption's box: a byline or author word inside it names the picture's credit ('tnt-byline'
# beside the caption text), which the caption's split needs.
CAPTION_BOX = re.compile(r"caption|legend|cutline", re.IGNORECASE)
BYLINE = re.compile(r"byline|author", re.IGNORECASE)
CAPTION_DEPTH = 4  # ancestors of a byline looked at for a caption's box
PICTURE_BOX_PARTS = 8  # children of a picture's box: the picture, its caption, its credit, ...
# A link to the page that sells or asks for support ('/subscribe/', '/abonnement', '/donate',
# '/contribute'): the small box it stands in ('Support local journalism ... Subscribe now',
# 'This article is offered to you by ... See our offers') is the publisher's appeal, no part of
# the article.
APPEAL_PATH = re.compile(
    r"^(?:https?://[^/]+)?/(?:subscri\w*|abonn\w*|abo|donat\w*|contribut\w*|membership|join"
    r"|support-us|offers?)(?:[/?#.]|$)",
    re.IGNORECASE,
)
# A call asking the reader for money or membership, the link's whole text opening with the ask
# and a few words after it: 'Make a contribution', 'Donate now', 'Support our journalism',
# 'Subscribe', 'Become a member', 'Chip in today', 'Join them today', 'Give monthly'.
SUPPORT_CALL: Final = re.compile(
    r"(?:please )?(?:make a (?:[\w-]+ )?(?:contribution|donation|gift|pledge)|contribute|donate"
    r"|give|support|subscribe|pledge|chip in|join|back|fund"
    r"|become a (?:[\w-]+ )?(?:member|supporter|subscriber|patron|donor|friend))\b.{0,30}",
    re.IGNORECASE,
)
# A call that asks nothing though it opens so: 'Back to top', 'Give feedback'.
NO_ASK: Final = re.compile(r"back to\b|give (?:us )?feedback", re.IGNORECASE)
# What a publication's own appeal speaks of, in its pitch or its call: the readers who pay,
# the journalism they pay for, its being free to read ('.. is free to read because readers
# chip in'), or what paying opens to the reader, a paid tier's teaser ('This is a Pro article
# preview. Subscribe to X Pro for full access', 'X Pro Unlock stock ideas'). A charity's
# appeal in the story ('The food bank takes donations.') names none.
SUPPORT_PITCH: Final = re.compile(
    r"\b(?:readers?|supporters?|journalism|journalists|newsroom|reporting|free to read"
    r"|paywall|support us|our (?:work|mission)"
    r"|unlock|full access|(?:article|story) preview|subscribe to|subscribers? only)\b",
    re.IGNORECASE,
)
# Quotation marks: a quoted ask for support ('"Please chip in," she said.') is the story's.
QUOTE_MARKS: Final = re.compile(r"[\"“”„«»]")
# The end of what comes before a call that stands as a sentence of its own in a paragraph
# ('.. free to read. Make a contribution'); 'Readers can donate now' holds it in its clause.
CALL_AFTER: Final = ".!?:…—–|"
# A price as a shop prints it: '$449', '£29.99', 'US$1,299', '€ 35', 'Rs 4,999', '₹999'.
PRICE: Final = r"(?:[A-Z]{0,3}[$£€¥₹]|Rs\.?) ?\d[\d,]*(?:\.\d\d)?"
# A shop's call ending a product card, the link's whole text: 'View now', 'Buy now', 'See
# price', 'Check availability', 'See it at Tessmart', '$449 at Tessmart' (the shop after 'at'
# in a name's few words).
SHOP_CALL: Final = re.compile(
    r"(?:(?:buy|shop|view|see|get|check)(?: it| one| this| deal)? (?:now|here|today)"
    r"|(?:see|view|check|compare|get) (?:the |this )?(?:deals?|prices?|offers?|details"
    r"|availability)"
    rf"|(?:(?:buy|shop|see|view|get)(?: it)?|check price|see price|{PRICE}) (?:at|on|from)"
    r" \S+(?: \S+){0,3})",
    re.IGNORECASE,
)
# A product card's price line, the element's whole text: '$449 at Tessmart', 'From £29.99',
# 'Price: €35'.
PRICE_LINE: Final = re.compile(
    rf"(?:(?:price|from|now|only|was)\s*:?\s*)?{PRICE}(?: (?:at|on|from|via) [^.!?]{{1,40}})?",
    re.IGNORECASE,
)
META_MARK = re.compile(r"(?:^|[\s_-])meta(?:$|[\s_-])")  # 'post-meta', 'crawler-post-meta'
MAX_META_LINE = 120  # characters: a name, a date, a count; not a paragraph
# A call to sign up closing a newsletter's box, a link's or a button's whole text: 'Sign up',
# 'Subscribe now', 'Sign me up'. The box is one by its text or its form (holds_sign_up).
SIGN_UP_CALL: Final = re.compile(
    r"(?:sign (?:me )?up|subscribe|register|join|get (?:it|the newsletter)|send (?:it to )?me)"
    r"(?: now| today| for free| free| here)?",
    re.IGNORECASE,
)
# What a newsletter's pitch names, beside its call: 'Get the day's news in your inbox.'
SIGN_UP_WORDS: Final = re.compile(r"\bnewsletters?\b|\binbox(?:es)?\b", re.IGNORECASE)
# The fields a sign-up form asks for an address in ('<input type="email">'), not a search box's.
ADDRESS_FIELDS: Final = frozenset({"email", "text", ""})
MAX_APPEAL_LINK = 40  # characters of the link: a call ('Subscribe now'), not a sentence
MAX_APPEAL_BOX = 200  # characters of the box: a title, a line and the call
# characters of a box a head of its own opens: a title, an appeal's paragraph and the call
# ('<div><h4>Readers like you keep us free</h4><p>...</p><a href="/contribute">Learn more</a>')
MAX_TITLED_APPEAL_BOX: Final = 600
MAX_APPEAL_PARTS: Final = 4  # elements of such a box: the head, a paragraph or two, the call
# A line asking the reader not to miss the publication's stories, over a call to follow it:
# 'Don't want to miss the best from Acme Daily?', 'Never miss a story from Acme News!'
# ('Don't miss the parade on Saturday.' names no stories of a publication).
MISS_PITCH: Final = re.compile(
    r"(?:Don['’]t|Do not|Never)(?: want to)? miss(?: out on)?"
    r" (?:a story|a thing|anything|an update|a beat|the (?:best|latest)(?: stories| news)?)"
    r" (?:from|of|on|by) (?:the )?[A-Z][^.?!]{0,60}[?!.]?"
)
# A head's edit link ('[edit]', '[edit source]' in a wiki's section heads): the page's tool.
EDIT_MARK = re.compile(r"^\[\s*\w+(?:\s\w+)?\s*\]$")
PICTURE_FILES = (
    ".jpg",
    ".jpeg",
    ".png",
    ".gif",
    ".webp",
)  # a chrome-named element holding this share of the page's text is kept


def marks(element) -> str:
    """The words an element is styled by: its class and id, joined: 'story share-bar s1'."""
    return f"{element.get('class') or ''} {element.get('id') or ''}".strip()


def is_hidden(element) -> bool:
    """Hidden from readers: the hidden attribute, aria-hidden, or display:none inline."""
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")  # most elements have none: no search for them
    return style is not None and HIDDEN_STYLE.search(style) is not None


def is_shown_twin(element) -> bool:
    """An aria-hidden text beside a screen-reader-only copy of it: one text drawn for the eye
    and spelled for screen readers (a drop cap, '<span aria-hidden>T</span><span
    class="visually-hidden">T</span>he'). The drawn one stays, so the text is read once."""
    if element.get("aria-hidden") != "true" or element.get("hidden") is not None:
        return False
    if HIDDEN_STYLE.search(element.get("style") or ""):
        return False
    text = all_text(element)
    if not text:
        return False
    for twin in (element.getnext(), element.getprevious()):
        if twin is None or not isinstance(twin.tag, str) or not SCREEN_READER.search(marks(twin)):
            continue
        if all_text(twin) == text:
            return True
    return False


def is_chrome(element, words: str) -> bool:
    """Named like page chrome and not like the article: class='share-bar' but not 'story'
    (`words`: the element's marks)."""
    if not words or not chrome_words(words):
        return False
    if element.tag == "img" and not chrome_words(OPENER.sub(" ", words)):
        return False  # a picture named for what it does ('td-modal-image', 'img-share')
    return not is_anchored_head(element)


def is_picture_block(words: str) -> bool:
    """A site builder's picture block ('elementor-widget elementor-widget-image'): every other
    class word of it names the builder's blocks ('widget'), none other chrome."""
    if not PICTURE_BLOCK.search(words):
        return False
    return not chrome_words(" ".join(w for w in words.split() if BUILDER_WORD not in w))


def is_anchored_head(element) -> bool:
    """A head whose id is made of its own words (an anchor to link to: <h2
    id="how-the-money-will-be-shared">), with no chrome word in its class: the id tells what
    the section is about ('shared'), not that the head is chrome."""
    if element.tag not in HEAD_TAGS or chrome_words(element.get("class") or ""):
        return False
    slug = "-".join(re.findall(r"\w+", all_text(element).casefold()))
    return bool(slug) and slug in (element.get("id") or "").casefold()


NOT_CHROME, CHROME_NAMED, ARTICLE_NAMED = 0, 1, 2  # chrome_verdict's answers
# The chrome word a site builder names every block by, the post's content box too (Elementor's
# 'elementor-widget'): inside that box it names blocks, not sidebar widgets.
BUILDER_WORD = "widget"


@functools.lru_cache(maxsize=4096)
def chrome_words(words: str) -> bool:
    """Whether class and id words name chrome (pages repeat the same few, hence the cache)."""
    return chrome_verdict(words) == CHROME_NAMED


@functools.lru_cache(maxsize=4096)
def chrome_verdict(words: str) -> int:
    """NOT_CHROME for class and id words with no chrome word, CHROME_NAMED for chrome's,
    ARTICLE_NAMED for a chrome word outweighed by an article word ('widget-post-content')."""
    if not words.islower():
        words = ARTICLE_QUALIFIER.sub("", words)  # 'ArticleBylines_root' names a byline
    words, pattern = chrome_reading(words)
    if not pattern.search(words):
        return NOT_CHROME
    article = ARTICLE_WORDS_LOWER if pattern is CHROME_LOWER else ARTICLE_WORDS
    return ARTICLE_NAMED if article.search(pattern.sub(" ", words)) else CHROME_NAMED


def chrome_reading(words: str) -> tuple[str, re.Pattern]:
    """Class and id words with the chrome pattern to read them by: ASCII words lower-cased
    with CHROME_LOWER (the same matches, cheaper), others as they are with CHROME (an
    ignore-case match also takes a few non-ASCII letters, the Kelvin sign for 'k')."""
    if words.isascii():
        return words.lower(), CHROME_LOWER
    return words, CHROME


def text_lengths(root, sponsor_lines: list | None = None, notes: list | None = None) -> dict:
    """Characters of <p> text under every element, in one pass: {element: 1234}. The <p>s short
    enough to be a sponsor's line and starting like one are added to `sponsor_lines` on the
    way, and a column's contact taglines and a shop's affiliate disclosures ('We may earn a
    commission when you buy through our links.') to `notes`, their text being read here
    anyway: gone before the decks are looked for, a disclosure stands between a deck and the
    text as no paragraph of it."""
    lengths: dict = {}
    for p in root.iter("p"):
        words = "".join(p.itertext()).split()
        joined = "".join(words)
        size = len(joined)
        if sponsor_lines is not None and size <= MAX_TAGLINE:
            if size <= MAX_SPONSOR_LINE and SPONSOR_LINE.match(" ".join(words)):
                sponsor_lines.append(p)
            elif notes is not None and "@" in joined and is_contact_tagline(p, words):
                notes.append(p)
        if notes is not None and any(stem in joined for stem in AFFILIATE_STEMS):
            if is_affiliate_note(" ".join(words)):  # (the substrings first: few lines hold them)
                notes.append(p)
        for element in (p, *p.iterancestors()):
            lengths[element] = lengths.get(element, 0) + size
    return lengths


MAX_VOTE_PROMPT = 80  # characters: a question to the reader, not a paragraph


def vote_box(button):
    """The box of a reader's vote: a short question beside two or more buttons, its answers
    ('<div><span>How did you find this story?</span> <button>Liked it</button>
    <button>Did not</button></div>'), looked at from its first button; else None."""
    box = button.getparent()
    if box is None:
        return None
    # back to the previous button only (each gap walked once), so a box of many buttons is
    # read once, from its first
    if any(e.tag == "button" for e in button.itersiblings(preceding=True)):
        return None
    if sum(1 for child in box if child.tag == "button") < 2:
        return None
    pieces = [box.text or ""]
    for child in box:
        if child.tag != "button":
            pieces.append("".join(child.itertext()))
        pieces.append(child.tail or "")
    question = tidy("".join(pieces))
    return box if question.endswith("?") and len(question) <= MAX_VOTE_PROMPT else None


def drop(element) -> None:
    """Remove an element, keeping its tail text in place."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def card_like(element) -> bool:
    """An inline box with a picture and several links, mostly link text."""
    return (
        element.tag in CARD_TAGS
        and element.find(".//img") is not None
        and len(element.findall(".//a")) >= 2
        and link_density(element) > 0.7
    )


def is_inline_card(element) -> bool:
    """A pop-up card inside a sentence (the innermost card-like box in a <p>): its links go."""
    return (
        card_like(element)
        and any(a.tag == "p" for a in element.iterancestors())
        and not any(card_like(d) for d in element.iterdescendants(*CARD_TAGS))
    )


def is_teaser(element) -> bool:
    """A promo card: a picture, a link to a page (not to the picture) and a short text."""
    link = element.find(".//a[@href]")
    if link is None or element.find(".//img") is None:
        return False
    target = (link.get("href") or "").lower().split("?")[0]
    text = all_text(element)
    return not target.endswith(PICTURE_FILES) and len(text) < MAX_TEASER


def story_cards(root) -> list:
    """The boxes of a single card to another story standing in the text: a picture linking to
    a page and the story's title linking to the same page ('<div><a href="/egrets"><img></a>
    <h3>Environment</h3><p><a href="/egrets">Egrets now nest on every river</a></p></div>')."""
    found: list = []
    judged: set = set()  # boxes that are no card: a gallery's pictures each reach it once
    for img in root.iter("img"):
        link = next((a for a in itertools.islice(img.iterancestors(), 2) if a.tag == "a"), None)
        if link is not None and (box := story_card(link, judged)) is not None:
            found.append(box)
    return found


def story_card(link, judged: set):
    """The outermost of a picture link's few nearest ancestors that is a card to the page it
    links to (every link there goes to that page, one picture, a short text mostly that of the
    links: the title), else None. A picture linking to itself, to a bigger file or to its
    place in the page, or a caption's text beside the link, makes no card. A link with no
    address (the page's script follows it) is one when it holds the story's title with its
    picture: '<div><span>Also read</span><a><img>How a baker found her first customers</a>'."""
    href = link.get("href")
    titled: bool | None = None  # whether the link holds a title, read at the first box of one
    if href is None:
        if not is_titled_link(link):
            return None
        titled = True
    elif not href or href.startswith("#") or href.lower().split("?")[0].endswith(PICTURE_FILES):
        return None
    box = None
    for ancestor in itertools.islice(link.iterancestors(), LISTING_BOX_DEPTH):
        if ancestor in judged or not may_be_card(ancestor, href):
            judged.add(ancestor)
            break
        text = all_text(ancestor)
        # the title's own link beside the picture's ('<a><img><span>video</span></a>' alone is
        # a player's poster)
        links = sum(1 for _ in ancestor.iter("a"))
        if links == 1 and titled is None:
            titled = is_titled_link(link)
        if not (links > 1 or titled) or not text:
            continue
        linked = 2 * link_text_length(ancestor)
        # (a card's date lines are read only where its links alone fall short of its text)
        if linked >= len(text) or linked >= len(text) - dated_lines_length(ancestor):
            box = ancestor
    return box


def dated_lines_length(box) -> int:
    """The characters of a card's date lines, its own children's that are only a date with its
    label (bylines.is_stamp_piece): 'This content was published on Oct 1, 2026' under a card's
    title is no text of its own, as its title's link is the card's ('<div><a href="/x"><img>
    Glaciers lost record ice</a><span>Published Oct 1, 2026</span></div>')."""
    return sum(
        len(line)
        for child in box
        if isinstance(child.tag, str)
        and child.find(".//a") is None
        and is_stamp_piece(line := tidy(all_text(child)))
    )


def is_titled_link(link) -> bool:
    """A picture's link that holds a story's title as well, one link for the whole card
    (Ghost's bookmark card: '<a href="/rents"><div>Why shop rents doubled</div><img></a>');
    a word or two beside the picture ('video') is a player's label."""
    return len(all_text(link).split()) >= MIN_CARD_TITLE_WORDS


def may_be_card(box, href: str | None) -> bool:
    """A box that may be a card to `href`: a short text (read only so far: the article's box is
    no card), one picture (looked for up to the second), no <h1> (the article's header links its
    picture and title to itself), every link to `href`."""
    if box.tag in ("body", "main", "article", "p") or text_size(box, MAX_TEASER) >= MAX_TEASER:
        return False
    if next(itertools.islice(box.iter("img"), 1, None), None) is not None:
        return False
    return box.find(".//h1") is None and all(a.get("href") == href for a in box.iter("a"))


def is_teaser_grid(element) -> bool:
    """Cards to other articles: three or more children styled alike, each a promo card."""
    children = [c for c in element if isinstance(c.tag, str) and c.get("class")]
    if len(children) < 3:
        return False
    first = children[0].get("class")
    alike = [c for c in children if c.get("class") == first]
    return len(alike) >= 3 and all(is_teaser(c) for c in alike)


def listing_label(item) -> str | None:
    """A list item's bold label, 'when' for '<li><b>When:</b> Saturday</li>', when its value is
    short; else None."""
    first = item[0] if len(item) else None
    if tidy(item.text) or first is None or first.tag not in ("b", "strong"):
        return None
    label = tidy("".join(first.itertext()) + (first.tail or "")[:1])
    value = all_text(item)[len(label) :]
    if not label.endswith(":") or len(value) > MAX_LISTING_VALUE:
        return None
    return label[:-1].strip().casefold()


def is_event_listing(element) -> bool:
    """A list of an event's practical details, each line a bold label and a short value, at
    least two of them labels of such a listing: what, when, where, cost, tickets..."""
    items = [c for c in element if c.tag == "li"]
    if len(items) < MIN_LISTING_LINES:
        return False
    labels = [listing_label(item) for item in items]
    if any(label is None for label in labels):
        return False
    return len(LISTING_LABELS.intersection(labels)) >= 2


def is_facts_list(element) -> bool:
    """A description list of short facts, each term's value a name, number or phrase and not a
    sentence ('Toss: Ashcombe, elected to bat', 'Umpires: ...'): a box of details set beside
    the story, as an event listing is. A glossary's values read as sentences."""
    values = [all_text(c) for c in element if c.tag == "dd"]
    if len(values) < MIN_LISTING_LINES:
        return False
    return all(len(v) <= MAX_LISTING_VALUE and not v.endswith(SENTENCE_MARKS) for v in values)


def listing_box(element):
    """The box an event listing stands in with its title and links (the outermost of its few
    nearest ancestors holding little text besides the list's), else the list itself."""
    limit = text_size(element) + MAX_LISTING_EXTRA
    box = element
    for ancestor in list(element.iterancestors())[:LISTING_BOX_DEPTH]:
        if ancestor.tag in ("body", "main", "article") or text_size(ancestor, limit) > limit:
            break
        box = ancestor
    return box


def text_size(element, limit: int | None = None) -> int:
    """Characters of text under an element, not counting spaces; counting stops past `limit`
    (a big box is only read that far)."""
    size = 0
    for piece in element.itertext():
        size += len("".join(piece.split()))
        if limit is not None and size > limit:
            break
    return size


def is_note_link(element) -> bool:
    """A footnote's reference mark or back-link: a link within the page whose text is only a
    number or symbol ('<sup><a href="#fn-1">1</a></sup>', '<a href="#ref-1">↩</a>')."""
    if element.tag == "sup":
        link = element.find("a")
        if link is None:
            return is_link_marker(element)
        return is_note_link(link) and not tidy(element.text)
    if element.tag != "a" or not (element.get("href") or "").startswith("#"):
        return False
    return bool(NOTE_MARK.match(all_text(element)))


def is_link_marker(sup) -> bool:
    """A print view's mark after a link, numbering it in a list of the page's addresses:
    '<a href="...">the authority</a> <sup>[1]</sup>'. Brackets and the link just before are
    asked for: a bare '<sup>2</sup>' is an exponent or a footnote of the text."""
    if len(sup) or not LINK_MARKER.match(sup.text or ""):
        return False
    before = sup.getprevious()
    return before is not None and before.tag == "a" and not tidy(before.tail)


def is_caption_control(element) -> bool:
    """A picture's button named for its caption ('<b class="toggle-caption">hide caption</b>',
    'Enlarge this image'): neither the caption nor a line of the text."""
    return bool(CAPTION_CONTROL.match(tidy(all_text(element))))


def is_licensing_link(link) -> bool:
    """A caption's link to license or buy the picture ('<figcaption>... HALYARD/Jane Doe <a>
    Purchase Licensing Rights</a>'): chrome, neither the caption nor its credit."""
    text = tidy(all_text(link))
    if len(text) > MAX_LICENSING_LINK or not LICENSING_ACTION.match(text):
        return False
    return is_caption_credit(link)


def player_box(element) -> list:
    """A player's box without a picture that shows a running time, and the caption right after
    it ('<div class="audioPlayer"><button>Play</button><span>Up North: ...</span><span>6:42
    </span></div><p class="media-caption">...</p>'): the player's own lines, none of the text."""
    if element.find(".//img") is not None or text_size(element, MAX_PLAYER_BOX) >= MAX_PLAYER_BOX:
        return []
    if not any(PLAYER_DURATION.fullmatch(tidy(e.text)) for e in element.iter() if e.text):
        return []
    found = [element]
    after = element.getnext()
    if after is not None and CAPTION_BOX.search(marks(after)) and after.find(".//img") is None:
        found.append(after)
    return found


def is_video_box(element, classes: str) -> bool:
    """A small box its class names a video's, holding the poster or the player, that shows
    the video's running time, a line of its own or closing a line: '<div class="c-video"><img>
    <span class="c-video__title">..</span><span>2:14</span><p>..</p></div>', '<div
    class="video-embed"><img><p>Watch: .. (1:42)</p></div>': the player's title, time and
    caption, none of the text. A box named for its media ('media-block') is one holding a
    player, not a picture (a photo's box may print a clock): '<div class="media-block"><div>
    <video></video></div><p class="media-block__title">..</p><span>02:31</span></div>'. The
    remove pass asks only for a class holding 'ideo' or 'edia'."""
    if text_size(element, MAX_VIDEO_BOX) > MAX_VIDEO_BOX:
        return False
    posters = "ideo" in classes  # a video's box may show its poster for the player
    if not any(e.tag in EMBED_TAGS or (posters and e.tag == "img") for e in element.iter()):
        return False
    for piece in element.itertext():
        line = tidy(piece)
        if PLAYER_DURATION.fullmatch(line) or CLOSING_RUNNING_TIME.search(line):
            return True
    return False


def is_audio_box(element, classes: str) -> bool:
    """A small box named a sound player's, holding the player, its text a line or two: '<div
    class="audio-embed"><p>Listen back: ...</p><audio></audio><span>06:42</span></div>'. A
    paragraph about a podcast has no player in its box."""
    if not AUDIO_BOX.search(classes) or text_size(element, MAX_PLAYER_BOX) > MAX_PLAYER_BOX:
        return False
    return any(e.tag in EMBED_TAGS for e in element.iter())


def is_player_lead_in(p) -> bool:
    """A short line ending with a colon that names what is played, right before a player (or a
    box holding only one): '<p>Listen to the audio below:</p><audio>'. A sentence before a
    quote or a list ('She said:') names no medium; a line before a picture points to no player."""
    after = p.getnext()
    if after is None or (p.tail or "").strip():
        return False
    if after.tag not in EMBED_TAGS:
        if len(after) != 1 or after[0].tag not in EMBED_TAGS or text_size(after, 0) > 0:
            return False
    text = tidy(all_text(p))
    return len(text) <= MAX_PLAYER_LEAD_IN and PLAYER_LEAD_IN.search(text) is not None


def is_social_post(quote) -> bool:
    """A post embedded from a social network as a blockquote, whichever network: the line
    signing it after its text names the network or the author's handle (POST_SIGN) or links to
    the network (POST_HOST): '<blockquote><p>Proud of our team!</p><span>— Acme on
    LinkedIn</span></blockquote>'. A quotation signed by its author ('<p>..</p><footer>— Mary
    Oliver, Wild Geese</footer>') or one that only mentions a network in its text stays."""
    children = [child for child in quote if isinstance(child.tag, str)]
    texts = [k for k, child in enumerate(children) if child.tag in POST_TEXT_TAGS]
    if not texts or texts[-1] == len(children) - 1 and not (children[-1].tail or "").strip():
        return False  # no text, or nothing after the post's text: no sign line
    last = children[texts[-1]]
    after = children[texts[-1] + 1 :]
    sign = tidy(" ".join([last.tail or ""] + [all_text(c) + " " + (c.tail or "") for c in after]))
    if not sign or len(sign) > MAX_POST_SIGN:
        return False
    if POST_SIGN.search(sign) is not None:
        return True
    return any(POST_HOST.match(a.get("href") or "") for c in after for a in c.iter("a"))


def is_embed_caption(element) -> bool:
    """A caption in a box with an embedded player and no picture ('<div class="video"><iframe>
    </iframe><p class="video__caption">【動画】...</p></div>'), the player a frame or the empty
    box a script fills with one ('<div class="player" data-id="v1"></div><p class=
    "video-caption">Watch: ...</p>'): the video's caption, which the player left out of the
    text leaves without its picture."""
    parent = element.getparent()
    if parent is None or element.find(".//img") is not None:
        return False
    limit = text_size(element) + MAX_EMBED_BOX_EXTRA  # the player's box, not the article's
    if text_size(parent, limit) > limit or parent.find(".//img") is not None:
        return False
    return any(e.tag in EMBED_TAGS or is_player_slot(e) for e in parent.iter())


def embed_copy(frame):
    """The one short line boxed with an embedded frame and nothing else, no picture: the
    player's caption or the embedded post's own copy ('<div><iframe src="..video"></iframe><p>
    Watch: how it works</p></div>', '<div><iframe src="..post"></iframe><p>Big week for the
    team!</p></div>'), none of the text; else None. A box holding more (the text's paragraphs
    around a player) or a longer line (a paragraph after it) keeps it."""
    box = frame.getparent()
    if box is None or box.tag not in EMBED_BOXES:
        return None
    children = [c for c in box if isinstance(c.tag, str)]
    if len(children) != 2 or tidy(box.text) or any(tidy(c.tail) for c in children):
        return None  # (read first: the frame's parent may be the whole text, searched below)
    if box.find(".//img") is not None:
        return None
    line = children[1] if children[0] is frame else children[0]
    if line.tag not in EMBED_LINES or any(e.tag in EMBED_TAGS for e in line.iter()):
        return None
    return line if 0 < text_size(line, MAX_EMBED_LINE) <= MAX_EMBED_LINE else None


def player_label(frame):
    """The short label set alone in its own <div> right before a player's box, its title
    ('<div><span>Watch: the new pier</span></div><div><iframe></iframe></div>'): the player's,
    none of the text; else None. A sentence, a bold line or a link (a head of the text over a
    video, a related story) or a <p> (the text's own lead-in, is_player_lead_in's) stays."""
    box = frame
    parent = frame.getparent()
    if parent is not None and parent.tag in EMBED_BOXES and text_size(parent, 0) == 0:
        box = parent  # the frame's own box, holding no text
    label = box.getprevious()
    if label is None or label.tag != "div" or tidy(label.tail):
        return None
    # (the bounded look first: the box before a player may be the whole text)
    inside = list(itertools.islice(label.iter(), 1, MAX_LABEL_NODES + 2))
    if len(inside) > MAX_LABEL_NODES or any(e.tag in LABEL_NONE for e in inside):
        return None
    text = tidy(all_text(label))
    if not text or len(text) > MAX_PLAYER_LABEL or text.endswith(SENTENCE_MARKS):
        return None
    return label


def is_player_slot(element) -> bool:
    """An empty box named a player's, which the page's script fills with the video: '<div
    class="player" data-id="v1"></div>' (a 'player-card' holding a sportsman's text is none)."""
    if not isinstance(element.tag, str) or len(element) or tidy(element.text):
        return False
    return PLAYER_MARK.search(marks(element)) is not None


def scan_promo_box(img):
    """The small box a code to scan stands in with a call to scan it, as a promo closing the
    text has it ('<div><p><b>Get all the news</b></p><p>Follow X News</p><p>Scan the QR code
    on your phone ..</p><img src="qr-code.png"></div>'): the publisher's promo, its title and
    calls none of the text's; else None. A story's picture of a code, in its figure, and a
    box whose lines call for no scan ('A QR code on a parking meter') stay."""
    if not is_code_picture(img, img.get("src")) and not CODE_PICTURE.search(img.get("alt") or ""):
        return None
    for ancestor in list(img.iterancestors())[:LISTING_BOX_DEPTH]:
        if ancestor.tag in SCAN_PROMO_STOPS or text_size(ancestor, MAX_SCAN_PROMO) > MAX_SCAN_PROMO:
            return None
        lines = (tidy(e.text) for e in ancestor.iter() if isinstance(e.tag, str))
        if any(SCAN_CALL.match(line) for line in lines):
            return ancestor
    return None


def reference_box(listing):
    """The outermost box marked 'references' of a list, the list itself or up to
    LISTING_BOX_DEPTH ancestors, or None: the sources a news item cites, its footnotes' notes,
    no part of its text. Its class often holds 'article' too ('c-article-references'), so the
    chrome words' guard for the article's wrapper would keep it. Only lists are looked at, so
    that other elements pay nothing for the rule."""
    found = None
    for depth, element in enumerate((listing, *listing.iterancestors())):
        if depth > LISTING_BOX_DEPTH:
            break
        words = marks(element)
        if "eferences" in words and REFERENCES_MARK.search(words):
            found = element
    return found


def is_series_note(element) -> bool:
    """A short callout box linking to a listing of posts ('This post is part of our series on
    people who mend things. Read the rest of the series.'): it points away from the article. A
    callout without such a link (a tip, a warning) is the article's own."""
    if "callout" not in (element.get("class") or ""):
        return False
    if text_size(element, MAX_SERIES_NOTE) > MAX_SERIES_NOTE:
        return False  # read first, and only so far: nested callouts are not all scanned whole
    return any(LISTING_PATH.search(a.get("href") or "") for a in element.iter("a"))


def is_contact_tagline(p, words: list) -> bool:
    """A paragraph wholly in italics or bold asking readers to write to an address ('Send your
    questions to Tess at asktess@example.com', '<b>Got a story? Email news@x.example</b>'): a
    column's tagline or a tip-off call, set apart from the text by its type. An
    italic letter from a reader holds no address; a writer's note about themselves ('Dev covers
    transport. Contact him at ...') does not open with the call, unless its class names it a
    tip-off line ('<p class="tip-off"><em>Do you have a tip on ...? Let us know via ...').
    text_lengths asks only for a text holding an '@'."""
    if tidy(p.text) or len(p) != 1:
        return False
    if words[0].casefold().strip(",:") not in TAGLINE_CALLS and not is_tip_marked(p):
        return False
    child = p[0]
    return (
        child.tag in TAGLINE_TYPES and not tidy(child.tail) and bool(EMAIL.search(" ".join(words)))
    )


def is_tip_marked(p) -> bool:
    """A paragraph whose class names it a tip-off line: '<p class="tip-line">'."""
    words = p.get("class")
    return bool(words) and TIP_MARK.search(words) is not None


def is_sponsor_line(element) -> bool:
    """A short line naming a sponsor, not ending as a sentence: 'Sponsored by Quayside Motors'
    ('Sponsored by the harbour board, the scheme planted 400 trees.' is the article's)."""
    text = all_text(element)
    return (
        len(text) <= MAX_SPONSOR_LINE
        and bool(SPONSOR_LINE.match(text))
        and not text.endswith(SENTENCE_MARKS)
    )


def sponsor_box(element):
    """The small box a sponsor's line stands in with its title and names (the outermost of its
    few nearest ancestors holding little text), else None: no sponsor's line, or one alone in
    the text, which is left to the text. A box holding the headline (a sponsored story's
    header) is not dropped with it: only the line is."""
    if not is_sponsor_line(element):
        return None
    box = None
    for ancestor in list(element.iterancestors())[:LISTING_BOX_DEPTH]:
        if ancestor.tag in ("body", "main", "article"):
            break
        if text_size(ancestor, MAX_SPONSOR_BOX) > MAX_SPONSOR_BOX:
            break
        if ancestor.find(".//h1") is not None:
            return box if box is not None else element  # beside the headline: the line alone
        box = ancestor
    return box


def is_counter(element) -> bool:
    """A box marked as a count whose whole text is a number: a story's clap or response count.
    The chrome pass calls it only for a class holding 'ount', so other elements pay a substring
    test."""
    if not COUNTER_MARK.search(element.get("class") or ""):
        return False
    if not COUNT.fullmatch(all_text(element)):
        return False
    return not any(a.tag in COUNTED_TAGS for a in (element, *element.iterancestors()))


def is_media_title(element, headline_boxes: set) -> bool:
    """A player's or a gallery's own title, first in its box but for its poster ('<div
    class="video-player"><div class="video-title">Watch: ...</div>', '<div class="x-video"><img>
    <p class="video-title">...</p>', '<div class="gallery"><h3 class="gallery-title">In
    pictures: ...</h3>'): the widget's label, no line or head of the text. The remove pass asks
    only for an element whose class holds 'itle'."""
    if not TITLE_MARK.search(element.get("class") or "") or element in headline_boxes:
        return False
    box = element.getparent()
    if box is None or box.tag in ("body", "main", "article") or box in headline_boxes:
        return False
    words = marks(box)
    if not (MEDIA_BOX.search(words) or PLAYER_MARK.search(words)):
        return False
    if element.find(".//img") is not None:
        return False
    return leads_box(element, box) and text_size(element, MAX_MEDIA_TITLE) < MAX_MEDIA_TITLE


def leads_box(element, box) -> bool:
    """Whether an element comes first in its box, or right after its poster (a picture or
    two, no text) or the empty player slot a script fills with the video: '<div><img><p
    class="video-title">..', '<div class="video-embed"><div class="video-player" data-id="v1">
    </div><p class="video-title">Watch: ..' -> the <p> leads (the slot stands where the poster
    would: the title under it is the player's, no line of the text)."""
    posters = 0
    for child in box:
        if child is element:
            return True
        if not isinstance(child.tag, str):
            continue
        posters += 1
        if posters > MAX_POSTERS or not (is_poster(child) or is_player_slot(child)):
            return False
    return False


def is_poster(element) -> bool:
    """A picture standing alone before a player's title: '<img>', '<picture>', '<a><img></a>'
    with no text; the title after it is still first in the box."""
    if element.tag in ("img", "picture"):
        return True
    return element.find(".//img") is not None and text_size(element, 0) == 0


def kept_chrome(element, words: str, lengths: dict, total: int) -> bool:
    """A chrome-named box kept all the same: half of the article's text, a picture's credit."""
    if lengths.get(element) and is_split_text(element, words, lengths, total):
        return True
    if not BYLINE.search(words):
        return False
    return is_caption_credit(element) or is_picture_author(element, words)


def is_picture_author(element, words: str) -> bool:
    """An author box holding a labelled credit beside a picture, in the picture's box
    ('<div><img><div class="photo-author">Фото: X</div></div>'): the picture's credit."""
    if not is_author_credit(element, words):
        return False
    parent = element.getparent()  # a picture's box: a few boxes, one of them the picture's
    if parent is None or next(itertools.islice(parent, PICTURE_BOX_PARTS, None), None) is not None:
        return False  # (counted only so far: lxml counts an element's children one by one)
    return parent.find(".//img") is not None


def is_caption_credit(element) -> bool:
    """A byline or author box inside a caption's box: the picture's credit, kept for it."""
    for depth, ancestor in enumerate(element.iterancestors()):
        if depth >= CAPTION_DEPTH or ancestor.tag in ("body", "article", "main"):
            return False
        if ancestor.tag == "figcaption" or CAPTION_BOX.search(marks(ancestor)):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def builder_word(words: str) -> str | None:
    """The one chrome word marks are named by ('widget' of 'elementor-widget
    elementor-widget-heading'), None for marks with no chrome word or several (a share bar's
    'elementor-widget elementor-widget-share-buttons'). Pages repeat the same few marks."""
    reading, pattern = chrome_reading(words)
    found = {match.casefold() for match in pattern.findall(reading)}
    return found.pop() if len(found) == 1 else None


def is_builder_wrapper(element, words: str, lengths: dict, total: int) -> bool:
    """The box of the article's text named by a site builder's block word and as the post's
    content ('elementor-widget-theme-post-content'): it holds KEEP_SHARE of the page's text.
    Other chrome words outweighed so ('article-comments', 'author-x hentry') name no blocks."""
    return lengths.get(element, 0) >= KEEP_SHARE * total and builder_word(words) == BUILDER_WORD


def is_builder_block(element, words: str, wrappers: dict) -> bool:
    """A block inside the article's wrapper named by no chrome word but the one the wrapper
    bears: a site builder names every block so (Elementor's 'elementor-widget' on the post
    content's box and on each text, head and picture block in it), so the word names no chrome
    there. A block with a second chrome word of its own (a share bar's) is still chrome.
    `wrappers`: the article-named boxes met so far with their chrome word (few pages have one)."""
    if not wrappers:
        return False
    word = builder_word(words)
    return word is not None and any(wrappers.get(a) == word for a in element.iterancestors())


def is_split_text(element, words: str, lengths: dict, total: int) -> bool:
    """A box named by the same chrome word as the box beside it that holds the article's text:
    a text split in halves by who may read them ('subscriber-preview' beside 'subscriber-only'),
    each half the article's. Only the nearest boxes are looked at, so that a long run of
    chrome boxes (comments) costs one look each."""
    words, pattern = chrome_reading(words)
    found = pattern.search(words)
    word = found.group().casefold() if found else None
    for sibling in (element.getnext(), element.getprevious()):
        if sibling is None or lengths.get(sibling, 0) < KEEP_SHARE * total:
            continue
        if word and isinstance(sibling.tag, str) and word in marks(sibling).casefold():
            return True
    return False


def appeal_box(link):
    """The small box a link to a subscription or donation page stands in with its title and
    line (a longer appeal when a head opens the box), when the link is a short call ending the
    box; else None. A link inside a sentence
    ('Readers can <a>sign up for alerts</a> about the ferry.') is the text's. A shop's call
    (SHOP_CALL) is one too when its box holds a price line: a product card ('<div><p>Halvern
    Book 14</p><p>$449 at Tessmart</p><a>View now</a></div>'); and a sign-up call (SIGN_UP_CALL,
    a link or a button) when its box is a newsletter's (holds_sign_up): '<div><p>The Dawn
    Brief</p><p>Our news before 7am.</p><input type="email"><button>Sign up</button></div>'."""
    call = all_text(link)
    appeal = APPEAL_PATH.match(link.get("href") or "") is not None
    # a call asking for support, wherever it points, is an appeal's when its box's pitch
    # speaks of the readers who pay (asks_support)
    asked = call.strip(" .!→›»")
    called = not appeal and SUPPORT_CALL.fullmatch(asked) is not None
    signed = SIGN_UP_CALL.fullmatch(asked) is not None
    if len(call) > MAX_APPEAL_LINK or not (appeal or called or signed or SHOP_CALL.fullmatch(call)):
        return None
    box = None
    for ancestor in list(link.iterancestors())[:LISTING_BOX_DEPTH]:
        if ancestor.tag in ("body", "main", "article", "li", "nav", "header"):
            break
        limit = MAX_TITLED_APPEAL_BOX if is_titled_appeal(ancestor) else MAX_APPEAL_BOX
        if text_size(ancestor, limit) > limit:
            break
        if not ends_with_call(all_text(ancestor), call, ancestor):
            break
        box = ancestor
    if box is None:
        return None
    if (
        box.tag == "p"
        and (appeal or called or signed)
        and not call_stands_alone(all_text(box), call)
    ):
        return None  # 'Readers can <a>donate now</a>.', '"Please <a>chip in</a>," she said.'
    if appeal or (signed and holds_sign_up(box)):
        return box
    if called:
        # the title and the line read apart: '<h4>Support our journalism</h4><p>..' is no
        # 'journalismBecome'
        return box if asks_support(tidy(" ".join(box.itertext())), asked) else None
    return box if holds_price_line(box) else None


def miss_box(link):
    """The box of a line asking the reader not to miss the publication's stories (MISS_PITCH)
    beside the link to follow it, and nothing else: '<div><p>Don't want to miss the best from
    Acme?</p><a>Add Acme as a preferred source</a></div>'; else None. Such a line in the text,
    no call beside it, is the text's."""
    box = link.getparent()
    if box is None or box.tag in ("body", "main", "article", "p", "li"):
        return None
    if len(box) > MAX_APPEAL_PARTS:
        return None  # (a box of many parts, the text's or a menu's: settled before its text)
    lines = [c for c in box if isinstance(c.tag, str) and c.tag not in ("a", "button")]
    if len(lines) != 1 or tidy(box.text) or any(tidy(c.tail) for c in box):
        return None
    text = all_text(lines[0])
    if MISS_PITCH.fullmatch(text) is None or len(all_text(box)) > MAX_APPEAL_BOX:
        return None
    return box


def holds_sign_up(box) -> bool:
    """Whether a small box closing on a sign-up call is a newsletter's: a field for the reader's
    address ('<input type="email"><button>Sign up</button>') or a pitch naming the newsletter or
    the inbox. A club's 'Join' under its line of news ('The club rows on Sundays. Join') is
    neither."""
    for field in box.iter("input"):
        if (field.get("type") or "").lower() in ADDRESS_FIELDS:
            return True
    return SIGN_UP_WORDS.search(all_text(box)) is not None


def asks_support(text: str, call: str) -> bool:
    """Whether a box's text ending with a call (SUPPORT_CALL) asks the reader to pay for the
    publication: its pitch or its call speaks of the readers who pay or the journalism they pay
    for (SUPPORT_PITCH), and no one is quoted asking: 'Support local journalism X is free to
    read. Make a contribution' is; 'The food bank takes donations. Donate', 'The club rows on
    Sundays. Join them today' and '"Readers, chip in," she said. Chip in' are not."""
    if NO_ASK.match(call):
        return False
    return SUPPORT_PITCH.search(text) is not None and QUOTE_MARKS.search(text) is None


def call_stands_alone(text: str, call: str) -> bool:
    """Whether a paragraph's closing call is a sentence of its own: nothing before it, or a
    sentence's end ('X is free to read. Make a contribution'); 'Readers can donate now' holds
    it in its clause, and a quote's call ('.. "Donate today"') is the speaker's."""
    before = text[: text.rfind(call)].rstrip()
    return (not before or before[-1] in CALL_AFTER) and QUOTE_MARKS.search(text) is None


def holds_price_line(box) -> bool:
    """Whether an element of a small box is a price line alone (PRICE_LINE): '<p>$449 at
    Tessmart</p>' (the call itself may be it). A price inside a sentence is the text's."""
    return any(
        isinstance(e.tag, str) and PRICE_LINE.fullmatch(all_text(e)) is not None for e in box.iter()
    )


def is_titled_appeal(box) -> bool:
    """Whether a box is shaped as a promo is: a head of its own, a paragraph or two and the
    call ('<div><h4>Readers like you ...</h4><p>..</p><a>Learn more</a></div>'); a section of
    the text under its head holds more paragraphs, and a paragraph opens with no head."""
    if box.tag == "p":
        return False
    children = [c for c in box if isinstance(c.tag, str)]
    return 0 < len(children) <= MAX_APPEAL_PARTS and children[0].tag in HEAD_TAGS


def is_post_meta(element, classes: str) -> bool:
    """A post's meta line, a box named 'meta' holding a <time> or the author's mark in a line's
    length ('trails_ranger (Tamsin Hollow) December 2, 2026, 9:14am'): who posted it and when,
    as a forum or a blog prints above each post."""
    if not META_MARK.search(classes) or text_size(element, MAX_META_LINE) > MAX_META_LINE:
        return False  # the size read first, and only so far: a big box is looked through once
    return (
        element.find(".//time") is not None or element.find(".//*[@itemprop='author']") is not None
    )


def ends_with_call(text: str, call: str, box) -> bool:
    """The box's text ends with the call, or with links after it: a paywall's offer ends with
    its call and then 'Already a subscriber? Log in', a link of its own."""
    if text.endswith(call):
        return True
    at = text.rfind(call)
    if at < 0:
        return False
    rest = text[at + len(call) :]
    for link in box.iter("a"):
        rest = rest.replace(all_text(link), "")
    return not any(c.isalnum() for c in rest)


def file_facts(link) -> list:
    """The boxes of a link to a picture file holding only its file's name and size ('bridge.jpeg',
    '2048×1365 412 KB': a forum's enlargement link), drawn on the picture, no caption: [] for
    a link whose text is anything else."""
    if not (link.get("href") or "").lower().split("?")[0].endswith(PICTURE_FILES):
        return []
    if link.find(".//img") is None:
        return []
    text = all_text(link)
    if not text or not FILE_FACTS.fullmatch(text):
        return []
    return [
        box
        for box in link.iterdescendants()
        if isinstance(box.tag, str)
        and box.tag != "img"
        and box.find(".//img") is None
        and (parent := box.getparent()) is not None
        and (parent is link or parent.find(".//img") is not None)
    ]


def edit_links(root) -> list:
    """The edit links ending the section heads: '<span class="editsection">[<a>edit</a>]</span>'
    ('[Update] The ferry sails' opens its head with its bracket: the head's own words)."""
    found = []
    for head in root.iter(*HEAD_TAGS):
        whole = all_text(head)
        if not whole.endswith("]"):
            continue
        for element in head.iterdescendants():
            if (
                isinstance(element.tag, str)
                and (element.tag == "a" or element.find(".//a") is not None)
                and EDIT_MARK.match(text := all_text(element))
                and len(text) < len(whole)
                and whole.endswith(text)
            ):
                found.append(element)
                break
    return found


def is_page_form(form, lengths: dict, total: int, headline_boxes: set) -> bool:
    """A <form> wrapping the page, not a search box or a sign-up: it holds the headline or
    KEEP_SHARE of the page's paragraph text ('<form id="aspnetForm"><h1>..</h1><p>..</p>..')."""
    return form in headline_boxes or lengths.get(form, 0) >= KEEP_SHARE * total


def remove_chrome(root, keep=()) -> None:
    """Drop never-text elements, hidden ones and chrome-named ones (but not the article)."""
    sponsor_lines: list = []
    notes: list = []
    lengths = text_lengths(root, sponsor_lines, notes)
    total = lengths.get(root, 0) or 1
    doomed = [box for line in sponsor_lines if (box := sponsor_box(line)) is not None]
    doomed += notes
    doomed += edit_links(root)
    wrappers: dict = {}
    headline_boxes = {a for k in keep for a in k.iterancestors()}
    for element in root.iter():
        if not isinstance(element.tag, str):
            doomed.append(element)
            continue
        if element.tag in ("html", "body") or element in keep:
            continue
        if element.tag == "form" and is_page_form(element, lengths, total, headline_boxes):
            continue  # a wrapper round the whole page (ASP.NET's 'aspnetForm'), no form to drop
        if element.tag == "meta" and is_credit_property(element):
            continue  # a picture's credit in its microdata, read with the picture
        if element.tag in NEVER_TEXT or is_inline_card(element):
            doomed.append(element)
            if element.tag in EMBED_TAGS and (copy := embed_copy(element)) is not None:
                doomed.append(copy)
            if element.tag in EMBED_TAGS and (label := player_label(element)) is not None:
                doomed.append(label)
            if element.tag == "button" and (
                (box := vote_box(element)) is not None
                or (box := appeal_box(element)) is not None
                or (box := miss_box(element)) is not None
            ):
                doomed.append(box)
        elif is_hidden(element) and not is_shown_twin(element):
            doomed.append(element)
        elif element.tag in NOTE_TAGS and is_note_link(element):
            doomed.append(element)
        elif element.tag in ("ul", "ol") and is_event_listing(element):
            doomed.append(listing_box(element))
        elif element.tag == "dl" and is_facts_list(element):
            doomed.append(listing_box(element))
        elif element.tag in ("ul", "ol") and (box := reference_box(element)) is not None:
            if lengths.get(box, 0) < KEEP_SHARE * total:
                doomed.append(box)
        elif "callout" in (classes := element.get("class") or "") and is_series_note(element):
            doomed.append(element)
        elif "aption" in classes and (is_caption_control(element) or is_embed_caption(element)):
            doomed.append(element)
        elif "layer" in classes and PLAYER_MARK.search(classes) and (box := player_box(element)):
            doomed += box
        elif ("ideo" in classes or "edia" in classes) and is_video_box(element, classes):
            doomed.append(element)
        elif ("udio" in classes or "odcast" in classes) and is_audio_box(element, classes):
            doomed.append(element)
        elif element.tag == "blockquote" and is_social_post(element):
            doomed.append(element)
        elif element.tag == "p" and is_player_lead_in(element):
            doomed.append(element)
        elif element.get("itemprop") == "comment":  # schema.org's mark of a reply
            if lengths.get(element, 0) < KEEP_SHARE * total:
                doomed.append(element)
        elif "meta" in classes and is_post_meta(element, classes):
            doomed.append(element)
        elif "MsoSubtitle" in classes:  # a Word document's subtitle: its deck
            doomed.append(element)
        elif "itle" in classes and is_media_title(element, headline_boxes):
            doomed.append(element)
        elif "ount" in classes and is_counter(element):
            doomed.append(element)
        elif element.tag == "img" and (box := scan_promo_box(element)) is not None:
            doomed.append(box)
        elif element.tag == "a" and is_licensing_link(element):
            doomed.append(element)
        elif element.tag == "a" and (box := appeal_box(element)) is not None:
            doomed.append(box)
        elif element.tag == "a" and (box := miss_box(element)) is not None:
            doomed.append(box)
        elif element.tag == "a" and (facts := file_facts(element)):
            doomed += facts
        elif element.tag in HEAD_TAGS and (box := head_box(element)):
            doomed += box
        elif is_teaser_grid(element) and lengths.get(element, 0) < KEEP_SHARE * total:
            doomed.append(element)
        elif is_chrome(element, words := marks(element)):
            if "mage" in words and is_picture_block(words):
                wrappers[element] = BUILDER_WORD  # its boxes named 'widget' are the picture's
            elif element in headline_boxes and builder_word(words) == BUILDER_WORD:
                wrappers[element] = BUILDER_WORD  # the headline's block: the article's
            elif (
                lengths.get(element, 0) < KEEP_SHARE * total
                and not kept_chrome(element, words, lengths, total)
                and not is_spoken_credit_label(element, words)
                and not is_builder_block(element, words, wrappers)
            ):
                doomed.append(element)
                if (pitch := cta_pitch(element, words)) is not None:
                    doomed.append(pitch)
        elif (
            BUILDER_WORD in words  # a cheap test first: few boxes are named so
            and chrome_verdict(words) == ARTICLE_NAMED
            and is_builder_wrapper(element, words, lengths, total)
        ):
            wrappers[element] = BUILDER_WORD
    for element in doomed:
        drop(element)
    for element in story_cards(root):  # looked for among what is left: fewer pictures
        drop(element)


# schema.org's properties of a picture naming who made or holds it, kept when inside a figure
CREDIT_PROPERTIES: Final = frozenset({"copyrightHolder", "creditText", "author", "creator"})


def is_credit_property(meta) -> bool:
    """A <meta> of a picture's microdata naming its credit inside the picture's figure:
    '<figure itemscope><img ..><meta itemprop="copyrightHolder" content="Ana Ruiz"></figure>';
    kept in the tree (no text to show) for the picture's reading. Any other <meta> goes."""
    if meta.get("itemprop") not in CREDIT_PROPERTIES or not meta.get("content"):
        return False
    return any(a.tag == "figure" for a in itertools.islice(meta.iterancestors(), CAPTION_DEPTH))


MAX_SPOKEN_LABEL: Final = 30  # characters: 'Photo credit:', 'Image source,', not a sentence
CAPTION_DEPTH: Final = 3  # boxes climbed from a label to its caption: a caption's spans


def is_spoken_credit_label(element, words: str) -> bool:
    """A label spelled for screen readers alone before the credit a caption draws, kept as the
    caption's words so that the label sets the credit apart as a drawn one does: '<figcaption>
    Gulls at dawn. <span class="sr-only">Credit:</span> <span>Jo Lee</span></figcaption>'.
    Another hidden note ('Image caption,', 'Opens in a new window') or a label outside a caption
    is dropped as before."""
    if SCREEN_READER.search(words) is None:
        return False
    text = all_text(element).strip()
    if not text or len(text) > MAX_SPOKEN_LABEL:
        return False
    if CREDIT_LINE_LABEL.fullmatch(text) is None:
        label = credit_label(f"{text.removesuffix(',')}: X")
        if label is None or label.end() < len(text.removesuffix(",")):
            return False
    for ancestor in itertools.islice(element.iterancestors(), CAPTION_DEPTH):
        if ancestor.tag == "figcaption" or CAPTION_MARKS.search(marks(ancestor)):
            return True
    return False


# A call-to-action button's own box, as marketing CMSs name it: HubSpot's embed
# ('hs-cta-wrapper', 'hs-cta-node'), 'cta-button', 'wp-block-cta', 'call-to-action'.
CTA_MARK: Final = re.compile(r"(?:^|[\s_-])cta(?:$|[\s_-])|call-to-action", re.IGNORECASE)
MAX_CTA_WRAPPERS: Final = 3  # the boxes a button's embed sits in alone: <strong>, <p>, <div>


def cta_pitch(button, words: str):
    """The line all in bold set right before a call-to-action button's own block is the
    button's pitch, left out with it: '<p><strong>Book a meeting at our stand.</strong></p><p>
    <span class="hs-cta-wrapper"><a><img alt="Book now"></a></span></p>' (HubSpot's embed
    amid a marketing post). A line in plain type, one beside the button in its block, one of
    more than a promo's length, or one before a box with text of its own is the text's; None
    then."""
    if not CTA_MARK.search(words) or has_more_text(button, MAX_APPEAL_LINK):
        return None  # a box of text of its own (a newsletter's pitch and form), no button
    # (a bounded climb: the boxes that hold the button and nothing else)
    block = button
    for _ in range(MAX_CTA_WRAPPERS):
        parent = block.getparent()
        if parent is None or not holds_only(parent, block):
            break
        block = parent
    before = block.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    if before is None or before.tag != "p" or tidy(block.tail):
        return None
    text = element_text(before)
    if not text or len(text) > MAX_PROMO or tidy(before.tail):
        return None
    bold = tidy("".join(element_text(b) for b in before.iter("b", "strong")))
    return before if len(bold) >= len(text) - 1 else None


def has_more_text(element, limit: int) -> bool:
    """Whether an element's text (scripts and the like left out) runs past `limit` characters;
    read only that far."""
    size = 0
    for piece in pieces(element):
        size += len(piece.strip())
        if size > limit:
            return True
    return False


def holds_only(box, child) -> bool:
    """Whether a box holds nothing but `child` (comments and scripts besides): no text of its
    own, no other element ('<p><strong><!-- x --><span>..</span><script/></strong></p>')."""
    if tidy(box.text):
        return False
    for other in box:
        if tidy(other.tail):
            return False
        if other is not child and isinstance(other.tag, str) and other.tag not in SKIPPED_TAGS:
            return False
    return True


def is_summary_title(text: str) -> bool:
    """A title naming summary points: 'Key Takeaways', 'What to know:' (not 'Key points of the
    deal were agreed.')."""
    return SUMMARY_TITLE.fullmatch(text.rstrip(": ")) is not None


# The elements a point's empty dot is set in ('<span class="dot"></span>'); an <img> or a <br>
# before a line is no dot.
DOT_TAGS: Final = ("span", "i", "div")
MIN_DOTTED_POINTS: Final = 2  # dotted boxes in a summary box: its points, not one line


def dot_mark(item):
    """A point's box's dot: its first and only element, empty, its point the text after it:
    '<div><span class="dot"></span>Text</div>' -> the span; else None."""
    first = next((c for c in item if isinstance(c.tag, str)), None)
    if first is None or first.tag not in DOT_TAGS or len(first) or (item.text or "").strip():
        return None
    if (first.text or "").strip() or not (first.tail or "").strip():
        return None
    return first if first.getnext() is None else None


def holds_dotted_points(box) -> bool:
    """Whether a box holds its points as dotted boxes (dot_mark): '<div class="summary"><div>
    <span class="dot"></span>A</div><div><span class="dot"></span>B</div></div>'."""
    dotted = (c for c in box if isinstance(c.tag, str) and dot_mark(c) is not None)
    return next(itertools.islice(dotted, MIN_DOTTED_POINTS - 1, None), None) is not None


# A point typed as a line opened by a hyphen and a space: '- Parents fixed the school'. A run
# of them above the text is the headline's points (article.dashed_points); an en or em dash
# opens dialogue, and a lone hyphen's line ('- with files from Jane Doe') a note.
DASH_POINT: Final = re.compile(r"-\s+(?=\w)")
MIN_DASHED_POINTS: Final = 2  # lines typed so, one after another: points, not one note
MAX_DASHED_POINT: Final = 300  # characters: a point's sentence, not a paragraph
LINKED_LINE: Final = 0.5  # share of a line's text in links: a story's title, not a point
LINE_BLOCKS: Final = frozenset(("p", "div", "ul", "ol", "li", "table", "figure", "blockquote"))


def dashed_point(element) -> str:
    """The point a line typed with a hyphen holds, without the hyphen: '<p><b>- Fares
    rise</b></p>' -> 'Fares rise'; '' for a line of another shape, a box of lines or a linked
    title ('<p>- <a>Storm hits coast</a></p>', a list of stories)."""
    if element.tag not in ("p", "div"):
        return ""
    if any(isinstance(c.tag, str) and c.tag in LINE_BLOCKS for c in element):
        return ""
    text = all_text(element)
    found = DASH_POINT.match(text)
    if found is None or len(text) > MAX_DASHED_POINT or link_density(element, text) > LINKED_LINE:
        return ""
    return text[found.end() :]


def holds_dashed_points(box) -> bool:
    """Whether a box holds only points typed with a hyphen (dashed_point), two or more:
    '<div class="summary"><p>- A</p><p>- B</p></div>': the bullets', no deck."""
    children = [c for c in box if isinstance(c.tag, str)]
    return len(children) >= MIN_DASHED_POINTS and all(dashed_point(c) for c in children)


def summary_text(element) -> str | None:
    """The one line of a box marked summary (no list: summary points are left for the
    bullets), when it is a sentence or two long; else None. A box a key points title opens,
    and that title, hold points set as paragraphs: the bullets' too ('Key Takeaways')."""
    if element.tag == "li" or not SUMMARY_MARK.search(marks(element)):
        return None  # a summary's point ('summary__item'): the bullets'
    if has_twin(element):
        return None  # one of a box's points set as lines alike: the bullets'
    if element.find(".//li") is not None or dot_mark(element) is not None:
        return None  # a point, a dotted one too: the bullets'
    if holds_dotted_points(element) or holds_labelled_lines(element):
        return None  # a box of points: the bullets'
    if holds_dashed_points(element):
        return None  # points typed with hyphens: the bullets'
    box = element.getparent()
    if box is not None and holds_labelled_lines(box):
        return None  # the box's label or one of its points: the bullets'
    text = all_text(element)
    first = next((c for c in element if isinstance(c.tag, str)), element)
    if is_summary_title(all_text(first)):
        return None
    return text if 0 < len(text) <= MAX_DECK else None


MIN_LABELLED_LINES: Final = 2  # lines set alike under a label: a box's points, not one lede


def holds_labelled_lines(box) -> bool:
    """Whether a summary box holds a label line, no sentence, over two or more lines of one tag
    and one class and nothing else: its points, set as classed lines ('<div class="summary">
    <div>In this story</div><p class="pt">..</p><p class="pt">..</p></div>'). A label over
    plain <p>s, or over lines of two shapes, is a lede's box."""
    children = [c for c in box if isinstance(c.tag, str)]
    if len(children) <= MIN_LABELLED_LINES or tidy(box.text):
        return False
    label, *lines = children
    text = all_text(label)
    if not text or text.endswith(SENTENCE_OR_BRACKET_ENDS) or label.find(".//img") is not None:
        return False
    shapes = {(c.tag, c.get("class")) for c in lines}
    return len(shapes) == 1 and bool(lines[0].get("class"))


def has_twin(element) -> bool:
    """Whether the element next to it, either side, is of its tag and class: one of a run of
    lines set alike ('<div class="summary-item">..</div><div class="summary-item">..</div>')."""
    shape = (element.tag, element.get("class"))
    for side in (element.itersiblings(preceding=True), element.itersiblings()):
        near = next((e for e in side if isinstance(e.tag, str)), None)
        if near is not None and (near.tag, near.get("class")) == shape:
            return True
    return False


def is_deck_line(text: str) -> bool:
    """A summary box's line that does not end as a sentence does: a deck ('Five branches will
    open on Sundays'). A lede written in such a box ends with a full stop."""
    return not text.endswith(SENTENCE_OR_BRACKET_ENDS)


def is_description_deck(element) -> bool:
    """A box marked as the article's schema.org description, short, and no picture's caption
    (a caption is marked as its picture's description)."""
    if element.tag == "figcaption" or len(all_text(element)) > MAX_DECK:
        return False
    return not any(a.tag in ("figure", "figcaption") for a in element.iterancestors())


def remove_decks(root, h1) -> None:
    """Drop the decks between the headline and the article's first paragraph.

    Only there: below the first paragraph a box named 'subtitle' may be a subheading. A box
    marked itemprop="description" is the article's summary there, a deck. A summary
    box ending as a sentence is a lede when the text goes on below it, and a deck when the lead
    picture stands between it and the first paragraph (a CMS's summary field above its media
    field and its body field). A lede's box or a bold line beside the headline, the text going
    on in a box of its own, is a deck too (decks.headline_deck).
    """
    if h1 is None:
        return
    found, after = [], False
    summary, inside = None, frozenset()
    for element in root.iter():
        if element is h1:
            after = True
        elif not after or not isinstance(element.tag, str) or element in inside:
            continue
        elif is_marked_deck(element, words := marks(element)):
            found.append(element)
        elif element.attrib and is_marked_deck(element, part_names(element)):
            found.append(element)  # named by its template's data attribute, classes generated
        elif element.get("itemprop") in DECK_PROPS and is_description_deck(element):
            found.append(element)  # schema.org's summary of the article (TYPO3's 'lead')
        elif headline_deck(element, words, h1):
            found.append(element)
        elif (line := summary_text(element)) is not None and is_deck_line(line):
            found.append(element)
        elif line is not None and summary is None:
            summary, inside = element, frozenset(element.iter())
        elif summary is not None and element.tag == "img":
            found.append(summary)
            summary = None
        elif element.tag == "p" and len(all_text(element)) >= FIRST_PARAGRAPH:
            break
    for element in found:
        drop(element)
