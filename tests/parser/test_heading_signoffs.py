"""Sign-offs on a letters page: the name line closing a letter is no head, and the next
letter's head under it is one (api/parser/heading_signoffs.py)."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

LETTER = (
    "The council says the new car park will bring shoppers back to the harbour. I have lived "
    "here for thirty years and the shoppers left when the bank closed, not for want of spaces."
)
SHORT = "Four roundabouts in two miles of bypass. Nobody has told us why."
NOTE = "Letters of under 200 words are welcome; write to the address on page two with your name."


@pytest.mark.parametrize(
    ("blocks", "heads"),
    [
        # sign-offs over heads that have a comma of their own, as the sign-offs do
        ([LETTER, "Tom Hale, Truro", "Fewer buses, longer waits", LETTER, "Nia Rowe, Looe",
          "Save the pier, not the car park", LETTER, "Ed Moss, Bodmin"],
         ["Fewer buses, longer waits", "Save the pier, not the car park"]),
        # a dash, a title and a stand-in for the town
        ([LETTER, "— Ruth Lane, Looe", "A word for the lifeguards", LETTER,
          "Mrs Eve Pike, by email", "Keep the library open late", LETTER],
         ["A word for the lifeguards", "Keep the library open late"]),
        # letters without heads at the end, and the page's closing note
        ([LETTER, "Dr Ellen de Vries, Newcastle upon Tyne", "The harbour wall", LETTER,
          "Sam Tull, Fowey", "A plea for the ferry", SHORT, "Kit Dunn, St Mawes", SHORT,
          "Jo Penhale, Mevagissey, Cornwall", NOTE],
         ["The harbour wall", "A plea for the ferry"]),
    ],
)  # fmt: skip
def test_a_letters_page_closes_each_letter_with_a_sign_off_not_a_head(blocks, heads):
    assert heads_of(*blocks) == heads


@pytest.mark.parametrize(
    ("blocks", "heads"),
    [
        # a property page's heads, a name and a place, each over its text
        (["Gull Cottage, Porthgwarra", LETTER, "Harbour House, Fowey", LETTER,
          "The Old Mill, Lerryn", LETTER],
         ["Gull Cottage, Porthgwarra", "Harbour House, Fowey", "The Old Mill, Lerryn"]),
        # a name and a place over a datum, a price or a date, then text
        ([LETTER, "Gull Cottage, Porthgwarra", "Guide price £385,000", LETTER,
          "Harbour House, Fowey", "Offers over £620,000", LETTER],
         ["Gull Cottage, Porthgwarra", "Harbour House, Fowey"]),
        # one name line over a head makes no letters page
        ([LETTER, "Tom Hale, Truro", "Fewer buses, longer waits", LETTER, "Kit Dunn, St Mawes",
          LETTER],
         ["Tom Hale, Truro", "Kit Dunn, St Mawes"]),
    ],
)  # fmt: skip
def test_a_name_and_a_place_heads_its_text_where_no_letter_closes(blocks, heads):
    assert set(heads) <= set(heads_of(*blocks))


ASKED = (
    "My neighbour's dog barks from six every morning and the council says it cannot act "
    "unless we keep a diary for a month. Is there anything quicker we can do?"
)
ANSWER = (
    "Talk to the neighbour first, in person and not in a note. Most owners have no idea, "
    "because the barking starts after they leave the house."
)


@pytest.mark.parametrize(
    ("signatures", "heads"),
    [
        (["Helen, Kendal", "Tom and Priya, Stockport"], ["Noise", "Parking"]),
        (["Ana & Luis, Girona", "Dr Mo Bello, by email"], ["Noise", "Parking"]),
        (["Jutta und Ralf, Kassel", "Ines, Graz"], ["Noise", "Parking"]),
    ],
)  # fmt: skip
def test_an_advice_column_signs_its_readers_questions(signatures, heads):
    """Readers' sign-offs under their questions, the answer under them: no heads."""
    first, second = signatures
    blocks = [ANSWER, heads[0], ASKED, first, ANSWER, heads[1], ASKED, second, ANSWER]
    assert heads_of(*blocks) == heads


def test_one_signed_question_makes_no_advice_column():
    """A name and a place once under a question may be a head: two are the evidence."""
    blocks = [ANSWER, "Noise", ANSWER, ASKED, "Gull Cottage, Porthgwarra", ANSWER, ANSWER]
    blocks += ["Parking", ANSWER]
    assert "Gull Cottage, Porthgwarra" in heads_of(*blocks)


def test_name_and_place_heads_under_statements_stay_heads():
    """Heads of a name and a place under a sentence's end, no question: a guide's heads."""
    blocks = [ANSWER, "Barrowland, Glasgow", ANSWER, "Leeds, Brudenell", ANSWER]
    blocks += ["Bristol, Thekla", ANSWER]
    assert heads_of(*blocks) == ["Barrowland, Glasgow", "Leeds, Brudenell", "Bristol, Thekla"]
