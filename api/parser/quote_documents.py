"""A document as a speaker: `the lead judgment said` quotes the judge who gave it.

`Giving the lead judgment, Lady Justice Miriam Carew-Ashby said ...` and later `“...,” the lead
judgment said`: the words are hers, as a statement's are its body's. So with a work and its
author: `A report by the X Commission said ...` and later `the report said` quote the body.
"""

from __future__ import annotations

import re
from typing import Final

# `X said in a statement`, `X wrote in an open letter`: who put out the document a later `the
# statement said` quotes (see Described._issuer); `an internal memo`, one no one is said to.
# (`The hospital said in an update ... the update said`, `said in a notice to growers ... the
# notice said`: a body's bulletin is its statement too)
# (`said in a report ... the report said`: an investigator's report is its statement too)
ISSUED_WORDS: Final = "statement memo letter email release update notice advisory bulletin report"
ISSUED_NOUNS: Final = frozenset(ISSUED_WORDS.split())
# `Giving the lead judgment, Lady Justice X said`, `In her ruling, Judge Y wrote`: a document
# someone gives, written before their name; `the lead judgment said` later quotes them.
_DOCUMENTS: Final = frozenset("judgment judgement ruling opinion".split())
_GIVING: Final = re.compile(
    r"\b(?:[Gg]iving|[Dd]elivering|[Ww]riting|[Rr]eading|[Ii]n) (?:the|a|her|his|their) "
    r"(?:[a-z]+ )?(judg(?:e)?ment|ruling|opinion), "
)
# `A report by the X`, `a new study from Y`: a work and its author, written before the name;
# `the report said` later quotes the author.
WORK_NOUNS: Final = "report|study|review|audit|survey|analysis"
_WORKS: Final = frozenset(WORK_NOUNS.split("|"))
_WORK_BY: Final = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir) (?:[a-z]+ )?("
    + WORK_NOUNS
    + r") (?:by|from) (?:the )?(?=[A-Z])"
)
# `The investigation, carried out by the law firm X, found ... the report said`: an inquiry
# whose findings `the report` gives, and who carried it out.
_INQUIRIES: Final = "investigation|inquiry|probe"
_INQUIRY_BY: Final = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir) (?:[a-z]+ )?(?:"
    + _INQUIRIES
    + r"),? (?:carried out |conducted |led )?by (?:the )?(?=[A-Z]|(?:[a-z]+ ){1,2}firm )"
)
# `the Chicago law firm Voss, Achterlonie and Kettleborough`, `the accounting firm Hallam, Ruiz
# & Brandt`: a firm named by its partners, commas and `and` inside its one name (a place's
# capital and up to two lowercase words before `firm`).
_NAME_PART: Final = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
_PARTNERS_FIRM: Final = re.compile(
    r"(?:[A-Z][\w'’-]* ){0,2}(?:[a-z]+ ){0,2}firm ("
    + _NAME_PART
    + r"(?:, "
    + _NAME_PART
    + r"){0,4},? (?:and|&) "
    + _NAME_PART
    + r")"
)
# At most this many characters between the document's comma and its giver's name (a title).
GIVER_GAP: Final = 40


def document_noun(head: str) -> bool:
    """`judgment`, `ruling`: a document a judge gives, which `the lead judgment said` quotes;
    `report`, `study`: a work whose author `the report said` quotes."""
    return head in _DOCUMENTS or head in _WORKS


def work_noun(head: str) -> bool:
    """`report`, `audit`: a work a body puts out (`judgment`: a judge's, not a work)."""
    return head in _WORKS


def document_givers(masked: str, head: str) -> list[int]:
    """Where the name after `Giving the lead judgment, ` (or `a report by the `) may start,
    for each such opening of a document of `head`'s kind in a paragraph's text."""
    if head[:5] not in masked:
        return []
    if head in _WORKS:
        found = [match.end() for match in _WORK_BY.finditer(masked) if match.group(1) == head]
        if head == "report" and "by " in masked:
            found += [match.end() for match in _INQUIRY_BY.finditer(masked)]
            found.sort()
        return found
    return [match.end() for match in _GIVING.finditer(masked) if match.group(1)[:5] == head[:5]]


def partners_firm(masked: str, at: int) -> str | None:
    """`Voss, Achterlonie and Kettleborough` of `Chicago law firm Voss, Achterlonie and
    Kettleborough, found` read from `at`: a firm's name of partners; None when none opens there."""
    match = _PARTNERS_FIRM.match(masked, at)
    return match.group(1) if match is not None else None
