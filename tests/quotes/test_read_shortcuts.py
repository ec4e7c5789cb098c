"""speed38's tests read before a call, each False only where the call is: runs_of_capitals
tells two capitals more than `_MAX_JOINING_GAP` apart joined by nothing before `_may_join` is
called, Salience.read asks `bracketed_after_person` only after a person's mention, and the
Registry reads the name before a person's only when it is no person's. Each compared with the
call on generated texts, at every offset or pair of offsets."""

from __future__ import annotations

from api.parser.quote_context import build_paragraphs
from api.parser.quote_people import Mention, bracketed_after_person
from api.parser.quote_registry import Registry
from api.parser.quote_runs import _MAX_JOINING_GAP, _may_join
from tests.quotes.helpers import generated_texts

_PIECES = [
    " ", "  ", " & ", " of ", " de la ", " the ", "“", "”", "\u2009", "Ann", "Lee", "x", ",",
    " (", ")", "de", "van", "of", "for", "and", ".", "’",
]  # fmt: skip


def test_may_join_is_false_past_the_gap():
    for text in generated_texts(_PIECES, 3801, 3_000, 14):
        for end in range(len(text) + 1):
            for start in range(end + _MAX_JOINING_GAP + 1, len(text) + 1):
                assert not _may_join(text, end, start), (text, end, start)


def test_bracketed_after_person_only_after_a_person():
    kinds = ("person", "single", "org", "pronoun")
    for text in generated_texts(_PIECES, 3802, 1_000, 8):
        for end in range(len(text) + 1):
            for start in range(end, min(len(text), end + 4) + 1):
                for kind in kinds[1:]:
                    before = Mention(0, 0, end, kind, "Lee")
                    after = Mention(start, start, len(text), "single", "Ann")
                    assert not bracketed_after_person(text, before, after), (text, end, start)
    person = Mention(0, 0, 7, "person", "Ann Lee")
    assert bracketed_after_person("Ann Lee (Green) said", person, Mention(9, 9, 14, "org", "Green"))


def test_names_before_a_person_read_only_after_another_kind():
    """Registry._read_names calls `_national`, `_affiliated` and `_couple_named` only where the
    mention before a person's is no person's: each changes nothing after a person's."""
    prepared = build_paragraphs(["Belgian rider Jens Van den Broeck won. Ann and Tom Lee spoke."])
    registry = Registry(prepared)
    held = (dict(registry.nationals), dict(registry.affiliates), dict(registry.couples))
    for text in generated_texts(_PIECES, 3803, 500, 8):
        for end in range(len(text) + 1):
            for possessive in (False, True):
                before = Mention(0, 0, end, "person", "Ann Lee", None, None, possessive)
                person = Mention(len(text), len(text), len(text), "person", "Tom Lee")
                registry._national(text, before, person)
                registry._affiliated(text, before, person)
                registry._couple_named(text, before, person)
    assert (registry.nationals, registry.affiliates, registry.couples) == held
    assert registry.nationals == {"Belgian": "Jens Van den Broeck"}
