"""The subheading rule: shape (length, ending, one sentence, no dateline) and context."""

from __future__ import annotations

import pytest

from api.parser import parse
from api.parser.headings import TAG_QUESTION, is_dateline, is_heading_shaped
from tests.parser.exports import LONG, article, heads_of


@pytest.mark.parametrize(
    "text",
    [
        "'The big question'",
        "SCORES QUARANTINED",
        "How is the plague spread?",
        "WHAT SAY YOU, IMPEACHMENT JURY?",
        "Riders and schedules",
        "‘The old songs’",
        "2020 in review",
        "Mr. Smith goes to Washington",
    ],
)
def test_heading_shaped(text):
    assert is_heading_shaped(text)


@pytest.mark.parametrize(
    "text",
    [
        "The newly selected five are:",
        "Ann Lee, potter, born May 4, 1931; died Nov. 20, 2026",
        "Rain in the morning; sun later",
        "Nowadays, plague is easily treated with antibiotics.",
        'Untreated plague is "always fatal"',
        "Untreated plague is “always fatal”",
        "WASHINGTON (AP) —",
        "Indianapolis –",
        "It rained. Then it stopped",
        "Is there a limit? Not yet",
        "Game on!",
        "And then…",
        "or not at all",
        "one two three four five six seven eight nine ten eleven",
        "PORT ELLIS (Reuters)",
        "SAINT ANNE, Quebec",
    ],
)
def test_not_heading_shaped(text):
    assert not is_heading_shaped(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON (AP)", True),
        ("SAN JUAN, Puerto Rico (AP)", True),
        ("LONDON, England", True),
        ("PARIS, Nov. 18", True),
        ("WHAT SAY YOU, IMPEACHMENT JURY?", False),
        ("SCORES QUARANTINED", False),
        ("The results (so far)", False),
    ],
)
def test_is_dateline(text, expected):
    assert is_dateline(text) is expected


def kinds(text: str) -> list[str]:
    """The body block types of a parsed article, images included."""
    return [block.type for block in parse(text).body]


def test_heading_between_paragraphs_is_a_subheading():
    assert kinds("H\n\nFirst one.\n\nThe big question\n\nSecond one.") == [
        "paragraph",
        "subheading",
        "paragraph",
    ]


def test_consecutive_short_lines_are_a_list_of_paragraphs():
    text = "H\n\nThe five are:\n\nBlue Harbor, Kent\n\nRed Hill, Alton\n\nGrey Rock, Ely\n\nEnd."
    assert kinds(text) == ["paragraph"] * 5


def test_short_line_after_a_colon_is_a_list_item():
    assert kinds("H\n\nThe prize is:\n\nA year of flour\n\nMore text.") == ["paragraph"] * 3


def test_question_after_a_colon_is_still_a_subheading():
    text = "H\n\nText.\n\nThe race\n\nThree questions:\n\nWHO IS AHEAD?\n\nNobody knows yet."
    assert kinds(text) == ["paragraph", "subheading", "paragraph", "subheading", "paragraph"]


def test_heading_shaped_last_line_is_a_paragraph():
    assert kinds("H\n\nSome text.\n\nFollow us online") == ["paragraph", "paragraph"]


def test_heading_shaped_line_inside_a_block_is_a_paragraph():
    assert kinds("H\n\nFirst line.\nShort label\nThird line.\n\nEnd.") == ["paragraph"] * 4


def test_image_between_does_not_hide_a_subheading():
    text = "H\n\nText.\n\nAlt\nCaption.Reuters\n\nThe big question\n\nMore text."
    assert kinds(text) == ["paragraph", "image", "subheading", "paragraph"]


@pytest.mark.parametrize(
    "heads",
    [
        ["1. Define your target", "2. Take stock", "3. Ask for help"],
        ["1) Pick a day", "2) Pack light", "3) Leave early"],
        ["10. Keep the receipts", "11. File on time"],
    ],
)
def test_numbered_listicle_heads_are_subheadings(heads):
    blocks = [LONG]
    for head in heads:
        blocks += [head, LONG]
    found = [b.text for b in parse(article(*blocks)).body if b.type == "subheading"]
    assert found == heads


@pytest.mark.parametrize(
    "head",
    [
        '"A question of trust"',
        "“Not in my street”",
        "‘The last ferry’",
    ],
)
def test_heads_in_quotation_marks_are_subheadings(head):
    assert kinds(article(LONG, head, LONG)) == ["paragraph", "subheading", "paragraph"]


@pytest.mark.parametrize(
    "head",
    [
        "Why the river floods every spring and what the town plans to do about it",
        "How a small bakery in the harbour became the busiest shop on the coast road",
        "What the new timetable means for people who commute to the city every day",
    ],
)
def test_long_sentence_case_heads_without_punctuation_are_subheadings(head):
    assert len(head.split()) > 10
    assert kinds(article(LONG, head, LONG)) == ["paragraph", "subheading", "paragraph"]


def test_long_unpunctuated_line_among_short_paragraphs_is_a_paragraph():
    short = "Rain fell all day on the hills."
    line = "Why the river floods every spring and what the town plans to do about it"
    assert kinds(article(short, line, short)) == ["paragraph"] * 3


@pytest.mark.parametrize(
    "question",
    [
        "But does that mean we stop trying?",
        "And who will pay for the new road?",
        "So what happens next?",
    ],
)
def test_rhetorical_question_opening_with_a_conjunction_is_a_paragraph(question):
    assert kinds(article(LONG, question, LONG)) == ["paragraph"] * 3


@pytest.mark.parametrize(
    "question", ["Is that a lot?", "Does that matter?", "Why is that?", "Were those enough?"]
)
def test_a_short_question_about_a_bare_that_is_a_paragraph_among_question_heads(question):
    faq = ["Who pays for it?", LONG, question, LONG, "When does it start?", LONG]
    assert heads_of(LONG, "What is the plan?", LONG, *faq) == [
        "What is the plan?",
        "Who pays for it?",
        "When does it start?",
    ]


@pytest.mark.parametrize(
    "question",
    ["Why does this matter?", "Does that mean prices will fall?", "Is that the end of the plan?"],
)
def test_question_heads_with_this_or_a_longer_that_stay_subheadings(question):
    faq = ["Who pays for it?", LONG, question, LONG, "When does it start?", LONG]
    assert question in heads_of(LONG, "What is the plan?", LONG, *faq)


@pytest.mark.parametrize(
    "question",
    ["Who pays for the new road?", "What happens next?", "Is the water safe to drink?"],
)
def test_question_heads_are_subheadings(question):
    assert heads_of(LONG, "The background", LONG, question, LONG) == ["The background", question]


@pytest.mark.parametrize(
    "question", ["What do the neighbours think now?", "Who pays for the new road?"]
)
def test_a_question_that_would_be_the_only_head_is_rhetorical(question):
    assert heads_of(LONG, LONG, question, LONG, LONG) == []


@pytest.mark.parametrize("dateline", ["PORT ELLIS (Reuters)", "SAINT ANNE, Quebec"])
def test_datelines_stay_paragraphs(dateline):
    assert kinds(article(dateline, LONG, LONG)) == ["paragraph"] * 3


@pytest.mark.parametrize(
    "head",
    [
        "How to keep a garden alive through a dry summer without a hose",
        "Checklist: what the inspector looks at first in an old kitchen",
        "Why the night bus from the harbour runs late most of the winter",
    ],
)
def test_long_head_before_a_much_longer_paragraph_is_a_subheading(head):
    middling = "The hall was full by seven o'clock and the meeting ran late."
    blocks = [middling, "It started on time.", head, LONG, middling, middling]
    assert [b.type for b in parse(article(*blocks)).body] == ["paragraph"] * 2 + ["subheading"] + [
        "paragraph"
    ] * 3


@pytest.mark.parametrize(
    ("head", "rows"),
    [
        ("Defensive line", ["Pos Player Snaps", "DL Sam Ortiz 61 83%", "DL Ben Ruiz 40 55%"]),
        ("Qualified teams", ["Norland (Group A)", "Vesta (Group B)", "Ostmark (Group C)"]),
        ("Opening hours", ["Monday to Friday 9-5", "Saturday 10-2"]),
    ],
)
def test_head_right_after_a_sentence_opens_a_run_of_short_lines(head, rows):
    body = parse(article(LONG, head, *rows, LONG)).body
    assert [b.type for b in body] == ["paragraph", "subheading"] + ["paragraph"] * (len(rows) + 1)


@pytest.mark.parametrize(
    "rows",
    [
        ["Opening hours", "Monday to Friday 9-5", "Saturday 10-2"],
        ["Kestrel Works, Alton", "Harbour Robotics, Ely"],
    ],
)
def test_run_of_short_lines_after_a_picture_stays_a_list(rows):
    body = parse(article(LONG, "A lander\nA lander on the pad.Jane Doe/AP", *rows, LONG)).body
    assert [b.type for b in body] == ["paragraph", "image"] + ["paragraph"] * (len(rows) + 1)


def test_a_head_under_a_picture_over_a_question_is_a_head_not_a_list():
    picture = "A lander\nA lander on the pad.Jane Doe/AP"
    blocks = [LONG, picture, "On the road", "SL: Why have you never owned a car?", LONG]
    assert kinds(article(*blocks)) == ["paragraph", "image", "subheading", "paragraph", "paragraph"]


@pytest.mark.parametrize(
    "item",
    ["Search engines find it", "People begin to use it", "Your list will begin to grow"],
)
def test_short_line_after_an_unpunctuated_line_is_a_list_item(item):
    before = "You build your website in its own little corner of the internet"
    assert kinds(article(LONG, "Think about it:", before, item, LONG)) == ["paragraph"] * 5


@pytest.mark.parametrize(
    "head",
    ["How to avoid every sales pitch you see", "What the plan costs", "Who runs the ferry"],
)
def test_head_after_a_question_line_is_a_subheading(head):
    blocks = [LONG, "Your savings will grow", "Are you ready for this?", head, LONG]
    assert kinds(article(*blocks))[3] == "subheading"


@pytest.mark.parametrize(
    "line",
    [
        "That was quick, wasn't it?",
        "Fair enough, right?",
        "You saw the figures, did you?",
        "It works, doesn't it?",
        "(Published Monday, Nov. 18, 2019)",
        "(I know, a bold claim)",
    ],
)
def test_tag_questions_and_asides_in_parentheses_are_paragraphs(line):
    assert kinds(article(LONG, line, LONG)) == ["paragraph"] * 3


@pytest.mark.parametrize(
    "text",
    [
        "What are the off-peak hours, exactly?",
        "6. What are the off-peak hours, exactly?",
        "Who pays, in the end?",
        "And the cost, per household?",
    ],
)
def test_a_question_with_a_phrase_after_a_comma_is_no_tag_question(text):
    assert not TAG_QUESTION.search(text)


@pytest.mark.parametrize(
    "line",
    [
        "Reading time: 2 minutes",
        "March 3, 2021 - 10:15 GMT",
        "03/05/2021 - Posted by: Ana Lima",
        "Tested by: Sam Lee",
    ],
)
def test_page_data_as_the_first_line_is_a_paragraph(line):
    assert kinds(article(line, LONG, LONG)) == ["paragraph"] * 3


def test_plain_first_line_can_still_be_a_head():
    assert kinds(article("Spring", LONG, LONG)) == ["subheading", "paragraph", "paragraph"]


@pytest.mark.parametrize(
    "head",
    [
        "3. Get help with the hard parts so that the whole plan keeps moving",
        "12. Write down what you spend on the house every month of the year",
        "4) Ask the neighbours before you build anything close to the fence",
    ],
)
def test_long_numbered_heads_are_subheadings(head):
    short = "The hall was full by seven."
    assert kinds(article(short, short, head, short, short)) == [
        "paragraph",
        "paragraph",
        "subheading",
        "paragraph",
        "paragraph",
    ]


@pytest.mark.parametrize(
    "head",
    [
        "Have you had these “moments of doubt?”",
        'Is this the "end of the line?"',
        "Who said ‘never again?’",
    ],
)
def test_question_mark_inside_a_closing_quote_ends_a_question_head(head):
    assert heads_of(LONG, "The background", LONG, head, LONG) == ["The background", head]


@pytest.mark.parametrize(
    "heads",
    [
        ["The plan worked. Then the money ran out.", "A second try came in the spring."],
        ["Nobody saw it coming.", "The town voted anyway.", "Now the work begins."],
        ["The ferry was late again.", "Its owners blame the weather."],
    ],
)
def test_full_sentence_heads_shown_by_the_rhythm(heads):
    blocks = [LONG]
    for head in heads:
        blocks += [head, LONG, LONG, LONG]
    assert heads_of(*blocks) == heads


@pytest.mark.parametrize(
    "blocks",
    [
        # one such line is no rhythm
        [LONG, "Nobody saw it coming.", LONG, LONG],
        # too close together: punchy paragraphs, not heads
        [LONG, "Nobody saw it coming.", LONG, "The town voted anyway.", LONG],
        # speech, and a run-on ending in an ellipsis
        [LONG, "“We will rebuild,” she said.", LONG, LONG, LONG, "It did not stop...", LONG],
        # the document's heads have another shape: sentences there are paragraphs
        [LONG, "The ferry timetable", LONG, "Nobody saw it coming.", LONG, LONG, LONG,
         "The town voted anyway.", LONG, LONG],
    ],
)  # fmt: skip
def test_short_sentences_without_the_rhythm_stay_paragraphs(blocks):
    assert "Nobody saw it coming." not in heads_of(*blocks)
    assert "The town voted anyway." not in heads_of(*blocks)


SHORT = "Few of them came back the next year, and the town noticed."


def test_a_sentence_head_may_follow_a_short_closing_line():
    heads = ["The first winter was hard.", "Now the volunteers run it."]
    blocks = [LONG, heads[0], LONG, LONG, SHORT, heads[1], LONG, LONG]
    assert heads_of(*blocks) == heads


@pytest.mark.parametrize(
    "blocks",
    [
        # lines that point back into the running text are punchy paragraphs, not heads
        [LONG, "It never is.", LONG, LONG, LONG, "That changed in the spring.", LONG],
        [LONG, "Then the ferry stopped.", LONG, LONG, LONG, "They came back anyway.", LONG],
        # the introduced paragraph must be much longer than the line
        [LONG, "Nobody saw it coming at all, not even the mayor.", SHORT, LONG, LONG,
         "The town voted anyway on the following Monday night.", SHORT],
    ],
)  # fmt: skip
def test_sentences_that_point_back_or_introduce_nothing_stay_paragraphs(blocks):
    assert heads_of(*blocks) == []


@pytest.mark.parametrize(
    "link",
    [
        "Read more: Why the river floods every spring",
        "RELATED: Council approves the new ferry timetable",
        "See also: The harbour in pictures",
        "Lesen Sie auch: Der Hafen im Winter",
        "Advertisement",
        "Story continues below advertisement",
    ],
)
def test_page_furniture_is_paragraphs_and_does_not_start_a_list(link):
    blocks = [LONG, "The ferry timetable", LONG, link, "WHAT HAPPENS NEXT", LONG]
    assert heads_of(*blocks) == ["The ferry timetable", "WHAT HAPPENS NEXT"]
    assert link in parse(article(*blocks)).paragraphs


@pytest.mark.parametrize("question", ["Why?", "The upside?", "And then?"])
def test_a_short_question_alone_is_rhetorical(question):
    assert kinds(article(LONG, question, LONG)) == ["paragraph"] * 3


@pytest.mark.parametrize("aside", ["The catch?", "Sounds slow?", "Too late?"])
def test_a_fragment_among_full_question_heads_is_an_aside(aside):
    heads = ["How does it work?", "How much does one cost?", "Will it keep me warm?"]
    blocks = [LONG, heads[0], LONG, heads[1], LONG, aside, LONG, heads[2], LONG]
    assert heads_of(*blocks) == heads
    assert aside in parse(article(*blocks)).paragraphs


@pytest.mark.parametrize("short", ["Who pays?", "When?", "Is it taxed?", "3. Why?"])
def test_short_questions_that_ask_in_full_stay_heads_among_question_heads(short):
    heads = ["How does it work?", "How much does one cost?", short, "Will it keep me warm?"]
    blocks = [LONG, heads[0], LONG, heads[1], LONG, heads[2], LONG, heads[3], LONG]
    assert heads_of(*blocks) == heads


def test_fragments_stay_heads_where_few_heads_ask_in_full():
    heads = ["The cost?", "The catch?", "Who pays?", "When does it start?"]
    blocks = [LONG, heads[0], LONG, heads[1], LONG, heads[2], LONG, heads[3], LONG]
    assert heads_of(*blocks) == heads


def test_short_questions_among_question_heads_are_heads():
    heads = ["Who pays?", "How much will it cost?", "When does it start?"]
    assert heads_of(LONG, heads[0], LONG, heads[1], LONG, heads[2], LONG) == heads


@pytest.mark.parametrize(
    "heads",
    [
        ["#1 Pick a day!", "#2 Pack light!", "#3 Leave early"],
        ["I. The first crossing", "II. The camp", "III. The thaw"],
        ["1. Start now!", "2. Keep going!"],
    ],
)
def test_numbered_heads_with_a_hash_a_roman_numeral_or_a_cheer(heads):
    blocks = [LONG]
    for head in heads:
        blocks += [head, LONG]
    assert heads_of(*blocks) == heads


@pytest.mark.parametrize(
    "byline",
    ["By Marta Kowalski", "Photographs by Aino Virtanen", "By Ann Lee and Tom Cole, Staff"],
)
def test_bylines_are_paragraphs(byline):
    assert heads_of(byline, LONG, "The background", LONG, "What comes next", LONG) == [
        "The background",
        "What comes next",
    ]


@pytest.mark.parametrize(
    "head",
    ["Roads closed until 6 p.m.", "Why the plant left the U.S.", "The case against Acme Inc."],
)
def test_a_head_may_end_in_an_abbreviation(head):
    assert heads_of(LONG, "The background", LONG, head, LONG) == ["The background", head]


def test_questions_answered_in_the_first_person_are_an_interview():
    blocks = [LONG, "How did it start?", "I asked the council for the box, and it said yes."]
    blocks += ["What is in it?", "Photographs, letters and a dress my aunt wore in 1921."]
    blocks += ["What comes next?", "Nothing, I hope. It is perfect the way it is."]
    assert heads_of(*blocks) == []


def test_question_heads_answered_in_the_third_person_stay_heads():
    blocks = [LONG, "Who pays?", "Every household with a meter, whatever its income."]
    blocks += ["When does it start?", "In October, taken off the bills automatically."]
    blocks += ["Is it taxed?", "No, and it does not affect benefits, the ministry said."]
    assert heads_of(*blocks) == ["Who pays?", "When does it start?", "Is it taxed?"]


@pytest.mark.parametrize(
    ("first", "rows", "second"),
    [
        ("Pros", ["Much better photos at night", "Faster shutter"], "Cons"),
        ("Men's results", ["1 Ann Lee, Kettle AC, 29:41", "2 Tom Cole, 30:02"], "Women's results"),
        ("Ingredients", ["2 lemons", "A small bunch of thyme", "Salt and pepper"], "Method"),
        ("The good", ["Very light", "Looks like a normal bike", "Smooth, quiet motor"], "The bad"),
        ("What we liked", ["The screen", "Battery life"], "What we missed"),
    ],
)
def test_a_sibling_head_closes_one_group_and_opens_the_next(first, rows, second):
    blocks = [LONG, first, *rows, second, *rows, LONG]
    assert heads_of(*blocks) == [first, second]


def test_a_group_item_parallel_to_its_opening_head_is_no_sibling():
    blocks = [LONG, "The good", "The screen", "Very light", "The battery", "The price", LONG]
    assert heads_of(*blocks) == ["The good"]


def test_a_group_item_shaped_like_its_neighbours_is_no_sibling():
    blocks = [LONG, "Ingredients", "Flour", "Salt and pepper", "Yeast", "Water", LONG]
    assert heads_of(*blocks) == ["Ingredients"]


@pytest.mark.parametrize("kicker", ["ANALYSIS", "Five things to know"])
def test_a_first_line_over_a_picture_is_a_kicker_not_a_head(kicker):
    text = article(kicker, "Alt\nA caption.Reuters", LONG, "The background", LONG)
    assert [b.text for b in parse(text).body if b.type == "subheading"] == ["The background"]


@pytest.mark.parametrize(
    "heads",
    [
        ["¿Qué es una zona tensionada?", "¿Quién paga la agencia?", "¿Qué pasa ahora?"],
        ["„Die Insel hat mich geprägt“", "„Im Winter sind wir allein“"],
        ["« On nous a oubliés »", "« Ce n'est pas une question d'argent »"],
    ],
)
def test_heads_in_spanish_german_and_french_marks(heads):
    blocks = [LONG]
    for head in heads:
        blocks += [head, LONG]
    assert heads_of(*blocks) == heads


BRIEF = "Heavy rain forced more than 12,000 people from their homes on Tuesday."


def test_long_heads_make_their_own_pattern_among_short_paragraphs():
    heads = [
        "A course record in the women's race as the leaders break away early",
        "The men's race goes to a sprint finish on the final straight by the river",
        "Thousands of fun runners raise money for charity on a warm afternoon",
    ]
    blocks = [BRIEF, heads[0], BRIEF, BRIEF, heads[1], BRIEF, "Alt\nA caption.Reuters"]
    assert heads_of(*blocks, heads[2], BRIEF, BRIEF) == heads


def test_two_long_unpunctuated_lines_among_short_paragraphs_are_no_pattern():
    lines = [
        "A course record in the women's race as the leaders break away early",
        "The men's race goes to a sprint finish on the final straight by the river",
    ]
    assert heads_of(BRIEF, lines[0], BRIEF, BRIEF, lines[1], BRIEF) == []


@pytest.mark.parametrize(
    "line",
    ["Donations can be made at lido.example.org", "Write to friends@lido.example.org today"],
)
def test_a_line_giving_a_web_or_mail_address_is_no_head(line):
    assert heads_of(LONG, "The background", LONG, line, LONG) == ["The background"]


def test_colon_labels_over_groups_of_list_lines_are_heads():
    blocks = [LONG, "Cupboard staples:", "Dried lentils", "Porridge oats", "Fresh food each week:"]
    blocks += ["Carrots and onions", "Eggs and milk", LONG]
    assert heads_of(*blocks) == ["Cupboard staples:", "Fresh food each week:"]


def test_lines_ending_in_a_colon_with_a_verb_start_sentences():
    blocks = [LONG, "The winners were:", "Marrow: Bill Tanner", "Roses: Ann Ellis"]
    blocks += ["The judges awarded prizes to:", "Lily Marsh, aged six", "Ted Cole, aged 94", LONG]
    assert heads_of(*blocks) == []


@pytest.mark.parametrize("head", ["macOS and Windows screensavers", "eBay sellers and the fees"])
def test_a_head_may_open_with_a_brand_written_in_lower_case(head):
    assert heads_of(LONG, "The background", LONG, head, LONG) == ["The background", head]


ITEM = "It is slower than the others, but at this price it is hard to argue with."


@pytest.mark.parametrize("number", ["No. {}: Phone {}, the best one", "{}) Phone {}, the best one"])
def test_numbered_heads_after_their_items_data_lines_are_heads(number):
    heads = [number.format(i, i) for i in (1, 2, 3)]
    blocks = [LONG]
    for head, price in zip(heads, ["Price: £399", "Price: £349", "Price: £199"], strict=True):
        blocks += [head, ITEM, price]
    assert heads_of(*blocks) == heads
    assert "Price: £349" in parse(article(*blocks)).paragraphs


def test_a_data_line_over_an_unnumbered_line_is_left_to_the_other_rules():
    # (not the item's closing data: a field over a field is a box of them, no head over one)
    blocks = [LONG, "Price: £349", "Colours: grey, blue", LONG]
    assert "Price: £349" in parse(article(*blocks)).paragraphs


LONG_QUESTIONS = [
    "Did the firms that took part in the trial keep the shorter week?",
    "How did the researchers check whether people were doing the same work?",
    "What should I do if I want to ask my employer for a shorter week?",
]


def test_long_questions_that_ask_in_full_are_heads_among_their_kind():
    blocks = [LONG]
    for question in LONG_QUESTIONS:
        blocks += [question, LONG]
    assert heads_of(*blocks) == LONG_QUESTIONS


SENTENCE_CASE_HEADS = [
    "What is changing on the waiting lists from April",
    "Who could lose out under the new priority system",
]


def test_a_long_question_is_a_head_beside_other_long_heads():
    question = LONG_QUESTIONS[2]
    blocks = [LONG, SENTENCE_CASE_HEADS[0], LONG, SENTENCE_CASE_HEADS[1], LONG, question, LONG]
    assert heads_of(*blocks) == [*SENTENCE_CASE_HEADS, question]


def test_one_long_head_among_short_ones_sets_the_style_for_a_long_question():
    question = LONG_QUESTIONS[2]
    blocks = [LONG, "The plan", LONG, SENTENCE_CASE_HEADS[1], LONG, question, LONG]
    assert heads_of(*blocks) == ["The plan", SENTENCE_CASE_HEADS[1], question]


RHETORICAL = [
    "Why would anyone keep running a shop that loses money for nine months of every year?",
    "What would the village lose, exactly, if the doors closed for good after this summer?",
    "Could a rota of volunteers, the kind that keeps libraries open, ever run it properly?",
]


@pytest.mark.parametrize("count", [1, 2, 3])
def test_long_questions_beside_short_heads_only_are_asked_in_the_running_text(count):
    heads = ["The shop", "What it is worth", "The next owner"]
    blocks = [LONG]
    for place, head in enumerate(heads):
        blocks += [head, LONG, RHETORICAL[place] if place < count else LONG, LONG]
    assert heads_of(*blocks) == heads


def test_two_long_questions_alone_are_asked_in_the_running_text():
    assert heads_of(LONG, LONG_QUESTIONS[0], LONG, LONG_QUESTIONS[1], LONG) == []


@pytest.mark.parametrize(
    "question",
    [
        "A favour: would you take a moment to share this page with a friend?",
        "Readers often ask whether the firms that took part kept the week?",
    ],
)
def test_a_long_question_with_a_label_or_no_asking_word_is_no_head(question):
    blocks = [LONG, SENTENCE_CASE_HEADS[0], LONG, SENTENCE_CASE_HEADS[1], LONG, question, LONG]
    assert heads_of(*blocks) == SENTENCE_CASE_HEADS


def test_long_questions_with_short_or_first_person_answers_are_no_heads():
    short = [LONG, LONG_QUESTIONS[0], "Most did, a month later.", LONG_QUESTIONS[1], "Yes."]
    assert heads_of(*short, LONG_QUESTIONS[2], "No.", LONG) == []
    spoken = "I asked the council for the box, and it said yes, after a long time of waiting."
    blocks = [LONG]
    for question in LONG_QUESTIONS:
        blocks += [question, spoken]
    assert heads_of(*blocks) == []


@pytest.mark.parametrize(
    "labels",
    [
        ["☀️ THE WEATHER", "📰 TOP STORIES", "🍜 WHERE TO EAT"],
        ["📌 What we're reading", "🎧 Listen", "👋 See you tomorrow"],
    ],
)
def test_a_newsletter_label_after_an_emoji_is_a_head(labels):
    blocks = [LONG]
    for label in labels:
        blocks += [label, LONG]
    assert heads_of(*blocks) == labels


def test_a_line_opening_with_an_emoji_then_lower_case_is_no_head():
    assert heads_of(LONG, "The plan", LONG, "📰 more to come", LONG) == ["The plan"]


@pytest.mark.parametrize("label", ["WHAT'S ON", "Where to stay"])
def test_a_head_after_a_marked_list_in_the_body_is_a_head(label):
    bullets = "  • Mama Lin's, Broughton Street: noodles, £8.50\n  • Taco Norte, Leith Walk: £9"
    blocks = [LONG, "The weather", LONG, "Three places for lunch:", bullets, label, LONG]
    assert heads_of(*blocks) == ["The weather", label]


def test_an_unpunctuated_line_after_an_unmarked_list_line_stays_an_item():
    blocks = [LONG, "The winners are:", "Jane Doe, Leeds", "John Roe, York", LONG]
    assert heads_of(*blocks) == []


@pytest.mark.parametrize(
    ("closing", "heads"),
    [
        (["From £349", "Was £599, now £499", "£149.99 at most retailers"],
         ["Best overall: Sweepa S8", "Best for pets", "Best budget option"]),
        (["Prediction: 1st", "Prediction: 4th", "Prediction: 8th"],
         ["Harbour United", "Castlefield FC", "Ravensworth Town"]),
    ],
)  # fmt: skip
def test_data_lines_closing_items_are_paragraphs_and_the_lines_after_them_heads(closing, heads):
    blocks = [LONG]
    for line, head in zip(closing, heads, strict=True):
        blocks += [head, LONG, line]
    blocks += ["How we tested", LONG]
    assert heads_of(*blocks) == [*heads, "How we tested"]


def test_a_head_after_a_closing_price_and_a_picture_is_a_head():
    picture = "A vacuum\nA vacuum on a rug.Handout"
    blocks = [LONG, "Best overall", LONG, "From £349", "Best for pets", LONG, "From £429"]
    blocks += [picture, "Best budget option", LONG]
    assert heads_of(*blocks) == ["Best overall", "Best for pets", "Best budget option"]


def test_a_head_that_opens_with_a_price_between_paragraphs_stays_a_head():
    assert heads_of(LONG, "The plan", LONG, "Under £500: the cheap ones", LONG) == [
        "The plan",
        "Under £500: the cheap ones",
    ]


@pytest.mark.parametrize(
    "entry",
    [
        "Starters from £9",
        "Mains £18 to £26",
        "Puddings £8",
        "About £120 for two, with wine",
        "Rooms from €140 a night",
        "Tickets $25-$40",
    ],
)
def test_a_price_list_entry_in_running_text_is_a_paragraph(entry):
    blocks = [LONG, "The food", LONG, entry, LONG, "The verdict", LONG]
    assert heads_of(*blocks) == ["The food", "The verdict"]
    assert entry in parse(article(*blocks)).paragraphs


@pytest.mark.parametrize(
    ("offers", "priced"),
    [
        # a deals page: short offers among longer priced heads
        (["Lisbon from £44", "Oslo from £89", "Riga from £31"],
         ["Vienna by night train from £79", "Dublin by ferry from £35"]),
        (["Cornwall from £199", "Snowdonia £149 a week"],
         ["A week in the Lakes for £249, with breakfast", "Two nights in York from £120"]),
        (["Rooms from €140 a night", "Suites €320"],
         ["A harbour inn's doubles from €95", "A sea-view loft for €180"]),
        (["Porto for £38", "Rome £52 return"],
         ["Kraków for £64, flights included", "Berlin by coach from £29"]),
    ],
)  # fmt: skip
def test_price_entries_head_offers_where_the_heads_carry_prices(offers, priced):
    blocks, heads = [LONG], []
    for head in [priced[0], *offers, priced[1]]:
        blocks += [head, LONG]
        heads.append(head)
    assert heads_of(*blocks) == heads


@pytest.mark.parametrize(
    "blocks",
    [
        # one priced head makes no page of offers
        [LONG, "The food", LONG, "Starters from £9", LONG, "Dinner for two from £60", LONG],
        # an estimate or a bare price names no offer; an entry over a list line is data
        [LONG, "Lisbon by train from £79", LONG, "From £349", LONG, "Riga by ferry from £35",
         LONG, "About £120 for two", LONG],
        [LONG, "Lisbon by train from £79", LONG, "Mains £18 to £26", "Puddings £8",
         "Riga by ferry from £35", LONG],
    ],
)  # fmt: skip
def test_price_entries_stay_paragraphs_without_a_page_of_priced_heads(blocks):
    entries = {"Starters from £9", "From £349", "About £120 for two", "Mains £18 to £26",
               "Puddings £8"}  # fmt: skip
    assert not entries & set(heads_of(*blocks))


@pytest.mark.parametrize(
    ("heads", "lines"),
    [
        (["Mira, two courses for £18", "The Anchor, three courses for £24", "Kin, bento £15"],
         ["Wine from £6 a glass", "Desserts £7"]),
        (["The Harbour Inn, doubles from €95", "Villa Rosa, suites for €180"],
         ["Rooms from €140 a night", "Suites €320"]),
        (["Cobb's, a haircut for £12", "Blades, cut and shave £20", "Fringe, kids' cuts from £8"],
         ["Beards from £5", "Shaves £9"]),
    ],
)  # fmt: skip
def test_a_roundups_price_lines_stay_paragraphs_beside_its_named_places(heads, lines):
    # a head naming a place, a comma, then what it sells heads a roundup of places; a price
    # line in its text prices their menu, data, not an offer of the heads' kind
    blocks = [LONG]
    for k, head in enumerate(heads):
        blocks += [head, LONG]
        if k < len(lines):
            blocks += [lines[k], LONG]
    assert heads_of(*blocks) == heads
    assert set(lines) <= set(parse(article(*blocks)).paragraphs)


@pytest.mark.parametrize(
    "band", [["Under £10", "Under £25", "Over £50"], ["Save £100 on the Dyson V15", "Win £500"]]
)
def test_a_price_band_or_an_offer_heads_what_follows_it(band):
    blocks = [LONG]
    for head in band:
        blocks += [head, LONG]
    assert heads_of(*blocks) == band


def test_a_line_holding_a_price_closes_a_guide_item_before_the_next_head():
    heads = ["A Subscription to a Good Bakery", "Our Advice on Budget", "A Set of Tea Towels"]
    closing = ["£24.99", "Prices vary; about £60 for three months", "Price on request: £30"]
    blocks = [LONG]
    for head, price in zip(heads, closing, strict=True):
        blocks += [head, ITEM, price]
    assert heads_of(*blocks) == heads
    assert set(closing) <= set(parse(article(*blocks)).paragraphs)


@pytest.mark.parametrize(
    ("rating", "details"),
    [
        ("★★★★☆", "Barrowland Ballroom, Glasgow"),
        ("★★★☆☆", "Netflix, from Friday"),
        ("★★★★★", "Royal Court Theatre, London, until 14 March"),
        ("★ ★ ★", "Harbour Records"),
    ],
)
def test_a_line_under_a_star_rating_is_the_reviews_details(rating, details):
    blocks = [LONG, "The opening night", LONG, rating, details, LONG, SHORT]
    assert details not in heads_of(*blocks)
    assert details in parse(article(*blocks)).paragraphs


def test_a_roundups_heads_stand_over_their_ratings():
    blocks = [LONG, "Tidewater by the Lanterns", "★★★★☆", LONG, "Salt Roads by Ana Fell",
              "★★★☆☆", LONG]  # fmt: skip
    assert heads_of(*blocks) == ["Tidewater by the Lanterns", "Salt Roads by Ana Fell"]


@pytest.mark.parametrize(
    ("box", "fields", "head"),
    [
        ("Form guide", ["Rovers: WWDWL", "Castlefield: WWWDW"], "Did you know?"),
        ("Key figures",
         ["Revenue: £4.21bn (2025: £3.87bn)", "Final dividend: 8.4p (2025: 7.9p)"],
         "Sales by division"),
        ("At a glance", ["Founded: 1998", "Staff: 240", "Chair: Ruth Ames"],
         "Where the money goes"),
    ],
)  # fmt: skip
def test_a_line_after_a_box_of_fields_under_a_head_heads_the_next_section(box, fields, head):
    blocks = [LONG, box, *fields, head, LONG, "The outlook", LONG]
    assert heads_of(*blocks) == [box, head, "The outlook"]


@pytest.mark.parametrize(
    "blocks",
    [
        # one field is no box; a line with a figure is a row; a field after it goes on the box
        [LONG, "Key figures", "Revenue: £4.21bn", "Sales by division", LONG],
        [LONG, "Key figures", "Revenue: £4.21bn", "Profit: £312m", "UK retail £2.94bn", LONG],
        [LONG, "Key figures", "Revenue: £4.21bn", "Profit: £312m", "Sales by division",
         "Retail: £2.94bn", LONG],
        # fields at the top of the page, under no head
        ["Kick-off: 3pm, Saturday", "Venue: Mill Lane", "Second plays third", LONG],
    ],
)  # fmt: skip
def test_lines_among_fields_without_a_box_head_stay_out_of_the_heads(blocks):
    assert not {"Sales by division", "UK retail £2.94bn", "Second plays third"} & set(
        heads_of(*blocks)
    )


@pytest.mark.parametrize(
    ("blocks", "closers"),
    [
        # a letter's sign-off over the next letter's head
        ([LONG, "Grey seals back on the point", LONG, "Anna Pryce, Mousehole",
          "The ferry timetable is a muddle", LONG, "Jon Vella, Hayle",
          "Parking at the station", LONG],
         ["Anna Pryce, Mousehole", "Jon Vella, Hayle"]),
        # a lot's result, an entry's hours: a figure the head under them lacks
        ([LONG, "A brass telescope", LONG, "Sold for £3,200", "A box of tin soldiers", LONG],
         ["Sold for £3,200"]),
        ([LONG, "The Tide Café", LONG, "Open daily, 9am to 5pm", "The Net Loft", LONG],
         ["Open daily, 9am to 5pm"]),
    ],
)  # fmt: skip
def test_a_line_closing_a_paragraph_right_over_a_head_is_no_head(blocks, closers):
    heads = heads_of(*blocks)
    assert not set(closers) & set(heads)
    assert {"Parking at the station", "A box of tin soldiers", "The Net Loft"} & set(heads)


@pytest.mark.parametrize(
    ("blocks", "heads"),
    [
        # a section's head over its first subsection's, both plain
        ([LONG, "Before you switch", "Check the meter", LONG, "Compare tariffs", LONG],
         ["Before you switch", "Check the meter", "Compare tariffs"]),
        # a head over a head that shares its form: a figure in both
        ([LONG, "Score 4 out of 5", "Save £50 on the 14-inch model", LONG],
         ["Score 4 out of 5", "Save £50 on the 14-inch model"]),
        # a question asks, it closes nothing
        ([LONG, "Will the 9.15 still run?", "What the council says", LONG],
         ["Will the 9.15 still run?", "What the council says"]),
    ],
)  # fmt: skip
def test_heads_over_heads_without_a_closing_form_stay_heads(blocks, heads):
    assert heads_of(*blocks) == heads


SHOWS = ["Harbour Lights", "The Night Shift", "Coast Road"]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Why would a lighthouse keeper learn the violin?", "Nobody on the island knows."),
        ("What if the ferry is cancelled?", "The festival moves to the church hall, as in 2019."),
    ],
)
def test_a_lone_question_answered_in_one_sentence_among_statement_heads_is_text(question, answer):
    blocks = [LONG, SHOWS[0], LONG, SHOWS[1], LONG, question, answer, SHOWS[2], LONG]
    assert heads_of(*blocks) == SHOWS


@pytest.mark.parametrize(
    "blocks",
    [
        # a head's section says more than one sentence
        [LONG, SHOWS[0], LONG, SHOWS[1], LONG, "Should you watch it?",
         "Yes, if you can. The last episode is the best.", SHOWS[2], LONG],
        # two questions make a pattern of question heads
        [LONG, SHOWS[0], LONG, "Who made the film?", LONG, SHOWS[1], LONG,
         "Where was it shot?", LONG, SHOWS[2], LONG],
        # among two statement heads only, one question is as likely a head
        [LONG, SHOWS[0], LONG, "Who made the film?", LONG, SHOWS[1], LONG],
    ],
)  # fmt: skip
def test_question_heads_with_a_section_a_pattern_or_few_heads_stay_heads(blocks):
    questions = [b for b in blocks if b.endswith("?")]
    assert set(questions) <= set(heads_of(*blocks))
