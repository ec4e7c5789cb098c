"""worst45: the registry's entries by place (EntryPlaces) answer what the walks over the latest
entries answered (`_roled_people`, `_fuller_body`), and the descriptions that use them keep
their speakers, within the window of the latest entries and past it.

The index is checked against the walks it replaced (written out here) on made-up entries:
people and bodies, roles given on entry or later, names sharing endings, small words.
"""

from __future__ import annotations

import random
from itertools import islice

from api.parser.quote_described import KNOWN_ENTRIES
from api.parser.quote_entries import Entry, EntryWords
from tests.quotes.helpers import speakers

_WORDS = ["Kelworth", "Rovers", "Valley", "Water", "Brindle", "and", "Ashby", "Town", "of", "Ilse"]
_ROLES = [None, None, "chair", "head of policy", "publisher"]


def _roled_walk(entries: list[Entry], window: int) -> list[str]:
    """The old walk: the latest `window` entries, latest first, those with a role."""
    return [e.name for e in islice(reversed(entries), window) if e.role]


def _ending_walk(entries: list[Entry], name: str, window: int) -> list[str]:
    """The old walk: of the latest `window` entries, those after `name` (walking back) whose
    name ends with ` <name>`, latest first."""
    found = []
    before = False
    for entry in islice(reversed(entries), window):
        before = before or entry.name == name
        if before and entry.name.endswith(" " + name):
            found.append(entry.name)
    return found


def test_places_answer_as_the_walks() -> None:
    rng = random.Random(4501)
    for _ in range(300):
        words = EntryWords()
        entries: list[Entry] = []
        known: dict[str, Entry] = {}
        for _ in range(rng.randrange(1, 40)):
            if known and rng.random() < 0.3:
                entry = rng.choice(entries)  # a role filled in later, told again
                entry.role = entry.role or rng.choice(_ROLES[2:])
                words.add(entry)
            else:
                name = " ".join(rng.choice(_WORDS) for _ in range(rng.randrange(1, 5)))
                if name in known:
                    continue
                kind = rng.choice(["person", "organisation"])
                entry = Entry(name, kind, rng.choice(_ROLES))  # type: ignore[arg-type]
                known[name] = entry
                entries.append(entry)
                words.add(entry)
            if rng.random() < 0.5:
                continue  # (asked now and then: the told entries read in between)
            window = rng.randrange(0, len(entries) + 3)
            first = len(entries) - window
            assert list(words.places.roled_since(first)) == _roled_walk(entries, window)
            names = [*known, "Rovers", "Water", "Nobody Here"]
            for name in names + [n.split(" ", 1)[-1] for n in known]:
                got = list(words.places.ending_before(name, first))
                assert got == _ending_walk(entries, name, window), (name, window)


def test_places_examples() -> None:
    words = EntryWords()
    for name, role in [
        ("Kelworth Rovers", None),
        ("Ilse Varga", "chair"),
        ("Rovers", None),
        ("Dunmore Rovers", None),
    ]:
        words.add(Entry(name, "organisation" if "Rovers" in name else "person", role))
    late = Entry("Tom Ashby", "person")
    words.add(late)
    assert list(words.places.roled_since(0)) == ["Ilse Varga"]
    late.role = "head of policy"  # (filled in, then told)
    words.add(late)
    assert list(words.places.roled_since(0)) == ["Tom Ashby", "Ilse Varga"]
    assert list(words.places.roled_since(2)) == ["Tom Ashby"]
    # (`Dunmore Rovers`, named after the short form, is none of its fuller names)
    assert list(words.places.ending_before("Rovers", 0)) == ["Kelworth Rovers"]
    assert list(words.places.ending_before("Rovers", 1)) == []
    assert list(words.places.ending_before("Rovers", 3)) == []  # (`Rovers` before the window)
    assert list(words.places.ending_before("Varga", 0)) == []  # (never entered alone)


_Q, _E = "\u201c", "\u201d"
# (more made-up bodies than the KNOWN_ENTRIES latest, each entered: past the window)
_MANY = "".join(
    f"Ab{chr(97 + k // 26)}{chr(97 + k % 26)} Games, which publishes Xx, said so. "
    for k in range(KNOWN_ENTRIES + 10)
)


def test_fuller_body_speakers() -> None:
    """`the club said` of a short form: the one body named before that ends with it."""
    club = f"Rovers confirmed the news. {_Q}He is our man,{_E} the club said."
    assert speakers("Kelworth Rovers beat Ashby Town on Saturday.", club) == ["Kelworth Rovers"]
    water = f"Valley Water apologised. {_Q}We are sorry,{_E} the company said."
    assert speakers("Brindle Valley Water was fined.", water) == ["Brindle Valley Water"]
    # (two bodies end so: neither is surely meant)
    assert speakers("Kelworth Rovers and Dunmore Rovers drew.", club) == ["Rovers"]
    # (the short form entered before its fuller name)
    late = f"Kelworth Rovers fans were pleased. Rovers confirmed it. {_Q}Yes,{_E} the club said."
    assert speakers("Rovers confirmed the news on Friday.", late) == ["Kelworth Rovers"]
    # (past the latest entries, the fuller name is still the one taken by this route or another)
    assert speakers("Kelworth Rovers beat Ashby Town.", _MANY, club) == ["Kelworth Rovers"]


def test_roled_people_speakers() -> None:
    """`the regulator said` of a body whose name opens a roled person's role (`_role_owner`):
    the role holder is looked for among the latest entries with a role, recent first."""
    said = f"{_Q}We will act,{_E} the regulator said."
    opening = "Tarvex's director of retail, Orla Penn, told MPs the regulator had acted."
    assert speakers(opening, said) == ["Tarvex"]
    apposed = "Orla Penn, Tarvex's head of policy, told MPs the regulator had failed."
    assert speakers(apposed, said) == ["Tarvex"]
    # (the role holder past the window of the latest entries: no one)
    assert speakers(opening, _MANY, said) == [None]
    assert speakers(opening, said, _MANY, said) == ["Tarvex", None]
    # (near miss: `the publisher` of a body no role or clause calls one: no one)
    books = f"Quenby Books's chief editor, Ari Holt, spoke. {_Q}We print,{_E} the publisher said."
    assert speakers(books) == [None]
