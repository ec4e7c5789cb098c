"""Caption/credit split: a null credit beats a wrong split, so every rule needs positive evidence.

The rules run in order and the first that finds a split wins:
1. alt rule: the alt text ends where the caption ends (alt == caption, or the alt goes on with a
   space where the caption line goes on with the credit): 'Blue Moon lander.' + 'Blue Origin'.
2. explicit markers: 'Photo: X', 'Credit: X' and '(X/Agency)' lose the label and parentheses;
   'Courtesy of X' and 'AP Photo/X' stay whole, because their words are part of the credit.
3. by-line credits: 'Photo by Jane Doe', 'Pool photo by Jane Doe', 'Supplied by Acme', 'Supplied
   by the family' (a holder named by their tie to the subject), and compound ones, 'Photo
   illustration by Desk Staff. Photo by Jane Doe.', stay whole.
4. position credits: one credit per part of a composite picture, 'Left: Jane Doe/Reuters.
   Right: John Roe/PA', stay whole.
5. glue rule (glue.py): a capital glued onto the caption, 'in New York.Reuters'.
6. spaced rule: a closing sentence set off by a space that is a credit naming a known holder
   apart, 'in Ottawa. Tom Nguyen / The Canadian Press file'.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from api.parser.credit_words import (
    AGENCIES,
    CHAIN_MARKS,
    COMPANY_FORM_ENDINGS,
    MAX_CREDIT_CHARS,
    PICTURE_CREDIT_WORDS,
    PICTURE_NOUNS,
    WHOLE_WORD_CREDITS,
    has_credit_sentence,
    holders_apart,
    is_credit_like,
    is_dotted_company_form,
    is_strong_credit,
    names_a_known_holder,
    opens_a_name,
    starts_with_agency,
)
from api.parser.glue import (
    NAME_ENDINGS,
    SUFFIXES,
    ends_on_acronym,
    glue_split,
    is_place_ending,
    letters_before,
)
from api.parser.quote_words import NAME_PARTICLES
from api.parser.sentences import has_sentence_inside, is_abbreviation

# A label in front of a credit: 'Photo: John Locher', 'Credit:Jane Doe'.
# 'Credit...Jane Doe' and '© Jane Doe' label a credit as the colon does.
# Other languages' labels and wire words label one too: 'Foto: Jane Doe/dpa', 'Supplied: Acme',
# French with a space before the colon: 'Photo : Jane Doe / AFP'; what a picture is:
# 'Illustration: Jane Doe', 'Chart: Desk analysis of city data'; 'Image source, Reuters';
# a picture made of several: 'Composite: Desk Design; Getty Images'; 'Image © Acme' (the
# picture's word goes with the mark); a camera emoji as the label: '📷 Jane Doe'; how a picture
# was taken, the kind, a short noun phrase, then the label's word in lower case: 'Drone image:
# Jane Doe', 'Aerial photo: Acme', 'Camera trap image: Acme' (a capitalised word and at most two
# lower-case ones, no determiner: 'Her photo: a boat on the rocks' says what the picture shows);
# a frame taken from film is a kind too, 'Drone footage still: X', 'Video still: X', and so is
# a sitter's picture, 'Portrait: Jane Doe for the Review'; the craft or the kind of picture
# names it as well: 'Photography: X', 'Screenshot: X', 'Artwork: X', and a view of a place,
# after a capitalised word: 'Installation view: X', 'Aerial view: X'. A label in capitals is
# one too ('PHOTO: JANE DOE'), but not after a word in capitals, a wire kicker's ('FILE PHOTO:').
PICTURE_KIND = r"(?!(?:The|This|That|These|Those|Our|My|His|Her|Their|Its|Your|A|An|One)\b)"
PICTURE_KINDS = (
    PICTURE_KIND
    + r"[A-Z][a-z]+(?: [a-z]+){0,2} (?:image|photo|photograph|picture|footage|still|portrait"
    r"|view|sketch|drawing)s?"
)
# The label words of languages that label a credit with a word and a mark, no 'by', a table by
# language (the HTML pictures' labels read it too): '写真：X', 'Фото: X', 'ছবি: X', 'Ảnh: X'.
# Korean marks with '=' too, in parentheses: '(사진=X 제공)'; Chinese with a bar, '图｜X'.
# A label may name the maker with the language's 'by' ('Picha na X', Swahili 'picture by X').
# A cased script's label is one in capitals too ('ФОТО: X', 'PICHA: X'); each is a whole word:
# 'Fotoğraf: X' is not 'Foto' and 'ğraf: X'.
LABEL_WORDS_BY_LANGUAGE = {
    "ja": ("写真", "撮影"),
    "zh": ("摄影", "攝影", "图片", "圖片", "图", "圖"),
    "ko": ("사진", "촬영"),
    "ru": ("Фото", "фото", "Фотограф", "Фотография"),
    "ar": ("تصوير",),
    "th": ("ภาพ",),
    "hi": ("फोटो",),
    "bn": ("ছবি",),  # Bengali 'picture'
    "vi": ("Ảnh",),  # Vietnamese 'picture'; lower case 'ảnh' is a word of running text
    "he": ("צילום",),  # Hebrew 'photograph'
    "sw": ("Picha na", "Picha"),  # Swahili 'picture by', 'picture'
    "el": ("Φωτογραφία",),  # Greek 'photograph'
    "tr": ("Fotoğraf",),  # Turkish 'photograph'
}
# Where a label word ends: not before another letter ('Fotoğraf' is no 'Foto').
WORD_END = r"(?![^\W\d_])"


def label_alternation(words) -> str:
    """The label words as one alternation, each in capitals too, a longer word first (so that
    'Picha na X' is not read as 'Picha' and 'na X'), a cased script's word ending at a word's
    end ('Фото' is not the front of 'Фотография'; Thai and Chinese write no spaces to go by):
    'Picha na|PICHA NA|Picha|PICHA'."""
    found = {form for word in words for form in (word, word.upper())}
    ordered = sorted(found, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) + (WORD_END if is_cased(w[-1]) else "") for w in ordered)


def is_cased(letter: str) -> bool:
    """True for a letter of a script with capitals: 'a', 'Ж' (not '写', 'ก' or '.')."""
    return letter.lower() != letter.upper()


SCRIPT_LABELS = label_alternation(w for words in LABEL_WORDS_BY_LANGUAGE.values() for w in words)
SCRIPT_MARKS = ":：・=｜|"  # Chinese '图｜X' with a bar
# Label words cut short, their period the mark (a colon may follow it), a table by language:
# Polish 'fot. X' ('fotografia'), Greek 'Φωτ.: X' ('φωτογραφία').
SHORT_LABELS_BY_LANGUAGE = {"pl": ("fot.", "Fot."), "el": ("Φωτ.",)}
SHORT_LABELS = label_alternation(w for words in SHORT_LABELS_BY_LANGUAGE.values() for w in words)
# What a credit in Korean or Japanese ends with after its holder, 'provided': '가람시 제공' is
# the city's picture, credited 'X' (a reporter's '김 기자' keeps the title: it is the signature).
PROVIDED = re.compile(r"(?<=\S) ?(?:제공|提供)$")
# A word a credit opens with, cut short, by language: Indonesian 'Dok. X' ('dokumentasi', the
# files of X). Its period ends no sentence.
FILES_OF = re.compile(r"^Dok\. (?=\S)")
# The label of a line naming where a story came from, by language: 'Source: X', 'المصدر: X'
# (a story's credit, as the label words above are a picture's).
SOURCE_LABEL_WORDS = {
    "en": "Source|Sources",
    "ar": "المصدر|المصادر",
    "fr": "Source",
    "es": "Fuente|Fuentes",
    "pt": "Fonte|Fontes",
    "it": "Fonte|Fonti",
    "de": "Quelle|Quellen",
    "pl": "Źródło|Źródła",
    "ru": "Источник|Источники",
    "tr": "Kaynak",
    "id": "Sumber",
    "vi": "Nguồn",
    "zh": "来源|來源",
    "ja": "出典|出所",
    "ko": "출처",
    "hi": "स्रोत",
    "th": "ที่มา",
}
SOURCE_LABELS = "|".join(SOURCE_LABEL_WORDS.values())
# Label words that follow the holder they name: Korean wires' '[X 제공]' ('provided by X'),
# Chinese '（X供图）', Japanese '（X提供）'; and a reuse notice that may close such a credit,
# Korean wires' '재판매 및 DB 금지' ('no resale or database use'): '[X 제공. 재판매 및 DB 금지]'.
HOLDER_FIRST = re.compile(
    r"(?P<holder>[^\s.!?。=][^.!?。=]{0,39}?)\s?(?:제공|供图|提供)(?:[.,]\s*재판매 및 DB 금지)?"
)
# A picture's word and a slash label a credit as a colon does, right after the caption's
# sentence ends, glued or after a space: 'at dawn. Photo / Jane Doe', 'dusk.Photo / Supplied',
# and unspaced before a capital: 'on Saturday. Pic/Jane Doe' (after a word, 'AP Photo / Jane
# Doe', the agency's picture word is part of the credit; 'Photo/video entries' is no label).
# (tried only on a line holding a slash, as CAPS_LABEL is on one holding its words)
SLASH_LABEL: Final = re.compile(
    r"(?:(?<=[.!?…\"”’)])|(?<=[.!?…\"”’)] ))(?:Photo|Picture|Image|Pic)s?(?: / \s*|/(?=[A-Z]))"
)
# A two-word label is one in either case, so that it goes whole, even glued to the caption:
# 'a hive frame.Image Credits: X', 'at dusk.Image source: X' (not 'frame.Image' and 'X'), a
# made picture's too: 'at dusk. Photo illustration: X'.
LABEL = re.compile(
    r"(?:(?:(?:Photo|Image|Picture) (?:[Cc]redit|[Ss]ource|[Ii]llustration)|Photographer"
    r"|Photograph|Photo|Picture|Image|Credit|Foto|Bild|Crédit photo|Crédit|Crédito|Supplied"
    r"|Illustration|Graphic|Chart|Map|Video"
    r"|Courtesy|Pic|Source|Composite|Portrait|Photography|Screenshot|Artwork)s?(?: ?:|\.\.\.|…)"
    r"|(?:" + SCRIPT_LABELS + r") ?[" + SCRIPT_MARKS + r"]|(?:" + SHORT_LABELS + r"):? "
    r"|" + PICTURE_KINDS + r" ?:"
    r"|Image source,|(?:(?:Photo|Photograph|Picture|Image)s? )?©|📷|📸)\s*"
)
# A label in capitals, tried only on a line holding one of its words (most hold none).
# The labels of LABEL in capitals, 'PIC: JANE DOE', 'COURTESY: ACME' too, one class in any case;
# a picture's word and 'BY' label one as the colon does: 'PHOTO BY JANE DOE'.
CAPS_LABEL = re.compile(
    r"(?<![A-Z] )(?:(?:PHOTO CREDIT|PHOTOGRAPH|PHOTO|PICTURE|IMAGE|CREDIT|FOTO|ILLUSTRATION"
    r"|(?<![A-Z])PIC|COURTESY)S? ?:|(?:PHOTOGRAPH|PHOTO|PICTURE|IMAGE|(?<![A-Z])PIC)S? BY )\s*"
)
CAPS_LABEL_WORDS = ("PHOTO", "IMAGE", "CREDIT", "FOTO", "ILLUSTRATION", "PIC", "COURTESY")
# 'Courtesy of the family', 'Photo courtesy of Jane Doe', 'Courtesy Acme': kept whole.
# A label word without a colon, dropped only before an agency: 'Foto ANP', 'Photo AFP'.
BARE_LABEL = re.compile(r"(?:Photo|Foto|Bild) (?=\S)")
# 'Courtesy Harbor Press' names its holder without 'of', capitalised, or after a determiner:
# 'Courtesy the artist's estate and Acme', 'Courtesy the family'; in capitals, a desk's style,
# the holder in capitals too: 'COURTESY HARBOR PRESS', 'PHOTO COURTESY OF THE TOWN'.
COURTESY = re.compile(
    r"(?:(?:Photo|Photograph|Image|Picture)s? courtesy|Courtesy) (?:of \S|the \S|(?=[A-Z]))"
    r"|(?:(?:PHOTO|PHOTOGRAPH|IMAGE|PICTURE)S? )?COURTESY (?:OF )?(?=[A-Z]{2}[^a-z]*$)"
)
# An agency, then a slash and a name: 'AP Photo/Evan Vucci', 'REUTERS/Brendan McDermid'.
AGENCY_SLASH = re.compile(r"(?P<agency>[A-Z][\w.-]*(?: [A-Z][\w.-]*)??)(?: Photo)? ?/ ?\S")
# A holder's last word after a spaced dash, an agency's pool the credit names with the
# photographer: 'Jane Doe - WPA' of 'Jane Doe - WPA Pool/Getty Images'.
DASHED_HOLDER: Final = re.compile(r" [-–] [A-Z][\w.]*$")
# A name in a chain of holders at a caption candidate's end, after a slash, which a holder's
# name of several words goes on past the space: '.../Ritzau' of '.../Ritzau Scanpix/Pool'
# (a figure after the slash is the caption's own: 'open 24/7').
SLASHED_NAME_END: Final = re.compile(r"[^\s/]/ ?[A-Z][\w'’.&-]*$")
# Words a caption never ends on, a preposition's, an article's or a conjunction's, whose object
# goes on after them: in 'The rover's team at NASA/JPL' the agency is the caption's own word.
OPEN_ENDS: Final = frozenset(
    {"a", "an", "and", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
     "via", "with"}
)  # fmt: skip
# A space after a sentence's end, then a capital: where a credit set off by a space, not glued,
# may start ('in Ottawa. Tom Nguyen / The Canadian Press file').
SPACED_BREAK: Final = re.compile(r"(?<=[.!?\"”’)]) (?=[A-Z])")
# A closing credit in parentheses or square brackets: '(Jane Doe/AP)', '[Jane Doe/Al Jazeera]'.
# No leading '\s*': tried at every space of a long run it is quadratic; the head is stripped.
PARENTHESISED = re.compile(
    r"(?:\((?P<round>[^()]+)\)|\[(?P<square>[^\[\]]+)\]|（(?P<wide>[^（）]+)）)$"
)
# A closing credit in parentheses whose words are part of it, kept whole: '(Submitted by Jane
# Doe)', '(Courtesy of the Hale family)', '(Courtesy Acme Zoo)' (the parentheses set it off).
WHOLE_INSIDE: Final = re.compile(r"(?:Submitted by|Courtesy of|Courtesy) (?=[A-Z]|the \S)")
# A freelancer's credit for the outlet that ran it: '(Jane Doe for The Daily Star)', two to four
# capitalised words of a name before 'for', a capitalised outlet after it.
FOR_OUTLET: Final = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})"
    r" for (?P<outlet>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4})"
)
# A closing credit in parentheses naming its holder before a picture's word, no slash and no
# label: '(Chronicle Photo)', '(PTI photo)', '(File photo)', '(Harbour Trust Picture)' (one to
# four capitalised words, the picture's word last; the parentheses set it off).
HOLDER_THEN_PICTURE: Final = re.compile(
    r"(?P<holder>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})"
    r" (?i:photo|photograph|picture|pic|image)s?"
)
# Words before a picture's word that say what the picture is, not whose: '(Representational
# image)', '(Illustrative photo)' are notes on the caption, no credit.
PICTURE_NOTES: Final = frozenset(
    {"Representative", "Representational", "Illustrative", "Symbolic", "Winning", "Featured"}
)
# A label word without a colon inside a closing credit's parentheses, in any case: '(foto
# Ansa/Jane Doe)', '(Photo Jane Doe)', 'Foto di X' (the parentheses set it off as a colon does).
BARE_LABEL_INSIDE = re.compile(
    r"(?:(?i:photo|foto|bild)s?(?: (?:by|di|de|von))?|ภาพจาก|" + SCRIPT_LABELS + r") (?=\S)"
)
# A picture's word and a bar label a closing credit inside its brackets as a colon does, after
# the caption's stop: 'on Sunday. (Photo | Jane Doe, Acme)' (not 'the night (Photo | Video)').
BAR_LABEL_INSIDE: Final = re.compile(r"(?:Photo|Picture|Image|Pic)s? \| (?=\S)")
# What may stand right before a marker: a space, the end of a sentence, or a glued word end.
# An ellipsis closes a caption as a stop does: 'in the early hours…Picture: Jane Doe'.
MARKER_FOLLOWS = ".?!…)\"”'’。！？）」"  # the wide marks close a CJK sentence: '垃圾。摄影：X'
# A bar set between the caption and its labelled credit, glued or spaced, is neither's: 'near the
# village|Photo: PTI' -> 'near the village', 'PTI'.
LABEL_BARS: Final = "|｜"
MAX_COURTESY_WORDS = 8
MAX_LABELLED_WORDS = 6
# A holder's picture after a sentence's end, the holder an acronym or a dotted one, a
# capitalised word or two after it: 'PNA photo by Jane Doe', 'U.S. Navy photo by Jane Doe'
# (after a word, 'the ESA image by', the acronym is the caption's).
ACRONYM_PICTURE: Final = (
    r"(?:(?<=[.!?…\"”’)])|(?<=[.!?…\"”’)] )|^)(?:[A-Z]{2,6}|(?:[A-Z]\.){2,3})(?: [A-Z][a-z]+){0,2}"
    r" (?:[Pp]hoto|[Pp]icture|[Ii]mage)"
)
# 'Photo by Jane Doe', 'Photo illustration by Desk Staff': a label, 'by', then the holder
# ('Pic by Jane Doe' too); a pool's or a source's picture too: 'Pool photo by Jane Doe',
# 'Supplied by Acme Energy';
# the verb of the picture's making, capitalised, labels as well: 'Photographed by Jane Doe';
# and so does a picture's kind, alone or after a short noun phrase: 'Picture by Jane Doe',
# 'Camera trap image by Acme', a screen's picture too: 'Screenshot by Jane Doe/The Ledger'.
BY_LABEL = (
    r"(?:"
    + ACRONYM_PICTURE
    + r"|(?:Pool|File|Handout) [Pp]hoto|Photo illustration|Photographed|Photograph|Photo"
    # 'Pic', the short word of the British desks: 'at sunset. (Pic by Jane Doe)'
    r"|Illustrated|Illustration|Image|Picture|Pic|Filmed|Video|Graphic|Supplied|Sketch|Drawing"
    r"|Screenshot|" + PICTURE_KINDS + r")s?"
    # a picture the holder handed over: 'Photo provided by the Hale family'
    r"(?: provided)?"
)
# A holder's initial, its period no sentence's end: 'J. Doe', 'Jane Q. Doe' (a capital alone
# after a space or a slash, then a capitalised word).
HOLDER_INITIAL = r"(?<![^\s/])[A-Z]\.(?= [A-Z])"
LONE_INITIAL: Final = re.compile(HOLDER_INITIAL)
# A picture passed on by its holder names the holder after 'via' as a maker's after 'by':
# 'Pool photo via Acme', 'Photo via Jane Doe/Instagram'.
BY_WORD = r" (?:by|via) "
# A holder's dotted initials inside its name, their periods no sentence's end: the 'U.S.' of
# 'U.S. Forest Service', the 'N.Z.' of 'N.Z. Herald' (a capital and a period, twice or more,
# then a space).
HOLDER_DOTTED: Final = r"(?<![^\s/])(?:[A-Z]\.){2,}(?= )"
BY_CREDIT = re.compile(
    BY_LABEL
    + BY_WORD
    + r"(?P<holder>(?:"
    + HOLDER_DOTTED
    + r"|"
    + HOLDER_INITIAL
    + r"|[^.])+?)\.?$"
)
BY_START = re.compile(BY_LABEL + r" by (?:[A-Z]|(?:the|his|her|their|our|my) )")
# A 'via' by-line opens only after a sentence's end, as its own sentence: 'in Lahore.Pool photo
# via Acme' (inside a credit, 'Jane Doe/PA Images via Getty Images' or 'Jane Doe/NurPhoto via
# Getty Images', the 'via' names the distributor and a label before it is the holder's own word).
VIA_START: Final = re.compile(
    r"(?:(?<=[.!?…\"”’)])|(?<=[.!?…\"”’)] ))(?:" + BY_LABEL + r") via [A-Z]"
)
# The roles of a shoot other than the picture's own, named in a credit after the
# photographer's: 'Food styling', 'Props', 'Hair and make-up', 'Set design'.
SHOOT_ROLES: Final = (
    r"(?:[Ss]tyling|[Pp]rops|[Hh]air(?: and make-up)?|[Mm]ake-up|[Ss]et design|[Aa]rt direction"
    r"|[Rr]etouching)"
)
# Where a by-line's holders part: a publisher after 'on', a lender after ', courtesy (of)',
# another role of the shoot after ';' or ',' and its own 'by': 'Photo by Jane Doe for The
# Daily Star; food styling by John Roe'.
# A by-line after a ';' may name the pictures a composite is made of, in lower case, what they
# are before them or not: 'Photo illustration by Desk Staff; photos by AP and Reuters', '...;
# source photos by Getty Images'.
BY_HOLDERS = re.compile(
    r" on (?=[A-Z])|, courtesy (?:of )?(?=[A-Z])"
    r"|[;,] (?:[a-z]+ )?" + SHOOT_ROLES + r" by (?=[A-Z])"
    r"|; (?:[a-z]+ )?(?:photo|image|picture|photograph)s? by (?=[A-Z])"
)
# A shoot role's by-line after the picture's own, a sentence of its own: 'Photo by Jane Doe.
# Food styling by John Roe'.
ROLE_BY_CREDIT: Final = re.compile(
    r"(?:[A-Z][a-z]+ )?" + SHOOT_ROLES + r" by (?P<holder>[A-Z][^.]*?)\.?$"
)
# A holder named by what they are to the picture's subject, after a by-line's label: 'Supplied
# by the family', 'Photo by her son', 'Picture by the Hartley family' (a determiner, up to two
# names, one lower-case noun; the label is the evidence, as 'Courtesy of the family' is).
GIVEN_HOLDER = re.compile(r"^(?:the|his|her|their|our|my)(?: [A-Z][\w'’-]*){0,2} [a-z][a-z'’-]+$")
# After a first by-line, the sources of a composite may be bodies named by what they are, one
# lower-case word before the noun: 'Photo illustration by Jane Doe. Photos by the federal
# police' (the first by-line is the evidence; alone, 'Photo by the sea wall' is a place).
SOURCE_HOLDER: Final = re.compile(r"^the(?: [A-Z][\w'’-]*){0,2} [a-z][a-z'’-]+ [a-z][a-z'’-]+$")
# Where holders a by-line joins with 'and' part, each a holder of its own, a capital or 'the'
# after it: 'Photos by the federal police and the Acme Museum', 'by Jane Doe and Acme'.
AND_HOLDERS: Final = re.compile(r" and (?=(?:the )?[A-Z])")
# A holder in lower case after a label, what it is of a name: 'estate of Jane Doe',
# 'collection of Acme Museum' (one noun, 'of', a capital).
HOLDER_OF = re.compile(r"[a-z]+ of (?:the )?[A-Z]")
# A lender after a label, in lower case, the courtesy's word kept: 'Photo: courtesy Acme Live'
# ('courtesy of the Hale family' is HOLDER_OF's).
LENT_HOLDER = re.compile(r"courtesy (?:the )?[A-Z]")
# Another role's credit after the picture's own: 'Food styling: Jane Doe', 'Props: Acme'.
ROLE_CREDIT = re.compile(r"[A-Z][a-z]+(?: [a-z]+){0,2}: (?P<holder>[^.]+?)\.?$")
# The same before it, glued to the caption's end or after a sentence's: 'A pie.Food styling:
# Ada Reyes. Photo: Marcus Hill'. Only the roles of a shoot name one there (a styling, props,
# hair and make-up, set design): 'Pictured: Jane Doe. Photo: John Roe' names who is shown.
ROLE_BEFORE = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"”’'])|\s)(?P<role>(?:[A-Z][a-z]+ )?"
    + SHOOT_ROLES
    + r": (?P<holder>[^.:]+?)\.)$"
)
# A by-line of its own sentence closing the caption right before a credit, whose maker it
# names (a picture's kind or a shoot's role, 'by', a holder), set off by a sentence's end or a
# space: 'A map.Illustration by Sam Hart. Source photo: NASA', 'A pie.Prop styling by Ola
# Reyes. Photo by Tim Ames'; the two credit one picture, and go whole.
BY_BEFORE: Final = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"”’'])|\s)(?P<by>(?:"
    + BY_LABEL
    + r"|(?:[A-Z][a-z]+ )?"
    + SHOOT_ROLES
    + r") by (?P<holder>[A-Z][^.:]*?)\.)$"
)

# A part of a composite picture, then its credit: 'Left: Jane Doe/Reuters', 'top right: Acme'.
# (the first part's label is capitalised, glued to the caption; the next may not be)
POSITION = "Top|Bottom|Left|Right|Above|Below|Main|Inset|Centre|Center"
POSITION_PART = re.compile(rf"(?i:{POSITION})(?: (?:left|right))?: (?P<holder>[^;]+?)[.;]?$")
POSITION_START = re.compile(rf"(?:{POSITION})\b")
POSITIONS_MIN = 2
# One lower-case word after a label, a holder written small ('Bild: zvg', 'zur Verfügung
# gestellt'; 'Foto: privat', 'Photo: supplied'): the label is the evidence.
LOWER_HOLDER: Final = re.compile(r"[a-zäöüéèà]{2,12}\.?")

# A social-media handle closing the caption, right after its sentence's end: the photographer's
# account, as picture desks credit posts ('Sunset over the bay.@jane.doe', '... ready? @kim_lee'),
# with the platform it was taken from after 'via': '@kim_lee via Instagram'.
HANDLE_TAIL = re.compile(
    r"(?<=[.?!…\"”’)])\s*(?P<handle>@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}(?: via [A-Z][\w.]*)?)$"
)

Split = tuple[str, str]
# A period and the space after it, where a by-line's next sentence may start.
PERIOD_BREAK: Final = re.compile(r"\.\s+")


def has_text(caption: str) -> bool:
    """True when a caption candidate holds at least one letter: 'A view' (not '' or '2.')."""
    return any(ch.isalpha() for ch in caption)


def marker_may_start(line: str, at: int) -> bool:
    """True when a marker at `at` is set off from the caption: 'walks. Photo:', 'walksPhoto:'."""
    if at == 0:
        return False
    prev = line[at - 1]
    if prev.isspace() or prev in MARKER_FOLLOWS or prev.islower() or prev.isdigit():
        return True
    if prev in LABEL_BARS:
        return True
    return ends_on_suffix(line, at) or acronym_before_label(line, at)


def acronym_before_label(line: str, at: int) -> bool:
    """True when an acronym closes the caption before a label whose holder is a strong credit:
    'assembly of the WHOPhoto: Jane Doe/AP', or a label with its colon, evidence enough before
    a credit: 'run by the NHSPicture: Jane Doe' (but 'of the WWIICourtesy of the museum' stays)."""
    if not ends_on_acronym(line, at):
        return False  # (most markers: a mark or a word's capital before them, no acronym)
    label = LABEL.match(line, at)
    if label is None:
        return False
    holder = line[label.end() :]
    return is_strong_credit(holder) or (":" in label[0] and is_credit_like(holder))


def ends_on_suffix(line: str, at: int) -> bool:
    """True when a name's suffix in capitals closes the caption just before `at`: the name is
    complete, so a marker glued on opens the credit: 'Sam Lee IIICourtesy of the Lee family'."""
    return line[at - 1] in "IV" and letters_before(line, at) in SUFFIXES


def alt_rule(alt: str, line: str) -> Split | None:
    """Split where the alt text stops matching: alt 'A lander.', line 'A lander.Blue Origin'."""
    if not alt:
        return None  # no alt text to go by (a picture without one, on a page without a title)
    size = len(alt) if line.startswith(alt) else 0
    if not size:
        while size < min(len(alt), len(line)) and alt[size] == line[size]:
            size += 1
        if size == len(line) or not alt[size].isspace():
            return None
    head, tail = line[:size], line[size:]
    if head.strip() != head or not has_text(head) or not is_credit_like(tail):
        return None
    return head, tail


def is_caseless(letter: str) -> bool:
    """A letter of a script without capitals (Chinese, Japanese, Korean, Arabic, Thai): a name
    there starts with no capital to go by, so a label is the only evidence of a credit."""
    return letter.isalpha() and not letter.isupper() and not letter.islower()


def is_labelled_holder(credit: str) -> bool:
    """True for a short holder after an explicit label, lowercase words allowed (the label is
    the evidence): 'Image: Vacuum maker handout', 'Photo: Harbour Board archive', one named
    by what it is of a capitalised holder: 'Artwork: estate of Jane Doe', a lender:
    'Photo: courtesy Acme Live', and one lower-case word: 'Bild: zvg', 'Foto: privat'."""
    opens = bool(credit[:1].isupper() or HOLDER_OF.match(credit) or LENT_HOLDER.match(credit))
    opens = opens or is_caseless(credit[:1]) or LOWER_HOLDER.fullmatch(credit) is not None
    if not opens or len(credit.split()) > MAX_LABELLED_WORDS:
        return False
    if len(credit) > MAX_CREDIT_CHARS or credit[-1] in ",;:" or "?" in credit or "!" in credit:
        return False
    return not has_credit_sentence(FILES_OF.sub("", credit))


def is_role_chain(credit: str) -> bool:
    """True for a holder followed by the people of other roles, each 'Role: Holder.':
    'Jane Doe. Food styling: John Roe. Prop styling: Ann Lee'."""
    first, *rest = re.split(r"(?<=\.)\s+", credit)
    if not rest or not is_credit_like(first.removesuffix(".")):
        return False
    for part in rest:
        role = ROLE_CREDIT.match(part)
        if not role or not is_credit_like(role["holder"]):
            return False
    return len(credit) <= 2 * MAX_CREDIT_CHARS


def label_run_start(found: list[re.Match[str]]) -> int:
    """Where the last label starts, the labels touching it before it one label with it: a
    picture's word before the copyright mark labels the credit too ('.. sensors. Image: © Jo
    Lee/Acme' -> the credit 'Jo Lee/Acme', the caption '.. sensors.'); a label with words
    between it and the last one stays where it is."""
    at = len(found) - 1
    while at > 0 and found[at - 1].end() == found[at].start():
        at -= 1
    return found[at].start()


def without_bar(head: str) -> str:
    """A caption before a label without the bar that set the label off: 'at dusk |' -> 'at dusk'."""
    return head.rstrip().rstrip(LABEL_BARS).rstrip()


def label_rule(line: str) -> Split | None:
    """Split at the last label marker: 'Crowds in Las Vegas. Photo: John Locher, AP'."""
    markers = list(LABEL.finditer(line))
    if any(word in line for word in CAPS_LABEL_WORDS):
        markers = sorted(markers + list(CAPS_LABEL.finditer(line)), key=lambda m: m.start())
    if "/" in line:
        markers = sorted(markers + list(SLASH_LABEL.finditer(line)), key=lambda m: m.start())
    found = [m for m in markers if marker_may_start(line, m.start())]
    if not found:
        return None
    head, credit = without_bar(line[: label_run_start(found)]), line[found[-1].end() :]
    sourced = picture_credit_after_source(line, found[-1])
    if sourced is not None:
        return sourced
    holder = is_credit_like(credit) or is_labelled_holder(credit) or is_role_chain(credit)
    if not (has_text(head) and holder):
        return None
    role = ROLE_BEFORE.search(head)
    if role and is_credit_like(role["holder"]) and has_text(head[: role.start("role")]):
        # 'A pie.Food styling: Ada Reyes. Photo: Marcus Hill': the roles stay with the credit,
        # whole, its labels kept, as the chain after the picture's own holder is
        return head[: role.start("role")].rstrip(), line[role.start("role") :]
    return by_line_before(line, head) or (head, credit)


# A source label, the label of a chart's or a map's data: 'Source: World Bank', 'Sources:'.
SOURCE_LABEL: Final = re.compile(r"(?:" + SOURCE_LABELS + r") ?:")


def picture_credit_after_source(line: str, label: re.Match[str]) -> Split | None:
    """The split at a picture's credit glued after a source line, which names a chart's data
    and stays in its caption: 'Rents by year. Source: ONS.Jane Doe/Handout' -> ('Rents by year.
    Source: ONS.', 'Jane Doe/Handout'); None when the source closes the line, the credit itself
    ('A drawing of the ferry.Source: Clyde Marine Ltd')."""
    if SOURCE_LABEL.match(label[0]) is None:
        return None  # (most labels name a picture's maker: settled first)
    found = glue_split(line[label.end() :])
    if found is None or not has_text(found[0]):
        return None
    return line[: label.end()] + found[0], found[1]


def by_line_before(line: str, head: str) -> Split | None:
    """The split before a by-line closing the caption `head` right before the credit found,
    the two kept whole: 'A map.Illustration by Sam Hart. Source photo: NASA' -> ('A map.',
    'Illustration by Sam Hart. Source photo: NASA'); None where the head ends on none."""
    if not head.endswith(".") or " by " not in head:
        return None  # (most captions: no by-line sentence closes them, settled first)
    # (a by-line is a credit's length at most: only the head's end is searched)
    by = BY_BEFORE.search(head, max(0, len(head) - MAX_CREDIT_CHARS - 1))
    if by is None or not is_by_holder(by["holder"]) or not has_text(head[: by.start("by")]):
        return None
    return head[: by.start("by")].rstrip(), line[by.start("by") :]


def courtesy_rule(line: str) -> Split | None:
    """Split before a closing courtesy line, kept whole: 'A family photo.Courtesy of the family'."""
    found = [m for m in COURTESY.finditer(line) if marker_may_start(line, m.start())]
    if not found:
        return None
    head, credit = line[: found[-1].start()].rstrip(), line[found[-1].start() :]
    if len(credit) > MAX_CREDIT_CHARS or len(credit.split()) > MAX_COURTESY_WORDS:
        return None
    if credit[-1] in ",;:" or not has_text(head) or has_credit_sentence(credit):
        return None
    if head.endswith(","):
        # 'in Accra.Jane Doe, Courtesy of Acme': the photographer goes with the lender
        return photographer_before_lender(line, head) or (head, credit)
    return by_line_before_lender(line, head) or (head, credit)


def by_line_before_lender(line: str, head: str) -> Split | None:
    """A by-line sentence glued onto the caption right before a courtesy sentence, credited
    with it, whole: 'with Sam Hart Jr.Photo by Jane Doe. Courtesy of Acme.' -> ('with Sam Hart
    Jr.', 'Photo by Jane Doe. Courtesy of Acme.'); None when no by-line closes the head."""
    if not head.endswith("."):
        return None  # (most courtesy lines follow a caption's own sentence: settled first)
    by = by_rule(head)
    if by is None or not head.endswith(by[1]):
        return None
    return by[0], line[len(by[0]) :]


def photographer_before_lender(line: str, head: str) -> Split | None:
    """The photographer glued onto the caption before a comma and a lender, credited with it,
    whole: 'in Accra.Jane Doe, Courtesy of Acme' -> ('in Accra.', 'Jane Doe, Courtesy of
    Acme'); None when no name is glued on ('A boat at dawn, Courtesy of Acme')."""
    glued = glue_split(head[:-1])
    if glued is None:
        return None
    return glued[0], line[len(glued[0]) :]


def inside_whole(inner: str) -> str | None:
    """A bracketed credit kept whole, its words part of it: 'Submitted by Jane Doe', 'Jane Doe
    for The Daily Star' (None for '(Waiting for Godot)')."""
    if WHOLE_INSIDE.match(inner):
        return inner if is_labelled_holder(inner) or is_credit_like(inner) else None
    if " for " not in inner:
        return None
    outlet = FOR_OUTLET.fullmatch(inner)
    if outlet and is_credit_like(outlet["name"]) and is_credit_like(outlet["outlet"]):
        return inner
    return None


def lone_credit_word(inner: str) -> str | None:
    """A credit's own word alone in a caption's closing brackets is the credit: 'at the
    depot. (Supplied)', 'in 2024. (File)', 'the flood. [Handout]' -> 'Supplied', 'File',
    'Handout' (PICTURE_CREDIT_WORDS); else None. Capitalised and alone only: a caption's own
    note in brackets ('(left)', '(pictured)', '(file photo)', '(2019)') stays."""
    return inner if inner in PICTURE_CREDIT_WORDS else None


def caps_label_inside(inner: str) -> re.Match[str] | None:
    """A label in capitals opens a bracketed credit as one in either case does: 'on the pier.
    [PHOTO: Acme News]' -> 'Acme News', '(IMAGE: Jo Lee)' -> 'Jo Lee'; else None. Tried only
    on brackets holding one of its words, as label_rule does ('[UPDATE: 4pm]' has none)."""
    if not any(word in inner for word in CAPS_LABEL_WORDS):
        return None
    return CAPS_LABEL.match(inner)


# A bar between a photographer and the title they shoot for inside a credit's brackets, as a
# slash does: '[ANN LEE | Boundary Star]'.
BRACKETED_BAR: Final = " | "
# A closing bracket pair padded with spaces inside: 'at dusk. [ Ann Lee | Times ]'.
PADDED_BRACKETS: Final = re.compile(r"(?<=[(\[]) +(?=[^()\[\]]*[)\]]$)|(?<=[^ ()\[\]]) +(?=[)\]]$)")


def closed_brackets(line: str) -> str:
    """The line with the spaces just inside its closing brackets taken out, so that the pair
    reads as one credit: 'at dusk. [ Courtesy of Acme ]' -> 'at dusk. [Courtesy of Acme]'."""
    if not line.endswith(("]", ")")):
        return line  # (most captions: no closing bracket, settled first)
    return PADDED_BRACKETS.sub("", line)


def is_bar_credit(credit: str) -> bool:
    """True for a bracketed 'Name | Title' credit, each side a name of at most
    MAX_BAR_CREDIT_WORDS capitalised words, no figure: 'ANN LEE | Boundary Star' (not 'Home 2 |
    Away 1', 'Open daily | Free entry')."""
    sides = credit.split(BRACKETED_BAR)
    if len(sides) != 2 or any(c.isdigit() for c in credit):
        return False
    return all(
        side and names_only(side) and len(side.split()) <= MAX_BAR_CREDIT_WORDS for side in sides
    )


def bar_bracketed(match: re.Match[str], head: str) -> bool:
    """True when a bracketed 'Name | Title' may be a credit: in square brackets anywhere, in
    round ones after the caption's stop: 'at dusk. (Ann Lee | The Star)' (not 'the derby (Home
    Rovers | Away United)')."""
    return match["square"] is not None or (head[-1:] in ".!?" and closes_sentence(head))


def parenthesis_rule(line: str) -> Split | None:
    """Split off a final credit in parentheses or brackets: 'In Paris (AP Photo/Michel Euler)',
    'In Doha.[Rahul Mehta/Al Jazeera]'."""
    match = PARENTHESISED.search(line)
    if not match:
        return None
    inner = (match["round"] or match["square"] or match["wide"]).strip()
    head = line[: match.start()].rstrip()
    by = BY_CREDIT.match(inner)
    by_line = by is not None and is_credit_like(by["holder"])
    if " by " in inner and has_text(head) and (by_line or is_holder_then_picture(inner)):
        return head, inner  # 'in Paris. (Photo by Jane Doe/Getty Images)': by-lines stay whole
    whole = inside_whole(inner) or lone_credit_word(inner)
    if whole and has_text(head):
        return head, whole
    # inside the brackets a label may start in lower case: '(photo credit: Jane Doe)', or be
    # set in capitals: '[PHOTO: Acme News]'
    label = LABEL.match(inner) or LABEL.match(inner[:1].upper() + inner[1:])
    label = label or caps_label_inside(inner)
    if label is None and bar_bracketed(match, head):
        label = BAR_LABEL_INSIDE.match(inner)  # 'on Sunday. (Photo | Jane Doe, Acme)'
    label = label or BARE_LABEL_INSIDE.match(inner)
    if label is None and (first := HOLDER_FIRST.fullmatch(inner)) and has_text(head):
        return head, first["holder"]  # '[가람시 제공. 재판매 및 DB 금지]': the label follows
    credit = inner[label.end() :] if label else inner
    explicit = label is not None or "/" in credit or starts_with_agency(credit)
    explicit = explicit or (bar_bracketed(match, head) and is_bar_credit(credit))
    explicit = explicit or is_holder_then_picture(credit)
    holder = is_credit_like(credit) or (label is not None and is_labelled_holder(credit))
    if not (explicit and has_text(head) and holder):
        return None
    if label is None and credit in AGENCIES:
        return named_before_agency(line, head) or (head, credit)
    return head, credit


def named_before_agency(line: str, head: str) -> Split | None:
    """The name glued onto the caption before a bracketed agency, credited with it, whole: 'in
    August.Jane Doe (EPA)' -> ('in August.', 'Jane Doe (EPA)'); None when no name is glued
    on ('Crowds in Paris (AP)' keeps 'AP' alone)."""
    glued = glue_split(head)
    if glued is None:
        return None
    return glued[0], line[len(glued[0]) :]


def is_holder_then_picture(inner: str) -> bool:
    """True for a bracketed credit naming its holder before a picture's word, its maker after
    'by' or not: 'Chronicle Photo', 'File photo', 'Express Photo by Jane Doe' (not
    'Representational image', a note on what the picture is)."""
    if " by " in inner:
        inner, maker = inner.rsplit(" by ", 1)
        if not is_credit_like(maker):
            return False
    found = HOLDER_THEN_PICTURE.fullmatch(inner)
    return found is not None and found["holder"].split()[0] not in PICTURE_NOTES


def agency_slash_rule(line: str) -> Split | None:
    """Split before an agency credit after a space: 'in Washington. AP Photo/Evan Vucci' (one
    after a dashed photographer's name is the glue rule's: 'Jane Doe - WPA Pool/Getty')."""
    # a credit is at most MAX_CREDIT_CHARS long, so only the line's end needs a look
    start = max(0, len(line) - MAX_CREDIT_CHARS - 1)
    for match in re.finditer(r"\s(?=\S)", line[start:]):
        head, credit = line[: start + match.start()].rstrip(), line[start + match.end() :]
        slash = AGENCY_SLASH.match(credit)
        if slash and slash["agency"] in AGENCIES and is_credit_like(credit):
            # 'port.Jane Doe / EPA-EFE / Shutterstock', 'Spain.Action Images via Reuters/Lee
            # Smith': a head ending in a separator or 'via' is part of the credit, which starts
            # further back (the glue rule finds it); one ending in 'at' or 'of' goes on into
            # the agency's name, the caption's words: 'The rover's team at NASA/JPL'
            joined = head[-1] in CHAIN_MARKS or ends_open(head)
            # 'chapelJane Doe - WPA Pool/Getty Images': the dash joins the photographer too
            joined = joined or DASHED_HOLDER.search(head) is not None
            if joined or not has_text(head):
                return None
            # 'SundayJane Doe/Ritzau Scanpix/Pool': the chain starts further back, where the
            # glue or the spaced rule finds it; with neither, the slash is the caption's own
            chained = chain_before(line, head) if holder_goes_on(head) else None
            return chained or (head, credit)
    return None


def holder_goes_on(head: str) -> bool:
    """True when a caption candidate may end inside a chain of holders, its last word a
    capitalised name after a slash, which the agency's word after the space goes on: 'SundayJane
    Doe/Ritzau' of '...Doe/Ritzau Scanpix/Pool via Reuters' (not 'a 24/7')."""
    return SLASHED_NAME_END.search(head) is not None


def chain_before(line: str, head: str) -> Split | None:
    """The split of the glue or the spaced rule when its credit starts in `head`, the chain of
    holders read whole back to its first name: 'SundayJane Doe/Ritzau Scanpix/Pool via Reuters'
    -> ('Sunday', 'Jane Doe/Ritzau Scanpix/Pool via Reuters'); None where neither finds one
    ('Fans of AC/DC Reuters/Jane Doe': nothing is glued, the caption ends at 'AC/DC')."""
    found = glue_split(line) or spaced_credit_rule(line)
    if found is None or len(found[0]) >= len(head):
        return None
    # 'A show.Fans of Simon/Garfunkel Reuters/Jane Doe': words of a sentence before the slash
    return found if names_only(head[len(found[0]) :]) else None


def names_only(words: str) -> bool:
    """True when a run of words is a name's, each capitalised or a surname's particle: 'Robin
    van Dijk/ANP', 'S. Doe/Ritzau' (not 'Visitors at Smith/Jones')."""
    return all(word[:1].isupper() or word in NAME_PARTICLES for word in words.split())


def ends_open(head: str) -> bool:
    """True when a caption candidate ends on a word whose object goes on after it (OPEN_ENDS):
    'The rover's team at', 'Action Images via' (not 'A rover at dusk')."""
    last = head.rsplit(None, 1)[-1] if head.strip() else ""
    return last in OPEN_ENDS


def closes_sentence(head: str) -> bool:
    """True when a caption candidate ends a sentence, not an initial or a title: 'in Ottawa.',
    'in the U.S.', 'at 9 a.m.', 'Acme Inc.', 'Flint, Mich.' (not 'J.', 'Sen.', 'Gov.')."""
    if not head.endswith("."):
        return True  # '?', '!', a quote mark or a bracket closes it
    word = letters_and_dots_before(head)
    if opens_a_name(word):
        return False  # 'Jam Sta.': a name's part, the name going on after it
    if not is_abbreviation(word):
        return True
    return "." in word or word in NAME_ENDINGS or is_place_ending(word)


def letters_and_dots_before(head: str) -> str:
    """The word before a caption's final period, its inner periods kept: 'U.S' of 'in the U.S.'."""
    return head[:-1].rsplit(None, 1)[-1].lstrip("([{\"'‘“") if head[:-1].strip() else ""


def spaced_credit_rule(line: str) -> Split | None:
    """Split before a closing sentence that is a credit naming its holders apart, one of them
    known (an agency, a title, 'file'), or a lone agency or credit word (is_lone_holder), set
    off by a space instead of glued on: 'in Ottawa. Tom Nguyen / The Canadian Press file',
    'Representational image. PTI' (the first such break: in 'in the U.S. J. Doe / AP', after
    'U.S.', not after 'J.')."""
    # a credit is at most MAX_CREDIT_CHARS long, so only the line's end needs a look
    for found in SPACED_BREAK.finditer(line, max(0, len(line) - MAX_CREDIT_CHARS - 2)):
        head, tail = line[: found.start()], line[found.end() :]
        if not closes_sentence(head) or not has_text(head):
            continue
        if is_lone_holder(tail):
            return head, tail
        if holders_apart(tail) and is_strong_credit(tail) and names_a_known_holder(tail):
            return head, tail
    return None


def is_lone_holder(tail: str) -> bool:
    """True for a credit that is one agency's name or a credit's own word, all of it: 'PTI',
    'Getty Images', 'Supplied' ('Representational image. PTI'); a sentence naming one ('Reuters
    reported it.') or a person's name alone ('Ann Lee') is none."""
    return tail in AGENCIES or tail in WHOLE_WORD_CREDITS or is_picture_credit(tail)


def is_picture_credit(tail: str) -> bool:
    """True for a credit word with the picture it credits, in either order: 'Supplied photo',
    'File photo', 'Handout image', 'Photo supplied' (not 'Supplied by Ann Lee', 'Great photo')."""
    words = tail.split()
    if len(words) != 2:
        return False
    first, second = words
    if first in PICTURE_CREDIT_WORDS:
        return second in PICTURE_NOUNS
    # the noun first, the credit word after it in lower case: 'Photo supplied'
    return (
        first.lower() in PICTURE_NOUNS
        and second.islower()
        and (second.capitalize() in WHOLE_WORD_CREDITS)
    )


# A credit set off by a bar after the caption's last sentence, no label: 'in July. | Ann Lee'.
BAR_CREDIT: Final = re.compile(r"(?<=[.!?\"”’)]) \| (?=[A-Z])")
MAX_BAR_CREDIT_WORDS: Final = 5  # a person's or a body's name: 'Dhanpur Gram Panchayat'


def bar_credit_rule(line: str) -> Split | None:
    """Split at a bar after the caption's closing sentence when all after it is one name of a
    person or a body, every word capitalised, or names joined by commas (a photographer and
    their title), no colon, no second bar: 'Rain in Oslo. | Ann Lee' -> ('Rain in Oslo.', 'Ann
    Lee'); '.. | Ann Lee, Tarn Courier'. A bar inside the text ('Home 2 | Away 1', 'Open daily.
    | Tickets from 9am') is the caption's."""
    return names_after_last_mark(line, BAR_CREDIT, len(" | "), ":|.!?;", joiner=", ")


def last_mark_split(line: str, mark: re.Pattern[str], mark_chars: int) -> Split | None:
    """The line parted at its last `mark` (a credit closes the line), only its last
    MAX_CREDIT_CHARS and the mark's own `mark_chars` read: 'Rain. | Ann Lee' -> ('Rain.', 'Ann
    Lee'); None when no mark stands there."""
    marks = list(mark.finditer(line, max(0, len(line) - MAX_CREDIT_CHARS - mark_chars)))
    if not marks:
        return None
    found = marks[-1]
    return line[: found.start()], line[found.end() :]


def names_after_last_mark(
    line: str, mark: re.Pattern[str], mark_chars: int, banned: str, joiner: str = ""
) -> Split | None:
    """Split at the last `mark` after the caption's closing sentence when all after it is one
    name (or names joined by `joiner`) of at most MAX_BAR_CREDIT_WORDS capitalised words, none
    of the `banned` marks nor a digit in it: the shared check of bar_credit_rule,
    bullet_credit_rule and stop_slash_rule ('Rain in Oslo. | Ann Lee' -> ('Rain in Oslo.', 'Ann
    Lee')). Only the line's last MAX_CREDIT_CHARS and the mark's own `mark_chars` are read."""
    split = last_mark_split(line, mark, mark_chars)
    if split is None:
        return None
    head, tail = split
    if not closes_sentence(head) or not has_text(head) or any(c in tail for c in banned):
        return None
    names = tail.split(joiner) if joiner else [tail]
    if any(len(name.split()) > MAX_BAR_CREDIT_WORDS or not names_only(name) for name in names):
        return None
    return (head, tail) if not any(c.isdigit() for c in tail) else None


# A credit set off by a bullet after the caption's last sentence, no label: the photographer's
# name (often in capitals) and the title they shoot for, 'on Saturday. ANN LEE • Tarn Courier'.
BULLET_CREDIT: Final = re.compile(r"(?<=[.!?\"”’)]) (?=[A-Z][^•]* • [A-Z][^•]*$)")
# A credit set off by a slash, a backslash or a dash and spaces after the caption's last stop,
# no label: 'on Friday. / QNP', 'at dusk. / Ann Lee', 'near Tullow. \ Ann Lee', 'in 2024. -
# Contributed'. A slash within the text ('5 km / 3 miles') follows no stop.
STOP_SLASH_CREDIT: Final = re.compile(r"(?<=[.!?\"”’)]) [/\\\-–—] (?=[A-Z])")
STOP_DASHES: Final = "-–—"


def bullet_credit_rule(line: str) -> Split | None:
    """Split before a closing 'NAME • Holder' credit after the caption's last sentence, each
    side a name of at most MAX_BAR_CREDIT_WORDS capitalised words: 'Ice on the lake. ANN LEE •
    Tarn Courier' -> ('Ice on the lake.', 'ANN LEE • Tarn Courier'). A bullet between words
    of the text ('Open daily • Free entry') leaves the line whole."""
    # (the break is the space before the credit: the bullet is inside it)
    return names_after_last_mark(line, BULLET_CREDIT, len(" "), ":|.!?,;", joiner=" • ")


def stop_slash_rule(line: str) -> Split | None:
    """Split at a spaced slash, backslash or dash after the caption's last stop when all after it
    is one name, every word capitalised: 'Drivers at the rank on Friday. / QNP' -> ('Drivers at
    the rank on Friday.', 'QNP'); 'A hedge in Co Tarnagh. \\ Ann Lee', 'The plant in 2024. -
    Contributed' -> (.., 'Contributed'). After a dash one word is a credit only as a credit's
    own word or an agency ('Score 3-1. - Final' stays whole)."""
    found = names_after_last_mark(line, STOP_SLASH_CREDIT, len(" / "), ":|/\\.!?,;")
    if found is None or line[len(found[0]) + 1] not in STOP_DASHES:
        return found
    return found if " " in found[1] or is_lone_holder(found[1]) else None


# A dash after the caption's last stop, glued to the credit after it or spaced, where a credit
# written all in capitals may start: 'on Friday. —HARBOR DAILY PHOTO / ANN LEE'.
CAPS_DASH_CREDIT: Final = re.compile(r"(?<=[.!?\"”’)]) [—–] ?(?=[A-Z])")


def caps_dash_rule(line: str) -> Split | None:
    """Split at a dash after the caption's last stop when all after it is a credit in capitals,
    its holders maybe joined by a slash: 'Buses at the depot on Friday. —HARBOR DAILY PHOTO /
    ANN LEE' -> ('Buses at the depot on Friday.', 'HARBOR DAILY PHOTO / ANN LEE'). Words in
    lower case after the dash are the caption's ('... on Friday. — the photo shows ...')."""
    split = last_mark_split(line, CAPS_DASH_CREDIT, len(" — "))
    if split is None:
        return None
    head, tail = split
    if tail.upper() != tail or any(c.isdigit() for c in tail) or not has_text(head):
        return None
    return (head, tail) if closes_sentence(head) and is_credit_like(tail) else None


# A bar before an agency's credit closing a caption with no final stop: 'near Velhar | ANI',
# 'at the plant | AAP Image/Ann Lee'.
OPEN_BAR_AGENCY: Final = re.compile(r"(?<=[^\s.!?|]) \| (?P<agency>[A-Z][\w ./-]*)$")


def is_agency_credit(tail: str) -> bool:
    """True for a credit an agency gives alone or with its holders joined by slashes, every
    word capitalised: 'ANI', 'AAP Image/Ann Lee', 'Ann Lee/Reuters' (not 'Menu', 'Buses/Trams',
    'AP style')."""
    if tail in AGENCIES:
        return True
    pieces = [piece.strip() for piece in tail.split("/")]
    if len(pieces) < 2 or not all(piece and names_only(piece) for piece in pieces):
        return False
    return starts_with_agency(tail) or pieces[-1] in AGENCIES


def open_bar_agency_rule(line: str) -> Split | None:
    """Split at a bar closing a caption without a final stop when an agency's credit alone
    follows it: 'A canal near Velhar | ANI' -> ('A canal near Velhar', 'ANI'); 'At the plant |
    AAP Image/Ann Lee' -> ('At the plant', 'AAP Image/Ann Lee'). A name that is no agency's
    credit after such a bar ('Home 2 | Away 1', 'Menu | Drinks') is the caption's."""
    found = OPEN_BAR_AGENCY.search(line, max(0, len(line) - MAX_CREDIT_CHARS - len(" | ")))
    if found is None or not is_agency_credit(found.group("agency")):
        return None
    head = line[: found.start()]
    return (head, found.group("agency")) if has_text(head) else None


def is_by_holder(holder: str) -> bool:
    """True for the holder of a by-line credit: a credit ('Jane Doe/AP') or one named by what
    they are to the picture's subject ('the family', 'her son'), or a body named after 'the'
    ('the Harbour Trust')."""
    return is_credit_like(holder) or GIVEN_HOLDER.match(holder) is not None or named_body(holder)


def later_source(holder: str, k: int) -> bool:
    """True for a source named by what it is (SOURCE_HOLDER) in a compound credit's sentence k
    after the first: 'Photos by the federal police' after 'Photo illustration by Jane Doe.'."""
    return k > 0 and SOURCE_HOLDER.match(holder) is not None


def named_body(holder: str) -> bool:
    """True for a holder that is 'the' and a credit's name, a body that supplied the picture:
    'Supplied by the Harbour Trust' (not 'the family', GIVEN_HOLDER's)."""
    return holder.startswith("the ") and holder[4:5].isupper() and is_credit_like(holder[4:])


def by_sentences(tail: str) -> list[str]:
    """A by-line tail's sentences, cut at the periods that end one, not at a dotted holder's or
    a name's abbreviation: 'U.S. Navy photo by Jane Doe. Styling by Ann Lee' -> ['U.S. Navy photo
    by Jane Doe.', 'Styling by Ann Lee']."""
    parts: list[str] = []
    start = 0
    for found in PERIOD_BREAK.finditer(tail):
        word = letters_and_dots_before(tail[start : found.start() + 1])
        # (a name's 'Jr.' still cuts, as before: the holder holds no period)
        if not ("." in word and is_abbreviation(word)) and not opens_a_name(word):
            if holder_initial(tail, found.start()):
                continue
            parts.append(tail[start : found.start() + 1])
            start = found.end()
    return [*parts, tail[start:]]


def holder_initial(tail: str, at: int) -> bool:
    """True when the period at `at` closes a lone initial of a holder's name, not a sentence:
    the 'J.' of 'Photo by J. Doe', of 'Jane Q. Doe' (not 'Studio B. Styling by Ann Lee', whose
    next sentence is a by-line of its own)."""
    if at < 1 or LONE_INITIAL.match(tail, at - 1) is None:
        return False
    return ROLE_BY_CREDIT.match(tail, at + 2) is None and BY_START.match(tail, at + 2) is None


def by_credit(tail: str) -> bool:
    """True when every sentence of a tail is 'Label by Holder.': 'Photo by Jane Doe.'."""
    parts = by_sentences(tail.strip())
    for k, part in enumerate(parts):
        # 'Photo by Jane Doe. Food styling by John Roe': a later sentence may credit a role
        match = BY_CREDIT.match(part) or (ROLE_BY_CREDIT.match(part) if k else None)
        # 'Photo by Jane Doe on Unsplash': a holder, then where the picture was published;
        # 'Photograph by Jane Doe, courtesy of Acme': the photographer, then the lender
        holders = BY_HOLDERS.split(match["holder"]) if match else []
        if holders and not all(map(is_by_holder, holders)):
            holders = [part for holder in holders for part in AND_HOLDERS.split(holder)]
        if not holders or not all(is_by_holder(h) or later_source(h, k) for h in holders):
            return False
    return len(tail) <= 2 * MAX_CREDIT_CHARS


def _split_at_start(
    line: str, starts: re.Pattern[str], accepts: Callable[[str], bool]
) -> Split | None:
    """Split before the first place `starts` matches whose tail `accepts` takes for a credit."""
    # a credit is at most 2 * MAX_CREDIT_CHARS long, so only the line's end needs a look
    for match in starts.finditer(line, max(0, len(line) - 2 * MAX_CREDIT_CHARS - 1)):
        if marker_may_start(line, match.start()):
            head, credit = line[: match.start()].rstrip(), line[match.start() :]
            if has_text(head) and accepts(credit):
                return head, credit
    return None


def by_rule(line: str) -> Split | None:
    """Split before a by-line credit: 'The dam at dusk.Photo by Jane Doe', a shoot role's
    by-line before it going with it: 'A pie.Prop styling by Ola Reyes. Photo by Tim Ames'."""
    found = _split_at_start(line, BY_START, by_credit)
    found = found or _split_at_start(line, VIA_START, by_credit)
    if found is None:
        return None
    return by_line_before(line, found[0]) or holder_name_before(line, found[0]) or found


# The capitalised words of a holder's name left at the head's end after its last sentence,
# glued or spaced, a determiner before them: 'on Nov. 26. The Daily Ledger' of '... The Daily
# Ledger photograph by Jane Doe', 'Brune & Vohl Studio photo by Jane Doe' (the by-label took
# the last word alone, 'Ledger photograph by').
HOLDER_NAME_TAIL: Final = re.compile(
    r"(?<=[.!?]) ?(?P<name>(?:The )?[A-Z][\w&'’-]*(?: (?:&|[A-Z][\w&'’-]*)){0,3})$"
)


def holder_name_before(line: str, head: str) -> Split | None:
    """The split before a holder's name of capitalised words that fills the whole sentence
    before its by-label: 'on Nov. 26. The Daily Ledger photograph by Jane Doe' -> ('on Nov.
    26.', 'The Daily Ledger photograph by Jane Doe'); None where a lower-case word or no
    sentence's end comes between ('a view of the Ledger photograph by Jane Doe' keeps its)."""
    if not head[-1:].isalpha() or not head[-1].islower():
        return None  # (most heads end on a stop, the label right after: settled first)
    tail = HOLDER_NAME_TAIL.search(head, max(0, len(head) - MAX_CREDIT_CHARS - 1))
    if tail is None:
        return None
    before = head[: tail.start()]
    # the stop must close a sentence, not an abbreviation or an initial: 'Dr. Acme Lab photo by'
    # (`before` ends on the stop the tail's look-behind read, so it has a last word)
    if not has_text(before) or is_abbreviation(before.rsplit(None, 1)[-1][:-1]):
        return None
    return before, line[tail.start("name") :]


def position_credit(tail: str) -> bool:
    """True when a tail is POSITIONS_MIN or more 'Position: Holder' parts, each holder a
    credit: 'Left: Jane Doe/Reuters. Right: John Roe/PA', 'Top: Acme; bottom: Getty Images'."""
    parts = re.split(r"(?<=[.;])\s+", tail.strip())
    if len(parts) < POSITIONS_MIN or len(tail) > 2 * MAX_CREDIT_CHARS:
        return False
    for part in parts:
        match = POSITION_PART.match(part)
        if not match or not is_credit_like(match["holder"]):
            return False
    return True


def position_rule(line: str) -> Split | None:
    """Split before the credits of a composite picture's parts, kept whole: 'Dancers in
    London.Left: Jane Doe/Reuters. Right: John Roe/PA'."""
    return _split_at_start(line, POSITION_START, position_credit)


def handle_rule(line: str) -> Split | None:
    """Split off a handle closing the caption after its sentence's end: 'At the pier.@jdoe'
    (an address, 'write to jo@acme.org', has a letter before its '@', and stays)."""
    if "@" not in line:
        return None  # (most captions hold none: settled before the pattern)
    match = HANDLE_TAIL.search(line)
    if match is None or match["handle"].endswith("."):
        return None
    head = line[: match.start()].rstrip()
    return (head, match["handle"]) if has_text(head) else None


def unbracketed(credit: str) -> str:
    """A credit set whole in square brackets without them: '[Photo: Jane Doe/Acme]' -> 'Photo:
    Jane Doe/Acme'; '[file] Jane Doe' or '[A]/[B]' stay as they are."""
    inner = credit[1:-1]
    if credit[:1] == "[" and credit[-1:] == "]" and "[" not in inner and "]" not in inner:
        return inner.strip()
    return credit


def tidy_credit(credit: str) -> str:
    """Drop a label a glued credit still carries: 'Photo: Jane Doe' -> 'Jane Doe', and one
    without a colon before an agency: 'Foto ANP' -> 'ANP' (but 'AP Photo/Jane Doe' stays)."""
    credit = unbracketed(credit)
    label = LABEL.match(credit) or BARE_LABEL.match(credit)
    rest = credit[label.end() :] if label else ""
    if label and label.re is BARE_LABEL and not starts_with_agency(rest):
        return credit
    return without_provided(rest or credit)


def without_provided(credit: str) -> str:
    """A credit without the word 'provided' after its holder: '가람시 제공' -> '가람시'."""
    return PROVIDED.sub("", credit) or credit


def split_credit(alt: str, line: str) -> tuple[str, str | None]:
    """Split a caption line into (caption, credit or None): 'on Sept. 29.Vladimir Smirnov\\TASS'."""
    if line == alt:
        return line, None
    found = alt_rule(alt, line)
    rules = (
        label_rule,
        courtesy_rule,
        parenthesis_rule,
        agency_slash_rule,
        by_rule,
        position_rule,
        handle_rule,
        glue_split,
        spaced_credit_rule,
        bar_credit_rule,
        bullet_credit_rule,
        stop_slash_rule,
        caps_dash_rule,
        open_bar_agency_rule,
    )
    closed = closed_brackets(line)
    for rule in rules:
        found = found or rule(closed)
    return (found[0], tidy_credit(found[1])) if found else (line, None)


def without_final_stop(credit: str) -> str:
    """A credit split off a caption (split_credit's) without the stop that closed the line, one
    an abbreviation, an initial or a company form ends kept: 'Jane Doe.' -> 'Jane Doe'; 'Acme
    Inc.', 'Sam Hart Jr.', 'Acme Kft.', 'Acme Sh.p.k.' (a dotted form) stay."""
    if not credit.endswith(".") or credit.endswith("..") or has_sentence_inside(credit):
        return credit
    last = credit[:-1].rsplit(None, 1)[-1] if credit[:-1].strip() else ""
    word = last.rsplit("/", 1)[-1]
    kept = not last or is_abbreviation(word) or word in COMPANY_FORM_ENDINGS
    kept = kept or is_dotted_company_form(word)
    return credit if kept else credit[:-1]
