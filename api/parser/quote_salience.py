"""Names as the Registry reads them: who a sentence introduces, and who it makes salient.

`Dr. Anika Rao has spent a decade ...` introduces a person; `Morrison was the third witness.` and
`Acme Records issued a statement.` make a named subject the one later pronouns refer to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from mypy_extensions import trait

from api.parser.quote_aliases import apposed_noun, body_noun_after, noun_before
from api.parser.quote_body_names import in_fronted_phrase
from api.parser.quote_calls import RegistryCalls
from api.parser.quote_context import Paragraph
from api.parser.quote_deeds import trade_deed
from api.parser.quote_entries import Entry, EntryWords
from api.parser.quote_goes_by import given_gender
from api.parser.quote_lowercase import LowercaseWords
from api.parser.quote_names import gender_of, relative_clause_sex
from api.parser.quote_namesakes import APPOSITIVE_NOUNS
from api.parser.quote_orgs import ORG_ANAPHORS
from api.parser.quote_people import Mention, bracketed_after_person
from api.parser.quote_recall import business_context
from api.parser.quote_shapes import (
    DATELINE_REACH,
    body_label_before,
    body_noun_written_before,
    founders_noun,
    holder_after_body,
    in_dateline,
    opens_dateline,
)
from api.parser.quote_subject_before import clause_start
from api.parser.quote_subjects import main_subject, reported_content, spokesperson_apposed
from api.parser.quote_words import FAMILY_WORDS, ORG_WORDS, kin_before

_NON_SPACE: Final = re.compile(r"\S")
_HONORIFIC: Final = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|Miss)\.?\s+$")
# The fewest characters _VOICE_OF matches: `memo of `.
_VOICE_OF_SHORTEST: Final = 8
# The most it matches after its opening spaces: `federal representatives with the `.
_VOICE_OF_LONGEST: Final = 33


def voice_of(masked: str, start: int, end: int) -> bool:
    """`Officials at the `, `The statement from ` (start to end, before a body's name): its people
    or papers as the subject. A body at its sentence's start (fewer characters than the pattern's
    fewest), right after a character other than a space, or further into its sentence than the
    pattern's most (unless a space opens the stretch: the pattern takes any spaces first) is not
    tried."""
    length = end - start
    return (
        length >= _VOICE_OF_SHORTEST
        and masked[end - 1 : end] == " "
        and (length <= _VOICE_OF_LONGEST or masked[start].isspace())
        and _VOICE_OF.fullmatch(masked, start, end) is not None
    )


# How what _HONORIFIC matches ends once its spaces are stripped: an honorific, a dot or none.
_HONORIFIC_ENDS: Final = ("Dr", "Mr", "Mrs", "Ms", "Prof", "Miss", ".")


def honorific_before(before: str) -> bool:
    """`Dr. ` and `Ms ` -> True, `Jones ` -> False: an honorific ends `before` (the few
    characters before a name). Its stripped end is read first: most names' word before is none."""
    return before.rstrip().endswith(_HONORIFIC_ENDS) and _HONORIFIC.search(before) is not None


# A body's people or papers as a sentence's subject: "Officials at the Orvane Water Board met",
# "The statement from the Ministry of Health was short": the body is what speaks next.
_VOICE_OF: Final = re.compile(
    r"\s*(?:(?:senior|top|local|state|federal) )?(?:officials|executives|leaders|members|"
    r"representatives|spokespeople|researchers|scientists|doctors|staff|workers|employees|"
    r"(?:the |a |an )?(?:statement|letter|report|memo|release|filing)s?) "
    r"(?:at|from|of|for|with|by) (?:the )?",
    re.IGNORECASE,
)


# `His wife, `, `Their eldest son, `, `His wife of 50 years, ` before a lone given name: an
# owner, a family word (one word before it at most) and its comma, the name's relation; a
# name's possessive owns it only opening a sentence (`Okafor's mother, Ada, watched`; not `who
# plays Hedda's husband, Tesman,`: a part in a play).
_KIN_BEFORE: Final = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|(?:^|(?<=[.!?] ))[A-Z][\w-]*['’]s) (?:[a-z]+ )?("
    + "|".join(sorted(FAMILY_WORDS))
    + r")"
    r"(?: of \w+ years)?,? $"  # `His wife, Maureen,` or `Her sister Bríd`
)
KIN_BACK: Final = 40  # characters read back from a lone name for _KIN_BEFORE
# The last word of what _KIN_BEFORE matches (its comma and spaces aside): a family word, or
# `years` of `His wife of 50 years, `; and how far back it is read: the longest, with a comma,
# a space and a line break (before which `$` matches too) after it.
_KIN_LAST: Final = FAMILY_WORDS | {"years"}
_KIN_LAST_BACK: Final = max(map(len, _KIN_LAST)) + 3


def kin_or_years_before(masked: str, end: int) -> bool:
    """`His wife, ` or `his wife of 50 years, ` before `end` -> True, `said ` -> False: the word
    before (a comma or a line break aside) is one _KIN_BEFORE's match may end with (most lone
    names' is not, and the search is not made)."""
    words = masked[max(0, end - _KIN_LAST_BACK) : end].rstrip(", \n").rsplit(None, 1)
    return bool(words) and words[-1].lower() in _KIN_LAST


def _kin_before(masked: str, mention: Mention) -> re.Match[str] | None:
    """`His wife, Maureen,`, `Her sister Bríd` (the family word the name's role): the owner and
    family word before a lone name."""
    end = mention.name_start
    return _KIN_BEFORE.search(masked, max(0, end - KIN_BACK), end)


def _kin_opening(masked: str, mention: Mention) -> int:
    """Where a lone name opens its clause: at the owner of a family word before it (`Her sister
    Bríd is quieter`), else where the mention starts (its role included)."""
    # (the word before the name is read first: a family word or none, most names spared the
    # pattern's search)
    if not kin_before(masked, mention.name_start):
        return mention.start
    kin = _kin_before(masked, mention)
    return kin.start() if kin else mention.start


def _introduced(masked: str, mention: Mention) -> bool:
    """Evidence that a new name is a person introduced: a role, a gender, an honorific (`Dr.
    Anika Rao has spent a decade ...`), or the name opening its paragraph."""
    if mention.role or mention.gender:
        return True
    if honorific_before(masked[max(0, mention.name_start - 5) : mention.name_start]):
        return True
    if masked and not masked[0].isspace():
        return mention.start == 0  # (most paragraphs: the first character is the first word's)
    first = _NON_SPACE.search(masked)
    return first is None or first.start() >= mention.start


# `X Y had broken the conditions of its permit`: the subject's own `its` (at most 80 characters
# on, so that a sentence of many names is read once for each).
_ITS: Final = re.compile(r"\bits\b")
# A sentence fronted by `For` and a person: `For Ana Roe, 34, a nurse, the letter came as a
# shock.` is about her, the one a `she said` after it means.
_FRONTED_FOR: Final = "For "


def fronted_topic(masked: str, mention: Mention, opening: int) -> bool:
    """`For Ana Roe, 34, a nurse, the letter came as a shock.` -> True at Ana Roe: the person
    a sentence opens on with `For`, set off by a comma, is its topic; `For years, Ana Roe`,
    `For Ana Roe the letter` (no comma: a plain object) -> False."""
    return (
        mention.kind == "person"
        and masked[opening : mention.start] == _FRONTED_FOR
        and masked.startswith(",", mention.end)
    )


_NOTED_KINDS: Final = frozenset({"person", "org"})  # the mentions note records anything of


@trait  # (a mixin of Registry: mypyc compiles multiple inheritance of traits only)
class Salience(RegistryCalls):
    """The Registry's noting of names in reading order, and the events that make them salient.

    Mixed into Registry, whose `_add`, `_fuller`, `short_form`, `headed`, `organisation`,
    `by_surname`, `given_name` and `event` it calls.
    """

    entries: dict[str, Entry]
    entry_words: EntryWords
    introductions: set[tuple[int, int]]
    lowercase: LowercaseWords
    owners: set[str]
    owning_its: set[str]
    _noted: dict[int, Mention]

    def read(self, paragraph: Paragraph, mentions: Sequence[Mention]) -> None:
        """`note` then `subject` for each of a paragraph's mentions, in reading order.

        (One call for a run of mentions: neither does anything for a pronoun, nor `note` for a
        lone name, nor `subject` for an owner, and most mentions are one of those.) The
        sentence of a mention, and whether it quotes someone, are found once for the mentions
        it holds: the bounds do not overlap and no mention starts between two sentences, so a
        mention inside the last sentence found is in the one `Paragraph.sentence` would give.
        """
        # (the bounds as two numbers: the first mention read looks its sentence up)
        low, high, quoted = 0, 0, False
        previous: Mention | None = None
        before: Mention | None
        for mention in mentions:
            kind = mention.kind
            if kind == "pronoun":
                continue
            before, previous = previous, mention
            if (
                before is not None
                and before.kind == "person"  # (the test's first, read here: most fail it)
                and bracketed_after_person(paragraph.masked, before, mention)
            ):
                continue
            if kind != "single":
                self.note(paragraph, mention)
            if mention.possessive:
                continue
            start = mention.start
            if not low <= start < high:
                low, high = paragraph.sentence(start)
                quoted = bool(paragraph.opens) and paragraph.has_quote_between(low, high)
            if not quoted:
                self._subject(paragraph, mention, low)

    def note(self, paragraph: Paragraph, mention: Mention) -> None:
        """Record a full name (and role) the first time it appears; fill in roles as they come."""
        if mention.kind not in _NOTED_KINDS:
            return  # (a pronoun or a lone name: nothing below notes it, nor need it be held)
        key = id(mention)
        if self._noted.get(key) is mention:
            return  # (a clause's subject, noted as its paragraph was read: again changes nothing)
        self._noted[key] = mention
        noun = None
        entry: Entry | None  # (as wide as its widest value: mypyc checks each assignment)
        if not mention.role and (mention.kind == "org" or not mention.gender):
            # (read only where it is used: a role written with the name comes first)
            # (the noun read once, then weighed against either list)
            written = noun_before(paragraph.masked, mention.start)
            if written is not None and written in ORG_ANAPHORS:
                noun = written
            elif written is not None and mention.kind == "org" and written in ORG_WORDS:
                # "the winning consortium, Acme Rail Partners,": any body's word names a body
                # (a person's name after it keeps ORG_ANAPHORS: `the house, Ann Lee,` no body)
                noun = written
            elif written is None:
                # "Four families have formed Keep Harlow Green": what "the families" means
                noun = founders_noun(paragraph.masked, mention.start)
        if (
            mention.kind == "person"
            and noun
            and not holder_after_body(
                paragraph.masked, mention.name_start, mention.name.partition(" ")[0]
            )
            and not spokesperson_apposed(paragraph.masked, mention.start)
        ):
            mention = mention._replace(kind="org")  # "a group calling itself Keep Schools Open"
        if mention.kind == "org":
            # (a body named before is not built again as an Entry to be thrown away; `the Okinawa
            # Institute` after `Okinawa Institute for Ocean Science` is that body: see headed)
            name = self.headed(mention.name) or mention.name
            entry = self.entries.get(name) or self._add(Entry(name, "organisation"))
            # "the folk trio Saltwick", "The firm, Valley Freight Lines,": what "the trio" means
            entry.role = entry.role or mention.role or noun
            if entry.noun is None and not in_fronted_phrase(paragraph.masked, mention.start):
                # (`on Tarn Hill, the commission voted`: the noun the sentence's subject)
                entry.noun = body_noun_after(paragraph.masked, mention.end, APPOSITIVE_NOUNS)
            if entry.noun is None and not entry.role:
                # "the aid agency Lingap International": the noun with no comma before the name
                entry.noun = body_noun_written_before(paragraph.masked, mention.name_start)
            if entry.noun is None and not entry.role and entry.label is None:
                # (`The company’s administrators, X Advisory, said`: the mention opens with its
                # apposition, whose noun is read before the name itself)
                entry.label = body_label_before(paragraph.masked, mention.start) or (
                    body_label_before(paragraph.masked, mention.name_start)
                    if mention.name_start > mention.start
                    else None
                )
            self.entry_words.add(entry)  # (its role or noun may be new)
        if mention.kind != "person" or self._fuller(mention.name) in self.entries:
            return
        if self._body_named(paragraph, mention):
            self.organisation(mention.name)  # "Shares in Norvatek Semiconductor", "Boston Celtics"
            return
        if self.short_form(mention.name):
            return  # "Big Machine" after "Big Machine Records": the label, not a person
        entry = self.entries.get(mention.name)
        if entry is None:
            entry = self._add(Entry(mention.name, "person"))
            # "Ona Brill's lawyer, Pol Reyes, said": an owner is no subject of the sentence
            if not mention.possessive:
                self._owning_its(paragraph, mention)
            opening = paragraph.sentence(mention.start)[0]
            if (
                not mention.possessive
                and _introduced(paragraph.masked, mention)
                and (
                    clause_start(paragraph.masked, mention.start, opening)
                    or fronted_topic(paragraph.masked, mention, opening)
                )
                and not reported_content(paragraph.masked, mention.start)
                and not given_gender(paragraph.masked, mention.start)
            ):
                # (`said the farmer, who gave his surname as X`: X is the speaker's name, given
                # after `as`, not a new subject introduced)
                self.event((paragraph.index, mention.start), mention.name)
                self.introductions.add((paragraph.index, mention.start))
        # (`X, 61, has fished out of the bay`: `the fisherman`, when no role is written)
        role = mention.role or (
            trade_deed(paragraph.masked, mention.end) if not entry.role else None
        )
        if not entry.role and role:
            self.entry_words.add(entry)  # (a role filled in: read when next asked)
        entry.role = entry.role or role
        entry.gender = entry.gender or mention.gender
        if entry.gender is None:
            # `X, who lost her hens,`: the clause's pronoun over what the given name suggests
            entry.gender = relative_clause_sex(paragraph.masked, mention.end)

    def _owning_its(self, paragraph: Paragraph, mention: Mention) -> None:
        """`X Y had broken the conditions of its permit`: two capitals with no role or sex,
        opening a clause that goes on with `its`, may be a body's (see Registry._body_by_first).
        (The short look for `its` comes first: most new names have none after them.)"""
        if mention.role or mention.gender:
            return
        masked = paragraph.masked
        if masked.find("its", mention.end, mention.end + 80) < 0:
            return  # (`\bits\b` opens with no character to skip to: a find first)
        its = _ITS.search(masked, mention.end, mention.end + 80)
        if its is None:
            return
        start, end = paragraph.sentence(mention.start)
        if its.start() < end and clause_start(masked, mention.start, start):
            self.owning_its.add(mention.name)

    def _body_named(self, paragraph: Paragraph, mention: Mention) -> bool:
        """Two capitals a person's name would have, that the article shows to name a business
        (`shares in X`) or a body whose word owns a role elsewhere (`Celtics coach Dana Ames`)."""
        if mention.role or mention.gender or mention.name in self.entries:
            return False
        words = mention.name.split()
        if words[-1] in self.owners or words[0] in self.owners or mention.name in self.owners:
            return True  # `Celtics` of `Boston Celtics`, `Solvane` of `Solvane Semiconductor`
        return business_context(paragraph.masked, mention.start)

    def _subject(self, paragraph: Paragraph, mention: Mention, sentence_start: int) -> None:
        """A named subject of a clause becomes salient for later pronouns and descriptions.

        `Morrison was the third witness. He said ...`; `Acme Records issued a statement.` (Not
        for an owner, a pronoun, or a name in a sentence that quotes someone, which makes its
        speaker salient instead: `read` leaves those out.)
        """
        # (a dateline's name is in capitals: a look at the name spares the call for the rest)
        if mention.name.isupper() and in_dateline(paragraph.masked, mention.start, mention.end):
            return  # `JOHANNESBURG (AFP) —`: a place and an agency's credit, no subjects
        if mention.start < DATELINE_REACH and opens_dateline(paragraph.masked, mention.start):
            return  # `OTTAWA (The Canadian Press) —`: an agency's credit in mixed case
        masked = paragraph.masked
        if not main_subject(masked, mention.start, sentence_start) and not (
            mention.kind == "org" and voice_of(masked, sentence_start, mention.start)
        ):
            opening = _kin_opening(masked, mention) if mention.kind == "single" else mention.start
            # (`Her sister Bríd is quieter`: the clause opens at the family word's owner)
            if opening == mention.start or not main_subject(masked, opening, sentence_start):
                return  # `after Swift scolded her label`: a subordinate clause's subject is not
        name: str | None = None
        if mention.kind == "person":
            name = self.short_form(mention.name) or mention.name
        elif mention.kind == "org":
            name = self.organisation(mention.name)
        elif mention.name.lower() not in self.lowercase:
            name = (
                self.by_surname(mention.name)
                or self._honoured(mention)
                or self._relative(paragraph.masked, mention)
                or self._apposed_body(paragraph.masked, mention)
            )
        where = (paragraph.index, mention.start)
        if name and name in self.entries and where not in self.introductions:
            self.event(where, name)
            self.introductions.add(where)

    def _apposed_body(self, masked: str, mention: Mention) -> str | None:
        """`Ledgerfield, a Leeds start-up that sells maps, has raised`: a lone name whose
        appositive ends in a body's noun (see apposed_noun) is that body, called by the noun."""
        noun = apposed_noun(masked, mention.end, APPOSITIVE_NOUNS)
        if noun is None:
            return None
        name = self.organisation(mention.name)
        entry = self.entries[name]
        if entry.noun is None and not entry.role:
            entry.noun = noun
            self.entry_words.add(entry)
        return name

    def _relative(self, masked: str, mention: Mention) -> str | None:
        """`His wife, Maureen, keeps the books.`: a lone given name after a family word and its
        owner is that relative, a person of the word's gender (`she says` later is hers)."""
        if not kin_or_years_before(masked, mention.name_start):
            return None  # (most lone names: no family word before them)
        kin = _kin_before(masked, mention)
        if kin is None:
            return None
        word = kin.group(1)
        return self._add(Entry(mention.name, "person", word, gender_of([word]))).name

    def _honoured(self, mention: Mention) -> str | None:
        """`Mr. Reyes, 54, founded the firm.`: a surname an honorific shows to be a man's; or
        the first name of a full name met before (`Sir Malcolm closed the session.`)."""
        if mention.gender is None:
            return None
        full = self.given_name(mention)
        if full is not None:
            return full
        return self._add(Entry(mention.name, "person", None, mention.gender)).name
