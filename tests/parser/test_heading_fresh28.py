"""fresh28's shapes (made-up articles): a preview's kick-off lines of comma-separated fields
under 'X v Y' heads, a funeral's schedule line, and one-sentence paragraphs ending in a clock
time's 'a.m.' or 'p.m.' in a story without heads."""

from __future__ import annotations

import pytest

from api.parser.credits import split_credit
from tests.parser.exports import heads_of

LONG = (
    "The visitors arrive in poor form, without a win in five games, and their manager admitted "
    "this week that the squad had lost its way since the autumn break."
)
OTHER = (
    "The home side have the league's meanest defence, and their goalkeeper has not conceded "
    "from a set piece since the opening weekend of the season."
)

# A preview's sections: a match head, its kick-off line, text, and a one-line verdict field.
PREVIEWS = [
    # a football preview
    (["Harwick Town v Selby Vale", "Calder Rovers v Ashmoor", "Denby City v Fellgate United"],
     ["Saturday, 3pm", "Saturday, 5.30pm, BBC One", "Sunday, 2pm, TNT Sports 1"],
     "Prediction"),
    # a rugby league preview
    (["Brockton Bulls v Easterley Saints", "Marlow Kings v Thanebridge", "Oakham v Pell Rangers"],
     ["Friday, 7.45pm, Sky Sports Arena", "Saturday, 12.30pm", "Sunday, 3pm, BBC Two"],
     "Verdict"),
    # a basketball preview
    (["Lakeport Herons vs. Granite Falls", "Corrin Bay vs. Westfall", "Mardale vs. Tilbury Hawks"],
     ["Thursday, 7 p.m., ESPN2", "Friday, 8:30 p.m.", "Saturday, 1 p.m., ABC"],
     "Pick"),
]  # fmt: skip


@pytest.mark.parametrize(("heads", "times", "label"), PREVIEWS)
def test_match_heads_over_kick_off_lines_after_a_verdict_field(heads, times, label):
    blocks = [LONG, OTHER]
    for head, time in zip(heads, times, strict=True):
        blocks += [head, time, LONG, OTHER, f"{label}: 2-1"]
    assert heads_of(*blocks) == heads


@pytest.mark.parametrize(
    "line",
    [
        "Saturday, 12.30pm, Sky Sports Football",
        "Funeral: Saturday, Dec. 12, 11 a.m., St Brendan's Church, Kilcorran",
        "Visitation: Friday, 4-7 p.m., Halloway Funeral Home",
        "Kick-off: Sunday, 19:45, Channel 4",
    ],
)
def test_a_line_of_comma_separated_fields_with_a_time_is_no_head(line):
    assert heads_of(LONG, "The form guide", OTHER, line, LONG) == ["The form guide"]


@pytest.mark.parametrize(
    "head", ["Dawn raid at 4am, then silence", "Paris, 1944", "Closing time, and after"]
)
def test_a_comma_head_without_a_time_field_stays_a_head(head):
    assert heads_of(LONG, "The form guide", OTHER, head, LONG) == ["The form guide", head]


# one-sentence paragraphs of a story without heads, some ending in a clock abbreviation's stop
STORIES = [
    ["The fire started in a storeroom at about 2:10 a.m.", "Nobody was inside.",
     "Firefighters had it under control by 5 a.m."],
    ["The ferry left Dunmore an hour late, at 9:40 a.m.", "It was full.",
     "The last passengers got off at 11:55 p.m."],
    ["Polls closed across the county at 8 p.m.", "Turnout was high.",
     "The first results came in shortly before 10 p.m."],
]  # fmt: skip


@pytest.mark.parametrize("lines", STORIES)
def test_one_sentence_paragraphs_ending_in_a_clock_time_are_no_heads(lines):
    blocks = [LONG]
    for line in lines:
        blocks += [line, OTHER]
    assert heads_of(*blocks) == []


def test_a_head_ending_in_an_abbreviation_beside_another_head_stays_a_head():
    head = "Roads closed until 6 p.m."
    assert heads_of(LONG, "The background", OTHER, head, LONG) == ["The background", head]


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Ruth Calloway at her shop's opening in 1971.Photo provided by the Calloway family",
         "Ruth Calloway at her shop's opening in 1971.", "Photo provided by the Calloway family"),
        ("The old mill before the 1952 fire.Photo provided by Harbour Museum",
         "The old mill before the 1952 fire.", "Photo provided by Harbour Museum"),
        ("Tomas Reyes with his first boat, 1988.Image provided by the Reyes family",
         "Tomas Reyes with his first boat, 1988.", "Image provided by the Reyes family"),
        ("The bishop leaves the cathedral after the serviceMarek Dlouhy - WPA Pool/Getty Images",
         "The bishop leaves the cathedral after the service",
         "Marek Dlouhy - WPA Pool/Getty Images"),
        ("Leaders pose for a photo at the summit in OsloJane Roe - Pool/Shutterstock",
         "Leaders pose for a photo at the summit in Oslo", "Jane Roe - Pool/Shutterstock"),
    ],
)  # fmt: skip
def test_glued_provided_by_and_dashed_pool_credits_split_whole(line, caption, credit):
    assert split_credit("A picture", line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "She said the photo provided by police was taken in 2019.",
        "A storm over the bay - a rare sight in June",
    ],
)
def test_provided_by_in_a_sentence_and_a_dash_in_a_caption_stay_the_caption(line):
    assert split_credit("A picture", line) == (line, None)


def test_an_agency_credit_after_a_dash_in_the_caption_splits_at_the_agency():
    line = "A storm over the bay - a rare sight. AP Photo/Jane Doe"
    assert split_credit("A picture", line) == (
        "A storm over the bay - a rare sight.",
        "AP Photo/Jane Doe",
    )


# A listicle's numbered heads, one of them a long title after a colon, past a head's cap.
LISTICLES = [
    ["1. Check the tyres: the cheapest fix there is",
     "2. Top up the screen wash: a frozen bottle is no use",
     "3. Know what to do if the car will not start: the first checks that save a call-out fee "
     "and a long wait",
     "4. Pack a blanket: you may be stuck for hours"],
    ["1. Set a budget: and stick to it",
     "2. Start early: the best gifts sell out",
     "3. Work out who you really need to buy for this year: the list that most families never "
     "get round to writing down",
     "4. Wrap as you go: not on Christmas Eve"],
    ["1. Book the vet: boosters first",
     "2. Buy a crate: a dog needs a den",
     "3. Plan the first week at home with the puppy: the routine that makes house training a "
     "great deal quicker",
     "4. Find a class: socialising matters"],
]  # fmt: skip


@pytest.mark.parametrize("heads", LISTICLES)
def test_a_long_numbered_head_among_numbered_siblings_is_a_head(heads):
    blocks = [LONG]
    for head in heads:
        blocks += [head, LONG, OTHER]
    assert heads_of(*blocks) == heads


def test_a_numbered_step_under_a_numbered_step_stays_a_paragraph():
    heads = LISTICLES[0]
    # step 3, numbered between heads 2 and 4, stands under step 2: a packed list's item
    steps = [
        "2. Turn the key and listen for the starter motor before you do anything else.",
        "3. Check whether the dashboard lights come on at all when you turn the key",
    ]
    blocks = [LONG, heads[0], LONG, heads[1], OTHER, "Do this, in order:", *steps, LONG]
    blocks += [heads[3], OTHER]
    assert heads_of(*blocks) == [heads[0], heads[1], heads[3]]


# A question asked in the running text whose indefinite subject the next line names.
ASKED = [
    ("Can anyone stop the slide?", "Hatherby might. They have not lost away from home since May."),
    ("Will anybody buy the old pier?", "The council might. It has set aside £2m for repairs."),
    ("Could someone have warned them?", "Marta could. She saw the cracks a week before."),
]  # fmt: skip


@pytest.mark.parametrize(("question", "answer"), ASKED)
def test_an_indefinite_question_answered_by_a_name_and_its_verb_is_no_head(question, answer):
    blocks = [LONG, "The form guide", OTHER, "The injury news", LONG, question, answer]
    blocks += ["The verdict", OTHER]
    assert heads_of(*blocks) == ["The form guide", "The injury news", "The verdict"]


def test_an_indefinite_question_over_its_section_stays_a_head():
    question = "Can anyone catch the leaders?"
    blocks = [LONG, "The form guide", OTHER, "The injury news", LONG, question, OTHER]
    blocks += ["The verdict", OTHER]
    assert heads_of(*blocks) == ["The form guide", "The injury news", question, "The verdict"]


@pytest.mark.parametrize("reply", ["Most do. Each club sets its own price.", "Some will. Not all."])
def test_an_indefinite_question_answered_by_a_count_is_a_faqs_head(reply):
    blocks = ["What is changing?", LONG, "Will anyone pay more?", reply, "Is there any help?"]
    blocks += [OTHER, "What about season tickets?", LONG]
    assert "Will anyone pay more?" in heads_of(*blocks)
