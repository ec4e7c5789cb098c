"""Page chrome left in an export: the controls around the article, and the labels of its boxes.

Real exports carry the lines a page draws around the text: share bars ('Share', 'Tweet', 'Copy
link'), calls to act ('Sign up for our newsletter', 'Show comments'), timestamps ('Updated 3:41
PM EST', '14:05 GMT') and the labels of boxes of links or of an author's bio ('Related stories',
'Most popular', 'About the author', 'Comments'). They are short and unpunctuated as heads are,
so they are told apart by what they are: a small, closed class of page controls and labels that
publishers share, and a date-and-time grammar.

The two are answered as the publishers' markup has them, the convention the project scores real
articles by (benchmarks/export_eval.py): controls, timestamps, contributor lines and a
columnist's closing note stand in <p>, <li>, <span> or <time> and are paragraphs, never heads;
a box's label is an <h2>-<h4> and so a head, while the line under it, the box's first link
title or the author's name, is the box's content, a paragraph.
"""

from __future__ import annotations

import re

from api.parser.calendar_words import CALENDAR_NAMES, MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS

# A control of the page, the whole line: share and save buttons, comment links, calls to sign up
# or follow, reading aids, notices of corrections: 'Share on X', '12 Comments', 'Print' (bare
# 'Comments' labels the comments' box: see BOX_LABEL).
CONTROL = re.compile(
    r"^(?:share(?: this(?: article| story| page| post)?)?(?: (?:on|via) \w+)?"
    r"|tweet(?: this)?|e-?mail(?: this(?: article| story| page)?)?|copy(?: the)? link|print"
    r"|save(?: (?:article|story|for later))?|gift(?: this)? (?:article|story)|whatsapp"
    r"|\d+ comments?|(?:show|view|hide|load|read) (?:all )?comments|leave a comment"
    r"|join the (?:conversation|discussion)|comment on this (?:story|article)"
    r"|listen to this (?:article|story)|\d+[ -]min(?:ute)?s? read"
    # the reading time under a by-line, labelled: 'Reading time: 6 min', 'Read time 4 minutes',
    # 'Estimated reading time: about 12 minutes', 'Time to read: 3 mins'
    r"|(?:(?:estimated )?read(?:ing)? time|time to read):? (?:about |around |approx\.? |~)?"
    r"\d+(?:[-–]\d+)? min(?:ute)?s?\.?"
    r"|continue reading(?: the main story)?|skip advertisement|loading\W*"
    r"|corrections?(?: and clarifications)?|report (?:a |an )?(?:typo|error|problem|correction)"
    r"(?: with this \w+(?: \w+)?)?"
    r"|follow (?:us|me|him|her|them)(?: on \w+(?: and \w+)?)?"
    r"|(?:sign up|subscribe)(?: now)?|(?:sign up|subscribe)(?: (?:for|to))?(?: (?:our|the|my|a))?"
    r"(?: [\w'’-]+){0,4}? (?:newsletters?|emails?|alerts?)"
    r"|(?:get|receive) (?:our|the)(?: [\w'’-]+){0,4} newsletters?"
    r"|reprints?(?: (?:&|and) permissions)?|contact (?:the )?(?:author|reporter|writer|us)"
    r"|terms (?:&|and) conditions|privacy policy)$",
    re.IGNORECASE,
)
# The label of a box of links, of an author's bio, of a newsletter's pitch or of the comments,
# in the languages of LINK_LABEL too: 'Related stories', 'Most read', 'Topics', 'Newsletter',
# 'Read more', 'More from UK', 'Leggi anche', a live page's summary box: 'Key moments'. Lower
# case as well: a stylesheet may set the case.
BOX_LABEL = re.compile(
    r"^(?:related(?: (?:stories|articles|coverage|content|topics|links|reading|posts|news))?"
    r"|most (?:popular|read|viewed|shared|emailed|watched|commented)(?: (?:stories|articles))?"
    r"|trending(?: (?:now|stories|articles))?|recommended(?: (?:for you|stories|articles))?"
    r"|you (?:may|might) (?:also )?(?:like|enjoy)|more (?:stories|galleries|videos|articles)"
    r"|key (?:events|moments|points|takeaways|developments)"
    r"|editor'?s picks|top stories|in case you missed it|don't miss|topics|tags"
    r"|more on this (?:story|topic)|about the (?:author|authors|writer|reporter)|newsletters?"
    r"|comments|read (?:more|next|also)|also read|see also|further reading|more from(?: \S+){1,3}"
    r"|leggi anche|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|lees ook|lea también"
    r"|leia também)$",
    re.IGNORECASE,
)
# A line crediting the reporting and editing, as wires close a story: 'Reporting by Jane Doe;
# Editing by Tom Roe', 'Additional reporting by Ana Ruiz in Lima'.
CONTRIBUTORS = re.compile(
    r"^(?:additional )?(?:reporting|writing|editing|research|compiled|produced|translated"
    r"|translation|graphics|design) by (?-i:[A-Z])",
    re.IGNORECASE,
)
# A page's tag line, its label and the tags the page is filed under, comma-separated words
# with no sentence: 'Topics: Lisbon, Trams, Housing', 'Tags: budget | tax', 'Filed under:
# Energy' (a head's label runs on into a phrase or a sentence: 'Topics: what the panel asked').
TAG_LINE = re.compile(
    r"^(?:tags?|topics?|filed under|categories|category|keywords?|more about)\s*:\s*"
    r"(?-i:[A-Z0-9])[^.!?:;,|]{0,40}(?:\s*[,|]\s*(?-i:[A-Z0-9])[^.!?:;,|]{0,40})*$",
    re.IGNORECASE,
)
_TAG_OPENERS = frozenset("TtCcFfKkMm")
# An author's note closing a column, often unpunctuated in italics: 'The writer is a nurse in
# Leeds', 'Jane Doe is an economist at Leeds University', 'Ruth Grant is the author of Slow
# Roads', and a travel writer's disclosure: 'Ellen Park travelled as a guest of Visit Campania',
# 'The writer stayed at Hotel Roma'. A name's note needs a writer's or scholar's trade after its
# verb, since a head may say what a thing is ('The MacBook Pro is a workhorse, but is not a
# desktop'), and a name opening with 'The' is no person's ('The Beatles travelled to India').
AUTHOR_NOTE = re.compile(
    r"^(?:the (?:writer|author|columnist|reviewer|reporter)s? (?:is|was|are|were|has|have|lives"
    r"|works|teaches|writes)\b"
    r"|(?-i:(?!The )[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) (?:is|was) (?:(?:a|an|the) )?"
    r"(?:[\w-]+ ){0,3}?"
    r"(?:writer|author|journalist|columnist|editor|correspondent|reporter|critic|contributor"
    r"|broadcaster|novelist|poet|historian|economist|professor|lecturer|fellow|researcher"
    r"|commentator|analyst)s?\b"
    # a travel writer's disclosure: 'Ellen Park travelled as a guest of Visit Campania'
    r"|(?:the (?:writer|author|reporter)s?|(?-i:(?!The )[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}))"
    r" (?:travell?ed|stayed|(?:was|were) (?:hosted|(?:a )?guests?))\b)",
    re.IGNORECASE,
)
# (every branch of AUTHOR_NOTE holds two spaces at least, a two-word subject's and the one
# before its verb, and no other character matches one: a line of fewer, 'Minack Theatre',
# 'Price: £19.99', is settled before the pattern)
NOTE_SPACES = 2
# A clock time: '3:41 PM', '14:05', '6.02 a.m.', and one with its 'am' glued on: '9.52am'.
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\b\.?|\b)", re.IGNORECASE)
# The words a timestamp is made of beside its times and numbers: labels, months, days, zones
# (a live page's zone said in words too: '14:31 local time').
STAMP_WORDS = (
    frozenset(
        "updated posted published modified last first on at ago hours hour minutes minute mins"
        " local time"
        " am pm a.m p.m gmt bst utc cet cest est edt cst cdt mst mdt pst pdt et ct mt pt ast adt"
        " aest aedt ist jst amt msk hkt sgt pht kst nzst nzdt eet eest sast wib".split()
    )
    | CALENDAR_NAMES
    | MONTH_ABBREVIATIONS
    | WEEKDAY_ABBREVIATIONS
)
# A zone named by its place after the clock, ending the line: '14:31 Moscow time'.
NAMED_ZONE = re.compile(r"(?<= )[A-Z][a-z]+ time$")
# A word of a timestamp, dotted ones whole: 'updated', 'p.m'.
STAMP_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*")


# The ASCII characters CONTROL, BOX_LABEL and CONTRIBUTORS can match first (derived from the
# patterns by tests/parser/test_chrome_openers.py): a line opening with another ASCII
# character, as most short lines do for one or another ('Price: £19.99', 'Minack Theatre'), is
# settled before the pattern; any other first character (under IGNORECASE `ſ` or the Kelvin
# sign match a letter, `\d` any decimal digit) is left to the pattern.
_CONTROL_OPENERS = frozenset("0123456789CEFGHJLPRSTVWcefghjlprstvw")
_BOX_LABEL_OPENERS = frozenset("ACDEFIKLMNRSTYacdefiklmnrsty")
_CONTRIBUTORS_OPENERS = frozenset("ACDEGPRTWacdegprtw")


def may_open(text: str, openers: frozenset[str]) -> bool:
    """False when the line's first character is ASCII and none the pattern can match first
    (an empty line too: neither pattern matches one)."""
    first = text[:1]
    return first in openers or not first.isascii()


def is_control(text: str) -> bool:
    """True for a page control of the share bar or the comments: 'Copy link', 'Share on X'."""
    return _control(text.strip())


def _control(text: str) -> bool:
    """is_control for a stripped line: 'Copy link'."""
    return may_open(text, _CONTROL_OPENERS) and CONTROL.match(text) is not None


def is_box_label(text: str) -> bool:
    """True for the label of a box of links, of a bio or of the comments: 'Most popular',
    'About the author', 'Comments'; a head by the publishers' markup, not chrome."""
    text = text.strip()
    return may_open(text, _BOX_LABEL_OPENERS) and BOX_LABEL.match(text) is not None


def is_timestamp(text: str) -> bool:
    """True for a line that is only a date and time with its label: 'Updated 3:41 PM EST',
    '14:05 GMT', 'Posted at 12:50' (not '9 ways to save' nor 'The 3:10 to Yuma')."""
    # (a clock's ':' or '.' first: most lines have neither, and the search reads the whole line)
    if ":" not in text and "." not in text:
        return False
    if opens_with_other_word(text):
        return False  # 'Price: £19.99': settled before the clock is searched for
    clock = CLOCK.search(text)
    if clock is None:
        return False
    # the words before the first clock first ('Price: £19.99'): a clock opens after a character
    # no word holds (its '\b'), so they are words of the line without its clocks as they stand
    if not stamp_words(text[: clock.start()]):
        return False
    if text.endswith(" time"):
        text = NAMED_ZONE.sub(" ", text)  # '14:31 Moscow time': its place is no stamp's word
    return stamp_words(CLOCK.sub(" ", text))


def opens_with_other_word(text: str) -> bool:
    """True for a line opening with a word of ASCII letters that no timestamp holds: 'Price:
    £19.99'. A clock opens at a digit, so the word stands before every clock, and is_timestamp
    would find it among the words before the first one (lower case keeps an ASCII word's
    length and letters, so its scan of them finds the same word first)."""
    first = STAMP_WORD.match(text)
    if first is None:
        return False
    word = first.group()
    return word.isascii() and word.lower() not in STAMP_WORDS


def stamp_words(text: str) -> bool:
    """True when every word of the text is a timestamp's: 'Updated  EST', 'Posted at '."""
    return STAMP_WORDS.issuperset(STAMP_WORD.findall(text.lower()))


def is_chrome(text: str) -> bool:
    """True for a line of page chrome that publishers mark up as text, never as a head: a
    control, a timestamp, the line of contributors a wire story ends with ('Reporting by
    Jane Doe; Editing by Tom Roe'), a columnist's note ('The writer is a nurse in Leeds') or
    a tag line ('Topics: Lisbon, Trams').
    A box's label is not one (see is_box_label)."""
    text = text.strip()
    return (
        _control(text)
        or is_timestamp(text)
        or (may_open(text, _CONTRIBUTORS_OPENERS) and CONTRIBUTORS.match(text) is not None)
        or (text.count(" ") >= NOTE_SPACES and AUTHOR_NOTE.match(text) is not None)
        or (":" in text and may_open(text, _TAG_OPENERS) and TAG_LINE.match(text) is not None)
    )
