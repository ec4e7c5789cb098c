"""worst52: `same_role` asks a role's own last word before reading its heads (the first of them).

The gate is exact: `role_head(role)` opens every tuple `_role_heads(role)` gives, so a head equal
to it was always in the tuple. Checked against the reading without the gate on made-up roles
(abbreviations, titles of address, `of` and `and` heads, a title's field, ranks, member posts, the
spelt-out business roles) and on near-misses the gate must not answer.
"""

from __future__ import annotations

import random

import pytest

from api.parser.quote_entries import _SPELT_OUT, _role_heads, role_head, same_role
from api.parser.quote_members import member_bodies, member_stem

_WORDS = [
    "Gov.", "Sen.", "Dr.", "CEO", "chief", "executive", "financial", "officer", "police",
    "director", "of", "services", "for", "planning", "and", "daughter", "priest", "Assembly",
    "Member", "the", "Kade", "Area", "Detective", "Inspector", "Minister", "Energy", "head",
    "Red", "Lion", "Inn", "president", "student", "union", "spokeswoman", "Vell", "coach",
    "retired", "captain", "councilwoman", "analyst", "at", "Bramwell",
]  # fmt: skip
_HEADS = [
    "governor", "senator", "doctor", "ceo", "cfo", "officer", "director", "planning", "priest",
    "daughter", "assemblyman", "detective", "minister", "landlord", "student", "spokeswoman",
    "coach", "captain", "councilwoman", "analyst", "chief", "member", "inspector",
]  # fmt: skip


def _ungated(role: str, head: str) -> bool:
    """same_role as it read before worst52 (its heads first, no gate)."""
    if role_head(head) in _role_heads(role):
        return True
    stem = member_stem(head)
    if stem is not None and stem in member_bodies(role):
        return True
    spelt = _SPELT_OUT.get(head)
    if spelt is None:
        return False
    spelt = spelt.removesuffix(" officer")
    lowered = role.lower().removesuffix(" officer")
    return lowered == spelt or lowered.endswith(" " + spelt)


def test_gate_answers_as_the_heads_on_random_roles():
    rng = random.Random(52)
    for _ in range(3000):
        role = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 7)))
        head = rng.choice(_HEADS)
        assert same_role(role, head) == _ungated(role, head), (role, head)


@pytest.mark.parametrize(
    ("role", "head", "expected"),
    [
        ("Tarlow Water spokeswoman", "spokeswoman", True),  # the last word: the gate answers
        ("Gov.", "governor", True),  # an abbreviation spelt out on both sides
        ("director of services for planning", "director", True),  # the `of` head, not the gate
        ("chief financial officer", "cfo", True),  # spelt out
        ("Assembly Member for the Kade Area", "assemblyman", True),  # a member's post
        ("police officer", "cfo", False),  # near-miss: not the whole spelt-out role
        ("analyst at Bramwell Partners", "partners", True),  # the role's last word, as before
        ("Bramwell analyst", "analysts", False),  # near-miss: another word
        ("retired captain", "captains", False),
    ],
)
def test_made_up_roles(role, head, expected):
    assert same_role(role, head) is expected
    assert _ungated(role, head) is expected
