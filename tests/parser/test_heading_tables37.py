"""A table's header row is no head (headings.heads_table_rows), on made-up exports.

A table written out as text keeps its header row as a line of its own: column labels, short
capitalised words with a bare sign ('%', '#', '£') among them or abbreviations only ('Pos Team
P W D L Pts'), right over rows holding figures. Under a section's head it looks like a head in
the same case, but it names the columns: a paragraph. A real head over rows of figures
('Key figures', 'Results by county') stays a head.
"""

from __future__ import annotations

import pytest

from tests.parser.exports import head_over_rows, heads_of, table_sections

# (section heads, header row, two rows of figures): a sports page's, a count's, a price survey's
TABLES = [
    (
        ["Front Row", "Back Row", "Half Backs"],
        "Pos Player Mins % Notes",
        [
            "PR Joe Hart 63 85% 12 tackles, 2 carries, one turnover won at the breakdown.",
            "HK Ian Wood 57 77% 9 tackles, 4 carries (22 metres), two lineouts lost.",
        ],
    ),
    (
        ["North Ward", "Harbour Ward", "Castle Ward"],
        "Candidate Party % Votes",
        [
            "Ada Moss Green 4,210 38.2% of the votes cast, up from 31% four years ago.",
            "Tom Reyes Labour 3,980 36.1% of the votes cast, down from 40% last time.",
        ],
    ),
    (
        ["Corner Stores", "Market Hall", "Station Kiosk"],
        "Item Size £ Notes",
        [
            "Semi-skimmed milk two pints 1.45, up from 1.25 a year ago and 1.10 in 2022.",
            "Sliced white loaf 800g 1.39, up from 1.15 a year ago and 0.99 in 2022.",
        ],
    ),
    (
        ["Opening Pair", "Middle Order", "Tail Enders"],
        "No. Batter Runs Balls SR",
        [
            "1 Priya Nair 84 61 137.7, out caught at deep square leg off the last ball.",
            "2 Owen Blake 45 40 112.5, bowled by a yorker in the first over of the spell.",
        ],
    ),
]


@pytest.mark.parametrize(("heads", "header", "rows"), TABLES)
def test_a_header_row_over_figures_is_no_head(heads, header, rows):
    assert heads_of(*table_sections(heads, header, rows)) == heads


@pytest.mark.parametrize("label", ["Key Figures", "Results By County", "How It Went"])
def test_a_head_over_rows_of_figures_stays_a_head(label):
    """A head over the rows, no header row between, names them: 'Key Figures' stays a head."""
    heads, _, rows = TABLES[1]
    assert heads_of(*head_over_rows(label, rows, heads)) == [label, *heads]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Pos Player Snaps % Notes", True),
        ("Rank Club Pld GD Pts", True),
        ("Lot Item Estimate £", True),
        ("Results by county", False),
        ("Key figures", False),
        ("Where the % goes", False),
        ("The Winners", False),
        ("How It Went", False),
    ],
)
def test_column_labels(text, labels):
    from api.parser.headings import is_column_labels

    assert is_column_labels(text) is labels
