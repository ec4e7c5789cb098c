"""The people and organisations of one article, and who a clause's subject refers to."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from api.parser.quote_clauses import Clause, clause_start
from api.parser.quote_context import Paragraph
from api.parser.quote_people import Mention
from api.parser.quote_words import ORG_WORDS, PRONOUNS

Method = Literal["explicit", "pronoun", "surname", "carried over"]
WINDOW = 3  # a pronoun looks this many paragraphs back for its speaker
_SPOKES = frozenset(
    "spokesperson spokesman spokeswoman spokespeople representative statement".split()
)
_ABBREVIATED = {"gov.": "governor", "sen.": "senator", "rep.": "representative", "gen.": "general"}
_ABBREVIATED |= {"prof.": "professor", "dr.": "doctor", "ceo": "chief executive"}
_HONORIFIC = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|Miss)\.?\s+$")
# Nouns by which a text goes on to call an organisation it has named: "the company said".
_ORG_ANAPHORS = frozenset(
    "company firm group organization organisation business retailer maker startup manufacturer "
    "carrier airline bank lender chain brand network publisher agency ministry department "
    "government council committee union campaign party team club university school hospital "
    "charity foundation authority office".split()
)
_FOLLOWING = re.compile(r"^\s+(?:that\s+)?(he|she)\b")


@dataclass
class Entry:
    """What the article says about one speaker; roles and gender fill in as the text goes."""

    name: str
    kind: Literal["person", "organisation"]
    role: str | None = None
    gender: str | None = None


@dataclass(frozen=True)
class Resolved:
    """Who a clause names: `name` None means it names nobody we can know (`the man wrote`)."""

    name: str | None
    method: Method | None


class Registry:
    """Speakers met so far in reading order, with the events that make them salient."""

    def __init__(self, paragraphs: Sequence[Paragraph]):
        self.entries: dict[str, Entry] = {}
        self.events: list[tuple[tuple[int, int], str | None]] = []
        self.introductions: set[tuple[int, int]] = set()  # events that are not speech
        self.later: dict[str, Mention] = {}  # surname -> its full name's first mention anywhere
        self.lowercase: set[str] = set()
        for paragraph in paragraphs:
            self.lowercase.update(re.findall(r"\b[a-z][a-z'’-]*\b", paragraph.masked))
            for mention in paragraph.mentions:
                if mention.kind == "person":
                    self.later.setdefault(mention.name.split()[-1], mention)

    def event(self, where: tuple[int, int], name: str | None) -> None:
        """Someone (or an unnamed source when None) spoke or was introduced at `where`."""
        self.events.append((where, name))

    def last_speech(self, paragraph: int) -> tuple[tuple[int, int], str | None] | None:
        """The latest event inside one paragraph if it is speech (not someone's introduction)."""
        inside = [e for e in self.events if e[0][0] == paragraph]
        last = max(inside, key=lambda e: e[0]) if inside else None
        return None if last is None or last[0] in self.introductions else last

    def note(self, paragraph: Paragraph, mention: Mention) -> None:
        """Record a full name (and role) the first time it appears; fill in roles as they come."""
        if mention.kind == "org":
            self.entries.setdefault(mention.name, Entry(mention.name, "organisation"))
        if mention.kind != "person":
            return
        entry = self.entries.get(mention.name)
        if entry is None:
            entry = self.entries[mention.name] = Entry(mention.name, "person")
            start = paragraph.sentence(mention.start)[0]
            honorific = paragraph.masked[max(0, mention.name_start - 5) : mention.name_start]
            evidence = mention.role or mention.gender or _HONORIFIC.search(honorific)
            # "Dr. Anika Rao has spent a decade ...", or a name opening its paragraph
            evidence = evidence or paragraph.masked[: mention.start].strip() == ""
            if evidence and clause_start(paragraph.masked, mention.start, start):
                self.event((paragraph.index, mention.start), mention.name)
                self.introductions.add((paragraph.index, mention.start))
        entry.role = entry.role or mention.role
        entry.gender = entry.gender or mention.gender

    def by_surname(self, word: str) -> str | None:
        """The full name whose last word this is, most recently active first."""
        for _, name in sorted(self.events, key=lambda e: e[0], reverse=True):
            if name and name.split()[-1] == word and self.entries[name].kind == "person":
                return name
        for name in reversed(list(self.entries)):
            if self.entries[name].kind == "person" and name.split()[-1] == word:
                return name
        later = self.later.get(word)
        if later is None:
            return None
        # "Clarke said" before "NASA's Steve Clarke, deputy ..." introduces him further down
        self.entries.setdefault(later.name, Entry(later.name, "person", later.role, later.gender))
        return later.name

    def _recent(self, where: tuple[int, int]) -> list[str | None]:
        earlier = [e for e in self.events if e[0] < where and e[0][0] >= where[0] - WINDOW]
        return [name for _, name in sorted(earlier, key=lambda e: e[0], reverse=True)]

    def pronoun(self, word: str, gender: str | None, where: tuple[int, int]) -> str | None:
        """`he said` -> the most recent fitting person; `they`/`it` -> a recent organisation."""
        recent = [n for n in self._recent(where) if n]
        if word in ("he", "she"):
            for name in recent:
                entry = self.entries[name]
                if entry.kind == "person" and entry.gender in (None, gender):
                    entry.gender = gender
                    return name
            return None
        if word == "they":
            return recent[0] if recent and self.entries[recent[0]].kind == "organisation" else None
        return next((n for n in recent if self.entries[n].kind == "organisation"), None)

    def organisation(self, name: str) -> str:
        """Register an organisation speaker (`the Kremlin` is stored as `Kremlin`)."""
        for known, entry in self.entries.items():
            # "Brightwell" after "Brightwell Appliances" is the same company
            if entry.kind == "organisation" and known.startswith(name + " "):
                return known
        self.entries.setdefault(name, Entry(name, "organisation"))
        return name

    def _single(self, mention: Mention) -> Resolved:
        full = self.by_surname(mention.name)
        if full:
            return Resolved(full, "surname")
        if mention.name.lower() in self.lowercase:
            return Resolved(None, None)  # "Teachers said": a common noun at a sentence start
        if mention.role or mention.gender:
            self.entries.setdefault(
                mention.name, Entry(mention.name, "person", None, mention.gender)
            )
            return Resolved(mention.name, "explicit")
        # A lone unknown capitalised word as a speaker is far more often "Google" or "Russia"
        # than a person never introduced by full name.
        return Resolved(self.organisation(mention.name), "explicit")

    def _phrase(self, phrase: str, where: tuple[int, int]) -> Resolved:
        words = phrase.split()
        if any(w.lower() in _SPOKES for w in words):
            # "a Kremlin spokesperson", "a statement from Brightwell": the organisation speaks
            first = 1 if words[0].lower() in ("a", "an", "the") else 0
            capitals = [i for i in range(first, len(words)) if words[i][0].isupper()]
            if capitals:
                owner = " ".join(words[capitals[0] : capitals[-1] + 1])
                if not self.by_surname(re.sub(r"['’]s$", "", owner)):
                    return Resolved(self.organisation(re.sub(r"['’]s$", "", owner)), "explicit")
                return Resolved(None, None)  # "Smith's spokesperson": not Smith's own words
            # "the spokesperson said", "the statement said": whoever spoke just before, if a body
            latest = self._recent(where)[:1]
            if latest and latest[0] and self.entries[latest[0]].kind == "organisation":
                return Resolved(latest[0], "pronoun")
        if words[0].lower() == "the" and len(words) <= 3:
            # "the governor said", "the union said": an anaphor for someone already named
            head = words[-1].lower()
            for name in self._recent(where) + list(reversed(self.entries)):
                entry = self.entries.get(name) if name else None
                if entry is None:
                    continue
                if entry.kind == "organisation" and entry.name.split()[-1].lower() == head:
                    return Resolved(name, "pronoun")
                if entry.kind == "person" and entry.role and _role_head(entry.role) == head:
                    return Resolved(name, "pronoun")
            if head in _ORG_ANAPHORS:
                # "Apple said ... the company said": the organisation that spoke last, if it
                # is a bare name ("Apple") rather than one that names another kind of body
                for name in self._recent(where):
                    entry = self.entries.get(name) if name else None
                    if entry and entry.kind == "organisation":
                        last = entry.name.split()[-1].lower()
                        if last == head or last not in ORG_WORDS:
                            return Resolved(name, "pronoun")
                        break
        return Resolved(None, None)

    def resolve(
        self, clause: Clause, where: tuple[int, int], paragraph: Paragraph
    ) -> Resolved | None:
        """Who a reporting clause names; None when the clause has no subject at all."""
        mention = clause.subject
        if mention is None:
            return self._phrase(clause.phrase, where) if clause.phrase else None
        if mention.kind == "person":
            self.note(paragraph, mention)
            resolved = Resolved(mention.name, "explicit")
        elif mention.kind == "org":
            return Resolved(self.organisation(mention.name), "explicit")
        elif mention.kind == "single":
            resolved = self._single(mention)
        else:
            name = self.pronoun(mention.name, mention.gender, where)
            return Resolved(name, "pronoun" if name else None)
        entry = self.entries.get(resolved.name or "")
        if entry and entry.kind == "person" and entry.gender is None:
            # "Angela Cooper said she and ...": the pronoun after the verb is the subject's
            follow = _FOLLOWING.match(paragraph.masked[clause.verb_end :])
            if follow:
                entry.gender = PRONOUNS[follow.group(1)]
        return resolved


def _role_head(role: str) -> str:
    last = role.split()[-1].lower()
    return _ABBREVIATED.get(last, last)
