"""A given name's usual sex: a prior the registry reads only where the article says nothing.

The names come from gender-guesser (Jörg Michael's dictionary of about 48,000 given names, each
rated by how it is used in some 55 countries and regions, among them China, India, Japan,
Korea, Vietnam, Turkey, Israel and the Arab world). It is pure Python over a text file, as the
parser must be (it runs in the server's workers, the command line and the tests with no
compiled code and no service to call). A name gives a sex only when the dictionary's verdict
over all its countries is `male` or `female` and no country rates it otherwise: `mostly_*`,
`andy` (used for both: `Kim`, `Wei`, `Pat`), a name one country gives the other sex (`Eli`,
`Andrea`, `Jean`, `Luca`: the verdict counts countries, not readers) and a name it does not
know (most romanised Chinese or West African given names, every surname) give nothing.

The dictionary is read once per process, on the first question (about 0.3 s and 22 MB: see
docs/benchmarks.md), so importing the parser, as the server does at boot, costs nothing.
"""

from __future__ import annotations

from functools import lru_cache

from gender_guesser.detector import Detector

_SEXES = {"male": "m", "female": "f"}
# each of the dictionary's ratings, by the sex it leans to (`andy` leans to neither)
_LEANS = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}


@lru_cache(maxsize=1)
def _detector() -> Detector:
    return Detector(case_sensitive=False)


@lru_cache(maxsize=4096)  # (a given name is asked about once per look-up of its person)
def usual_sex(given: str) -> str | None:
    """`m` or `f` when the dictionary calls this given name male or female; else None."""
    if len(given) < 2 or given.endswith("."):
        return None  # an initial (`J.`) says nothing
    detector = _detector()
    verdict = _SEXES.get(detector.get_gender(given))
    if verdict is None:
        return None
    # (`names` is the dictionary as read: each rating of the name, by the countries using it)
    ratings = detector.names.get(given.lower(), ())
    return verdict if all(_LEANS.get(rating) == verdict for rating in ratings) else None


def given_name_sex(name: str) -> str | None:
    """The usual sex of a full name's first word (`Rhiannon Pryce-Aubert` -> `f`); a name of
    one word (a surname, or a name the article gives alone) gives nothing."""
    given, space, _ = name.partition(" ")
    return usual_sex(given) if space else None


def unlikely(name: str, known: str | None, gender: str | None) -> bool:
    """The article gave this person no sex of its own (`known` is None) and the given name's
    usual sex is not the pronoun's: `she` of `Felix Kumwenda`. Evidence always wins."""
    if known is not None or gender is None:
        return False
    usual = given_name_sex(name)
    return usual is not None and usual != gender
