"""Posts a passive deed gives its agent: `The panel was chaired by X` makes X `the chair`."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Final

from api.parser.quote_budget import LATEST_FEW
from api.parser.quote_context import Paragraph
from api.parser.quote_people import Mention

# The posts a deed's agent holds: `was chaired by X` -> `the chair`, `was led by X` -> `the
# leader`; one who did it once (`founded by`) is its founder still.
DEED_POSTS: Final = {
    "chaired": frozenset({"chair", "chairman", "chairwoman", "chairperson"}),
    "led": frozenset({"leader", "lead"}),
    "headed": frozenset({"head"}),
    "directed": frozenset({"director"}),
    "edited": frozenset({"editor"}),
    "coached": frozenset({"coach"}),
    "captained": frozenset({"captain"}),
    "founded": frozenset({"founder"}),
    "managed": frozenset({"manager"}),
}
_POSTS: Final = frozenset(post for posts in DEED_POSTS.values() for post in posts)
_PASSIVE_DEED: Final = re.compile(
    r"\b(?:is|was|are|were|been|being) (" + "|".join(DEED_POSTS) + r") by "
)


def deed_post(word: str) -> bool:
    """`chair`, `leader`: a post some passive deed gives (see DEED_POSTS)."""
    return word in _POSTS


@lru_cache(maxsize=64)
def _passive_deeds(masked: str) -> tuple[tuple[int, int, str], ...]:
    """Each `was chaired by ` of a paragraph: (its start, where the agent starts, the deed), in
    text order; found once per paragraph."""
    if " by " not in masked:
        return ()  # (most paragraphs)
    return tuple((m.start(), m.end(), m.group(1)) for m in _PASSIVE_DEED.finditer(masked))


def deed_holder(paragraph: Paragraph, post: str, owner: str | None, end: int) -> Mention | None:
    """The person a passive deed before `end` makes the post's holder: `The three-member panel
    was chaired by retired justice X` -> X for `chair` (and for `the panel's chair`, `owner`
    being `panel`: a body of the sentence's subject, not `the board's chair`); None if none."""
    deeds = _passive_deeds(paragraph.masked)
    k = bisect_left(deeds, (end,))
    for at, agent, deed in reversed(deeds[max(0, k - LATEST_FEW) : k]):  # (LATEST_FEW: linear)
        if post not in DEED_POSTS[deed]:
            continue
        if owner is not None and not _owned_by(paragraph, at, owner):
            continue
        person = _agent(paragraph, agent)
        if person is not None:
            return person
    return None


# `by Scottish accountant X`: the agent's name starts this near after `by`, its role before it.
_AGENT_REACH: Final = 60


def _agent(paragraph: Paragraph, agent: int) -> Mention | None:
    """The first person named after `by ` at `agent`, within its noun phrase (no comma or stop
    before the name: `by the board, and X` is not X's deed)."""
    mentions = paragraph.mentions
    for i in range(bisect_left(paragraph.mention_starts, agent), len(mentions)):
        mention = mentions[i]
        if mention.start - agent > _AGENT_REACH:
            return None
        if any(mark in paragraph.masked[agent : mention.start] for mark in ",.;"):
            return None
        if mention.kind == "person":
            return mention
    return None


def _owned_by(paragraph: Paragraph, at: int, owner: str) -> bool:
    """`The three-member panel was chaired by`: `panel` is a word of the deed's subject."""
    start = paragraph.sentence(at)[0]
    return owner in paragraph.masked[start:at].lower().split()


# The trades a verb of someone's working life gives them: `X, 61, has fished out of the bay
# for decades` makes X `the fisherman`, `X has farmed the valley since 1990` `the farmer`.
TRADE_DEEDS: Final = {
    "fished": "fisherman",
    "farmed": "farmer",
    "taught": "teacher",
    "nursed": "nurse",
    "ranched": "rancher",
    "preached": "preacher",
}
# The name's end, an age or an aside between commas, then the perfect: `, 61, has fished`.
_TRADE_DEED: Final = re.compile(
    r"(?:, [^,.;:!?]{1,40},)? (?:has|have|had) (?:(?:\w+ly|long|also) )?("
    + "|".join(TRADE_DEEDS)
    + r")\b"
)


# A working life's length after the verb, in its sentence: `for four decades`, `since 1990`,
# `for more than half a century`, `all her life` (`has fished a body from the river` is a deed
# done once).
_WORKING_LIFE: Final = re.compile(
    r"[^.;!?]{0,80}?\b(?:for (?:\w+ ){0,4}(?:years|decades|generations|century|centuries)"
    r"|since (?:\d{4}|she|he)"
    r"|all (?:his|her|their) (?:life|lives|working life))\b"
)


# The same trades by a present-tense habit in a relative clause: `X, 52, who fishes from the
# beach` is `the fisherman` (no length of time wanted: the present is the working life).
HABIT_DEEDS: Final = {
    "fishes": "fisherman",
    "farms": "farmer",
    "teaches": "teacher",
    "nurses": "nurse",
    "ranches": "rancher",
    "preaches": "preacher",
}
# Every trade a working life's verb gives.
TRADE_NOUNS: Final = frozenset(TRADE_DEEDS.values()) | frozenset(HABIT_DEEDS.values())
_HABIT_DEED: Final = re.compile(
    r"(?:, [^,.;:!?]{1,40})?, who (?:(?:still|also|now) )?(" + "|".join(HABIT_DEEDS) + r")\b"
    r"(?! (?:for|after) (?:a |an |the )?(?:compliments?|praise|answers?|information|votes?)\b)"
    r"(?! (?:a |an |the |his |her |their )?(?:grudge|grudges|hope|hopes|doubts?)\b)"
)


def habit_deed(masked: str, end: int) -> str | None:
    """`fisherman` for `Ama Doku, 52, who fishes from Keta beach`, the name ending at `end`: the
    trade a working life's verb in the present gives the name's holder; None for a figure of
    speech (`who fishes for compliments`, `who nurses a grudge`) or any other verb."""
    found = _HABIT_DEED.match(masked, end)
    return HABIT_DEEDS[found.group(1)] if found else None


def trade_deed(masked: str, end: int) -> str | None:
    """`fisherman` for `Ned Kessaly, 61, has fished out of the bay for four decades`, the name
    ending at `end`: the trade a working life's verb in the perfect gives the name's holder (a
    reader's `the fisherman said` later); None for any other verb (`has sailed`), or with no
    working life's length after it (`has fished a body from the river`); else habit_deed's."""
    found = _TRADE_DEED.match(masked, end)
    if found is None or _WORKING_LIFE.match(masked, found.end()) is None:
        return habit_deed(masked, end)
    return TRADE_DEEDS[found.group(1)]
