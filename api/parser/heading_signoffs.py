"""Sign-offs: the name line closing a reader's letter, never a head.

A letters page closes each letter with its writer's name, most often with a town: 'Jean
Hicks, St Agnes', '— Mark Pascoe, Hayle', 'Dr Sarah Bray, by email'. Such a line is short and
unpunctuated, as heads are, and the next letter's head stands right under it, so the
line-by-line rule reads it as a head over a run and the real head under it as the run's item.

Its shape alone says little: a property's head ('Gull Cottage, Porthgwarra') or a venue
('Barrowland Ballroom, Glasgow') is a name and a place too. Its place says more: a sign-off
closes a paragraph (a sentence's end right above it) and stands right over the next letter's
head, a heading-shaped line over a paragraph. Where SIGN_OFF_MIN lines of the shape stand so,
the page is a letters page, and every line of the shape closing a paragraph is a sign-off,
the ones over a letter without a head or over the page's closing note too.

An advice column signs its readers' questions the same way, a first name alone often, and
puts the expert's answer, a paragraph, under it: '... is she in pain?' / 'Helen, Kendal' /
'Probably not ...'. Where SIGN_OFF_MIN lines of that shape close a question, they are
sign-offs: a head closes no reader's question.

A columnist signs off pointing to a social account: 'Follow Ana Reyes on Instagram @anacooks'.
Short and unpunctuated as a head is, it sends the reader away and heads nothing, wherever it
stands (is_account_sign_off).
"""

from __future__ import annotations

import re
from typing import Final

from api.parser.heading_limits import LONG_CHARS
from api.parser.heading_questions import is_question_line
from api.parser.layout import Item, Line, Picture
from api.parser.sentences import SENTENCE_ENDS

SIGN_OFF_MIN = 2  # sign-offs right over a head that make a letters page
SIGN_OFF_CHARS = 60
# A word of a name: 'Jean', "O'Neill", 'Smith-Jones', 'J.', 'McKay'; no figure.
_NAME = r"[A-Z][A-Za-z'’.-]*"
# A particle inside a name or a place: 'Ellen de Vries', 'Newcastle upon Tyne'.
_SMALL = r"(?:de|da|del|der|van|von|le|la|du|upon|on|in|by|the|of|and)"
_PLACE = rf"{_NAME}(?: (?:{_NAME}|{_SMALL})){{0,3}}(?:, {_NAME}(?: {_NAME}){{0,2}})?"
# Where no town is given: 'by email', 'address supplied', 'name and address withheld'.
_NO_PLACE = r"(?:by|via) e-?mail|(?:name and )?address (?:supplied|withheld)|name withheld"
# A dash may lead the line; a title may lead the name; a town or its stand-in closes it.
SIGN_OFF = re.compile(
    r"^(?:[—–-] ?)?(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Rev|Revd|Cllr|Sir|Dame|Lady|Lord)\.? )?"
    rf"{_NAME}(?: (?:{_NAME}|{_SMALL})){{1,3}}, (?:{_NO_PLACE}|{_PLACE})$"
)

# A reader's pen name, a capital and lower-case words: 'Exhausted mum', 'Tired of waiting'.
_PEN_NAME: Final = r"[A-Z][a-z'’-]+(?: [a-z'’-]+){1,3}"
# A reader signing a question: a first name or two, or a pen name, and a town: 'Helen,
# Kendal', 'Tom and Priya, Stockport', 'Ana & Luis, Girona', 'Worried dad, Leeds'.
ASKED_SIGN_OFF: Final = re.compile(
    rf"^(?:{_NAME}(?: (?:and|&|und|et|y) {_NAME})?|{_PEN_NAME}), (?:{_NO_PLACE}|{_PLACE})$"
)
QUESTION_END: Final = re.compile(r"\?[”\"’']?$")  # 'Are we ruining him?”': a question's end


def sign_offs(items: list[Item], short: list[int], shaped: list[bool]) -> frozenset[int]:
    """The indexes of a letters page's sign-offs (see the module's note); none elsewhere.
    `short` holds the standalone lines of a head's length at most, the only candidates."""
    # (a sign-off's length first, inline: most lines are paragraphs, longer than any)
    near = [k for k in short if len(items[k].text) <= SIGN_OFF_CHARS]
    found = [k for k in near if closes_a_paragraph(items, k)]
    over_heads = sum(1 for k in found if over_a_head(items, shaped, k))
    asked = [k for k in near if signs_a_question(items, k)]
    if len(asked) >= SIGN_OFF_MIN:
        return frozenset(found) | frozenset(asked)  # an advice column's readers
    return frozenset(found) if over_heads >= SIGN_OFF_MIN else frozenset()


def signs_a_question(items: list[Item], k: int) -> bool:
    """True for a line of a reader's sign-off shape right under a question's end, or under a
    letter of one paragraph whose head asks: '... is she in pain?' / 'Helen, Kendal'; '“Are we
    ruining him?”' / '... I am too tired to know.' / 'Exhausted mum, Ruthwell'."""
    text = items[k].text
    if "," not in text or not text[-1].isalpha():
        return False
    before = items[k - 1] if k > 0 else None
    if not (isinstance(before, Line) and before.text[-1] in SENTENCE_ENDS):
        return False
    head = items[k - 2] if k > 1 else None
    asked = isinstance(head, Line) and QUESTION_END.search(head.text) is not None
    if before.text[-1] != "?" and not asked:
        return False
    return SIGN_OFF.match(text) is not None or ASKED_SIGN_OFF.match(text) is not None


def closes_a_paragraph(items: list[Item], k: int) -> bool:
    """True for a line of a sign-off's shape right under a sentence's end: '... sail on it?' /
    'Jean Hicks, St Agnes'."""
    text = items[k].text
    # (a comma and a last letter first: most lines settle there, before the pattern is tried)
    if "," not in text or not text[-1].isalpha():
        return False
    before = items[k - 1] if k > 0 else None
    if not (isinstance(before, Line) and before.text[-1] in SENTENCE_ENDS):
        return False
    return SIGN_OFF.match(text) is not None


def over_a_head(items: list[Item], shaped: list[bool], k: int) -> bool:
    """True when line k stands right over a heading-shaped line without a figure that stands
    over a paragraph: 'Jean Hicks, St Agnes' / 'Borrow a drill, not a book' / text. A line
    with a figure under a name and a place is its datum, a price or a date: 'Gull Cottage,
    Porthgwarra' / 'Guide price £385,000', 'Minack Theatre, Porthcurno' / 'Until 21 June'."""
    if k + 2 >= len(items) or not shaped[k + 1] or shaped[k + 2]:
        return False
    head, after = items[k + 1], items[k + 2]
    if not (isinstance(head, Line) and isinstance(after, Line)):
        return False
    return not any(map(str.isdigit, head.text))


# A reader's pseudonym after a dash, closing a letter to an advice column: '— Cornered in
# Cleveland', '– Worried, Leeds' (a capital after the dash, no sentence's end nor colon, and
# no handle, bracket or figure, as an embedded post's '— Acme (@acme) May 2, 2019' has).
DASHED_SIGN_OFF: Final = re.compile(r"^[—–] ?[A-Z][^.?!:;()@\d]*$")


def is_dashed_sign_off(item: Item) -> bool:
    """True for a short dash-led name line: '— Cornered in Cleveland' (not '— and then?')."""
    return (
        isinstance(item, Line)
        and len(item.text) <= SIGN_OFF_CHARS
        and DASHED_SIGN_OFF.match(item.text) is not None
    )


def signed_letter_ends(
    items: list[Item], heads: list[int], signed: frozenset[int] = frozenset()
) -> list[int]:
    """The heads among `heads` that close a letter: right over a dash-led sign-off, where
    SIGN_OFF_MIN such sign-offs stand under text ('Am I being selfish?' / '— Cornered in
    Cleveland'), or right under a line and over one of a letters page's sign-offs `signed`
    (closes_its_letter). A head introduces text and a sign-off is none."""
    closing = [k for k in heads if closes_its_letter(items, signed, k)] if signed else []
    ends = [k for k in heads if k + 1 < len(items) and is_dashed_sign_off(items[k + 1])]
    if not ends:
        return closing  # (most documents: no head stands over a dash-led line)
    signed_lines = [
        k
        for k, item in enumerate(items)
        if k > 0 and is_dashed_sign_off(item) and isinstance(items[k - 1], Line)
    ]
    return sorted({*closing, *ends}) if len(signed_lines) >= SIGN_OFF_MIN else closing


def closes_its_letter(items: list[Item], signed: frozenset[int], k: int) -> bool:
    """True for line k right under a line of the letter (its text or its head) and right over
    its writer's sign-off, one of `signed`: a letter's closing question has no section of its
    own ('... one flight a week.' / 'Could the works not wait?' / 'Ana Moss, Alofi'); not a
    letter's head over its text ('Why pay for the marquee?' / text / 'Ana Moss, Alofi')."""
    return k + 1 in signed and k > 0 and isinstance(items[k - 1], Line)


def letter_heads(items: list[Item], signed: frozenset[int]) -> list[int]:
    """The line right over a one-paragraph letter that a reader's sign-off closes, when it asks
    (QUESTION_END), LONG_CHARS at most, opening after a sentence's end, a picture or nothing:
    the letter's head, its question in the reader's words ('“She cries before every class.
    Should we let her stop?”' / the letter / 'Worried dad, Leeds'); not a question that is the
    letter's own last line ('... will she fall behind?' / 'Helen, Kendal')."""
    found = []
    for k in sorted(signed):
        head = items[k - 2] if k > 1 else None
        if not (isinstance(head, Line) and head.alone and isinstance(items[k - 1], Line)):
            continue
        if len(head.text) > LONG_CHARS or QUESTION_END.search(head.text) is None:
            continue
        before = items[k - 3] if k > 2 else None
        ends = isinstance(before, Line) and before.text[-1:] in SENTENCE_ENDS
        if before is None or isinstance(before, Picture) or ends:
            found.append(k - 2)
    return found


# A social platform a writer sends the reader to: 'on Instagram', 'on X', 'on TikTok'.
SOCIAL_PLATFORM: Final = (
    r"(?:Instagram|Twitter|X|TikTok|Facebook|Threads|Bluesky|Mastodon|LinkedIn|YouTube|Substack"
    r"|Snapchat|Pinterest|Twitch)"
)
# A writer's closing pointer to a social account: a call to follow or find someone on a
# platform ('Follow Ana Reyes on Instagram', 'Find him on X'), or a platform and a handle
# ('Instagram: @ana.cooks', 'Ana Reyes is on TikTok @anacooks'); never a head's words.
ACCOUNT_SIGN_OFF: Final = re.compile(
    rf"^(?:(?:Follow|Find|Catch)\b.* on {SOCIAL_PLATFORM}\b"
    rf"|.*\b{SOCIAL_PLATFORM}\b.*(?<![\w.])@\w[\w.]*\w)"
    r"[^.!?]*$"
)


def is_account_sign_off(text: str) -> bool:
    """True for a line sending the reader to a social account, a column's sign-off and no
    head: 'Follow Ana Reyes on Instagram @anacooks' (not 'Follow the money')."""
    if "@" not in text and " on " not in text:
        return False  # (most lines: neither a handle nor a platform after 'on')
    return ACCOUNT_SIGN_OFF.match(text) is not None


# A letter's closing words before its writer's name: 'Love, Auntie Clem', 'Best wishes, Tom'.
VALEDICTION: Final = re.compile(
    r"^(?:(?:With|Lots of|All my) love|Love|Best wishes|All the best|Best|Warmly|Warm regards|"
    r"Kind regards|Regards|Yours(?: truly| ever)?|Cheers|Take care|Until next time|"
    r"Until next week),? "
    rf"({_NAME}(?: {_NAME}){{0,2}})$"
)
CLOSING_LINES: Final = 1  # text lines a sign-off may stand over: the column's write-in note


def valediction_sign_offs(items: list[Item], flags: list[bool]) -> list[int]:
    """The flagged lines closing a column in a letter's manner, a valediction and a name the
    page names elsewhere, at most CLOSING_LINES text lines under it: text / 'Love, Auntie
    Clem' / 'Write to Clem at ...' (not 'Love, Simon' / a review's section, nor a valediction
    signing a name the page never names)."""
    text_lines = 0
    for k in range(len(items) - 1, -1, -1):
        item = items[k]
        if not isinstance(item, Line):
            continue
        if flags[k]:
            match = VALEDICTION.match(item.text)
            if match is not None and names_elsewhere(items, k, match[1]):
                return [k]
            return []
        text_lines += 1
        if text_lines > CLOSING_LINES:
            return []
    return []


def names_elsewhere(items: list[Item], k: int, name: str) -> bool:
    """True when a line of the page but line k holds `name`: the column's writer, named in
    its lead or its letters ('Dear Auntie Clem, ...')."""
    return any(
        isinstance(item, Line) and name in item.text for j, item in enumerate(items) if j != k
    )


def signs_its_letter(text: str) -> bool:
    """True for a paragraph closing a sentence, then signed on the same line with a dash-led
    name: '... One cries every night. — Split in Portmore' (not '... a gap — and then?', nor
    '... — the mayor said so.'), a letter's end as a stop is a paragraph's."""
    cut = max(text.rfind(" — "), text.rfind(" – "))
    if cut < 0 or len(text) - cut > SIGN_OFF_CHARS:
        return False
    before = text[:cut].rstrip("”\"’'")
    return before[-1:] in SENTENCE_ENDS and DASHED_SIGN_OFF.match(text[cut + 1 :]) is not None


# A letter's salutation opening its line: 'Dear Auntie Clem, my son ...' (the name up to the
# comma, a few words at most).
SALUTATION: Final = re.compile(r"^Dear ([A-Z][^,.!?]{0,40}),")
LETTER_HEADS: Final = 2  # heads right over a letter that make a page of letters' heads


def salutation(item: Item | None) -> str:
    """The name a line's letter is addressed to, else '': 'Dear Auntie Clem, my son ...' ->
    'Auntie Clem' ('Dear me, what a day.' -> 'me' too: read only beside heads over letters)."""
    match = SALUTATION.match(item.text) if isinstance(item, Line) else None
    return match[1] if match else ""


def letter_page_heads(items: list[Item], flags: list[bool]) -> tuple[list[int], list[int]]:
    """On a page whose heads stand right over letters to one addressee (LETTER_HEADS of them at
    least, most of its heads), a standalone line right over such a letter before the first
    head, after a sentence's end, a picture or nothing, LONG_CHARS at most, is a head too (the
    first letter's, in the first head's slot: 'Every week, X answers ...' / 'My son is 16 and says
    X. What do I say?' / 'Dear X, my son ...'), and the questions flagged over no letter are
    the answers' text ('Dear Stuck, ...' / 'Is it really a problem?' / 'Some of it is.'):
    (added, dropped)."""
    heads = [k for k, flag in enumerate(flags) if flag and k + 1 < len(items)]
    names = [salutation(items[k + 1]) for k in heads]
    addressed = {name for name in names if name}
    lettered = len(names) - names.count("")
    if len(addressed) != 1 or lettered < LETTER_HEADS:
        return [], []
    if 2 * lettered <= len(heads):
        return [], []  # most heads head something else: a letter or two inside the page
    added: list[int] = []
    dropped = [
        k for k, name in zip(heads, names, strict=True) if not name and is_question_line(items[k])
    ]
    # the first letter's head only, in the first head's slot: further down, a line over a letter
    # is read by the rules for its shape (heading_long_heads' long heads over signed letters)
    for k in range(heads[0]):
        item = items[k]
        if not isinstance(item, Line) or not item.alone:
            continue
        if salutation(items[k + 1]) not in addressed or salutation(item):
            continue
        before = items[k - 1] if k > 0 else None
        ends = isinstance(before, Line) and before.text[-1:] in SENTENCE_ENDS
        if (before is None or isinstance(before, Picture) or ends) and len(item.text) <= LONG_CHARS:
            added.append(k)
    return added, dropped
