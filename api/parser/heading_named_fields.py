"""A field naming a person, which closes the section above: 'Star man: Ana Lima' after ratings."""

from __future__ import annotations

import re
from typing import Final

from api.parser.given_names import usual_sex
from api.parser.layout import Item, Line

# A short label, a colon and a person's full name and nothing else: 'Star man: Callum Pryor',
# 'Player of the match: Ana Lima', 'Referee: Tom Reed-Otieno'.
NAMED_FIELD: Final = re.compile(
    r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,3}: (?P<person>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})$"
)


def names_a_person(text: str) -> bool:
    """True for a field whose value is a person's full name, the first word a given name:
    'Star man: Callum Pryor' (not 'Verdict: Buy It', 'Next stop: Porto Alegre')."""
    found = NAMED_FIELD.match(text)
    return found is not None and usual_sex(found["person"].split()[0]) is not None


def next_text_line(items: list[Item], k: int) -> int:
    """The index of the first text line after item k, pictures skipped; -1 where none is."""
    for j in range(k + 1, len(items)):
        if isinstance(items[j], Line):
            return j
    return -1


def closing_named_fields(items: list[Item], flags: list[bool]) -> list[int]:
    """The heads that are fields naming a person with no text under them, only a head, pictures
    or the page's end: a match report's 'Star man: Ana Lima' after its ratings closes them, as
    'Verdict: ...' closes a review ('Ryan Soutar 6 – Lost his man.' / 'Star man: Callum Pryor' /
    picture / 'What next?'); a head introduces text ('Profile: Ana Lima' / text stays)."""
    found = []
    for k, flagged in enumerate(flags):
        item = items[k]
        if not (flagged and isinstance(item, Line) and names_a_person(item.text)):
            continue
        after = next_text_line(items, k)
        if after < 0 or flags[after]:
            found.append(k)
    return found
