"""Names across the article and look-backs over them: a body by its noun, a pronoun's person."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Final

from mypy_extensions import trait

from api.parser.given_names import unlikely, usual_sex
from api.parser.quote_aliases import (
    defined_acronyms,
    initials_of,
    inner_acronym_cuts,
    loose_initials,
    other_names,
)
from api.parser.quote_body_names import in_fronted_phrase
from api.parser.quote_bylines import credit_line
from api.parser.quote_calls import RegistryCalls
from api.parser.quote_context import Paragraph
from api.parser.quote_described import KNOWN_ENTRIES
from api.parser.quote_entries import Entry
from api.parser.quote_lowercase import LowercaseWords
from api.parser.quote_names import occupation
from api.parser.quote_orgs import (
    COMPANY_ANAPHORS,
    FEATURE_OPENERS,
    fits,
    headed_by,
    kind_fitted,
    lowered_words,
)
from api.parser.quote_people import Mention
from api.parser.quote_rank_titles import titled_surname
from api.parser.quote_shapes import opens_dateline, spoken_to, told_to
from api.parser.quote_short_forms import acronyms_beside, police_initials
from api.parser.quote_subjects import main_subject
from api.parser.quote_words import NAME_OR_STYLE, NAME_PARTICLES, ORG_WORDS, PRONOUNS

# What someone wrote, named by a noun: "the letter said", "her statement read".
_DOCUMENTS: Final = frozenset(
    "statement letter memo email post tweet release filing message".split()
)
_OWNERS: Final = {"his": "he", "her": "she", "its": "it", "their": "they"}
_HANDLE: Final = re.compile(r"[@#]([a-z][a-z'’-]*)")  # `@acme` does not make `Acme` a common word
# \b(?:in|across|near|outside) ..., with each \b as `(?<!\w.)` after the first letter (faster).
# As one scan of (?:in|across|near|outside) ([A-Z][\w'’-]*) with \b before the word would find
# them, by one scan per word (see quote_people._PRONOUNS): each opens with its word, the name
# read by a look-ahead, so that every place is found; `places` then keeps those that one scan
# would not have passed over inside an earlier match.
# Each is scanned from its word's first place (`str.find`, as quote_people.pronoun_words does).
_PLACE_WORDS: Final = ("in ", "across ", "near ", "outside ")
_PLACES: Final = tuple(
    re.compile(word + r"(?<!\w" + word + r")(?=([A-Z][\w'’-]*))") for word in _PLACE_WORDS
)
# A lone capitalised word between an article and a noun for someone by where they live or come
# from: `An Orwa man who declined to be named`, `the Tarsel resident` (a place, as `in Texas`;
# not `a Kremlin spokesman`, `a Google engineer`: a body's staff, by other nouns). What one scan
# of `\b(?:[Aa]n?|[Tt]he) ([A-Z][a-z'’-]+) (?:man|woman|...)\b` finds, read from the nouns
# instead (see home_places): the pattern, opening with `\b`, was tried at every character.
_HOME_NOUNS: Final = frozenset(
    "man woman men women boy girl resident residents native natives villager villagers local "
    "locals couple family".split()
)
# The nouns' openings after a space, searched for (`residents` by ` resident`; ` many` is
# found by ` man` and left when its whole word is read).
_HOME_NEEDLES: Final = tuple(
    " " + noun for noun in sorted(_HOME_NOUNS) if noun[:-1] not in _HOME_NOUNS
)
_HOME_ARTICLES: Final = frozenset({"a", "an", "A", "An", "the", "The"})
_HOME_NAME_TAIL: Final = "abcdefghijklmnopqrstuvwxyz'’-"  # a place's letters after its capital
# A person spoken of this many times (or more) may be a profile's subject for a lone pronoun.
MAIN_EVENTS: Final = 3
# A pronoun looks this many mentions back for a person named outside a subject.
MENTIONED_BACK: Final = 24
# Words before a name that make it a business: "shares of Northwind", "released by Valve".
_BUSINESS_CONTEXT: Final = re.compile(
    r"\b(?:(?:shares|stock|owner|makers?|parent|unit|subsidiary|customers|employees|staff|rival|"
    r"investors|founder|(?:chief )?executives?|CEO) (?:of|at|in)|(?:made|released|owned|developed|"
    r"published|acquired|bought|built|sold|launched|produced|operated|manufactured|run) by) $",
    re.IGNORECASE,
)
# What only a business does to what it sells, written right after a lone name: `Skylark
# cancelled 40 flights`, `Bramwell will close 12 stores`, `Tidewell axed three routes`.
_BUSINESS_DEED: Final = re.compile(
    r" (?:(?:will|would|has|had|is|was) )?(?:cancel(?:l?ed|l?ing|s)?|grounded|axed|scrapped|"
    r"closed|clos(?:e|es|ing)|shut|opened|added|cut|suspended|launched)"
    r" (?:(?:\d[\d,]*|some|all|its|two|three|four|five|six|seven|eight|nine|ten|dozens of|"
    r"hundreds of) )?(?:[a-z-]+ )?(?:flights|routes|sailings|stores|shops|branches|outlets)\b"
)
# How far after a name _BUSINESS_DEED is looked for (`would cancel hundreds of short-haul
# flights` is 48 characters).
_DEED_REACH: Final = 60
# A match ends at the window's end (`$`, or before a line break there) and is at most 20
# characters long (`chief executives at `): the search starts no further back than that.
_BUSINESS_REACH: Final = 21
# How many of a surname's latest bearers _gendered_namesake reads (a page of one family's
# names stays a few look-ups per pronoun).
_NAMESAKES: Final = 4
# Words before a name that make it what is spoken of or to, or a part played: `asked about
# Smith`, `told Ruiz`, `opens as Medea`.
_NOT_SUBJECT: Final = frozenset("about to told tells with of against by on at as".split())
# ... unless the writer is the one speaking to them: `I put that to Achterberg. “...,” she said`
# (`I spoke with X`, `We told X`): the one the writer addressed is the one who answers.
_ADDRESSED: Final = frozenset("to told with".split())
_WRITER: Final = ("I ", "We ")
# `the company` looks this many mentions back for a lone name that can be a business.
BUSINESS_BACK: Final = 12


def complement_start(name: str) -> int:
    """Where a body's name goes on past its head word with an `of`/`for` part, -1 if it does not:
    `Port Authority of Kellerby` -> 14, `Okinawa Institute for Ocean Science` -> 17 (the first
    ` of ` or ` for `, as a search for either finds it)."""
    of = name.find(" of ")
    for_ = name.find(" for ")
    return for_ if of < 0 or 0 <= for_ < of else of


@trait  # (a mixin of Registry: mypyc compiles multiple inheritance of traits only)
class Recall(RegistryCalls):
    """The look-ups of the Registry that read the names written before a point in the text.

    Mixed into Registry, whose `_add`, `_add_entry`, `organisation`, `pronoun`, `_recent` and
    `_subject_body` it calls.
    """

    window: int  # paragraphs looked back over (the Registry's WINDOW)
    recent_events: int  # mentions looked back over in one paragraph
    entries: dict[str, Entry]
    later: dict[str, Mention]
    lowercase: LowercaseWords
    masked: str  # every paragraph's masked text, joined by line breaks
    _paragraphs: Sequence[Paragraph]
    _prefixes: dict[str, str]
    _fuller_of: dict[str, str | None]  # name -> what _fuller found for it
    _longer: dict[str, set[str]]
    _surnames: dict[str, list[str]]
    events_of: dict[str, int]  # name -> how many times it spoke or was introduced
    _people: dict[str, str]  # each ending of a full name (after a word) -> the first such name
    _shared_endings: dict[str, list[str]]  # an ending two full names share -> those names
    _latest: dict[str, tuple[int, int]]  # name -> its latest event
    _leading: dict[str, str]  # each opening of a full name (two words or more) -> that name
    _named: dict[int, list[int]]  # paragraph -> positions of its person and lone-name mentions
    first_seen: dict[str, tuple[int, int]]
    one_named: dict[str, str]  # a lone name written after a person's role -> the role
    owning_its: set[str]  # two capitals opening a clause that goes on with `its`

    def short_form(self, name: str) -> str | None:
        """`Big Machine Records` for `Big Machine`: a known body's name cut short, not a person."""
        return self._prefixes.get(name) if name not in self.entries else None

    def credited(self, name: str) -> str:
        """Register the name of a credit line: a known body's fuller name, else a person."""
        known = self.entries.get(name.split()[0])
        if (known and known.kind == "organisation") or name.split()[-1].lower() in ORG_WORDS:
            return self.organisation(name)
        return self._add_entry(name, "person")

    def _fullest(self, name: str) -> str | None:
        """`Tottenham Hotspur` for `Tottenham`: the one longer name a credit line gives for it.

        Only credit lines: elsewhere `Google Maps` is no fuller name for `Google`.
        """
        longer = {
            n for n in self._longer.get(name.split(" ", 1)[0], ()) if n.startswith(name + " ")
        }
        if len(longer) != 1:
            return None
        full = longer.pop()
        known = self.entries.get(full)
        if known is None or known.kind == "organisation":
            return self._add_entry(full, "organisation")
        return None  # "Taylor Swift" is a person, not what "Taylor" as a body stands for

    def headed(self, name: str) -> str | None:
        """`Port Authority of Kellerby` for `Authority`, `Okinawa Institute for Ocean Science` for
        `Okinawa Institute`: a name ending in a body's head word stands for the one body the
        article names with those words before its `of`/`for` part."""
        full = self._headed_by.get(name)
        if full is None or name.rsplit(" ", 1)[-1].lower() not in ORG_WORDS:
            return None
        known = self.entries.get(full)
        if known is None or known.kind == "organisation":
            return self._add_entry(full, "organisation")
        return None

    def _note_headed(self, name: str) -> None:
        """Each ending of the words before a body's `of`/`for` part (`Port Authority`,
        `Authority`) -> the body's name; None where two bodies share the ending. A name with no
        such part gives its shorter endings (`Rovers` for `Harrowfield Rovers`; headed takes
        only those ending in a body's word)."""
        if police_initials(name):
            # `Police` -> `PSNI`: a force written only by its initials, the noun it ends in
            self._headed_by["Police"] = (
                name if self._headed_by.get("Police", name) == name else None
            )
        complement = complement_start(name)
        if complement < 0:
            if " and " in name or " & " in name:
                return  # `Big Machine and Dick Clark Productions`: two bodies, no one's ending
            words = name.split(" ")
            first = 1
        else:
            words = name[:complement].split(" ")
            first = 0
        for k in range(first, len(words)):
            short = " ".join(words[k:])
            self._headed_by[short] = name if self._headed_by.get(short, name) == name else None

    def _mentions_back(self, where: tuple[int, int]) -> Iterator[tuple[Paragraph, Mention]]:
        """Mentions before `where`, latest first, within the windows."""
        for index in range(where[0], max(-1, where[0] - self.window - 1), -1):
            paragraph = self._paragraphs[index]
            end = where[1] if index == where[0] else len(paragraph.text)
            k = bisect_left(paragraph.mention_starts, end)
            for mention in reversed(paragraph.mentions[max(0, k - self.recent_events) : k]):
                yield paragraph, mention

    def _named_back(self, where: tuple[int, int], count: int) -> Iterator[Mention]:
        """The people and lone names among the `count` latest mentions before `where` (as
        _mentions_back counts them), latest first.

        The pronouns and bodies among those mentions are skipped by a binary search over the
        positions of the named ones, not a step each: a long run of `“...,” he said` would
        otherwise read `count` pronouns for every quote.
        """
        for index in range(where[0], max(-1, where[0] - self.window - 1), -1):
            paragraph = self._paragraphs[index]
            end = where[1] if index == where[0] else len(paragraph.text)
            k = bisect_left(paragraph.mention_starts, end)
            lo = max(0, k - self.recent_events, k - count)
            named = self._named_positions(paragraph)
            mentions = paragraph.mentions
            for position in reversed(named[bisect_left(named, lo) : bisect_left(named, k)]):
                yield mentions[position]
            count -= k - lo
            if count <= 0:
                return

    def _named_positions(self, paragraph: Paragraph) -> list[int]:
        """Positions of a paragraph's person and lone-name mentions (found once per paragraph)."""
        named = self._named.get(paragraph.index)
        if named is None:
            kinds = [m.kind for m in paragraph.mentions]
            named = [i for i, kind in enumerate(kinds) if kind == "person" or kind == "single"]
            self._named[paragraph.index] = named
        return named

    def described_body(self, head: str, where: tuple[int, int]) -> str | None:
        """`Acme Corp. was sued. The company denied ...`: the body named last that fits."""
        for paragraph, mention in self._mentions_back(where):
            body = self._body(mention) or self._subject_body(paragraph, mention)
            if body and " " not in body and self.is_place(body):
                continue  # (`a teacher in Tarsel`: a place's lone word, no body of any noun)
            if body and opens_dateline(paragraph.masked, mention.start):
                # (`KIGALI - ... the regulator said`: the place the story was filed from or the
                # wire that filed it, no regulator; `KIGALI - The VTA said` stays a body)
                continue
            if body and fits(head, body) and not told_to(paragraph.masked, mention.start):
                if _not_the_body(head, body, paragraph, mention):
                    continue
                if paragraph.index == where[0] or _subject_named(paragraph, mention):
                    return body
                return self.home_body_over(body, head)  # (named in passing: see there)
        if head in COMPANY_ANAPHORS:
            return self._named_business(where) or self.kind_named(head)
        return self.sole_headed(head) or self.kind_named(head)

    def kind_named(self, head: str) -> str | None:
        """`Corrin Seafood Varne ... (places, papers, people) ... The firm said`: past the
        window, the one body named so far whose own name says the noun's kind (a business's word for
        `the firm`, `Union` for `the union`, `Foundation` for `the charity`); None for two such
        (`the department` after two departments); a bare name (`Ofgem`) is never taken."""
        found = None
        for name in islice(reversed(self.entries), KNOWN_ENTRIES):
            entry = self.entries[name]
            if entry.kind != "organisation" or _feature_named(name):
                continue
            if kind_fitted(head, name):
                if found is not None:
                    return None  # two bodies of the noun's kind: the noun says neither
                found = name
        return found

    def sole_headed(self, head: str) -> str | None:
        """`The Department of X Services said ...` early on, other bodies since, then `The
        department has banned ...`: the one body named so far whose name is headed by the noun
        itself (`Department of ...`, `X Department`), however far back; None when there are
        two such (`the department` then says neither) or none."""
        found = None
        for name in islice(reversed(self.entries), KNOWN_ENTRIES):
            if self.entries[name].kind != "organisation" or not headed_by(head, name):
                continue
            if found is not None:
                return None
            found = name
        return found

    def body_named_here(self, head: str, where: tuple[int, int]) -> str | None:
        """`X Union said ... The union asked Y Safety and Health Tarania to act. The regulator
        said`: the body named last before `where` in its own paragraph that the noun fits, named
        there only in passing (it never spoke nor opened a sentence: one that did and spoke
        before the last body to speak is not what the noun turns back to)."""
        for paragraph, mention in self._mentions_back(where):
            if paragraph.index != where[0]:
                return None
            body = self._body(mention)
            if body is None or self.events_of.get(body, 0):
                continue
            if fits(head, body) and not told_to(paragraph.masked, mention.start):
                return body
        return None

    def _named_business(self, where: tuple[int, int]) -> str | None:
        """`Shares of Northwind fell. ... the company said`: the one lone name a business can be.

        With no body named before, `the company` is the latest lone capitalised name that the
        words before it show to be a business (`shares of`, `released by`) and that is no common
        word, place or person; only within BUSINESS_BACK mentions, so a far name is not taken.
        """
        for paragraph, mention in islice(self._mentions_back(where), BUSINESS_BACK):
            name = mention.name
            if mention.kind != "single" or mention.role:
                continue
            masked = paragraph.masked
            if not business_context(masked, mention.start) and not _business_deed(
                masked, mention.end
            ):
                continue
            if name.lower() in self.lowercase or self.is_place(name) or self.by_surname(name):
                continue
            entry = self.entries.get(name)
            if entry is None or entry.kind == "organisation":
                return self.organisation(name)
        return None

    def _mentioned(self, gender: str | None, where: tuple[int, int]) -> str | None:
        """`When Ana Ruiz arrived, ... she said`: a person named, not as a main subject, before.

        Only the MENTIONED_BACK latest mentions are read: such a person is named close by.
        """
        for mention in self._named_back(where, MENTIONED_BACK):
            if name := self._fitting_person(mention, gender):
                self.entries[name].gender = gender
                return name
        return None

    def _fitting_person(self, mention: Mention, gender: str | None) -> str | None:
        """The known person a person or lone-name mention stands for, when their gender fits:
        `Ruiz` after `Ana Ruiz` -> 'Ana Ruiz' for she or an unknown gender, None for he."""
        if mention.kind == "person" and not self.short_form(mention.name):
            name: str | None = self._fuller(mention.name) or mention.name
        elif mention.kind == "single" and mention.name.lower() not in self.lowercase:
            name = (
                self._known_surname(mention.name)
                or self._gendered_namesake(mention.name, gender)
                or self.one_name_person(mention.name)
            )
        else:
            return None
        entry = self.entries.get(name) if name else None
        if entry and entry.kind == "person" and entry.gender in (None, gender):
            if entry.gender is None and entry.role is None and name in self.owning_its:
                return None  # `X Y had broken the conditions of its permit`: a body's name
            return None if unlikely(name, entry.gender, gender) else name
        return None

    def named_in_paragraph(self, gender: str | None, where: tuple[int, int]) -> str | None:
        """The known person of fitting gender named last in `where`'s paragraph before the
        sentence of `where`, not as whom something is about or told to.

        In the pronoun's own sentence a name is what is spoken of: `Putin likely “...,” he said`.
        Only the person and lone-name mentions among the `recent_events` latest can be taken, so
        the others are skipped by a binary search over the named ones (as in _named_back): a
        long run of `“...,” he said` would otherwise read that many pronouns for every quote.
        """
        paragraph = self._paragraphs[where[0]]
        k = bisect_left(paragraph.mention_starts, paragraph.sentence(where[1])[0])
        named = self._named_positions(paragraph)
        mentions = paragraph.mentions
        lo = bisect_left(named, max(0, k - self.recent_events))
        for position in reversed(named[lo : bisect_left(named, k)]):
            mention = mentions[position]
            words = paragraph.masked[max(0, mention.start - 10) : mention.start].split()
            if (
                words
                and words[-1].lower() in _NOT_SUBJECT
                and not _writer_addressed(paragraph, mention, words[-1])
                and not _agent_introduced(paragraph, mention, words[-1])
            ):
                continue
            if name := self._fitting_person(mention, gender):
                return name
        return None

    def gendered_since(
        self, gender: str | None, where: tuple[int, int], since: tuple[int, int]
    ) -> str | None:
        """`Ana Ruiz spoke. ... by his daughter, Mia Lee. “...,” she said`: a person named after
        `since` whose role or title gives the pronoun's gender, rather than one of unknown gender.
        """
        for paragraph, mention in islice(self._mentions_back(where), MENTIONED_BACK):
            if (paragraph.index, mention.start) <= since:
                return None
            if mention.kind == "person" and mention.gender == gender and gender is not None:
                name = self._fuller(mention.name) or mention.name
                entry = self.entries.get(name)
                if entry and entry.kind == "person":
                    return name
        return None

    def _fuller(self, name: str) -> str | None:
        """`James Van Der Beek` for `Van Der Beek`, `José Manuel Ortega Villalba` for `Ortega
        Villalba`: a surname with particles, or two surnames, written fuller elsewhere.

        The particle's case may differ: `Van der Berg told` for `Marieke van der Berg`.
        """
        # (the same answer for a name every time: the names' endings are all noted before the
        # first look-up, and the entry added on the first stays; a name is looked up several
        # times, as it is noted and as its clause is resolved)
        if name in self._fuller_of:
            return self._fuller_of[name]
        full = self._fuller_lookup(name)
        if full is not None and self._shared_endings:
            sharing = self._latest_sharing(name)
            if sharing is not None:
                self._add(Entry(sharing, "person"))
                return sharing  # (not kept: the answer changes as the namesakes speak)
        self._fuller_of[name] = full
        if full is not None:
            self._add(Entry(full, "person"))
        return full

    def _latest_sharing(self, name: str) -> str | None:
        """`Mr Mac Conghaile said` after `Cathal Mac Conghaile` and then `His brother, Séamus
        Mac Conghaile, told ...`: of the full names that end so, the one met or heard last (the
        first written when none has been yet)."""
        sharing = self._shared_endings.get(particle_key(name.split()))
        if not sharing:
            return None
        latest = self._latest
        return max(sharing, key=lambda n: latest.get(n, (-1, -1)))

    def _fuller_lookup(self, name: str) -> str | None:
        words = name.split()
        if len(words) < 2:
            return None
        if len(words) == 2 and words[0].lower() in NAME_OR_STYLE:
            styled = self._styled(words[1])
            if styled is not None:
                return styled
        full = self._people.get(particle_key(words))
        if (
            full is None
            and len(words) == 2
            and words[1] in self._surnames  # (asked first: no one of that surname, no answer)
            and titled_surname(name) is not None
        ):
            # `Cr Kostakis replied` after `Lord Mayor Adrian Kostakis`: a title's short form
            # before the surname of the one person named so
            full = self._known_surname(words[1])
            if full is not None:
                return full
        if full is None:
            return self._leading.get(name) or None  # `Einar Már` of `Einar Már Jóhannesson`
        if words[0].lower() in NAME_PARTICLES:
            return full
        length = len(full.split())
        if length >= 4:
            return full  # two surnames stand for four words: `Ortega Villalba`
        if length == 3 and self._surnames_after(name, full):
            return full  # ... and for three, written after them: `Almeida Ferraz`
        return None

    def _styled(self, word: str) -> str | None:
        """`Pak Budi said` after `Budi Hartono, a fisherman,`: a word that is a style of address
        or a name (NAME_OR_STYLE) is the style before the given name or the surname of one
        person the article names in full; else it is a name's (`Pak Se-ri`)."""
        given = self._given.get(word, ())
        if len(given) == 1:
            return next(iter(given))
        return self._known_surname(word)

    def _surnames_after(self, name: str, full: str) -> bool:
        """`the midfielder Tiago Almeida Ferraz ... Almeida Ferraz told`: the two last words of
        three written alone only after the three, whose first is no title (`Coach Ana Lee`)."""
        seen, first_seen = self.first_seen.get(name), self.first_seen.get(full)
        if seen is None or first_seen is None or seen <= first_seen:
            return False
        return not occupation(full.split(" ", 1)[0])

    def full_name(self, name: str) -> str:
        """A name as the article writes it most fully: `St. Pierre` -> `DeMarcus St. Pierre`."""
        return self._fuller(name) or name

    def main_person(self, gender: str | None) -> str | None:
        """`She is unrepentant. “...,” she says`: with no one fitting nearby, a profile's subject.

        The person of that gender (known, not guessed) who has spoken or been introduced most
        often, at least MAIN_EVENTS times and more often than anyone else of that gender.
        """
        counts = sorted(
            (n, name)
            for name, n in self.events_of.items()
            if self.entries[name].kind == "person"
            and gender
            and self.entries[name].gender == gender
        )
        if not counts or counts[-1][0] < MAIN_EVENTS:
            return None
        if len(counts) > 1 and counts[-2][0] == counts[-1][0]:
            return None
        return counts[-1][1]

    def _body(self, mention: Mention) -> str | None:
        """The organisation a mention names, if the text has made it one."""
        if mention.kind == "org":
            return self.organisation(mention.name)
        entry = self.entries.get(mention.name)
        if entry is not None:
            return mention.name if entry.kind == "organisation" else None
        return self.short_form(mention.name) if mention.kind == "person" else None

    def _known_surname(self, word: str) -> str | None:
        """The person already registered whose surname this is (no one new is registered),
        among the latest KNOWN_ENTRIES bearers of the word: a word thousands of bodies end on
        (`Aab Affairs, Abb Affairs, ...`) is not read whole per look-up (a quadratic walk in the
        compiled build)."""
        bearers = self._surnames.get(word, ())
        people = (n for n in bearers[-KNOWN_ENTRIES:] if self.entries[n].kind == "person")
        first = next(people, None)
        return first if next(people, None) is None else None  # (stops at a second one)

    def _gendered_namesake(self, word: str, gender: str | None) -> str | None:
        """`Abarintos is asked ... “...,” she says` where an aunt and her nephew share the
        surname: the one person of them (of the latest few) not known to be of the other gender."""
        if gender is None:
            return None
        fits = [
            n
            for n in self._surnames.get(word, ())[-_NAMESAKES:]
            if self.entries[n].kind == "person" and self.entries[n].gender in (None, gender)
        ]
        return fits[0] if len(fits) == 1 else None

    def scan_article(self) -> set[str]:
        """What the whole article's text says about its names: places, defined acronyms.

        The handles (`@acme`) are returned, to be taken out of the common words once the names
        are read (see Registry.__init__, which reads each mention once for itself and for
        `scan_mention`).
        """
        # "Texas" in "in Texas": a place, not a body (scanned for when first asked: see is_place)
        self._places: set[str] | None = None
        self.inside: set[str] = set()  # lone names written inside a sentence somewhere
        self._longer: dict[str, set[str]] = {}  # first word -> names in credit lines
        self._headed_by: dict[str, str | None] = {}  # see headed
        self._given: dict[str, set[str]] = {}  # first word -> full names with a role or gender
        self._middles: dict[str, set[str]] = {}  # middle word -> three-word names (middle_of)
        # one scan of the whole article (its paragraphs joined by line breaks, which end a match)
        self.acronyms = defined_acronyms(self.masked)  # "EFSA" -> its full name in brackets
        self.loose_acronyms: dict[str, str] = {}  # "DOF" -> "Department of Fisheries"
        # bodies' names whose spelt forms are not yet in the acronyms (see acronym)
        self._unspelt: list[str] = []
        # the bodies the brackets define, before the acronyms written beside (_defined_of_kind)
        self.defined_bodies: tuple[str, ...] = tuple(self.acronyms.values())
        for acronym, name in acronyms_beside(self.masked).items():  # "X Authority, AFAD,"
            self.acronyms.setdefault(acronym, name)
        self.comma_tails = comma_tails(self.acronyms.values())
        self.goes_by = other_names(self.masked)  # "Halcyon" -> "Kim Seo-yeon" (`who plays as`)
        # (most articles have no @ or #: the regex's search for its first character costs more)
        tagged = "@" in self.masked or "#" in self.masked
        return set(_HANDLE.findall(self.masked)) if tagged else set()

    def scan_credit(self, paragraph: Paragraph) -> None:
        """A credit line's name (`– Tottenham Hotspur`) under its first word: see _fullest."""
        credit = credit_line(paragraph.text)
        if credit and " " in credit:
            self._longer.setdefault(credit.split(" ", 1)[0], set()).add(credit)

    def scan_body(self, name: str) -> None:
        """A body's name: its initials (`WTA`, when first asked: see acronym) and its shorter
        endings (see headed).

        (Asked once per name: a second time would change neither.)
        """
        self._unspelt.append(name)  # "WTA" after "The Women’s Tennis Association"
        self._note_headed(name)

    def is_place(self, name: str) -> bool:
        """`Texas` of `in Texas`: a word the article writes after `in`, `across`, `near` or
        `outside` (see places), or as someone's home before their noun (`An Orwa man`, see
        home_places). The text is scanned when first asked: most articles never ask."""
        if self._places is None:
            self._places = set(places(self.masked))
            self._places.update(home_places(self.masked))
        return name in self._places

    def acronym(self, key: str) -> str | None:
        """The body an acronym stands for (`EFSA` after `the European Food Safety Authority
        (EFSA)`, `WTA` after `Women’s Tennis Association`), None when none does.

        The bodies' spelt forms (see _spelt) are made when a key that may be one is first asked:
        every spelt form is spellable, and the other acronyms come before them (a form never
        replaces one), so any other key has its answer already. Most articles ask of none.
        """
        if self._unspelt and spellable(key):
            self._spell_bodies()
        return self.acronyms.get(key)

    def loose_acronym(self, key: str) -> str | None:
        """`DOF` after `Department of Fisheries` (see _spelt): the body, "" when two spell it,
        None when none does (the forms made when first asked, as acronym's)."""
        if self._unspelt and spellable(key):
            self._spell_bodies()
        return self.loose_acronyms.get(key)

    def _spell_bodies(self) -> None:
        """Every body's name scanned so far spelt (see _spelt), in the order they were scanned."""
        for name in self._unspelt:
            self._spelt(name)
        self._unspelt = []

    def one_name_person(self, name: str) -> str | None:
        """`striker Kauã` ... `Kauã has not spoken`: a lone name the article wrote after a
        person's role is that person, registered as one (unless known as something else)."""
        role = self.one_named.get(name)
        if role is None:
            return None
        entry = self.entries.get(name)
        if entry is None:
            self._add_entry(name, "person")
            self.entries[name].role = role or None
        elif entry.kind != "person":
            return None
        return name

    def scan_single(self, masked: str, mention: Mention) -> None:
        """A lone name written inside a sentence (not opening one) somewhere in the article."""
        if mention.name not in self.inside and not _opens_sentence(masked, mention):
            self.inside.add(mention.name)

    def scan_given(self, mention: Mention) -> None:
        """A person's name a role, gender or family name shows to be one, or whose first word
        is a given name of one sex (`Marguerite` of `Marguerite Osei-Lindahl`): its first word."""
        if (
            mention.role
            or mention.gender
            or _family_first(mention.name)
            or _family_before_syllables(mention.name)
            or usual_sex(mention.name.split(" ", 1)[0]) is not None
        ):
            # only a name shown to be a person's: "Google Maps" is no Google
            first = mention.name.split()[0]
            if first[0].isupper():
                self._given.setdefault(first, set()).add(mention.name)
        family = family_after_given(mention.name)
        if family is not None:
            self._given.setdefault(family, set()).add(mention.name)
        middle = middle_of(mention.name)
        if middle is not None:
            self._middles.setdefault(middle, set()).add(mention.name)

    def _spelt(self, name: str) -> None:
        """`Women’s Tennis Association` may go on as `WTA` with no brackets to define it: a
        body's name of three capitals or more is known by its initials too (a bracket first)."""
        words = name.split()
        if len(words) == 1 and "-" not in name:
            return  # (`Reuters`, most bodies: one letter at most for any form, none spelt)
        initials = initials_of(words)
        if len(initials) >= SPELT_LETTERS:
            self.acronyms.setdefault(initials, name)
            for cut in inner_acronym_cuts(words):
                self.acronyms.setdefault(cut, name)
        for form in loose_initials(words):
            if len(form) >= SPELT_LETTERS:
                # ("" where two bodies spell it: neither is meant)
                known = self.loose_acronyms.setdefault(form, name)
                if known != name:
                    self.loose_acronyms[form] = ""

    def writer(self, words: list[str], where: tuple[int, int]) -> str | None:
        """`the letter said`, `her statement read`: whoever was named last, or the owner."""
        if len(words) != 2 or words[1].lower() not in _DOCUMENTS:
            return None
        owner = words[0].lower()
        if owner in _OWNERS:
            name = self.pronoun(_OWNERS[owner], PRONOUNS[_OWNERS[owner]], where)
        elif owner == "the":
            name = next((n for n in self._recent(where) if n), None)
            name = self._signed_for(name) or name
        else:
            return None
        return name

    def _signed_for(self, name: str | None) -> str | None:
        """`announced by the Ministry of Lands in a statement signed by its Director of Information,
        Mr X` ... `the statement read`: the body whose statement its officer signed speaks, not
        the signer (None when `name` was not brought in as one)."""
        seen = self.first_seen.get(name) if name else None
        if seen is None:
            return None
        masked = self._paragraphs[seen[0]].masked
        low = max(0, seen[1] - _SIGNED_REACH)
        if "signed by" not in masked[low : seen[1]]:
            return None  # (most names)
        bodies = [m.group(1) for m in _SIGNED_BY.finditer(masked, low, seen[1])]
        return self.organisation(bodies[-1]) if bodies else None  # (the one before the signer)


# `the Ministry of Lands in a statement signed by its director, X`: the body, then its signer.
_SIGNED_BY: Final = re.compile(
    r"([A-Z][\w'’.-]*(?: (?:of|for|and|the|[A-Z][\w'’.-]*))*) in an? (?:[a-z]+ )?"
    r"(?:statement|letter|release|notice) signed by (?:its|the) "
)
_SIGNED_REACH: Final = 200  # characters before the signer's name read for it


def places(masked: str) -> list[str]:
    """The capitalised words after `in`, `across`, `near`, `outside`: `in Texas` -> Texas."""
    found: list[tuple[int, int, str]] = []
    for word, pattern in zip(_PLACE_WORDS, _PLACES, strict=True):
        first = masked.find(word)
        if first >= 0:
            found += [
                (m.start(), m.end() + len(m[1]), m[1]) for m in pattern.finditer(masked, first)
            ]
    found.sort()
    names, end = [], 0
    for start, stop, name in found:
        if start >= end:  # (not inside the match before, as one scan would have it)
            names.append(name)
            end = stop
    return names


def home_places(masked: str) -> list[str]:
    """The capitalised words between an article and a noun for residents: `An Orwa man`, `the
    Tarsel residents` -> Orwa, Tarsel (each time written; see _HOME_NOUNS). Read back from each
    noun: a search per noun's opening, where a scan for the article tried every character."""
    found: list[str] = []
    for needle in _HOME_NEEDLES:
        at = masked.find(needle)
        while at >= 0:
            name = _home_place_before(masked, at)
            if name is not None:
                found.append(name)
            at = masked.find(needle, at + 1)
    return found


def _home_place_before(masked: str, space: int) -> str | None:
    """`Orwa` when the space at `space` opens a whole word of _HOME_NOUNS (`man`, not `many`)
    after `a`, `an` or `the` (a word of its own) and one capitalised word: `An Orwa man`."""
    end = _word_end(masked, space + 1)
    if masked[space + 1 : end] not in _HOME_NOUNS:
        return None
    first = space  # back over the place's small letters to its capital
    while first > 0 and masked[first - 1] in _HOME_NAME_TAIL:
        first -= 1
    first -= 1
    if first < 1 or first + 1 == space or not ("A" <= masked[first] <= "Z"):
        return None
    if masked[first - 1] != " ":
        return None
    article = first - 1
    while article > 0 and word_char(masked[article - 1]):
        article -= 1
    return masked[first:space] if masked[article : first - 1] in _HOME_ARTICLES else None


def _word_end(text: str, start: int) -> int:
    """Where the word characters (`\\w`) from `start` end: `man,` -> after `man`."""
    while start < len(text) and word_char(text[start]):
        start += 1
    return start


def word_char(char: str) -> bool:
    """A character a pattern's `\\w` matches (Unicode): a letter, a digit or `_`."""
    return char.isalnum() or char == "_"


def business_context(masked: str, start: int) -> bool:
    """`Shares in Norvatek Semiconductor`, `released by Valve`: words before a name that make it
    a business."""
    # (a match ends in a space, a two-letter word and a space, or before a line break: a look
    # at two characters rules out most names before the search)
    if start < 4 or masked[start - 1] != " " or masked[start - 4] != " ":
        if not masked.endswith("\n", 0, start):
            return False
    lo = max(0, start - 40, start - _BUSINESS_REACH)
    return bool(_BUSINESS_CONTEXT.search(masked, lo, start))


def _business_deed(masked: str, end: int) -> bool:
    """`Skylark cancelled 40 flights` -> True at `Skylark`'s end: what the name did is a
    business's (see _BUSINESS_DEED)."""
    if not masked.startswith(" ", end) or not masked[end + 1 : end + 2].islower():
        return False  # (most names: a comma, a stop or a capital after them)
    return _BUSINESS_DEED.match(masked, end, end + _DEED_REACH) is not None


# A family name written first is one syllable in Chinese and Korean: `Xi`, `Kim`, `Zhang`.
FAMILY_FIRST_LETTERS: Final = 5


def _family_first(name: str) -> bool:
    """`Xi Jinping`, `Kim Jong Un`, `Li Qiang`: a short first word that the text may use alone
    for the person (the family name, written first). A product's or a body's name (`Google
    Maps`, `Meta Platforms`) opens with a longer word or ends in a plural."""
    words = name.split()
    first, last = words[0], words[-1]
    return (
        len(words) in (2, 3)
        and len(first) <= FAMILY_FIRST_LETTERS
        and first[1:].islower()
        and not last.endswith("s")
    )


# A family name written first before two syllables may be a letter longer: `Nguyen`, `Truong`.
_FAMILY_BEFORE_SYLLABLES: Final = 6


def _family_before_syllables(name: str) -> bool:
    """`Nguyen Thi Lan`, `Truong Van Minh`: a family name written first, then two short
    syllables (a Vietnamese name, which the text goes on to call by its first word); not
    `Harlow Oil Co` (a body's word), `Ashby Fun Days` (a plural) nor `Robert Lee Sutton`."""
    words = name.split()
    if len(words) != 3 or len(words[0]) > _FAMILY_BEFORE_SYLLABLES:
        return False
    if any(len(w) > FAMILY_FIRST_LETTERS for w in words[1:]):
        return False
    return all(
        w.isalpha() and w[1:].islower() and not w.endswith("s") and w.lower() not in ORG_WORDS
        for w in words
    )


def hyphened_given(word: str) -> bool:
    """`Wing-sze`, `Mei-ling`: a Chinese given name of two syllables joined by a hyphen, the
    second in lower case (not `Smith-Jones`, `Al-Amin`: a capital after the hyphen)."""
    first, hyphen, second = word.partition("-")
    return bool(hyphen) and first.istitle() and second.isalpha() and second.islower()


def middle_of(name: str) -> str | None:
    """`Lual` of `Peter Lual Dut`: the middle word of a name of three plain words opening with a
    known given name, a word the text may call the person by alone (South Sudanese copy calls
    people by the father's name, the middle one: `Lual said`); asked only for a lone word no
    one bears as a surname or a given name (see Described.middle_name)."""
    words = name.split()
    if len(words) != 3 or usual_sex(words[0]) is None:
        return None
    middle = words[1]
    if not (middle.isalpha() and middle[0].isupper() and middle[1:].islower()):
        return None  # (`Ann-Marie`, `McKay`, `J.`, a particle: no father's name alone)
    return None if middle.lower() in NAME_PARTICLES else middle


def family_after_given(name: str) -> str | None:
    """`Goh` of `Daniel Goh Wei Ming`: a Western given name before a Chinese name written
    family name first (three short words, as Singapore and Hong Kong write them), the family
    name the text goes on to use alone (`Mr Goh said`); the given name may join its syllables
    with a hyphen (`Grace Tam Wing-sze`)."""
    words = name.split()
    if len(words) == 3 and hyphened_given(words[2]):
        words = [*words[:2], *words[2].split("-")]  # `Grace Tam Wing-sze`: its syllables
    if len(words) != 4 or usual_sex(words[0]) is None:
        return None
    chinese = words[1:]
    if not all(len(w) <= FAMILY_FIRST_LETTERS and w.isalpha() and w[1:].islower() for w in chinese):
        return None
    return words[1]


# A body's name spells an acronym of its own only with at least this many capitals.
SPELT_LETTERS: Final = 3


def spellable(key: str) -> bool:
    """`WTA`, `DOF` -> True, `Reuters`, `UN` -> False: a key _spelt's forms may hold (each is
    at least SPELT_LETTERS capitals: initials, `of`'s `O`, an inner acronym's letters)."""
    return len(key) >= SPELT_LETTERS and key.isupper()


def particle_key(words: list[str]) -> str:
    """The look-up form of a name's ending: a leading particle in lower case (`van der Berg`)."""
    first = words[0].lower() if words[0].lower() in NAME_PARTICLES else words[0]
    return " ".join([first, *words[1:]])


def _opens_sentence(masked: str, mention: Mention) -> bool:
    """Only spaces stand between the mention and a sentence's end (or the paragraph's start)."""
    i = mention.start
    if i > 1 and masked[i - 1] == " " and not masked[i - 2].isspace():
        return masked[i - 2] in ".!?"  # (most names: one space after the word before)
    while i > 0 and masked[i - 1].isspace():
        i -= 1
    return i == 0 or masked[i - 1] in ".!?"


def _agent_introduced(paragraph: Paragraph, mention: Mention, before: str) -> bool:
    """`The villagers were represented by X, a solicitor at Y.`: a passive's agent brought in
    with a role after a comma is the paragraph's new person, whom its `she said` goes on about."""
    if before != "by" or mention.kind != "person" or not mention.role:
        return False
    return paragraph.masked.startswith(", ", mention.end)


def _writer_addressed(paragraph: Paragraph, mention: Mention, before: str) -> bool:
    """`I put that to X.`, `We spoke with X.`: a name the writer's own sentence addresses."""
    if before.lower() not in _ADDRESSED:
        return False
    start = paragraph.sentence(mention.start)[0]
    return paragraph.masked.startswith(_WRITER, start)


def comma_tails(names: Iterable[str]) -> dict[str, str]:
    """`Refugees and Citizenship Canada` -> `Immigration, Refugees and Citizenship Canada`: the
    words after the last comma of a body's name an acronym was given for, which a name's run
    (stopping at a comma) reads alone, stand for the whole name."""
    return {name.rpartition(", ")[2]: name for name in names if ", " in name}


# Nouns set after a bare name that make it a publication or an outlet: `The Orcadian newspaper
# reported`, `a statement to the Island Post`: no firm, agency or charity a noun turns back to.
_PRESS_NOUNS: Final = frozenset("newspaper paper magazine publisher outlet broadcaster".split())
_PRESS_AFTER: Final = re.compile(r" (?:newspaper|paper|magazine|website|tabloid|daily|weekly)\b")


def _feature_named(name: str) -> bool:
    """`Port Haven`, `Lake Orr` -> True, `Port Haven Authority` -> False: a place's word opens
    the name and no body's word follows it."""
    if not name.startswith(FEATURE_OPENERS):
        return False
    return lowered_words(name.split(None, 1)[-1]).isdisjoint(ORG_WORDS)


def _not_the_body(head: str, body: str, paragraph: Paragraph, mention: Mention) -> bool:
    """A name that `the firm` cannot turn back to: a place's (`Port Haven`, see
    _feature_named); a bare name (no word of it says a body) one spoke to (`a statement to the
    Tolmere Post`) or one a press noun follows (`The Orcadian newspaper reported`)."""
    if _feature_named(body) or in_fronted_phrase(paragraph.masked, mention.start):
        return True  # (`Meeting on Tarn Hill, the commission voted`: a fronted phrase's place)
    if head in _PRESS_NOUNS or not lowered_words(body).isdisjoint(ORG_WORDS):
        return False
    masked = paragraph.masked
    if _PRESS_AFTER.match(masked, mention.end):
        return True
    return spoken_to(masked, mention.start)


def _subject_named(paragraph: Paragraph, mention: Mention) -> bool:
    """The mention is its sentence's subject (`Kilmarnock led at half-time`), not a role's word
    before a person's name (`Harlowmuir head coach X said`) nor a name further in."""
    if not main_subject(paragraph.masked, mention.start, paragraph.sentence(mention.start)[0]):
        return False
    return not any(
        m.start == mention.start and m.kind == "person" and m is not mention
        for m in paragraph.mentions
    )
