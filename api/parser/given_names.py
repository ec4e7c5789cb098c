"""A given name's usual sex: a prior the registry reads only where the article says nothing.

The names are a table committed beside this module (`given_names.tsv`, about 32,600 names),
built by scripts/build_given_names.py from the US Social Security Administration's baby names
of 1880-2024 (public domain), checked against the World Gender Name Dictionary 2.0 (CC0): a name
is in it when at least 100 children were given it and 99 in 100 of them were of one sex, and
the world dictionary, where it knows the name, does not give the other sex more than 5 %.
US births cover many cultures' names (`Agnieszka`, `Chinedu`, `Priya`, `Mehmet`, `Hiroshi`)
but not those rarely given in the US (`Dafydd`, most romanised Chinese given names), which give
nothing, as do a name used for both (`Kim`, `Wei`, `Taylor`), a name of one sex in the US and
the other elsewhere (`Eli`, a girl's name in Norway), every surname and every initial.

The table is read once per process, on the first question (see docs/benchmarks.md for the
time and memory), so importing the parser, as the server does at boot, costs nothing.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

_TABLE = Path(__file__).with_name("given_names.tsv")


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Lower-cased given name -> `m` or `f` (the file's `#` lines are its header). Read line by
    line: a list of every line, or the whole text, held while the table fills, would leave the
    process about twice the table's size larger (see docs/benchmarks.md)."""
    with _TABLE.open(encoding="utf-8") as lines:
        return {name: sex for name, sex in map(_entry, lines) if sex}


def _entry(line: str) -> tuple[str, str]:
    """`name<TAB>sex` -> (name, sex); a header line gives no sex."""
    if line.startswith("#"):
        return "", ""
    name, _, sex = line.rstrip("\n").partition("\t")
    return name, sex


def _folded(given: str) -> str:
    """Lower case without accents (`José` -> `jose`): the US records are written without them."""
    decomposed = unicodedata.normalize("NFKD", given.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=4096)  # (a given name is asked about once per look-up of its person)
def usual_sex(given: str) -> str | None:
    """`m` or `f` when the table calls this given name a man's or a woman's; else None."""
    if len(given) < 2 or given.endswith("."):
        return None  # an initial (`J.`) says nothing
    return _table().get(_folded(given))


def given_name_sex(name: str) -> str | None:
    """The usual sex of a full name's first word (`Rhiannon Pryce-Aubert` -> `f`); a name of
    one word (a surname, or a name the article gives alone) gives nothing, nor a name written
    family name first (`Park Seo-yeon`)."""
    given, space, rest = name.partition(" ")
    if not space or _family_name_first(rest):
        return None
    return usual_sex(given) or _compound_sex(given)


def _compound_sex(given: str) -> str | None:
    """`Jean-Paul` -> `m` (`Paul` a man's, `Jean` either's), `Marie-Paule` -> None when the
    parts disagree: a hyphened given name the table lacks takes the one sex its parts give."""
    if "-" not in given:
        return None
    sexes = {usual_sex(part) for part in given.split("-")} - {None}
    return sexes.pop() if len(sexes) == 1 else None


def _family_name_first(rest: str) -> bool:
    """`Park Seo-yeon`, `Kim Min-ji`: a last word of two syllables joined by a hyphen, the second
    in lower case, is a Korean given name after the family name (a Western hyphenated surname
    capitalises both halves: `Pryce-Aubert`)."""
    last = rest.rpartition(" ")[2]
    head, hyphen, tail = last.partition("-")
    return bool(hyphen) and head[:1].isupper() and tail[:1].islower()


def unlikely(name: str, known: str | None, gender: str | None) -> bool:
    """The article gave this person no sex of its own (`known` is None) and the given name's
    usual sex is not the pronoun's: `she` of `Felix Kumwenda`. Evidence always wins."""
    if known is not None or gender is None:
        return False
    usual = given_name_sex(name)
    return usual is not None and usual != gender
