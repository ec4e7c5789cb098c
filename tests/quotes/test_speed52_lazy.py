"""speed52: two tables of the Registry made when first asked, not for every article. The forms a
body's name spells (`WTA` of `Women’s Tennis Association`, `DOF` of `Department of Fisheries`) are
made at the first look-up of a key that may be one (`spellable`); the places (`in Texas`) at the
first question about a place. Each answer is checked against the tables made at once, as before."""

from __future__ import annotations

import random

from api.parser.quote_aliases import initials_of, inner_acronym_cuts, loose_initials
from api.parser.quote_context import build_paragraphs
from api.parser.quote_recall import SPELT_LETTERS, places, spellable
from api.parser.quote_registry import Registry
from api.parser.quotes import analyse_quotes

# Words of bodies' names: capitals in and out of ASCII, small words, hyphens, inner acronyms.
_NAME_PIECES = [
    "Women’s", "Tennis", "Association", "Department", "of", "Fisheries", "Prairie", "&", "Lake",
    "Shore", "Railway", "Sainte-Anne", "Ferry", "Company", "NHS", "Trust", "Ébène", "Óg", "and",
    "the", "District", "Pellham", "AT&T", "Ofcom", "de", "Élan-Vital", "3M", "Ürün", "Board",
]  # fmt: skip


def _spelt_forms(name: str) -> list[str]:
    """Every form Recall._spelt may record for a body's name."""
    words = name.split()
    forms = [*loose_initials(words), initials_of(words), *inner_acronym_cuts(words)]
    return [form for form in forms if len(form) >= SPELT_LETTERS]


def test_every_spelt_form_is_spellable():
    """The look-up's gate is exact: no form a body's name spells fails it (else its answer
    would be read before the forms were made)."""
    rng = random.Random(5201)
    checked = 0
    for _ in range(20_000):
        name = " ".join(rng.choices(_NAME_PIECES, k=rng.randint(1, 6)))
        for form in _spelt_forms(name):
            checked += 1
            assert spellable(form), (name, form)
    assert checked > 20_000


def test_near_misses_are_not_spellable():
    """`UN` (two letters), `Reuters`, `Ofcom`, `Who` and a name with a word in lower case are
    no spelt form: asked about them, the forms are not made."""
    for key in ["UN", "Reuters", "Ofcom", "Who", "Acme Group", "", "EU"]:
        assert not spellable(key), key
    for key in ["WTA", "DOF", "PDNHST", "NASA", "ÉVÓ"]:
        assert spellable(key), key


_ARTICLE_PIECES = [
    "The Women’s Tennis Association said it would act.",
    "The Department of Fisheries (DOF) issued a notice.",
    "Officials at Prairie & Lake Shore Railway declined.",
    "Pellham and District NHS Trust confirmed it.",
    "“We will,” the WTA said.",
    "“Not yet,” PLS said.",
    "“It is done,” a DOF spokeswoman said.",
    "She lives in Texas and works near Busan.",
    "“Fine,” Busan said.",
    "Ana Ruiz of the Sainte-Anne Ferry Company said: “Soon.”",
    "“Later,” SAF said.",
    "“Maybe,” the PDT said.",
    "Tom Lee, the board's chair, said nothing.",
]


def _articles(seed: int, count: int) -> list[list[str]]:
    rng = random.Random(seed)
    return [rng.sample(_ARTICLE_PIECES, rng.randint(1, 8)) for _ in range(count)]


def test_acronyms_asked_lazily_answer_as_made_at_once():
    """Any key, asked in any order, gets the answer the tables made at once give."""
    rng = random.Random(5202)
    keys = ["WTA", "DOF", "PLS", "SAF", "PDT", "PDNHST", "NHS", "UN", "Busan", "Reuters", "FOO"]
    for paragraphs in _articles(5203, 300):
        eager = Registry(build_paragraphs(paragraphs))
        eager._spell_bodies()
        lazy = Registry(build_paragraphs(paragraphs))
        for key in rng.sample(keys, len(keys)):
            assert lazy.acronym(key) == eager.acronyms.get(key), (paragraphs, key)
            assert lazy.loose_acronym(key) == eager.loose_acronyms.get(key), (paragraphs, key)
        lazy._spell_bodies()
        assert lazy.acronyms == eager.acronyms
        assert lazy.loose_acronyms == eager.loose_acronyms


def test_places_asked_lazily_are_the_articles_places():
    """`in Texas`, `near Busan`: is_place answers from the scan of the whole text."""
    for paragraphs in _articles(5204, 200):
        registry = Registry(build_paragraphs(paragraphs))
        found = set(places(registry.masked))
        for word in ["Texas", "Busan", "Acme", "WTA"]:
            assert registry.is_place(word) == (word in found)


def test_spelt_bodies_still_speak_by_their_initials():
    """`the WTA said` after `The Women’s Tennis Association`: the forms are made when the
    speaker is asked for, and the association speaks, as before."""
    analysis = analyse_quotes(
        ["The Women’s Tennis Association said it would act.", "“We will,” the WTA said."]
    )
    assert [q.speaker for q in analysis.quotes] == ["Women’s Tennis Association"]
    analysis = analyse_quotes(
        ["The Department of Fisheries issued a notice.", "“It is done,” DOF said."]
    )
    assert [q.speaker for q in analysis.quotes] == ["Department of Fisheries"]
