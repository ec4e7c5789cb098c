"""Tells someone's words from titles, nicknames, chants and scare quotes."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Final

from api.parser.quote_clauses import Clause, unnamed_naming
from api.parser.quote_context import Paragraph, clause_for
from api.parser.quote_nouns import words_pattern
from api.parser.quote_spans import MASK, Span
from api.parser.quote_words import (
    LABEL_VERBS,
    LIST_JOINERS,
    NAMING_VERBS,
    NOT_SPEECH_CUES,
    REPORTING_VERBS,
    SPEECH_NOUNS,
    TITLE_SMALL_WORDS,
)

_WORD: Final = re.compile(r"[^\W\d_][\w'’-]*")
_WORD_MARKS: Final = frozenset("_'’-")  # (what _WORD goes on over besides letters and digits)
_LOWER_START: Final = re.compile(r" [a-z]")
_SPEECH_NOUN_INSIDE: Final = words_pattern(SPEECH_NOUNS, whole=False)
ARTICLES: Final = frozenset("the a an its their his her our".split())
# How many words before `as` a label's cue may stand: "dubbed Lee's role in the talks as".
AS_LABEL_WORDS: Final = 10
# How many words before a quote a noun for words may stand: "directives from the chief to".
SPEECH_NOUN_WORDS: Final = 6


def _cue_before(paragraph: Paragraph, span: Span, sentence_start: int, previous_stop: int) -> bool:
    """`the song “...”`, `dubbed “...”`, `signs with sayings such as, “...”`.

    `previous_stop` is just past the quote before this one (0 for the first): text before it is
    masked.
    """
    head = paragraph.masked[max(sentence_start, previous_stop) : span.open]
    if not head:
        return False  # (a quote opening its sentence, most: no word, so no cue, before it)
    # only the words a cue may be among are read: a label's, the furthest back
    found = _last_words(head, AS_LABEL_WORDS + 1)
    last = list(map(str.lower, found[-3:]))
    if last and _predicate_partial(last[-1], paragraph.text[span.start : span.start + 1]):
        return False
    if not NOT_SPEECH_CUES.isdisjoint(last):
        if _judged_not_named(head, last, paragraph.text, span):
            return False
        return not _word_had(head) and not _label_not_naming(last, paragraph.text, span)
    if "as" not in last[-2:]:
        return False  # (_named_as wants `as` last, or before a last article: the rest unlowered)
    return _named_as(list(map(str.lower, found)))


# `had the last word:`, `a final word:`, `a word of warning:`: `word` as what someone said (not
# a word named by the quote, `the word “resilience”`), a colon ending the lead.
_WORD_HAD: Final = re.compile(
    r"\b(?:(?:last|final|closing|parting) word|word of (?:warning|caution|advice|thanks"
    r"|encouragement|praise|comfort)):\s*$"
)


# How many characters at a head's end are split first for its last words (about twenty words:
# a sentence of a hundred words before a quote is not split whole for its last eleven).
_TAIL_REACH: Final = 120


def _last_words(head: str, count: int) -> list[str]:
    """The head's last `count` words as _WORD finds them: `said in the talks as` -> its last
    words. A tail after a space is split first (no word goes on over a space, so its words are
    the head's own); the whole head only when the tail holds fewer."""
    if len(head) > _TAIL_REACH:
        space = head.find(" ", len(head) - _TAIL_REACH)
        if space >= 0:
            found = _WORD.findall(head, space)
            if len(found) >= count:
                return found[-count:]
    return _WORD.findall(head)[-count:]


# Forms of `be` that make the quote a predicate: `the episode was “a small taste of ...”`.
_COPULAS: Final = frozenset("is was are were be been being".split())


def _predicate_partial(word_before: str, first: str) -> bool:
    """`said the episode was “a small taste”` -> True; `the episode “Pilot”`, `the episode was
    “Pilot”` -> False: a lowercase quote after a form of `be` says what the thing is (someone's
    words), so a label's noun just before the verb (`episode`, `song`) names no title."""
    return word_before in _COPULAS and "a" <= first <= "z"


# Label nouns that with `of` name the words' source, not the words: `the word of “a man who
# ...”` (his account), `a sign of “deeper trouble”` (`a song of “...”`, `a game of “...”` stay
# labels).
_SOURCE_LABELS: Final = frozenset({"word", "sign"})
# A lower-case first word that makes a quote a predicate, a verb's words after a subject noun:
# `that the track “can no longer wash its face”` (no title opens so).
_PREDICATE_OPENERS: Final = frozenset(
    """
    can could will would shall should must may might cannot can't won't wouldn't couldn't
    is was are were has had have isn't wasn't hasn't
    """.split()
)
# Subjects after an auxiliary that make the quote a question, a title's or a sign's words (`the
# song “can you feel it”`), not a predicate.
_QUESTION_SUBJECTS: Final = frozenset("i you he she it we they there this that".split())
# How far into the quote its first two words are read (two openers and their spaces).
_OPENER_REACH: Final = 20


# Verbs of judging that make a label's object the thing judged: `called the episode “a cruel
# mistake”` (the words are the caller's; a name would follow the verb at once: `called “X”`).
_JUDGING_VERBS: Final = frozenset({"called", "calls", "calling", "branded", "described"})
# The fewest words of a lower-case quote after a label noun that is someone's words, not a
# name or a title (a title is short and capitalised: `the episode “Pilot”`).
_JUDGED_LEAST: Final = 3


def _judged_not_named(head: str, last: list[str], text: str, span: Span) -> bool:
    """`sold under the <Name> brand, “pose a serious risk to ...,”`, `called the episode “a
    cruel mistake that ...”` -> True; `called the episode “Pilot”`, `the brand, “Sunny Day”,`,
    `the word “resilience”` -> False: a lower-case phrase of several words after a label noun
    closed by a comma, or after `called the <noun>`, is someone's words, not the noun's name."""
    if last[-1] not in NOT_SPEECH_CUES or not text[span.start : span.start + 1].islower():
        return False
    closed = head.rstrip().endswith(",")
    judged = len(last) == 3 and last[1] == "the" and last[0] in _JUDGING_VERBS
    if not (closed or judged):
        return False
    return len(text[span.start : span.end].split(None, _JUDGED_LEAST)) >= _JUDGED_LEAST


def _label_not_naming(last: list[str], text: str, span: Span) -> bool:
    """`relied on the word of “a man who failed”`, `said that the track “can no longer cope”`
    -> True; `the word “resilience”`, `the song “Blue Moon”`, `a game of “Risk”` -> False: a
    label noun near the quote does not name it when `of` makes the quote its source, or when
    the quote is the predicate of the noun right before it (a lower-case phrase of two words or
    more opening with an auxiliary, no question's subject after it)."""
    head = text[span.start : min(span.end, span.start + _OPENER_REACH)]
    first, space, rest = head.partition(" ")
    if not space or not first.islower():
        return False  # (one word or a capitalised first word: a term, a title, a name)
    if last[-1] == "of":
        return len(last) > 1 and last[-2] in _SOURCE_LABELS
    # (the noun right before the quote: `signs reading “will you ...”` is a sign's words)
    second = rest.partition(" ")[0].lower()
    return (
        last[-1] in NOT_SPEECH_CUES
        and first in _PREDICATE_OPENERS
        and second not in _QUESTION_SUBJECTS
    )


def _word_had(head: str) -> bool:
    """`Vukovic had the last word: “We’ll enjoy this ...”`: the lead gives someone's saying by
    a phrase of `word` before a colon, so the quote is their words, not a word they named."""
    return head.endswith((": ", ":")) and _WORD_HAD.search(head, max(0, len(head) - 48)) is not None


def _named_as(words: list[str]) -> bool:
    """`had dubbed Lee's role in the talks as “the Lee problem”`: a label given further back.

    A label's cue may stand several words before the quote when `as` (and an article) leads
    into it; the look-back stays within AS_LABEL_WORDS words so a distant cue does not count.
    """
    end = len(words)
    if end and words[end - 1] in ARTICLES:
        end -= 1  # "as the Lee problem": one article may stand between
    if not end or words[end - 1] != "as":
        return False
    window = words[max(0, end - AS_LABEL_WORDS) : end - 1]
    for k in range(len(window) - 1, -1, -1):
        if window[k] in NAMING_VERBS and window[k] not in LABEL_VERBS:
            # `X, who sang under her, described her as “...”`: a verb that quotes someone's
            # words about a thing comes after the cue, so the words are X's, not a label
            window = window[k + 1 :]
            break
    return not NOT_SPEECH_CUES.isdisjoint(window)


def _words_of_noun(paragraph: Paragraph, span: Span, sentence_start: int) -> bool:
    """`orders from the chief to “hold the line”`: a noun for spoken or written words leads in."""
    head = paragraph.masked[max(sentence_start, span.open - 80) : span.open]
    if not _SPEECH_NOUN_INSIDE.search(head):
        return False  # (no such noun in any word: the words need not be split and lowered)
    return any(w.lower() in SPEECH_NOUNS for w in _WORD.findall(head)[-SPEECH_NOUN_WORDS:])


def _label_given_by_name(
    paragraph: Paragraph, span: Span, text: str, bounds: tuple[int, int], index: int
) -> bool:
    """`Roe termed the plan “a farce”`: a label's verb whose subject gives the words (a lowercase
    phrase, not a name: `dubbed him “Big Al”`; find_clauses makes no clause of a label's verb
    before `as` or an article: `termed the conditions a “flash drought”`)."""
    if not text[:1].islower():
        return False
    clause = clause_for(paragraph, span, bounds, index)
    return (
        clause is not None
        and clause.subject is not None
        and clause.verb_end <= span.open
        and paragraph.text[clause.verb_start : clause.verb_end] in LABEL_VERBS
    )


def lower_word(text: str) -> bool:
    """`interim`, `so-called` -> True; `Interim`, `-ish`, `naïve` -> False: ASCII lower-case
    letters and hyphens, a letter first (what `[a-z][a-z-]*` matches whole, without its call)."""
    letters = text.replace("-", "")
    return text[:1] != "-" and text.isascii() and letters.isalpha() and letters.islower()


# Words that cannot be the noun a quoted modifier goes with: `an “embarrassment” for the ...`.
_NO_NOUN_AFTER: Final = frozenset(
    "for to of in on at by with from and or but than that which as into about over against".split()
)


def _modifier(paragraph: Paragraph, span: Span, text: str, bounds: tuple[int, int]) -> bool:
    """`the “interim” government`: one lowercase quoted word (`text`, the span's) between an
    article and its noun."""
    if span.close is None or not lower_word(text):
        return False
    # (the word after is one slice and one match: read first, the words before only if it holds)
    if _LOWER_START.match(paragraph.text, span.close + 1, span.close + 3) is None:
        return False
    if _quoted_noun(paragraph, span, bounds):
        return False
    before = _WORD.findall(paragraph.masked[max(0, span.open - 12) : span.open])
    return bool(before) and before[-1].lower() in ARTICLES


# The characters read after a closing mark and its space for the word that follows it.
_NEXT_WORD_REACH: Final = 10


def _quoted_noun(paragraph: Paragraph, span: Span, bounds: tuple[int, int]) -> bool:
    """`X said the award was an “embarrassment” for the state` -> True; `the “interim” government`,
    `the “experts” at the ministry said` -> False: the quoted word is the noun itself (a
    preposition or conjunction follows it), in a sentence whose reporting verb comes before it."""
    close = span.close
    if close is None:
        return False
    after = _WORD.match(paragraph.text, close + 2, close + 2 + _NEXT_WORD_REACH)
    if after is None or after.group() not in _NO_NOUN_AFTER:
        return False
    # (the sentence's first verb is the earliest: one look-up, no copy of its clauses)
    k = bisect_left(paragraph.verbs, bounds[0])
    clauses = paragraph.clauses
    if k >= len(clauses) or clauses[k].verb_start >= bounds[1] or clauses[k].verb_end > span.open:
        return False
    # (a naming verb's object is a label: `called it a “pretext” for war`)
    return paragraph.text[clauses[k].verb_start : clauses[k].verb_end] in REPORTING_VERBS


def _lone_word_unnamed(paragraph: Paragraph, clause: Clause, text: str) -> bool:
    """`A neighbour called the plan “ridiculous”` -> True; `... called the vote “a done deal”`
    -> False: one quoted word that an unnamed person's naming verb gives is a scare quote more
    than their words; a phrase of two words or more is what they said."""
    if " " in text or clause.subject is not None:
        return False  # (most quotes: a phrase, or a named subject's)
    word = paragraph.text[clause.verb_start : clause.verb_end]
    return unnamed_naming(paragraph.masked, clause, word)


def _joined(paragraph: Paragraph, previous: Span, span: Span) -> bool:
    """`“Fund our schools,” and “Put kids first,”`: quotes listed one after another."""
    between = paragraph.masked[previous.stop : span.open]
    words = [w.lower() for w in _WORD.findall(between)]
    return MASK not in between and all(w in LIST_JOINERS for w in words)


def title_case(words: list[str]) -> int:
    """How many words a title-cased text has, given its words (0 when it is not): `Red for Ed`."""
    # (stops at the first big word in lower case: most quotes are sentences and end there)
    big = 0
    for word in words:
        if word == words[0] or word.lower() not in TITLE_SMALL_WORDS:
            if not word[0].isupper():
                return 0
            big += 1
    return len(words) if big >= 2 else 0


def _title_words(text: str) -> tuple[int, bool]:
    """title_case of the text's words, and whether it is one capitalised word: `“AquaSwift”`.

    The words are read only as far as title_case reads them (most quotes are sentences, whose
    second or third word settles it), not split to the end.
    """
    if _opens_as_sentence(text):
        return 0, False  # (most quotes: read by a few characters, no scan)
    found = _WORD.finditer(text)
    first = next(found, None)
    if first is None or not first.group()[0].isupper():
        return 0, False  # (no word, or a first word in lower case: no title, no name)
    words = [first.group()]
    for match in found:
        words.append(match.group())
        word = words[-1]
        if word != words[0] and word.lower() in TITLE_SMALL_WORDS:
            continue
        if not word[0].isupper():
            return 0, False  # (as title_case: a big word in lower case)
    if len(words) == 1:
        return 0, words[0][0].isupper()
    return title_case(words), False


def _opens_as_sentence(text: str) -> bool:
    """`we were told`, `We were told`, `I think` -> True; `Star Wars`, `War and Peace`,
    `'We` -> False: the text opens with a word in lower case, or with a capitalised word, one
    space and a word in lower case that is no small word of a title (ASCII letters first). For
    such a text _title_words' scan answers (0, False): no title, no lone name."""
    first = text[:1]
    if "a" <= first <= "z":
        return True
    if not "A" <= first <= "Z":
        return False
    end = _word_end(text, 1)
    if text[end : end + 1] != " " or not "a" <= text[end + 1 : end + 2] <= "z":
        return False
    return text[end + 1 : _word_end(text, end + 2)].lower() not in TITLE_SMALL_WORDS


def _word_end(text: str, k: int) -> int:
    """Where the word going on at k ends: past the characters _WORD goes on over (`[\\w'’-]`:
    `\\w` being what str.isalnum takes, and `_`). `Don’t go` from 1 -> 5."""
    while k < len(text) and (text[k].isalnum() or text[k] in _WORD_MARKS):
        k += 1
    return k


def _standalone(masked: str, sentence_start: int, open_: int) -> bool:
    """Nothing but a colon-ended lead before the quote in its sentence: `She said: “...`."""
    i = open_
    while i > sentence_start and masked[i - 1].isspace():
        i -= 1
    return i == sentence_start or masked[i - 1] == ":"


def _follow_on(kept: Sequence[Span], standalone: bool, text: str) -> bool:
    """`“We can’t,” Ostrowski said. “It’s PennDOT’s.”`: a sentence of its own after a kept quote."""
    return bool(kept) and standalone and text.rstrip()[-1:] in (".", "!", "?")


def speech_spans(paragraph: Paragraph, clauses: dict[int, Clause | None]) -> list[Span]:
    """The spans that hold someone's words, in order; each kept span's reporting clause is noted
    in `clauses` by the span's id (attribution reads it there rather than looking again)."""
    kept: list[Span] = []
    previous: Span | None = None
    previous_cued = False
    for index, span in enumerate(paragraph.spans):
        sentence_start, sentence_end = paragraph.sentence(span.open)
        text = paragraph.text[span.start : span.end]
        cued = _cue_before(paragraph, span, sentence_start, previous.stop if previous else 0)
        if previous is not None and previous_cued and _joined(paragraph, previous, span):
            cued = True  # a list of titles or chants shares the cue of its first item
        previous, previous_cued = span, cued
        bounds = (sentence_start, sentence_end)
        if cued and not _label_given_by_name(paragraph, span, text, bounds, index):
            continue
        if _modifier(paragraph, span, text, bounds):
            continue
        clause = clauses[id(span)] = clause_for(paragraph, span, bounds, index)
        if clause is not None and _lone_word_unnamed(paragraph, clause, text):
            continue
        tight = clause is not None and clause.verb_start > span.open
        capitals, one_name = _title_words(text)
        standalone = _standalone(paragraph.masked, sentence_start, span.open)
        if capitals >= 3 and not (standalone and tight):
            continue  # `“We’re Not Gonna Take It”` (but `“On the Thursday,” replied X`: an answer)
        if capitals and not tight and not _follow_on(kept, standalone, text):
            continue  # `“Star Wars,”`
        if one_name and not standalone:
            continue  # `sold under the “AquaSwift” name`: a name, not someone's word
        if (
            standalone
            or paragraph.clauses_between(sentence_start, sentence_end)
            or _words_of_noun(paragraph, span, sentence_start)
        ):
            kept.append(span)
    return kept


def _whole_paragraph(paragraph: Paragraph, span: Span) -> bool:
    """True when a paragraph is nothing but one closed quote: `“Our fears came true”`."""
    return (
        span.close is not None
        and paragraph.starts_with_quote(span)
        and not paragraph.text[span.close + 1 :].strip(" .")
    )


def drop_echoes(paragraphs: Sequence[Paragraph], kept: list[Sequence[Span]]) -> None:
    """Drop a pull quote: a paragraph of one quote whose words the next paragraph's quote repeats.

    `“Our fears came true”` above `Lee told the panel, “... Our fears came true.”` is a head
    set over the quote, not a second time the words were said.
    """
    for index in range(len(paragraphs) - 1):
        spans, following = kept[index], kept[index + 1]
        if len(spans) != 1 or not following or not _whole_paragraph(paragraphs[index], spans[0]):
            continue
        words = paragraphs[index].text[spans[0].start : spans[0].end].rstrip(".,!?").casefold()
        later = paragraphs[index + 1].text
        if words and any(words in later[s.start : s.end].casefold() for s in following):
            kept[index] = ()
