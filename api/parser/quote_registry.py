"""The people and organisations of one article, and who a clause's subject refers to."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from itertools import islice
from operator import itemgetter
from typing import Final, Literal

from api.parser.given_names import unlikely, usual_sex
from api.parser.quote_aliases import initials_of, name_word, role_owners
from api.parser.quote_anecdotes import recalled
from api.parser.quote_clauses import QUESTION_CHARS, Clause, asked_opening
from api.parser.quote_context import Paragraph, Prepared
from api.parser.quote_described import KNOWN_ENTRIES, Described, in_relative_clause
from api.parser.quote_entries import AGED, Entry, EntryWords, Resolved, people_noun
from api.parser.quote_introduced import placed_resident
from api.parser.quote_kin import generation_before, role_generation
from api.parser.quote_names import (
    demonym,
    is_suffix,
    listed_demonym,
    role_noun_sex,
    surname_of,
)
from api.parser.quote_namesakes import it_after, people_of
from api.parser.quote_one_names import one_name_role
from api.parser.quote_orgs import lowered_words, silent_place
from api.parser.quote_parents import one_name_introduced
from api.parser.quote_passed_over import passed_pronoun
from api.parser.quote_people import Mention
from api.parser.quote_rank_titles import rank_short_form
from api.parser.quote_recall import Recall, particle_key, word_char
from api.parser.quote_role_initials import (
    ROLE_ABBREVIATIONS,
    apposed_role,
    role_spells,
    tail_spells,
)
from api.parser.quote_roles import titled
from api.parser.quote_salience import Salience
from api.parser.quote_shapes import opens_dateline
from api.parser.quote_short_forms import clipped_body
from api.parser.quote_spans import MASK
from api.parser.quote_subjects import counsel_marked, portfolio_field, spoken_for
from api.parser.quote_tokens import acronym, word_key
from api.parser.quote_unnamed import pronoun_in_aside, unnamed_subject_at, withheld
from api.parser.quote_words import FAMILY_WORDS, HONORIFICS, NAME_PARTICLES, ORG_WORDS, PRONOUNS

# People who speak for a client, opening a sentence before it: `Lawyers for Acme Homes said`.
_AGENTS_FOR: Final = tuple(f"{w} for " for w in "Lawyers Attorneys Solicitors Counsel".split())

WINDOW: Final = 3  # a pronoun looks this many paragraphs back for its speaker
# ...and at no more than this many events (speech or introductions) back: a speaker mentioned
# further back than that is not the one a pronoun or "the company" refers to.
RECENT_EVENTS: Final = 64
# A surname is looked up among at most this many people who share it (the latest registered):
# no article names that many, and a page of `Aaa Bb ... Bb said` stays linear.
SAME_SURNAME: Final = 64
# A name's opening given names are looked up for at most this many words (`Ana María José`).
LEADING_WORDS: Final = 3
_NAME: Final = itemgetter(2)  # the name of an event (offset, -sequence, name)
# `The Opposition leader’s verdict`, `The new coach’s first match`: `the`, up to four words (the
# last lowercase) and an owner's ending, then one or two lowercase words (what it owns): a
# sentence opened by a description's owner.
_OWNER_OPENING: Final = re.compile(
    r"[Tt]he ((?:[\w-]+ ){0,3}[a-z][\w-]*)['’]s ([a-z][\w-]*(?: [a-z][\w-]*)?)"
)
_FOLLOWING: Final = re.compile(r"\s+(?:that\s+)?(he|she)\b")  # matched at the verb's end, no copy
# What may stand after _FOLLOWING's first space: more space, or the first letter of its words.
_FOLLOWING_SECOND: Final = frozenset("ths")


# `X, 70, and his wife, ` / `X and her husband, ` / `X and her partner, `: between a full name
# and a spouse's given name (see _spouse_named), any spouse's noun after either possessive (a
# title's sex, not the noun's, picks one of the couple); an age set off after the name may stand
# between.
_AND_SPOUSE: Final = re.compile(
    r"(?:, \d{1,3},)? and (?:his|her) (?:wife|husband|partner|spouse), "
)
_SPOUSE_REACH: Final = 24  # the longest text _AND_SPOUSE matches, with room to spare

# The paragraphs before a pronoun's read for someone brought in unnamed (see _unnamed_since).
UNNAMED_BACK: Final = 1
# What may stand before a body's name opening a sentence: nothing, or its article.
_OPENING_WORDS: Final = ("", "The ")


def following_pronoun(masked: str, at: int) -> re.Match[str] | None:
    """_FOLLOWING's match at `at` (`said she`, `said that he`): tried only where a space stands
    there and the character after it may go on so (most verbs are followed by another word)."""
    second = masked[at + 1 : at + 2]
    if not (masked[at : at + 1].isspace() and (second in _FOLLOWING_SECOND or second.isspace())):
        return None
    return _FOLLOWING.match(masked, at)


def aged_after(masked: str, end: int) -> bool:
    """`Lenz, 55,`: an age right after a name (AGED), tried only where a comma follows it."""
    return masked[end : end + 1] == "," and AGED.match(masked, end) is not None


# `Asked by moderator X whether ...,`: a sentence opening with the question and who put it.
_ASKED_BY: Final = re.compile(r"\s*Asked by ")


# A sentence opened by `the` and a noun, then a verb: `The platform has ...`, `The firm said`.
_OPENING_NOUN: Final = re.compile(r"\s*[Tt]he (?P<head>[a-z]+) (?:has|had|is|was|said|says)\b")


# An appositive after a name, up to its noun: `, the country's largest ticketing platform,`.
_APPOSED_NOUN: Final = re.compile(r", (?:the|an?) [\w'’ -]{0,60}?\b([a-z]+)[,.]")


class Registry(Recall, Described, Salience):
    """Speakers met so far in reading order, with the events that make them salient."""

    window = WINDOW
    recent_events = RECENT_EVENTS

    def __init__(self, article: Prepared):
        paragraphs = article.paragraphs
        self.entries: dict[str, Entry] = {}
        self.entry_words = EntryWords()  # what any entry could answer to (see _entry_called)
        # events by paragraph: (offset, -sequence, name), kept sorted when read
        self._events: dict[int, list[tuple[int, int, str | None]]] = {}
        self._unsorted: set[int] = set()
        self._count = 0
        # (recent_names' last list: where it was read for and the event count it saw)
        self._recent_at: tuple[tuple[int, int], int, list[str]] | None = None
        self._latest: dict[str, tuple[int, int]] = {}  # name -> its latest event
        self.events_of: dict[str, int] = {}  # name -> how many events it has had
        self.spokes: dict[str, tuple[int, int]] = {}  # body -> where its spokesperson spoke
        # `spokeswoman` -> the body of the latest `a <body> spokeswoman` (see spokes_met)
        self.spokes_met: dict[str, str] = {}
        # body -> where `a <body> spokeswoman` spoke: her `she` in that paragraph is the body's
        self.spokes_described: dict[str, tuple[int, int]] = {}
        self.through_people: set[str] = set()  # bodies whose people spoke (`analysts at X`)
        self._surnames: dict[str, list[str]] = {}  # last word -> people, in order of entry
        # first word -> the one person entered with it ("" when two share it): see _body_by_first
        self._first_words: dict[str, str] = {}
        self.owning_its: set[str] = set()  # two capitals opening a clause that goes on `its`
        self._namesake: dict[str, tuple[str, int]] = {}  # person -> (surname, place in its list)
        # last word -> (latest event, name) among its people: name None when two share it
        self._active: dict[str, tuple[tuple[int, int], str | None]] = {}
        self._prefixes: dict[str, str] = {}  # "Brightwell" -> "Brightwell Appliances"
        self.introductions: set[tuple[int, int]] = set()  # events that are not speech
        self.later: dict[str, Mention] = {}  # surname -> its full name's first mention anywhere
        self._paragraphs = paragraphs
        # "Van Der Beek" -> "James Van Der Beek": each ending of a full name (after a word) -> the
        # first full name that ends so; a look-up, where a walk over the names was quadratic
        self._people: dict[str, str] = {}
        # an ending two full names share -> those names, in the order first written (`Mac
        # Conghaile` of two brothers): see Recall._latest_sharing
        self._shared_endings: dict[str, list[str]] = {}
        self._fuller_of: dict[str, str | None] = {}
        # "Einar Már" -> "Einar Már Jóhannesson": the given names that open a name of three
        # words or more ("" when two names open so: it is no one's short form)
        self._leading: dict[str, str] = {}
        # id -> each mention noted (held, so no other object takes its id): see Salience.note
        self._noted: dict[int, Mention] = {}
        self._named: dict[int, list[int]] = {}  # (filled as pronouns look back: see _named_back)
        # paragraph -> its people written with a court role (see _counsel), read once each
        self._counsel_of: dict[int, tuple[tuple[int, str], ...]] = {}
        # paragraph -> its names a pronoun passes over (see _passed_over), read once each
        self._passed_of: dict[int, tuple[tuple[int, str, str], ...]] = {}
        # every paragraph as one text: a line break bounds a word as a paragraph's end does (the
        # lowercase words are those the names were found with: a word asked about then is
        # answered again without a search)
        self.masked = article.masked
        self.lowercase = article.lowercase
        # a full name -> where it is first written: `That was the verdict of Ann Lee` introduces
        self.first_seen: dict[str, tuple[int, int]] = {}
        self.nationals: dict[str, str] = {}  # "Belgian" -> "Jens Van den Broeck"
        self.affiliates: dict[str, str] = {}  # "National" -> "Kauri Rewa" (see _affiliated)
        self._lead: str | None = None  # the person the lead opens with (see _recalled_subject)
        self._lead_read = False
        self._later_roles: dict[str, set[str]] | None = None  # see Described.named_later
        self._pronoun_sexes: dict[str, str] | None = None  # see _sex_elsewhere
        self._agents: dict[str, frozenset[str]] | None = None  # see Described.agents_of
        self._lead_bodies: dict[str, str | None] = {}  # see Described._lead_body_owning
        self.called_bodies: dict[str, str] = {}  # see Described._called_body
        self._with_noun: dict[str, list[str]] = {}  # see Described._written_with_noun
        # `Ann and Tom Lee`: each of the two -> the other (`Ann Lee` is registered when asked)
        self.couples: dict[str, str] = {}
        self.one_named: dict[str, str] = {}  # `striker Kauã`: a lone name after a person's role
        self._read_names(paragraphs)
        # people the article says go by `they`: `X, who uses they/them pronouns,` (one scan)
        self.they_people = _they_people(paragraphs) if "they/them" in self.masked else set()

    def _read_names(self, paragraphs: Sequence[Paragraph]) -> None:
        """Every mention read once, before any clause is resolved: where each person is first
        named and the endings of their names, nationalities before names, and what the article
        says of its names as a whole (Recall's scan_ methods: places, credit lines, bodies'
        initials and endings, lone names inside sentences, given names, role owners)."""
        handles = self.scan_article()
        first_seen, inside = self.first_seen, self.inside
        bodies: set[str] = set()  # (a body's name scanned once: a second time changes nothing)
        suffixed: list[Mention] = []  # `Patrick Carlineo Jr.`
        roled: list[Mention] = []  # people written with a role: what role_owners reads
        for paragraph in paragraphs:
            self.scan_credit(paragraph)
            previous = None
            for mention in paragraph.mentions:
                kind = mention.kind
                if kind == "person":
                    # (each reads a lone name or a body's possessive before the person: none
                    # reads a person's name, the one before most full names in a list)
                    if previous is not None and previous.kind != "person":
                        self._national(paragraph.masked, previous, mention)
                        self._affiliated(paragraph.masked, previous, mention)
                        self._couple_named(paragraph.masked, previous, mention)
                    # (a name met before has noted all it notes here: it is seen once)
                    if mention.name not in first_seen:
                        self._first_seen(paragraph.index, mention)
                    if is_suffix(mention.name.split()[-1]):
                        suffixed.append(mention)
                    if mention.role:
                        roled.append(mention)
                    self.scan_given(mention)
                elif kind == "single":
                    if previous is not None and previous.kind == "person":
                        self._spouse_named(paragraph.masked, previous, mention)
                    if mention.role and one_name_role(paragraph.masked, mention):
                        self.one_named.setdefault(mention.name, mention.role or "")
                    elif one_name_introduced(paragraph.masked, mention.end):
                        self.one_named.setdefault(mention.name, "")  # `Khulan, 24,`
                    if mention.name not in inside:
                        self.scan_single(paragraph.masked, mention)
                elif kind == "org" and mention.name not in bodies:
                    bodies.add(mention.name)
                    self.scan_body(mention.name)
                previous = mention
        for mention in suffixed:
            # "Carlineo" for "Patrick Carlineo Jr." named further down (after every first
            # mention's last word: those come first)
            self.later.setdefault(surname_of(mention.name), mention)
        self.owners = role_owners(roled)  # "Celtics coach"
        self.lowercase -= handles

    def _first_seen(self, index: int, mention: Mention) -> None:
        """A person's first mention: where it is, and each ending of the name (see _fuller)."""
        self.first_seen[mention.name] = (index, mention.start)
        self.later.setdefault(mention.name.split()[-1], mention)
        words = mention.name.split()
        for k in range(1, len(words)):
            key = particle_key(words[k:])
            known = self._people.setdefault(key, mention.name)
            if known != mention.name:
                sharing = self._shared_endings.setdefault(key, [known])
                if len(sharing) < SAME_SURNAME:  # (a page of namesakes: each look-up bounded)
                    sharing.append(mention.name)
        first = first_surname(words)
        if first:
            self._people.setdefault(first, mention.name)
        for k in range(2, min(len(words), LEADING_WORDS + 1)):
            self._note_leading(" ".join(words[:k]), mention.name)

    def _note_leading(self, opening: str, name: str) -> None:
        """`Sólveig Halla said` of `Sólveig Halla Baldursdóttir`: the first two (or three) words
        of a longer name are given names, which Icelandic or Fijian copy uses alone as a surname
        is used elsewhere; two names that open alike leave the opening to neither."""
        if self._leading.setdefault(opening, name) != name:
            self._leading[opening] = ""

    def _national(self, masked: str, before: Mention, person: Mention) -> None:
        """`Belgian rider Jens Van den Broeck`: the person `the Belgian` will stand for."""
        if before.kind != "single" or not demonym(before.name) or before.possessive:
            return
        between = masked[before.end : person.start]
        if len(between) <= NATIONAL_GAP and (between == " " or between[1:-1].islower()):
            self.nationals.setdefault(before.name, person.name)

    def _affiliated(self, masked: str, before: Mention, person: Mention) -> None:
        """`Labour's Ana Reti`: one capital's possessive right before a full name with no role
        gives the person that body (a party, a club) as a role: `the Labour candidate` is her;
        two people written so with one capital leave it to neither ("")."""
        if not before.possessive or before.kind == "person" or person.role:
            return
        if " " in before.name or masked[before.end : person.start] != " ":
            return
        if self.affiliates.setdefault(before.name, person.name) != person.name:
            self.affiliates[before.name] = ""

    def _couple_named(self, masked: str, before: Mention, person: Mention) -> None:
        """`Ann and Tom Lee`: a given name alone, `and`, a full name: two people of that
        surname, each the other's partner (`Her husband` of the one is the other)."""
        if before.kind != "single" or before.role or before.possessive or " " not in person.name:
            return
        if masked[before.end : person.start] != " and " or person.name in self.couples:
            return
        partner = f"{before.name} {person.name.split(' ', 1)[1]}"
        if partner != person.name:
            self.couples.setdefault(partner, person.name)
            self.couples[person.name] = partner

    def _spouse_named(self, masked: str, person: Mention, spouse: Mention) -> None:
        """`Graham Lee, 70, and his wife, Pat,`: a full name, then a spouse's given name alone
        set off by commas; each is the other's partner (`Mrs Lee` after `Mr Lee` is Pat)."""
        if spouse.end - person.end > _SPOUSE_REACH + len(spouse.name) or spouse.role:
            return
        if masked[spouse.end : spouse.end + 1] not in (",", ".") or " " not in person.name:
            return
        if not _AND_SPOUSE.fullmatch(masked, person.end, spouse.start):
            return
        if person.name not in self.couples and spouse.name not in self.couples:
            self.couples[person.name] = spouse.name
            self.couples[spouse.name] = person.name

    def partner(self, name: str, kin: str) -> str | None:
        """The other one of a couple named together (`Ann and Tom Lee`), registered as a person
        of the sex `kin` (`husband`, `wife`) gives when nothing said otherwise."""
        partner = self.couples.get(name)
        if partner is None:
            return None
        entry = self._add(Entry(partner, "person"))
        if entry.kind != "person":
            return None
        if entry.gender is None:
            entry.gender = "m" if kin == "husband" else "f"
        return partner

    def titled_partner(self, name: str, gender: str) -> str | None:
        """`Mrs Pryce-Aubert` after `Rhiannon and Dafydd Pryce-Aubert`, where `name` is the one
        whose given name says the other sex (or nothing, the partner's saying the title's): the
        other one of the couple, unless theirs says the other sex too; registered with the
        title's sex."""
        partner = self.couples.get(name)
        if partner is None or unlikely(partner, None, gender):
            return None
        entry = self._add(Entry(partner, "person"))
        if entry.kind != "person" or entry.gender not in (None, gender):
            return None
        entry.gender = gender
        return partner

    def _add(self, entry: Entry) -> Entry:
        """Register an entry unless one of that name exists; the entry kept is returned."""
        known = self.entries.get(entry.name)
        if known is not None:
            return known
        self.entries[entry.name] = entry
        self.entry_words.add(entry)
        if entry.kind == "person":
            surname = surname_of(entry.name)
            namesakes = self._surnames.setdefault(surname, [])
            self._namesake[entry.name] = (surname, len(namesakes))
            namesakes.append(entry.name)
            self._note_first_word(entry.name)
            if entry.name in self._latest:
                self._activate(entry.name, self._latest[entry.name])
        else:
            words = entry.name.split(" ")
            # (a place named after a body gives the body's name no longer form: silent_place)
            shortened = 0 if silent_place(words) else len(words)
            for k in range(1, shortened):
                if people_of(words, k):
                    break  # `Corvallo Workers Collective`: not `Corvallo` written in full
                self._prefixes.setdefault(" ".join(words[:k]), entry.name)
        return entry

    def _add_entry(self, name: str, kind: Literal["person", "organisation"]) -> str:
        """Register a name of that kind unless it is known; the name kept is returned."""
        return self._add(Entry(name, kind)).name

    def event(self, where: tuple[int, int], name: str | None) -> None:
        """Someone (or an unnamed source when None) spoke or was introduced at `where`."""
        self._count += 1
        bucket = self._events.setdefault(where[0], [])
        item = (where[1], -self._count, name)
        if bucket and item < bucket[-1]:
            self._unsorted.add(where[0])
        bucket.append(item)
        if name is None:
            return
        if self._latest.get(name, (-1, -1)) < where:
            self._latest[name] = where
            if name in self._namesake:
                self._activate(name, where)
        self.events_of[name] = self.events_of.get(name, 0) + 1

    def _bucket(self, paragraph: int) -> list[tuple[int, int, str | None]]:
        """One paragraph's events in text order (sorted once after out-of-order additions)."""
        bucket = self._events.get(paragraph, [])
        if paragraph in self._unsorted:
            bucket.sort()
            self._unsorted.discard(paragraph)
        return bucket

    def _answering(self, paragraph: Paragraph, where: tuple[int, int]) -> str | None:
        """`Asked whether he blamed X's engineers, the Argentine said:` right after a paragraph
        of someone's quotes: the one who spoke there answers (X, named in the question, never
        does); None for no such opening or no speaker before."""
        if where[0] == 0 or not asked_opening(paragraph.masked, paragraph.sentence(where[1])[0]):
            return None
        speech = self.last_speech(where[0] - 1)
        entry = self.entries.get(speech[1] or "") if speech is not None else None
        return entry.name if entry is not None and entry.kind == "person" else None

    def _asked_by_answer(
        self, paragraph: Paragraph, mention: Mention, where: tuple[int, int]
    ) -> str | None:
        """`Asked by X whether ..., he replied:` right after a paragraph of Y's words: the one
        asked, Y, answers (X asks); Y's sex is taken from the pronoun when no title nor pronoun
        said it (a given name's usual sex is only a guess)."""
        masked = paragraph.masked
        start = paragraph.sentence(where[1])[0]
        if where[0] == 0 or _ASKED_BY.match(masked, start) is None:
            return None  # (most sentences: one match at their start)
        comma = masked.find(", ", start, min(mention.start, start + QUESTION_CHARS))
        if comma < 0 or comma + 2 != mention.start:
            return None  # (the pronoun opens the main clause right after the question's comma)
        bucket = self._bucket(where[0])  # (in text order: its first event is the earliest)
        if bucket and bucket[0][0] < start:
            return None  # (someone named earlier in this paragraph is the one asked)
        speech = self.last_speech(where[0] - 1)
        entry = self.entries.get(speech[1] or "") if speech is not None else None
        if entry is None or entry.kind != "person":
            return None
        if entry.name.rsplit(None, 1)[-1] in masked[start:comma]:
            return None  # (the one who spoke last is the one who asks)
        if entry.gender is not None and entry.gender != mention.gender:
            return None
        return entry.name

    def last_speech(self, paragraph: int) -> tuple[tuple[int, int], str | None] | None:
        """The latest event inside one paragraph if it is speech (not someone's introduction)."""
        bucket = self._bucket(paragraph)
        if not bucket:
            return None
        offset, _, name = bucket[-1]
        where = (paragraph, offset)
        return None if where in self.introductions else (where, name)

    def last_subject(self, paragraph: int) -> tuple[tuple[int, int], str] | None:
        """The latest event of a paragraph if it introduces a person: `Ana Ruiz disagreed.`"""
        bucket = self._bucket(paragraph)
        if not bucket or bucket[-1][2] is None:
            return None
        offset, _, name = bucket[-1]
        where = (paragraph, offset)
        if where not in self.introductions:
            return None
        kind = self.entries[name].kind
        if kind == "person" or replying_body(self._paragraphs[paragraph].masked, offset):
            return where, name
        return None

    def _activate(self, name: str, where: tuple[int, int]) -> None:
        """Note a registered person's latest event as their surname's latest (see by_surname)."""
        surname = self._namesake[name][0]
        known = self._active.get(surname)
        if known is None or known[0] < where:
            self._active[surname] = (where, name)
        elif known[0] == where and known[1] != name:
            self._active[surname] = (where, None)  # a tie: by_surname takes the long way

    def by_surname(self, word: str) -> str | None:
        """The full name whose last word this is, most recently active first."""
        # The surname's most recently active person, when still a person and among the
        # SAME_SURNAME latest namesakes, is the one the look-up below would pick: a page of
        # new people sharing one surname costs one look-up per `Bb said`, not a walk of them.
        _, active = self._active.get(word, (None, None))
        if active is not None and self.entries[active].kind == "person":
            if len(self._surnames[word]) - self._namesake[active][1] <= SAME_SURNAME:
                return active
        namesakes = self._surnames.get(word, [])[-SAME_SURNAME:]
        people = [n for n in namesakes if self.entries[n].kind == "person"]
        latest = self._latest  # (its methods as the filter and key: no Python step per name)
        active = max(filter(latest.__contains__, people), key=latest.__getitem__, default=None)
        if active is not None:
            return active
        if people:
            return people[-1]
        later = self.later.get(word)
        if later is None or later.name in self.owners:
            # (`Retail Leeds managing director X` names a body before the role: `Leeds` is
            # no one's surname)
            return None
        # "Clarke said" before "NASA's Steve Clarke, deputy ..." introduces him further down
        self._add(Entry(later.name, "person", later.role, later.gender))
        return later.name

    def _generation_bearer(self, word: str, age: str) -> str | None:
        """`the younger Tang` of `The chairman, Tang X,` and `His son, Tang Y,` -> Tang Y: of
        two people or more the name's word opens or ends, the one whose role marks that
        generation (see role_generation), else the latest introduced (`younger`) or the first
        (`older`) of those no role marks the other; None when fewer than two bear it."""
        namesakes = self._surnames.get(word, [])[-SAME_SURNAME:]
        named = {n for n in namesakes if self.entries[n].kind == "person"}
        named |= {n for n in self._given.get(word, ()) if n in self.entries}
        seen = self.first_seen
        bearers = sorted((n for n in named if n in seen), key=seen.__getitem__)
        if len(bearers) < 2:
            return None
        marks = [role_generation(self.entries[n].role) for n in bearers]
        marked = [n for n, mark in zip(bearers, marks, strict=True) if mark == age]
        if marked:
            return marked[-1] if age == "younger" else marked[0]
        unmarked = [n for n, mark in zip(bearers, marks, strict=True) if mark is None]
        if not unmarked:
            return None
        return unmarked[-1] if age == "younger" else unmarked[0]

    def family_given(self, word: str) -> str | None:
        """`Huw said` after `Gwen and Huw Jones founded the firm` -> Huw Jones: a lone word that
        opens the name of one person of a family the article names (a couple, or a surname two
        people bear), where given names tell them apart, even one the table does not know; not
        a word opening a name no one shares (`Google said` after `Google Maps`: see scan_given)
        nor one opening two of them."""
        if word in self.entries:
            return None
        found = self._first_words.get(word)
        if found:
            entry = self.entries.get(found)
            if entry is None or entry.kind != "person" or not self._in_family(found):
                found = None
        for name in self.couples:
            if name.partition(" ")[0] == word and name != found:
                if found:
                    return None  # (two of the families' people open so: neither is meant)
                found = name
        if not found:
            return None
        entry = self._add(Entry(found, "person"))
        return found if entry.kind == "person" else None

    def _in_family(self, name: str) -> bool:
        """Whether another person of the article bears `name`'s surname, or `name` has a partner."""
        if name in self.couples:
            return True
        surname = self._namesake[name][0] if name in self._namesake else surname_of(name)
        namesakes = self._surnames.get(surname, [])[-SAME_SURNAME:]
        return sum(1 for n in namesakes if self.entries[n].kind == "person") > 1

    def spoken_namesake(self, name: str, gender: str) -> str | None:
        """`Ms Rowlands said` after `Eirlys and Gareth Rowlands` founded the firm, their daughter
        Sioned Rowlands spoke, and Gareth spoke last -> Sioned Rowlands: of the surname's bearers
        other than `name` (the latest, whose given name says the other sex), the one person who
        spoke or was introduced in their own right and may be of the title's sex, rather than a
        partner named only beside `name`; None when none or several are (or the partner is one)."""
        word = self._namesake[name][0] if name in self._namesake else surname_of(name)
        namesakes = self._surnames.get(word, [])[-SAME_SURNAME:]
        found = None
        for other in namesakes:
            entry = self.entries[other]
            if other == name or entry.kind != "person" or not self.events_of.get(other, 0):
                continue
            if entry.gender not in (None, gender) or unlikely(other, entry.gender, gender):
                continue
            if found is not None:
                return None  # (two may be meant: the couple's rule chooses)
            found = other
        if found is not None and found == self.couples.get(name):
            return None  # the partner spoke: the couple's rule says the same
        return found

    def namesake_of(self, word: str, gender: str) -> str | None:
        """The latest active person of this surname whom nothing shows to be of the other sex,
        one known to be of this sex first (asked only where by_surname's choice does not fit)."""
        # (the SAME_SURNAME latest namesakes, as by_surname: a page of namesakes stays linear)
        namesakes = self._surnames.get(word, [])[-SAME_SURNAME:]
        people = [n for n in namesakes if self.entries[n].kind == "person"]
        for fits in (gender, None):
            named = [n for n in people if self.entries[n].gender == fits]
            if fits is None:
                # `Mrs Pryce-Aubert` of `Rhiannon and Dafydd Pryce-Aubert`: a given name of the
                # other sex is passed over when someone else may fit
                named = [n for n in named if not unlikely(n, None, gender)] or named
            if named:
                latest = self._latest
                return max(named, key=lambda n: latest.get(n, (-1, -1)))
        return None

    def _recent(self, where: tuple[int, int]) -> Iterator[str]:
        """Names of the latest events before `where`, latest first, within the windows.

        Unnamed events count towards RECENT_EVENTS but are skipped without a step in Python.
        """
        if not self._latest:
            return  # (no event named anyone yet, `the statement said` on end: nothing to read)
        found = 0
        for paragraph in range(where[0], max(-1, where[0] - WINDOW - 1), -1):
            bucket = self._bucket(paragraph)
            end = bisect_left(bucket, (where[1],)) if paragraph == where[0] else len(bucket)
            take = min(end, RECENT_EVENTS - found)
            yield from filter(None, map(_NAME, reversed(bucket[end - take : end])))
            found += take
            if found >= RECENT_EVENTS:
                return

    def recent_names(self, where: tuple[int, int]) -> list[str]:
        """_recent's names as a list (not to be changed), read once for `where` until the next
        event: `the operator said` asks for the same recent names by kind, by role and by fit.
        """
        held = self._recent_at
        if held is not None and held[0] == where and held[1] == self._count:
            return held[2]  # (events only ever add: the count tells a bucket unchanged)
        names = list(self._recent(where))
        self._recent_at = (where, self._count, names)
        return names

    def pronoun(self, word: str, gender: str | None, where: tuple[int, int]) -> str | None:
        """`he said` -> the most recent fitting person; `they`/`it` -> a recent organisation."""
        recent = (n for n in self._recent(where) if n)
        if word in ("he", "she"):
            counsel = self._counsel(gender, where)
            if counsel is not None:
                return counsel  # "X, prosecuting, told the court Y had ... “...,” he said": X
            if gender is not None and self._unnamed_since(gender, where):
                return None  # `A woman, who asked not to be named, said ... “...,” she said`
            opener = self._sentence_opening_person(gender, where)
            if opener is not None:
                return opener  # `The judge said she weighed ... what she called “...”`
            here = self.named_in_paragraph(gender, where)
            known = self._sexed_against_other(word, gender, where)
            if known is not None:
                return known  # "X met Clara Y. She told him ...": her, not X of no known sex
            unlikely_name = None  # the first person passed over for their given name alone
            passed = None  # the first person passed over for the paragraph's subject
            asker = None  # the person whose question the paragraph before closed on
            for name in recent:
                if name == asker or (asker is None and self._asked_before(name, where)):
                    asker = name  # `Y asked why ...` then `“...,” he said`: the answer's not Y's
                    continue
                if here and here != name and self._latest[name][0] < where[0]:
                    self.entries[here].gender = gender
                    return here  # "For Tanabe-Ross, the next step ... she said": named here
                if self.spokes.get(name, (-1, -1)) == self._latest[name] >= (where[0] - 1, 0):
                    return name  # "A spokeswoman for Air France said ... “...,” she said"
                if self.spokes_described.get(name, (-1, -1)) == self._latest[name] >= (where[0], 0):
                    return name  # "A trust spokeswoman later said ... “...,” she said"
                entry = self.entries[name]
                if entry.guessed and entry.gender is None:
                    entry.kind = "person"  # "Ruiz told the council ... she repeated"
                if entry.kind == "person" and entry.gender is None:
                    lede = self._lede_narrated(word, gender, where, name)
                    if lede is not None:
                        return lede
                if entry.kind == "person" and entry.gender in (None, gender):
                    if self._passed_over(name, word, where):
                        passed = passed or name  # `Ms. Y, he said, had agreed`: not Y's `he`
                        continue
                    if entry.gender is None and self._sex_elsewhere(name) not in (None, gender):
                        continue  # `Dr Y ... “...,” she said` in a paragraph of her own: no `he`
                    if unlikely(name, entry.gender, gender):
                        unlikely_name = unlikely_name or name  # `she` past `Felix Kumwenda`
                        continue
                    if entry.gender is None and self._partner_apposed(name, word):
                        continue  # `Lee and her co-author, Sam Ode, ... “...,” she said`: Lee
                    if entry.gender is None:
                        # "his daughter, Celeste Harper, ...": named since, and known to fit
                        name = self.gendered_since(gender, where, self._latest[name]) or name
                    self.entries[name].gender = gender
                    return name
            if asker is not None:
                return asker  # (no one else it could be: the asker after all)
            if passed is not None:
                self.entries[passed].gender = gender
                return passed  # (no one else it could be: the one passed over after all)
            found = self._mentioned(gender, where) or self.main_person(gender)
            if found is None and unlikely_name is not None:
                # (the given name only orders: with no one else, the person it passed over,
                # whom the article's pronoun now gives a sex)
                self.entries[unlikely_name].gender = gender
                return unlikely_name
            return found
        if word == "they":
            if self._unnamed_last(where):
                return None  # "A group of engineers ... said ... “...,” they said": nobody named
            couple = self._couple(where)
            if couple is not None:
                return couple  # "Ann and Tom Lee, who ran the farm, ... “...,” they said"
            latest = next(recent, None)
            if latest in self.they_people:
                return latest  # "X, who uses they/them pronouns, ... “...,” they said"
            return latest if latest and self.entries[latest].kind == "organisation" else None
        opening = self._sentence_opening_body(where) or self._sentence_opening_noun(where)
        if opening is not None:
            return opening  # `The X Office has forecast rain, which it said “...”`: X
        # (`in Busan`: a place the text made a body's name is no `it` that speaks)
        body = next(
            (n for n in recent if self.entries[n].kind == "organisation" and not self.is_place(n)),
            None,
        )
        return body or self._body_mentioned(where) or self._body_opening_before(where)

    def _asked_before(self, name: str, where: tuple[int, int]) -> bool:
        """`Opposition MP Y asked why ...` closing the paragraph before `“...,” he said` opens
        its own: the quote answers Y's question, so another person said it."""
        latest = self._latest.get(name)
        if latest is None or latest[0] != where[0] - 1 or where[0] == 0:
            return False
        if self._bucket(where[0])[:1] and self._bucket(where[0])[0][0] < where[1]:
            return False  # (someone spoke or was named first in the pronoun's own paragraph)
        masked = self._paragraphs[latest[0]].masked
        end = self._paragraphs[latest[0]].sentence(latest[1])[1]
        if end < len(masked.rstrip()):
            return False  # (the question must close the paragraph)
        return _ASKED_QUESTION.match(masked, latest[1], end) is not None

    def _passed_over(self, name: str, word: str, where: tuple[int, int]) -> bool:
        """`Ms. Y, he said, had agreed` or `Y told him ...` before `“...,” he said` in its
        paragraph: Y is what the report is about or the one who told, not `he` (see
        quote_passed_over)."""
        index = where[0]
        passed = self._passed_of.get(index)
        if passed is None:
            paragraph = self._paragraphs[index]
            masked = paragraph.masked
            found = []
            for mention in paragraph.mentions:
                if mention.kind != "person" and mention.kind != "single":
                    continue
                pronoun = passed_pronoun(masked, mention.end)
                if pronoun is not None:
                    written = self._fuller(mention.name) or self.by_surname(mention.name)
                    found.append((mention.start, written or mention.name, pronoun))
            passed = self._passed_of[index] = tuple(found)
        return any(at < where[1] and p == name and w == word for at, p, w in passed)

    def _sex_elsewhere(self, name: str) -> str | None:
        """The sex a paragraph of the person's own gives them (see _pronoun_sexes), read by
        surname; None when none does, or two disagree."""
        if self._pronoun_sexes is None:
            self._pronoun_sexes = _pronoun_sexes(self._paragraphs)
        return self._pronoun_sexes.get(surname_of(name)) or None

    def _sexed_against_other(
        self, word: str, gender: str | None, where: tuple[int, int]
    ) -> str | None:
        """`Olusegun Adebayo met Clara Whitfield. She told him ...`: a sentence with `she` and an
        object of the other sex (`him`) has two people of two sexes in it; of the last people
        named, the one of the pronoun's sex (a given name's or a title's) is `she`, not the
        latest one of no known sex."""
        paragraph = self._paragraphs[where[0]]
        start, end = paragraph.sentence(where[1])
        if not _object_pronoun_in(paragraph.masked, start, end, _OTHER_OBJECT[word]):
            return None
        for mention in self._named_back(where, _SEXED_BACK):
            name = self.full_name(mention.name)
            entry = self.entries.get(name)
            if entry is None or entry.kind != "person":
                continue
            if (entry.gender or usual_sex(name.partition(" ")[0])) == gender:
                entry.gender = gender
                return name
        return None

    def _sentence_opening_body(self, where: tuple[int, int]) -> str | None:
        """`The Weather Office has forecast rain, which it said “...”` -> the Weather Office:
        the body opening the pronoun's own sentence, with no other body or person between it and
        the pronoun (`The ministry said the firm, which it ...`: the older rules read it)."""
        paragraph = self._paragraphs[where[0]]
        opening = paragraph.sentence(where[1])[0]
        k = bisect_left(paragraph.mention_starts, opening)
        mentions = paragraph.mentions
        if k >= len(mentions) or mentions[k].kind != "org" or mentions[k].start >= where[1]:
            return None  # (most sentences: no body opens them)
        first = mentions[k]
        if paragraph.masked[opening : first.start] not in _OPENING_WORDS:
            return None
        # (the few mentions up to the pronoun: a place, `in Punjab`, is no other voice)
        for mention in mentions[k + 1 : k + 1 + self.recent_events]:
            if mention.kind == "pronoun":
                if mention.start >= where[1] or paragraph.masked[mention.end : where[1]].strip():
                    continue  # (`its` before the clause's own pronoun)
                return self._body(first)
            if mention.kind != "single" or self._body(mention) is not None:
                return None  # another body or a person stands between: the older rules read it
        return None

    def _sentence_opening_person(self, gender: str | None, where: tuple[int, int]) -> str | None:
        """`The judge said she weighed ... against what she called “...”` -> the judge: the
        pronoun's own sentence opens on `the <noun>` and a verb of saying, with no name between
        them, and that description names a person of the pronoun's sex (see Described); None
        when a name stands between or the noun names no person."""
        paragraph = self._paragraphs[where[0]]
        opening = paragraph.sentence(where[1])[0]
        match = _OPENING_NOUN.match(paragraph.masked, opening, where[1])
        if match is None:
            return None  # (most sentences: no person's noun opens them)
        k = bisect_left(paragraph.mention_starts, opening)
        mentions = paragraph.mentions
        if k < len(mentions) and mentions[k].start < where[1] and mentions[k].kind != "pronoun":
            return None  # (a name between: the older rules read it)
        subject = "the " + match.group("head")
        name = self._phrase(subject, (where[0], match.end("head"))).name
        entry = self.entries.get(name) if name is not None else None
        if entry is None or entry.kind != "person" or name is None:
            return None
        return name if self._sex_fits(name, gender) else None

    def _sentence_opening_noun(self, where: tuple[int, int]) -> str | None:
        """`The platform has added a queue, which it said would ...` -> the body the article
        called `the platform` (or whose kind it is): a body's noun opening the pronoun's own
        sentence, with no name between them, is what `it` turns back to."""
        paragraph = self._paragraphs[where[0]]
        opening = paragraph.sentence(where[1])[0]
        match = _OPENING_NOUN.match(paragraph.masked, opening, where[1])
        if match is None:
            return None
        k = bisect_left(paragraph.mention_starts, opening)
        mentions = paragraph.mentions
        if k < len(mentions) and mentions[k].start < where[1] and mentions[k].kind != "pronoun":
            return None  # (a name between: the older rules read it)
        head = match.group("head")
        body = self.called_bodies.get(head) or self._noun_given(head)
        entry = self.entries.get(body) if body is not None else None
        if entry is not None and entry.kind == "organisation":
            return body
        return self._apposed_noun(head, where)

    def _apposed_noun(self, head: str, where: tuple[int, int]) -> str | None:
        """`Ticketline, the country's largest ticketing platform, ...` -> Ticketline for
        `the platform`: the latest name (of the recent mentions) set off by an appositive that
        ends with the noun; never a person's."""
        for paragraph, mention in self._mentions_back(where):
            entry = self.entries.get(mention.name)
            if mention.kind not in ("org", "single") or (entry and entry.kind == "person"):
                continue
            apposed = _APPOSED_NOUN.match(paragraph.masked, mention.end)
            if apposed is not None and apposed.group(1) == head:
                return self.organisation(mention.name)
        return None

    def _noun_given(self, head: str) -> str | None:
        """The latest body (of KNOWN_ENTRIES) the article gave the noun in apposition or named
        by it: `X, the country's largest ticketing platform` -> X for `platform`."""
        for name in islice(reversed(self.entries), KNOWN_ENTRIES):
            entry = self.entries[name]
            if entry.kind == "organisation" and (entry.noun == head or entry.label == head):
                return name
        return None

    def _unnamed_since(self, gender: str, where: tuple[int, int]) -> bool:
        """`A 24-year-old woman, who asked that her name be withheld, said ...` then `“...,” she
        said`: someone of the pronoun's sex brought in unnamed, in its paragraph or the one
        before, with no person who may be of that sex named since: the pronoun is theirs."""
        for index in range(where[0], max(-1, where[0] - UNNAMED_BACK - 1), -1):
            paragraph = self._paragraphs[index]
            end = where[1] if index == where[0] else len(paragraph.text)
            at = unnamed_subject_at(paragraph, end, gender)
            k = bisect_left(paragraph.mention_starts, end)
            # (only a person's or a lone name's mention can answer below: the others of the
            # window are passed over by a binary search over those, as in named_in_paragraph;
            # a run of `“...,” he said` read every pronoun back for every quote)
            named, mentions = self._named_positions(paragraph), paragraph.mentions
            lo = bisect_left(named, max(0, k - self.recent_events))
            for position in reversed(named[lo : bisect_left(named, k)]):
                mention = mentions[position]
                if mention.start < at:
                    break
                if (
                    mention.kind == "person"
                    and mention.gender in (None, gender)
                    and not _attributive_name(paragraph.masked, mention)
                ):
                    return False  # named since (or in that paragraph, with no one unnamed)
                if mention.kind == "single" and self._named_person(mention.name, gender):
                    return False  # `one reporter asked.` then `Abernathy-Wu paused. “...”`
            if self._described_since(index, at, end, gender):
                return False
            if at >= 0:
                return True
        return False

    def _described_since(self, index: int, at: int, end: int, gender: str) -> bool:
        """`The manager said ... Asked ..., he replied:` after someone unnamed: a role noun that
        resolved to a named person of the pronoun's sex spoke in [at, end) of that paragraph."""
        bucket = self._bucket(index)
        k = bisect_left(bucket, (end,))
        window = bucket[max(0, k - self.recent_events) : k]
        # (the events at `at` or after, in text order, are the window's end; unnamed events
        # answer nothing and are skipped without a step in Python, as in _recent)
        since = window[bisect_left(window, (at,)) :] if at > 0 else window
        for name in filter(None, map(_NAME, since)):
            entry = self.entries.get(name)
            if entry is not None and entry.kind == "person" and entry.gender in (None, gender):
                return True
        return False

    def _named_person(self, name: str, gender: str) -> bool:
        """A surname alone (`Abernathy-Wu`) of someone the article named, or a one-word name
        (`Jo`), of a person who may be of `gender`."""
        entry = self.entries.get(self.by_surname(name) or name)
        return entry is not None and entry.kind == "person" and entry.gender in (None, gender)

    def _counsel(self, gender: str | None, where: tuple[int, int]) -> str | None:
        """`Ana Ruiz, prosecuting, told the court Lenz had ... “...,” she said`: the person
        written with a court role (counsel_marked) in the pronoun's sentence or the one before,
        when the pronoun fits them; the people their sentence reports on are not its voice."""
        index = where[0]
        paragraph = self._paragraphs[index]
        marked = self._counsel_of.get(index)
        if marked is None:
            marked = counsel_marked(paragraph.masked, paragraph.mentions, paragraph.mention_starts)
            self._counsel_of[index] = marked
        if not marked:
            return None
        opening = paragraph.sentence(where[1])[0]
        for start, written in reversed(marked):
            if start >= where[1]:
                continue
            if start < paragraph.sentence_before(opening):
                return None  # two sentences back or more: another voice may come between
            name = self._fuller(written) or written
            entry = self.entries.get(name)
            if entry is None or entry.kind != "person" or entry.gender not in (None, gender):
                return None
            if unlikely(name, entry.gender, gender):
                return None
            entry.gender = gender
            return name
        return None

    def _partner_apposed(self, name: str, word: str) -> bool:
        """`Ana Lee and her co-author, Sam Ode, spent ...`: a person of unknown gender last met
        as the apposition to `and her <noun>` is not the `she` after it; the owner is."""
        paragraph, start = self._latest[name]
        masked = self._paragraphs[paragraph].masked
        # (the mention opens at its role, `her co-author, `, when the role is read with it)
        found = _PARTNER_ROLE.match(masked, start)
        if found is not None:
            start = found.end()
        low = start - _PARTNER_REACH if start > _PARTNER_REACH else 0
        found = _PARTNER_BEFORE.search(masked, low, start)
        if found is None:
            return False
        return _OWNER_PRONOUNS[(found.group(1) or found.group(2)).lower()] == word

    def _lede_narrated(
        self, word: str, gender: str | None, where: tuple[int, int], nearest: str
    ) -> str | None:
        """`In 2011 she was appointed MBE. She told the local paper: “...”` after a quote of
        someone whose gender is unknown: a paragraph whose first sentence narrates the pronoun
        (no name before it, no quote) goes on about the person opening the article's first
        paragraph, if the text never gave them the other gender."""
        if where[0] == 0 or self._latest.get(nearest, where)[0] >= where[0]:
            return None
        paragraph = self._paragraphs[where[0]]
        first = paragraph.bounds[0]
        if not first[1] <= where[1] or MASK in paragraph.masked[first[0] : first[1]]:
            return None
        narrated = paragraph.mentions_between(first[0], first[1])
        before = narrated + paragraph.mentions_between(first[1], where[1])
        if not narrated or any(m.kind != "pronoun" or m.name.lower() != word for m in before):
            return None
        opening = self._paragraphs[0].mentions[:1]
        if not opening or opening[0].start != 0 or opening[0].kind != "person":
            return None
        lede = self._fuller(opening[0].name) or opening[0].name
        entry = self.entries.get(lede)
        if lede == nearest or entry is None or entry.gender not in (None, gender):
            return None
        entry.gender = gender
        return lede

    def _owner_opening(
        self, paragraph: Paragraph, mention: Mention, where: tuple[int, int]
    ) -> str | None:
        """`The Opposition leader’s verdict was shorter. “...,” he told reporters`: the sentence
        before the pronoun's, in its paragraph, opens with a description's owner; the person the
        description names (`the Opposition leader`), if a person the pronoun fits, is `he`."""
        if mention.name not in ("he", "she"):
            return None
        start = paragraph.sentence(mention.start)[0]
        if start == 0 or paragraph.mentions_between(start, mention.start):
            return None  # (a name before the pronoun in its own sentence is nearer)
        before = paragraph.sentence_before(start)
        match = _OWNER_OPENING.match(paragraph.masked, before)
        if match is None or MASK in paragraph.masked[before:start]:
            return None
        if paragraph.mentions_between(match.end(), start):
            return None  # (`The lorry’s driver, X, told`: the sentence names its subject)
        if any(_person_noun(word) for word in match.group(2).split()):
            return None  # (`The mayor’s lawyer was in court.`: the lawyer is the subject)
        name = self.resolve_phrase("the " + match.group(1), where).name
        entry = self.entries.get(name) if name else None
        if entry is None or entry.kind != "person" or entry.gender not in (None, mention.gender):
            return None
        entry.gender = mention.gender  # (as `pronoun` notes it of the person it gives)
        return name

    def _reporter_carried(
        self, paragraph: Paragraph, mention: Mention, where: tuple[int, int]
    ) -> str | None:
        """`Roy said she feared for a course built by a former dean, Ann Lee.` then `“...,” she
        said`: after a paragraph of someone's reported words (no quote), a `he`/`she` closing a
        quote that opens its paragraph carries that reporter on, not a person the report named
        after its verb who never spoke (see _reported_person)."""
        if where[0] == 0 or (mention.name != "he" and mention.name != "she"):
            return None
        spans = paragraph.spans
        if not spans or spans[0].open > mention.start or not paragraph.starts_with_quote(spans[0]):
            return None
        starts = paragraph.mention_starts
        if starts and starts[0] < mention.start:
            return None  # (a name before the pronoun in its paragraph is nearer)
        before = self._paragraphs[where[0] - 1]
        if before.spans:
            return None  # (a quote there: the ordinary look-back reads its speaker)
        clause = next((c for c in before.clauses if c.subject is not None), None)
        if clause is None or clause.subject is None or clause.subject.kind == "pronoun":
            return None
        subject = clause.subject
        reporter = self._fuller(subject.name) or self.by_surname(subject.name) or subject.name
        entry = self.entries.get(reporter)
        if entry is None or entry.kind != "person" or entry.gender not in (None, mention.gender):
            return None
        if unlikely(reporter, entry.gender, mention.gender):
            return None
        if not self._reported_person(before, clause, reporter):
            return None
        return reporter

    def _reported_person(self, before: Paragraph, clause: Clause, reporter: str) -> bool:
        """The last person of a paragraph of reported words is named after its reporting verb
        (`..., a figure confirmed by the district nurse, Ann Lee`), is not the reporter, and was
        never heard or named before (one event: that naming)."""
        latest = islice(reversed(before.mentions), self.recent_events)
        last = next((m for m in latest if m.kind == "person"), None)
        if last is None or last.start < clause.verb_end:
            return False
        name = self._fuller(last.name) or last.name
        return name != reporter and self.events_of.get(name, 0) <= 1

    def _recalled_subject(
        self, paragraph: Paragraph, mention: Mention, where: tuple[int, int]
    ) -> str | None:
        """`In a rare interview in 2002, she said:` in an obituary, after others spoke of her:
        a `he`/`she` that opens its paragraph's names, in a sentence set in the past (see
        recalled), is the person the lead opens with, if of a fitting sex (a profile's or an
        obituary's subject), not the last person of that sex to speak."""
        if where[0] == 0 or (mention.name != "he" and mention.name != "she"):
            return None
        if not self._lead_read:  # (the lead read once: most articles open with no one's name)
            self._lead_read = True
            self._lead = self._lead_person()
        lead = self._lead
        entry = self.entries.get(lead) if lead else None
        if lead is None or entry is None or entry.kind != "person":
            return None
        starts = paragraph.mention_starts
        if starts and starts[0] < mention.start:
            return None  # (a name before the pronoun in its paragraph is nearer)
        start = paragraph.sentence(mention.start)[0]
        if not recalled(paragraph.masked, start, mention.start, mention.end):
            return None
        if entry.gender not in (None, mention.gender) or unlikely(lead, None, mention.gender):
            return None
        entry.gender = mention.gender  # (as `pronoun` notes it of the person it gives)
        return lead

    def _lead_person(self) -> str | None:
        """The person the article's first paragraph opens with (`Ann Lee, the painter whose
        ..., has died`), by their fullest name; None when it opens otherwise."""
        opening = self._paragraphs[0].mentions[:1]
        if not opening or opening[0].start != 0 or opening[0].kind != "person":
            return None
        return self._fuller(opening[0].name) or opening[0].name

    def _unnamed_last(self, where: tuple[int, int]) -> bool:
        """The latest event before `where` in its paragraph is someone unnamed speaking."""
        bucket = self._bucket(where[0])
        end = bisect_left(bucket, (where[1],))
        return end > 0 and bucket[end - 1][2] is None

    def _couple(self, where: tuple[int, int]) -> str | None:
        """`Ann and Tom Lee`: the two people `they` stands for when the person named last in
        its paragraph (before it) is the second of a first name, `and`, and a full name."""
        paragraph = self._paragraphs[where[0]]
        k = bisect_left(paragraph.mention_starts, where[1])
        mentions = paragraph.mentions
        for i in range(k - 1, 0, -1):
            mention = mentions[i]
            if mention.kind != "person" or in_relative_clause(paragraph.masked, mention.start):
                continue  # ("who owned Willowmere Barn": what the couple's clause is about)
            first = mentions[i - 1]
            if first.kind != "single" or paragraph.masked[first.end : mention.start] != " and ":
                return None
            return self._add_entry(f"{first.name} and {mention.name}", "person")
        return None

    def _body_mentioned(self, where: tuple[int, int]) -> str | None:
        """`represented by the consumer group Fairway Rights. “...,” it said`: with no body
        speaking or made salient, the body named last in the pronoun's own paragraph."""
        paragraph = self._paragraphs[where[0]]
        k = bisect_left(paragraph.mention_starts, where[1])
        for mention in reversed(paragraph.mentions[max(0, k - self.recent_events) : k]):
            if mention.kind == "pronoun" or opens_dateline(paragraph.masked, mention.start):
                continue  # (`LONDON (Reuters) -`: a place and a credit, not the `it`)
            if body := self._body(mention):
                return body
            if self._one_word_subject(paragraph, mention):
                return self.organisation(mention.name)
        return None

    def _body_opening_before(self, where: tuple[int, int]) -> str | None:
        """`Dravmoor denied the claim.` then `“...,” it said`: with no body in the pronoun's own
        paragraph, the body (or one-word name, see _one_word_subject) opening the paragraph
        before, its subject; only its first mention is read."""
        if where[0] == 0:
            return None
        paragraph = self._paragraphs[where[0] - 1]
        if not paragraph.mentions or paragraph.mentions[0].start != 0:
            return None
        first = paragraph.mentions[0]
        if first.kind == "pronoun":
            return None
        body = self._body(first)
        if body is not None:
            return body
        return self.organisation(first.name) if self._one_word_subject(paragraph, first) else None

    def _one_word_subject(self, paragraph: Paragraph, mention: Mention) -> bool:
        """`Deltaform denies the claims. “...,” it said.`: one capitalised word opening its
        sentence, no given name, surname or person the article knows, is what `it` stands for."""
        if mention.kind != "single" or usual_sex(mention.name) is not None:
            return False
        if paragraph.sentence(mention.start)[0] != mention.start:
            return False
        entry = self.entries.get(mention.name)
        if entry is not None:
            return entry.kind == "person" and entry.role is None and entry.gender is None
        return self.by_surname(mention.name) is None

    def organisation(self, name: str) -> str:
        """Register an organisation speaker (`the Kremlin` is stored as `Kremlin`)."""
        full = self.acronym(name)  # "EFSA" after "the European ... (EFSA)"
        name = name if full is None else full
        name = self.loose_acronym(name) or name  # "DOF" after "Department of Fisheries"
        name = self.comma_tails.get(name, name)  # "Immigration, Refugees and ... (IRCC)"
        client = self._client_body(name) if name.startswith(_AGENTS_FOR) else None
        if client is not None:
            return client  # "Lawyers for Acme Homes said": the company speaks through them
        known = self._prefixes.get(name) or self._fullest(name) or self.headed(name)
        known = known or self._body_by_first(name) or self._clipped(name)
        if known is not None:
            return known  # "Brightwell" after "Brightwell Appliances" is the same company
        entry = self.entries.get(name) or self._add(Entry(name, "organisation"))
        if entry.kind == "person" and entry.role is None and entry.gender is None:
            entry.kind = "organisation"  # "the Harbor Walks site" ... "a Harbor Walks spokesman"
        return name

    def _client_body(self, name: str) -> str | None:
        """`Lawyers for Acme Homes` -> `Acme Homes`: a body the article named before, for whom
        its lawyers speak (see _AGENTS_FOR); None for anyone else (`Lawyers for Ana Ruiz`, or
        `Lawyers for Human Rights`, a body's own name)."""
        client = name.split(" for ", 1)[1].removeprefix("the ")
        return self._organisation_named(client)

    def _clipped(self, name: str) -> str | None:
        """`Caledonian MacBrayne` for `a CalMac spokeswoman`: see `clipped_body` (asked only of
        a one-word name with a capital inside it)."""
        if " " in name or name[1:].islower() or name.isupper():
            return None
        # (a name read as no one's in particular may be a body's: `Bellamy Telecoms said`)
        bodies = [
            n
            for n, e in self.entries.items()
            if e.kind == "organisation" or (e.role is None and e.gender is None)
        ]
        full = clipped_body(name, bodies)
        return self.organisation(full) if full is not None else None

    def _note_first_word(self, name: str) -> None:
        """`Brightwell` -> `Brightwell Stone`: the first word of a person's name ("" when two
        people share it, so that it is no one's short form)."""
        first, space, _ = name.partition(" ")
        if space and self._first_words.setdefault(first, name) != name:
            self._first_words[first] = ""

    def _goes_on_it(self, name: str) -> None:
        """`Ruighoek said it had offered`: one word whose clause goes on with `it` may shorten
        the two-word name it opens as `its` after that name would say (see _body_by_first)."""
        full = self._first_words.get(name)
        if full:
            self.owning_its.add(full)

    def _body_by_first(self, name: str) -> str | None:
        """`Brightwell Stone had broken its permit` then `Brightwell said it would appeal`: one
        word, taken for a body's name, that opens the one two-word name the article gave with
        no role or sex, written opening a clause that goes on with `its`, is that name cut
        short, a body's. Not when the word is a given name of one sex (`Marta` of `Marta Quell`
        is hers, see given_name)."""
        if " " in name or name in self.entries:
            return None
        full = self._first_words.get(name)
        if not full or full.count(" ") != 1 or usual_sex(name) is not None:
            return None
        if full not in self.owning_its:
            return None  # `Orbly Maps added a feature`: a product, which `Orbly` does not shorten
        entry = self.entries[full]
        if entry.kind == "organisation":
            return full  # (made a body at its first short form: `the statement read` after it)
        if entry.kind != "person" or entry.role is not None or entry.gender is not None:
            return None
        entry.kind = "organisation"
        return full

    def resolve(
        self, clause: Clause, where: tuple[int, int], paragraph: Paragraph
    ) -> Resolved | None:
        """Who a reporting clause names; None when the clause has no subject at all."""
        mention = clause.subject
        if mention is None and clause.phrase and " and " in clause.phrase:
            mention = self._portfolio_holder(clause, paragraph)
        if mention is None:
            posted = self.posted_by(paragraph, clause.verb_start, where)
            if posted is not None:
                return Resolved(posted, "pronoun")  # `A notice ... by the hospital asks`
            if clause.phrase and withheld(paragraph, clause):
                return Resolved(None, None)  # `The manager, who declined to be named, said`
            return self.cue_phrase(clause.phrase, where) if clause.phrase else None
        if pronoun_in_aside(paragraph, clause):
            return Resolved(None, None)  # `A supplier, who ... because he is owed money, said`
        if self.goes_by and mention.name in self.goes_by:
            person = self.goes_by[mention.name]  # `Halcyon said` of `X, who plays as Halcyon,`
            entry = self.entries.get(person)
            if entry is not None and entry.kind == "person":
                return Resolved(person, "explicit")
        if mention.kind != "pronoun" and spoken_for(paragraph.masked, mention.start):
            body: str | None = self.organisation(mention.name)  # "a spokesman for X"
            self.spokes[body] = where
            return Resolved(body, "explicit")
        if mention.kind == "single" and placed_resident(
            paragraph.masked, mention.start, mention.end
        ):
            # `said the Cheras resident`: one introduced there, else the person named last
            name = self.placed_person(mention.name, None, where) or self.person_named_last(where)
            return Resolved(name, "pronoun" if name else None)
        if placed_party(paragraph.masked, mention):
            last = self.person_named_last(where)
            name = self.fitting_person(mention.name.split()[-1].lower(), last, where)
            return Resolved(name, "pronoun" if name else None)
        if mention.kind == "person":
            self.note(paragraph, mention)
            body = self.short_form(mention.name)
            if body:
                return Resolved(body, "explicit")
            full = self._fuller(mention.name)
            resolved = Resolved(full or mention.name, "surname" if full else "explicit")
        elif mention.kind == "org":
            # (only where the paragraph quotes: who a quote-less sentence's subject is moves
            # the pronouns' choice of the latest person of a sex, which this does not weigh)
            ranked = self._rank_before_surname(mention.name) if paragraph.spans else None
            if ranked is not None:
                return Resolved(ranked, "surname")
            titled = self._title_initials(mention, paragraph, where)
            if titled is not None:
                return Resolved(titled or None, "pronoun" if titled else None)
            headed = self._capital_noun_body(paragraph, mention, where)
            if headed is not None:  # (a name in the cue, as `the Government` read by short form)
                return Resolved(headed, "explicit")
            return Resolved(self.organisation(mention.name), "explicit")
        elif mention.kind == "single" and _described_as(paragraph.masked, mention):
            name = self.nationals.get(mention.name)  # "Belgian rider X ... the Belgian said"
            if name not in self.entries:
                name = self._answering(paragraph, where)
            if name not in self.entries:
                last = self.person_named_last(where)
                name = self.fitting_person(mention.name.lower(), last, where)
            return Resolved(name, "pronoun" if name else None)
        elif mention.kind == "single" and people_noun(paragraph.masked, mention):
            return Resolved(None, None)  # "Officials said", "Analysts wrote": no one named
        elif mention.kind == "single":
            if it_after(paragraph.masked, clause.verb_end):
                self._goes_on_it(mention.name)
            resolved = self._single(mention)
            self.titled_sex(resolved.name, mention, paragraph.masked)
            if mention.gender is None and resolved.name is not None:
                # (`Y said he would be there` where husband and wife share Y: the `he` chooses)
                shared = self._pronoun_namesake(paragraph, mention, clause, resolved.name)
                resolved = resolved if shared is None else Resolved(shared, "surname")
            aged = generation_before(paragraph.masked, mention.start)
            bearer = self._generation_bearer(mention.name, aged) if aged is not None else None
            if bearer is not None:  # `the younger Tang wrote` of `His son, Tang Ka-lok,`
                resolved = Resolved(bearer, "surname")
            if aged_after(paragraph.masked, mention.end) and resolved.name == mention.name:
                self.entries[mention.name].kind = "person"  # "Lenz, 55, told agents"
        else:
            # (`“...,” it said in a notice`, `“...,” it reads`: a document's `it`)
            it = mention.name in ("it", "It")
            name = self.document_it(paragraph, (clause.verb_start, clause.verb_end)) if it else None
            name = name or self._owner_opening(paragraph, mention, where)
            name = name or self._asked_by_answer(paragraph, mention, where)
            name = name or self._reporter_carried(paragraph, mention, where)
            name = name or self._recalled_subject(paragraph, mention, where)
            name = name or self.pronoun(mention.name, mention.gender, where)
            return Resolved(name, "pronoun" if name else None)
        entry = self.entries.get(resolved.name or "")
        if entry and entry.kind == "person" and entry.gender is None:
            sex = role_noun_sex(paragraph.masked, mention.name_start)
            if sex is not None and not unlikely(entry.name, None, sex):
                entry.gender = sex  # `A regular, retired postman X, said`: a man
            else:
                # "Angela Cooper said she and ...": the pronoun after the verb is the subject's
                follow = following_pronoun(paragraph.masked, clause.verb_end)
                if follow and not _owner_meant(paragraph.masked, mention, follow.group(1)):
                    entry.gender = PRONOUNS[follow.group(1)]
        return resolved

    def _capital_noun_body(
        self, paragraph: Paragraph, mention: Mention, where: tuple[int, int]
    ) -> str | None:
        """`the Authority said` after `The Tanzania Ports Authority (TPA) has ...`: a body's
        noun alone, capitalised as the house style writes a body's own head word, after `the`,
        is the body `the authority` would be (see capital_noun), when that body's name holds
        the word; None for any other name (`the Vell Authority`, `Ofcom`)."""
        if not capital_noun(paragraph.masked, mention):
            return None
        noun = mention.name.lower()
        body = self._phrase("the " + noun, where).name
        entry = self.entries.get(body) if body is not None else None
        if entry is None or entry.kind != "organisation" or body == mention.name:
            return None
        if noun not in lowered_words(body):
            return None
        # (`The Harbour Authority of X and the Roads Authority of Y met. ... the Authority said`:
        # a word two bodies known so far share stands for neither; the registry holds only the
        # bodies read up to here)
        holders = 0
        for name in islice(reversed(self.entries), KNOWN_ENTRIES):
            entry = self.entries[name]
            if entry.kind == "organisation" and " " in name and noun in lowered_words(name):
                holders += 1
        return body if holders < 2 else None

    def _pronoun_namesake(
        self, paragraph: Paragraph, mention: Mention, clause: Clause, found: str
    ) -> str | None:
        """`Kerr said he would be at the rally` after `Ed Kerr` and `His wife, Jo, ...` (Jo
        Kerr named last): of two people or more bearing the surname, the one of the sex of the
        subject pronoun right after the verb (see following_pronoun), when the one found is
        known or likely to be of the other; None otherwise."""
        if len(self._surnames.get(mention.name, ())) < 2:
            return None  # (most surnames: one bearer, nothing to choose)
        follow = following_pronoun(paragraph.masked, clause.verb_end)
        if follow is None or _owner_meant(paragraph.masked, mention, follow.group(1)):
            return None
        sex = PRONOUNS[follow.group(1)]
        entry = self.entries[found]
        if entry.gender == sex or (entry.gender is None and not unlikely(found, None, sex)):
            return None
        other = self.namesake_of(mention.name, sex)
        return other if other is not None and other != found else None

    def _title_initials(
        self, mention: Mention, paragraph: Paragraph, where: tuple[int, int]
    ) -> str | None:
        """`the DCP said` after `according to Deputy Commissioner of Police (Traffic) X`: an
        acronym after `the` that no bracket defines and no body holds, spelt by the title
        written right before a person's name (a unit in brackets aside), is that person."""
        name = mention.name
        if not (len(name) <= _INITIALS_LETTERS and name.isalpha() and acronym(name)):
            return None
        if self.acronym(name) is not None or self.loose_acronym(name) is not None:
            return None
        qualifier = _qualifier_before(paragraph.masked, mention.start)
        if qualifier is None:
            return None
        post = name in ROLE_ABBREVIATIONS
        reach = _ROLE_INITIALS_BACK if post else _INITIALS_BACK
        for index in range(where[0], max(-1, where[0] - reach), -1):
            before = self._paragraphs[index]
            # (the latest few names of each paragraph: a page of them stays linear)
            for person in islice(reversed(before.mentions), _INITIALS_MENTIONS):
                if person.kind != "person" or (index == where[0] and person.start >= where[1]):
                    continue
                head = before.masked[max(0, person.name_start - _TITLE_REACH) : person.name_start]
                if spelt_title(head, name) or spelt_role(head, name, qualifier):
                    return self._fuller(person.name) or person.name
                if post and _role_holder(before.masked, person, name):
                    return self._fuller(person.name) or person.name
        # `the MD said` with no managing director named: someone unnamed, never the letters
        return "" if post else None

    def _rank_before_surname(self, name: str) -> str | None:
        """`ASP Turay said` after `Assistant Superintendent of Police Ibrahim Turay`: letters
        before a known person's surname that spell the title or role written before their name
        are that title, no part of a body's name; None for any other (`NHS Grampian`)."""
        letters, _, surname = name.partition(" ")
        if not (surname and len(letters) <= _INITIALS_LETTERS and acronym(letters)):
            return None
        person = self.by_surname(surname) if " " not in surname else None
        seen = self.first_seen.get(person) if person is not None else None
        if person is None or seen is None:
            return None
        before = self._paragraphs[seen[0]]
        for mention in before.mentions_between(seen[1], seen[1] + 1):
            if mention.kind == "person":
                head = before.masked[max(0, mention.name_start - _TITLE_REACH) : mention.name_start]
                if spelt_title(head, letters) or letters in _WORDS.findall(head):
                    return person  # (`The SDM, Amandeep Goyal,`: the letters themselves)
                return person if self._rank_letters(letters) else None
        return None

    def _rank_letters(self, letters: str) -> bool:
        """`SDM`, `SSP` before a known person's surname: three or four capitals that stand for
        no body the article names (`UN`, `NHS` defined there stay bodies; two letters may be a
        given name's initials, `TJ`)."""
        if len(letters) < _RANK_LETTERS or not rank_short_form(letters):
            return False
        if self.acronym(letters) is not None or self.loose_acronym(letters) is not None:
            return False
        entry = self.entries.get(letters)
        return entry is None or entry.kind == "person"

    def _portfolio_holder(self, clause: Clause, paragraph: Paragraph) -> Mention | None:
        """`Works and Housing Minister Ann Lee said`: the person whose role a government's field
        and `and` open (portfolio_field), when the clause's words are theirs."""
        phrase = clause.phrase or ""
        k = bisect_left(paragraph.mention_starts, clause.verb_start) - 1
        if k < 1:
            return None
        field, last = paragraph.mentions[k - 1], paragraph.mentions[k]
        masked = paragraph.masked
        if not portfolio_field(masked, field, last):
            return None
        opens = phrase.startswith(masked[field.start : field.end])
        return last if opens and phrase.endswith(masked[last.start : last.end]) else None


# An acronym for a title is short (`SP`, `DGP`, `ACP`); the paragraphs and characters before
# a name read for the title it spells.
_INITIALS_LETTERS: Final = 4
_WORDS: Final = re.compile(r"[\w.'’-]+")  # a head's words, its commas off (`The SDM, `)
# A rank's capitals before a surname are this many at least when no title spells them (`SDM`).
_RANK_LETTERS: Final = 3
_INITIALS_BACK: Final = 3
_ROLE_INITIALS_BACK: Final = 10  # (`the MD` of a managing director named pages of text before)
_INITIALS_MENTIONS: Final = 24
_TITLE_REACH: Final = 80
_UNIT_AFTER: Final = re.compile(r"\s*\([^()]{1,40}\)\s*$")  # `(Traffic) ` before a name
_THE: Final = ("the ", "The ")  # (before an acronym that stands for a title: `the DCP said`)


def _role_holder(masked: str, person: Mention, letters: str) -> bool:
    """`Tomas Berg, managing director of <Firm>,` or `The resort's general manager, Ali
    Rasheed,` holds the post `MD` or `GM` spells: the role read with the name, or the
    apposition after it (role_spells)."""
    if person.role and role_spells(person.role, letters):
        return True
    if masked.endswith(f" {letters} ", 0, person.name_start):
        return True  # `Halvard Air MD Tomas Berg`: the abbreviation as the title before the name
    return role_spells(apposed_role(masked, person.end), letters)


def capital_noun(masked: str, mention: Mention) -> bool:
    """`the Authority said`, `the Bureau added` -> True; `the Vell Authority`, `Authority said`
    (no `the`), `the Ofcom` -> False: a one-word name after `the` that is a body's own word."""
    name = mention.name
    return (
        " " not in name
        and name[1:].islower()
        and word_key(name) in ORG_WORDS
        and masked.endswith(_THE, 0, mention.start)
    )


def _attributive_name(masked: str, mention: Mention) -> bool:
    """`warned about the Tobin Arua turbine` -> True, `Tobin Arua said`, `the engineer Tobin Arua
    said` -> False: a name right after `the` and before a lowercase noun names a thing by it
    (a station, a report), not a person met in the text."""
    if not masked.endswith(_THE, 0, mention.start):
        return False
    after = masked[mention.end : mention.end + 2]
    return after[:1] == " " and "a" <= after[1:] <= "z"


def spelt_title(head: str, letters: str) -> bool:
    """`Deputy Commissioner of Police (Traffic) ` spells `DCP`: the words of a name ending
    `head` (capitalised or small, see name_word) spell it by their initials (initials_of)."""
    words = _UNIT_AFTER.sub("", head).split()
    k = len(words)
    while k and name_word(words[k - 1]):
        k -= 1
    return initials_of(words[k:]) == letters


# Words that qualify a title without changing it, so initials leave them out: `the acting MD`.
_TITLE_QUALIFIERS: Final = frozenset(
    "acting interim outgoing incoming new former caretaker".split()
)
# Words before a role that make it another post: `deputy managing director` is not `the MD`.
_LOWER_RANKS: Final = frozenset("deputy assistant vice associate joint co executive".split())
# Capitalised words before a role that make it another post too: `Chief Medical Officer` is not
# `the MO` (a capitalised place before it is the post's area: `Lakeside District Health Officer`).
_HIGHER_RANKS: Final = frozenset("chief senior principal head general first second".split())


# The characters before initials read for `the` and a qualifier: `the caretaker `, with room.
_QUALIFIER_REACH: Final = 24


def _qualifier_before(masked: str, start: int) -> str | None:
    """`the acting MD` -> `acting`, `the MD` -> ``, `an MD`, `the deputy MD` -> None: `the` right
    before the initials, or `the` and one qualifying word (_TITLE_QUALIFIERS)."""
    if masked.endswith(_THE, 0, start):
        return ""
    words = masked[max(0, start - _QUALIFIER_REACH) : start].split()
    if len(words) >= 2 and words[-2] in ("the", "The") and words[-1] in _TITLE_QUALIFIERS:
        return words[-1]
    return None


def spelt_role(head: str, letters: str, qualifier: str) -> bool:
    """`Acting managing director ` spells `MD` (and `the acting MD`), `its chief executive officer `
    `CEO`; `deputy managing director ` does not spell `MD`: the last words of `head`, in any case,
    give the letters by their initials, and the word before them, if any, is lowercase or the
    qualifier the initials carry (`acting`, see _qualifier_before), or a capitalised area
    (_area_before); a courtesy title ending `head` (`Dr`) is left out."""
    words = _UNIT_AFTER.sub("", head).split()
    while words and word_key(words[-1]) in HONORIFICS:
        words.pop()  # `District Health Officer Dr ` spells `DHO`: the courtesy title is no post
    if not tail_spells(words, letters):
        return False
    size = len(letters)
    if len(words) == size:
        return True
    before = words[len(words) - size - 1]
    lowered = before.lower()
    if lowered in _LOWER_RANKS:
        return False
    return (
        before.islower()
        or lowered == qualifier
        or before.endswith((",", ":"))
        or _area_before(before)
    )


def _area_before(word: str) -> bool:
    """`Lakeside` (of `Lakeside District Health Officer`) -> True, `Chief` -> False: a capitalised
    word before a role, no rank of its own, names the post's area (a district, a region)."""
    return word[:1].isupper() and word.isalpha() and word.lower() not in _HIGHER_RANKS


_OWNER_PRONOUNS: Final = {"her": "she", "his": "he"}
# `Lee and her co-author, ` before a name, or `Her partner, ` (a family word) opening its
# sentence after the owner's: the name is the owner's partner or kin, not the owner (`His
# lecturer, Dr X, has given ...` is a voice of his own).
_PARTNER_ROLE: Final = re.compile(r"(?:[Hh]er|[Hh]is) [a-z]+(?:[ -][a-z]+)?, ")
_PARTNER_BEFORE: Final = re.compile(
    r"(?:\w (?:and|with) (her|his) [a-z]+(?:[ -][a-z]+)?"
    r"|(?:^|[.!?][\"”’]? )(Her|His) (" + "|".join(sorted(FAMILY_WORDS)) + r")), $"
)
_PARTNER_REACH: Final = 40  # (`and his business partner, ` and shorter)
_NAME_OWNER: Final = re.compile(r"(?<![\w-])[A-Z][\w-]*['’]s ")  # `Vanderwerff's attorney`


# A verb of answering a claim right after a body's name (within a sentence's few words): `The
# Electoral Commission rejected the claim.` then a bare `“Every ballot was counted.”`.
_REPLY_AFTER: Final = re.compile(
    r"[^.!?;:]{0,80}?\b(?:rejected|denied|disputed|dismissed|rebutted|defended|hit back)\b"
)


# The object pronoun of the other sex, inside the sentence of `he` or `she`.
_OTHER_OBJECT: Final = {"she": ("him", "his"), "he": ("her",)}


def _object_pronoun_in(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """One of `words` written as a word of its own between `start` and `end` (`her`, not
    `other` nor `hers`), as `\\b(?:him|his)\\b` would find it there: a search for each word and
    a look at the characters either side, where the pattern was tried at every character (the
    pattern's `\\b` at `start` reads the character before it, as here, but at `end` reads
    none: a word may close at `end`, before any character)."""
    end = min(end, len(text))  # (as the pattern's search reads no further than the text)
    for word in words:
        at = text.find(word, start, end)
        while at >= 0:
            after = at + len(word)
            if (at == 0 or not word_char(text[at - 1])) and (
                after == end or not word_char(text[after])
            ):
                return True
            at = text.find(word, at + 1, end)
    return False


_SEXED_BACK: Final = 6  # the latest mentions read for one of the pronoun's known sex


# `asked why` (of `Opposition MP Y asked why`, read from the verb or the name before it): a
# question put, whose answer is someone else's.
_ASKED_QUESTION: Final = re.compile(
    r"(?:[^,;:.\x00]{0,80}? )?asked(?: \w+)? (?:why|whether|if|how|what|when|where|who)\b"
)


def replying_body(masked: str, start: int) -> bool:
    """`The Tanvara Electoral Commission rejected the claim.` -> True at the body's name: a body
    answering a claim, whose words a quote with no attribution of its own goes on to give."""
    return _REPLY_AFTER.match(masked, start) is not None


def _owner_meant(masked: str, mention: Mention | None, pronoun: str) -> bool:
    """`Her coach, Javier Ruiz, said she had trained`: the pronoun after the verb is the owner
    of the speaker's role (her), so it says nothing of the speaker's own gender."""
    if mention is None:
        return False
    if _role_owned(mention.role):
        return True  # `Lee's attorney, Glenn Hall, argued that she`: the owner's, maybe
    owner = masked[mention.start : mention.start + 4].lower().rstrip()
    if _OWNER_PRONOUNS.get(owner) == pronoun.lower():
        return True
    return _owner_apposed(masked, mention.start, pronoun)


# `Her nephew, ` opening a sentence before the speaker's role and name: whose he is.
_OWNER_APPOSED: Final = re.compile(
    r"(?:^|(?<=[.!?] ))(Her|His) [a-z]+(?:-[a-z]+)?, (?:(?:the|an?) )?(?:[a-z][a-z-]* ){0,3}$"
)
_APPOSED_REACH: Final = 60  # `His great-grandson, the family solicitor ` and shorter


def _owner_apposed(masked: str, start: int, pronoun: str) -> bool:
    """`Her nephew, the architect Ann Lee, said she had`: an owner's pronoun opening the
    apposition before the speaker's role owns the speaker too (see `_owner_meant`)."""
    low = start - _APPOSED_REACH if start > _APPOSED_REACH else 0
    window = masked[low:start]
    if "Her " not in window and "His " not in window:
        return False  # (most speakers: no owner's pronoun before them)
    found = _OWNER_APPOSED.search(masked, low, start)
    if found is None:
        return False
    return _OWNER_PRONOUNS[found.group(1).lower()] == pronoun.lower()


def _role_owned(role: str | None) -> bool:
    """`Vanderwerff's attorney`: a role written as someone else's (a name's possessive, not
    `the club’s president`), whose owner a pronoun after the verb may be as well as the speaker."""
    return role is not None and _NAME_OWNER.search(role) is not None


# At most this many characters (a role's lowercase words) between a nationality and a name.
NATIONAL_GAP: Final = 24


def _described_as(masked: str, mention: Mention) -> bool:
    """`the Welshman told`, `The Kenyan smiled`: a nationality after `the` describes someone."""
    return masked.endswith(("the ", "The "), 0, mention.start) and demonym(mention.name)


def placed_party(masked: str, mention: Mention) -> bool:
    """`the Tarvos Democrat said`, `The Ohio Republican told`: `the`, a place, then a party or
    nationality noun describe someone named before (a person by state), not a name."""
    if mention.kind == "single" or not masked.endswith(("the ", "The "), 0, mention.start):
        return False
    words = mention.name.split()
    return len(words) == 2 and listed_demonym(words[-1])


def _person_noun(word: str) -> bool:
    """`lawyer`, `mother`, `spokesman`: a word for a person (a role or a family word)."""
    return titled(word) or word in FAMILY_WORDS


def first_surname(words: list[str]) -> str | None:
    """`De la Cruz` stands for `Tomás de la Cruz Ibarra`: a particle's first of two surnames."""
    if len(words) < 4 or words[-2].lower() in NAME_PARTICLES:
        return None
    k = next((k for k in range(1, len(words) - 2) if words[k].lower() in NAME_PARTICLES), None)
    return None if k is None else particle_key(words[k:-1])


_PEOPLE_KINDS: Final = ("person", "single")  # the mentions of someone's name
_SEXED: Final = ("he", "she")


def _pronoun_sexes(paragraphs: Sequence[Paragraph]) -> dict[str, str]:
    """Surname -> `m` or `f` where a paragraph opens with the person, names no one else and
    says only `she` (or only `he`): `Dr Naleva told the paper ... “...,” she said` -> Naleva
    `f`, read anywhere in the article, before or after (`""` when two paragraphs disagree)."""
    found: dict[str, str] = {}
    for paragraph in paragraphs:
        mentions = paragraph.mentions
        if not mentions or mentions[0].start != 0 or mentions[0].kind not in _PEOPLE_KINDS:
            continue  # (most paragraphs: no name opening them)
        people = [m for m in mentions if m.kind in _PEOPLE_KINDS]
        sexes = {m.gender for m in mentions if m.kind == "pronoun" and m.name in _SEXED}
        if len(people) != 1 or len(sexes) != 1 or people[0].possessive:
            continue
        sex = sexes.pop()
        if sex is None:
            continue
        key = surname_of(people[0].name)
        found[key] = sex if found.get(key, sex) == sex else ""
    return found


def _they_people(paragraphs: Sequence[Paragraph]) -> set[str]:
    """The person named last before each `they/them` in its sentence: the one it is said of."""
    found = set()
    for paragraph in paragraphs:
        at = paragraph.masked.find("they/them")
        while at >= 0:
            start = paragraph.sentence(at)[0]
            person = None
            for mention in paragraph.mentions:
                if mention.start >= at:
                    break
                if mention.start >= start and mention.kind == "person":
                    person = mention.name
            if person is not None:
                found.add(person)
            at = paragraph.masked.find("they/them", at + 1)
    return found
