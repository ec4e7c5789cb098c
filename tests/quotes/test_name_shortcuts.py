"""The naming rules' shortcuts, told from the text or the words alone, answer as the full rules
do: the text before a name that settles no role (role_before), a body's noun before a name
(body_before), and what a run of capitals' words alone say (_run_words)."""

from __future__ import annotations

import random

from api.parser.quote_names import name_word, pronoun_surname, title_surname
from api.parser.quote_people import MAX_NAME_WORDS, _run_words
from api.parser.quote_roles import _no_role_written, read_back
from api.parser.quote_shapes import _BODY_ENDS, BODY_BEFORE, body_before
from api.parser.quote_titles import post_nominal
from api.parser.quote_tokens import Token, Words, capital_words, word_key
from api.parser.quote_words import TITLE_WORDS

# Words and marks that stand before names: stop words, titles, a body's nouns, possessives,
# abbreviations, words ending a sentence, acronyms, joining words, marks and odd spaces.
_BEFORE = [
    "said", "the", "The", "told", "of", "and", "On", "chief", "Chief", "executive", "secretary",
    "press", "White", "House", "minister", "Minister", "Gov.", "Dr.", "home.", "U.S.", "NASA",
    "WHO", "Smith's", "mother's", "company", "startup", "trio", "group,", "label,", "subgroup",
    "duo", "Mr.", "former", "Acme", "investigate", "spokeswoman", "Father", "Rev.", "x", "10",
    "(", ")", ",", ";", ":", "\x00", "—", "’", "'", "-", "&", ".", "\n", "  ", "é",
]  # fmt: skip
_NAMES = ["Ann", "Lee", "Ann Lee", "Jones", "NASA", "Van Der Beek", "O'Neil", "Édith", "Jr."]


def _texts(rng: random.Random, count: int) -> list[str]:
    texts = []
    for _ in range(count):
        words = [rng.choice(_BEFORE) for _ in range(rng.randint(0, 6))]
        words.append(rng.choice(_NAMES))
        glue = [rng.choice([" ", " ", " ", "", ", ", "  "]) for _ in words]
        texts.append("".join(w + g for w, g in zip(words, glue, strict=True)) + "said.")
    return texts


def test_the_text_that_settles_no_role_is_where_the_words_read_back_find_none():
    rng = random.Random(21)
    for text in _texts(rng, 6000):
        for first, _, _ in capital_words(text):
            if _no_role_written(text, first):
                assert read_back(text, Words(text), first) == (first, None), (text, first)


def _body_before_in_full(text: str, start: int) -> tuple[int, int] | None:
    if not text.endswith(_BODY_ENDS, 0, start):
        return None
    match = BODY_BEFORE.search(text, max(0, start - 40), start)
    return match.span() if match else None


def test_a_body_noun_before_a_name_is_found_as_the_full_search_finds_it():
    rng = random.Random(22)
    for text in _texts(rng, 6000):
        for start in range(len(text) + 1):
            found = body_before(text, start)
            assert (found.span() if found else None) == _body_before_in_full(text, start)


def _name_words(run: list[Token]) -> int:
    """How many words at a run's end are a name's, read from the end as _classify_run did."""
    names = 0
    for k in range(len(run) - 1, -1, -1):
        if names == MAX_NAME_WORDS:
            break
        token = run[k]
        if not (name_word(token.text) or title_surname(run, k) or pronoun_surname(run[k:])):
            break
        names += 1
    return names


_RUN_WORDS = ["Ann", "Lee", "King", "Judge", "He", "Jian", "Minister", "CEO", "KC", "MP", "PhD"]
_RUN_WORDS += ["of", "for", "de", "la", "Acme", "Ministry", "The", "But", "NASA", "J.K.", "Jr."]


def test_a_runs_words_alone_say_what_the_rules_read_of_the_run():
    rng = random.Random(23)
    for _ in range(5000):
        words = tuple(rng.choice(_RUN_WORDS) for _ in range(rng.randint(2, 10)))
        run = [Token(0, 0, word, False, False) for word in words]
        titles, tailed, of_for, titled_last, named = _run_words(words)
        assert titles == all(word_key(word) in TITLE_WORDS for word in words)
        assert tailed == post_nominal(words[-1])
        assert of_for == bool({"of", "for"} & set(words))
        last = len(run) - 1
        assert titled_last == (word_key(words[-1]) in TITLE_WORDS and not title_surname(run, last))
        assert named == _name_words(run), words
