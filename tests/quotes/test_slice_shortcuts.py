"""speed29's slices in place of bounded `startswith`/`endswith` (compiled, those are generic calls
that parse their arguments): each answers as the call it replaced, at every offset of generated
texts (an offset of the text: 0 to its length, as a name's start or end is)."""

from __future__ import annotations

from api.parser.quote_parents import _GAVE_ONE_NAME, one_name_introduced
from api.parser.quote_shapes import _joint_at
from tests.quotes.helpers import generated_texts

_PIECES = [", ", " and ", "and", ",", " ", "a", "Ann", ", and ", " and and ", ", 24,", "x"]
_PIECES += [" who gave one name", "é", "\n", "and ,", " ,"]


def _joint_at_by_endswith(masked: str, end: int) -> bool:
    """_joint_at as it was written, with `endswith(..., 0, end)`."""
    if masked.endswith(", ", 0, end):
        return True
    chain = 0
    while end - 4 * chain >= 5 and masked.endswith(" and ", 0, end - 4 * chain):
        chain += 1
    if not chain:
        return False
    earliest = end - 4 * (chain - 1)
    found = not masked.endswith(", ", 0, earliest - 4)
    return found if chain % 2 else not found


def test_joint_at_answers_as_the_endswith_calls_did():
    for text in generated_texts(_PIECES, 2901, 6000, 10):
        for end in range(len(text) + 1):
            assert _joint_at(text, end) == _joint_at_by_endswith(text, end), (text, end)


def test_one_name_introduced_answers_as_the_startswith_call_did():
    for text in generated_texts(_PIECES, 2902, 6000, 10):
        for end in range(len(text) + 1):
            before = text.startswith(", ", end) and _GAVE_ONE_NAME.match(text, end) is not None
            assert one_name_introduced(text, end) == before, (text, end)


def test_a_one_character_slice_is_the_startswith_of_the_character():
    """`text[k : k + 1] == ","` (quote_roles.role_after, quote_subject_before._relative_subject)
    is `text.startswith(",", k)` at every offset, the text's end included."""
    for text in generated_texts(_PIECES, 2903, 3000, 10):
        for k in range(len(text) + 1):
            assert (text[k : k + 1] == ",") == text.startswith(",", k), (text, k)


def test_joints_and_one_name_people():
    assert _joint_at("Ann, Lee", 5) and _joint_at("Ann and Lee", 8)
    assert not _joint_at("Ann, and Lee", 9)  # (`, and `: the comma's match took the space)
    # (` and and `: the scan takes the first ` and ` only, so the second ends no match)
    assert not _joint_at("Ann and and Lee", 12) and not _joint_at("Ann Lee", 4)
    assert one_name_introduced("Khulan, 24, who gave one name, left", 6)
    assert not one_name_introduced("Khulan said", 6)
