"""speed54: the attribution side's work cut where it cannot find anything, with every answer as
before. A body taken on for a post (`appointed X Advisory as business rescue practitioners`) is
looked for only after a word ending as every verb of taking on does (`taken_on_before`); each
gate is checked against the pattern it spares on random texts, with near misses."""

from __future__ import annotations

import random

from api.parser.quote_context import build_paragraphs
from api.parser.quote_described import _taken_on_post
from api.parser.quote_open_bodies import (
    _TAKEN_ON,
    POST_REACH,
    TAKEN_ON_REACH,
    taken_on_as,
    taken_on_before,
)

# Words before a name: the verbs of taking on, near misses that end alike (`needed `, `seed `),
# that hold a verb without its space (`named,`), or a verb inside a longer word (`renamed `).
_BEFORE_PIECES = [
    "appointed", "named", "hired", "engaged", "retained", "contracted", "needed", "seed", "ed",
    "renamed", "unnamed", "rehired", "said", "by", "the", "firm", "named,", "hired\n", "Named",
    "APPOINTED", "disengaged", "d", "e", "“", "’", "—", "reed", "Ed", "led", "contracted:",
]  # fmt: skip
_GAPS = [" ", " ", " ", "  ", ", ", "\n", " \n", ""]


def _before_text(rng: random.Random) -> str:
    """A random stretch of words and gaps, ending where a name would start."""
    words = rng.choices(_BEFORE_PIECES, k=rng.randint(0, 4))
    text = "".join(word + rng.choice(_GAPS) for word in words)
    return text[-rng.randint(0, len(text) + 1) :] if text and rng.random() < 0.2 else text


def test_gate_passes_every_verb_of_taking_on():
    """Wherever the pattern finds a verb of taking on right before a name, the gate is open
    (else taken_on_as's answer would be lost); on 20,000 random stretches."""
    rng = random.Random(5401)
    found = 0
    for _ in range(20_000):
        text = _before_text(rng)
        start = len(text)
        before = text[max(0, start - TAKEN_ON_REACH) : start]
        if _TAKEN_ON.search(before) is not None:
            found += 1
            assert taken_on_before(text, start), text
    assert found > 1_000


def test_near_misses_close_the_gate_or_find_nothing():
    """`said `, `by the `, `named,` and a text shorter than the ending close the gate; `needed `
    and `renamed ` open it, and the pattern then finds nothing."""
    for text in ["said ", "by the ", "named,", "hired\n", "", "d ", "ed", "Named"]:
        assert not taken_on_before(text, len(text)), text
    for text in ["needed ", "renamed ", "seed ", "He reed "]:
        assert taken_on_before(text, len(text)), text
        assert _TAKEN_ON.search(text[-TAKEN_ON_REACH:]) is None, text
    # (the pattern's `$` matches before a final line break: `appointed \n` too)
    for text in ["The council appointed ", "It hired ", "we contracted ", "appointed \n"]:
        assert taken_on_before(text, len(text)), text


_PARAGRAPH_PIECES = [
    "The council appointed Varnholt Advisory as business rescue practitioners.",
    "It hired Pell Quarry Services as contractors for the works.",
    "Officials named Ana Roe as chief executive on Monday.",
    "Residents needed Corvin Haulage more than ever.",
    "The board retained Tessaly Partners as its auditors, the notice said.",
    "Kestrel Water Ltd said the pipes were old.",
    "A renamed Orlin Group, engaged as advisers, declined to comment.",
    "“We will fix it,” said Mara Voss, who was contracted as an engineer.",
    "Dunmere Fire Service and Brackley Rail Ltd confirmed the closure.",
]


def _taken_on_post_as_before(masked: str, start: int, end: int, body: bool) -> str | None:
    """_taken_on_post's answer without the gate: the pattern always tried."""
    return taken_on_as(
        masked[max(0, start - TAKEN_ON_REACH) : start], masked[end : end + POST_REACH], body
    )


def test_taken_on_post_answers_as_without_the_gate():
    """Every mention of 300 random articles gets the post it got with the pattern always tried
    (`practitioners`, `contractors`, `auditors`; none for `Ana Roe`, a person's single post)."""
    rng = random.Random(5402)
    posts = set()
    for _ in range(300):
        pieces = rng.choices(_PARAGRAPH_PIECES, k=rng.randint(1, 5))
        article = build_paragraphs([" ".join(pieces[: k + 1]) for k in range(len(pieces))])
        for paragraph in article.paragraphs:
            for mention in paragraph.mentions:
                if mention.kind == "pronoun":
                    continue
                want = _taken_on_post_as_before(
                    paragraph.masked, mention.start, mention.end, mention.kind == "org"
                )
                assert _taken_on_post(paragraph, mention) == want, (paragraph.masked, mention)
                posts.add(want)
    assert {"practitioners", "contractors", "auditors"} <= posts
