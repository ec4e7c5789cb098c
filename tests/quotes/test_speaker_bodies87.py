"""Speakers87: bodies and their documents as speakers, traced first.

The reader's rules: a legal form after a comma belongs to the name before it (`X Export Co.,
Ltd`, `Y Widgets, Inc.`, `Z Holdings, LLC`; not a list of names). A document as a cue's subject
speaks for the body that issued, sent, served, posted or wrote it in the same or the previous
sentences (`a notice the operator posted`, `In a letter to growers, the firm blamed`, `A letter
from the <ACRONYM> to members said`, `according to its application`); a generic body noun
resolves to the article's one body of a fitting kind even far back.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_people import find_mentions
from tests.quotes.helpers import speakers as _speakers

_FILLER = (
    "Odalys Fenwick-Arro, who has lived in the town for 30 years, said the queues were long.",
    "“We wait and we wait, and nobody tells us anything,” Fenwick-Arro said.",
    "Her neighbour Tomasz Quillane said he had written to his MP twice.",
)


# --- a legal form after a comma belongs to the name ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The crates belonged to Orvan Pearl Trading Co., Ltd, a licensed exporter.",
            "Orvan Pearl Trading Co., Ltd",
        ),
        ("Shares of Quellmark Widgets, Inc. fell on Monday.", "Quellmark Widgets, Inc."),
        ("Tarnby Holdings, LLC said it would appeal.", "Tarnby Holdings, LLC"),
        (
            "The yard is leased to Brisk Venn Marine, Ltd. It closed in May.",
            "Brisk Venn Marine, Ltd.",
        ),
    ],
)
def test_a_legal_form_after_a_comma_is_the_names(text, name):
    found = [(m.kind, m.name) for m in find_mentions(text) if m.kind != "pronoun"]
    assert ("org", name) in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # (near-misses: a list of names, a person's role after a comma)
        ("He sued Orvan Foods, Harlow Brisk Ltd and Tarn Co. on Monday.", {"Orvan Foods"}),
        ("Ulla Brennick, Chief Executive, said sales fell.", {"Ulla Brennick"}),
        ("Orvan Foods, Tarnby Mills and Quell Ltd signed.", {"Orvan Foods"}),
    ],
)
def test_no_form_after_the_comma_leaves_the_name(text, names):
    found = {m.name for m in find_mentions(text) if m.kind != "pronoun"}
    assert names <= found


def test_the_exporter_with_a_comma_in_its_name_speaks():
    found = _speakers(
        "The fruit belonged to Orvan Pearl Trading Co., Ltd, one of nine licensed exporters.",
        *_FILLER,
        "In a letter to growers dated May 4, the exporter said payments would resume “next "
        "month at the latest”.",
    )
    assert found[-1] == "Orvan Pearl Trading Co., Ltd"
