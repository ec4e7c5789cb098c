"""The document pass over subheadings: an article's heads share a shape, and its paragraphs
share their speakers, so the line-by-line decision is checked against the whole document.

- kin heads: once KIN_MIN heads are confident, a heading-shaped line turned down only for its
  place (right under a head, after a line ending in ':') is a head too when it has the form of
  one of them (case, quotation marks, number) and opens a paragraph KIN_RATIO times its length:
  'Here is the timetable:' / 'Where the ferries still run' / (a paragraph), or shares a label's
  pattern with KIN_MIN of them: 'The Sowing Phase: Plant' beside 'The Harvest Phase: Pick';
- long kin heads: once KIN_MIN heads are confident, or when such lines and the confident heads
  are more than KIN_MIN together (briefs and live pages, whose paragraphs are as short as their
  heads), a long line without final punctuation needs no contrast in length to be a head, only
  a sentence's end before it and a paragraph after: '...as the maps show.' / 'How the valley
  rebuilt its bridges after the storm' / 'In short:';
- group labels: an ALL-CAPS line over a group of mixed-case list lines labels the group, when
  the article has at least LABEL_MIN of them: 'LOW TIDE' / 'Crabs in pools' / 'Sand flats';
- colon labels: short noun phrases ending in ':' over groups of list lines (short, without
  final punctuation, in lower case too), LABEL_MIN of them at least: 'Cupboard staples:' /
  'Oats' / 'Rice' ... 'Fresh food:' / 'eggs' / 'milk' (a line with a verb is a sentence's
  start instead: 'The winners were:');
- colon heads: a short indirect question ending in ':' between a paragraph's sentence end and
  two prose paragraphs at least opens a section, as an explainer's head does, once KIN_MIN
  heads are confident or LABEL_MIN such lines show the pattern: '... to you both.' / 'What the
  rules say about tax:' / text / text (a lead-in opens otherwise, 'Here is what we know:', or
  stands over list lines, steps, a quotation or fields: 'You will need:', 'He told the court:');
- form labels: a line without the form its group of list lines shares, a figure first or a
  field's label, over two of them labels the group: 'For the dressing' / '3 tbsp tahini' /
  '1 lemon' (two such groups at least in the article, as recipes have; then a line closing a
  group of figures over a paragraph labels the next section: 'Method'), 'Specifications' /
  'Weight: 13.9kg' / 'Motor: 250W';
- sibling heads: a line parallel to the head that opened a group of list lines (as many words,
  the same first or last word) closes the group and opens the next: 'Pros' / (list lines) /
  'Cons' / (list lines), 'The good' / ... / 'The bad';
- questions (heading_questions.py): rhetorical ones, a FAQ's fragments ('The catch?') and an
  interview's turns are not heads;
- speaker labels: a line opening with a label that at least LABEL_MIN other lines of the
  article open with is a turn of a transcript, never a head: 'Prof. Lee: And now?' among
  'Prof. Lee: ...' and 'Ana: ...' paragraphs; unless every line it opens is a head's, a
  phrase without final punctuation over a paragraph, in lower case or after a label of a word:
  'Myth: wet hair gives you a cold', 'Myth: Vitamin C stops colds' / (text), as an
  explainer's repeated label opens its heads;
- timed links: a head-shaped line between two timestamps, over another such line, is an entry
  of a live page's box of timed links, not a head: '9.52am' / 'Talks to resume' / '8.40am';
- the first line: the body's first line in capitals, when the article has other heads and none
  of them is in capitals, is a dateline or a kicker over the text: 'BERLIN' / (text) / 'How
  the experiment worked'.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import compress
from typing import TYPE_CHECKING, Final

from api.parser.heading_limits import (
    MAX_CHARS,
    MAX_WORDS,
    QUESTION_WORDS,
    QUOTED_OPENERS,
    YIELD_LINE,
)
from api.parser.heading_places import QUOTED, drop_off_style_long_heads, place_heads
from api.parser.heading_questions import (
    drop_answered_question,
    drop_fragment_questions,
    drop_interview_questions,
    drop_lone_questions,
)
from api.parser.layout import Item, Line, Picture
from api.parser.page_chrome import is_box_label, is_chrome, is_timestamp, may_open
from api.parser.sentences import SENTENCE_ENDS, has_sentence_inside

if TYPE_CHECKING:
    from api.parser.line_shapes import LineShape

KIN_MIN = 2
KIN_RATIO = 2.0
LABEL_MIN = 2
# A number in a label's pattern: 'Step 1: Pick a day' and 'Step 2: Pack' share 'step #:'.
NUMBER = re.compile(r"^\d+\W?$")
# The number of a listicle's item: '1. Define your target', '2) Take stock', '#3 Bake!',
# 'IV. The thaw'.
LIST_NUMBER = re.compile(r"^(?:\d{1,2}[.)]|#\d{1,2}:?|[IVX]{1,4}\.)\s+(?=\S)")
# The label of a line that points to another article, never a head: 'Read more: ...',
# 'WATCH | Drivers react'; or of a picture's caption left in the text, which describes the
# picture and heads nothing: 'Cover image: an artist's impression of ...', 'Pictured: ...'.
LINK_LABEL = re.compile(
    r"^(?:read more|read next|read also|also read|more|related|related coverage|see also"
    r"|further reading|watch|listen|leggi anche|lesen sie auch|lire aussi|lees ook"
    r"|lea también|leia também|gallery|videos?|pictured"
    r"|(?:(?:cover|main|top|header|lead|featured|hero) )?(?:photo(?:graph)?|picture|image)s?)"
    r"\s*[:|]\s*\S",
    re.IGNORECASE,
)
# (the ASCII characters LINK_LABEL and ADVERT can match first: see page_chrome.may_open)
LINK_LABEL_OPENERS = frozenset("ACFGHILMPRSTVWacfghilmprstvw")
# An advert's label left in the text: 'Advertisement', 'Story continues below advertisement'.
ADVERT = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content| post| story)?|paid (?:content|post)"
    r"|partner content|anzeige|publicité|pubblicità|publicidad"
    r"|(?:story|article) continues below(?: (?:this )?advert(?:isement)?)?"
    r"|continue reading below|scroll to continue(?: with content)?)$",
    re.IGNORECASE,
)
ADVERT_OPENERS = frozenset("ACPSacps")
COLON_LABEL_WORDS = 8
COLON_LABEL_CHARS = 80
COLON_HEAD_WORDS: Final = 2  # an indirect question's words at least: 'Why it matters:' (not 'Why:')
COLON_HEAD_PROSE: Final = 2  # prose paragraphs a colon head stands over, at least
LIST_LINE_CHARS = 80
# Words that make a line ending in ':' a sentence's start, not a label: 'The winners are:'.
CLAUSE_VERBS = frozenset(
    "am are is was were be been being has have had do does did will would can could shall should"
    " may might must need needs include includes including follow follows following say says"
    " said ask asks tell tells told read reads write writes wrote see".split()
)
# A field's label and its value, as a spec box lists them: 'Weight: 13.9kg', 'Sizes: S, M, L'.
FIELD = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,2}: \S")
# A speaker's label opening a line: up to three words, the first capitalised, then ': '.
SPEAKER_LABEL = re.compile(r"^([A-Z][\w.’'-]*(?: [\w.’'-]+){0,2}):\s")


def is_furniture(text: str) -> bool:
    """True for a line of page furniture, a link to another article, an advert's label or the
    page's chrome: 'Read more: Why rivers flood', 'Advertisement', 'Copy link', 'Updated 3:41
    PM EST' (not a box's label, 'Most read', which is a head)."""
    # (a link's label ends in ':' or '|', which most lines lack: its pattern is read on those)
    labelled = (":" in text or "|" in text) and may_open(text, LINK_LABEL_OPENERS)
    labelled = labelled and LINK_LABEL.match(text) is not None
    if labelled or (may_open(text, ADVERT_OPENERS) and ADVERT.match(text) is not None):
        return True
    return is_chrome(text)


def ends_open(text: str) -> bool:
    """True for a line without final punctuation, as list items are: 'Kent, Washington';
    page furniture is whole on its own, not an item: 'RELATED: Talks fail', 'Advertisement'."""
    return open_end(text) and not is_furniture(text)


def open_end(text: str) -> bool:
    """True for a line ending on a letter, a figure or a bracket, as ends_open wants: 'Kent,
    Washington', 'Price: £19.99' (not 'The winners are:')."""
    return text[-1].isalnum() or text[-1] == ")"


def is_caps(text: str) -> bool:
    """True for a line whose letters are all capitals, three at least: 'LOW TIDE', 'TOP 10'."""
    # (read up to the first letter in lower case: most lines settle at their second letter,
    # 'Price: £19.99', by two native calls on the first two characters, no loop: a letter there
    # that is no capital answers as the loop would)
    opening = text[:2]
    if opening.isalpha() and not opening.isupper():
        return False
    if text.isascii() and not text.isupper():
        # (an ASCII line's cased characters are its letters: one in lower case, or none at all,
        # answers as the loop would: 'A Dane said it.', '1. 2.')
        return False
    letters = 0
    for ch in text:
        if ch.isalpha():
            if not ch.isupper():
                return False
            letters += 1
    return letters >= 3


def form(text: str) -> tuple[bool, bool, bool]:
    """A line's form: ALL CAPS, quoted, numbered: '2. Take stock' -> (False, False, True)."""
    return is_caps(text), bool(QUOTED.match(text)), bool(LIST_NUMBER.match(text))


def pattern(text: str) -> tuple[str, int, str] | None:
    """A label's pattern, first word, length and last word before the colon, numbers as '#':
    'The Sowing Phase: Plant' -> ('the', 3, 'phase'); None without a label."""
    label = text.split(": ", 1)[0].lower().split() if ": " in text else []
    if not label or len(label) > 4:
        return None
    last = "#" if NUMBER.match(label[-1]) else label[-1]
    return label[0], len(label), last


def line_at(items: list[Item], k: int) -> Line | None:
    """Item k when it is a text line, else None (a picture, a list, or outside the body)."""
    item = items[k] if 0 <= k < len(items) else None
    return item if isinstance(item, Line) else None


@dataclass(frozen=True)
class Heads:
    """What the confident heads look like: their forms, and how many share each label pattern."""

    forms: frozenset[tuple[bool, bool, bool]]
    patterns: Counter[tuple[str, int, str] | None]


def confident_heads(items: list[Item], flags: list[bool]) -> Heads:
    """The forms and label patterns of the flagged lines: 'Step 1: Go' -> ('step', 2, '#')."""
    lines = [it for it in compress(items, flags) if isinstance(it, Line)]
    texts = [line.text for line in lines]
    return Heads(frozenset(map(form, texts)), Counter(map(pattern, texts)))


def is_kin_head(
    items: list[Item], shaped: list[bool], flags: list[bool], heads: Heads, k: int
) -> bool:
    """True when heading-shaped line k, turned down for its place, matches the confident heads
    in case and introduces a much longer paragraph: 'The Sowing Phase: Plant' under a head."""
    if not shaped[k] or flags[k] or (k + 1 < len(items) and shaped[k + 1]):
        return False  # (a list going on settles most lines of a run before they are read)
    line, before, after = line_at(items, k), line_at(items, k - 1), line_at(items, k + 1)
    if line is None or not shaped[k] or flags[k] or before is None or after is None:
        return False
    if shaped[k + 1]:
        return False  # a list goes on
    if not flags[k - 1] and (shaped[k - 1] or ends_open(before.text)):
        # a line after an unpunctuated line is a list item, but for a marked head after a field
        return closes_fields(line.text, before.text, after.text, heads)
    own = pattern(line.text)
    if own and heads.patterns[own] >= KIN_MIN:
        return True
    if len(after.text) < KIN_RATIO * len(line.text):
        return False  # what follows is no paragraph this line introduces
    return form(line.text) in heads.forms


def closes_fields(text: str, before: str, after: str, heads: Heads) -> bool:
    """True for a line in a marked form of the confident heads (capitals, quotation marks, a
    number), no field itself, right after a field and over a paragraph KIN_RATIO times its
    length: 'Wind: south-west, gusting 50mph' / 'TONIGHT' / text beside 'TODAY' and 'FRIDAY'.
    A field ends the section above as a sentence does; a list's item introduces no paragraph."""
    own = form(text)
    if not any(own) or own not in heads.forms or ":" in text or not FIELD.match(before):
        return False
    return len(after) >= KIN_RATIO * len(text)


def long_pair(items: list[Item], flags: list[bool], long_kin: list[bool]) -> bool:
    """True for one long head flagged, past a head's strict limits, and one long line of its
    shape short of the contrast: two long heads of one form make the pattern of a short
    feature ('Her robots now inspect pipes under half the cities in Europe' / text / ...)."""
    if sum(flags) != 1 or sum(long_kin) != 1:
        return False  # (most documents: settled on the counts)
    head = items[flags.index(True)].text
    return len(head) > MAX_CHARS or len(head.split()) > MAX_WORDS


def is_long_kin_head(items: list[Item], shaped: list[bool], loose: list[bool], k: int) -> bool:
    """True for a long unpunctuated line (loosely heading-shaped, not shaped for want of
    contrast) between a sentence's end and a paragraph: 'How the valley rebuilt its bridges';
    a picture may stand between the sentence's end and the line."""
    line, after = line_at(items, k), line_at(items, k + 1)
    before = line_at(items, k - 2 if isinstance(items[k - 1], Picture) else k - 1) if k else None
    if line is None or before is None or after is None or shaped[k] or not loose[k]:
        return False
    return before.text[-1] in SENTENCE_ENDS and not loose[k + 1] and not shaped[k + 1]


def is_group_label(
    items: list[Item], shaped: list[bool], lines: list[LineShape | None], k: int
) -> bool:
    """True for an ALL-CAPS standalone line over a mixed-case list line: 'LOW TIDE' / 'Pools'.
    `lines` holds the shapes read (headings._shapes: every shaped line has one)."""
    if not shaped[k] or k + 1 >= len(items) or not shaped[k + 1]:
        return False  # (a shaped item is a text line: line_at's tests hold)
    return lines[k].caps and not lines[k + 1].caps


Signature = tuple[int, str, str, bool, bool]


def signature(text: str) -> Signature:
    """What parallel heads share: words, first and last word (of two or more), digits, commas:
    "Men's results" -> (2, "men's", 'results', False, False)."""
    words = text.lower().split()
    first, last = (words[0], words[-1]) if len(words) > 1 else ("", "")
    # (map, not a generator: this runs per list line after every head)
    return len(words), first, last, any(map(str.isdigit, text)), "," in text


def parallel(own: Signature, opening: Signature) -> bool:
    """True when two lines are parallel heads: as many words, digits and commas, and the same
    last word ("Men's results", "Women's results") or the same first ('The good', 'The bad')."""
    words, first, last, digits, commas = own
    if (words, digits, commas) != (opening[0], opening[3], opening[4]):
        return False
    return last == opening[2] or first == opening[1]


def parallel_to(text: str, opening: Signature) -> bool:
    """parallel(signature(text), opening), the number of words and the commas first: most
    lines under a head differ in them, and their figures and words are then not read."""
    if len(text.lower().split()) != opening[0] or ("," in text) != opening[4]:
        return False
    return parallel(signature(text), opening)


def sibling_heads(items: list[Item], shaped: list[bool], flags: list[bool]) -> list[bool]:
    """Heads that close one group of list lines and open the next, as the head that opened the
    first group does: 'Pros' / 'Faster shutter' / 'Better video' / 'Cons' / 'Expensive'. A
    sibling is parallel to the opening head, as no item of the group is, after two items at
    least, and introduces text: 'The good' / 'Very light' / 'Quiet' / 'The bad'."""
    found = [False] * len(items)
    if not any(flags):
        return found  # no head opens a group
    opening, seen, count = None, False, 0
    for k in range(len(items)):
        line = line_at(items, k) if flags[k] or shaped[k] else None
        if line is None:
            opening = None  # a picture or a paragraph ends the group
        elif flags[k]:
            opening, seen, count = signature(line.text), False, 0
        elif opening is not None:
            like = parallel_to(line.text, opening)
            due = like and not seen and count >= 2
            if due and closes_before_sibling(items, shaped, k, opening):
                count += 1  # 'Cons' / items / 'Expensive' / 'Verdict' / text: the last item
            elif due and line_at(items, k + 1):
                found[k], seen, count = True, False, 0
            else:
                seen = seen or like  # an item parallel to the opening head: no sibling
                count += 1
    return found


def closes_before_sibling(
    items: list[Item], shaped: list[bool], k: int, opening: Signature
) -> bool:
    """True when line k, parallel to a group's opening head, is the group's last item: the next
    line is parallel too and introduces text, as a sibling does, where line k introduces none:
    'Cons' / 'Heavy to lift' / 'Loud' / 'Expensive' / 'Verdict' / text."""
    after = line_at(items, k + 1)
    if after is None or k + 2 >= len(items) or not shaped[k + 1] or shaped[k + 2]:
        return False
    return line_at(items, k + 2) is not None and parallel_to(after.text, opening)


def colon_words(line: Line | None) -> list[str]:
    """The lower-case words before the colon of a short line ending in ':' that opens with a
    capital and holds no sentence's end, as a label or a head does: 'Cupboard staples:' ->
    ['cupboard', 'staples']; [] for any other line ('The fire spread. Then:', a paragraph)."""
    if line is None or not line.text.endswith(":") or not line.text[0].isupper():
        return []
    words = line.text[:-1].lower().split()
    if len(words) > COLON_LABEL_WORDS or len(line.text) > COLON_LABEL_CHARS:
        return []
    return [] if has_sentence_inside(line.text) else words


def is_colon_label(items: list[Item], shaped: list[bool], k: int) -> bool:
    """True for a short label ending in ':' over a group of two list lines at least, a noun
    phrase with no verb that would make it a sentence's start: 'Cupboard staples:' / 'Oats' /
    'Rice', not 'The winners were:' nor 'The judges awarded prizes to:'."""
    words = colon_words(line_at(items, k))
    if not words or not is_label_phrase(words):
        return False
    group = [line_at(items, j) for j in (k + 1, k + 2)]
    return all(group) and all(shaped[j] or is_list_line(line_at(items, j)) for j in (k + 1, k + 2))


def is_label_phrase(words: list[str]) -> bool:
    """True for a label's words (colon_words), a noun phrase with no verb that would make it a
    sentence's start: ['cupboard', 'staples'] (not ['the', 'winners', 'were'])."""
    return not any(
        word in CLAUSE_VERBS or (len(word) > 4 and word.endswith("ed")) for word in words
    )


def is_colon_head(items: list[Item], shaped: list[bool], k: int) -> bool:
    """True for a short indirect question ending in ':' after a paragraph's sentence end and
    over COLON_HEAD_PROSE prose paragraphs, a section's head: '... to you both.' / 'What the
    rules say about tax:' / text / text. Not a lead-in opening otherwise ('Here is where
    things stand:', 'He told the court:'), nor a line ending on a verb of saying ('What the
    judge said:'), nor one holding a field's colon ('Who: tenants, mostly:')."""
    line = line_at(items, k)
    words = colon_words(line)
    if len(words) < COLON_HEAD_WORDS or words[0] not in QUESTION_WORDS:
        return False  # (most lines: no indirect question, nothing more is read)
    if line is None or words[-1] in CLAUSE_VERBS or ":" in line.text[:-1]:
        return False
    before = line_at(items, k - 1)
    if before is None or shaped[k - 1] or before.text[-1] not in SENTENCE_ENDS:
        return False  # a list's or a head's line above: a lead-in closing it, or a subhead
    chars = len(line.text)
    return all(is_prose(items, shaped, j, chars) for j in range(k + 1, k + 1 + COLON_HEAD_PROSE))


def is_prose(items: list[Item], shaped: list[bool], j: int, chars: int) -> bool:
    """True when item j is a paragraph of running text longer than `chars`: a line ending a
    sentence, neither heading-shaped, a quotation, a numbered step nor a field ('The £40,000
    may still be counted ...', not '"We will appeal," she said.', '1. Check both valves.' nor
    'Rent: £900 a month.')."""
    line = line_at(items, j)
    if line is None or shaped[j] or len(line.text) <= chars:
        return False
    text = line.text
    if text[-1] not in SENTENCE_ENDS or text[0] in QUOTED_OPENERS:
        return False
    return LIST_NUMBER.match(text) is None and FIELD.match(text) is None


def item_form(text: str) -> str | None:
    """The form list lines share and a group's label lacks: a figure first, a quantity or a
    rank ('250g puy lentils'), or a field's label ('Weight: 13.9kg'); None for others."""
    if text[:1].isdigit():
        return "figure"
    # (a field's label ends in ': ', which most lines lack: the pattern is read on those only)
    return "field" if ": " in text and FIELD.match(text) else None


def form_label(
    items: list[Item], shaped: list[bool], k: int, forms: dict[int, str | None] | None = None
) -> str | None:
    """The form of the group of list lines that heading-shaped line k labels, lacking it:
    'For the dressing' / '3 tbsp tahini' / '1 lemon' -> 'figure', 'Specifications' /
    'Weight: 13.9kg' / 'Motor: 250W' -> 'field'; None when it labels no such group. `forms`
    holds the item_form of the lines read so far (see form_at)."""
    known: dict[int, str | None] = {} if forms is None else forms
    line = line_at(items, k)
    if line is None or not shaped[k] or form_at(line, k, known) or line.text.endswith("?"):
        return None
    # the members' form first, the first member's before the second is looked up: under most
    # lines no two share one, and a list line's test reads the page's furniture (several
    # patterns) per line
    first = line_at(items, k + 1)
    shared = form_at(first, k + 1, known) if first is not None else None
    second = line_at(items, k + 2) if shared is not None else None
    if second is None or form_at(second, k + 2, known) != shared:
        return None
    if not (is_list_line(first) and is_list_line(second)):
        return None
    # a yield over the fields is their box's first row, no label: 'Makes 12 scones' /
    # 'Prep time: 15 minutes' / 'Bake time: 12 minutes'
    return None if YIELD_LINE.match(line.text) else shared


def form_at(line: Line, k: int, forms: dict[int, str | None]) -> str | None:
    """item_form of line k, read once per line of a document: a run of shaped lines asks it of
    each line as the label and again as the member under the line before ('Price: £19.99' /
    'No. 3: Moto G85' / ...). `forms` holds the forms read so far, by index."""
    if k in forms:
        return forms[k]
    found = forms[k] = item_form(line.text)
    return found


def form_labels(items: list[Item], shaped: list[bool]) -> list[bool]:
    """The labels of groups of figures (two at least in the article, as a recipe's ingredient
    groups: 'Ingredients', 'For the dressing') and of groups of fields (a spec box:
    'Specifications' / 'Weight: 13.9kg' / 'Motor: 250W')."""
    forms: dict[int, str | None] = {}  # (each line's item_form, read once: see form_at)
    found = [form_label(items, shaped, k, forms) if shaped[k] else None for k in range(len(items))]
    figures = found.count("figure") >= LABEL_MIN
    if figures:
        for k in compress(range(len(items)), shaped):
            found[k] = found[k] or ("figure" if closes_figures(items, k) else None)
    return [form == "field" or (figures and form == "figure") for form in found]


def closes_figures(items: list[Item], k: int) -> bool:
    """True for a line without a figure that closes a group of figures and opens a paragraph,
    the next section's label: '1 garlic clove' / 'Method' / 'Heat the oven to 200C. ...'."""
    line, after = line_at(items, k), line_at(items, k + 1)
    group = [line_at(items, j) for j in (k - 2, k - 1)]
    if line is None or after is None or item_form(line.text) or is_list_line(after):
        return False
    if not all(map(is_list_line, group)) or after.text[-1] not in SENTENCE_ENDS:
        return False
    return all(item_form(member.text) == "figure" for member in group)


BULLET_MARKS: Final = ("• ", "▪ ", "◦ ")


def is_bullet(text: str) -> bool:
    """True for a bullet line kept in the body as a paragraph: '• Taco Norte: tacos, £9'. Its
    list's items carry the mark, so an unmarked line after it opens no item of that list."""
    return text.startswith(BULLET_MARKS)


def is_list_line(line: Line | None) -> bool:
    """True for a short standalone line without final punctuation, in lower case too, as list
    items of other languages are written: 'любая рыба (и морская и речная)', 'salt and pepper'."""
    return (
        line is not None
        and line.alone
        and len(line.text) <= LIST_LINE_CHARS
        and ends_open(line.text)
    )


def labelled_lines(items: list[Item]) -> dict[int, re.Match[str]]:
    """Each text line opening with a speaker's label, by index, its label matched once for
    speaker_labels and head_labels: 'Ana: We won.' -> {k: <match 'Ana'>}."""
    found: dict[int, re.Match[str]] = {}
    for k, item in enumerate(items):
        match = SPEAKER_LABEL.match(item.text) if isinstance(item, Line) else None
        if match:
            found[k] = match
    return found


def speaker_labels(labelled: dict[int, re.Match[str]]) -> set[str]:
    """The labels that open more than LABEL_MIN lines (labelled_lines' matches): {'Prof. Lee',
    'Ana'} in a transcript."""
    found = Counter(match[1] for match in labelled.values())
    return {label for label, count in found.items() if count > LABEL_MIN}


def head_labels(
    items: list[Item], loose: list[bool], labels: set[str], labelled: dict[int, re.Match[str]]
) -> set[str]:
    """The labels among `labels` that open heads, not turns: every line opening with one is a
    head's shape with a lower-case phrase after the colon, over a paragraph ('Myth: you catch
    cold from wet hair' / text). A turn ends its sentence or asks ('Verdict: false. ...', 'Q:
    Why now?'), and a field stands over the next field, not over a paragraph. `labelled` holds
    the lines' labels (labelled_lines)."""
    found = set(labels)
    if not found:
        return found  # (most articles: no line of them is read again)
    for k, match in labelled.items():
        if match[1] in found and not heads_a_paragraph(items, loose, k, match):
            if not heads_one_off_fields(items, loose, k, match, labels):
                found.discard(match[1])
    return found


def heads_a_paragraph(items: list[Item], loose: list[bool], k: int, match: re.Match[str]) -> bool:
    """True when labelled line k, its label `match`, is a head's: loosely heading-shaped (no
    final punctuation, no question), and a paragraph, a line ending a sentence without a
    label, right under it. The phrase opens in lower case, or with a capital after a label of
    a word ('Myth: Vitamin C stops colds'): an interview's letters label turns ('Q: Tell us
    about the farm')."""
    after = line_at(items, k + 1)
    if not loose[k] or after is None or not opens_a_head_phrase(items[k].text, match):
        return False
    return after.text[-1] in SENTENCE_ENDS and SPEAKER_LABEL.match(after.text) is None


def heads_one_off_fields(
    items: list[Item], loose: list[bool], k: int, match: re.Match[str], labels: set[str]
) -> bool:
    """True when labelled line k, its label `match`, is a head over result lines: heading-shaped
    as heads_a_paragraph asks, over a line ending a sentence whose label opens no other line
    ('House: Northern counties' / 'District 4: Jane Doe (R) 58.0%. Hold.'). A transcript's
    turn is followed by the turn of a speaker who speaks again, one of `labels`."""
    after = line_at(items, k + 1)
    if not loose[k] or after is None or not opens_a_head_phrase(items[k].text, match):
        return False
    field = SPEAKER_LABEL.match(after.text)
    return field is not None and field[1] not in labels and after.text[-1] in SENTENCE_ENDS


def opens_a_head_phrase(text: str, match: re.Match[str]) -> bool:
    """True when a labelled line's phrase opens as a head's: in lower case ('Myth: wet hair
    ...'), or with a capital after a label longer than a letter ('Myth: Vitamin C ...', not
    'Q: Tell us ...')."""
    first = text[match.end() : match.end() + 1]
    return first.islower() or (first.isupper() and len(match[1].rstrip(".")) > 1)


def colon_labels(items: list[Item], alone: list[int], shaped: list[bool], kin: bool) -> list[bool]:
    """The colon labels (is_colon_label) of the document, LABEL_MIN at least, and its colon
    heads (is_colon_head), LABEL_MIN at least or beside `kin`, the confident heads' pattern: a
    label or a head stands over standalone lines, so only the line before each is tried."""
    labels = [False] * len(items)
    heads = [False] * len(items)
    for k in (j - 1 for j in alone if j > 0):
        line = items[k]
        if isinstance(line, Line) and line.text.endswith(":"):
            labels[k] = is_colon_label(items, shaped, k)
            heads[k] = not labels[k] and is_colon_head(items, shaped, k)
    if sum(labels) < LABEL_MIN:
        labels = [False] * len(items)
    if not kin and sum(heads) < LABEL_MIN:
        return labels
    return [label or head for label, head in zip(labels, heads, strict=True)]


def indexes(*flags: list[bool]) -> list[int]:
    """The indexes where any of the lists is true, in order: [T, F, F], [F, T, F] -> [0, 1]."""
    return sorted({k for each in flags for k in compress(range(len(each)), each)})


def document_flags(
    items: list[Item],
    alone: list[int],
    shaped: list[bool],
    loose: list[bool],
    lines: list[LineShape | None],
    flags: list[bool],
) -> list[bool]:
    """The line-by-line flags checked against the document: kin heads and group labels added,
    transcript turns removed. `alone` holds the indexes of the standalone lines, the only
    ones that are shaped or loose, `lines` their shapes (headings._shapes)."""
    # each test is made only where its cheapest condition holds (it is False elsewhere): a run
    # of thousands of one-line paragraphs would otherwise cost several calls per line
    labels = [False] * len(items)
    for k in compress(range(len(items)), shaped):
        labels[k] = is_group_label(items, shaped, lines, k)
    if sum(labels) < LABEL_MIN:
        labels = [False] * len(items)
    kin = sum(flags) >= KIN_MIN
    colons = colon_labels(items, alone, shaped, kin)
    if any(colons):
        labels = [label or colon for label, colon in zip(labels, colons, strict=True)]
    forms = form_labels(items, shaped)
    labels = [label or form for label, form in zip(labels, forms, strict=True)]
    siblings = sibling_heads(items, shaped, flags)
    if any(siblings):
        labels = [label or sibling for label, sibling in zip(labels, siblings, strict=True)]
    long_kin = [False] * len(items)
    for k in compress(range(len(items)), loose):
        long_kin[k] = not shaped[k] and is_long_kin_head(items, shaped, loose, k)
    # long heads may make the pattern themselves, where paragraphs are as short as heads
    long_ok = kin or sum(flags) + sum(long_kin) > KIN_MIN or long_pair(items, flags, long_kin)
    heads = confident_heads(items, flags)
    turns: set[str] | None = None  # (counted over the document once a head has a label)
    result = [False] * len(items)
    # (a head is flagged, a label, a long kin head or a kin head, which is shaped: no other
    # line is read)
    for k in indexes(flags, labels, long_kin, shaped):
        item = items[k]
        head = flags[k] or labels[k] or (long_ok and long_kin[k])
        if kin and not head:
            head = is_kin_head(items, shaped, flags, heads, k)
        # (a turn's label is looked for only on a head: not once more on every line)
        match = SPEAKER_LABEL.match(item.text) if head and isinstance(item, Line) else None
        if match and turns is None:
            labelled = labelled_lines(items)
            turns = speaker_labels(labelled)
            turns -= head_labels(items, loose, turns, labelled)
        result[k] = head and not (match and match[1] in (turns or ()))
    result = drop_fragment_questions(items, drop_interview_questions(items, result))
    result = drop_lone_questions(items, result)
    result = drop_answered_question(items, result)
    result = drop_off_style_long_heads(items, drop_timed_links(items, shaped, result))
    result = place_heads(items, shaped, result)
    return add_box_labels(items, drop_box_content(items, drop_odd_first_line(items, result)))


def drop_timed_links(items: list[Item], shaped: list[bool], flags: list[bool]) -> list[bool]:
    """A line between two timestamps, with another head-shaped line after the second,
    introduces no text: it is an entry of a live page's box of timed links, '9.52am' / 'Talks
    to resume' / '8.40am' / 'Which lines are running?', where a post's head has its text under
    it. The box's label over the first time is a head: 'Key events' / '9.52am'."""
    found = list(flags)
    for k in compress(range(1, len(items) - 2), flags[1:-2]):
        if is_time_line(items, k - 1) and is_time_line(items, k + 1) and shaped[k + 2]:
            found[k] = False
    return found


def is_time_line(items: list[Item], k: int) -> bool:
    """True when item k is a text line holding only a timestamp: '9.52am', 'Updated 10:04'."""
    line = line_at(items, k)
    return line is not None and is_timestamp(line.text)


def add_box_labels(items: list[Item], flags: list[bool]) -> list[bool]:
    """The label of a box of links, of a bio or of the comments, standing alone, is a head
    wherever it stands, as publishers mark it up (an <h2>): 'Related stories' over its links,
    'Comments' as the last line, 'Topics' right under 'Comments', 'related news' in lower case."""
    return [
        flag or (isinstance(item, Line) and item.alone and is_box_label(item.text))
        for item, flag in zip(items, flags, strict=True)
    ]


def drop_box_content(items: list[Item], flags: list[bool]) -> list[bool]:
    """A line right under the label of a box of links or of a bio is the box's content, not a
    head: 'About the author' / 'Nathan Price', 'Related stories' / 'Tolls to rise'."""
    return [
        flag and not (k > 0 and isinstance(items[k - 1], Line) and is_box_label(items[k - 1].text))
        for k, flag in enumerate(flags)
    ]


def drop_odd_first_line(items: list[Item], flags: list[bool]) -> list[bool]:
    """The body's first line in capitals stands over the article as a dateline or kicker, not
    a head, when the article has other heads and none is in capitals: 'BERLIN' / text ...
    'How it worked'."""
    first = next((k for k, it in enumerate(items) if isinstance(it, Line)), None)
    if first is None or not flags[first] or not is_caps(items[first].text):
        return flags
    others = [is_caps(items[k].text) for k, flag in enumerate(flags) if flag and k != first]
    if not others or any(others):
        return flags
    return [flag and k != first for k, flag in enumerate(flags)]
