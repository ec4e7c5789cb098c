"""Speaker rules of issue 15 (tenth round), from the misses of tests/fixtures/quotes_stress_tenth.

Each rule is general (a shape of text, not a sample's words), with several made-up cases.
"""

from __future__ import annotations

import pytest

from api.parser.quotes import analyse_quotes


def _speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in analyse_quotes(paragraphs).quotes]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # the head word alone, of a body whose name goes on with `of`/`for`
        (
            (
                "Talks with the Port Authority of Kellerby and Dunmore collapsed overnight.",
                "“The union walked away from a fair deal,” the Authority said.",
            ),
            "Port Authority of Kellerby and Dunmore",
        ),
        (
            (
                "The Central Bank of Norland raised rates by half a point on Tuesday.",
                "“Inflation is still too high,” the Bank said in a statement.",
            ),
            "Central Bank of Norland",
        ),
        (
            (
                "The Grain Board of Westmark set the price on Monday.",
                "“Farmers will be paid on time,” the Board said.",
            ),
            "Grain Board of Westmark",
        ),
        (
            (
                "Flights were cancelled by the Civil Aviation Authority of Ostrava on Friday.",
                "Passengers slept in the terminal.",
                "“Safety comes first,” the Authority said.",
            ),
            "Civil Aviation Authority of Ostrava",
        ),
        # the name cut short before its `for` part, then `the institute`
        (
            (
                "The crabs were kept in tanks at the Halvard Institute for Marine Research.",
                "They moulted twice.",
                "They grew.",
                "The work was paid for by the Halvard Institute and a charity. "
                "“Curiosity pays,” the institute said.",
            ),
            "Halvard Institute for Marine Research",
        ),
    ],
)
def test_a_body_cut_to_its_head_word_is_the_body_named_in_full(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_head_word_without_one_fuller_body_is_no_fuller_name():
    # no `of`/`for` part: `Google Maps for Business` gives no fuller name for `Google`
    assert _speakers(
        "Google Maps for Business launched on Monday.", "“It is a big day,” Google said."
    ) == ["Google"]
    # a head word two bodies share stands for neither
    found = _speakers(
        "The Harbour Authority of Dunmore and the Roads Authority of Kellerby met on Monday.",
        "“We agreed on nothing,” the Authority said.",
    )
    assert found[-1] not in ("Harbour Authority of Dunmore", "Roads Authority of Kellerby")
