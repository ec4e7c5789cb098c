"""heads72: questions asked aside inside a section and answered by the next line are text
(heading_asides.py): clipped ones reacting to the text ('Missed your slot?'), follow-ups
leaning on a question head's answer ('Will anyone actually check?'), and yes-or-no questions
answered by a reply under a question head's one paragraph or deep in a statement's section,
beside statement heads.
Made-up articles and items, with near misses that stay heads: a FAQ of clipped questions, a
FAQ's next question, a page of one-paragraph sections, a reader's quoted letter."""

from __future__ import annotations

import pytest

from api.parser.heading_asides import (
    is_clipped,
    leans_on_answer,
    questions_aside,
    replied,
)
from api.parser.layout import Item, Line, Picture
from tests.parser.exports import heads_of

PIC = (
    "A row of wooden huts on a lake shore under snow\n"
    "Huts on the shore of Lake Varn in JanuaryOskar Lindqvist-Mar/Fjord Pictures"
)
P = (
    "The office opens at eight and the queue forms long before that, so most people who "
    "come in the morning bring a flask and a folding chair and wait their turn outside."
)
P2 = (
    "The form asks for the same details twice, once in each language, and a clerk checks "
    "both copies against the passport before stamping either of them at the desk."
)
P3 = (
    "Most applicants are told within a week, though the office warns that letters posted "
    "in the last days of the month can take longer to arrive at the outer islands."
)


# a 'Step N:' guide: a clipped question inside a step's section, its reply before a picture
STEPS = [
    "VARNBY — Anglers who want to fish the frozen lake this winter need a new permit, and "
    "the county has changed the way it is issued after two seasons of complaints.",
    "Here is how to get one before the season opens on 1 December.",
    "Step 1: Check that your hut site is registered",
    P,
    P2,
    "Step 2: Book a slot at the permit office",
    P3,
    "Missed your slot?",
    "Then you book again online, and the fee is not refunded.",
    PIC,
    "Step 3: Do you need a guide on the ice?",
    "Not if you have fished the lake before. " + P,
    "Step 4: Collect the permit and the ice chart",
    P,
    P2,
    "Where is the ice thickest?",
    "Along the north shore, the county says, where the water is shallow and the wind drops the "
    "snow. " + P3,
    "Step 5: Mark your hole before you drill",
    P3,
    P,
]

# a guide closing on a clipped question after a picture, answered by the next line
GUIDE_END = [
    "VARNBY — Anglers who want to fish the frozen lake this winter need a new permit, and "
    "the county has changed the way it is issued after two seasons of complaints.",
    "Step 1: Check that your hut site is registered",
    P,
    P2,
    "Step 2: Book a slot at the permit office",
    P3,
    P,
    "Step 3: Do you need a guide on the ice?",
    "Not if you have fished the lake before. " + P,
    "Step 4: Collect the permit and the ice chart",
    P,
    P2,
    "What the permit costs",
    "A season permit costs 400 crowns, and a day permit 60 crowns. " + P3,
    PIC,
    "Still unsure whether to go?",
    "Consider this: the lake froze solid in only four of the last ten winters, and this may be "
    "the last for a while.",
    "This guide will be updated as the season goes on.",
]

# a FAQ whose heads are all clipped questions: they are its heads (near miss)
FAQ_CLIPPED = [
    "VARNBY — The county has published answers to the questions visitors ask most about "
    "the winter fishing season on the lake, which opens on 1 December.",
    "Travelling with a dog?",
    "Dogs are welcome on the ice but must be kept on a lead near the huts. " + P,
    "Arriving late?",
    "The permit office keeps a late desk open until nine on Fridays. " + P2,
    "Cycling in?",
    "There is a covered rack at the car park and another by the jetty. " + P3,
    "Staying overnight?",
    "Huts may be used overnight only with a heater fitted by the county. " + P,
]

# a Q&A explainer: two follow-ups leaning on the answer before them
QA = [
    "LINDAU — From 1 March, tenants in the city's council flats will pay a flat charge for "
    "heating instead of a share of the building's bill. Here is what changes.",
    "What exactly is changing?",
    "Each flat will pay a monthly charge set by its floor area, " + P2,
    "Does the charge cover hot water?",
    "Yes. Hot water is included, although the city says it will read the meters once a year to "
    "check for waste.",
    "Can tenants who are rarely home opt out, then?",
    "Some of them say not. A nurse on night shifts told us she would pay for heat she never uses, "
    "and the tenants' union has asked for a lower band.",
    "Who sets the charge?",
    "The housing committee, once a year, after the city's energy contract is renewed in the "
    "autumn.",
    "Can I appeal against my band?",
    "You can, within 30 days of the first bill, by writing to the housing office with the floor "
    "plan of your flat.",
    PIC,
    "Will the charge rise next year?",
    "Probably. The energy contract ends in September and prices have gone up since it was signed.",
    "Will anyone actually check the meters?",
    "The city says two inspectors will visit each building twice a year, starting in the largest "
    "estates.",
    "What if I already pay by direct debit?",
    "Nothing changes. The new charge replaces the old one on the same date. " + P3,
]


# a review: a question under a question head's one paragraph, answered by a reply, among
# statement and quoted heads over sections of several paragraphs
REVIEW = [
    "★★★★☆",
    "Harbour Kitchen, 4 Quay Street, Lindau. Open Wednesday to Sunday, noon to 10pm. Mains "
    "£16-£24.",
    PIC,
    "The first thing on the table is bread, and it is very good bread: a dark rye baked in the "
    "kitchen every morning, served warm with a pot of smoked butter that arrives before you have "
    "ordered.",
    "“We cook what the boats bring”",
    "That is what the chef told me, and the menu changes through the day to prove it. The lunch "
    "list had hake and mussels; by dinner it was bream, crab and a single, enormous turbot for "
    "two.",
    "The fish is cooked simply, and mostly well: the hake came with brown butter and capers, the "
    "bream on a bed of fennel that had been cooked for a long time in the oven.",
    "The crab is the reason to come.",
    "It arrives dressed in its shell, with brown meat folded through mayonnaise and the white "
    "piled on top, and a plate of thin toast that is not nearly enough for the amount of crab "
    "there is.",
    "There is a vegetarian main, a barley risotto with mushrooms from the hills, and it is better "
    "than it needs to be.",
    "A wine list that stays, almost entirely, on the near side of the water and the mountains",
    "Forty bottles, most of them from growers within a day's drive, and a dozen by the glass, "
    "which is a kindness to anyone who wants to drink well without ordering a whole bottle for "
    "one.",
    "The beer is from the brewery across the harbour, and there is a cider from the island "
    "orchards that is worth a detour of its own.",
    PIC,
    "Is the service quick?",
    "Not quite. Our mains arrived forty minutes after the starters, and nobody said why.",
    "Does it matter?",
    "It did on a Wednesday. On a full Saturday it will matter more.",
    "The puddings win back the lost time. A burnt cream with sea buckthorn was the best thing I "
    "ate all week, sharp and sweet at once.",
    PIC,
    "Lunch for two with a glass of wine each came to £78. I paid for my meal.",
]


@pytest.mark.parametrize(
    ("blocks", "dropped"),
    [
        (STEPS, []),
        (GUIDE_END, ["Still unsure whether to go?"]),
        (
            QA,
            [
                "Can tenants who are rarely home opt out, then?",
                "Will anyone actually check the meters?",
            ],
        ),
    ],
    ids=["steps-clipped-inside", "guide-closing-clipped", "qa-follow-ups"],
)
def test_questions_aside_are_text(blocks: list[str], dropped: list[str]) -> None:
    heads = heads_of(*blocks)
    assert not set(dropped) & set(heads)
    assert "Missed your slot?" not in heads
    alone = [b for b in blocks if b.endswith("?") and b not in dropped and b != "Missed your slot?"]
    assert all(question in heads for question in alone)


def test_a_question_under_a_question_heads_paragraph_in_a_review_is_text() -> None:
    heads = heads_of(*REVIEW)
    assert "Is the service quick?" in heads
    assert "Does it matter?" not in heads
    assert "“We cook what the boats bring”" in heads


def test_a_faq_of_clipped_questions_keeps_them() -> None:
    assert heads_of(*FAQ_CLIPPED) == [FAQ_CLIPPED[k] for k in (1, 3, 5, 7)]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Missed the ferry?", True),
        ("Planning to change trains at Brenn?", True),
        ("Worth it?", True),
        ("Still not sure whether to book?", True),
        ("Lost your ticket on the way?", True),
        ("Do I need a card?", False),
        ("Why now?", False),
        ("Anything else?", False),
        ("Red or white?", False),
        ("Ready to start?", False),
        ("‘Registered’ huts: how do I know?", False),
    ],
)
def test_is_clipped(question: str, expected: bool) -> None:
    assert is_clipped(question) is expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Will anyone actually check?", True),
        ("Does the app set the price, then?", True),
        ("Who collects it?", False),
        ("Does it apply to hostels?", False),
        ("Do I need one?", False),
        ("Is that fair to the tenants?", False),
        ("Do residents still get a discount?", False),
        ("How do I know I am still in one?", False),
    ],
)
def test_leans_on_answer(question: str, expected: bool) -> None:
    assert leans_on_answer(question) is expected


@pytest.mark.parametrize(
    ("question", "reply", "expected"),
    [
        ("Could the supply fail?", "The utility says no. Its tanks hold four days.", True),
        ("Does it matter?", "Not much, on a Wednesday.", True),
        ("Why did the mills close?", "Mostly for lack of grain. Buyers paid more.", True),
        ("Which side will win?", "Officials will not say.", False),
        ("Can I grow figs on a balcony?", "Yes, in a large pot.", False),
        ("Does it matter?", "The kitchen seats forty.", False),
    ],
)
def test_replied(question: str, reply: str, expected: bool) -> None:
    assert replied(question, reply) is expected


TEXT = "A paragraph of the section, long enough to be read as the text under a head, and more."


def page(blocks: list[tuple[str, bool]]) -> tuple[list[Item], list[int], list[bool]]:
    """Items, their alone indexes and flags from (text, flagged) pairs, 'PIC' for a picture."""
    items: list[Item] = [
        Picture("alt", "caption") if text == "PIC" else Line(text, True) for text, _ in blocks
    ]
    alone = [k for k, item in enumerate(items) if isinstance(item, Line)]
    return items, alone, [flag for _, flag in blocks]


def review(first_question: str = "Is the service quick?", section: int = 2) -> list:
    """A review: statement and quoted heads over `section` lines each, a question head over
    one paragraph and a question under it answered by a reply."""
    text = [(TEXT, False)] * section
    return [
        (TEXT, False),
        ("“We cook what the boats bring”", True),
        *text,
        ("The crab is the reason to come.", True),
        *text,
        ("A wine list that stays on the near side of the mountains", True),
        *text,
        (first_question, True),
        ("Not quite. Our mains came forty minutes after the starters.", False),
        ("Does it matter?", True),
        ("Not much on a Wednesday. On a full Saturday it will.", False),
        ("PIC", False),
        ("The puddings win back the lost time.", True),
        *text,
    ]


def test_a_question_under_a_question_heads_answer_among_statements_is_text() -> None:
    blocks = review()
    items, alone, flags = page(blocks)
    assert questions_aside(items, alone, flags) == [blocks.index(("Does it matter?", True))]


def test_question_heads_over_one_paragraph_sections_keep_their_pair() -> None:
    # 'Tickets' / 'How much?' / text / 'Is there a resale?' / text: sections of one line
    items, alone, flags = page(review(section=1))
    assert questions_aside(items, alone, flags) == []


def test_a_question_under_a_readers_quoted_letter_stays() -> None:
    items, alone, flags = page(review(first_question="“Should I send it back?”"))
    assert questions_aside(items, alone, flags) == []


def analysis(before: int, reply: str) -> list:
    """An analysis: statement heads, a question `before` lines into a section, its reply."""
    return [
        (TEXT, False),
        ("The pipes were laid for a smaller town.", True),
        *[(TEXT, False)] * before,
        ("Could the supply fail altogether?", True),
        (reply, False),
        ("PIC", False),
        ("The money will have to come from the bills.", True),
        (TEXT, False),
        (TEXT, False),
        ("The work starts in the spring.", True),
        (TEXT, False),
        (TEXT, False),
    ]


def test_a_question_deep_in_a_statements_section_answered_by_a_reply_is_text() -> None:
    blocks = analysis(2, "The utility says no. Its tanks hold four days of water.")
    items, alone, flags = page(blocks)
    assert questions_aside(items, alone, flags) == [3 + 1]


@pytest.mark.parametrize(
    "reply",
    [
        # one paragraph under its head, as long as a section: the next section's head
        "You can, if you are brave. " + TEXT + " " + TEXT,
        # no reply: the question asks afresh
        "The tanks were built in 1911 and the mains in 1923. " + TEXT,
    ],
)
def test_a_question_after_one_paragraph_with_a_sections_text_stays(reply: str) -> None:
    items, alone, flags = page(analysis(1, reply))
    assert questions_aside(items, alone, flags) == []


def test_a_follow_up_on_a_question_heads_answer_is_text_a_faqs_next_head_stays() -> None:
    blocks = [
        (TEXT, False),
        ("Does the charge cover hot water?", True),
        ("Yes. Hot water is included in the charge.", False),
        ("Will anyone actually read the meters?", True),
        ("Only until March. After that the charge applies to every flat.", False),
        ("Who sets the charge?", True),
        ("The housing committee, once a year.", False),
        ("Do I need a new meter?", True),
        ("No. The old meters stay.", False),
    ]
    items, alone, flags = page(blocks)
    assert questions_aside(items, alone, flags) == [3]
