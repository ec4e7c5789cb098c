"""Rules of html66, on made-up snippets: an unlabelled by-line credit whose holder's name of
capitalised words fills the sentence after the caption's last stop ('... on Monday. The Daily
Ledger photograph by Jane Doe') is the credit whole, not only its last word; with the
near-misses it must leave alone."""

from __future__ import annotations

import pytest

from api.parser.credits import split_credit

# ---- a holder's name before a by-label, after the caption's stop (credits.HOLDER_NAME_TAIL) --


@pytest.mark.parametrize(
    ("line", "split"),
    [
        (
            "Clerks stack ballots at the Orrin Hall count on Oct. 4. The Lowmoor Herald"
            " photograph by Tamsin Achebe-Rowe",
            (
                "Clerks stack ballots at the Orrin Hall count on Oct. 4.",
                "The Lowmoor Herald photograph by Tamsin Achebe-Rowe",
            ),
        ),
        (
            "Smoke drifts over the Kell ridge after the fire.Harwick Valley Courier photo by"
            " Lena Marsk",
            (
                "Smoke drifts over the Kell ridge after the fire.",
                "Harwick Valley Courier photo by Lena Marsk",
            ),
        ),
        (
            "Is this the last tram to Selby Quay? Brune & Vohl Studio picture by Omar Deyes",
            (
                "Is this the last tram to Selby Quay?",
                "Brune & Vohl Studio picture by Omar Deyes",
            ),
        ),
        (
            "Pupils plant willow cuttings by the brook. The Quenby Post photo by Ilse Marrant",
            (
                "Pupils plant willow cuttings by the brook.",
                "The Quenby Post photo by Ilse Marrant",
            ),
        ),
    ],
)
def test_a_holders_name_filling_the_last_sentence_goes_with_its_by_line(line, split):
    assert split_credit("", line) == split


@pytest.mark.parametrize(
    ("line", "split"),
    [
        # a lower-case word between the stop and the label: the name is the caption's own
        (
            "Crowds gather on the green. Fans of The Ledger photo by Lena Marsk",
            ("Crowds gather on the green. Fans of The", "Ledger photo by Lena Marsk"),
        ),
        # no sentence's end before the capitalised words
        (
            "A view from the Harwick Courier photo by Lena Marsk",
            ("A view from the Harwick", "Courier photo by Lena Marsk"),
        ),
        # the stop closes an abbreviation, not a sentence
        (
            "Samples in the lab of Dr. Acme Biolab photo by Ana Ruiz",
            ("Samples in the lab of Dr. Acme", "Biolab photo by Ana Ruiz"),
        ),
        # a label right after the stop: the split was already whole
        (
            "Pupils plant willow cuttings by the brook. Photo by Ilse Marrant",
            ("Pupils plant willow cuttings by the brook.", "Photo by Ilse Marrant"),
        ),
    ],
)
def test_a_name_that_is_the_captions_own_stays_with_it(line, split):
    assert split_credit("", line) == split
