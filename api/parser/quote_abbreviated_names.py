"""Abbreviated given names (`Ma. Teresa`, `Wm. Okafor`): a full stop that ends no sentence; and
a firm's ending (`Marrable & Co.`) whose stop does end one."""

from __future__ import annotations

import re
from typing import Final

# Given names written short with a full stop: `Ma.` (María, Maria), `Mª.`, `Wm.` (William),
# `Ch.` (Charles), `Md.` (Mohammad), `Chas.`, `Jas.`, `Thos.`, `Robt.`, `Fco.` (Francisco); and a
# Mongolian patronymic's initial, one Cyrillic letter written with two Latin ones (`Ts.
# Oyunchimeg`, `Kh. Batbayar`, `Sh. Enkhjargal`, `Zh. Altai`), its `Ch.` already above.
ABBREVIATED_GIVEN: Final = frozenset("ma mª wm ch md chas jas thos robt fco ts kh sh zh".split())
# Words before `Ma.` that make it a noun for a mother ending a sentence: `I phoned my Ma. She`.
_OWNERS: Final = frozenset("my your his her our their the a dear".split())
# After the stop: one space, then a capitalised word of at least two letters, not all capitals.
_NAME_AFTER: Final = re.compile(r" [^\W\d_][^\W\d_'’-]*[a-zà-ÿ][\w'’-]*")
# Capitalised words that open a sentence, never a given name: `Ma. She left`, `Ma. The next`.
_OPENERS: Final = frozenset(
    "the a an she he it i we they you there this that then but and so if when my her his our"
    " their after later now".split()
)


def abbreviated_given(text: str, start: int, end: int) -> bool:
    """`said Ma. Teresa Ybañez` -> True for `Ma.` at text[start:end] (end after the stop).

    The word is a short given name, a name's capitalised word follows it after one space, and
    no owner (`my`, `her`, `the`) stands before it: `I phoned my Ma. Teresa answered` -> False.
    """
    if text[start : end - 1].lower() not in ABBREVIATED_GIVEN:
        return False
    following = _NAME_AFTER.match(text, end)
    if following is None or not text[end + 1].isupper():
        return False
    if following.group()[1:].lower() in _OPENERS:
        return False
    before = text[max(0, start - 8) : start].rstrip().rpartition(" ")[2]
    return not (text[start - 1 : start] == " " and before.lower() in _OWNERS)


# A firm's name ends in these (`Marrable & Co.`), whose stop may also end the sentence.
FIRM_ENDINGS: Final = frozenset({"Co", "Corp", "Inc", "Ltd"})
# After a firm's ending, a lone capitalised name and a comma open the next sentence:
# `an analyst at Marrable & Co. Okafor-Lisle, who ...` (not `Acme Corp. Chief Executive`).
_NAME_AND_COMMA: Final = re.compile(r" [A-Z][a-z]+(?:-[A-Z][a-z]+)?,")
# What stands right before a firm's ending: `&` or a capitalised word (not `in Co. Durham`).
_FIRM_BEFORE: Final = re.compile(r"(?:&|[A-Z][\w'’-]*) $")
_FIRM_REACH: Final = 40  # (how far back the word before the ending is looked for)


def firm_closed(text: str, start: int, dot: int) -> bool:
    """`... an analyst at Marrable & Co. Okafor-Lisle, who chairs ...` -> True for `Co` at
    text[start:dot]: a firm's name ends the sentence when the next opens with a lone name and a
    comma (a county, `in Co. Kerry, police said`, and a title, `Acme Corp. Chairman`, do not)."""
    if _NAME_AND_COMMA.match(text, dot + 1) is None:
        return False
    low = start - _FIRM_REACH if start > _FIRM_REACH else 0
    return _FIRM_BEFORE.search(text, low, start) is not None


# After a short title's stop, a title any name may carry (`Dr`, `Prof`): titles written one after
# another before a name, the first one no table knows (`Ing. Dr X`, `Engr. Prof. X`).
_KNOWN_TITLE_AFTER: Final = re.compile(r" (?:Dr|Prof|Mr|Mrs|Ms|Rev|Hon)\.? [A-Z]")
TITLE_CHARS: Final = 4  # the longest short title read before another (`Engr`)
# `Ing`, `Engr`, `Arch`: a title's short form, a capital and a few small letters
_SHORT_TITLE: Final = re.compile(rf"[A-Z][a-z]{{1,{TITLE_CHARS - 1}}}")
_SET_OFF: Final = (", ", "(")  # what opens an appositive or a bracket right before the title


def stacked_title(text: str, start: int, end: int) -> bool:
    """`the Managing Director, Ing. Dr Efua Mensah, said` -> True for `Ing.` at text[start:end]
    (end after the stop): a short capitalised word set off by a comma or a bracket, then a known
    title and a name; `a plant at Ely. Dr Ross said` -> False (no comma before the word)."""
    if _SHORT_TITLE.fullmatch(text, start, end - 1) is None:
        return False
    if not (text.endswith(_SET_OFF[0], 0, start) or text.endswith(_SET_OFF[1], 0, start)):
        return False
    return _KNOWN_TITLE_AFTER.match(text, end) is not None
