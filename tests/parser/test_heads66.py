"""fresh39's classes on made-up exports (heads66): a web address credit glued after a company
form ending in a capital, and lone questions right after a ':' list among heads of another
form."""

from __future__ import annotations

import pytest

from api.parser.glue import glue_split


@pytest.mark.parametrize(
    ("line", "split"),
    [
        (
            "Pilgrims at the shrine, rebuilt in 2019 by Tashkent Qurilish MChJNur.uz/Aziza Bell",
            ("Pilgrims at the shrine, rebuilt in 2019 by Tashkent Qurilish MChJ", "Nur.uz/Aziza Bell"),
        ),
        (
            "The new press hall, leased to Elbtal Verlag GmbHBote.de/Handout",
            ("The new press hall, leased to Elbtal Verlag GmbH", "Bote.de/Handout"),
        ),
        (
            "Divers off the pier, owned by Brixa Porti SpAMare.it/Lia Conte",
            ("Divers off the pier, owned by Brixa Porti SpA", "Mare.it/Lia Conte"),
        ),
    ],
)
def test_an_address_credit_glued_after_a_company_form_splits_after_the_form(
    line: str, split: tuple[str, str]
) -> None:
    """The company form keeps its last capital; the address and its holder are the credit."""
    assert glue_split(line) == split


@pytest.mark.parametrize(
    "line",
    [
        "The new press hall, leased to Elbtal Verlag GmbHNews",  # no address glued on
        "The new press hall, leased to Elbtal Verlag GmbH Bote.de",  # spaced, no holder's slash
        "Readers of Bote.de in the new press hall",  # an address inside the caption
    ],
)
def test_no_address_credit_after_a_company_form_no_split(line: str) -> None:
    """Without an address and its slash glued on, the company form's capitals stay whole."""
    assert glue_split(line) is None
