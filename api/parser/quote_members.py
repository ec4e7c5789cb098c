"""One word for a member of a body (`assemblyman`) and the role it shortens (`Assembly Member`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

# `assemblywoman`, `councilman`, `congressperson`: a body's noun run into a noun for a person
# (`woman` read before `man`, which ends it too).
_MEMBER_ENDS: Final = ("woman", "person", "man")
_STEM_LETTERS: Final = 5  # a body's noun is this long at least (`post` of `postman` is none)
# `Assembly Member for X`, `Member of the Assembly`, `council member`: the body's noun by the
# word `member`, before it or after `of (the)`.
_STEM: Final = rf"([a-z]{{{_STEM_LETTERS},}})"
_MEMBER_POSTS: Final = re.compile(rf"\b{_STEM} member\b|\bmember of (?:the )?{_STEM}\b")


def member_stem(head: str) -> str | None:
    """`assemblyman` -> `assembly`, `councilwoman` -> `council`; `woman`, `postman` -> None
    (too short for a body's noun). (`spokesman` -> `spokes`: no role writes `spokes member`.)"""
    for end in _MEMBER_ENDS:
        if head.endswith(end):
            stem = head[: -len(end)]
            return stem if len(stem) >= _STEM_LETTERS and stem.isalpha() else None
    return None


@lru_cache(maxsize=4096)
def member_bodies(role: str) -> frozenset[str]:
    """The bodies a role says its holder is a member of, in lower case: `Assembly Member for
    the Kade Area` -> {assembly}; `Member of Congress` -> {congress}; `member` -> {}."""
    lowered = role.lower()
    if "member" not in lowered:
        return frozenset()  # (most roles: no member of anything)
    return frozenset(a or b for a, b in _MEMBER_POSTS.findall(lowered))


# A body named for the people it gathers, and the holder of a post in it: `president of the
# student union`, `chair of the parents’ association`, `secretary of the local farmers union`.
_GATHERING: Final = "union association society guild council federation forum club"
_GATHERED: Final = re.compile(
    r"\bof (?:the |an? )?(?:[a-z-]+ ){0,2}?([a-z]{3,}?)(?:s['’]?|['’]s)? (?:"
    + "|".join(_GATHERING.split())
    + r")\b"
)


@lru_cache(maxsize=4096)
def gathered_members(role: str) -> tuple[str, ...]:
    """`president of the student union` -> (`student`,): the people a body in the role is named
    for, which its officer is one of (`the third-year law student said`); `head of the Kade
    Trust` -> () (no body of members), `president` -> ()."""
    if " of " not in role:
        return ()  # (most roles: no body after `of`)
    return tuple(_GATHERED.findall(role.lower()))
