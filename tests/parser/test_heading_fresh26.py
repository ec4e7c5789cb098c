"""fresh26's shapes (made-up captions and articles): credits glued after a closing quote
mark, an acronym or a place's stop; menu-path lines; lone questions answered next."""

from __future__ import annotations

import pytest

from api.parser.credits import split_credit
from tests.parser.exports import heads_of

SCREENSHOT_BY = [
    ('The settings page, tracking set to "Off."Screenshot by Ines Marlowe-Tan/The Ledger',
     'The settings page, tracking set to "Off."', "Screenshot by Ines Marlowe-Tan/The Ledger"),
    ("The app's home screen after the update.Screenshot by Teodor Vasquez-Ohl",
     "The app's home screen after the update.", "Screenshot by Teodor Vasquez-Ohl"),
    ("A phishing message that asks for a bank login. Screenshot by Acme Weekly",
     "A phishing message that asks for a bank login.", "Screenshot by Acme Weekly"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), SCREENSHOT_BY)
def test_a_screenshot_by_line_is_a_credit_kept_whole(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


AFTER_ACRONYM = [
    ("Lorries queue at the border post run by the EUMaren Holt-Adeyemi — Studio Nord",
     "Lorries queue at the border post run by the EU", "Maren Holt-Adeyemi — Studio Nord"),
    ("A depot for buses run by the MTAOscar Delacroix-Wu | Harbor Pictures",
     "A depot for buses run by the MTA", "Oscar Delacroix-Wu | Harbor Pictures"),
    ("Volunteers at a food bank backed by the RSPCAPicture: Tamsin Okoro-Reid",
     "Volunteers at a food bank backed by the RSPCA", "Tamsin Okoro-Reid"),
    ("A ward at a hospital funded by the NHSPhoto: Callum Brightwater",
     "A ward at a hospital funded by the NHS", "Callum Brightwater"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), AFTER_ACRONYM)
def test_a_credit_glued_after_an_acronym_splits(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


def test_an_acronym_then_a_plain_name_stays_whole():
    # no dash, slash, agency nor label: the name may be the caption's own words
    line = "Delegates from the UNJane Doe among them"
    assert split_credit("", line) == (line, None)


def test_a_label_without_a_colon_after_an_acronym_still_needs_a_strong_credit():
    line = "Veterans of the WWIICourtesy of the museum"
    assert split_credit("", line) == (line, None)


NAME_THEN_LENDER = [
    ("Rangers tag a rhino in Laikipia, Kenya.Wanjiru Castel, Courtesy of the Ol Pejeta Trust",
     "Rangers tag a rhino in Laikipia, Kenya.", "Wanjiru Castel, Courtesy of the Ol Pejeta Trust"),
    ("The restored organ plays again.Hal Brannigan-Lee, Courtesy of St Mary's Parish",
     "The restored organ plays again.", "Hal Brannigan-Lee, Courtesy of St Mary's Parish"),
    ("Divers survey the reef off Cebu.Rosa Imbert, Courtesy Acme Marine Lab",
     "Divers survey the reef off Cebu.", "Rosa Imbert, Courtesy Acme Marine Lab"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), NAME_THEN_LENDER)
def test_a_glued_name_goes_with_its_lender(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


def test_a_lender_after_a_caption_comma_without_a_glued_name_splits_as_before():
    line = "The old mill at dawn, Courtesy of the Hale family"
    assert split_credit("", line) == ("The old mill at dawn,", "Courtesy of the Hale family")


# A how-to's steps, each over text that sends the reader through an app's menus.
MENU_HOWTOS = [
    (["Step 1: Find the backup switch", "Step 2: Choose what to keep",
      "Step 3: Check the first copy"],
     ["On most phones, go to:", "Settings > Accounts > Backup",
      "Pick the folders you care about and leave the rest, since the free plan is small.",
      "Open the app and look for:", "Files > Recent > Backups > Today",
      "If the list is empty, wait an hour and try again before you change anything else."]),
    (["1. Turn on the filter", "2. Block the worst senders", "3. Report the rest"],
     ["In the mail app, open:", "Preferences > Junk mail > Filter",
      "Most junk will go straight to its own folder from then on, where it stays a month.",
      "Then go to:", "Preferences > Rules > Blocked > Add",
      "Forward anything that still gets through to the bank's own address, as it asks."]),
    (["Part 1: Pair the speaker", "Part 2: Name the rooms", "Part 3: Set a bedtime"],
     ["With the speaker on, open:", "Home > Devices > Add device",
      "The light on top turns blue once the two have found each other, after a minute or so.",
      "Once it is in, set the hours under:", "Home > Routines > Night > Quiet hours",
      "The speaker will then keep its voice down after ten, whatever the volume says."]),
]  # fmt: skip


@pytest.mark.parametrize(("heads", "text"), MENU_HOWTOS)
def test_a_menu_path_line_is_no_head_and_the_next_step_stays_one(heads, text):
    blocks = ["You will need about ten minutes and your password to hand.", heads[0]]
    blocks += [text[0], text[1], text[2], heads[1], text[3], text[4], heads[2], text[5]]
    assert heads_of(*blocks) == heads


def test_a_head_with_one_arrow_stays_a_head():
    text = "The old rule held for years, and most of the team never thought to question it at all."
    blocks = [text, "Why less > more", text, "What we changed", text]
    assert heads_of(*blocks) == ["Why less > more", "What we changed"]


STORY = [
    "The shop opened in 1987 above a launderette, selling spare parts for sewing machines to "
    "the few tailors still working in the town.",
    "Three years ago it began selling to makers of outdoor gear, who wanted small runs of "
    "heavy thread that the big mills would not spin for them.",
    "The owners have doubled the floor space and taken on nine people, most of them from the "
    "packing plant that closed across the road.",
    "They still keep the old counter, and a tin of buttons that nobody has counted since the "
    "day the first owner retired to the coast.",
]
STATEMENT_HEADS = [
    "How a parts shop above a launderette found a second trade",
    "Why the outdoor brands came looking for heavy thread",
    "What the new floor means for the people across the road",
    "The counter and the tin of buttons that never moved",
]
ASKED_AND_DENIED = [
    ("Does any of it last?",
     "Nobody in the shop pretends to know. Orders rose by half last year, but most come "
     "from three customers."),
    ("Will the council help?",
     "Nothing has been promised so far. A grant for small firms closed in March, and the next "
     "round has no date yet."),
    ("Is there a plan if the orders stop?",
     "None that the owners will share. They say only that they have lived through worse, "
     "and that the buttons are still in their tin."),
]  # fmt: skip


@pytest.mark.parametrize(("question", "answer"), ASKED_AND_DENIED)
def test_a_yes_or_no_question_answered_by_a_denial_is_running_text(question, answer):
    """The one yes-or-no question among statement heads, answered by a paragraph opening on
    a negative pronoun, as 'No' answers, is asked in the running text."""
    blocks = [STATEMENT_HEADS[0], STORY[0], STATEMENT_HEADS[1], STORY[1], question, answer]
    blocks += [STATEMENT_HEADS[2], STORY[2], STATEMENT_HEADS[3], STORY[3]]
    assert heads_of(*blocks) == STATEMENT_HEADS


def test_a_question_word_head_over_a_denial_stays_a_head():
    """'Who pays?' / 'Nobody, in the end. ...' opens a section: no yes-or-no question."""
    question, answer = "Who pays for the new floor?", ASKED_AND_DENIED[0][1]
    blocks = [STATEMENT_HEADS[0], STORY[0], STATEMENT_HEADS[1], STORY[1], question, answer]
    blocks += [STATEMENT_HEADS[2], STORY[2], STATEMENT_HEADS[3], STORY[3]]
    assert question in heads_of(*blocks)


def test_a_question_head_in_capitals_over_a_denial_stays_a_head():
    heads = [head.upper() for head in STATEMENT_HEADS]
    question, answer = "DOES ANY OF IT LAST?", ASKED_AND_DENIED[0][1]
    blocks = [heads[0], STORY[0], heads[1], STORY[1], question, answer]
    blocks += [heads[2], STORY[2], heads[3], STORY[3]]
    assert question in heads_of(*blocks)


def test_question_heads_answered_by_denials_on_a_page_of_questions_stay_heads():
    """A page whose heads are all questions: each opens its section, whatever the answer."""
    blocks = [STORY[0]]
    for question, answer in ASKED_AND_DENIED:
        blocks += [question, answer]
    assert heads_of(*blocks) == [question for question, _ in ASKED_AND_DENIED]


# A column of one-line paragraphs under heads that capitalise every word.
COLUMN = [
    "I spent a week without the car, which in this village is not a small thing.",
    "The bus comes twice a day. I learned both times by heart.",
    "I walked to the shop, and then I walked back, because there is no other way.",
    "Every piece about going without a car ends the same way, with a sunset and a bicycle.",
    "Most of what I drove to was not a choice. It was the surgery and the school.",
]
TITLE_HEADS = ["What The Planners Never Ask", "Where The Buses Stop"]
ASKED_IN_THE_COLUMN = [
    ("What did I miss most?", "Not the radio, not the heater and not, oddly, the speed."),
    ("Which part was hardest?", "Not the hills, and not the rain either."),
    ("Who noticed the change first?",
     "Not the neighbours, not the council and certainly not the bus company."),
]  # fmt: skip


@pytest.mark.parametrize(("question", "answer"), ASKED_IN_THE_COLUMN)
def test_a_sentence_case_question_among_title_case_heads_is_running_text(question, answer):
    """One or two statement heads that capitalise every word: a question in sentence case
    between paragraphs, answered at once by a fragment, is the writer's, not a head."""
    blocks = [COLUMN[0], COLUMN[1], question, answer, COLUMN[2], TITLE_HEADS[0], COLUMN[3]]
    blocks += [COLUMN[4], TITLE_HEADS[1], COLUMN[1]]
    assert heads_of(*blocks) == TITLE_HEADS


def test_a_title_case_question_among_title_case_heads_stays_a_head():
    question, answer = "What Did I Miss Most?", ASKED_IN_THE_COLUMN[0][1]
    blocks = [COLUMN[0], COLUMN[1], question, answer, COLUMN[2], TITLE_HEADS[0], COLUMN[3]]
    assert heads_of(*blocks) == [question, TITLE_HEADS[0]]


def test_a_sentence_case_question_among_sentence_case_heads_stays_a_head():
    head = "What the planners never ask"
    question, answer = ASKED_IN_THE_COLUMN[0]
    blocks = [COLUMN[0], COLUMN[1], question, answer, COLUMN[2], head, COLUMN[3]]
    assert heads_of(*blocks) == [question, head]


def test_question_heads_outnumbering_one_title_case_head_stay_heads():
    """A page of question heads over one title-case head ('Related Links'): its heads."""
    questions = ["1. How long does the warranty last?", "2. Can I return it after a month?"]
    blocks = [COLUMN[0], questions[0], COLUMN[1], questions[1], "Not after the first month."]
    blocks += [COLUMN[2], "Related Links", COLUMN[3]]
    assert heads_of(*blocks) == [*questions, "Related Links"]
