"""heads79: guides whose numbered steps are the page's only heads. Three members or more
numbered in order, each a line of its own between sections of text, are a series of heads
whatever each one's stop or length, none of them standing before; a lone question answered by
the very next line inside such a guide's section is its text. Made-up exports written as
blocks, with near misses that change one thing each: a packed list, one step alone, numbers out
of order, steps inside a paragraph, a quiz's short answers, a FAQ's run of questions, a question
after the last step, a question over two lines."""

from __future__ import annotations

from api.parser.heading_guides import asked_aside, asked_in_a_guide, replied_alone, usual_section
from api.parser.heading_numbered_runs import (
    carries_itself,
    in_sequence,
    numbered_series,
    over_their_sections,
)
from tests.parser.exports import heads_of, lines

# --- a boat-licence guide: five 'Step N:' heads, none of a head's strict shape ---

LONG_BOAT_STEP = (
    "Step 4: Book the practical test at the marina office on the harbour wall and bring the "
    "logbook that shows the twenty hours you spent at the helm this season"
)
BOAT = [
    "VELMORA — Anyone who takes a motor boat of more than fifteen horsepower out of the bay now "
    "needs a skipper's licence, and the harbour police have started checking at the slipways.",
    "Step 1: Check that your boat needs one.",
    "Boats under five metres with an outboard of fifteen horsepower or less are exempt, and so "
    "are sailing dinghies, but a jet ski of any size is not, whatever the seller says.",
    "Step 2: Sign up for the theory course. Then sign up again.",
    "The courses at the sailing club fill within a day of opening, and half of those who book "
    "drop out before the first evening, so the club keeps a waiting list that moves fast.",
    "Step 3: Who marks the theory paper, the club or the harbour office?",
    "The club sets the paper, but the harbour office marks it and sends the result by post, "
    "which can take three weeks in the summer when the office is short of staff.",
    LONG_BOAT_STEP,
    "The examiner sits beside the candidate for an hour, asks for a man-overboard drill and a "
    "berthing in the inner harbour, and fails anyone who forgets the kill cord.",
    "Step 5: Carry the licence on board.",
    "The police fine skippers who cannot show it on the spot, even when the licence is at home, "
    "and the fine is the same as for having none at all, the harbour master said.",
    "What the licence does not cover",
    "It does not cover hiring out the boat, carrying paying passengers or going beyond the "
    "headland, each of which needs a further endorsement and a second practical test.",
]
BOAT_STEPS = [BOAT[1], BOAT[3], BOAT[5], LONG_BOAT_STEP, BOAT[9]]


def test_a_guide_s_steps_are_its_heads_with_none_standing():
    assert heads_of(*BOAT) == [*BOAT_STEPS, "What the licence does not cover"]


# --- a market listicle: three bare '1)' members, a long question and a long clause ---

LONG_MARKET_MEMBER = (
    "3) Leave the car at the ferry terminal and take the shuttle that runs every twenty minutes "
    "from the front of the terminal building to the market gates"
)
MARKET = [
    "The Saturday fish market at Port Anwen draws more visitors every year, and the stallholders "
    "say most of them make the same three mistakes before they have bought anything.",
    "1) Arrive before the boats do.",
    "The first boats land at six, and the best of the catch is sold to the restaurants before "
    "seven, so anyone who arrives at nine finds mostly mackerel and an empty quay.",
    "2) Which stalls take cards and which still want cash from everyone?",
    "Most of the stalls near the harbour wall take cards now, but the smokehouse and the two "
    "oyster sellers at the end of the pier still want cash and have no machine.",
    LONG_MARKET_MEMBER,
    "Parking near the market costs eight pounds for two hours and the spaces are gone by seven, "
    "while the shuttle is free with a ferry ticket and drops its passengers at the gate.",
]


def test_a_listicle_s_three_members_are_its_heads():
    assert heads_of(*MARKET) == [MARKET[1], MARKET[3], LONG_MARKET_MEMBER]


# --- a gardening column: three 'Tip N:' heads over two paragraphs each, all stopped ---

TIPS = [
    "The first frost came early this year, and readers have written in to ask what can still be "
    "saved in a garden that was in full flower a week ago.",
    "Tip 1: Cut the dahlias back to the ground and lift the tubers before the next frost.",
    "Dahlia tubers rot in cold wet soil, and a second frost will reach them through the hollow "
    "stems, so cut the stems at once and lift the tubers within a few days.",
    "Dry them upside down in a shed for a week before you store them in a box of dry compost.",
    "Tip 2: Leave the seed heads. The birds need them.",
    "Teasels, sunflowers and the flat heads of sedum feed finches through the winter, and they "
    "look better in a hoar frost than the bare soil a tidy gardener leaves behind.",
    "The stems also shelter ladybirds, which sleep in the hollow ones until the spring.",
    "Tip 3: Move the pots against the house.",
    "A south-facing wall keeps the roots of potted plants a few degrees warmer, which is often "
    "enough to bring a rosemary or a bay tree through a winter that would kill it in the open.",
    "Wrap the pots in old sacking if the forecast goes below minus five for more than a night.",
]


def test_a_column_s_stopped_tips_are_its_heads():
    assert heads_of(*TIPS) == [TIPS[1], TIPS[4], TIPS[7]]


def test_a_series_from_step_two_is_a_series():
    # the lead tells the first step: 'Step 2:' opens the numbered heads
    blocks = [BOAT[0] + " Step one is to check that your boat needs one.", *BOAT[3:]]
    assert heads_of(*blocks)[:4] == [BOAT[3], BOAT[5], LONG_BOAT_STEP, BOAT[9]]


# --- near misses: none of them is a series of heads ---


def test_a_packed_list_of_steps_is_no_series():
    blocks = [
        BOAT[0],
        "Step 1: Check that your boat needs one.",
        "Step 2: Sign up for the theory course.",
        "Step 3: Book the practical test.",
        BOAT[2],
        BOAT[4],
    ]
    assert not [head for head in heads_of(*blocks) if head.startswith("Step")]


def test_one_step_alone_is_no_series():
    blocks = [BOAT[0], BOAT[1], BOAT[2], BOAT[4], BOAT[6]]
    assert heads_of(*blocks) == []


def test_steps_out_of_order_are_no_series():
    blocks = [BOAT[0], BOAT[1], BOAT[2], BOAT[5], BOAT[6], BOAT[3], BOAT[4]]
    assert not [head for head in heads_of(*blocks) if head.startswith("Step")]


def test_steps_inside_a_paragraph_are_text():
    paragraph = " ".join([BOAT[1], BOAT[2], BOAT[3], BOAT[4], BOAT[5], BOAT[6]])
    assert heads_of(BOAT[0], paragraph, BOAT[8]) == []


def test_a_quiz_s_questions_over_short_answers_are_no_series():
    blocks = [
        "How well do you know the coast? Ten questions from this week's papers, answers below "
        "each one, and no looking at a map while you do it, whatever the children say.",
        "1) Which island has the oldest lighthouse on the coast?",
        "Skarra.",
        "2) How many ferries cross to the islands in winter?",
        "Two a day.",
        "3) Which harbour had the biggest catch of the year?",
        "Port Anwen.",
    ]
    assert heads_of(*blocks) == []


# --- lone questions inside a guide's sections ---

BLACKENED_QUESTION = "Can you lift dahlias that have already blackened?"
PAY_QUESTION = "Can anyone sit the paper for less?"


def test_a_question_inside_a_step_answered_by_a_longer_reply_is_text():
    # the reply is longer than the step's text over it, but it closes the step alone
    blocks = [
        *BOAT[:3],
        PAY_QUESTION,
        "Members of the sailing club pay half, and those who sat the course last year can "
        "take the theory paper again without paying for the course.",
        *BOAT[3:],
    ]
    heads = heads_of(*blocks)
    assert PAY_QUESTION not in heads
    assert heads[:5] == BOAT_STEPS


def test_a_question_inside_a_step_over_a_picture_is_text():
    blocks = [
        *TIPS[:3],
        BLACKENED_QUESTION,
        "You can, but most of them will have rotted by the spring.",
        "A heap of dahlia tubers drying on newspaper in a shed\nTubers dry in a shed in "
        "Velmora.Photograph: Ines Marlow",
        *TIPS[4:],
    ]
    heads = heads_of(*blocks)
    assert BLACKENED_QUESTION not in heads
    assert heads == [TIPS[1], TIPS[4], TIPS[7]]


PATROL_PICTURE = (
    "A patrol boat of the harbour police beside a jetty\nThe harbour police patrol the bay on "
    "Sunday.Photograph: Jo Doe"
)
CLUB_EVENING = (
    "The sailing club runs a free evening on the licence every first Monday of the month."
)


def test_a_question_under_a_plain_head_after_the_steps_is_text():
    blocks = [
        *BOAT,
        "Does anyone actually check?",
        "More skippers than you would think have been stopped this summer.",
        PATROL_PICTURE,
        CLUB_EVENING,
    ]
    heads = heads_of(*blocks)
    assert "Does anyone actually check?" not in heads
    assert heads == [*BOAT_STEPS, "What the licence does not cover"]


def test_a_short_question_under_a_plain_head_after_the_steps_is_text():
    blocks = [
        *BOAT,
        "Is the licence worth the bother?",
        "Most skippers say so, once they have been stopped at a slipway.",
        PATROL_PICTURE,
        CLUB_EVENING,
    ]
    assert heads_of(*blocks) == [*BOAT_STEPS, "What the licence does not cover"]


def test_a_faq_s_questions_after_the_steps_stay_heads():
    faq = [
        "Common questions",
        "Do I need a radio licence as well?",
        "Only for a fixed radio. A handheld set needs none, the harbour office says.",
        "Can I take the test in English?",
        "Yes. The examiners all speak it, and the theory paper comes in four languages.",
    ]
    heads = heads_of(*BOAT[:-2], *faq)
    assert heads == [*BOAT_STEPS, faq[0], faq[1], faq[3]]


def test_a_question_after_the_last_step_s_text_stays_a_head():
    # after the last step the page's closing sections may open, as after a listicle's last item
    question = "How long is the licence valid for?"
    blocks = [
        *BOAT[:-2],
        question,
        "The licence runs for ten years from the day of the practical test, and it is renewed "
        "by post.",
        *BOAT[-2:],
    ]
    assert heads_of(*blocks) == [*BOAT_STEPS, question, "What the licence does not cover"]


def test_a_question_inside_a_step_over_two_lines_stays_a_head():
    blocks = [
        *BOAT[:3],
        PAY_QUESTION,
        "Members of the sailing club pay half the fee.",
        "Those who sat the course last year take the theory paper again without paying for "
        "the course, the club says, and nobody has complained about the rule yet.",
        *BOAT[3:],
    ]
    assert PAY_QUESTION in heads_of(*blocks)


# --- the functions ---

SECTION = "The wardens check the bags of the day visitors at random on the way back to the quay."


def test_carries_itself_and_over_their_sections():
    items = lines(
        "Intro text ends here.",
        "Step 1: Go early.",
        SECTION,
        "Step 2: Pay cash. Keep the slip.",
        SECTION,
        "Step 3: Who checks the permit at the quay, the wardens or the police?",
        SECTION,
    )
    run = [1, 3, 5]
    flags = [False] * len(items)
    assert over_their_sections(items, run, flags)
    assert carries_itself(items, run, flags)
    assert numbered_series(items, list(range(len(items))), flags) == run
    assert not carries_itself(items, run[:2], flags)  # two may be chance
    quiz = lines(
        "Intro.", "1) Which island?", "Skarra.", "2) Which harbour?", "Anwen.", "3) Who?", "Jo."
    )
    assert not over_their_sections(quiz, [1, 3, 5], [False] * 7)
    # the last member's section ends at a head standing
    short = lines(
        "Intro.", "1) Which island?", "Skarra.", "2) Which harbour?", "Anwen.", "3) Who?", "Jo.",
        "Getting there", SECTION * 3,
    )  # fmt: skip
    assert not over_their_sections(short, [1, 3, 5], [False] * 7 + [True, False])
    assert over_their_sections(short, [1, 3, 5], [False] * 9)


def test_in_sequence_from_two():
    items = lines("Intro.", "Step 2: Pay", SECTION, "Step 3: Go", SECTION, "Step 4: Sleep")
    assert in_sequence(items, list(range(6))) == ([1, 3, 5], -1)
    items = lines("Intro.", "Step 3: Pay", SECTION, "Step 4: Go", SECTION)
    assert in_sequence(items, list(range(5))) == ([], 1)


def test_asked_aside():
    items = lines("Step 1: Go.", SECTION, "Can you pay less?", "Some can.", "Step 2: Pay.", SECTION)
    members = frozenset({0, 4})
    flags = [True, False, True, False, True, False]
    assert asked_aside(items, flags, 2, 0, members, 4)
    assert not asked_aside(items, flags, 2, 0, members, 0)  # under the last member
    assert not asked_aside(items, flags, 4, 2, members, 4)  # a member, numbered
    under = lines("Questions", "Can you pay less?", "Some can.")
    assert not asked_aside(under, [True, True, False], 1, 0, frozenset(), -1)  # right under it
    faq = lines("Can I pay?", SECTION, "Do I need one?", "No.")
    assert not asked_aside(faq, [True, False, True, False], 2, 0, frozenset(), -1)  # a FAQ's run


def test_replied_alone():
    items = lines(
        "Is the licence worth the bother?", "Most say so.", "|", "Text.", "Step 2: Go", "More."
    )
    assert replied_alone(items, [True, False, False, False, True, False], 0)
    text_after = lines("Did the crews finish?", "Half did.", "Text.")
    assert not replied_alone(text_after, [True, False, False], 0)  # a section of its own
    assert replied_alone(text_after, [True, False, True], 0)  # a head after the reply
    assert replied_alone(lines("Why?", "Because."), [True, False], 0)  # the page's end


def test_usual_section_and_asked_in_a_guide():
    items = lines(
        "Step 1: Go.",
        SECTION,
        "Can you pay less?",
        "Some can.",
        "Step 2: Pay.",
        SECTION,
        "Step 3: Sleep.",
        SECTION,
    )
    flags = [True, False, True, False, True, False, True, False]
    run = [0, 4, 6]
    assert usual_section(items, flags, run) == len(SECTION)
    assert asked_in_a_guide(items, flags, run) == [2]
    assert asked_in_a_guide(items, [False, *flags[1:]], run) == []  # the series not standing


def test_a_listicle_from_two_is_a_series():
    # '1)' told in the lead ('The first is to arrive early.'), the rest numbered from 2
    renumbered = ["1) " + MARKET[3][3:], MARKET[4], "2) " + LONG_MARKET_MEMBER[3:], MARKET[6]]
    blocks = [MARKET[0] + " The first is to arrive early.", *renumbered]
    assert heads_of(*blocks) == []  # two members only: no series
    blocks = [
        MARKET[0] + " The first is to arrive early.",
        MARKET[3],
        MARKET[4],
        LONG_MARKET_MEMBER,
        MARKET[6],
        "4) Bring a cool bag.",
        "Fish kept in a bag in the sun for an hour is not worth eating, and the stalls sell ice "
        "by the bag for a pound, which most of the regulars buy with their first fish.",
    ]
    assert heads_of(*blocks) == [MARKET[3], LONG_MARKET_MEMBER, "4) Bring a cool bag."]
