"""Speakers73: people the tables missed. Titles before names (`Trainer X Y`, `The Rev Canon X
Y`, the Brunei styles `Awang`, `Dayang`, a pilgrim's `Haji` opening a Malay name), surnames
with the elided particle `d'` (`Jolene d'Arcy`), with near-misses the rules must leave alone
(`Major`, `Canon`, `Hunter` as names; `Haji` inside a father's name).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_names import (
    job_before_given,
    pilgrim_opening,
    rank_after_title,
    used_as_title,
)
from api.parser.quote_tokens import Token
from api.parser.quote_unnamed import sexed_opening
from tests.quotes.helpers import names_found
from tests.quotes.helpers import speakers as _speakers


def _tokens(text: str) -> list[Token]:
    """The words of a made-up name as tokens, each at its place in `text`."""
    found: list[Token] = []
    at = 0
    for word in text.split():
        at = text.index(word, at)
        found.append(Token(at, at + len(word), word, False, False))
        at += len(word)
    return found


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Haji Rosli bin Haji Omar", True),
        ("Hajah Siti Aminah binti Yusof", True),
        ("Nurul Aina binti Haji Ahmad", False),  # `Haji` inside the father's name
        ("Haji Bakar Omar", False),  # no `bin`, `binti`: no Malay father's name to tell by
    ],
)
def test_a_pilgrims_style_opening_a_malay_name(name, expected):
    assert pilgrim_opening(_tokens(name)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trainer Sean Walsh (58) said.", True),
        ("Inspector Maria Lopes, 44, said.", True),
        ("Assessor Maria Lopes, who saw it, said.", True),
        ("Hunter Mae Collins (30) said.", False),  # a given name with a role noun's ending
        ("They met Trainer Sean Walsh (58).", False),  # the capital is no sentence's
        ("Trainer Walsh Mbeki (58) said.", False),  # no given name the table knows after it
        ("Okafor Steel Works, a supplier, said.", False),  # no age, no `who`: a body
    ],
)
def test_a_job_before_a_given_name(text, expected):
    words = _tokens(text.rstrip(".").replace(",", " ").replace("(", " ").replace(")", " "))
    start = 2 if text.startswith("They") else 0
    last = words[start + 2]
    assert job_before_given(text, words[start], words[start + 1], last) is expected


@pytest.mark.parametrize(
    ("run", "skip", "expected"),
    [
        ("Rev Canon Judith Hale", 1, True),
        ("Revd Prebendary Anne Toms", 1, True),
        ("Rev John Paul Hale", 1, False),  # `John` a given name
        ("Dr Imdad Hussain Roe", 1, False),  # no cleric's style before it
        ("Rev Mary Canon", 1, False),  # `Canon` the surname: two words after the style
    ],
)
def test_a_clerics_rank(run, skip, expected):
    tokens = _tokens(run)
    assert rank_after_title(tokens, tokens[skip:]) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her cousin, Luc d'Arcy, 51, said so.", ["Luc d'Arcy"]),
        ("Nadine d’Aubigny said so.", ["Nadine d’Aubigny"]),
        ("Tom D'Costa said so.", ["Tom D'Costa"]),
        ("The road's End said so.", ["End"]),  # `d'` ending a word is no particle
    ],
)
def test_an_elided_particles_surname(text, expected):
    assert names_found(text) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Awang Mohd Rizal bin Osman, the school's head, said the roof had been "
                "'patched twice'.",
                "'We need a new one,' he said.",
            ),
            ["Mohd Rizal bin Osman", "Mohd Rizal bin Osman"],
        ),
        (
            (
                "Dayang Nurul Izzah binti Haji Salleh, a nurse, said the ward was 'full every "
                "night'.",
                "'We turn people away,' the nurse said.",
            ),
            ["Nurul Izzah binti Haji Salleh", "Nurul Izzah binti Haji Salleh"],
        ),
        (
            (
                "The chairman, Dato Haji Kamal bin Haji Idris, said the vote was 'final'.",
                "'There is no appeal,' he said.",
            ),
            ["Kamal bin Haji Idris", "Kamal bin Haji Idris"],
        ),
        (
            (
                'Trainer Declan Moyle (71), from Athenry, said the track was "home".',
                '"Where else would I go?" the 71-year-old asked.',
            ),
            ["Declan Moyle", "Declan Moyle"],
        ),
        (
            (
                "The Rev Canon Mary Ellwood, the town's rector, said the hall was “cold”.",
                "“We cannot heat it,” she said.",
            ),
            ["Mary Ellwood", "Mary Ellwood"],
        ),
        (
            (
                "Capt. Elodie d'Amboise, who fishes out of a cove nearby, said the season was "
                '"lost". "Every day costs us," she said.',
            ),
            ["Elodie d'Amboise", "Elodie d'Amboise"],
        ),
        (
            ('Major Tom Briggs said the bridge was "unsafe".', '"Close it," Briggs said.'),
            ["Major Tom Briggs", "Major Tom Briggs"],  # `Major` a given name, no rank here
        ),
    ],
)
def test_the_speakers(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman who lost her son in the fire spoke to reporters.", "f"),
        ("An elderly man, 80, wept at the gate.", "m"),
        ("One young mother stood by the door.", "f"),
        ("A man's body was found on the shore.", None),  # a possessive: no one speaking
        ("A report said the roof was weak.", None),  # no person's noun of a sex
        ("The woman stood by the door.", None),  # someone the article has met
    ],
)
def test_a_sentence_opening_on_an_unnamed_person(text, expected):
    assert sexed_opening(text) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                'The mayor, Daniel Okoro, said the bridge would reopen "soon".',
                "A fruit seller in the old market, who did not want to be named, said trade had "
                'halved. "Nobody crosses any more," he said.',
            ),
            ["Daniel Okoro", None],
        ),
        (
            (
                'Inspector Grace Mensah said the driver had been "going far too fast".',
                "A woman whose husband was on the bus waited outside the ward all night. "
                "“He phoned me from the road,” she said.",
            ),
            ["Grace Mensah", None],
        ),
        (
            (
                'Priya Raman, 52, said her stall had "never been this empty".',
                "The market's manager, who declined to be named, said rents would rise. "
                '"We have no choice," he said.',
            ),
            ["Priya Raman", None],
        ),
        (
            (
                # a named person after the unnamed one: the pronoun is hers
                "A woman who lives nearby spoke to reporters. Later, Ruth Abara said the road "
                'was closed. "It will take weeks," she said.',
            ),
            ["Ruth Abara"],
        ),
        (
            (
                # no aside withholding the name: the manager named before
                'The market manager, Tomas Ferreira, said rents would rise by "a few per cent".',
                'The manager said the roof came first. "It leaks," he said.',
            ),
            ["Tomas Ferreira", "Tomas Ferreira"],
        ),
    ],
)
def test_an_unnamed_persons_own_pronoun(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("word", "written", "expected"),
    [
        ("Dzongdag", {"the dzongdag"}, True),
        ("Kgosi", {"Kgosi Mmolawa"}, True),
        ("Oba", {"the oba"}, True),
        ("Punakha", {"Punakha Dorji"}, True),  # (the article's own `Punakha Dorji`: a title)
        ("Punakha", set(), False),  # never written as a noun nor before the surname alone
        ("Major", {"the major"}, False),  # a given name the table knows
        ("The", {"the the"}, False),  # a sentence's capital
        ("OBA", {"the oba"}, False),  # letters, no title's word
    ],
)
def test_a_word_used_as_a_title(word, written, expected):
    assert used_as_title(
        word, "Mmolawa" if word != "Punakha" else "Dorji", written.__contains__
    ) is (expected)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The rangers' report was read out at a kgotla that Kgosi Motsumi called.",
                "Kgosi Lesego Motsumi told the meeting that the fences had failed.",
                '"We are losing everything," Motsumi said.',
            ),
            ["Lesego Motsumi"],
        ),
        (
            (
                'Haa Dzongdag Pema Sonam Wangdi said the road was "open again".',
                'By noon the dzongdag had sent crews out. "We cleared it," he said.',
            ),
            ["Pema Sonam Wangdi", "Pema Sonam Wangdi"],
        ),
        (
            (
                # a Malay prefix again in the father's name: no title
                "State councillor Wan Aziz Wan Ismail said the school was “safe”.",
                "“We checked twice,” Wan Ismail said.",
            ),
            ["Wan Aziz Wan Ismail", "Wan Aziz Wan Ismail"],
        ),
        (
            (
                # the first word never written apart from the name: kept
                'Thabiso Lerato Dube said the clinic was "full".',
                '"We need a second nurse," Dube said.',
            ),
            ["Thabiso Lerato Dube", "Thabiso Lerato Dube"],
        ),
    ],
)
def test_a_title_the_article_uses(paragraphs, expected):
    assert _speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The Kelvin Leisure Trust runs the rink.",
                'Junior curler Amy Ross, 15, said it was "sad".',
                "A trust spokeswoman later said members would get refunds. "
                '"We will call everyone," she said.',
            ),
            ["Amy Ross", "Kelvin Leisure Trust"],
        ),
        (
            (
                "Harlow Water Ltd supplies the town.",
                'Nadia Berg, who runs the bakery, said the taps were "dry".',
                "A company spokeswoman said crews were out. “It will be back by noon,” she said.",
            ),
            ["Nadia Berg", "Harlow Water Ltd"],
        ),
        (
            (
                # the body's spokesman a paragraph before; the woman named here speaks
                "The Treasury is unmoved, a Treasury spokesman said.",
                "Compare the view of Dame Ada Fenwick, who ran a mill for years. "
                "‘I resisted it,’ she told me.",
            ),
            ["Ada Fenwick"],
        ),
    ],
)
def test_an_unnamed_spokeswoman_of_a_body_named_before(paragraphs, expected):
    assert _speakers(*paragraphs) == expected
