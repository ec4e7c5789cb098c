"""A document as a speaker: `the lead judgment said` quotes the judge who gave it.

`Giving the lead judgment, Lady Justice Miriam Carew-Ashby said ...` and later `“...,” the lead
judgment said`: the words are hers, as a statement's are its body's. So with a work and its
author: `A report by the X Commission said ...` and later `the report said` quote the body.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache
from typing import Final

# `X said in a statement`, `X wrote in an open letter`: who put out the document a later `the
# statement said` quotes (see Described._issuer); `an internal memo`, one no one is said to.
# (`The hospital said in an update ... the update said`, `said in a notice to growers ... the
# notice said`: a body's bulletin is its statement too)
# (`said in a report ... the report said`: an investigator's report is its statement too)
# (`said in a note to clients ... the note said`; a study, a circular, a filing, an announcement
# too: a document speaks for its issuer, whatever its kind)
# (`issued a closure direction to the plant ... The direction said`: a regulator's direction or
# directive is its notice)
# (`had applied to raise fees, citing costs “...”, according to its application`: what a body
# files to ask for something speaks for it too)
ISSUED_WORDS: Final = (
    "statement memo letter email release update notice advisory bulletin report study note "
    "circular filing announcement direction directive application submission message alert"
)
ISSUED_NOUNS: Final = frozenset(ISSUED_WORDS.split())
# The papers a report is drawn from, which speak for no one: `according to inspection records`,
# `according to court documents`, `according to minutes of the meeting`.
# (`according to a copy of the decision seen by the Post`: a copy of anything is papers)
_RECORD_NOUNS: Final = frozenset(
    "records documents filings minutes papers files logs copy copies".split()
)
# The same words as a pattern's alternatives: `statement|memo|...`.
ISSUED_ALTERNATIVES: Final = ISSUED_WORDS.replace(" ", "|")
# `Giving the lead judgment, Lady Justice X said`, `In her ruling, Judge Y wrote`: a document
# someone gives, written before their name; `the lead judgment said` later quotes them.
_DOCUMENTS: Final = frozenset("judgment judgement ruling opinion".split())
# (`In a judgment published on Tuesday, Employment Judge X Y said`: a participle of the
# document's coming out and up to four words of when or where, before the comma)
_GIVEN_OUT: Final = (
    r"(?: (?:published|handed down|issued|released|delivered|given|sent)(?: [\w-]+){0,4})?"
)
_GIVING: Final = re.compile(
    r"\b(?:[Gg]iving|[Dd]elivering|[Ww]riting|[Rr]eading|[Ii]n) (?:the|a|her|his|their) "
    r"(?:[a-z]+ )?(judg(?:e)?ment|ruling|opinion)" + _GIVEN_OUT + r", "
)
# `A report by the X`, `a new study from Y`: a work and its author, written before the name;
# `the report said` later quotes the author.
WORK_NOUNS: Final = "report|study|review|audit|survey|analysis"
_WORKS: Final = frozenset(WORK_NOUNS.split("|"))
# (`A 2021 study commissioned from X Ltd`: a year, and the verb of the work's making, between;
# `The report, by X Y, said`: a comma)
# (`An audit report for 2024 seen by the Nation, prepared by X & Associates`: an aside before
# the comma and the verb of its making, which then says who made it, not the aside's `by`;
# `An engineering report by consultants X`: the maker's trade, in lower case, before the name)
_MADE: Final = r"(?:commissioned|prepared|carried out|conducted|written|produced|compiled) "
_WORK_BY: Final = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir) (?:[a-z0-9]+ )?("
    + WORK_NOUNS
    + r")(?:,? (?:"
    + _MADE
    + r")?| [^,.;:()\x00]{1,60}, "
    + _MADE
    + r")(?:by|from) (?:the )?(?:[a-z]+ ){0,2}(?=[A-Z])"
)
# `The investigation, carried out by the law firm X, found ... the report said`: an inquiry
# whose findings `the report` gives, and who carried it out.
# (`The inspection was carried out by X LLC`: an inspection's findings are its report too, and
# the passive says who made it as the appositive does)
_INQUIRIES: Final = "investigation|inquiry|probe|inspection|assessment|examination"
_INQUIRY_BY: Final = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir) (?:[a-z]+ )?(?:"
    + _INQUIRIES
    + r"),? (?:(?:was|were|had been) )?(?:carried out |conducted |led )?by (?:the )?"
    r"(?=[A-Z]|(?:[a-z]+ ){1,2}firm )"
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
    inquired = head == "report" and "by " in masked  # (an inquiry's report: no `report` said)
    if head[:5] not in masked and not inquired:
        return []
    if head in _WORKS:
        found = [match.end() for match in _WORK_BY.finditer(masked) if match.group(1) == head]
        if inquired:
            found += [match.end() for match in _INQUIRY_BY.finditer(masked)]
            found.sort()
        return found
    return [match.end() for match in _GIVING.finditer(masked) if match.group(1)[:5] == head[:5]]


def partners_firm(masked: str, at: int) -> str | None:
    """`Voss, Achterlonie and Kettleborough` of `Chicago law firm Voss, Achterlonie and
    Kettleborough, found` read from `at`: a firm's name of partners; None when none opens there."""
    match = _PARTNERS_FIRM.match(masked, at)
    return match.group(1) if match is not None else None


# The documents whose words a cue may give as their issuer's (see issued_documents): `the letter,
# seen by the Courier, said`.
_SPEAKING: Final = WORK_NOUNS + "|" + ISSUED_ALTERNATIVES
_SPEAKING_NOUNS: Final = frozenset(_SPEAKING.split("|"))
# A participle's aside after a document opening its clause, up to the cue's verb: `The letter,
# seen by the Courier, said`, `The notice, posted on the board's website Thursday, said`, `A
# notice ..., dated Oct 9, said` (group `aside` from its comma); a person's aside is not read so.
# (a body's long name and its addressee before it: `A letter from the Vell Competition and
# Consumer Commission (VCCC) to supermarket chains, seen by the Post, said`)
# (`The RFL’s decision, published on its website, said`: an owner's possessive before it, and a
# body's decision or a judge's judgment, which speak for who made them as a statement does)
_JUDGED: Final = "judg(?:e)?ment|ruling"  # (a judge's document, read as a body's decision is)
_RULED: Final = "decision|" + _JUDGED
# An aside between commas after a document's noun, before its verb: `The report, published on
# Monday, found` (_DOCUMENT_SUBJECT, _OPENING_DOCUMENT).
_NOUN_ASIDE: Final = r"(?:, [^,;:.]{1,80},)?"
_DOCUMENT_ASIDE: Final = re.compile(
    r"(?:^|[.;:!?] |, )(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir) (?:[\w'’-]+ ){0,2}?(?:"
    + _SPEAKING
    + "|"
    + _RULED
    + r")\b[^,;:.!?\x00]{0,120}?(?P<aside>, (?:seen|obtained|posted|pinned|taped|dated|signed|"
    r"sent|issued|published|released|circulated|addressed|shared|leaked|reviewed) "
    r"[^,;:()\x00]{1,60},\s*)$"
)
# A document a subject issued, in an aside between its commas, longer than a prepositional
# aside's usual reach: `The union, in a message to members on Tuesday night seen by the Post,
# said` (the subject the body; see document_aside).
_ISSUING_ASIDE: Final = re.compile(
    r"(?P<aside>, in (?:an?|its|their) (?:[\w-]+ ){0,2}?(?:"
    + _SPEAKING
    + r")\b[^,;:()\x00]{1,90},\s*)$"
)
# The participles of a document's coming out that both its issuer's name closes before
# (DOCUMENT_PARTICIPLES) and its author follows after `by` (_ISSUED_BY): `issued`, `sent`.
ISSUING_PARTICIPLES: Final = "published|issued|sent|signed|released|circulated|distributed"
# The participles that say where, when or how a document came out, not who wrote it: `A notice
# from the Vell Bureau published in newspapers on Sunday said`, `A letter from Tarn Water Ltd
# dated May 2`, `A circular from the VMA issued to pharmacies` (the name before them is the
# issuer's whole name; not `posted`, `pinned`: a document put up at a site has its own reading,
# see posted_at_site).
DOCUMENT_PARTICIPLES: Final = "dated|" + ISSUING_PARTICIPLES + "|seen|obtained"
# A document from a body's noun opening a subject: `A notice from the contractor taped to the
# doors` -> `A notice from the contractor` (the rest says where it was put, not who speaks);
# or from a body's name or acronym: `A letter from the NPWS to licence holders` -> `A letter
# from the NPWS`, `An email from Tarn Water Ltd to customers` (group `name`; the name closes the
# phrase or a preposition follows it: `A letter from Acme chief executive Ann Roe` is none; its
# acronym in brackets may stand between, group `acronym`: `A letter from the Vell Bureau (VB)
# to the council`).
_NAME_WORD: Final = r"[A-Z][\w&'’.-]*"
_DOCUMENT_FROM: Final = re.compile(
    r"(?:[Tt]he|[Aa]n?) (?:[\w-]+ ){0,2}?(?:"
    + _SPEAKING
    + r") from (?:the [a-z]+\b|(?:the )?(?P<name>"
    + _NAME_WORD
    + r"(?: (?:of |and |for |& )?"
    + _NAME_WORD
    + r"){0,5})(?P<acronym> \([A-Z]{2,}\))?(?=$|,| (?:to|on|in|at|about|over|"
    + DOCUMENT_PARTICIPLES
    + r")\b))"
)
# A document sent to its readers, opening a subject: `An email sent to members on Friday said`
# -> `An email` (the rest says to whom and when, not who speaks; see sent_document).
_DOCUMENT_SENT: Final = re.compile(
    r"(?:[Tt]he|[Aa]n?) (?:[a-z-]+ )?(?:"
    + ISSUED_ALTERNATIVES
    + r")(?= (?:sent|emailed|mailed|circulated|distributed|addressed) to\b)"
)
# A document put up somewhere, its owner's possessive in the same sentence: `found the gates of
# the firm's depot padlocked and a letter pinned to the fence`, `The notice, posted on the
# commission's website, said` (group 1 the document's noun).
_POSTED: Final = re.compile(
    r"\b(?:[Aa]n?|[Tt]he) (?:[a-z]+ )?("
    + _SPEAKING
    + r"),? (?:posted|pinned|taped|stuck|displayed|put up)\b"
)
# A document and its issuer's noun in a clause after it: `according to a notice the operator
# posted`, `the letter that the council sent to tenants` (group 1 the document's noun, a plural
# too, group 2 the issuer's noun; see clause_issued).
_ISSUER_CLAUSE: Final = re.compile(
    r"\b(?:[Aa]n?|[Tt]he) (?:[a-z-]+ ){0,2}?("
    + _SPEAKING
    + r")s? (?:that |which )?the ([a-z]+) (?:had |has )?"
    r"(?:posted|pinned|taped|issued|sent|served|published|put up|released|circulated)\b"
)
# A noun owning something, opening its phrase: `The factory’s managing director`.
OWNER_NOUN: Final = re.compile(r"\b[Tt]he ([a-z]+)['’]s ")
POSTED_REACH: Final = 200
# Someone writes to someone: `The Bank of X, which licenses lenders, wrote to Orbit`, `Ann Lee
# wrote to the council` issues a letter (the writer's name ends where ` wrote` starts, a relative
# clause between skipped); `the letter said` later is the writer's.
WROTE_TO: Final = re.compile(r" wrote to (?=\w)")
# ...and the document it wrote in, named in the clause after `wrote to`: `X Ltd wrote to its
# members in a circular last week` issues a circular (`the circular read` later is X's).
_WROTE_IN: Final = re.compile(
    r"[^.;:!?\x00]{0,60}? in (?:an?|its|their) (?:[a-z-]+ )?(" + ISSUED_ALTERNATIVES + r")\b"
)
_LETTER: Final = "letter"


def written_document(masked: str, end: int) -> str:
    """`circular` of `wrote to its members in a circular` read at `wrote to `'s `end`; the
    letter any writing to someone is when no document is named (`wrote to the council`)."""
    found = _WROTE_IN.match(masked, end)
    return found.group(1) if found is not None else _LETTER


# A relative clause set off by commas right before the issuing verb: `, which licenses lenders,`.
_RELATIVE_BEFORE: Final = re.compile(r", (?:which|who) [^,;:()\x00]{1,80},$")
_RELATIVE_REACH: Final = 90


def document_aside(head: str) -> int | None:
    """Where `, seen by the Courier, ` starts in `The letter, seen by the Courier, ` (the words
    before a cue's verb): a participle's aside after a document, or an aside naming the
    document the subject issued (`The union, in a message to members seen by the Post, `);
    None when none ends there."""
    if not head.endswith(", ") and not head.endswith(","):
        return None
    match = _DOCUMENT_ASIDE.search(head) or _ISSUING_ASIDE.search(head)
    return match.start("aside") if match is not None else None


# A document and who sent it, right before the participle that gives its words: `received
# letters last month from the X warning that`, `an email from Y saying` (up to four words of
# when or to whom between the noun and `from`).
_SENT_FROM: Final = re.compile(
    r"\b(?:" + ISSUED_ALTERNATIVES + r")s? (?:[\w$,-]+ ){0,4}from (?:the )?$"
)
_SENT_REACH: Final = 64


def sent_from(masked: str, name_start: int) -> bool:
    """`received letters last month from the X Association warning` (X at `name_start`) ->
    True: the body sent the document whose words a participle after its name gives;
    `residents from the X Estate, saying` (no document), `a letter to X` -> False."""
    return _SENT_FROM.search(masked, max(0, name_start - _SENT_REACH), name_start) is not None


# A document put out by a body, its issuer after `by` (group `issuer` at the issuer's start),
# then a verb of directing someone to do what the quote says: `A circular issued by the X's
# revenue wing on Friday directed field offices to clear “...”` (group `verb`; up to four words
# of the directed and the deed between the verb and the quote).
_DIRECTED: Final = re.compile(
    r"\b(?:[Aa]n?|[Tt]he) (?:[a-z-]+ )?(?:" + ISSUED_ALTERNATIVES + r")s? "
    r"(?:issued|sent|circulated|signed|published) by (?:the )?(?P<issuer>)[^.;\x00]{1,80}? "
    r"(?P<verb>directed|ordered|instructed|told|required|asked|urged) "
    r"(?:[\w-]+ ){1,4}to [a-z-]+ (?:[a-z-]+ )?\x00"
)


def directed_by_document(masked: str) -> list[tuple[int, int, int]]:
    """`A circular issued by the X on Friday directed field offices to clear “...”` -> [(where
    the issuer starts, the verb's start and end)]: the issuer's words the quote gives, though
    no verb of saying stands (`A report by X said` is a cue of its own; `The X directed offices
    to clear “...”`, no document, -> [])."""
    return [(m.start("issuer"), m.start("verb"), m.end("verb")) for m in _DIRECTED.finditer(masked)]


# A document on a body's own site, its owner by a noun's possessive: `A notice on the council's
# website`, `A statement on the club's Facebook page` (group `owner`, its noun).
_ON_OWNERS_SITE: Final = re.compile(
    r"(?:[Tt]he|[Aa]n?) (?:[a-z-]+ )?(?:"
    + _SPEAKING
    + r") (?:on|in) the (?P<owner>[a-z]+)['’]s (?:[A-Z]?[a-z]+ )?(?:website|site|page|portal|"
    r"noticeboard|account|feed)"
)


def site_document_owner(phrase: str) -> str | None:
    """`council` of `A notice on the council's website`: the noun of the body whose own site a
    subject's document was put on; None for any other phrase (`A notice on the website`, `A
    post on the mayor's page` gives `mayor`, which the caller reads as any noun)."""
    match = _ON_OWNERS_SITE.fullmatch(phrase)
    return match.group("owner") if match is not None else None


# A reporting verb and the subject of the clause it reports, a body's noun: `said the company`
# of `A memo sent to staff said the company "deeply regrets ..."` (group 1 the noun).
_REPORTED_NOUN: Final = re.compile(r"[a-z]+ (?:that )?the ([a-z]+) ")


def reported_noun(masked: str, verb_start: int) -> str | None:
    """`company` of `said the company “...”` read from the verb's start: the noun opening the
    clause a document's verb reports, whose words the document gives; None when a name, a
    pronoun or anything else follows (`said shops that ...`)."""
    match = _REPORTED_NOUN.match(masked, verb_start)
    return match.group(1) if match is not None else None


# A document's participle of authorship and its agent right after the document's noun: ` sent
# to pharmacies by the `, ` published on Monday by `, ` issued by the ` (the name after it is the
# author's; not `seen by`, `obtained by`: a newsroom that read it, see issued_by).
_ISSUED_BY: Final = re.compile(
    r"s? (?:"
    + ISSUING_PARTICIPLES
    + r"|written|drafted|prepared|compiled|posted)(?: [\w-]+){0,4}? by (?:the )?"
)


def issued_by(between: str) -> bool:
    """A passive document's agent names its author: `a notice sent to shops by the Tarn Board`
    (`between` the text from the document's noun to the name: ` sent to shops by the `); False
    for `a notice about the Tarn Board`, `a notice sent to the Tarn Board`, `a memo seen by the
    Vell Post` (who read it, not who wrote it)."""
    return _ISSUED_BY.fullmatch(between) is not None


def document_from(phrase: str) -> str | None:
    """`A notice from the contractor` of `A notice from the contractor taped to the doors`: the
    opening that says whose document speaks; None when the phrase opens otherwise."""
    match = _DOCUMENT_FROM.match(phrase)
    if match is None:
        return None
    # (`A letter from the Vell Bureau (VB)`: the opening without the acronym's brackets)
    return match.group(0) if match.group("acronym") is None else phrase[: match.start("acronym")]


def sent_document(phrase: str) -> str | None:
    """`An email` of `An email sent to members on Friday morning`: the document opening a
    subject whose participle says to whom it went; None when the phrase opens otherwise."""
    match = _DOCUMENT_SENT.match(phrase)
    return match.group(0) if match is not None else None


def document_from_name(phrase: str) -> str | None:
    """`NPWS` of `A letter from the NPWS`, `Tarn Water Ltd` of `An email from Tarn Water Ltd`:
    the name of the body a whole phrase says the document came from; None for a body's noun
    (`A notice from the contractor`) or any other phrase."""
    match = _DOCUMENT_FROM.fullmatch(phrase)
    return match.group("name") if match is not None else None


def issued_document_noun(words: list[str]) -> str | None:
    """`bulletin` of `the flood bulletin` (and of `the bulletin`): an issued document's noun
    closing a cue's subject of `the`, at most one lower-case word of its kind between, whose
    issuer the paragraph says; None for `the TIA bulletin`, `the report's author`, `a notice`."""
    if len(words) not in (2, 3) or words[0].lower() != "the" or words[-1] not in ISSUED_NOUNS:
        return None
    if len(words) == 3 and not (words[1].isalpha() and words[1].islower()):
        return None  # (`the TIA bulletin`, `the union's statement`: a name's or an owner's)
    return words[-1]


# What a body or a judge decides, which speaks for them when their possessive names it: `the
# RFL's decision said`, `the tribunal's ruling said` (see possessive_issued).
RULED_NOUNS: Final = frozenset(_RULED.replace("(?:e)?", "").split("|")) | {"judgement"}
# The most lower-case words between an owner's possessive and the document it issued: `the
# TIA's first information report`, `Tarn Water's annual report` (a kind's words, not a clause).
OWNED_MODIFIERS: Final = 2


def possessive_issued(words: list[str]) -> bool:
    """`the TIA's first information report` -> True: an issued document's noun closing the
    words, its owner's possessive right before it or before at most OWNED_MODIFIERS lower-case
    words of its kind; `the report's first page`, `the TIA's officers` -> False."""
    if len(words) < 2 or (words[-1] not in ISSUED_NOUNS and words[-1] not in RULED_NOUNS):
        return False
    for k in range(len(words) - 2, max(-1, len(words) - 3 - OWNED_MODIFIERS), -1):
        word = words[k]
        if word.endswith(("'s", "’s")):
            return True
        if not word.islower() or not word.replace("-", "").isalpha():
            return False  # (`the TIA's 2024 report`, `X's, report`: not a kind's words)
    return False


# Where a document's sender follows its noun: `A circular from the authority` (a plural's too:
# `letters from the council`, the document's noun read with its `s`).
_FROM_THE: Final = " from the "


def document_sender_noun(masked: str, end: int) -> str | None:
    """`authority` of `A circular from the authority sent to butchers said` read from the end of
    `A circular`: the lower-case noun of the body the document came from, right after it; None
    for a name (`from the GLDA`), a possessive (`from the authority's lawyers`) or none."""
    if not masked.startswith(_FROM_THE, end):
        return None
    return sender_noun(masked, end + len(_FROM_THE))


def posted_documents(masked: str) -> list[tuple[int, str, str]]:
    """`a letter pinned to the fence` in a sentence that names `the firm's depot`: where the
    document's words start, its noun, and the owner's noun (`firm`), for each document put up
    in a sentence holding one body's possessive (`the <noun>'s`); the noun is not checked here."""
    found = []
    for match in _POSTED.finditer(masked):
        # (the sentence, at most POSTED_REACH characters either side: a long one stays linear)
        lo = max(0, match.start() - POSTED_REACH)
        start = max(masked.rfind(". ", lo, match.start()), lo)
        hi = min(len(masked), match.end() + POSTED_REACH)
        end = masked.find(". ", match.end(), hi)
        owners = OWNER_NOUN.findall(masked, start, end if end >= 0 else hi)
        if len(owners) == 1:
            found.append((match.start(), match.group(1), owners[0]))
    return found


def clause_issued(masked: str) -> list[tuple[int, str, str]]:
    """`a notice the operator posted` -> (where the document starts, `notice`, `operator`): each
    document whose issuer a clause right after it names by a noun (not checked here)."""
    return [(m.start(), m.group(1), m.group(2)) for m in _ISSUER_CLAUSE.finditer(masked)]


# A document a body is served with, its issuer named by a noun after `by` in the sentence: `X
# Ltd was served with a revocation notice on Friday following an inspection by the local
# authority's officers` (group 1 the document's noun; the one served is no issuer).
_RECEIVED: Final = re.compile(
    r"\b(?:was|were|been|being) (?:served|issued|handed|sent) with an? (?:[a-z-]+ ){0,3}?("
    + _SPEAKING
    + r")\b"
)
_BY_BODY_NOUN: Final = re.compile(r"\bby the ([a-z]+)(?: ([a-z]+))?\b")


def received_documents(masked: str, nouns: Container[str]) -> list[tuple[int, str, str]]:
    """`X Ltd was served with a notice ... by the local authority's officers` -> (where the
    document's words start, `notice`, `local authority`): each document a passive says someone
    was served with, and the body's noun (of `nouns`) after `by the` later in its sentence,
    with the one word of its kind before it if any; none when no such `by` follows."""
    found = []
    for match in _RECEIVED.finditer(masked):
        end = masked.find(". ", match.end(), match.end() + POSTED_REACH)
        by = _BY_BODY_NOUN.search(
            masked, match.end(), end if end >= 0 else match.end() + POSTED_REACH
        )
        if by is None:
            continue
        # (`by the authority on Monday`; `by the local authority's officers`, its word kept)
        if by.group(1) in nouns:
            found.append((match.start(), match.group(1), by.group(1)))
        elif by.group(2) is not None and by.group(2) in nouns:
            found.append((match.start(), match.group(1), by.group(1) + " " + by.group(2)))
    return found


def before_relative(masked: str, at: int) -> int:
    """Where `, which licenses lenders,` starts before ` wrote to` at `at` (the issuer's name
    ends there); `at` itself when no relative clause ends there."""
    if masked[at - 1 : at] != ",":
        return at
    match = _RELATIVE_BEFORE.search(masked, max(0, at - _RELATIVE_REACH), at)
    return match.start() if match is not None else at


def role_owned_document(words: list[str]) -> str | None:
    """`statement` of `The owner's statement`: a document its owner's role noun names (lower
    case, a possessive), which speaks as the one who issued such a document before; None for
    any other phrase (`the union's statement`, a body's noun, is read by its noun first)."""
    if len(words) != 3 or words[0].lower() != "the" or words[2] not in _SPEAKING_NOUNS:
        return None
    owner = words[1]
    return words[2] if owner.islower() and owner.endswith(("'s", "’s")) else None


def its_document(words: list[str]) -> bool:
    """`its report` (`according to its report, which called ...`): a document of the body the
    sentence is about."""
    return len(words) == 2 and words[0].lower() == "its" and words[1] in _SPEAKING_NOUNS


# A document's present-tense verbs of what it says, the singular's and the plural's (`The audit
# states that “...”`, `the minutes note that “...”`, `the reports find that “...”`): a cue only
# after a document's noun of the verb's number (see document_cue), not reporting verbs for anyone
# (`the United States`, `Acme Records`, `he finds it hard`, `the report record`).
_SINGULAR_CUE_VERBS: Final = frozenset("states records finds stipulates specifies".split())
_PLURAL_CUE_VERBS: Final = frozenset("state record note find stipulate specify".split())
DOCUMENT_CUE_VERBS: Final = _SINGULAR_CUE_VERBS | _PLURAL_CUE_VERBS
# `The audit`, `the annual report`, `the council's minutes` right before such a verb (a word or
# two between the determiner and the noun; `minutes` are a meeting's record), and its number.
_DOCUMENT_OWNER: Final = r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w-]*['’]s) (?:[\w'’-]+ ){0,2}"
_DOCUMENT_SUBJECT: Final = re.compile(
    _DOCUMENT_OWNER + r"(?:" + _SPEAKING + r"|" + _JUDGED + r")" + _NOUN_ASIDE + r" $"
)
_DOCUMENTS_SUBJECT: Final = re.compile(
    _DOCUMENT_OWNER
    + r"(?:(?:"
    + _SPEAKING
    + r"|"
    + _JUDGED
    + r")s|studies|analyses|minutes)"
    + _NOUN_ASIDE
    + r" $"
)
_DOCUMENT_SUBJECT_REACH: Final = 140  # (determiner, two words, noun, an aside between commas)


def document_cue(masked: str, start: int) -> bool:
    """`The audit states that “...”`, `The reports find that “...”`: a document's verb
    (DOCUMENT_CUE_VERBS) at `start` right after a document's noun of its number as its subject
    is a cue; `the United States said`, `Tom Hale finds it hard`, `The audit record shows` (a
    noun, `record`, after a singular noun) are none."""
    if not masked.endswith(" ", 0, start):
        return False
    lo = max(0, start - _DOCUMENT_SUBJECT_REACH)
    plural = masked.startswith(tuple(_PLURAL_CUE_VERBS), start) and not masked.startswith(
        tuple(_SINGULAR_CUE_VERBS), start
    )
    subject = _DOCUMENTS_SUBJECT if plural else _DOCUMENT_SUBJECT
    return subject.search(masked, lo, start) is not None


# A document's own verbs: `“...,” it reads` makes `it` a document, which speaks for its issuer.
_DOCUMENT_VERBS: Final = frozenset("reads read states".split())
# `it said in a notice`: the document the verb's subject put out, right after the verb.
_IN_DOCUMENT: Final = re.compile(r" in (?:a|an|its) (?:[a-z]+ )?(?:" + _SPEAKING + r")\b")
# The noun opening a sentence: `The notice, seen by the paper, gives`, `The centre, meanwhile,
# said` (`it` in the sentence after is that noun's thing).
_OPENING_NOUN: Final = re.compile(r"\s*[Tt]he ([a-z]+)\b")
OPENING_REACH: Final = 40  # (the characters of a sentence's opening that _OPENING_NOUN reads)


def it_reads(masked: str, verb: tuple[int, int]) -> bool:
    """`reads` of `“...,” it reads`: a document's own verb (`said` is anyone's)."""
    return masked[verb[0] : verb[1]] in _DOCUMENT_VERBS


# A document opening a sentence as its subject: `The judgment said`, `The report, published on
# Monday, found` (group 1 its noun: one that speaks for its issuer, or a judge's document).
# (its verb one of saying or finding, an aside between commas allowed: `The letter arrived on
# a Friday. It told staff ...` is no document speaking)
_OPENING_DOCUMENT: Final = re.compile(
    r"\s*[Tt]he (" + _SPEAKING + "|" + _JUDGED + r")" + _NOUN_ASIDE + " "
    r"(?:said|says|found|finds|stated|states|noted|notes|concluded|warned|added|ruled|reads|read)\b"
)


def opening_document(before: str) -> str | None:
    """`the judgment` of `The judgment said ... .` before `It said ...`: the sentence before a
    pronoun's opens with a document as the subject of a verb of saying or finding, so `it` is
    that document, which speaks for whoever issued it (`The company said ... . It said`, `The
    report's author said`, `The letter arrived on a Friday. It told ...`: None)."""
    match = _OPENING_DOCUMENT.match(before)
    return "the " + match.group(1) if match is not None else None


# A sentence in which a body puts a document out, though it names it otherwise: `The X Ministry
# on Monday issued a warning`, `extended a warning against eating mussels`, `posted a notice`.
# (the document's noun after a determiner and up to two words of its kind, `a health warning`,
# `the boil-water notices`: not an idiom's bare noun, `until further notice`, `without warning`,
# `at short notice`, `out of order`, `in order to`, `took no notice`)
_NO_KIND: Final = r"(?:in|of|on|at|to|for|by|with|without|until|under|out|and|or)"
_PUTS_OUT: Final = re.compile(
    r"\b(?:issued|extended|renewed|published|released|put out|sent out|posted)\b"
    r"|\b(?:an?|the|its|their|his|her|this|these|new) (?:(?!" + _NO_KIND + r" )[\w-]+ ){0,2}?"
    r"(?:warning|alert|advisory|notice|bulletin|order|guidance)s?\b"
)


def puts_out_document(masked: str, start: int, end: int) -> bool:
    """`The X Ministry on Monday issued a warning about raw milk.` (the sentence from `start` to
    `end`) -> True: the body it opens with puts out a document, which a later `the advisory
    said` may be; `X Ltd closed its shops on Sunday.` -> False (no document: the notice that
    follows is no one's said)."""
    return _PUTS_OUT.search(masked, start, end) is not None


def it_antecedent(masked: str, verb: tuple[int, int], before: str) -> str | None:
    """What `it` before the verb at `verb` (its start and end in `masked`) stands for, read from
    the sentence `before` it: `the notice` of `The notice, seen by the paper, gives ...` for
    `“...,” it reads` (a document's verb); `the centre` of `The centre, meanwhile, said ...` for
    `“...,” it said in a notice` (who puts out a document); None otherwise."""
    opening = _OPENING_NOUN.match(before)
    if opening is None:
        return None
    noun = opening.group(1)
    if it_reads(masked, verb):
        return "the " + noun if noun in _SPEAKING_NOUNS else None
    if noun in _SPEAKING_NOUNS or _IN_DOCUMENT.match(masked, verb[1]) is None:
        return None
    return "the " + noun


# A document put up at a site, opening its sentence, with no issuer said: `A notice at the
# Vell depot said`, `A note posted in the lobby said` (the body that runs the site, named just
# before, put it up; see Described._site_owner).
# The verbs of putting a document up somewhere: `A letter pinned to the door`.
_PUT_UP_VERBS: Final = ("posted", "pinned", "taped", "stuck", "pasted", "nailed", "put up")
_AT_SITE: Final = re.compile(
    r"\s*An? (?:notice|note|sign|letter|poster)\b,? "
    r"(?:(?:" + "|".join((*_PUT_UP_VERBS, "displayed")) + r") )?"
    r"(?:at|in|on|outside|inside) the (?:[A-Z][\w'’-]* ){0,2}(?:depot|lobby|office|offices|station|"
    r"branch|store|shop|plant|terminal|headquarters|garage|yard|premises|site|entrance|gates?|"
    r"doors?|reception|counter|window|building|factory|warehouse)\b"
)


# A document put up somewhere opening a sentence, no issuer said: `The notices, taped to hulls
# on Friday, give owners 90 days`, `A letter pinned to the door warned` (group 1 its noun; a
# later `the notice said` is the body named just before, see Described._put_up_owner).
_PUT_UP: Final = re.compile(
    r"(?:^|(?<=[.!?] ))(?:[Tt]he|An?) (?:[a-z-]+ ){0,2}?("
    + _SPEAKING
    + r")s?,? (?:"
    + "|".join(_PUT_UP_VERBS)
    + r")\b"
)


@lru_cache(maxsize=64)
def put_up_documents(masked: str) -> tuple[tuple[int, str], ...]:
    """`The notices, taped to hulls, give ...` -> ((0, `notice`),): where each sentence opening
    with a document put up somewhere starts, and the document's noun, in text order (found once
    per paragraph, so many `the notice said` in one stay linear)."""
    if not any(verb in masked for verb in _PUT_UP_VERBS):
        return ()  # (most paragraphs)
    return tuple((m.start(), m.group(1)) for m in _PUT_UP.finditer(masked))


def posted_at_site(masked: str, start: int, end: int) -> bool:
    """`A notice at the Vell depot said ...` read from the sentence's `start` (to its `end`)
    -> True; `A notice from the council said`, `A note said` -> False: a document put up at a
    site, whose sentence says no issuer."""
    return _AT_SITE.match(masked, start, end) is not None


def record_source(phrase: str) -> bool:
    """`inspection records reviewed by the Post`, `a report seen by the Post` -> True: the
    phrase after a closing `according to` names papers (records, a document or a work), not
    who spoke; `its secretary, X` -> False."""
    for word in phrase.lower().split(" ", 3)[:3]:
        noun = word.strip(",.")
        single = noun[:-1] if noun.endswith("s") else noun
        if noun in _RECORD_NOUNS or single in ISSUED_NOUNS or document_noun(single):
            return True
    return False


# One told in a document from a sender, the verb passive: `was told in a letter from X Ltd that`,
# `were told in an email from the X Trust` (the sender's name where the match ends).
_TOLD_IN_FROM: Final = re.compile(
    r" in (?:an?|the) (?:[a-z-]+ )?(?:" + ISSUED_ALTERNATIVES + r") from (?:the )?"
)
_PASSIVE_BEFORE: Final = re.compile(r"\b(?:was|were|been|being|is|are) (?:[a-z]+ly )?$")
_PASSIVE_REACH: Final = 24


# A body's lower-case noun where a sender's name would start: `company` of `was told in an email
# from the company that` (no possessive: `from the company's lawyer` is the lawyer's).
# A hyphened noun is read whole (`start-up`, one of ORG_ANAPHORS), not up to its hyphen; two
# hyphens at most, so a run of them costs a cue nothing.
_SENDER_NOUN: Final = re.compile(r"([a-z]+(?:-[a-z]+){0,2})(?![\w'’-])")


def sender_noun(masked: str, at: int) -> str | None:
    """`company` of `... in an email from the company that ...` read at told_in_document_from's
    answer: the lower-case noun the sender is called by; None for a name or a possessive."""
    match = _SENDER_NOUN.match(masked, at)
    return match.group(1) if match is not None else None


def told_in_document_from(masked: str, start: int, end: int) -> int | None:
    """`The tenants were told in a letter from X Ltd that ...` read at `told` (`start`, `end`)
    -> where X starts: the sender of the document a passive verb's subject was told in speaks;
    None when the verb is not passive or no such document follows it."""
    if not masked.startswith(" in ", end):
        return None  # (most verbs: no document right after them)
    if _PASSIVE_BEFORE.search(masked, max(0, start - _PASSIVE_REACH), start) is None:
        return None
    found = _TOLD_IN_FROM.match(masked, end)
    return found.end() if found is not None else None
