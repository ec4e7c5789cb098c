"""Rules of html65, on made-up snippets: a closing credit in brackets labelled by a picture's
word and a bar ('(Photo | Jane Doe, Acme)') is split off the caption as a colon's is, and a
closing 'Edited by Name' line is chrome; with the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from api.parser.credits import parenthesis_rule
from api.parser.html.text_chrome import is_production_credit
from tests.parser.html.pages import closing_texts

# ---- a bar label inside a closing credit's brackets (credits.BAR_LABEL_INSIDE) -------------


@pytest.mark.parametrize(
    ("line", "split"),
    [
        (
            "Pickers sort mangoes at the Selvapuram market on Monday. (Photo | R Tamilarasi, TNN)",
            ("Pickers sort mangoes at the Selvapuram market on Monday.", "R Tamilarasi, TNN"),
        ),
        (
            "The ferry leaves Orrin Quay at dawn. (Pictures | Dovid Kerr)",
            ("The ferry leaves Orrin Quay at dawn.", "Dovid Kerr"),
        ),
        (
            "Crews lift the old span into place! [Image | Hattie Brune/Lowmoor Post]",
            ("Crews lift the old span into place!", "Hattie Brune/Lowmoor Post"),
        ),
    ],
)
def test_a_bar_labelled_bracketed_credit_is_split_off(line, split):
    assert parenthesis_rule(line) == split


@pytest.mark.parametrize(
    "line",
    [
        # a bar inside the caption's sentence: no stop before the brackets
        "Results on the night (Photo | Video) were posted late",
        "Scores on the night (Photo | Video)",
        # a bar label before words that name no holder
        "Fans at the Kell Park final. (Photos | more in our gallery from Sunday)",
    ],
)
def test_a_bar_inside_the_captions_sentence_is_no_label(line):
    assert parenthesis_rule(line) is None


# ---- a closing 'Edited by Name' line (text_chrome.EDIT_LINE_LABEL) ------------------------


@pytest.mark.parametrize(
    "tail",
    [
        '<div class="edited-by"><p>Edited by Marisol Quenby</p></div>',
        "<p><em>Edited by Tobin Asquell and Reena Vohl</em></p>",
        "<p>Edited and translated by Ilse Marrant/Harwick Times</p>",
        # the other editing tasks a bracketed editor's note names (EDITING_WORK, one source)
        "<p>Translated by Odile Sarrazin</p>",
        "<p><em>Fact-checked by Kwame Ansong-Tetteh</em></p>",
        "<p>Editing by Priya Vell and Corin Ashdale</p>",
    ],
)
def test_a_closing_edited_by_line_is_no_text(tail):
    assert len(closing_texts(tail)) == 3


@pytest.mark.parametrize(
    "text",
    [
        # a sentence saying 'edited by' in the middle
        "The documentary was edited by Marisol Quenby over two winters.",
        # the label opens a sentence that goes on
        "Edited by Tobin Asquell, the collection runs to four hundred pages.",
        "Edited by hand, the footage took months to restore.",
        "Translated by Odile Sarrazin, the memoir sold out in a week.",
        # lower case: a line's label is capitalised
        "translated by Odile Sarrazin",
    ],
)
def test_a_sentence_about_editing_stays(text):
    assert not is_production_credit(text)
    assert closing_texts(f"<p>{text}</p>")[-1] == text
