"""Someone brought in unnamed (`A 24-year-old woman, who asked ..., said`, `A buyer, who spoke
on condition of anonymity, said`), whom a later `she` or `he` stands for: no one to name, not
the person of that sex named before."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from api.parser.quote_clauses import Clause
from api.parser.quote_context import Paragraph
from api.parser.quote_roles import head_noun, titled
from api.parser.quote_spans import MASK
from api.parser.quote_words import FEMALE_WORDS, HONORIFICS, MALE_WORDS, SPOKES_PATTERN

_INDEFINITES: Final = frozenset({"a", "an", "one", "another"})
# A sex's nouns for an unnamed person, a spokesperson's aside: `a spokeswoman` speaks for a body.
_SEXED_NOUNS: Final = {
    **{word: "m" for word in MALE_WORDS if not word.startswith("spokes")},
    **{word: "f" for word in FEMALE_WORDS if not word.startswith("spokes")},
}
# The sex of an unnamed person whose noun has none (`a student`): a later `he` or `she` gives it.
ANY_SEX: Final = "?"
# Nouns for someone met in the news who hold no job word (the job words are `titled`'s):
# `A buyer for one of the merchants said`, `One villager said`.
PERSON_NOUNS: Final = frozenset(
    """
    buyer seller bystander onlooker passer-by passerby villager local parent motorist driver
    employee staffer tenant patient visitor guest caller pupil relative mourner protester
    protestor demonstrator eyewitness person
    """.split()
)
# Words that open a sentence before its subject: `However, a second-year student said`.
_OPENERS: Final = re.compile(r"(?:(?:however|but|and|meanwhile|still|yet|elsewhere),?\s+)?", re.I)
# An aside that withholds the person's name (`, who spoke on condition of anonymity,`, `, who
# declined to be named,`, `who spoke on the condition that her name not be used`): whatever
# the noun, an unnamed person.
_ANONYMOUS: Final = re.compile(
    r"\b(?:anonymity|(?:not|declined|refused|wished not|(?:did|does) not (?:want|wish))"
    r" to be (?:named|identified)"
    r"|name (?:be )?withheld|(?:give|gave) (?:only )?(?:his|her|their) (?:first )?name"
    # `on the condition that her name not be used`, `asked that his name not be published`
    r"|(?:his|her|their) (?:full |last )?names? (?:(?:would |should |will )?not (?:be )?"
    r"(?:used|published|printed|disclosed|given|revealed|reported)))\b",
    re.I,
)
# The longest lead read before a verb for an unnamed subject (`One resident, a retired miner who
# spoke with <station> from his wheelchair, said`): a bounded read per clause keeps time linear.
_LEAD_CHARS: Final = 240
UNNAMED_CLAUSES: Final = 3  # the latest clauses of a paragraph read for an unnamed subject


def withheld(paragraph: Paragraph, clause: Clause) -> bool:
    """`The estate's manager, who declined to be named, said`: an aside that withholds the
    name stands between a described subject and its verb, so the description names no one
    (not the person it would otherwise point back to). Not a body's spokesperson's (`A
    spokesperson for the ministry, who declined to be named, said`: the body speaks)."""
    lead = max(clause.start, clause.verb_start - _LEAD_CHARS)
    if _ANONYMOUS.search(paragraph.masked, lead, clause.verb_start) is None:
        return False
    return not (clause.phrase and _SPOKES_FOR.match(clause.phrase))


# A body's spokesperson opening a subject: `A spokesperson for Vell's Ministry of Mines`.
_SPOKES_FOR: Final = re.compile(rf"(?:[Aa]n?|[Tt]he) {SPOKES_PATTERN} for ")


def unnamed_sex(phrase: str) -> str | None:
    """`A year-old Indonesian woman` -> `f`, `An elderly man` -> `m`, `a law student`, `One
    resident, a retired miner` -> ANY_SEX; `The woman`, `a spokeswoman`, `A report` -> None (no
    one unnamed, someone named before, a body's voice, or no person)."""
    noun = phrase.split(",", 1)[0]
    words = noun.lower().split()
    if len(words) < 2 or words[0] not in _INDEFINITES:
        return None
    head = head_noun(noun)
    sex = _SEXED_NOUNS.get(head)
    if sex is not None:
        return sex
    if head.startswith("spokes") or head in HONORIFICS:
        return None
    return ANY_SEX if head in PERSON_NOUNS or titled(head) else None


_WHO: Final = re.compile(r"\bwho(?:m)?\s")
# `, one skipper who ...`: the subject after a fronted phrase's comma, opening on `a`/`one`.
_AFTER_FRONTED: Final = re.compile(r",\s+(?=(?:[Aa]n?|[Oo]ne|[Aa]nother)\s)")


def fronted_subject(lead: str) -> str:
    """`At the harbour, where the berth lies empty, one skipper who fished there` -> `one
    skipper who fished there`: the lead after the last comma an indefinite subject follows; ``
    when none does."""
    ends = [found.end() for found in _AFTER_FRONTED.finditer(lead)]
    return lead[ends[-1] :] if ends else ""


def pronoun_in_aside(paragraph: Paragraph, clause: Clause) -> bool:
    """`A supplier, who asked not to be named because he is owed money, said`: the clause's
    pronoun stands inside the aside that withholds a name (see withheld), so it is no subject:
    the unnamed person opening the sentence is."""
    subject = clause.subject
    if subject is None or subject.kind != "pronoun":
        return False
    masked = paragraph.masked
    if not masked[subject.end : clause.verb_start].rstrip().endswith(","):
        return False  # (the aside closes with a comma before the verb)
    lead = max(paragraph.sentence(clause.verb_start)[0], clause.verb_start - _LEAD_CHARS)
    return _ANONYMOUS.search(masked, lead, subject.start) is not None


def _opening_subject(paragraph: Paragraph, verb_start: int) -> tuple[str | None, int]:
    """The sex of an unnamed person opening the sentence of a verb whose subject the clauses
    left unread (`A man who lives nearby said`, `One resident, a retired miner who spoke with
    WKLR, said`, `A buyer, who spoke on condition of anonymity, said`), None if none; and where
    the sentence starts (a name in its lead, `A resident, retired pilot X, said`, is named)."""
    masked = paragraph.masked
    start = paragraph.sentence(verb_start)[0]
    opener = _OPENERS.match(masked, start)
    lead = masked[opener.end() if opener else start : verb_start]
    if len(lead) > _LEAD_CHARS:
        return None, start  # (a subject this far from its verb is no opening's)
    sex = unnamed_sex(lead) or unnamed_sex(fronted_subject(lead))
    if sex is None:
        # (`A buyer for the merchants, who spoke on condition of anonymity,`, `The estate's
        # manager, who declined to be named,`: any noun, any article; a name in the lead
        # would have been the clause's subject)
        if _ANONYMOUS.search(lead):
            return ANY_SEX, start
        return _withheld_in_relative(masked, lead, verb_start), start
    if sex == ANY_SEX:
        # (`A driver who asked not to be named for fear of losing his job`: his)
        return _withheld_in_relative(masked, lead, verb_start) or sex, start
    return sex, start


# A lead that ends in a relative pronoun: the verb after it is the relative clause's own, whose
# first words are read for a withheld name (`asked that his name be withheld` and shorter).
_RELATIVE_END: Final = re.compile(r"\bwho\s+$")
_RELATIVE_REACH: Final = 40
# The relative clause's own possessive or pronoun after the withheld name, up to its comma or
# verb: `who asked not to be named for fear of losing his job,`.
_OWN_PRONOUN: Final = re.compile(r"[^,;.]*?\b(his|her|he|she)\b")
_PRONOUN_SEX: Final = {"his": "m", "he": "m", "her": "f", "she": "f"}


def _withheld_in_relative(masked: str, lead: str, verb_start: int) -> str | None:
    """`A lifeguard who asked not to be named said` (the clause's verb `asked` right after
    `who`): the relative clause it opens withholds the name (in its first _RELATIVE_REACH
    after the verb): the sex its own pronoun gives (`for fear of losing his job`), else
    ANY_SEX; None when it withholds nothing (`A lifeguard who asked for a rota said`)."""
    if _RELATIVE_END.search(lead) is None:
        return None
    withheld = _ANONYMOUS.search(masked, verb_start, verb_start + _RELATIVE_REACH)
    if withheld is None:
        return None
    own = _OWN_PRONOUN.match(masked, withheld.end(), withheld.end() + _RELATIVE_REACH)
    return _PRONOUN_SEX[own.group(1)] if own is not None else ANY_SEX


# The words read after an indefinite article for a sex's noun: `A young Kenyan woman`.
_OPENING_WORDS: Final = 4
_OWNER_ENDS: Final = ("'s", "’s")


def sexed_opening(text: str) -> str | None:
    """`A woman who lost her sister spoke briefly.` -> `f`; `An elderly man, 80, wept` -> `m`;
    `A man's body was found`, `A report said`, `The woman said` -> None: the sex of an unnamed
    person opening a sentence with an indefinite noun of a sex (within _OPENING_WORDS words,
    before a comma or a possessive)."""
    words = text.split(None, _OPENING_WORDS + 1)
    if len(words) < 2 or words[0].lower() not in _INDEFINITES:
        return None
    for word in words[1 : _OPENING_WORDS + 1]:
        bare = word.rstrip(",")
        if bare.endswith(_OWNER_ENDS):
            return None  # `A man's body`: the sentence is about something of his
        sex = _SEXED_NOUNS.get(bare.lower())
        if sex is not None or bare != word:
            return sex
    return None


def _unnamed_sentence_at(paragraph: Paragraph, end: int, sex: str) -> int:
    """Where the latest sentence before `end` (of the UNNAMED_CLAUSES latest) opening on an
    unnamed person of `sex` starts, whatever its verb (sexed_opening); -1 when none."""
    masked = paragraph.masked
    bounds = paragraph.bounds
    k = bisect_left(bounds, (end,))
    for start, stop in reversed(bounds[max(0, k - UNNAMED_CLAUSES) : k]):
        lead = masked[start : min(stop, start + _LEAD_CHARS)].lstrip()
        opener = _OPENERS.match(lead)
        if sexed_opening(lead[opener.end() if opener else 0 :]) == sex:
            return start
    return -1


def unnamed_subject_at(paragraph: Paragraph, end: int, sex: str) -> int:
    """Where the latest clause before `end` whose subject is an unnamed person who may be of
    `sex` starts (among the UNNAMED_CLAUSES latest); -1 when none."""
    k = bisect_left(paragraph.verbs, end)
    for clause in reversed(paragraph.clauses[max(0, k - UNNAMED_CLAUSES) : k]):
        if clause.subject is not None and clause.subject.kind in ("person", "single"):
            return -1  # `A shopper, who asked to be identified only as Jo, said`: named
        found, start = None, clause.start
        if clause.phrase:
            found = unnamed_sex(clause.phrase)
        if found is None and (clause.subject is None or pronoun_in_aside(paragraph, clause)):
            found, opening = _opening_subject(paragraph, clause.verb_start)
            start = min(start, opening)
        if found in (sex, ANY_SEX):
            # (from its verb when the lead holds a relative clause: a name in it, `one skipper
            # who fished alongside X said`, is the description's, no one named since; a name
            # in apposition, `A resident, retired pilot X, said`, names the subject)
            relative = _WHO.search(paragraph.masked, start, clause.verb_start)
            return clause.verb_start if relative is not None else start
    return _unnamed_sentence_at(paragraph, end, sex)


# The words a phrase of place or time opens on: the prepositions of place and time (`After the
# vote`, `Under the bridge`, `Along the quay`), the adverbs (`Later`, `Back at the camp`) and
# the measures of time (`Minutes later`, `Last week`, `This morning`).
_FRONTED_OPENERS: Final = (
    "After|Before|Outside|Inside|At|In|On|During|Near|Behind|Across|Beside|Around|Along|Among|"
    "Amid|Above|Below|Beneath|Beyond|Under|Over|Through|Throughout|Within|By|Past|Since|Until|"
    "Upon|Opposite|Towards?|Later|Earlier|Afterwards|Elsewhere|Nearby|Meanwhile|Back|Down|Up|"
    "Out|Once|Soon|Then|Overnight|Yesterday|Today|Tonight|Last|This|Next|Moments|Seconds|"
    "Minutes|Hours|Days|Weeks|Months|Years"
)
# A sentence opening on a phrase of place or time (`After the vote,`, `Outside the civic
# offices,`) before an indefinite subject: the comma closes that phrase, no name the noun is
# set beside (no capital inside it: `Later Ben Ode, a pensioner,` is a name's apposition).
_FRONTED_INDEFINITE: Final = re.compile(
    r"(?:^|(?<=[.!?] ))(?:" + _FRONTED_OPENERS + r")\b[^,.;:!?\"“‘A-Z]{0,80}, "
    r"(?:[Aa]n?|[Aa]nother|[Oo]ne) "
)


def fronted_indefinites(masked: str) -> list[int]:
    """`After the vote, a grandmother who ... stood there` -> [where `grandmother` starts]: an
    indefinite article after a sentence's opening phrase of place or time, the noun it brings
    in the sentence's subject (someone unnamed, as `A grandmother ... said` would be), not a
    name's apposition (`Jo Roe, a grandmother,`: a name before the comma)."""
    return [found.end() for found in _FRONTED_INDEFINITE.finditer(masked)]


# An unnamed subject opening a sentence, read up to the aside that withholds the name: an
# indefinite article and lower-case words (`A rock drill operator who was underground when the
# event happened, and who`); a capital inside names someone or a body (`A neighbour of X`).
_UNNAMED_LEAD: Final = re.compile(r"(?:[Aa]n?|One|Another) [a-z][^A-Z.!?\"“‘]*")
_WITHHELD_REACH: Final = 2  # the anonymous asides read per paragraph, latest first
WITHHELD_CHARS: Final = 600  # how far back from the cue (or a paragraph's end) they are read


def withheld_unnamed(paragraph: Paragraph, end: int) -> bool:
    """`A rock drill operator who ..., and who asked not to be named, said` before `end` ->
    True: a sentence opening on someone brought in unnamed, their name withheld on purpose,
    whom a later description by another noun of the same person (`the miner said`) stands
    for, their words quoted in that sentence. A body's spokesperson (`A spokesperson for the
    ministry, who declined to be named,`: the body's voice), a capital before the aside (`A
    neighbour of Jo Roe`) or no words quoted -> False."""
    masked = paragraph.masked
    # (the asides of the last WITHHELD_CHARS characters: a bounded read per cue)
    asides = list(_ANONYMOUS.finditer(masked, max(0, end - WITHHELD_CHARS), end))
    asides = asides[-_WITHHELD_REACH:]
    for aside in reversed(asides):
        k = bisect_left(paragraph.sentence_starts, aside.start() + 1) - 1
        start = paragraph.sentence_starts[k] if k >= 0 else 0
        lead = masked[start : aside.start()]
        if _UNNAMED_LEAD.fullmatch(lead) is None or _SPOKES_FOR.match(lead) is not None:
            continue
        # (their own words quoted in that sentence: the next quote goes on with them; `A
        # driver, who asked not to be named, said it was late.` quotes no one, and `the
        # contractor` after it is the firm)
        stop = paragraph.sentence(aside.end())[1]
        if masked.find(MASK, aside.end(), stop) >= 0:
            return True
    return False
