"""Full-sentence heads ('The plan worked. Then the money ran out.'), read off the document's
rhythm in an article with no other heads:
- shape: a standalone line of SENTENCE_WORDS words ending in '.', starting like a head, without
  quote marks (speech), an ellipsis (a run-on), a question answered on the spot ('Does it
  work? It does not.'), or a word that points back into the text before, opening the line
  ('It never is.', 'Then it rained.') or closing it ('Nobody has an answer to that.');
- contrast: SENTENCE_RATIO times shorter than the typical paragraph, the median of the lines
  that do not have that shape (the candidates themselves would pull it down), and LONG_RATIO
  times shorter than the paragraph it introduces;
- place: after a sentence's end, a picture allowed between ('...in 2021.' / picture / line);
- rhythm: at least two such lines, each with more than SENTENCE_GAP items before the next.

Sentences in quotation marks ('"Leaders know their services well."', a report's findings in
its own words) are heads by the same place and a smaller contrast, beside other heads, when
RHYTHM_MIN of them at least, more than QUOTED_GAP items apart, set the rhythm: one or two are
speech quoted on a line of its own. Where every other head is quoted, two at least,
full-sentence heads are read off the rhythm as where there is none, more than QUOTED_GAP items
apart ('The plan was meant to be temporary.' beside '"We thought it would kill us"').
"""

from __future__ import annotations

import re
import unicodedata
from itertools import compress
from typing import Final

from api.parser.credit_words import is_brand_spelling
from api.parser.heading_limits import LONG_CHARS, LONG_RATIO, QUOTED_OPENERS
from api.parser.heading_questions import is_question_line
from api.parser.layout import Item, Line, Picture
from api.parser.sentences import SENTENCE_ENDS

SENTENCE_WORDS = (3, 12)
# The dashes after a lead's dateline, within its first DATELINE_CHARS characters: 'PANAMA CITY
# — ', 'VARNO, Ruritania (RNA) — ', 'PLZEŇ – ', and a wire's plain hyphen between spaces,
# 'LAGOS (Reuters) - '.
DATELINE_DASHES: Final = (" — ", " – ", " - ")
DATELINE_CHARS: Final = 60
# Where the line under the lead stands at the most: the lead first, a picture, then the line.
UNDER_LEAD_AT_MOST: Final = 2
SENTENCE_RATIO = 3.0
SENTENCE_GAP = 2
QUOTED_GAP = 1  # heads in quotation marks already show the pattern: a paragraph between will do
QUOTE_MARKS = '"“”„«»'
# A sentence wholly in quotation marks: '"Leaders know their services well."'.
QUOTED_SENTENCE = re.compile(r'^["“](?P<inner>[^"“”]+\.)["”]$')
# Words that open a sentence of running text rather than a head when a question starts with them.
RUNNING_OPENERS = frozenset("but and so or yet".split())
# Opening words that point back into the text before: 'It never is.', 'Then it rained.'.
BACK_POINTERS = RUNNING_OPENERS | frozenset("it this that these those they he she then".split())
# Personal pronouns that open a head only where the article's rhythm of heads shows it, since
# they also open one-line paragraphs of running text: 'He would do one thing differently.'.
PRONOUNS = frozenset("he she they".split())
# The words that point back where a rhythm of heads lets a pronoun open one.
RHYTHM_OPENERS: Final = BACK_POINTERS - PRONOUNS
# Heads that set a rhythm strong enough to take a pronoun-opened line for one more.
RHYTHM_MIN = 3
# Closing words that point back: 'Nobody has an answer to that.'.
DEMONSTRATIVES = frozenset("this that these those".split())
# Words that close an elliptical sentence, whose verb is in the text before: 'Somebody could.',
# 'I suspect not.', 'Nobody did.'.
ELLIPTIC_ENDS = frozenset(
    "could would should can will did does do is are was were has have had not so too might"
    " must".split()
)
OPENING_MARKS = "'\"‘“„«‹([¿¡"  # '¿Qué cambia?' opens with its own mark
# A two-sentence head's words at most, and the heads of that shape that make a pattern:
# 'A freeway was drawn across the ridge in 1966. It was never built.'
PAIRED_WORDS: Final = 16
PAIRED_MIN: Final = 2
# How many times the typical section a section is that one paired-sentence head splits.
SPLIT_RATIO: Final = 1.5
# The share of a document's short one-line paragraphs its sentence heads make at least, where
# no other head stands; fewer, the short lines are the writer's style (in_a_style_of_short_lines).
STYLE_SHARE: Final = 0.5
# How many times the longest sentence head a line counted among the short lines may be.
STYLE_LENGTH: Final = 1.5
# A period, a space and a capital: where a line's second sentence starts.
SECOND_SENTENCE: Final = re.compile(r"\. (?=[A-Z])")
# Question lines, paragraphs, that make a page an interview whose short lines are its turns.
TURN_QUESTIONS: Final = 3


def is_pictograph(word: str) -> bool:
    """True for a word of pictographs only, a newsletter's emoji before a label: '☀️', '📰'."""
    return all(unicodedata.category(ch) in ("So", "Sk") or ch in "\ufe0f\u200d" for ch in word)


def starts_like_heading(text: str) -> bool:
    """True when the first word opens with a capital, digit or mark: 'How is', '2020 in review';
    an emoji before a label is no word of it, the next word is judged: '📰 TOP STORIES'."""
    words = text.split(None, 2)
    if len(words) > 1 and not words[0][0].isalnum() and is_pictograph(words[0]):
        words = words[1:]
    first = words[0].lstrip(OPENING_MARKS) or text
    return first[0].isupper() or first[0].isdigit() or is_brand_spelling(first)


def is_sentence_shaped(item: Item, openers: frozenset[str] = BACK_POINTERS) -> bool:
    """True for a standalone short sentence that could head a section: 'The plan worked.'
    (not 'It never is.', nor '"We won," she said.', nor 'And then...'); `openers` are the
    first words that point back and so make no head."""
    if not (isinstance(item, Line) and item.alone and item.text.endswith(".")):
        return False
    text = item.text
    # (the words first, at most one more than a head's split off: a paragraph of hundreds of
    # words is settled before it is scanned for marks or split into sentences)
    words = text.split(None, SENTENCE_WORDS[1])
    if not SENTENCE_WORDS[0] <= len(words) <= SENTENCE_WORDS[1]:
        return False
    if text.endswith("..") or any(mark in text for mark in QUOTE_MARKS + "?"):
        return False  # speech, a run-on, or a question and its answer: 'Why? It is not.'
    if words[-1].rstrip(".").lower() in DEMONSTRATIVES:
        return False  # 'Nobody has an answer to that.' points back into the running text
    if is_elliptical(text):
        return False  # 'Somebody could. Somebody usually did.' answers the text before
    return starts_like_heading(text) and words[0].lower() not in openers


def is_elliptical(text: str) -> bool:
    """True when the line's first sentence, or its first clause, ends on an auxiliary or 'not',
    its verb left in the text before: 'Somebody could.', 'I suspect not. I would like to be
    wrong.', 'Several thousand of you do, every day.'; not when a clause of its own sentence,
    before a comma, holds that verb: 'The keepers were told to go, and most of them did.',
    'Their children left, as children do.', nor when a sentence before it on the line does:
    'The birds came back. The money did not.' sets one against the other."""
    first = next((part for part in text.split(".") if part.split()), "")
    return bool(first) and ends_elliptic(first)


def ends_elliptic(sentence: str) -> bool:
    """True when the sentence without a comma, or its first clause, ends on an auxiliary or
    'not': 'Nobody did', 'Most of you do, every day' (not 'Most left, as people do', nor 'It
    asks more than a business does', compared)."""
    first = sentence.split(",", 1)[0].split()
    if first and first[-1].lower() in ELLIPTIC_ENDS:
        return not compared(first)  # 'Most of you do, every day': the verb is in the text before
    words = sentence.split()
    return "," not in sentence and words[-1].lower() in ELLIPTIC_ENDS and not compared(words)


# A comparison's word: the auxiliary after it stands for its own sentence's verb ('asks more
# than a business does'), looked for among the COMPARED_WORDS words before the auxiliary.
COMPARING: Final = frozenset({"than", "as"})
COMPARED_WORDS: Final = 4


def compared(words: list[str]) -> bool:
    """True when a comparison's word (COMPARING) stands among the few words before the last, a
    clause whose auxiliary stands for the verb before it in the same sentence: ['more', 'than',
    'a', 'business', 'does'] (not ['Somebody', 'could']), or a closing 'do' is the verb itself
    (does_a_thing)."""
    if does_a_thing(words):
        return True
    return any(word.lower() in COMPARING for word in words[-COMPARED_WORDS - 1 : -1])


# Words naming what a closing 'do' does, its object set before it: 'the worst thing a man can
# do', 'all they could do', 'the least we can do'.
DONE_THINGS: Final = frozenset(
    "thing things what all least most best worst anything everything nothing something".split()
)
MODALS: Final = frozenset("can could will would should must might may".split())


# 'have' closing a relative clause right after its subject (an adverb between), the thing had
# named right before: 'anything you already have', 'all they had'.
HAVE_VERBS: Final = frozenset({"have", "has", "had"})
SUBJECTS: Final = frozenset("i you we they he she it".split())


def does_a_thing(words: list[str]) -> bool:
    """True for a clause closing on a modal and 'do' whose object a word before names, a
    relative clause, the verb in it: ['the', 'worst', 'thing', 'a', 'man', 'can', 'do'] (not
    ['I', 'might', 'do'], elliptical, nor ['Somebody', 'could']), or on 'have' right after a
    subject the thing had opens (has_a_thing)."""
    if len(words) >= 3 and words[-1].lower() in HAVE_VERBS:
        return has_a_thing([word.lower() for word in words])
    if len(words) < 3 or words[-1].lower() != "do" or words[-2].lower() not in MODALS:
        return False
    return any(word.lower() in DONE_THINGS for word in words[-COMPARED_WORDS - 2 : -2])


def has_a_thing(words: list[str]) -> bool:
    """True for lower-case words closing on 'have' after its subject, an adverb between, the
    thing had (DONE_THINGS) right before the subject: ['lose', 'anything', 'you', 'already',
    'have'] (not ['most', 'of', 'you', 'have'], nor ['i', 'might', 'have'], elliptical)."""
    for at in (-2, -3):  # the subject right before the verb, or an adverb between
        if len(words) >= 1 - at and words[at] in SUBJECTS:
            return words[at - 1] in DONE_THINGS
    return False


def paragraph_length(items: list[Item], shaped: list[bool]) -> float:
    """The median length of the text lines that are not sentence-shaped: the typical paragraph
    of the document, in characters, without the candidate heads."""
    pairs = zip(items, shaped, strict=True)
    sizes = sorted(len(it.text) for it, own in pairs if isinstance(it, Line) and not own)
    return float(sizes[len(sizes) // 2]) if sizes else 0.0


def without_heads(shaped: list[bool], heads: list[int] | None) -> list[bool]:
    """`shaped` with the heads already found set too, so that the typical paragraph leaves
    them out: short labels ('The island') beside quoted heads would pull it down."""
    if not heads:
        return shaped
    marked = list(shaped)
    for k in heads:
        marked[k] = True
    return marked


def opens_on_a_dateline(text: str) -> bool:
    """True for a paragraph opening on a place in capitals, its region and agency after it, then
    a dash: 'VARNO, Ruritania (RNA) — Ostrik won ...', 'PLZEŇ – The' (not 'The PLAN — ...',
    nor a paragraph without the dash)."""
    start = text[:DATELINE_CHARS]
    for dash in DATELINE_DASHES:
        place, found, _ = start.partition(dash)
        if found:
            place = place.split(",", 1)[0].split(" (", 1)[0]
            return place[:1].isalpha() and place.isupper()
    return False


def under_a_dateline_lead(items: list[Item], k: int) -> bool:
    """True for line k right under the body's first paragraph (a picture allowed between) when
    that opens on a dateline: the lead's punchy line, no head ('VARNO, Ruritania (RNA) —
    Ostrik won ...' / 'He is 17.'; not under a lead without one, nor further down)."""
    before = text_before(items, k)
    if before is None or k > UNDER_LEAD_AT_MOST or not opens_on_a_dateline(before.text):
        return False
    return before is next((item for item in items if isinstance(item, Line)), None)


def text_before(items: list[Item], k: int) -> Line | None:
    """The text line before item k, past one picture: '...in 2021.' / picture / item k."""
    j = k - 2 if k > 1 and isinstance(items[k - 1], Picture) else k - 1
    item = items[j] if j >= 0 else None
    return item if isinstance(item, Line) else None


def is_sentence_head(
    items: list[Item], k: int, typical: float, ratio: float = SENTENCE_RATIO, opening: bool = False
) -> bool:
    """A sentence-shaped line, `ratio` times shorter than the typical paragraph, after a
    sentence's end and before a much longer paragraph: 'The plan worked.' before 300
    characters. With `opening`, the body's first line (a picture allowed before it) may be one
    too, where heads of another form already show the pattern."""
    text = items[k].text
    if len(text) * ratio > typical:
        return False
    before = text_before(items, k)
    after = items[k + 1] if k + 1 < len(items) else None
    if before is None and not (opening and k <= 1):
        return False
    # a section may close on a short line, so only the paragraph introduced must be longer
    return (
        (before is None or before.text[-1] in SENTENCE_ENDS)
        and isinstance(after, Line)
        and len(after.text) >= LONG_RATIO * len(text)
        and not quoted_on(items, k)
    )


def quoted_on(items: list[Item], k: int) -> bool:
    """True for line k after a paragraph over one opening on a quotation mark, the text going
    on through a source's words: text / 'Permits cost money. Lawyers cost more.' / '"They want
    us indoors," says ...' (not after a picture, where a section opens whatever follows)."""
    before, after = items[k - 1] if k > 0 else None, items[k + 1] if k + 1 < len(items) else None
    if not (isinstance(before, Line) and isinstance(after, Line)):
        return False
    return after.text[:1] in QUOTED_OPENERS


def sentence_heads(
    items: list[Item],
    alone: list[int],
    gap: int = SENTENCE_GAP,
    ratio: float = SENTENCE_RATIO,
    opening: bool = False,
    heads: list[int] | None = None,
) -> list[bool]:
    """Full-sentence heads, in a document with no other heads, when its rhythm shows them: at
    least two such lines, each with more than `gap` items before the next one (fewer where
    quoted heads already show a pattern of heads), `ratio` times shorter than the typical
    paragraph (less where heads of their shape show it). `alone` holds the indexes of the
    standalone lines, the only candidates; `heads`, the heads already found, which are no
    paragraphs and so are left out of the typical length."""
    shaped = [False] * len(items)
    for k in alone:
        shaped[k] = is_sentence_shaped(items[k])
    if not any(shaped):
        return [False] * len(items)  # (no candidate: the typical length is not needed)
    typical = paragraph_length(items, without_heads(shaped, heads))
    candidates = compress(range(len(items)), shaped)
    found = [k for k in candidates if is_sentence_head(items, k, typical, ratio, opening)]
    if len(found) < 2 or not (spaced_out(found, gap) or set_between_paragraphs(items, found)):
        return [False] * len(items)
    if len(found) >= RHYTHM_MIN:
        found += pronoun_heads(items, found, typical)
    chosen = set(found)  # membership in constant time: thousands of one-line heads stay linear
    return [k in chosen for k in range(len(items))]


def set_between_paragraphs(items: list[Item], found: list[int]) -> bool:
    """True when each line of `found` (each SENTENCE_RATIO times shorter than the typical
    paragraph) stands between two paragraphs, each LONG_RATIO times longer than it, as the one
    it introduces must be, one paragraph at least between two of them, and one of them is two
    short sentences, a long read's head form, which shows the pattern as quoted heads do: a
    short article's sections of one paragraph each ('The plan worked. Then the money ran
    out.' / text / 'Traders want the cars back.' / text). One-line paragraphs of running text
    stand beside short lines ('The vote was 5-4.' / 'She will appeal.'), or each a sentence
    alone between long ones, as punchy paragraphs ('Nobody saw it coming.' / text)."""
    if not spaced_out(found, QUOTED_GAP):
        return False
    if any(len(SECOND_SENTENCE.findall(items[k].text)) > 1 for k in found):
        return False  # three sentences on a line: a paragraph's, no head's
    if not any(two_plain_sentences(items[k].text) for k in found):
        return False  # one-sentence lines that close alone are punchy paragraphs just as well
    for k in found:
        before = items[k - 1] if k > 0 else None
        after = items[k + 1] if k + 1 < len(items) else None
        if not (isinstance(before, Line) and isinstance(after, Line)):
            return False
        least = LONG_RATIO * len(items[k].text)
        if len(before.text) < least or len(after.text) < least:
            return False
    return True


def two_plain_sentences(text: str) -> bool:
    """True for a line of two sentences, no item's number nor label before them: 'The wall
    held. The boats did not.' (not '1. Halden lost.', nor 'Verdict: false. It was not.')."""
    return text[0].isalpha() and ":" not in text and len(SECOND_SENTENCE.findall(text)) == 1


def pronoun_heads(items: list[Item], found: list[int], typical: float) -> list[int]:
    """Lines that open with a pronoun and are otherwise full-sentence heads, once RHYTHM_MIN
    heads set the rhythm, each more than SENTENCE_GAP items from any head: 'He would do one
    thing differently.' after three others, over a longer paragraph."""
    heads = set(found)  # a set, so that the spacing is checked in constant time per line
    added = []
    for k, item in enumerate(items):
        if k in heads or not isinstance(item, Line) or not opens_with_pronoun(item.text):
            continue
        near = any(j in heads for j in range(k - SENTENCE_GAP, k + SENTENCE_GAP + 1))
        if not near and is_sentence_shaped(item, RHYTHM_OPENERS):
            if is_sentence_head(items, k, typical):
                added.append(k)
                heads.add(k)
    return added


def opens_with_pronoun(text: str) -> bool:
    """True for a line whose first word is a personal pronoun: 'She kept the keys.'."""
    return text.split(None, 1)[0].lower() in PRONOUNS


def spaced_out(found: list[int], gap: int) -> bool:
    """True when each head has more than `gap` items before the next one."""
    gaps = [b - a for a, b in zip(found, found[1:], strict=False)]
    return not gaps or min(gaps) > gap


def quoted_sentence_heads(items: list[Item], short: list[int]) -> list[int]:
    """Sentences wholly in quotation marks that stand as heads by the full-sentence heads'
    place and a smaller contrast, RHYTHM_MIN of them at least, none right under another:
    '"Leaders know their services well."' over each section of a report's summary; the
    indexes of those lines. `short` holds the standalone lines short enough to be one."""
    quoted = []
    for k in short:
        if items[k].text[0] not in QUOTE_MARKS:
            continue  # (the usual case, settled without a pattern)
        match = QUOTED_SENTENCE.match(items[k].text)
        if match and is_sentence_shaped(Line(match["inner"], alone=True)):
            quoted.append(k)
    if len(quoted) < RHYTHM_MIN:
        return []
    # (the quotation marks set the lines apart: the contrast asked of them is LONG_RATIO's)
    return heads_in_rhythm(items, quoted, RHYTHM_MIN, LONG_RATIO)


def heads_in_rhythm(
    items: list[Item], shaped_lines: list[int], least: int, ratio: float = SENTENCE_RATIO
) -> list[int]:
    """The lines of `shaped_lines` that stand as sentence heads against the typical paragraph
    (which leaves them all out), `least` of them at least, QUOTED_GAP apart; else none."""
    shaped = [False] * len(items)
    for k in shaped_lines:
        shaped[k] = True
    typical = paragraph_length(items, shaped)
    found = [k for k in shaped_lines if is_sentence_head(items, k, typical, ratio)]
    return found if len(found) >= least and spaced_out(found, QUOTED_GAP) else []


def is_paired_sentences(item: Item, openers: frozenset[str] = BACK_POINTERS) -> bool:
    """True for a standalone line of two short sentences, the first shaped as a full-sentence
    head, the second going on from it: 'The plan worked. Then the money ran out.' (not 'It
    did. Then it rained.', nor one of three sentences); `openers` as is_sentence_shaped's."""
    if not (isinstance(item, Line) and item.alone and item.text.endswith(".")):
        return False
    text = item.text
    if len(text) > LONG_CHARS:
        return False  # (most paragraphs: settled before their words are counted)
    if len(text.split()) > PAIRED_WORDS or len(SECOND_SENTENCE.findall(text)) != 1:
        return False
    first, second = SECOND_SENTENCE.split(text)
    if len(second.split()) < 2 or second.split()[-1].rstrip(".").lower() in DEMONSTRATIVES:
        return False
    return is_sentence_shaped(Line(first + ".", alone=True), openers) and not is_elliptical(second)


def paired_lines(items: list[Item], alone: list[int]) -> list[int]:
    """The standalone lines of two short sentences (is_paired_sentences), found once for
    paired_sentence_heads and section_splitting_pairs: 'The plan worked. Then it failed.';
    a pronoun may open them, as the rhythm of heads section_splitting_pairs asks lets it:
    'She found the wreck in 1983. It took years to prove.'."""
    return [k for k in alone if is_paired_sentences(items[k], RHYTHM_OPENERS)]


def paired_sentence_heads(items: list[Item], pairs: list[int]) -> list[int]:
    """Lines of two short sentences between paragraphs, PAIRED_MIN of them at least, none
    right under another, each SENTENCE_RATIO times shorter than the typical paragraph and
    LONG_RATIO times shorter than the one it introduces: a long read's heads, whatever heads of
    other forms stand beside them ('The plan worked. Then the money ran out.' / 700 characters
    / 'Nobody wanted the russet. That turned out to be the point.' / text); their shape,
    shared, is the pattern, so a section of one paragraph will do. `pairs` are paired_lines."""
    if len(pairs) < PAIRED_MIN:
        return []
    # (a pronoun opens none of these: their own shape is the pattern, with no rhythm to lean on)
    pairs = [k for k in pairs if not opens_with_pronoun(items[k].text)]
    return heads_in_rhythm(items, pairs, PAIRED_MIN) if len(pairs) >= PAIRED_MIN else []


def section_splitting_pairs(items: list[Item], pairs: list[int], heads: list[int]) -> list[int]:
    """Lines of two short sentences (is_paired_sentences) that split a section SPLIT_RATIO
    times the document's typical section, more than SENTENCE_GAP items from either head, no
    longer than the typical paragraph and over a longer one, where RHYTHM_MIN heads or more
    show the rhythm: the one full-sentence head among labels ('1970s: a new stage' / text /
    'The bridge took a year to build. It fell in a day.' / text / '1980s'), where
    paired_sentence_heads asks two. `pairs` are paired_lines."""
    if not pairs or len(heads) < RHYTHM_MIN:
        return []  # (most documents: no line of two sentences)
    # a labelled line is a record's ('31 min: Penalty. Doe scores.'), no head
    paired = [k for k in pairs if ":" not in items[k].text]
    if not paired:
        return []  # (most documents: no section is measured)
    bounds = [*heads, len(items)]
    sections = sorted(b - a for a, b in zip(bounds, bounds[1:], strict=False))
    typical_section = sections[len(sections) // 2]
    typical = paragraph_length(items, [k in heads for k in range(len(items))])
    found = []
    for k in paired:
        above = max((h for h in heads if h < k), default=-1)
        below = min((h for h in heads if h > k), default=len(items))
        if above < 0 or not spaced_out([above, k, below], SENTENCE_GAP):
            continue
        if below - above < SPLIT_RATIO * typical_section or len(items[k].text) > typical:
            continue
        after = items[k + 1]  # (a head below, more than SENTENCE_GAP items on: k + 1 is in)
        if isinstance(after, Line) and len(after.text) > len(items[k].text):
            found.append(k)  # a head introduces a longer paragraph
    return found


def in_a_style_of_short_lines(items: list[Item], alone: list[int], found: list[int]) -> bool:
    """True when the sentence heads `found` in a document without other heads are fewer than
    STYLE_SHARE of its standalone lines ending a sentence no longer than STYLE_LENGTH times the
    longest of them:
    short lines are the writer's style for effect ('There were 43 boxes.' / text / 'I took
    them home.' / 'But he kept the receipts.'), not heads, which stand out as few."""
    if not found or len(found) >= STYLE_SHARE * len(alone):
        return False  # (the short lines are among the standalone ones: too few to count)
    longest = STYLE_LENGTH * max(len(items[k].text) for k in found)
    short = [
        k for k in alone if len(items[k].text) <= longest and items[k].text[-1] in SENTENCE_ENDS
    ]
    return len(found) < STYLE_SHARE * len(short)


def interview_turns(items: list[Item], alone: list[int], heads: list[int]) -> list[int]:
    """The heads among `heads` that stand in an interview's turns, where TURN_QUESTIONS
    question lines or more are paragraphs: right under a question, its answer ('Would you go
    again?' / 'No. Ask me in April.'), or two lines under one, the next question asked as a
    request ('Why did you stay?' / answer / 'Tell me about the title.')."""
    if not heads:
        return []
    questions = {k for k in alone if is_question_line(items[k])}
    if len(questions) < TURN_QUESTIONS:
        return []
    return [k for k in heads if k - 1 in questions or k - 2 in questions]
