"""The shape around a run of capitals that tells a person's name from a body's name.

Titles and places before a name (`envoy to Chile Ana Ruiz`), a body's noun before it (`the folk
trio Saltwick`), a plural verb after it (`Real Betis have`), a capital `The` inside a sentence,
two surnames (`José Manuel Ortega Villalba`), and bodies whose names hold `and`.
"""

from __future__ import annotations

import re

from api.parser.quote_names import occupation, particles, sentence_initial
from api.parser.quote_tokens import Token, word_key
from api.parser.quote_words import ORG_WORDS

# A title ends with a place or body before the name: "Secretary of Labor Ann Lee".
_PLACE_BEFORE = re.compile(r"([\w-]+)\.? (?:of|for|to) $")


def title_place_before(text: str, start: int) -> bool:
    """`envoy to Chile Ana Ruiz`: a title, then `to`/`of`/`for`, before the name's first word.

    `According to Siti Aminah Rahmawati` is no title: the word before `to` must be one.
    """
    match = _PLACE_BEFORE.search(text, max(0, start - 40), start)
    return bool(match) and occupation(match.group(1))


# A common noun for a body right before a name: "startup Zoomly Rides", "the label, Quarry Lane".
BODY_BEFORE = re.compile(
    r"\b(?:company|startup|firm|label|group|retailer|carrier|airline|band|trio|duo|quartet|bureau"
    r"|agency|regulator|broadcaster|newspaper|charity),? $"
)


# Endings of the nouns of titles and jobs: `Supervisor`, `Manager`, `President`, `Secretary`.
_AGENT_ENDS = ("er", "or", "ent", "ant", "ary", "ist", "ian", "ive")


_PLURAL_VERB = re.compile(r"\s+(?:have|are|were)\b")


def plural_subject(text: str, start: int, end: int) -> bool:
    """`Real Betis have signed`: one name with a plural verb is a club or band (British usage).

    Two people joined by `and` (`Ana and Kai Ode are`) are not.
    """
    return bool(_PLURAL_VERB.match(text, end)) and not text.endswith(" and ", 0, start)


def two_surnames(text: str, names: list[Token]) -> bool:
    """`forward José Manuel Ortega Villalba`: four plain name words, no `of`/`for`/`to` before.

    Spanish and Portuguese names carry two given names and two surnames; four words after
    `Director of` are a title's body and a name (`of Public Prosecution Ines Varga`).
    """
    if len(names) != 4 or particles(names):
        return False
    if any(occupation(t.text) or t.text.lower().endswith(_AGENT_ENDS) for t in names[:2]):
        return False  # "Township Supervisor Ray Ostrowski": a title's words end so
    return not text.endswith((" of ", " for ", " to "), 0, names[0].start)


def titled_with_the(text: str, run: list[Token]) -> bool:
    """`with The Chicago Defender`: a capital `The` inside a sentence opens a body's or work's name.

    A person's name never takes it (`The` opening a sentence is only the sentence's capital).
    """
    return len(run) > 2 and run[0].text == "The" and not sentence_initial(text, run[0])


# A lowercase noun after a name that makes the name a body's: "Commercial Workers union".
_BODY_AFTER = re.compile(r"\s+(?:union|group|association|council|committee|alliance|party)\b")


def one_body(masked: str, first_kind: str, first: str, second: str, second_end: int) -> bool:
    """`Department of Health` and `Social Care`, `Food` and `Commercial Workers union`: the
    evidence that two names joined by `and` are one body's (the first holds `of`/`for`, the
    second ends in a body's word, or a body's noun follows)."""
    if first_kind == "org" and not {"of", "for"}.isdisjoint(first.split()):
        return True
    return word_key(second.split()[-1]) in ORG_WORDS or bool(_BODY_AFTER.match(masked, second_end))
