"""The subheading rule: which standalone body lines are subheadings and which are paragraphs.

A line is a subheading when it is heading-shaped and its neighbours agree:
- shape: a block of its own, at most MAX_WORDS words and MAX_CHARS characters, one sentence,
  starting with a capital, digit or opening mark, and ending in a letter, digit, ')', a single
  quote, or '?' ('SCORES QUARANTINED', "'The big question'", 'How is the plague spread?');
  never ending in '.', ':', ',', ';', '!', a dash, a double quote or an ellipsis;
- not a dateline: 'WASHINGTON (AP)', 'LONDON, England' (one ending in a dash fails the shape);
- not part of a list: a heading-shaped line right after another, or after any line without
  final punctuation, is a list item ('Blue Origin, Kent, Washington' then 'SpaceX, Hawthorne,
  California'), and so is an unpunctuated line right after a line ending in ':' ('The winners
  are:' / 'Jane Doe'), though a question there is a heading;
- the first of a run of heading-shaped lines is a head when it follows a sentence's end directly
  (no picture between): '...in the loss.' / 'Defensive line' / 'Pos Player Snaps' introduces the
  run, while 'Blue Origin, Kent, Washington' under a picture labels it, and unless it holds a
  figure as the next two lines do, the first row of data: 'Serves 4' / 'Prep 20 min' / 'Cook
  45 min';
- a field of figures between a paragraph and a numbered line closes the item above, data, not
  the head of a run: '... hard to argue with.' / 'Price: £349' / 'No. 3: Moto G85' / text, and
  the numbered line after it is the next item's head; where two items at least close so, on
  a field or a price ('Prediction: 4th', 'From £349'), the head after it need not be numbered;
- a box of fields under a head ends where a line without a colon or a figure follows its two
  fields or more, over a line that is no field: that line heads the next section ('Form
  guide' / 'Rovers: WWDWL' / 'Castlefield: WWWDW' / 'Did you know?' / text); so does a box
  closing a section, after a paragraph or a picture, over a paragraph ('... by boat.' / 'Stay:
  Villa Nora' / 'Beach: Dubovica' / 'Vis' / text);
- not a field right over another field, or right under one over no text: a box's data line
  ('Ferry from Hvar: 1 hour, from €14' / 'Eat: Konoba Maslina'), where a labelled head under a
  field introduces its text ('Price: £89' / 'Best for small kitchens: Dualit Mini' / text);
- not the line right under a review's star rating, the details of what was reviewed
  ('★★★★☆' / 'Barrowland Ballroom, Glasgow'); the line right over one, under a field closing
  the review above, heads the next review ('Best track: Low Tide' / 'Salt Year' / '★★★☆☆');
- not a line closing a paragraph right over a head, a statement with a comma or a figure the
  head lacks: a letter's sign-off or a lot's result ('... off work.' / 'Ruth Penrose,
  Penzance' / 'A bypass will not save the high street' / text);
- not a letters page's sign-off, a name and a town closing a letter, where two such lines
  stand right over the next letter's head ('... sail on it?' / 'Jean Hicks, St Agnes' /
  'Borrow a drill, not a book' / text), and the line under a sign-off is judged as under a
  sentence's end (heading_signoffs.py);
- not the one question among three statement heads or more, between a paragraph and a
  one-sentence answer: the writer's own ('Why would anyone ...?' / 'The judges never say.');
- not a question without the mark that every statement head opens with, three at least,
  between a sentence's end and a paragraph: '◆ The rock' ... '... from the newsagent.' / 'Who
  is it for?' / text, asked in the running text (heading_questions.py);
- not a listings page's entry details, a place, then a date, a time or a price, each a short
  line after the entry's text, and the plain line closing them over a paragraph heads the next
  entry ('Hamlet' / text / 'Minack Theatre, Porthcurno' / 'Until 21 June' / 'The Wind in the
  Willows' / text), where two entries at least show them (heading_listings.py);
- not a numbered line right under the line numbered one less or right over the line numbered
  one more: a numbered list's items, each a line of its own ('1. Which river ...?' / '2. Who
  was ...?'), where a listicle's numbered heads each stand over their text;
- not the end: some paragraph-shaped line or a run it opens must follow, since a subheading
  introduces text; and the body's first line is not a head when it holds a number or a label's
  colon, as page data does ('Reading time: 2 minutes', 'November 20, 2019 - 11:28'), or stands
  over a picture, as a kicker or standfirst does ('ANALYSIS' / picture / text).

Shapes that count too, because unseen publishers use them:
- a numbered head in a listicle: '1. Define your target', '#2 Lend a hand!', 'III. The thaw'
  (the number is not a sentence end, and lets the head end in '!'), long ones too, up to
  LONG_WORDS words;
- a head in quotation marks: '"A question of trust"' (the marks enclose the whole line),
  and a question whose mark stands inside a closing quote: 'Had these “moments of doubt?”';
- a long head without final punctuation, up to LONG_WORDS words, when the document's paragraphs
  are much longer than it (at least LONG_RATIO times its length, by median): 'Why the river
  floods every spring and what the town plans to do about it', or when the paragraph it
  introduces is that much longer than it ('How to keep a business focus the easy way');
- a full-sentence head ('The plan worked. Then the money ran out.') in a document with no other
  heads, when the rhythm shows it (heading_sentences.py), or when plain sentences, siblings,
  each open a long section among the writer's one-line paragraphs (heading_openers.py);
- a readers' FAQ's questions, whatever their length, over their answers ('Can my child go back
  to school?' / answer, four at least, heading_faqs.py); a long question beside three question
  heads or more; a numbered head whose quoted title asks ('3. ‘Who Keeps the Lighthouse?’ by
  Jane Doe': the title's own mark ends no sentence);
- not a question a list's intro asks over the first numbered head, nor a letter's last line
  over a dashed pseudonym ('Am I being selfish?' / '— Cornered in Cleveland'), nor a question
  inside a live post where every other head stands under a timestamp;
- an offer on a deals page, 'Paris from £49', where the confident heads price offers too,
  their price after the offer's name (heading_offers.py): elsewhere, and beside a roundup's
  'Mira, two courses for £18', such a line is a price list's entry, data ('Starters from £9');
- not a rhetorical question that opens with a conjunction: 'But does that mean we stop?', nor
  one with a tag: 'That was quick, wasn't it?', nor a short one about a bare 'that' or
  'those', which points back at the sentence before it, as no head can: 'Is that a lot?',
  'Why is that?' (a head's 'this' names the story: 'Why does this matter?');
- not an aside in parentheses: '(Published Monday, Nov. 18, 2019)', '(I know, right?)', nor
  clauses a semicolon joins, as a paragraph's are: 'Jane Doe, born 1931; died 2026';
- not page furniture (a link to another article, an advert's label, a page control or
  timestamp, page_chrome.py) nor a by-line: 'Read more: Why rivers flood', 'RELATED: Talks
  fail', 'Advertisement', 'Copy link', 'By Marta Kowalski', and no line giving a web or mail
  address ('Donations at acme.org'); a box's label ('Related stories', 'Comments') is a head
  wherever it stands, as publishers mark it up, and the line under it is not.

The decisions are then checked against the whole document (heading_kin.py): lines that share
the confident heads' form or label pattern join them, ALL-CAPS group labels over list lines are
heads, and a transcript's turns ('Ana: So what now?') never are.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import compress
from typing import Final, NamedTuple

from api.parser.given_names import usual_sex
from api.parser.glue import PLACE_ENDINGS
from api.parser.heading_answers import (
    answered_by_a_fragment,
    answered_questions,
    asks_yes_or_no,
    opens_on_a_reply,
)
from api.parser.heading_asides import questions_aside
from api.parser.heading_cases import lower_case_heads
from api.parser.heading_colonless import colonless_labels
from api.parser.heading_company import vouched_heads
from api.parser.heading_faqs import faq_question_heads
from api.parser.heading_groups import FIGURE, group_heads, holds_figure
from api.parser.heading_guides import asked_in_a_guide
from api.parser.heading_kin import (
    LIST_NUMBER,
    document_flags,
    ends_open,
    is_bullet,
    is_caps,
    is_furniture,
    open_end,
)
from api.parser.heading_label_runs import numbered_label_heads
from api.parser.heading_leads import follows_a_rating, lead_lines
from api.parser.heading_limits import (
    FIELD,
    LONG_CHARS,
    LONG_RATIO,
    LONG_WORDS,
    MAX_CHARS,
    MAX_WORDS,
    QUOTED_OPENERS,
    YIELD_LINE,
    is_schedule_line,
)
from api.parser.heading_listings import listing_details
from api.parser.heading_lone_questions import closing_question_head, questions_in_passing
from api.parser.heading_long_heads import (
    coda_long_heads,
    long_heads_among,
    long_questions_among,
)
from api.parser.heading_markers import marked_heads
from api.parser.heading_named_fields import closing_named_fields
from api.parser.heading_numbered_runs import (
    item_number,
    numbered_lines,
    numbered_run_heads,
    numbered_series,
    over_long_text,
    run_number,
    series_siblings,
    statements_beside_a_series,
    text_of_a_member,
)
from api.parser.heading_offers import PRICE, PRICE_WORDS, formula_terms, offer_heads
from api.parser.heading_openers import long_section_openers
from api.parser.heading_pairs import box_entries, labelled_quoted_heads, paired_labels
from api.parser.heading_picture_slots import picture_slot_heads
from api.parser.heading_places import DATA_LINE, is_title_case, reading_lines
from api.parser.heading_posts import POST_HEADS, stamped_at, stamped_heads, stamped_post_heads
from api.parser.heading_questions import (
    exchange_questions,
    is_stated_question,
    long_question_heads,
    opens_a_list,
    stated_question_heads,
    unmarked_questions,
)
from api.parser.heading_quoted_series import quoted_claim_heads, quoted_column_heads
from api.parser.heading_quoted_slots import quoted_slot_head
from api.parser.heading_rhythm import (
    paced_heads,
    rhythm_heads,
    slot_heads,
    turn_heads,
)
from api.parser.heading_sections import one_paragraph_sections, questions_among_punchy_lines
from api.parser.heading_sentences import (
    PAIRED_MIN,
    QUOTED_GAP,
    RUNNING_OPENERS,
    SECOND_SENTENCE,
    SENTENCE_GAP,
    in_a_style_of_short_lines,
    interview_turns,
    is_elliptical,
    paired_lines,
    paired_sentence_heads,
    quoted_sentence_heads,
    section_splitting_pairs,
    sentence_heads,
    spaced_out,
    starts_like_heading,
)
from api.parser.heading_series import (
    questions_inside,
    series_beside_heads,
    series_candidate,
    series_heads,
)
from api.parser.heading_siblings import (
    SENTENCE_SIBLINGS,
    closing_two_sentences,
    is_short_statement,
    long_sibling_heads,
    paired_sibling_heads,
    stamped_statement_heads,
)
from api.parser.heading_signoffs import (
    is_account_sign_off,
    letter_heads,
    letter_page_heads,
    sign_offs,
    signed_letter_ends,
    valediction_sign_offs,
)
from api.parser.heading_slot_clauses import slot_clause_heads
from api.parser.heading_stages import stage_flags
from api.parser.heading_threads import thread_questions
from api.parser.layout import Item, Line, ListLines, Picture
from api.parser.line_shapes import (
    COUNTED_LABEL,
    NUMBERED_LABEL,
    LineShape,
    is_question,
    is_rating,
    read_shape,
)
from api.parser.sentences import SENTENCE_ENDS, has_sentence_inside

QUOTED_PATTERN = 2  # quoted heads that show a pattern of heads on their own
NUMBERED_LONG_WORDS: Final = 24  # a numbered head's words at most, among numbered siblings
NUMBERED_RUN: Final = 3  # numbered heads in a row that make a list whose next number is one more
NUMBERED_PAIR: Final = 2  # numbered heads in a row from 2 that make '1)' before them one too
FIRST_NUMBER: Final = 1  # a list's first number
SENTENCE_RUN_MIN: Final = 3  # numbered full-sentence heads a listicle's run holds, at least
# The words of a head that is a sentence without its period, a sibling of full-sentence heads:
# 'Rising seas push it further every year' (a label has fewer: 'The big story').
CLAUSE_WORDS = (5, 12)
CLOSING_MIN = 2  # items closed by a data line that make the pattern of a guide or a preview
FIGURE_ROWS = 3  # short lines holding figures that make a run of data, not a head over text
# Abbreviations a head may end with: 'until 6 p.m.', 'in the U.S.', 'Acme Inc.'.
DOTTED = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]$")
CLOSING_ABBREVIATIONS = frozenset({"Co", "Corp", "Inc", "Jr", "Ltd", "Sr"})
# A web or mail address: a line giving one is a pointer, never a head ('Visit acme.org').
WEB_ADDRESS = re.compile(r"https?://|www\.|\S@\S|\b[a-z0-9-]{2,}(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b")
_ASCII_SMALL = frozenset("abcdefghijklmnopqrstuvwxyz")
# A figure alone on its line, a quantity a newsletter's box gives before the sentence saying
# what it counts: '41,000', '£4.2', '73%', '+1.5%', '2.75'. A bare whole number ('3', '1998')
# stays a head's shape, a long read's part or a timeline's year.
FIGURE_LINE = re.compile(
    r"^[+\-−–]?(?:[£$€¥]\d[\d,.]*|\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\d+\.\d+%?|\d+%)$"
)
# A pointer to another page or medium led by an arrow: '➡️ Read the full story on our website',
# '→ Watch the video', '» Sign up here'; it sends the reader elsewhere and heads nothing here.
ARROW_LINK = re.compile(
    r"^(?:[➡→⇒➔➜➝➞➟➠➤➥▶►»>]|-+>)\ufe0f?\s*(?:read|watch|listen|see|sign up|subscribe|click"
    r"|tap|download|follow us|share)\b",
    re.IGNORECASE,
)
# A by-line, never a head: 'By Marta Kowalski', 'Photographs by Aino Virtanen', and one naming
# where the writer files from, as correspondents' do: 'By Ana Lima in Porto Alegre'. Its names
# open on a capital of any alphabet, 'Interview by Élodie Ngata' (is_byline checks the case of
# those past the Latin-1 letters the pattern refuses in lower case).
_NAME = r"(?![a-zß-ÿ])[^\W\d_][\w.'’-]*"
# Where a writer files from, after the names: ' in Porto Alegre', ' at Winchester crown court',
# ' on the Apia waterfront' (a capital opens the place; 'at the weekend', 'on time' are no place).
FILED_FROM = rf"(?: (?:in|at|on) (?:the )?{_NAME}(?: [\w'’-]+){{0,3}})?"
BYLINE = re.compile(
    r"^(?:By|(?:Words|Text|Photographs|Photography|Photos|Pictures|Illustrations|Reporting"
    rf"|Interview|Story|Video)(?: and \w+)? by) (?P<names>{_NAME}(?:(?: and|,)? {_NAME}){{0,5}}"
    rf"){FILED_FROM}$"
)
_BYLINE_JOINS: Final = frozenset({"and"})
# Two people's full names or more, joined by commas and 'and': 'Ana Lima and Tom Reed'.
_PERSON = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}"
WRITERS: Final = re.compile(rf"^{_PERSON}(?:, {_PERSON})*,? and {_PERSON}$")
# One person's full name and where they file from, a by-line without 'By': 'Ana Lima at
# Castlegate Road', 'Tom Reed in Kyiv' (names_filing_writer asks that the first is a given name).
FILING_WRITER: Final = re.compile(
    rf"^(?P<person>{_PERSON}) (?:in|at|on) (?:the )?[A-Z][\w'’.-]*"
    r"(?: [\w'’-]+){0,3}$"
)
# The whole line in quotation marks: '"A question of trust"', '“Not again”'.
# German and French marks too: '„Im Winter sind wir allein“', '« On nous a oubliés »'.
QUOTED = re.compile(r"^[\"“‘'„«‹](?P<inner>[^\"“”„«»]+?)[\"”’'“»›]$")
# A question closed by a tag after a comma, an auxiliary and a pronoun or a word asking for
# assent: 'That was quick, wasn't it?', 'You saw it, right?' (not 'What are the hours, exactly?').
TAG_QUESTION = re.compile(
    r",\s*(?:[a-z]+n[’']t\s+[a-z]+|(?:is|was|are|were|do|does|did|can|could|will|would|has"
    r"|have|had|should|shall|must|may|might)\s+(?:it|he|she|they|you|we|i|there|that|this)"
    r"|right|no|eh|ok|okay|yes|huh|innit|non|oder|nicht)\?$",
    re.IGNORECASE,
)
# A short question whose subject is a bare 'that' or 'those' after its verb: 'Is that a lot?',
# 'Does that matter?', 'Why is that?'; it asks about the sentence before it, so it is running
# text wherever it stands. 'this' is left out: a head's 'this' names the story ('Why does this
# matter?'), and longer ones ('Does that mean prices will fall?') can head a section.
POINTING_BACK = re.compile(
    r"^(?:(?:why|how) )?(?:is|was|are|were|do|does|did|will|would|can|could|should|isn[’']t"
    r"|wasn[’']t|doesn[’']t|didn[’']t)\s+(?:that|those)\b",
    re.IGNORECASE,
)
POINTING_BACK_WORDS = 4
HEADING_ENDS = "?)'’"
# Punctuation before a line's last single mark that makes the mark a quote's close ending a
# sentence, not a head's: "Frith said: 'It hurts.'" ("'Why now?'" stays a question).
SENTENCE_CLOSES = frozenset(".,!")
# The first item of a numbered run: '1. The lid sticks', '1) Moto G85', '#1: Rye', 'I. Dawn'.
FIRST_OF_RUN: Final = re.compile(r"^(?:1[.)]|#1:?|I\.)\s+(?=\S)")
# (PRICE, heading_offers: a price in a short line closing a buying guide's item: 'From £349',
# 'Was £599, now £499', '£149.99 at Argos', 'Prices vary; about £60 for three months')
# A price list's entry in running text, a word naming what it prices or an estimate, then the
# price, a range or a share ('Mains £18 to £26', 'Starters from £9', 'About £120 for two, with
# wine'): data, never a head. A band ('Under £10', 'Over £50') or an offer ('Save £100 on the
# V15') heads what follows it, so those words open no entry.
PRICE_ENTRY = re.compile(
    r"^(?:(?!(?:Under|Over|Below|Above|Less|More|Save|Win|Get|Spend|Best|Top)\b)[A-Z][a-z]+"
    r" (?:from |about |around )?|(?:About|Around|Roughly|Typically) )"
    r"[£$€¥] ?\d[\d,.]*(?:(?: to | ?[-–] ?)[£$€¥]?\d[\d,.]*)?"
    r"(?:,? (?:a head|per person|each|a night|a bottle|a glass"
    r"|for (?:one|two|three|four|six)\b.*))?$"
)
# A field's value opening with a price: '€25 in July', '£12, children free', '$9.50'.
PRICED_VALUE = re.compile(r"^[£$€¥] ?\d")
# A field's value that is a result, each side named with its score: 'Rovers 24 Vale 19 (aet)'.
SCORED_VALUE: Final = re.compile(r"^[A-Z][\w.'’ -]*? \d{1,3},? [A-Z][\w.'’ -]*? \d{1,3}\b")
ITEM_FIELDS = 6  # fields at most in the box closing a listicle's item: 'Capacity: 1.7 litres'
# A model's number in a product's name: glued to its letters ('X200', 'S24') or a word of one
# to three figures after a word, no price, share nor decimal ('Pip 3', 'Pixel 9').
MODEL_NUMBER: Final = re.compile(r"(?<=[A-Za-z])\d+\b|(?<=[A-Za-z] )\d{1,3}\b(?![.,]\d|%)")
FIELD_RUN = 2  # fields that make a box of them under a head ('Key figures', 'Form guide')
FIELD_BLOCK: Final = 48  # standalone fields of figures in a row past which they are one block
LONE_AMONG = 3  # statement heads among which one question between paragraphs is running text
LONE_SHARE = 2  # statement heads per question at least among which fragment-answered ones are text
OFFER_TERMS_HEADS = 3  # priced heads that make a page of offers, whose terms close each one
PLAIN_HEADS = 2  # heads without a price that make the priced lines among them data
QUESTION_TURNS = 2  # question paragraphs that make a question under a head one more turn
# Words that open a price band, a head over what it bands: 'Under £50', 'Over £100'.
BAND_WORDS = frozenset({"Under", "Over", "Below", "Above", "Less", "More", "Up"})
# An all-caps place, then optionally ', Region', then an agency in parentheses: 'PARIS (AFP)'.
AGENCY_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]*[A-Z.](?:,[^()]*)?\s*\([A-Za-z][\w .&/-]*\)")
# An all-caps place, a comma, then a mixed-case word: 'LONDON, England', 'PARIS, Nov. 18'.
# A live post's head opening on an exclamation of one to three words, a head after it:
# 'GOAL! Harbour 2-1 Vale (Ngata 88)', 'Red card! Ossei is off', 'Safety car! Debris at turn 4'.
EXCLAIMED_OPENER = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,2}! (?=\S)")
PLACE_DATELINE = re.compile(r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*,\s+\S*[a-z]")
# (both datelines open with an ASCII capital, then a capital or one of `.'’ -`: a line whose
# first two characters are not so, as most are not ('Price', 'No. 3'), is settled before either)
_DATELINE_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# A place and its region or country, every word capitalised, one comma: 'Nairobi, Kenya',
# 'Cape Town, South Africa' (a dateline of its own line, over the body's first paragraph).
PLACE_AND_REGION: Final = re.compile(
    r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}, [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}$"
)
DATELINE_WORDS: Final = 3  # a place's words in capitals at most: 'SALT LAKE CITY'
_DATELINE_SECOND = _DATELINE_FIRST | frozenset(".'’ -")


def details_a_rating(items: list[Item], k: int) -> bool:
    """True for a line under a star rating that can detail it: 'Netflix, from Friday'; a
    question details nothing, it asks as a head does ('★★☆☆☆' / 'What wins the prize?' /
    text), so it is tried as any line is."""
    return follows_a_rating(items, k) and not is_question(items[k].text)


def heads_a_rating(items: list[Item], k: int) -> bool:
    """True for a line right over a review's star rating, right under a field closing the
    review above ('Verdict: a grower' / 'Salt Year' / '★★★☆☆'): a roundup's heads stand over
    their ratings, and the field ends the item before, no list the line goes on."""
    after = items[k + 1] if k + 1 < len(items) else None
    if not (isinstance(after, Line) and is_rating(after.text)):
        return False  # (most lines stand over no rating: settled first)
    return k > 0 and is_field(items[k - 1])


def under_a_rating(items: list[Item], k: int) -> bool:
    """True for a plain line right under a review's details line, under its star rating: the
    rating's box ends there, and the line opens the next section ('★★★★★' / 'Filmhouse, until
    Sunday' / 'Day five' / text). A second line of details has their form, a comma or a figure
    ('★★★★☆' / 'Netflix' / 'From Friday, 9pm'). A section opens with text: a line with a
    picture under it, or nothing, is the box's last line ('Booking essential' / picture)."""
    if k < 2 or not isinstance(items[k - 1], Line) or not follows_a_rating(items, k - 1):
        return False
    if k + 1 >= len(items) or not isinstance(items[k + 1], Line):
        return False
    text = items[k].text
    return "," not in text and FIGURE.search(text) is None


def is_dateline(text: str) -> bool:
    """True for a short dateline paragraph: 'WASHINGTON (AP)', 'SAN JUAN, Puerto Rico'."""
    if text[:1] not in _DATELINE_FIRST or text[1:2] not in _DATELINE_SECOND:
        return False
    return bool(AGENCY_DATELINE.match(text) or PLACE_DATELINE.match(text))


def opening_dateline(items: list[Item], flags: list[bool]) -> int:
    """The index of the body's first line when it is a dateline taken for a head, -1 when not:
    a place in capitals ('WASHINGTON', 'NEW DELHI') or a place and its region, each word
    capitalised ('Nairobi, Kenya'), over text, with no other head of its form in the
    document; a briefs page's places are heads of one form ('MARLOW FERRY' / text / 'HENLEY'
    / text)."""
    first = next((k for k, it in enumerate(items) if isinstance(it, Line)), -1)
    if first < 0 or not flags[first]:
        return -1  # (most bodies: the first line is a paragraph)
    text = items[first].text
    caps = text.isupper() and len(text.split()) <= DATELINE_WORDS
    if not (caps or PLACE_AND_REGION.match(text)):
        return -1
    for k in compress(range(first + 1, len(items)), flags[first + 1 :]):
        other = items[k].text
        if other.isupper() if caps else PLACE_AND_REGION.match(other) is not None:
            return -1  # 'MARLOW FERRY' / text / 'HENLEY' / text: heads of one form
    return first


def head_text(text: str, shape: LineShape) -> str:
    """The text a head's shape is judged on: '1. Take stock' -> 'Take stock'; an
    abbreviation's period ends no sentence: 'Red warning until 6 p.m.' -> '... 6 p.m'.
    `shape` is the line's (read_shape)."""
    text = text[shape.number :]
    quoted = QUOTED.match(text) if text[:1] in QUOTED_OPENERS else None
    text = quoted["inner"].strip() if quoted else text
    last = text.rsplit(" ", 1)[-1]
    if last.endswith(".") and (DOTTED.match(last[:-1]) or last[:-1] in CLOSING_ABBREVIATIONS):
        return text[:-1]
    if last.endswith(".") and closes_on_state(text, last[:-1]):
        return text[:-1]
    return text


def is_byline(text: str) -> bool:
    """True for a by-line (BYLINE) whose names each open on a capital, an accented one too:
    'By Ana Lima', 'Interview by Élodie Ngata', 'By Øyvind Lie in Tromsø' (not 'By ana lima',
    'By train and ferry', nor 'By the sea')."""
    found = BYLINE.match(text) if text[:1] in "BIPRSTVW" else None
    if found is None:
        return False
    return all(word[0].isupper() or word in _BYLINE_JOINS for word in found["names"].split())


def ends_on_abbreviation(text: str) -> bool:
    """True for a line whose last '.' is an abbreviation's, which head_text drops: 'Roads closed
    until 6 p.m.', 'The case against Acme Inc.' (not 'The plan failed.')."""
    return text[-1] == "." and head_text(text, read_shape(text)) != text


def abbreviated_sentences(items: list[Item], flags: list[bool]) -> list[int]:
    """The heads ending in an abbreviation's stop where every head does: with no head of
    another ending beside them, the stop ends a sentence, a one-sentence paragraph's ('Crews
    reached the site by 6 a.m.'); beside one ('The background' / text / 'Roads closed until
    6 p.m.') the line is a head."""
    heads = list(compress(range(len(items)), flags))
    if not heads or not all(isinstance(items[k], Line) for k in heads):
        return []
    if all(ends_on_abbreviation(items[k].text) for k in heads):
        return heads
    return []


def closes_on_state(text: str, last: str) -> bool:
    """True when a line ends on a state's abbreviation after a comma, a place whose period ends
    no sentence: 'Floyd, Va.' -> 'Floyd, Va' (not 'He moved to Va.')."""
    return last in PLACE_ENDINGS and text[: -len(last) - 2].endswith(",")


def within_limits(text: str, max_words: int = MAX_WORDS, max_chars: int = MAX_CHARS) -> bool:
    """True when a line's head text is short enough for a head: the limits alone, which is all
    that tells the strict shape from the loose one (LONG_WORDS, LONG_CHARS)."""
    if not few_words(text, max_words):
        return False
    return head_within(head_text(text, read_shape(text)), max_words, max_chars)


def few_words(text: str, max_words: int) -> bool:
    """False for a line of more words than a head's text can have: head_text drops three words
    at most, so a paragraph is settled before its head text is read."""
    return len(text.split(None, max_words + 3)) <= max_words + 3


def head_within(head: str, max_words: int, max_chars: int) -> bool:
    """True when a line's head text (head_text) is within the limits."""
    return bool(head) and len(head) <= max_chars and len(head.split()) <= max_words


def is_heading_shaped(text: str, max_words: int = MAX_WORDS, max_chars: int = MAX_CHARS) -> bool:
    """True for a short one-sentence line without final punctuation: 'SCORES QUARANTINED'."""
    if not few_words(text, max_words):
        return False
    shape = read_shape(text)
    return shaped_head(text, shape, head_text(text, shape), max_words, max_chars)


def shaped_head(text: str, shape: LineShape, head: str, max_words: int, max_chars: int) -> bool:
    """is_heading_shaped for a line whose shape (read_shape) and head text (head_text) the
    caller has read already."""
    if not head_within(head, max_words, max_chars):
        return False
    numbered = shape.number > 0
    # a number or quotation marks make a line the writer's own, never the page's chrome
    quoted = text[:1] in QUOTED_OPENERS and QUOTED.match(text) is not None
    marked = numbered or quoted
    # (the line's own question mark read with its shape: most heads are the line as it stands)
    question = shape.question if head == text else is_question(head)
    text = head
    # a numbered head may cheer, the number marks it: '#2 Lend a hand!'
    if not (text[-1].isalnum() or text[-1] in HEADING_ENDS or question):
        if not (numbered and text[-1] == "!"):
            return False
    if text[-1] in "'’" and text[-2:-1] in SENTENCE_CLOSES:
        return False  # "Frith said: 'It hurts.'": a quote closing a sentence, as '."' does
    if question and text.split()[0].lower() in RUNNING_OPENERS:
        return False  # 'But does that mean we stop?': a rhetorical question in running text
    if question and points_back(text):
        return False  # 'Is that a lot?': a question about the sentence before it
    if ("?" in text and TAG_QUESTION.search(text)) or (text[0] == "(" and text[-1] == ")"):
        return False  # 'Fair enough, isn't it?', '(Updated Monday)': running text, an aside
    if "; " in text and not marked:
        return False  # 'born May 4, 1931; died Nov. 20, 2026': clauses a semicolon joins
    if (not marked and is_furniture(text)) or is_byline(text) or gives_address(text):
        return False  # 'Read more: Why rivers flood', 'Advertisement', 'By Jane Doe'
    if is_figure_or_pointer(text):
        return False  # '41,000' / 'That is how many ...', '➡️ Read the full story'
    if is_schedule_line(text):
        return False  # 'Saturday, 3pm, Sky Sports': a fixture's kick-off, data under its head
    if is_menu_path(text):
        return False  # 'Settings > Sound > Ringtone': where to tap, a path, not a title

    if sentence_inside_head(text) and not (quoted and asks_after_statement(text)):
        return False  # 'We won. Now what' (but a quoted '"I live here. Do I pay?"' may head)
    # a numbered head may open on a sum, as on a figure: '4. £2.9bn for the railways'
    opens = starts_like_heading(text) or (numbered and opens_on_a_sum(text))
    return opens and not is_dateline(text)


def opens_on_a_sum(text: str) -> bool:
    """True for a text opening on a currency sign and a digit: '₹2.9 lakh crore for rail',
    '$40 off' (not '£ sign', nor 'Price: £9')."""
    return len(text) > 1 and text[1].isdigit() and unicodedata.category(text[0]) == "Sc"


def asks_after_statement(text: str) -> bool:
    """True for a head's text of two sentences, a statement and then its question: 'I live
    inside the zone. Do I have to pay?' (not 'Who pays? Nobody.', nor three sentences)."""
    if not text.endswith("?") or text.count("?") != 1:
        return False
    return len(SECOND_SENTENCE.findall(text)) == 1 and "!" not in text


# A question or exclamation mark closing a quoted title that the line goes on after in lower
# case, the title's own, no sentence's end: '‘Who Keeps the Lighthouse?’ by Jane Doe'.
TITLE_MARK: Final = re.compile(r"[?!](?=[’'\"”],? [a-z])")


def sentence_inside_head(text: str) -> bool:
    """has_sentence_inside for a head's text, a line in capitals read in title case, as its
    abbreviations are listed: 'ST. ANSGAR FALLS' -> 'St. Ansgar Falls' (no sentence's end; but
    'WE WON. NOW WHAT' has one); a quoted title's own mark ends none (TITLE_MARK)."""
    if "?" in text or "!" in text:
        text = TITLE_MARK.sub("", text)
    if "." in text and text.isupper():
        return has_sentence_inside(text.title())
    return has_sentence_inside(text)


# A step through an app's menus, as how-tos write one, and how many make a path no head is.
MENU_STEP: Final = " > "
MENU_PATH_STEPS: Final = 2


def is_figure_or_pointer(text: str) -> bool:
    """True for a figure alone ('41,000', '73%') or an arrow-led pointer to another page
    ('➡️ Read the full story on our website'): neither opens a section."""
    return FIGURE_LINE.match(text) is not None or is_pointer(text)


def is_menu_path(text: str) -> bool:
    """True for a line of MENU_PATH_STEPS steps or more through an app's menus, each ' > ':
    'Settings > Privacy > Location', 'Camera > Settings > Grid > On' (not 'Less > more')."""
    return text.count(MENU_STEP) >= MENU_PATH_STEPS


def is_pointer(text: str) -> bool:
    """True for an arrow-led pointer to another page: '➡️ Read the full story on our website'.
    It is whole on its own, as page furniture is, so a head may follow it."""
    # (an arrow is no letter, and most lines open with one: read on the others only)
    return not text[0].isalnum() and ARROW_LINK.match(text) is not None


def gives_address(text: str) -> bool:
    """True for a line giving a web or mail address: 'Visit acme.org', 'jane@acme.org'."""
    # (each form of one holds '://', 'www.', an '@' or a '.' before a small ASCII letter,
    # which most lines lack, 'Price: £19.99' too: the search, over the whole line, is made on
    # those only)
    if "@" in text or "://" in text or "www." in text or _dot_before_letter(text):
        return WEB_ADDRESS.search(text) is not None
    return False


def _dot_before_letter(text: str) -> bool:
    """True when a '.' stands right before a small ASCII letter: 'acme.org' (WEB_ADDRESS's
    domain needs one)."""
    dot = text.find(".")
    while dot >= 0:
        if text[dot + 1 : dot + 2] in _ASCII_SMALL:
            return True
        dot = text.find(".", dot + 1)
    return False


def stands_out(text: str, numbered: bool, typical: float, following: int) -> bool:
    """True for a line much shorter than the paragraph after it, or than the document's typical
    one: a loosely shaped line (LONG_WORDS, LONG_CHARS) that does is a long head without final
    punctuation, 'How to keep a business focus the easy way'. A numbered line needs no
    contrast, the number marks it: '3. Get help from a mentor ...'."""
    return len(text) * LONG_RATIO <= max(typical, following) or numbered


def typical_length(items: list[Item]) -> float:
    """The median length of the document's text lines, in characters, the long heads it
    measures left out: two long heads among three paragraphs would pull it down to theirs
    ('The hidden cost of cheap flights for regional airports' / text / ...)."""
    sizes = [
        len(it.text)
        for k, it in enumerate(items)
        if isinstance(it, Line) and not (long_unended(it) and between_sentences(items, k))
    ]
    sizes.sort()
    return float(sizes[len(sizes) // 2]) if sizes else 0.0


def between_sentences(items: list[Item], k: int) -> bool:
    """True when no unpunctuated line stands right before or after item k: a long head's
    place; a run of such lines is a list, measured with the text ('Season passes' / ...)."""
    for j in (k - 1, k + 1):
        near = items[j] if 0 <= j < len(items) else None
        if isinstance(near, Line) and near.text[-1:] not in SENTENCE_ENDS:
            return False
    return True


def long_unended(line: Line) -> bool:
    """True for a line past a head's strict limits, within the long ones, without a sentence's
    end or a figure: the shape of a long head, 'Councils that can no longer afford to keep
    their runways open' (not a paragraph, nor a row of data: 'Council make-up: Lib Dem 21,
    Con 12')."""
    text = line.text
    if not text or text[-1] in SENTENCE_ENDS or len(text) > LONG_CHARS:
        return False  # (most lines: a paragraph ends a sentence, settled first)
    if len(text) <= MAX_CHARS and len(text.split(None, MAX_WORDS)) <= MAX_WORDS:
        return False  # a head's strict limits: its shape is the contrast's no matter
    if not few_words(text, LONG_WORDS):
        return False
    return FIGURE.search(text) is None


def points_back(question: str) -> bool:
    """True for a short question about a bare 'that' or 'those', asked of the sentence before
    it: 'Is that a lot?', 'Why is that?' (not 'Does that mean prices will fall?')."""
    return len(question.split()) <= POINTING_BACK_WORDS and bool(POINTING_BACK.match(question))


def previous_line(items: list[Item], k: int) -> Line | None:
    """The nearest text line before item k, skipping pictures: 'The five are:' before a list."""
    for j in range(k - 1, -1, -1):
        if isinstance(items[j], Line):
            return items[j]
    return None


def is_page_meta(text: str) -> bool:
    """True for a line of page data, with a number or a label's colon: 'Reading time: 2 min'."""
    return ":" in text or any(ch.isdigit() for ch in text)


def opens_run(items: list[Item], k: int) -> bool:
    """True when item k directly follows a sentence's end: 'in the loss.' / 'Defensive line'."""
    before = items[k - 1] if k > 0 else None
    return isinstance(before, Line) and before.text[-1] in SENTENCE_ENDS


def heads_its_fields(items: list[Item], lines: list[LineShape | None], k: int) -> bool:
    """True for a numbered line right over a field of figures, a ranked entry's head over its
    first field, not a run's item: '6. Harbour Gulls' / 'Last season: 30-32-8' / text. Both
    lines are shaped, their shapes read (`lines`, _Shapes.lines): the number and the field are
    looked up there, not matched again."""
    shape, after = lines[k], lines[k + 1]
    if shape is not None and after is not None:  # (always, for two shaped lines)
        return after.data and (shape.number > 0 or shape.labelled)
    return is_numbered(items[k].text) and is_data_line(items[k + 1])


def names_writers(text: str) -> bool:
    """True for a line of two people's full names or more and nothing else, the by-line of a
    page opening on its writers' names without 'By': 'Ana Lima and Tom Reed-Otieno', 'Mei
    Tanaka, Lars Berg and Raj Patel' (each name two to four words, the first a given name;
    not 'Romeo and Juliet', 'Marks and Spencer', 'Sun and Sea Festival')."""
    if " and " not in text or WRITERS.match(text) is None:
        return False
    people = re.split(r", and |, | and ", text)
    return all(usual_sex(person.split()[0]) is not None for person in people)


def names_filing_writer(text: str) -> bool:
    """True for a by-line without 'By' naming one writer and where they file from, as a page's
    opening line: 'Priya Shah at Leeds crown court', 'Tom Reed-Otieno in Kyiv' (the first word a
    given name; not 'Stockford at home', 'Grace at the Palace', 'Life in Lagos')."""
    found = FILING_WRITER.match(text)
    return found is not None and usual_sex(found["person"].split()[0]) is not None


def is_subheading(
    items: list[Item],
    found: _Shapes,
    k: int,
    last: int,
    signed: frozenset[int] = frozenset(),
) -> bool:
    """True when heading-shaped item k fits its context: 'SCORES QUARANTINED' between paragraphs.
    `signed` holds a letters page's sign-offs, which close a letter as a sentence's end does."""
    shaped, lines = found.shaped, found.lines  # (every shaped line's shape is read)
    # a question closes its sentence, so one after line k is no item of a list it opens
    run = k + 1 < len(items) and shaped[k + 1] and not lines[k + 1].question
    # (a numbered line over a field is a ranked entry's head, whatever stands around it)
    fields = run and heads_its_fields(items, lines, k)
    run = run and not fields
    if not shaped[k] or (k > last and not (run and opens_run(items, k))):
        return False
    if closes_a_field_run(items, shaped, k):
        return True  # 'Key figures' / 'Revenue: £4.21bn' / 'Profit: £312m' / 'Sales by division'
    if heads_a_rating(items, k):
        return True  # 'Best track: Low Tide' / 'Salt Year' / '★★★☆☆': the next review's head
    if heads_a_rating(items, k + 1):
        return False  # 'Best track: Low Tide' itself closes the review above
    # a question ends a sentence, so a head may follow one: 'Ready?' / 'How to start'
    # (under_a_rating is asked only where a shaped or open line is over line k: most are not)
    after_head = k > 0 and shaped[k - 1] and not lines[k - 1].question
    after_head = after_head and not under_a_rating(items, k)
    # '... Power play: 14.2%' / '7. Falls Lumberjacks' / 'Last season: 27-35-8': the entry
    # above closes on a field, and the next entry opens
    after_head = after_head and not (fields and lines[k - 1].data)  # (shaped: its shape read)
    if after_head or (run and not opens_run(items, k)):
        return False
    if run and opens_figure_rows(items, shaped, k):
        return False  # a run of figures opens with its first row: 'Serves 4' / 'Prep 20 min'
    before = previous_line(items, k)
    if before is None:
        # page data, or a kicker over the lead picture: 'Reading time: 2 min', 'ANALYSIS'
        over_picture = k + 1 < len(items) and isinstance(items[k + 1], Picture)
        text = items[k].text
        writers = names_writers(text) or names_filing_writer(text)
        return not (is_page_meta(text) or over_picture or writers)
    open_before = _open_before(items, found, k, before) and not under_a_rating(items, k)
    open_before = open_before and k - 1 not in signed  # 'Jean Hicks, St Agnes' / the next head
    open_before = open_before and not is_pointer(before.text)  # '➡️ Read the full story'
    # 'Camera > Settings > Grid' / 'Step 4: ...': a menu path is whole, as a sentence is
    open_before = open_before and not is_menu_path(before.text)
    # 'Fifth place: Rovers 26 Vale 12' / picture / 'What comes next': a result is whole too
    open_before = open_before and not is_result_field(before.text)
    if open_before and isinstance(items[k - 1], Picture):
        open_before = not heads_pictures(items, shaped, k)  # 'Summer' / pictures / 'Autumn'
    if open_before and not lines[k].question and not is_bullet(before.text):
        # a line in a run of unpunctuated lines is a list item, but a numbered line after the
        # data line closing the item above is the next item's head: 'Price: £349' / 'No. 3: ...'
        return numbered_shape(lines[k]) and DATA_LINE.match(before.text) is not None
    return not (before.text.endswith(":") and not lines[k].question)


def _open_before(items: list[Item], found: _Shapes, k: int, before: Line) -> bool:
    """ends_open for the text line before line k, its furniture not read again where shaped_head
    read it on the line as it stands and found none: 'Price: £19.99' / 'No. 3: Moto G85'."""
    if k > 0 and items[k - 1] is before and found.unfurnished[k - 1]:
        return open_end(before.text)
    return ends_open(before.text)


def heads_pictures(items: list[Item], shaped: list[bool], k: int) -> bool:
    """True when the text line before the pictures right over line k is heading-shaped, opens
    a section (a sentence's end or a picture before it) and stands right over the pictures, a
    section of pictures only: 'Summer' / picture / picture / 'Autumn and winter' / picture, a
    photo story's seasons. The pictures close that section, and line k opens the next, no
    item of a list the line over the pictures opened ('The bidders:' / 'Blue Origin' /
    picture / 'SpaceX')."""
    j = k - 1
    while j > 0 and isinstance(items[j], Picture):
        j -= 1  # (the pictures between are walked once, for the line right under them)
    if not (isinstance(items[j], Line) and shaped[j] and isinstance(items[j + 1], Picture)):
        return False
    before = items[j - 1] if j > 0 else None
    return isinstance(before, Picture) or (
        isinstance(before, Line) and before.text[-1] in SENTENCE_ENDS
    )


def heads_entries(items: list[Item], k: int) -> bool:
    """True when the FIELD_RUN lines right under line k each give an entry, a name and a label's
    colon, but no field's short label: a box's ('Also consider' / 'Kora Buds, £59: the best
    cheap pair' / 'Sennox Pulse, £199: a smaller case')."""
    for j in range(k + 1, k + 1 + FIELD_RUN):
        entry = items[j] if j < len(items) else None
        if not isinstance(entry, Line) or ": " not in entry.text or FIELD.match(entry.text):
            return False
    return True


def field_run_start(items: list[Item], k: int) -> int:
    """The index of the first field in the run of FIELD lines right before item k (k when
    none is): 'Rovers: WWDWL' / 'Castlefield: WWWDW'."""
    j = k
    while j > 0 and isinstance(items[j - 1], Line) and FIELD.match(items[j - 1].text):
        j -= 1
    return j


def closes_a_field_run(items: list[Item], shaped: list[bool], k: int) -> bool:
    """True for a heading-shaped line without a colon or a figure right after FIELD_RUN fields
    or more that a head opens ('Form guide' / 'Rovers: WWDWL' / 'Castlefield: WWWDW'), over a
    line that is no field: the next section's head ('Did you know?'), not a field more."""
    before = items[k - 1] if k > 0 else None
    if not isinstance(before, Line) or ": " not in before.text or not FIELD.match(before.text):
        return False  # most heads follow no field: settled first
    text = items[k].text
    if ":" in text or (FIGURE.search(text) and FIGURE.search(without_model_numbers(text))):
        return False  # a row of figures ('UK retail £2.94bn'), not a product's name ('Buds 2')
    after = items[k + 1] if k + 1 < len(items) else None
    if not isinstance(after, Line) or FIELD.match(after.text):
        return False
    start = field_run_start(items, k)
    if k - start < FIELD_RUN or start == 0:
        return False
    head = items[start - 1]
    if isinstance(head, Picture) or head.text[-1] in SENTENCE_ENDS:
        # a box of fields closing the section above ('... one island.' / 'Stay: Villa Nora' /
        # 'Beach: Dubovica' / 'Vis' / text): the line under it opens the next, over a paragraph
        # or over a box of entries of its own ('Also consider' / 'Kora Buds, £59: ...')
        return not shaped[k + 1] or heads_entries(items, k)
    return shaped[start - 1] and ":" not in head.text and opens_after_a_whole_line(items, start - 1)


def opens_after_a_whole_line(items: list[Item], k: int) -> bool:
    """True when item k follows a sentence's end or a line of page furniture, whole on its own
    as a sentence is: '... in the loss.' / 'Key figures', 'Read more: Why the mill shut' /
    'Key figures'."""
    if opens_run(items, k):
        return True
    before = items[k - 1] if k > 0 else None
    return isinstance(before, Line) and is_furniture(before.text)


def without_model_numbers(text: str) -> str:
    """The line without the figures of a product's or a model's name, a number glued to its
    letters or standing after a word: 'Lumo Buds 2 review' -> 'Lumo Buds  review',
    'Orbit K300 test' -> 'Orbit K test' ('UK retail £2.94bn' keeps its figures)."""
    return MODEL_NUMBER.sub("", text)


def closing_lines(items: list[Item], shaped: list[bool], flags: list[bool]) -> list[int]:
    """The heads that close the paragraphs above them, right over another head that opens the
    paragraph below: a letter's sign-off ('... a day off work.' / 'Ruth Penrose, Penzance' /
    'A bypass will not save the high street' / text), a lot's result ('Sold for £14,500'), an
    entry's hours. A head introduces text, and the next line does so in its place; the line
    ends what came before it, as a paragraph of its own."""
    found = []
    for k in compress(range(1, len(items) - 2), flags[1:-2]):
        # (most heads have text under them: the line after settles them first)
        if not flags[k + 1] or shaped[k + 2]:
            continue
        before, after = items[k - 1], items[k + 2]
        if not (isinstance(before, Line) and isinstance(after, Line)):
            continue
        if before.text[-1] in SENTENCE_ENDS and closes_over(items[k].text, items[k + 1].text):
            found.append(k)
    return found


def lone_questions(items: list[Item], shaped: list[bool], heads: list[int]) -> list[int]:
    """The questions flagged among LONE_AMONG statement heads or more, between paragraphs: a
    question the writer asks in running text and answers in the next line ('... a
    professional.' / 'Why would anyone make a soufflé at minus ten?' / 'The judges never
    say.'), where the page's heads name what it lists (shows, events), not questions. One
    question is read so (asked_alone); more, no more than half as many as the statement heads,
    only where a fragment answers each ('Is the ferry quick?' / 'Quicker than the bridge.
    ...'), as a page of question heads with sections of their own stays. Among fewer
    statement heads, only where they capitalise every word and the question does not
    (miscased_questions). `heads` holds the indexes of the flagged lines."""
    questions = [k for k in heads if is_question(items[k].text)]
    statements = len(heads) - len(questions)
    if not questions or not statements:
        return []
    if statements < LONE_AMONG:
        return miscased_questions(items, shaped, heads, questions)
    if len(questions) == 1:
        k = questions[0]
        alone = asked_alone(items, shaped, k) or asked_in_a_list_intro(items, shaped, heads, k)
        return questions if alone else []
    if LONE_SHARE * len(questions) > statements:
        return []  # (two questions need four statement heads at least)
    return [
        k
        for k in questions
        if between_paragraphs(items, shaped, k)
        and answered_by_a_fragment(items[k].text, items[k + 1].text)
    ]


def asked_in_a_list_intro(items: list[Item], shaped: list[bool], heads: list[int], k: int) -> bool:
    """True when question k, the first head, is answered by the one paragraph right over the
    next head, a numbered one, and LONE_AMONG heads or more, most of the others, are numbered:
    the intro's own question, no item's ('What makes a book the best?' / 'The one we pressed
    on friends.' / '7. Harbour' / text / '6. ...')."""
    if k != heads[0] or k + 2 not in heads[1:2] or not is_numbered(items[k + 2].text):
        return False
    numbered = len([j for j in heads[1:] if is_numbered(items[j].text)])
    if numbered < LONE_AMONG or 2 * numbered <= len(heads) - 1:
        return False
    return between_paragraphs(items, shaped, k)


def miscased_questions(
    items: list[Item], shaped: list[bool], heads: list[int], questions: list[int]
) -> list[int]:
    """The questions in sentence case where every statement head capitalises every word, each
    answered in the next line (asked_alone): the writer's, not written as the page's heads
    are ('What The Critics Miss' ... '... I think.' / 'What did I miss most?' / 'Not the
    news, not the chats.'; a question in title case, 'What Did I Miss?', is one of them), no
    more questions than statement heads (more make a page of question heads)."""
    asked = set(questions)
    if 2 * len(questions) > len(heads):
        return []  # a page of question heads ('1. How long is the term?' ... 'Related Topics')
    if not all(is_title_case(items[k].text) for k in heads if k not in asked):
        return []  # (most pages: a statement head in sentence case settles it)
    return [
        k for k in questions if not is_title_case(items[k].text) and asked_alone(items, shaped, k)
    ]


def between_paragraphs(items: list[Item], shaped: list[bool], k: int) -> bool:
    """True when line k stands after a paragraph ending a sentence and over a paragraph that is
    not heading-shaped, as a question asked in the running text does."""
    if not 0 < k < len(items) - 1:
        return False
    before, after = items[k - 1], items[k + 1]
    if not (isinstance(before, Line) and isinstance(after, Line)) or shaped[k + 1]:
        return False
    # (a line ending in ':' answers nothing: it opens the list that does, 'You will need:')
    return before.text[-1] in SENTENCE_ENDS and not opens_a_list(items, k)


def asked_alone(items: list[Item], shaped: list[bool], k: int) -> bool:
    """True when the one question k among statement heads is answered in the next line: by a
    short sentence ('The judges never say.'), a reply ('Yes. Wrap it ...') or a fragment."""
    if not between_paragraphs(items, shaped, k):
        return False
    question, answer = items[k].text, items[k + 1].text
    # a one-sentence answer ('The judges never say.'); a head's section says more ('Should you
    # buy it?' / 'At £2,899 it costs more than its rivals. If weight matters most, ...')
    # (of a long head's words at most: a head's first sentence may run on, 'Have you had
    # these moments?' / 'Any time you build a business, online or offline, you will ...'),
    # or a reply opening the answer, however long ('Can you freeze it?' / 'Yes. Wrap it ...'),
    # to a question not in capitals, a head's style ('CAN I FREEZE IT?' / 'Yes. ...' is one),
    # or a verbless first sentence going on ('Who will run it?' / 'Probably a charity. ...')
    if not has_sentence_inside(answer) and len(answer.split()) <= LONG_WORDS:
        return True
    # an answer opening on an ellipsis of the question replies to it: 'Is the worst over?' /
    # 'The finance director would not say so. ...'
    if is_elliptical(answer):
        return True
    return replied_in_text(question, answer) or answered_by_a_fragment(question, answer)


def replied_in_text(question: str, answer: str) -> bool:
    """True for a yes-or-no question in sentence case answered by a paragraph opening on a
    reply: 'Can you freeze it?' / 'Yes. Wrap it well.' (not 'CAN YOU FREEZE IT?', in a head's
    capitals, 'Who pays?' / 'Not the council.', nor an advice head, 'Should you buy it?')."""
    if not asks_yes_or_no(question) or is_caps(question):
        return False
    return opens_on_a_reply(answer)


def is_price_datum(text: str) -> bool:
    """True for a short line holding a price, no band's head: 'Guide price £385,000', 'Offers
    over £320,000' (not 'Under £50', which heads the gifts it bands)."""
    if not PRICE.search(text) or len(text.split()) > PRICE_WORDS:
        return False
    return text.split(None, 1)[0] not in BAND_WORDS


def priced_lines_in_sections(items: list[Item], flags: list[bool]) -> list[int]:
    """The heads holding a price, fewer than the plain heads, PLAIN_HEADS of those at least,
    that stand after a paragraph in a plain head's section: a price line closing what the head
    names, data ('Gull Cottage, Porthgwarra' / text / 'Guide price £385,000' / text). Where
    the heads price offers themselves ('Lisbon for £149'), a priced line may head one."""
    heads = [k for k in compress(range(len(items)), flags) if isinstance(items[k], Line)]
    priced = [k for k in heads if is_price_datum(items[k].text)]
    plain = [k for k in heads if not PRICE.search(items[k].text)]
    if not priced or len(plain) < PLAIN_HEADS or len(priced) >= len(plain):
        return []
    found = []
    for k in priced:
        before = items[k - 1]
        in_section = plain[0] < k  # (the first plain head is over it: one look, not a scan)
        if in_section and isinstance(before, Line) and before.text[-1] in SENTENCE_ENDS:
            found.append(k)
    return found


def terms_among_offers(items: list[Item], flags: list[bool]) -> list[int]:
    """The heads holding a figure but no price, after a paragraph in a priced head's section and
    right over another priced head, where every other head prices an offer, OFFER_TERMS_HEADS
    at least: an offer's terms closing its item, a date or a number of nights ('Book by 20
    December'), not a head. A section's own head holds no figure ('Short breaks')."""
    heads = [k for k in compress(range(len(items)), flags) if isinstance(items[k], Line)]
    priced = [k for k in heads if PRICE.search(items[k].text)]
    if len(priced) < OFFER_TERMS_HEADS or len(heads) - len(priced) > 1:
        return []
    found = []
    over = set(priced)  # (a look-up per head, not a scan of the priced heads)
    for k in heads:
        text = items[k].text
        if PRICE.search(text) or not FIGURE.search(text) or k + 1 not in over:
            continue
        before = items[k - 1]
        in_offer = priced[0] < k
        if in_offer and isinstance(before, Line) and before.text[-1] in SENTENCE_ENDS:
            found.append(k)
    return found


def asked_under_a_head(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """The one question flagged right under a statement head, where QUESTION_TURNS questions
    or more of the document's own lines are paragraphs: an interview's questions are its
    turns, the first under a topic head as much as the rest ('On leaving the valley' / 'Why
    leave now, after fourteen books?' / answer / 'Was that frightening?' / answer). Two
    question heads or more make a pattern of question heads, and so stay."""
    # the heads first, a few: the document's lines are read only where one question heads
    heads = compress(range(len(items)), flags)
    asked = [k for k in heads if isinstance(items[k], Line) and is_question(items[k].text)]
    if len(asked) != 1:
        return []
    k = asked[0]
    above = items[k - 1] if k > 0 else None
    if not (isinstance(above, Line) and flags[k - 1] and not is_question(above.text)):
        return []
    turns = len([j for j in alone if not flags[j] and is_question(items[j].text)])
    return [k] if turns >= QUESTION_TURNS else []


def is_field(item: Item | None) -> bool:
    """True for a text line that is a field, a short label, a colon and its value."""
    return isinstance(item, Line) and FIELD.match(item.text) is not None


def boxed_fields(items: list[Item], flags: list[bool]) -> list[int]:
    """The heads that are fields right over another field, or right under one with no text
    under them: a box of data, each line a label and its value ('Ferry from Hvar: 1 hour, from
    €14' / 'Eat: Konoba Maslina, mains from €16'; 'Ferries: ...' / 'When to go: June' /
    picture), not a head. A head over a box has no label's colon ('Key figures' / 'Revenue:
    £4.21bn'), a numbered head keeps its number's label ('Step 3: Mix'), and a labelled head
    under a box closing the item above introduces text ('Price: £89' / 'Best for small
    kitchens: Dualit Mini' / text), unless its value opens in lower case, a list of things
    as the box's other values are, not a name: 'Sow under cover: tomatoes, aubergines' / 'In
    flower: snowdrops, hellebores' / text (a box's line, not a paragraph's sentence above)."""
    found = []
    bare: bool | None = None  # whether a head without a label stands in the document
    for k in compress(range(len(items)), flags):
        if not is_field(items[k]) or is_numbered(items[k].text):
            continue
        if heads_a_result_series(items, k):
            if bare is None:
                bare = any(":" not in items[j].text for j in compress(range(len(items)), flags))
            if bare:
                continue  # 'House: Northern counties' / 'District 4: ...' beside 'Senate'
        after = items[k + 1] if k + 1 < len(items) else None
        under_box = k > 0 and is_field(items[k - 1])
        if under_box and isinstance(after, Line):
            # (a paragraph opening with a label is no box: 'Verdict: false. You lose ...')
            listed = lower_value(items[k].text) and items[k - 1].text[-1] not in SENTENCE_ENDS
            under_box = listed
        if under_box or is_field(after):
            found.append(k)
    return found


def heads_a_result_series(items: list[Item], k: int) -> bool:
    """True when labelled line k stands over two result lines of a series, fields ending a
    sentence whose labels share their first word, none its own: 'House: Northern counties' /
    'District 4: Jane Doe (R) 58.0%. Hold.' / 'District 9: ...' (a box's fields differ:
    'Eat: ...' / 'Stay: ...')."""
    own = items[k].text.split(":", 1)[0]
    labels = []
    for j in (k + 1, k + 2):
        line = items[j] if j < len(items) else None
        if not is_field(line) or line.text[-1] not in SENTENCE_ENDS:
            return False
        labels.append(line.text.split(":", 1)[0])
    first, second = labels
    return first != second and first.split()[0] == second.split()[0] != own.split()[0]


def is_result_field(text: str) -> bool:
    """True for a field whose value is a result, each side named with its score: 'Final:
    Rovers 24 Vale 19 (aet)' (not 'Step 2: Add 200g of flour', nor 'Update: Storm 12 hours
    away')."""
    return FIELD.match(text) is not None and SCORED_VALUE.match(text.split(": ", 1)[1]) is not None


def priced_fields(items: list[Item], flags: list[bool]) -> list[int]:
    """The heads that are fields whose value opens with a price or is a result: 'Park ticket:
    €25 in July and August, €15 at other times', 'Entry: £12, children free', 'Final: Rovers 24
    Vale 19 (aet)'. A price or a score is data the reader looks up, and a head names what its
    text is about, never what it costs or what the score was (but a live post's head under its
    time, '9:34 p.m.' / 'Halftime: Rovers 38, Vale 30', is one)."""
    found = []
    for k in compress(range(len(items)), flags):
        text = items[k].text
        if is_field(items[k]) and not is_numbered(text):
            if PRICED_VALUE.match(text.split(": ", 1)[1]):
                found.append(k)
            elif is_result_field(text) and not stamped_at(items, k):
                found.append(k)
    return found


def lower_value(text: str) -> bool:
    """True for a field whose value opens in lower case: 'Plant: shallots and garlic'."""
    value = text.split(": ", 1)[1]
    return value[0].islower()


def closing_sentence(items: list[Item]) -> int:
    """The index of the body's last text line when it is a sentence ending in '.' with no text
    after it (a picture at most), -1 otherwise: a head introduces text, so the line closes the
    article ('More from the festival tomorrow.' after the closing picture)."""
    for k in range(len(items) - 1, -1, -1):
        item = items[k]
        if isinstance(item, Line):
            return k if item.text[-1:] == "." else -1
        if not isinstance(item, Picture):
            return -1  # a list after it: the line may head it
    return -1


def asked_inside_an_item(items: list[Item], flags: list[bool]) -> list[int]:
    """The unnumbered questions flagged between two numbered heads numbered one after the other
    (a label's number as well, 'Step 3:' / ... / 'Step 4:'),
    after a paragraph and over one shorter reply closing the item, pictures after it passed
    (closes_the_item): a listicle's item is one section, so the
    question is asked in its text ('3. Cheaper trains' / text / 'Who gains most?' /
    'Commuters.' / '4. ...'; the intro's question, before '1.', and a closing one after the
    run are not read)."""
    heads = [k for k in compress(range(len(items)), flags) if isinstance(items[k], Line)]
    found: list[int] = []
    for before, k, after in zip(heads, heads[1:], heads[2:], strict=False):
        if not is_question(items[k].text) or run_number(items[k])[1] >= 0:
            continue
        label, number = run_number(items[before])  # ('', 3) for '3.', ('Step', 3) for 'Step 3:'
        if number < 0 or run_number(items[after]) != (label, number + 1):
            continue
        # answered in one paragraph, shorter than the item's text over it, as a reply is (a
        # question over more, or a longer answer, heads a part of the item: 'Who paid?' / ...)
        over, under = items[k - 1], items[k + 1]
        if before < k - 1 and closes_the_item(items, k + 2, after) and isinstance(over, Line):
            if isinstance(under, Line) and len(under.text) < len(over.text):
                found.append(k)
    return found


def closes_the_item(items: list[Item], j: int, after: int) -> bool:
    """True when nothing but pictures stands from item j to the next item's head `after`: a
    reply closes the item ('Why small notes?' / 'Change is scarce.' / picture / '7) ...')."""
    return j <= after and all(isinstance(item, Picture) for item in items[j:after])


def numbered_run_lines(items: list[Item], flags: list[bool]) -> list[int]:
    """The numbered heads right under the line numbered one less or right over the line
    numbered one more: a numbered list's items, each a line of its own ('1. Which river ...?'
    / '2. Who was ...?' / '3. ...'), not heads. A listicle's numbered heads each stand over
    their text ('1. Define your target' / text / '2. Lend a hand')."""
    found = []
    for k in compress(range(len(items)), flags):
        number = item_number(items[k])
        if number < 0:
            continue
        under = k > 0 and item_number(items[k - 1]) == number - 1
        over = k + 1 < len(items) and item_number(items[k + 1]) == number + 1
        if under or over:
            found.append(k)
    return found


def numbered_sentence_heads(items: list[Item], alone: list[int]) -> list[int]:
    """A listicle's numbered full-sentence heads: a run of lines numbered from '1.' in order,
    SENTENCE_RUN_MIN at least, each one sentence ending in '.' over a paragraph longer than it,
    the run's text LONG_RATIO times its heads' ('1. The lid sticks.' / text / '2. The hinge
    squeaks.' / text / '3. ...'). A list packed under a ':' line is none: its items stand
    right under one another ('Three fixes:' / '1. Oil it.' / '2. Tighten it.')."""
    # (the final '.' and the number first: most lines fail them, the neighbours are read after)
    run: list[int] = []
    for k in alone:
        if items[k].text[-1] == "." and item_number(items[k]) == len(run) + 1:
            if heads_numbered_text(items, k):
                run.append(k)
    if len(run) < SENTENCE_RUN_MIN:
        return []
    return run if over_long_text(items, run) else []


def numbered_long_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """A listicle's numbered head past the length cap, numbered between two flagged siblings
    ('4. ...' before, '6. ...' after) after a sentence's end, a list or a picture (the section
    before it closed: '• Arlon, €54' / '5. <a long title>') and over unnumbered text, within
    NUMBERED_LONG_WORDS words: '5. Know what to do when the boiler fails: the first hour that
    decides the size of the bill' (a step of a packed list, numbered under a numbered line, and
    a sentence ending in '.' are none)."""
    heads = [k for k in compress(range(len(items)), flags) if item_number(items[k]) >= 0]
    found: list[int] = []
    if len(heads) < 2:
        return found  # (most documents: no run of numbered heads)
    j = 0
    for k in alone:
        while j < len(heads) and heads[j] < k:
            j += 1  # (the heads are walked once, beside the standalone lines)
        if flags[k] or j == 0 or j == len(heads) or k + 1 >= len(items):
            continue
        number = item_number(items[k])
        if number < 0 or item_number(items[heads[j - 1]]) != number - 1:
            continue
        after = items[k + 1]
        if item_number(items[heads[j]]) != number + 1 or not isinstance(after, Line):
            continue
        if item_number(after) >= 0 or item_number(items[k - 1]) >= 0:
            continue
        if not (opens_run(items, k) or closes_on_a_block(items[k - 1])):
            continue
        if numbered_head_shape(items[k].text):
            found.append(k)
    return found


def closes_on_a_block(item: Item) -> bool:
    """True for a list's line, a list or a picture, a section's end that is no sentence's:
    '• Arlon, €54' / '3) <a long title>' (a line of several, not a block of its own)."""
    return isinstance(item, ListLines | Picture) or not item.alone


def numbered_head_shape(text: str) -> bool:
    """True for a numbered head's shape within NUMBERED_LONG_WORDS words, whatever its final
    mark, the number marking it: '6) Criticising your last boss.', '3) Asking too early. Or
    never asking.' beside '5) Dressing down' (a sentence alone is read by where it stands)."""
    if is_heading_shaped(text, NUMBERED_LONG_WORDS, LONG_CHARS):
        return True
    if text[-1] != ".":
        return False  # (most numbered heads end on a word, settled above)
    return is_heading_shaped(text[:-1], NUMBERED_LONG_WORDS, LONG_CHARS) or is_short_statement(text)


def numbered_heads_run(items: list[Item], flags: list[bool], least: int) -> list[int]:
    """The flagged numbered heads when `least` or more stand, numbered one after the other,
    each number once ('2) ...' / text / '3) ...'), else none."""
    heads = [k for k in compress(range(len(items)), flags) if item_number(items[k]) >= 0]
    if len(heads) < least:
        return []  # (most documents: no run of numbered heads)
    numbers = [item_number(items[k]) for k in heads]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return []  # a run is numbered one after the other, each number once
    return heads


def heads_an_item(items: list[Item], k: int) -> bool:
    """True for a numbered line k of a head's shape over an unnumbered paragraph LONG_RATIO
    times longer, under no numbered line: '1) The swing regions' / text (not a packed list's
    line, '2. Eggs' / '3. Flour')."""
    after = items[k + 1] if k + 1 < len(items) else None
    if not isinstance(after, Line) or item_number(after) >= 0:
        return False
    if item_number(items[k - 1]) >= 0 or len(after.text) < LONG_RATIO * len(items[k].text):
        return False
    return numbered_head_shape(items[k].text)


def last_numbered_head(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """The next number after a run of NUMBERED_RUN numbered heads or more, flagged one after
    the other from the first, where no sibling follows it to vouch for it: '4. ...' / text /
    '5. ...' / text / 'From £9' / '6. Riesling from the hills' / text / 'Cheers.', a list's
    last item (not a packed list's line under a numbered line, nor one over no longer text)."""
    heads = numbered_heads_run(items, flags, NUMBERED_RUN)
    if not heads:
        return []
    for k in alone:
        if k > heads[-1] and item_number(items[k]) == item_number(items[heads[-1]]) + 1:
            return [k] if heads_an_item(items, k) else []
    return []


def first_numbered_head(items: list[Item], flags: list[bool]) -> list[int]:
    """The first number of a run of NUMBERED_PAIR numbered heads or more, one less than the
    first flagged, its one paragraph before the next: picture / '1) The swing regions' / text
    / '2) Turnout' / text / '3) ...', with the line right over it when it is a head's shape
    without a stop after a section's end, the list's own head ('Three things to watch')."""
    heads = numbered_heads_run(items, flags, NUMBERED_PAIR)
    if not heads or item_number(items[heads[0]]) != FIRST_NUMBER + 1:
        return []
    k = heads[0] - 2  # '1) ...' / its one paragraph / '2) ...'
    if k < 1 or item_number(items[k]) != FIRST_NUMBER or not heads_an_item(items, k):
        return []
    over = items[k - 1]
    if not (isinstance(over, Line) and over.text[-1:].isalnum() and is_heading_shaped(over.text)):
        return [k]
    before = items[k - 2] if k > 1 else None
    ends = isinstance(before, Line) and before.text[-1:] in SENTENCE_ENDS
    return [k - 1, k] if ends or isinstance(before, Picture) else [k]


def heads_numbered_text(items: list[Item], k: int) -> bool:
    """True for a numbered one-sentence line ending in '.' between two unnumbered items, over
    a longer paragraph: '4. The gate is too narrow.' / 'Two prams cannot pass ...'."""
    if k + 1 >= len(items) or (k > 0 and item_number(items[k - 1]) >= 0):
        return False  # the last line, or a packed list's item under the one before
    after = items[k + 1]
    if not isinstance(after, Line) or item_number(after) >= 0:
        return False
    text = items[k].text
    return len(after.text) > len(text) and is_heading_shaped(text[:-1], LONG_WORDS, LONG_CHARS)


def closes_over(text: str, head: str) -> bool:
    """True for a line in the form of a sign-off or a datum, over a head without that form: a
    comma or a figure the head lacks, in a statement ('Ruth Penrose, Penzance' / 'A bypass
    will not save the high street', 'Sold for £14,500' / 'A hoard of ration books'). A
    section's head over its first subsection's is most often plain ('Before you switch' /
    'Check your meter'), a head over a head may share the form ('Score 4.5 out of 5' / 'Save
    hundreds on the 16-inch model'), and a question asks, it closes nothing; nor does a
    numbered line, which opens an item ('5. A launch ticket, 1967' / 'Who went to a launch?'),
    nor a line over a run's first numbered head, which heads the run ('Three ways it fails,
    and the fixes' / '1. The lid sticks')."""
    if is_question(text) or FIELD.match(head) or is_numbered(text):
        return False  # (a field under it is a box's line: 'Price: £349' / 'Colours: grey')
    if FIRST_OF_RUN.match(head):
        return False  # (nothing numbered stands above the run's first item for it to close)
    comma = "," in text and "," not in head
    return comma or (FIGURE.search(text) is not None and FIGURE.search(head) is None)


def is_numbered(text: str) -> bool:
    """True for a listicle item's numbered line: '3) Moto G85', 'No. 3: Moto G85', 'Day 5.
    Across to Pico'."""
    if LIST_NUMBER.match(text) is not None or NUMBERED_LABEL.match(text) is not None:
        return True
    return COUNTED_LABEL.match(text) is not None


def numbered_shape(shape: LineShape) -> bool:
    """is_numbered for a line whose shape (read_shape) is read: its list number and its
    label's number are known."""
    return shape.number > 0 or shape.labelled


def is_data_line(item: Item) -> bool:
    """True for a text line that is a field of figures: 'Price: £19.99', 'Weight: 1.2kg'."""
    return isinstance(item, Line) and DATA_LINE.match(item.text) is not None


def item_data_start(
    items: list[Item], shaped: list[bool], lines: list[LineShape | None], k: int
) -> int:
    """The index of the first of the fields of figures that end at line k, between a paragraph
    and a numbered heading-shaped line, -1 when they stand otherwise: the data closing a
    listicle's item ('... hard to argue with.' / 'Price: £349' / 'No. 3: Moto G85', or a spec
    box, '... clearly marked.' / 'Capacity: 1.7 litres' / 'Price: £19.99' / '3. Stellar Keep
    Warm'), paragraphs, not the head of a run that the numbered line goes on. `lines` holds
    the shapes read (_Shapes.lines: every shaped line has one)."""
    if not 0 < k < len(items) - 1 or not shaped[k + 1] or not lines[k].data:
        return -1
    after = items[k + 1]
    if not (isinstance(after, Line) and numbered_shape(lines[k + 1])):
        return -1
    # (walked back ITEM_FIELDS lines at most: a longer run is a table, and fields that are
    # numbered lines too, 'No. 3: Moto G85', are walked once each, not once per line after)
    # (a line's shape read where it has one, as most have: a paragraph in a block is matched)
    start = k
    for j in range(k - 1, max(1, k - ITEM_FIELDS + 1) - 1, -1):
        shape = lines[j]
        if not (shape.data if shape is not None else is_data_line(items[j])):
            break
        start = j
    before = items[start - 1]
    return start if isinstance(before, Line) and before.text[-1] in SENTENCE_ENDS else -1


def is_closing_data(items: list[Item], shape: LineShape, k: int) -> bool:
    """True for a short data line right after a paragraph, a field ('Prediction: 4th') or a
    line holding a price ('From £349', 'Was £599, now £499', 'Prices vary; about £60 a
    month'), that closes the item above it; `shape` is its (read_shape)."""
    text = items[k].text
    if len(text) > MAX_CHARS:
        return False
    if not (shape.data or (PRICE.search(text) and len(text.split()) <= PRICE_WORDS)):
        return False
    before = items[k - 1] if k > 0 else None
    return isinstance(before, Line) and before.text[-1] in SENTENCE_ENDS


def next_text_line(items: list[Item], k: int) -> int:
    """The index of the first text line after item k, pictures skipped; -1 when none is."""
    return next((j for j in range(k + 1, len(items)) if isinstance(items[j], Line)), -1)


def items_closed_by_data(
    items: list[Item], short: list[int], shaped: list[bool], lines: list[LineShape | None]
) -> list[tuple[int, int]]:
    """(data line, head after it) pairs where a data line closes an item and a heading-shaped
    line over text opens the next: '... the best we tested.' / 'From £349' / 'Best for pet
    hair: Furrow Pro 2' / text; CLOSING_MIN such pairs at least, as a guide's or a preview's
    items repeat the shape, else none. `short` holds the standalone lines of LONG_CHARS at most,
    `lines` their shapes (_Shapes.lines)."""
    pairs = []
    for k in short:
        # (most short lines are heads over a paragraph: the next item settles them first)
        after = items[k + 1] if k + 1 < len(items) else None
        if not (isinstance(after, Picture) or (after and shaped[k + 1])):
            continue
        if not is_closing_data(items, lines[k], k):
            continue
        head = next_text_line(items, k)
        text_after = head + 1 < len(items) and isinstance(items[head + 1], Line)
        if head > 0 and shaped[head] and text_after:
            if not shaped[head + 1] or numbers_a_box(items, lines[head], head):
                pairs.append((k, head))
    return pairs if len(pairs) >= CLOSING_MIN else []


def numbers_a_box(items: list[Item], shape: LineShape | None, k: int) -> bool:
    """True for a numbered item's head over its box of fields, the item's text under them: '2)
    Fern' / 'Light: shade' / 'Water: weekly' / text; `shape` is its (read_shape), None for a
    long line. A buying guide opens each item so, under the price line closing the one above,
    and the number, not the field's label, is the head ('Light: shade' / 'Water: weekly' alone
    is a box without a number over it)."""
    if shape is None or shape.number == 0:
        return False
    return is_field(items[k + 1])


def opens_figure_rows(items: list[Item], shaped: list[bool], k: int) -> bool:
    """True when line k and the two after it are short lines holding figures, rows of data:
    'Serves 4' / 'Prep 20 min' / 'Cook 45 min' (two are as often a head over a head: 'Score
    4.5 out of 5' / 'Save hundreds on the 16-inch model'), or a yield over a field of figures
    ('Makes 12 scones' / 'Prep time: 15 minutes')."""
    if yields_over_fields(items, k):
        return True
    rows = range(k, k + FIGURE_ROWS)
    if rows[-1] >= len(items) or not all(shaped[j] for j in rows):
        return False
    return all(any(map(str.isdigit, items[j].text)) for j in rows)


def yields_over_fields(items: list[Item], k: int) -> bool:
    """True for a yield right over a field holding a figure, a recipe's box of data: 'Makes 12
    scones' / 'Prep time: 15 minutes' (a label over the fields names them: 'Key figures'
    / 'Revenue: £4m')."""
    if YIELD_LINE.match(items[k].text) is None:
        return False  # (most lines open otherwise: the line after is read for the rest only)
    after = items[k + 1] if k + 1 < len(items) else None
    return isinstance(after, Line) and DATA_LINE.match(after.text) is not None


def following_length(items: list[Item], k: int) -> int:
    """The length of the text line right after item k, 0 when a picture or nothing follows."""
    after = items[k + 1] if k + 1 < len(items) else None
    return len(after.text) if isinstance(after, Line) else 0


def last_paragraph_line(items: list[Item], shaped: list[bool]) -> int:
    """The index of the last text line that is not heading-shaped, -1 when there is none."""
    lines = (k for k in range(len(items) - 1, -1, -1) if isinstance(items[k], Line))
    return next((k for k in lines if not shaped[k]), -1)


class _Shapes(NamedTuple):
    """What one pass over a body's standalone lines finds (see _shapes)."""

    shaped: list[bool]  # heading-shaped within the strict limits, or a long head standing out
    loose: list[bool]  # heading-shaped within the long limits, no question
    short: list[int]  # lines of a head's length at most: the only data lines or quoted heads
    lines: list[LineShape | None]  # each short line's shape, and each one tried for a head's
    long_questions: list[int]  # questions of more than MAX_WORDS words: an explainer's FAQ heads
    entries: list[int]  # a price list's entries, or a deals page's heads (heading_offers.py)
    stated: list[int]  # a statement and its question: a readers' column's heads
    # lines shaped_head passed as they stand (their head text is the line): it found each no
    # page furniture, so ends_open need not ask again ('Price: £19.99' / 'No. 3: Moto G85')
    unfurnished: list[bool]


def _shapes(items: list[Item], alone: list[int], fields: frozenset[int]) -> _Shapes:
    """The shape of each standalone line: 'The big question' shaped, 'Mains £18 to £26' a price
    entry, 'My landlord wants my deposit. Can he?' a stated question. `fields` holds the
    standalone lines that are fields of figures (field_lines)."""
    # (the typical length is read when a line first needs it, a loose shape past the strict
    # limits: most documents have none, and the median reads every line)
    typical = -1.0
    n = len(items)
    found = _Shapes([False] * n, [False] * n, [], [None] * n, [], [], [], [False] * n)
    shaped, loose, short, lines = found.shaped, found.loose, found.short, found.lines
    for k in alone:
        text = items[k].text
        if len(text) <= LONG_CHARS:
            short.append(k)
            lines[k] = read_shape(text, k in fields)
            if PRICE.search(text) and PRICE_ENTRY.match(text):
                found.entries.append(k)
                continue  # a price list's entry in the text: 'Mains £18 to £26'
            if "?" in text[-2:] and is_stated_question(text):
                found.stated.append(k)
                if text[-1] == "?":
                    continue  # 'My landlord wants my deposit. Can he?': two sentences, no shape
                # '“I moved in May. Can I vote?”': a reader's, in quotation marks, keeping the
                # shape of a quoted line for the page's other rules
        # the loosest shape first: a line without it has no stricter one (the limits are the
        # only difference) and is no long head, so a paragraph is tried once, not three times
        if not few_words(text, LONG_WORDS):
            continue
        shape = lines[k]
        if shape is None:  # (a line longer than LONG_CHARS, tried for a long head)
            shape = lines[k] = read_shape(text, k in fields)
        head = head_text(text, shape)  # (read once for both shapes)
        if not shaped_head(text, shape, head, LONG_WORDS, LONG_CHARS):
            continue
        found.unfurnished[k] = head == text  # (unmarked: shaped_head read its furniture)
        question = shape.question
        loose[k] = not question
        # the loose shape holds, so the strict one is a matter of the limits alone, and a long
        # head's of the contrast alone (and of no question)
        shaped[k] = few_words(text, MAX_WORDS) and head_within(head, MAX_WORDS, MAX_CHARS)
        if not shaped[k]:
            if typical < 0:
                typical = typical_length(items)
            following = following_length(items, k)
            shaped[k] = stands_out(text, shape.number > 0, typical, following) and not question
        if not shaped[k] and question:
            found.long_questions.append(k)
    return found


def _unshape_data(
    items: list[Item], found: _Shapes
) -> tuple[frozenset[int], list[tuple[int, int]]]:
    """Lines shaped as heads that are data, a sign-off or a closing field, shaped no longer:
    'Price: £19.99', 'Jean Hicks, St Agnes', 'From £349'; the sign-offs and the (data line,
    head after it) pairs returned."""
    shaped, loose = found.shaped, found.loose
    for k in compress(range(len(items)), list(shaped)):
        start = item_data_start(items, shaped, found.lines, k)
        if start >= 0:  # 'Capacity: 1.7 litres' / 'Price: £19.99' / '3. Stellar ...': data
            shaped[start : k + 1] = [False] * (k + 1 - start)
    signed = sign_offs(items, found.short, shaped)
    for k in signed:
        shaped[k] = loose[k] = False  # 'Jean Hicks, St Agnes' closes a letter, heads nothing
    closed = items_closed_by_data(items, found.short, shaped, found.lines)
    for data, _ in closed:
        shaped[data] = False  # a price or a field closing an item, not a head over a run
    return signed, closed


def field_lines(items: list[Item], alone: list[int]) -> list[int]:
    """The lines of `alone` that are fields of figures (DATA_LINE): 'Price: £19.99', 'No. 3:
    Moto G85' (not 'Verdict: a winner'). Matched once a line, for the blocks and the shapes."""
    return [k for k in alone if ": " in items[k].text and DATA_LINE.match(items[k].text)]


def outside_field_blocks(
    items: list[Item], alone: list[int], fields: list[int] | None = None
) -> list[int]:
    """`alone` without the lines of each run of more than FIELD_BLOCK standalone fields of
    figures in a row, items one after the other ('Price: £19.99' / 'No. 3: Moto G85' / ...
    for pages, DATA_LINE): such a run is one block of data, and none of its lines is tried as
    a head. A budget: a head inside a run that long (a numbered item's 'No. 3: Moto G85'
    between fields) is given up, so that a page of such lines costs about what a page of
    text does, not a head's forty tests for every line of sixteen characters. `fields` is
    field_lines' answer when the caller has it."""
    fields = field_lines(items, alone) if fields is None else fields
    if len(fields) <= FIELD_BLOCK:
        return alone  # (most articles: fewer fields in all than one block holds)
    dropped: set[int] = set()
    start = 0
    for j in range(1, len(fields) + 1):
        if j == len(fields) or fields[j] != fields[j - 1] + 1:
            if j - start > FIELD_BLOCK:
                dropped.update(fields[start:j])
            start = j  # (a run ends where the next field is not the next item)
    return [k for k in alone if k not in dropped] if dropped else alone


def subheading_flags(items: list[Item]) -> list[bool]:
    """Whether each body item is a subheading: ['Text.', 'The big question', 'More.'] -> F, T, F."""
    # every head, and every line a document rule reads as a list line, is a block of its own:
    # the tests run on those lines only, not once per line of a block of thousands of lines
    alone = [k for k, it in enumerate(items) if isinstance(it, Line) and it.alone]
    fields = field_lines(items, alone)
    alone = outside_field_blocks(items, alone, fields)
    if not alone:
        return [False] * len(items)
    found = _shapes(items, alone, frozenset(fields))
    signed, closed = _unshape_data(items, found)
    shaped = found.shaped
    # a subheading introduces text, so none stands after the last paragraph-shaped line
    last = last_paragraph_line(items, shaped)
    flags = [False] * len(items)
    for k in compress(range(len(items)), shaped):
        flags[k] = is_subheading(items, found, k, last, signed)
    for _, head in closed:
        flags[head] = True
    for k in letter_heads(items, signed):
        flags[k] = True  # '“Should we let her stop?”' / the letter / 'Worried dad, Leeds'
    flags = _heads_of_kinds(items, alone, found, flags)
    for k in colonless_labels(items, alone, flags):
        flags[k] = True  # 'Foods to eat:' / items / 'Foods to avoid:' / items / 'Foods to limit'
    flags = _drop_non_heads(items, alone, found, flags, signed)
    for k in cheered_post_heads(items, alone, flags):
        flags[k] = True  # '16:42' / 'Hale wins the stage!' / text, beside other posts' heads
    for k in exclaimed_post_heads(items, found.short, flags):
        flags[k] = True  # '16:42' / 'GOAL! Harbour 2-1 Vale (Ngata 88)' / text, the same
    for k in stamped_post_heads(items, alone, flags):
        flags[k] = True  # '14:31 local time' / 'The hatch is shut and the pad clear' / text
    vouched, names = vouched_heads(items, alone, flags)
    for k in vouched:
        flags[k] = True  # 'You will need' / items / 'Find the radiators' / text, and more
    for k in names:
        flags[k] = False  # 'Player of the match' / 'Ana Lima (Rovers)' / text: the name
    for k in slot_clause_heads(items, alone, flags):
        flags[k] = True  # '9.35pm' / '<a 22-word clause>' / text, '<a clause>' / '★★★★☆'
    flags = stage_flags(items, alone, shaped, flags)
    for k in lower_case_heads(items, alone, flags):
        flags[k] = True  # '... as the fish.' / 'mussels, cider, bread' / text, beside heads
    for k in abbreviated_sentences(items, flags):
        flags[k] = False  # '... shut off the main at about 8:15 a.m.' in a story of sentences
    for k in questions_among_punchy_lines(items, alone, flags):
        flags[k] = False  # 'Why would anyone stay?' / text / 'Few did.' / text: the style
    flags = _pattern_heads(items, alone, flags)
    first = opening_dateline(items, flags)
    if first >= 0:
        flags[first] = False  # 'WASHINGTON' / text, 'Nairobi, Kenya' / text: where, no head
    for k in unstamped_post_questions(items, flags):
        flags[k] = False  # '11:31 p.m.' / 'Why so slow?' / text / 'Is anyone worried?' / text
    for k in faq_question_heads(items, alone):
        flags[k] = True  # 'Is it flu?' / answer / 'Can my child go to school?' / answer / ...
    for k in numbered_sentence_heads(items, alone):
        flags[k] = True  # '1. The lid sticks.' / text / '2. The hinge squeaks.' / text / '3. ...'
    for k in numbered_label_heads(items, alone):
        flags[k] = True  # 'Myth 1: "Hats keep you warm"' / text / 'Myth 2: Wet hair ...' / text
    for k in numbered_long_heads(items, alone, flags):
        flags[k] = True  # '4. Keep it low' / text / '5. <a long title>' / text / '6. Go away'
    for k in last_numbered_head(items, alone, flags):
        flags[k] = True  # ... '5. Go north' / text / 'From £9' / '6. Go home' / text: the last
    numbered = numbered_lines(items, alone)  # (the lines the numbered runs read)
    for k in numbered_run_heads(items, numbered):
        flags[k] = True  # '1) Pay. Get a receipt.' / text / '2) "Fresh" means nothing.' / ...
    for k in first_numbered_head(items, flags):
        flags[k] = True  # picture / 'What to watch' / '1) Turnout' / text / '2) Seats' / text
    last_line = closing_sentence(items)
    if last_line >= 0:
        flags[last_line] = False  # picture / 'More from the festival tomorrow.': a sign-off
    for k in compress(range(len(items)), flags):
        flags[k] = not is_account_sign_off(items[k].text)  # 'Follow Ana Reyes on Instagram'
    for k in valediction_sign_offs(items, flags):
        flags[k] = False  # text / 'Love, Auntie Nell' / 'Write to Nell at ...': the column's close
    for k in thread_questions(items, flags):
        flags[k] = False  # 'A score of 2 is fair.' / 'Is a low score bad?' / 'Not always.'
    for k in paired_sibling_heads(items, alone, flags):
        flags[k] = True  # 'Who pays?' / text / 'It leaked. Then it fell.' / 270 characters
    rhythm = rhythm_heads(items, alone, flags) or turn_heads(items, alone, flags)
    for k in rhythm:
        flags[k] = True  # text / 'Why is it here?' / text / 'The oven is old.' / text / ...
    series = (
        series_heads(items, alone, flags)
        or quoted_column_heads(items, alone, flags)
        or paced_heads(items, alone, flags)
        # the rhythm read again with a short coda aside, where no reading of it found heads
        or ([] if rhythm else coda_long_heads(items, alone, flags))
    )
    for k in questions_inside(items, flags, series):
        flags[k] = False  # 'It was theirs.' / text / 'Was it over?' / 'Fans thought so.' / ...
    for k in series:
        flags[k] = True  # text / 'Nobody planned it.' / text / 'Rents rose. Stalls left.' / ...
    beside, asked = series_beside_heads(items, alone, flags)
    for k in asked:
        flags[k] = False  # '"No gift"' / text / 'Why?' / 'Cash.' / 'The tax failed.' / text
    for k in beside:
        flags[k] = True  # '"No gift"' / text / 'The wind died.' / text / 'Rules changed.' / ...
    for k in long_sibling_heads(items, alone, flags):
        flags[k] = True  # '<a long clause>' / text / picture / '<one as long>' / text
    for k in stamped_statement_heads(items, alone, flags):
        flags[k] = True  # '9.40pm' / 'It rained.' / text / '8.15am' / 'A film sold' / text
    for k in closing_two_sentences(items, flags):
        # 'Who pays?' / text / 'Polls open at 7 a.m. Vote early.' / credit line, but a live
        # post's head under its timestamp stays: '14:48' / 'It rained. We slowed.' / text
        flags[k] = stamped_at(items, k)
    for k in asked_inside_an_item(items, flags):
        flags[k] = False  # '3. Cheaper trains' / text / 'Who gains most?' / text / '4. ...'
    for k in questions_in_passing(items, flags):
        flags[k] = False  # 'They lost.' / 'Was it too slow for him?' / 'Not according to him.'
    aside = questions_aside(items, alone, flags)
    for k in aside:
        flags[k] = False  # 'Step 2: Pay' / text / 'Missed the kiosk?' / 'Then ...' / 'Step 3: ...'
    # a sentence head the dropped question stood too near is read again once it falls
    for k in paired_sibling_heads(items, alone, flags) if aside else ():
        flags[k] = (
            True  # '"No way back"' / text / 'Too late?' / 'Yes.' / 'The rooms are bare.' / text
        )
    # read once the questions are judged, as the heads it stands among
    for k in long_heads_among(items, alone, flags):
        flags[k] = True  # '"Salt"' / text / '<a 22-word clause>' / text / 'Why now?' / text
    for k in long_questions_among(items, alone, flags):
        flags[k] = True  # 'Who runs it?' / text / '<a 30-word question>' / text / 'Why?' / text
    pictured, cut = picture_slot_heads(items, alone, flags)
    for k in pictured:
        flags[k] = True  # picture / 'Paris heard him first.' / text / ... / picture / ...
    for k in cut:
        flags[k] = False  # picture / 'It ended in June.' / text / 'He was tired. ...' / text
    slots = slot_heads(items, alone, flags)
    for k in slots:
        flags[k] = True  # 'REYKJAVIK — ...' / 'He was never meant to win.' / text / 'The ice ...'
    # a question under a slot head's first paragraph is read again once the head stands
    if slots:
        for k in questions_in_passing(items, flags):
            # 'He was a farmer first.' / text / 'Did he want to leave?' / 'No. ...'
            flags[k] = False
    quoted_first = quoted_slot_head(items, flags)
    if quoted_first >= 0:
        flags[quoted_first] = True  # 'ST JOHN'S — ...' / '“The laws ...”' / text / '“Why?”' / ...
    for k in quoted_claim_heads(items, alone, flags):
        flags[k] = True  # 'Is it safe?' / text / '“I had it. I am immune.”' / 'You are not.' / ...
    run = numbered_series(items, numbered, flags)
    for k in series_siblings(items, run, flags):
        flags[k] = True  # 'Step 1: Sign it.' / text / 'Step 2: Pay' / text / 'Step 3: Dive' / ...
    # a question asked inside an item is read again once the series' members stand
    for k in asked_inside_an_item(items, flags):
        flags[k] = False  # 'Step 1: Go' / text / 'What if it shuts?' / 'Ring.' / 'Step 2: ...'
    for k in asked_in_a_guide(items, flags, run):
        flags[k] = False  # 'Step 4: Pay' / text / 'Can you pay less?' / 'Some can.' / 'Step 5: ...'
    # (the run stands: asked_inside_an_item unflags no numbered line, so no member)
    whole = run if all(flags[k] for k in run) else []
    for k in text_of_a_member(items, flags, whole):
        flags[k] = False  # '7) Go slowly.' / 'A week is not long. We would take two.' / ...
    for k in statements_beside_a_series(items, flags, whole):
        flags[k] = False  # 'Steep is relative.' / '1) Go' / text / ... / 'Mind the signs.' / text
    for k in compress(range(len(items)), flags):
        flags[k] = not heads_table_rows(items, k)  # 'Pos Team P W D L Pts' / '1 Rovers 9 7 ...'
    added, dropped = letter_page_heads(items, flags)
    for k in added:
        flags[k] = True  # 'My son is 16. What do I say?' / 'Dear Clem, ...' beside such heads
    for k in dropped:
        flags[k] = False  # 'Dear Stuck, ...' / 'Is it really a problem?' / 'Some of it is.'
    closing = closing_question_head(items, flags, SENTENCE_SIBLINGS)
    if closing >= 0:
        flags[closing] = True  # '"Ask the staff"' / text / 'So where should you start?' / text
    for k in lead_lines(items, flags):
        flags[k] = False  # 'MONGAR — ...' / 'The guests did not come.' / text / 'Tsirang ...'
    for k in closing_named_fields(items, flags):
        flags[k] = False  # 'Ryan Soutar 6 – Lost his man.' / 'Star man: Callum Pryor' / picture
    return flags


# a table's column labels: a bare sign no head holds as a word of its own
COLUMN_SIGNS: Final = frozenset({"%", "#", "+/-", "±", "£", "$", "€", "No."})
COLUMN_LABELS_MIN: Final = 3  # a row of labels names three columns at least
ABBREVIATION_CHARS: Final = 4  # 'Pos', 'Pts', 'GD', 'Team': a column's short label
ABBREVIATIONS_MIN: Final = 5  # a row of short labels only: a head of short words has fewer
LABEL_CHARS: Final = 10  # 'Candidate', 'Attendance': no column label is longer
# Words that name a table's column, of a count, a squad, a race, a sale or a league: a row of
# these alone names columns ('Candidate Party Votes', 'Name Age Club'), where a head made of
# them has a word of another kind ('Local Election Results', 'Club Night Returns').
COLUMN_WORDS: Final = frozenset(
    "name age club team player candidate party votes vote seats share turnout majority pos"
    " position rank country nation time date year price cost item lot estimate score points"
    " goals assists apps caps played won lost drawn runs balls wickets overs runner rider"
    " driver horse jockey trainer odds gap laps school town city county ward region total"
    " change size weight height quantity amount average rate number category grade".split()
)


def is_column_labels(text: str) -> bool:
    """True for a row of COLUMN_LABELS_MIN column labels or more, short words with no sentence's
    mark, one a bare sign, ABBREVIATIONS_MIN abbreviations and no other word, or COLUMN_WORDS
    only: 'Rank Name Goals % Apps', 'Pos Team P W D L Pts', 'Name Age Club' (a head's words are
    longer, fewer or of another kind: 'Results by county', 'How It Went')."""
    words = text.split()
    if len(words) < COLUMN_LABELS_MIN:
        return False
    signs = sum(word in COLUMN_SIGNS for word in words)
    labels = [word for word in words if word not in COLUMN_SIGNS]
    if not all(is_label_word(word) for word in labels):
        return False
    if signs > 0:
        return True
    if len(labels) >= ABBREVIATIONS_MIN and all(len(word) <= ABBREVIATION_CHARS for word in labels):
        return True
    return all(word.lower() in COLUMN_WORDS for word in labels)


def is_label_word(word: str) -> bool:
    """True for a column label's word, capitalised letters of LABEL_CHARS at most: 'Votes'."""
    return word.isalpha() and word[0].isupper() and len(word) <= LABEL_CHARS


def heads_table_rows(items: list[Item], k: int) -> bool:
    """True when line k is a table's row of column labels right over a row holding figures, the
    table's header row, no head: 'Candidate Party Votes %' / 'Ada Moss Green 4,210 38.2'."""
    if not holds_figure(items, k + 1):
        return False  # (most heads stand over a paragraph of words: the row is read first)
    return is_column_labels(items[k].text)


def cheered_post_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """Lines ending in '!' right under a live page's timestamp, short enough for a head and
    over a paragraph at least LONG_RATIO times longer, where POST_HEADS heads or more stand right
    under timestamps too: a post's head that cheers ('16:42' / 'Hale wins on the climb!' / text
    beside '16:31' / 'The gap is down to 20 seconds'). Elsewhere a '!' ends a sentence."""
    # (the '!' first: most lines end otherwise, and the timestamps are read on the rest only)
    cheers = [k for k in alone if 0 < k < len(items) - 1 and items[k].text[-1] == "!"]
    if not cheers:
        return []
    if stamped_heads(items, flags) < POST_HEADS:
        return []
    return [k for k in cheers if stamped_at(items, k) and cheers_over_text(items, k)]


def exclaimed_post_heads(items: list[Item], short: list[int], flags: list[bool]) -> list[int]:
    """Lines right under a live page's timestamp opening on an exclamation, a head after it,
    over a longer paragraph, where POST_HEADS heads or more stand right under timestamps too:
    '5.54pm' / 'GOAL! Harbour 2-1 Vale (Ngata 88)' / text beside '4.49pm' / 'Half-time: ...'.
    The timestamp opens a post, so its head may open on any word; a line with a sentence after
    the exclamation ('GOAL! ... (Ngata 23). A corner ...') is the post's text. `short` holds
    the standalone lines of LONG_CHARS at most, the only ones short enough."""
    # (the '! ' first, inline: most lines hold none, and the timestamps are read after)
    last = len(items) - 1
    opened = [
        k
        for k in short
        if "! " in items[k].text and 0 < k < last and exclaims_a_head(items[k].text)
    ]
    if not opened:
        return []
    if stamped_heads(items, flags) < POST_HEADS:
        return []
    return [k for k in opened if stamped_at(items, k) and over_longer_text(items, flags, k)]


def exclaims_a_head(text: str) -> bool:
    """True for an exclamation of one to three words, then a head within the limits: 'Red
    card! Ossei is off' (not 'Wow! It went in. What a goal', two sentences after it)."""
    opener = EXCLAIMED_OPENER.match(text)
    return opener is not None and is_heading_shaped(text[opener.end() :]) and within_limits(text)


def over_longer_text(items: list[Item], flags: list[bool], k: int) -> bool:
    """True when the item under line k is a paragraph longer than it, ending a sentence: 'Red
    card! Ossei is off' / 'Ossei, already booked, pulls back Lee and is sent off.'."""
    after = items[k + 1]
    if not isinstance(after, Line) or flags[k + 1] or len(after.text) <= len(items[k].text):
        return False
    return after.text[-1] in SENTENCE_ENDS


def unstamped_post_questions(items: list[Item], flags: list[bool]) -> list[int]:
    """The question heads not right under a timestamp, inside a post, where every other head,
    POST_HEADS at least, stands right under one: a live post's question in its text ('11:31
    p.m.' / 'Why so slow?' / text / 'Is anyone worried?' / 'Not yet. ...' / '11:04 p.m.')."""
    heads = [k for k in compress(range(1, len(items)), flags[1:]) if isinstance(items[k], Line)]
    loose = [k for k in heads if not stamped_at(items, k)]
    if not loose or len(heads) - len(loose) < POST_HEADS:
        return []  # (most pages: no timestamps over the heads)
    if not all(is_question(items[k].text) for k in loose):
        return []  # a plain head off the timestamps: the page's heads are no posts'
    return [k for k in loose if isinstance(items[k - 1], Line)]


def cheers_over_text(items: list[Item], k: int) -> bool:
    """True for a line of a head's length, one sentence, over a paragraph LONG_RATIO times
    longer: 'Hale wins on the climb!' / 'Ollie Hale of Harbour Cycling wins the stage ...'."""
    text, after = items[k].text, items[k + 1]
    if not (within_limits(text) and starts_like_heading(text)) or has_sentence_inside(text):
        return False
    return isinstance(after, Line) and len(after.text) >= LONG_RATIO * len(text)


def _heads_of_kinds(
    items: list[Item], alone: list[int], found: _Shapes, flags: list[bool]
) -> list[bool]:
    """The heads of the rules for kinds of page: a document's, an FAQ's long questions, a deals
    page's offers, a readers' column's stated questions, groups, quoted sentences ('“We were
    lucky”'), none right after a rating."""
    shaped = found.shaped
    flags = document_flags(items, alone, shaped, found.loose, found.lines, flags)
    flags = long_question_heads(items, flags, found.long_questions)
    flags = offer_heads(items, flags, found.entries)
    flags = stated_question_heads(items, flags, found.stated)
    flags = group_heads(items, shaped, flags)
    for k in quoted_sentence_heads(items, found.short):
        flags[k] = True
    for k in found.short:
        flags[k] = flags[k] and not details_a_rating(items, k)
    return flags


def _drop_non_heads(
    items: list[Item],
    alone: list[int],
    found: _Shapes,
    flags: list[bool],
    signed: frozenset[int] = frozenset(),
) -> list[bool]:
    """Heads that close, ask in the running text, price, set terms or number a list's items are
    none: 'Ruth Penrose, Penzance', 'Book by 20 December', '1. Which river ...?'; a listing's
    details are none and its entries are heads. `signed` holds a letters page's sign-offs."""
    shaped, lines = found.shaped, found.lines
    for k in closing_lines(items, shaped, flags):
        flags[k] = False  # 'Ruth Penrose, Penzance' / 'A bypass will not save the high street'
    heads = list(compress(range(len(items)), flags))  # (one scan for both question rules)
    for k in lone_questions(items, shaped, heads):
        flags[k] = False  # '... at minus ten?' / 'The judges never say.' among show heads
    for k in signed_letter_ends(items, heads, signed):
        flags[k] = False  # 'Am I being selfish?' / '— Cornered in Cleveland': a letter's end
    for k in exchange_questions(items, flags):
        flags[k] = False  # 'Had anyone he knew?' / 'He would write to her.': a reported exchange
    for k in unmarked_questions(items, [k for k in heads if flags[k]]):
        flags[k] = False  # '◆ The rock' ... 'Who is it for?' / text: asked in the running text
    for k in priced_lines_in_sections(items, flags):
        flags[k] = False  # 'Gull Cottage, Porthgwarra' / text / 'Guide price £385,000'
    # '... Husky rides cost extra.' / 'Book by 20 December' / 'Lisbon for £149'
    for k in terms_among_offers(items, flags):
        flags[k] = False
    for k in formula_terms(items, flags):
        flags[k] = False  # 'Bath for £145' / text / 'Travel by 31 March' / 'Brighton for £99'
    for k in asked_under_a_head(items, alone, flags):
        flags[k] = False  # 'On maps' / 'Why leave now?' / answer, where questions are turns
    for k in boxed_fields(items, flags):
        flags[k] = False  # 'Ferry from Hvar: 1 hour' / 'Eat: Konoba Maslina': a box's field
    for k in priced_fields(items, flags):
        flags[k] = False  # 'Park ticket: €25 in July and August': a price, data, no head
    for k in reading_lines(items, flags):
        flags[k] = False  # 'Max 12C, min 7C': a forecast's readings, data, no head
    for k in numbered_run_lines(items, flags):
        flags[k] = False  # '1. Which river ...?' / '2. Who was ...?' / '3. ...': a list's items
    for k in answered_questions(items, flags, lambda j: series_candidate(items, j)):
        flags[k] = False  # 'Did he go and look at it?' / 'Once.': asked and answered in the text
    for k in paired_labels(items, shaped, flags):
        flags[k] = True  # picture / 'Pros' / 'Rich sound' / 'Secure fit' / 'Cons' / 'Bulky case'
    for k in box_entries(items, flags):
        flags[k] = False  # 'The facts' / 'The Anchor, 14 Harbour Street' / 'Open: noon to 3pm'
    details, entries = listing_details(items, shaped, lines, flags)
    for k in details:
        flags[k] = False  # 'Hamlet' / text / 'Minack Theatre, Porthcurno' / 'Until 21 June'
    for k in entries:
        flags[k] = True  # ... / 'Tickets £18' / 'The Wind in the Willows' / text
    for k in labelled_quoted_heads(items, shaped, flags):
        flags[k] = True  # picture / 'Letter of the week' / "'The fare is up again'" / text
    return flags


def _pattern_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[bool]:
    """Heads of two short sentences wherever they make a pattern; with no head, full-sentence
    heads, an interview's turns dropped; with quoted heads only (two at least, a feature's pull
    quotes) or mostly, full-sentence heads beside them too ('The plan was meant to be
    temporary.')."""
    heads = list(compress(range(len(items)), flags))
    marked = marked_heads(items, alone, heads) if heads else []
    if marked:
        flags = list(flags)
        for k in marked:
            flags[k] = True  # 'II. Warnings' / text / 'III. It rose. We paid.' / text
        heads = sorted(heads + marked)
    pairs = paired_lines(items, alone)
    paired = answering_none(items, paired_sentence_heads(items, pairs), flags)
    paired = paired or section_splitting_pairs(items, pairs, heads)
    if paired:
        flags = list(flags)
        for k in paired:
            flags[k] = True  # 'The plan worked. Then the money ran out.' / text, and more
    if not heads:
        flags = [
            flag or more for flag, more in zip(flags, sentence_heads(items, alone), strict=True)
        ]
        sections = one_paragraph_sections(items)
        # a line ending on an abbreviation's stop is a news story's line ('Polls closed at 8
        # p.m.'), as where every head does (abbreviated_sentences): the rhythm shows no heads
        if not any(ends_on_abbreviation(items[k].text) for k in sections):
            for k in sections:
                flags[k] = True  # text / 'Nobody expected it.' / text / 'One vote did.' / text
        found = list(compress(range(len(items)), flags))
        for k in interview_turns(items, alone, found):
            flags[k] = False  # 'Would you go again?' / 'No. Ask me in April.': a turn
        # plain sentences opening long sections, siblings, are the heads, a punchy line beside
        # them none ('Nobody came.' / 300 characters / ... / 'It was red.' / ...)
        openers = set(long_section_openers(items, alone))
        if openers:
            return [k in openers for k in range(len(items))]
        if in_a_style_of_short_lines(items, alone, found):
            return [False] * len(items)  # 'There were 43 boxes.' ... 'I took them home.'
        return flags
    if len(heads) >= QUOTED_PATTERN and all(QUOTED.match(items[k].text) for k in heads):
        # only quoted heads, two at least, show a pattern of heads; one alone shows none
        extra = sentence_heads(items, alone, QUOTED_GAP)
        flags = [flag or more for flag, more in zip(flags, extra, strict=True)]
    elif len(heads) >= QUOTED_PATTERN and all(is_question(items[k].text) for k in heads):
        # an advice column's question heads beside statement heads that sum up the answer
        extra = sentence_heads(items, alone, QUOTED_GAP, LONG_RATIO, opening=True)
        flags = [flag or more for flag, more in zip(flags, unanswering(extra, flags), strict=True)]
    elif len(heads) >= QUOTED_PATTERN and all(is_clause_head(items[k].text) for k in heads):
        flags = sibling_sentence_heads(items, alone, heads, flags)
    elif mostly_quoted(items, heads):
        # quoted heads beside a label or two: the same feature's heads, full sentences among them
        extra = sentence_heads(items, alone, QUOTED_GAP, heads=heads)
        flags = [flag or more for flag, more in zip(flags, extra, strict=True)]
    return flags


def mostly_quoted(items: list[Item], heads: list[int]) -> bool:
    """True when QUOTED_PATTERN heads or more are quoted and the others are no more: a long
    read's pull-quote heads beside plain labels ('“Nobody came”' / '‘A matter of trust’' /
    'The night shift' / 'In her words'), whose full-sentence heads are read as beside quoted
    heads alone."""
    quoted = len([k for k in heads if QUOTED.match(items[k].text)])
    return quoted >= QUOTED_PATTERN and 2 * quoted >= len(heads)


def answering_none(items: list[Item], paired: list[int], flags: list[bool]) -> list[int]:
    """The two-sentence heads of `paired` but the lines right under a question head, which
    answer it ('Is it too late to plant garlic?' / 'Not at all. Plant it this week.'); none when
    fewer than PAIRED_MIN are left to make the pattern."""
    kept = [k for k in paired if not (k > 0 and flags[k - 1] and is_question(items[k - 1].text))]
    return kept if len(kept) >= PAIRED_MIN else []


def unanswering(extra: list[bool], flags: list[bool]) -> list[bool]:
    """The sentence heads of `extra` that stand right under no head, two at least, else none:
    the line right under a question head is its answer ('Can children ride one?' / 'No. The
    minimum age is 16.'), not a head summing one up."""
    kept = [more and not (k > 0 and flags[k - 1]) for k, more in enumerate(extra)]
    return kept if sum(kept) >= QUOTED_PATTERN else [False] * len(extra)


def is_clause_head(text: str) -> bool:
    """True for a head that is a sentence without its period, a statement of CLAUSE_WORDS
    words or more: 'Rising seas push it further every year' (not a label, 'The big story',
    nor a question or a labelled line)."""
    if text[-1] in "?:!" or ":" in text or is_caps(text):
        return False
    return CLAUSE_WORDS[0] <= len(text.split()) <= CLAUSE_WORDS[1]


def sibling_sentence_heads(
    items: list[Item], alone: list[int], heads: list[int], flags: list[bool]
) -> list[bool]:
    """Full-sentence heads ending in '.' beside heads that are sentences without the period,
    their siblings in shape: 'The salt front moves with the weather.' / text / 'Rising seas
    push it further every year' / text, when the document's rhythm holds them too, each with
    more than SENTENCE_GAP items before the next head of either form. The siblings show the
    pattern, so the contrast asked is LONG_RATIO's, as quoted heads' is."""
    extra = sentence_heads(items, alone, ratio=LONG_RATIO)
    added = [k for k, more in enumerate(extra) if more]
    if not added or not spaced_out(sorted(heads + added), SENTENCE_GAP):
        return flags
    return [flag or more for flag, more in zip(flags, extra, strict=True)]
