"""worst47: the pronoun's look-backs for someone unnamed (`Registry._unnamed_since`, and its
`_described_since`) read only what can answer: a person's or a lone name's mentions (by a
binary search over those), the named events (unnamed ones skipped in C). They answer what the
walks over every mention and every event of the window answered (written out here), on
made-up articles at every clause of every paragraph, the registry as the attribution leaves it.
"""

from __future__ import annotations

import random
from bisect import bisect_left

from api.parser.attribution import _resolve_clauses
from api.parser.quote_context import build_paragraphs
from api.parser.quote_registry import UNNAMED_BACK, Registry, _attributive_name
from api.parser.quote_unnamed import unnamed_subject_at
from tests.quotes.helpers import speakers

_SENTENCES = [
    "A 24-year-old woman, who asked that her name be withheld, said the fees rose.",
    "A buyer, who spoke on condition of anonymity, said prices fell.",
    "One villager said the road flooded.",
    "Ana Ruiz said the plan would work.",
    "Tom Odell told reporters it was over.",
    "Ruiz disagreed.",
    "Odell smiled.",
    "The manager said little.",
    "The spokeswoman said nothing.",
    "Kelworth Council said it would act.",
    "Mia Brandt, a nurse, said so.",
    '"It is too much," she said.',
    '"We will see," he said.',
    '"Yes," he said.',
    '"No," she replied.',
    "It rained.",
    "Brandt, 52, said it again.",
    '"Maybe," the manager said.',
]


def _unnamed_since_walk(registry: Registry, gender: str, where: tuple[int, int]) -> bool:
    """The walk before worst47: every mention of the window, every event of the window."""
    for index in range(where[0], max(-1, where[0] - UNNAMED_BACK - 1), -1):
        paragraph = registry._paragraphs[index]
        end = where[1] if index == where[0] else len(paragraph.text)
        at = unnamed_subject_at(paragraph, end, gender)
        k = bisect_left(paragraph.mention_starts, end)
        for mention in reversed(paragraph.mentions[max(0, k - registry.recent_events) : k]):
            if mention.start < at:
                break
            if (
                mention.kind == "person"
                and mention.gender in (None, gender)
                and not _attributive_name(paragraph.masked, mention)
            ):
                return False
            if mention.kind == "single" and registry._named_person(mention.name, gender):
                return False
        if _described_since_walk(registry, index, at, end, gender):
            return False
        if at >= 0:
            return True
    return False


def _described_since_walk(registry: Registry, index: int, at: int, end: int, gender: str) -> bool:
    bucket = registry._bucket(index)
    k = bisect_left(bucket, (end,))
    for offset, _, name in reversed(bucket[max(0, k - registry.recent_events) : k]):
        if offset < at:
            break
        entry = registry.entries.get(name or "")
        if entry is not None and entry.kind == "person" and entry.gender in (None, gender):
            return True
    return False


def _article(rng: random.Random) -> list[str]:
    return [
        " ".join(rng.choice(_SENTENCES) for _ in range(rng.randrange(1, 9)))
        for _ in range(rng.randrange(1, 7))
    ]


def test_look_backs_answer_as_the_walks() -> None:
    rng = random.Random(4701)
    answers = {True: 0, False: 0}
    described = {True: 0, False: 0}
    for _ in range(250):
        article = build_paragraphs(_article(rng))
        registry = Registry(article)
        for paragraph in article.paragraphs:
            places = [*paragraph.verbs, *paragraph.mention_starts, len(paragraph.text)]
            # (asked before the paragraph's clauses are resolved, as a pronoun's clause asks,
            # and after, when its own events are in)
            for resolved in (False, True):
                for at in places:
                    for gender in ("m", "f"):
                        where = (paragraph.index, at)
                        want = _unnamed_since_walk(registry, gender, where)
                        assert registry._unnamed_since(gender, where) == want, (paragraph, at)
                        answers[want] += 1
                        for since in (-1, 0, at // 2, at):
                            index = paragraph.index
                            old = _described_since_walk(registry, index, since, at, gender)
                            new = registry._described_since(index, since, at, gender)
                            assert new == old, (paragraph.text, since, at)
                            described[old] += 1
                if not resolved:
                    _resolve_clauses(registry, paragraph)
    assert min(answers.values()) > 100 and min(described.values()) > 100  # both answers met


def test_unnamed_then_pronoun_is_no_one() -> None:
    # (someone unnamed, no one named since: the pronoun is theirs)
    assert speakers(
        "Ana Ruiz said the plan would work.",
        "A 24-year-old woman, who asked that her name be withheld, said the fees rose. "
        '"It is too much," she said.',
    ) == [None]


def test_named_since_the_unnamed_one() -> None:
    # (a person named after the unnamed one: the pronoun may be hers)
    assert speakers(
        "A buyer, who spoke on condition of anonymity, said prices fell. "
        'Mia Brandt, a nurse, said so. "It is too much," she said.'
    ) == ["Mia Brandt"]


def test_long_run_of_pronoun_quotes_keeps_its_speaker() -> None:
    # (a near miss for the unnamed rule: a named man, then many `he said` quotes, no one unnamed)
    quotes = speakers("Tom Odell told reporters it was over. " + '"Yes," he said. ' * 30)
    assert quotes == ["Tom Odell"] * 30
