"""One reader's rule for sentence heads: a standalone line opens a section the way the article's
other heads do, judged on the document as a whole, not on the line alone.

A line is a candidate (rhythm_candidate) when it stands alone after a sentence's end or a
picture, over a longer line, opens on no quotation mark, and is a sentence
(sentence_form): one or two short statements opening on no word pointing back (a pronoun may
open two, 'She rode first. The rain came later.'; one sentence opening on a pronoun joins three
heads by heading_sentences.pronoun_heads), or a short question; no quotation carrying the
text on, no reply but to a question-word question, no interview's turn, and right under no
question. Where it stands tells a head from a punchy line: a head opens a section, a run of
SECTION_RUN paragraphs LONG_RATIO times longer before the next (section_openers), a punchy line
closes or sits inside one. Where most candidates open such runs, those that do are kept and
the page's other short lines are its text's; otherwise each must stand out (stands_out: over a
paragraph LONG_RATIO times longer, under no shorter line). The candidates are heads
(rhythm_heads) when, with the heads already standing, all of them:
- are SENTENCE_SIBLINGS or more (one such line is the writer's punchy paragraph);
- open sections of even length in text (EVEN_SPACING, counted in characters to the end), most
  of them of two sentences or more (reads_as_sections);
- share a form, full sentences or questions all, the heads standing too (no more than
  LABELS_AMONG label, numbered or unstopped heads among them, none in a headline's capitals:
  those pages' heads are read by their own rules), of lengths within HEAD_SPREAD;
- where no head stands and no section is a run of text, stand out: every other line of text
  is LONG_RATIO times longer than the longest of them (a column of short paragraphs has no
  heads); where heads stand, none is one sentence longer than a sentence head
  (one_long_sentence).
'A village shop is worth more ...' / text / 'The shop was never about groceries.' / text /
'A co-operative asks more of people.' / text / 'The profit should stay small.' / text.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import compress
from typing import Final

from api.parser.heading_answers import opens_on_a_reply
from api.parser.heading_limits import LONG_RATIO, QUESTION_WORDS, QUOTED_OPENERS
from api.parser.heading_questions import speaks_in_first_person
from api.parser.heading_sentences import (
    BACK_POINTERS,
    PAIRED_WORDS,
    PRONOUNS,
    RHYTHM_OPENERS,
    SENTENCE_WORDS,
    is_elliptical,
    quoted_on,
)
from api.parser.heading_siblings import (
    EVEN_SPACING,
    INNER_STOP,
    LABELS_AMONG,
    SENTENCE_SIBLINGS,
    answers_a_question,
    is_headline_styled,
    is_short_statement,
    negates_a_quantity,
    opens_a_section,
    text_length,
)
from api.parser.layout import Item, Line, Picture
from api.parser.line_shapes import is_question

HEAD_SPREAD: Final = 3.0  # the longest of a page's sentence heads this many times the shortest
# Words pointing back that open no two sentences of a head, 'then' aside: two may open on a turn
# in time ('Then the young people came back. They brought their friends.'), where one sentence
# so opened is a punchy line's ('Then the flags on the hill turned.').
PAIR_POINTERS: Final = RHYTHM_OPENERS - {"then"}
# The words of a head read with a short coda aside (coda_heads): one short clause, 'Nobody
# wants to be the one who decides.', where a longer line is as much a one-sentence paragraph.
CODA_HEAD_WORDS: Final = 8
SECTION_RUN: Final = 2  # long paragraphs under a head before the next: one is a punchy line's
SECTION_LOOK: Final = 12  # items looked at under a candidate for its run: a bounded window
# Personal pronouns that may open a one-sentence head in a head's own slot, right after the lead
# or a picture, where the page's heads are sentences: 'He was not supposed to be here.', 'It
# will age well.' (elsewhere such a line is the text's punchy line: 'He played three.').
SLOT_PRONOUNS: Final = PRONOUNS | {"it"}
# The words that open a story's turn, a head where the page's rhythm of sections shows it and
# no head stands: 'It began with a storm.', 'They stopped coming back.', 'Then a stranger came.'.
TURN_OPENERS: Final = SLOT_PRONOUNS | {"then"}


def sentence_form(text: str) -> bool:
    """True for a head that is a sentence: one or two short statements (is_short_statement, no
    reply, not elliptical, a denial's pronoun opening one: 'Nobody asked the keepers.') or a
    question of PAIRED_WORDS words at most, asked alone: 'The roof leaked for years.',
    'Why is the ropewalk still here?' (not 'Results', 'It paid off.', nor 'Why? Nobody knows.')."""
    if is_question(text):
        words = text.split()
        if words[0].lower() in RHYTHM_OPENERS or "." in text or not text[:1].isupper():
            return False  # 'So why is this winter worse?': asked in the running text
        return len(words) <= PAIRED_WORDS
    if not is_short_statement(text) or is_elliptical(text):
        return False
    first = text.split(None, 1)[0]
    pointers = PAIR_POINTERS if INNER_STOP.search(text) else BACK_POINTERS
    if first.lower() in pointers:
        return False  # 'It paid off.', 'She kept the keys.': the text's
    if opens_on_a_reply(text, denials=False) and not negates_a_quantity(text):
        return False  # 'Yes. It is.', 'Not yet.': a reply
    return first[0].isupper()


def one_long_sentence(text: str) -> bool:
    """True for one sentence of more than a sentence head's SENTENCE_WORDS words: 'The first
    sixty homes were connected by the summer, at a hundred times the old speed.' (not 'The
    houses go with the job.', nor two sentences, 'Prices rose. Visits fell.')."""
    return INNER_STOP.search(text) is None and len(text.split()) > SENTENCE_WORDS[1]


def rhythm_candidate(
    items: list[Item], k: int, form: Callable[[str], bool] = sentence_form
) -> bool:
    """True for line k, a sentence (sentence_form) after a sentence's end or a picture, opening
    on no quotation mark, over a longer paragraph that is no reply to it, and right under no
    question: 'in 1789.' /
    'The machines are older than the bridge.' / 'The twisting engines were ... They ...' (not
    'Did anyone object?' / 'A few.', nor 'Permits cost money.' / '"They want us indoors," ...')."""
    item = items[k]
    if not (isinstance(item, Line) and item.alone) or k + 1 >= len(items):
        return False
    after = items[k + 1].text if isinstance(items[k + 1], Line) else ""
    # (the length under it and the line before read ahead of the sentence's tests: most lines
    # of a list, a programme or a run of one-line paragraphs are no shorter than the next)
    if not (len(after) > len(item.text) and opens_a_section(items, k)):
        return False  # a head is followed by text, not by a shorter line or a picture
    if item.text[:1] in QUOTED_OPENERS or not form(item.text):
        return False
    if quoted_on(items, k):
        return False  # a quotation carries the text on: the line is part of it
    if opens_on_a_reply(after, denials=False) and not asks_openly(item.text):
        return False  # 'Is this the last rise?' / 'Not necessarily. ...': an exchange in the text
    if is_question(item.text) and is_turn(item.text, after):
        return False  # 'Why did you stay?' / 'I never planned it. ...': an interview's turn
    return not answers_a_question(items, k)


def asks_openly(text: str) -> bool:
    """True for a question asked with a question word, which a reply word opens a section's
    answer to: 'Why is it still here?' / 'Mostly because ...' (not 'Is it the last?' / 'Not
    necessarily.', a yes-or-no question answered in the text, nor a statement)."""
    return is_question(text) and text.split(None, 1)[0].lower() in QUESTION_WORDS


def is_turn(question: str, answer: str) -> bool:
    """True for a question put to 'you' answered in the first person, an interview's turn: 'How
    did you learn to cook?' / 'I never planned it.' (not 'How do I apply?' / 'You fill in ...')."""
    asked = {word.strip("?,").lower() for word in question.split()}
    return "you" in asked and speaks_in_first_person(answer)


def sections(items: list[Item], starts: list[int]) -> list[tuple[int, int]]:
    """The characters of text and the sentences each section holds, opening after each of
    `starts` and closing at the next, the last at the end: [(240, 3), (310, 2), (280, 4)]."""
    ends = [*starts[1:], len(items)]
    found: list[tuple[int, int]] = []
    for a, b in zip(starts, ends, strict=True):
        size = sentences = 0
        for item in items[a + 1 : b]:
            size += text_length(item)
            if isinstance(item, Line):
                sentences += 1 + len(INNER_STOP.findall(item.text))
        found.append((size, sentences))
    return found


def evenly_spread(sizes: list[int]) -> bool:
    """True when the sections' text lengths `sizes` are even, the widest EVEN_SPACING times the
    narrowest at most: 240, 310 and 280 (not 90 and 900)."""
    return max(sizes) <= EVEN_SPACING * min(sizes)


def even_but_the_close(sizes: list[int]) -> bool:
    """True when the sections' text lengths `sizes` are even (evenly_spread) but for the last,
    where it is the shortest of three or more, a page's short coda under its last head: 1400,
    750 and a last of 290 (not 1400 and 300 before a last of 800, nor 900 and a last of 90)."""
    body = sizes[:-1] if len(sizes) > 2 and sizes[-1] == min(sizes) else sizes
    return evenly_spread(body)


def reads_as_sections(
    items: list[Item],
    members: list[int],
    found: list[int],
    even: Callable[[list[int]], bool] = evenly_spread,
) -> bool:
    """True when the sections the `members` open hold text of even length, the widest
    EVEN_SPACING times the narrowest at most, and those under the lines `found` hold two
    sentences or more, most of them: heads over 240, 310 and 280 characters of several
    sentences (not over 90 and 900, a punchy line in a long section, nor over one sentence
    each, a story's one-sentence paragraphs)."""
    spans = sections(items, members)
    sizes = [size for size, _ in spans]
    if min(sizes) == 0 or not even(sizes):
        return False
    opened = set(found)
    developed = [n >= 2 for k, (_, n) in zip(members, spans, strict=True) if k in opened]
    return 2 * sum(developed) > len(developed)


def stands_out(items: list[Item], k: int) -> bool:
    """True for line k over a paragraph LONG_RATIO times longer and under no shorter line, a
    head where one paragraph stands under each: 'in 1681.' / 'The houses go with the job.' /
    <a paragraph> (not 'He was right.' / 'The motors have not been fitted yet.' / ...)."""
    if not stands_over_text(items, k):
        return False
    before = items[k - 1]
    return not (isinstance(before, Line) and len(before.text) <= len(items[k].text))


def stands_over_text(items: list[Item], k: int) -> bool:
    """True for line k over a paragraph LONG_RATIO times longer: 'The rain stopped.' / 240
    characters (not over a short lead-in, 'He listed it:')."""
    after = items[k + 1]
    return isinstance(after, Line) and len(after.text) >= LONG_RATIO * len(items[k].text)


def is_plain_head(text: str) -> bool:
    """True for a head of SENTENCE_WORDS words at least in no one's own voice, under no
    speaker's label: 'Silence is part of the price.' (not an essay's 'I still hear it.', nor
    'Every winter.', nor an interview's 'Q: Who chose the colours?')."""
    words = text.split()
    if len(words) < SENTENCE_WORDS[0] or words[0].endswith(":"):
        return False
    return not speaks_in_first_person(text)


def section_run(items: list[Item], k: int, end: int) -> int:
    """The paragraphs under line k, up to item `end` and SECTION_LOOK items at most, LONG_RATIO
    times its length or longer, counted to SECTION_RUN: 'The glaze is the hard part.' / <two
    paragraphs of text> / 'It is.' gives 2."""
    return _run_of(items, k, end, LONG_RATIO * len(items[k].text))


def _run_of(items: list[Item], k: int, end: int, least: float) -> int:
    """The paragraphs under line k, up to item `end` and SECTION_LOOK items at most, `least`
    characters long or longer, counted to SECTION_RUN (section_run, paced_run)."""
    found = 0
    for item in items[k + 1 : min(end, k + 1 + SECTION_LOOK)]:
        if isinstance(item, Line) and len(item.text) >= least:
            found += 1
            if found == SECTION_RUN:
                break
    return found


def needed_run(items: list[Item], end: int) -> int:
    """The long paragraphs a section closing at item `end` needs: SECTION_RUN, or one in the
    last section (a head's last section may be short)."""
    return 1 if end == len(items) else SECTION_RUN


def section_openers(items: list[Item], found: list[int], heads: list[int]) -> list[int]:
    """The candidates `found` that open a section (needed_run), with the heads standing,
    dropped from the last up so that a dropped line's section joins the one above: 'Nobody
    talks much.' / <one paragraph> / 'The city forgot.' / <three>: a punchy line in the lead,
    then a head (not 'It is quiet work.' / <one> / 'Summer is different.')."""
    standing = set(heads)
    kept = sorted(found + heads)
    end = len(items)
    for i in range(len(kept) - 1, -1, -1):
        k = kept[i]
        if k not in standing and section_run(items, k, end) < needed_run(items, end):
            del kept[i]
            continue
        end = k
    return [k for k in kept if k not in standing]


def rhythm_heads(
    items: list[Item],
    alone: list[int],
    flags: list[bool],
    form: Callable[[str], bool] = sentence_form,
    even: Callable[[list[int]], bool] = evenly_spread,
) -> list[int]:
    """The candidates (rhythm_candidate) that are heads by the document's rhythm, beside the
    heads standing: SENTENCE_SIBLINGS or more in all, sentences (sentence_form) in sentence
    case but LABELS_AMONG labels, of lengths within HEAD_SPREAD, opening sections of even
    length and several sentences (reads_as_sections); where no head stands, every other line
    LONG_RATIO times longer than the longest: an essay's 'The shop was never about groceries.'
    / text / ... or a feature's 'Why is it still here?' / text / 'Six work here now. Twenty did
    in 1990.' / text (not a question answered by the next line, a punchy line over a quotation,
    nor such lines beside label heads or heads in a headline's capitals)."""
    found = [k for k in alone if not flags[k] and rhythm_candidate(items, k, form)]
    return rhythm_among(items, alone, flags, found, form, even)


def rhythm_among(
    items: list[Item],
    alone: list[int],
    flags: list[bool],
    found: list[int],
    form: Callable[[str], bool],
    even: Callable[[list[int]], bool] = evenly_spread,
) -> list[int]:
    """rhythm_heads' reading of its candidates `found` (rhythm_candidate with `form`)."""
    if not found:
        return []  # (most documents: no line a sentence head could be)
    heads = [k for k in alone if flags[k]]
    openers = section_openers(items, [k for k in found if is_plain_head(items[k].text)], heads)
    # most candidates open sections of text and enough of them to make heads: the page's
    # sections are runs of paragraphs, its short lines inside them a writer's punchy lines
    developed = 2 * len(openers) > len(found) and len(openers) + len(heads) >= SENTENCE_SIBLINGS
    found = openers if developed else [k for k in found if stands_out(items, k)]
    if heads:
        # no line need stand out from every other where heads stand: one sentence of a short
        # paragraph's words is one ('The first sixty homes were connected by the summer, ...')
        found = [k for k in found if not one_long_sentence(items[k].text)]
    members = sorted(found + heads)
    if len(members) < SENTENCE_SIBLINGS:
        return []
    texts = [items[k].text for k in members if form(items[k].text)]
    if len(members) - len(texts) > LABELS_AMONG or any(map(is_headline_styled, texts)):
        return []  # label heads or heads in capitals stand: the page's heads are of another form
    if max(map(len, texts)) > HEAD_SPREAD * min(map(len, texts)):
        return []
    if not reads_as_sections(items, members, found, even):
        return []
    if heads or developed:
        return found  # heads stand, or sections hold runs of text: short lines are the text's
    shortest = LONG_RATIO * max(map(len, texts))
    chosen = set(members)
    for k, item in enumerate(items):
        if k not in chosen and isinstance(item, Line) and len(item.text) < shortest:
            return []  # another short line: a writer's punchy style, not heads
    return found


def turn_sentence(text: str) -> bool:
    """True for a sentence head (sentence_form), or one short statement of SENTENCE_WORDS words
    at least opening on a personal pronoun or 'Then' (TURN_OPENERS), a story's turn: 'It began
    with a storm.', 'Then a stranger knocked on the door.' (not 'But it rained.', 'This is
    it.', nor 'Then it rained. They left.')."""
    if sentence_form(text):
        return True
    first = text.split(None, 1)[0]
    if first.lower() not in TURN_OPENERS or not first[0].isupper():
        return False
    return (
        len(text.split()) >= SENTENCE_WORDS[0]
        and not INNER_STOP.search(text)
        and (is_short_statement(text) and not is_elliptical(text))
    )


def turn_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """On a page where no head stands, the heads by the document's rhythm (rhythm_heads) once a
    story's turns (turn_sentence) count among its candidates, one of them a sentence head of
    the strict form (sentence_form): 'It began with a storm.' / text / 'Keep the fire low.
    Keep it wet.' / text / 'They stopped coming back.' / text / ... (not a page of pronoun
    lines alone, nor lines over one paragraph each, 'It is quiet work.' / text / 'Summer is
    different.' / text, nor where a candidate speaks in the first person, an essay's one-line
    paragraphs in its writer's voice, nor where heads stand: slot_heads' and pronoun_heads' to
    read)."""
    if any(flags[k] for k in alone):
        return []
    candidates = [k for k in alone if rhythm_candidate(items, k, turn_sentence)]
    if all(sentence_form(items[k].text) for k in candidates):
        return []  # no turn among them: rhythm_heads' own candidates, read already
    if any(speaks_in_first_person(items[k].text) for k in candidates):
        return []  # 'I took them home.' / text / 'It was the thinnest box.': an essay's lines
    found = rhythm_among(items, alone, flags, candidates, turn_sentence)
    if not any(sentence_form(items[k].text) for k in found):
        return []
    # each opens a run of text (section_openers), not one paragraph as a punchy line does
    return found if section_openers(items, found, []) == found else []


def pronoun_sentence(text: str) -> bool:
    """True for one short statement of SENTENCE_WORDS words at least opening on a personal
    pronoun (SLOT_PRONOUNS), a sentence head's form but for its opener: 'He was not supposed to
    be here.', 'It will age well.' (not 'He did.', nor 'They won. He cried.', nor 'This is it.')."""
    words = text.split()
    if len(words) < SENTENCE_WORDS[0] or words[0].lower() not in SLOT_PRONOUNS:
        return False
    if not words[0][0].isupper() or INNER_STOP.search(text):
        return False
    return is_short_statement(text) and not is_elliptical(text)


def in_a_heads_slot(items: list[Item], k: int, first: int) -> bool:
    """True for line k where a head of the page stands, not a punchy line: before the page's
    first head (`first`), right after the lead, or right after a picture: 'text.' / 'He was
    not supposed to be here.' / text / 'The game was dead.' (not text / 'He played three.' /
    text / 'The game was dead.' once a head stands above it)."""
    return k < first or isinstance(items[k - 1], Picture)


def slot_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """One-sentence statements opening on a pronoun (pronoun_sentence, rhythm_candidate's
    other tests) in a head's slot (in_a_heads_slot), where SENTENCE_SIBLINGS heads stand,
    fewer than half of them questions, short statements among them, the line's length within
    HEAD_SPREAD of their sentences', opening a section as the rhythm's heads do (section_run
    to the next head asking no question, as a lone question may be the text's): 'REYKJAVIK —
    ...' / 'He was never meant to win.' / text / text / 'The ice held. Then it broke.' / text
    / ... (not where the heads are questions or labels, nor a punchy line inside a section)."""
    heads = list(compress(range(len(items)), flags))
    if len(heads) < SENTENCE_SIBLINGS:
        return []
    plain = [j for j in heads if not is_question(items[j].text)]
    if 2 * len(plain) <= len(heads):
        return []  # a page of question heads: a statement in the lead is its text
    # (measured by sentence: a head of two sentences is two of a one-sentence head's length)
    statements = [
        len(sentence)
        for j in heads
        if is_short_statement(items[j].text)
        for sentence in INNER_STOP.split(items[j].text)
    ]
    if not statements:
        return []
    found: list[int] = []
    below = iter(plain)
    nearest = -1
    for k in alone:
        if flags[k] or not in_a_heads_slot(items, k, heads[0]):
            continue
        if not rhythm_candidate(items, k, pronoun_sentence):
            continue
        lengths = [*statements, len(items[k].text)]
        if max(lengths) > HEAD_SPREAD * min(lengths):
            continue
        while nearest <= k:  # (the heads walked once, in order, beside the lines)
            nearest = next(below, len(items))
        if section_run(items, k, nearest) >= needed_run(items, nearest):
            found.append(k)
    return found


def paced_run(items: list[Item], k: int, end: int) -> int:
    """The paragraphs under line k, up to item `end` and SECTION_LOOK items at most, longer
    than it, counted to SECTION_RUN: 'It began with a map.' / <a paragraph> / 'It was old.' /
    <a paragraph> gives 2 (a short closing line of a section counts, as a reader reads it)."""
    return _run_of(items, k, end, len(items[k].text) + 1)  # (longer than the line)


def paced_openers(items: list[Item], found: list[int]) -> list[int]:
    """The candidates `found` that open a run of text (paced_run, needed_run), dropped from
    the last up so that a dropped line's section joins the one above: 'Nobody came.' / <one
    paragraph> / 'It began with a map.' / <two>: a punchy line in the lead, then a head; 'Then
    the rain came.' / <one> / 'The river rose.' / <one> / 'Ask the council.': a head, then a
    punchy line going on from its first paragraph."""
    kept = list(found)
    end = len(items)
    for i in range(len(kept) - 1, -1, -1):
        k = kept[i]
        if paced_run(items, k, end) < needed_run(items, end):
            del kept[i]
            continue
        end = k
    return kept


def evenly_paced(items: list[Item], members: list[int]) -> bool:
    """True when every section the `members` open but the last (a page's close may be short)
    holds text within EVEN_SPACING of the middle one's length, either way: sections of 670,
    820, 430 and 300 characters and a last of 120 (not 90 and 900, a punchy line in a long
    section)."""
    sizes = [size for size, _ in sections(items, members)][:-1]
    middle = sorted(sizes)[len(sizes) // 2]
    return min(sizes) > 0 and all(
        size <= EVEN_SPACING * middle and middle <= EVEN_SPACING * size for size in sizes
    )


def paced_sentence(text: str) -> bool:
    """True for a story's turn or a sentence head (turn_sentence) that is no question: 'It
    started with a ledger.', 'Then the rent rose. Then the tenants left.' (not 'Is it worth
    the wait?', a question asked in the text where no head stands)."""
    return not is_question(text) and turn_sentence(text)


def paced_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """On a page where no head stands, its heads by pace alone: standalone lines of one or two
    short sentences, no question (paced_sentence; rhythm_candidate's tests: no quotation, no
    reply, no question answered under it), each over a paragraph LONG_RATIO times longer,
    opening runs of text (paced_openers), SENTENCE_SIBLINGS or more of them and most of the
    candidates, one of two sentences at least (one-sentence lines alone are as much a story's
    punchy lines), sections evenly long (evenly_paced), none in the first person: 'It started with
    a ledger.' / text / 'Then the rent rose. Then the tenants left.' / text / 'Ask the owner
    and you get a letter.' / text / 'She is still waiting.' / text (not an essay's one-line
    paragraphs in its writer's voice, nor punchy lines each over one paragraph, nor sections of
    90 and 900 characters)."""
    if any(flags[k] for k in alone):
        return []
    found = [k for k in alone if rhythm_candidate(items, k, paced_sentence)]
    if any(speaks_in_first_person(items[k].text) for k in found):
        return []  # 'I took them home.' / text / 'It was the thinnest box.': an essay's lines
    openers = [k for k in paced_openers(items, found) if stands_over_text(items, k)]
    if len(openers) < SENTENCE_SIBLINGS or 2 * len(openers) <= len(found):
        return []
    if not any(INNER_STOP.search(items[k].text) for k in openers):
        return []  # one-sentence lines alone: a story's punchy lines as much as heads
    lengths = [len(items[k].text) for k in openers]
    if max(lengths) > HEAD_SPREAD * min(lengths):
        return []
    return openers if evenly_paced(items, openers) else []


def coda_heads(items: list[Item], alone: list[int], flags: list[bool]) -> list[int]:
    """Where no rule of the page's rhythm found heads, its heads by rhythm (rhythm_heads) once
    a short last section is set aside (even_but_the_close), as a reader takes a page's coda
    under its last head: 'The reef was the point.' / <1,400 characters> / 'The experts
    doubt it.' / <750> / 'Nobody wants to decide.' / <290> (not sections of 900 and 90 and
    no third, nor a short section before the last, nor where heads stand: their sections are
    read with them).
    """
    if any(flags[k] for k in alone):
        return []
    return rhythm_heads(items, alone, flags, coda_sentence, even_but_the_close)


def coda_sentence(text: str) -> bool:
    """True for a sentence head (sentence_form) of CODA_HEAD_WORDS words at most that asks no
    question, the weaker reading's only heads: 'The scientists are less certain.' (not 'Was
    the crew disappointed?', asked in the text, nor an obituary's one-sentence paragraph,
    'The baby, a girl, was named Ada, after the ferry.')."""
    return len(text.split()) <= CODA_HEAD_WORDS and not is_question(text) and sentence_form(text)
