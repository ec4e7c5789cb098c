"""fresh29's and fresh30's classes (heads49), on made-up articles: full-sentence heads opening
long sections among one-line paragraphs, a quoted title's own '?', a long question among its
sibling questions, a list intro's question, a letter's last line over a dashed sign-off, a
readers' FAQ's question heads, lone questions answered by an ellipsis or asked inside a live
post, and the credits ('and'-joined by-line holders, 'Supplied' after weak glue, a lower-case
agency inside a chain, no agency split inside a slash chain)."""

from __future__ import annotations

import pytest

from api.parser.article import clean, headline_and_rest
from api.parser.credits import split_credit
from api.parser.heading_faqs import faq_question_heads
from api.parser.layout import Item, Line, lay_out
from tests.parser.exports import article, heads_of


def body_items(blocks: list[str]) -> list[Item]:
    """The body items of an export of a headline and the given blocks."""
    _, rest = headline_and_rest(clean(article(*blocks)).split("\n"))
    return list(lay_out(rest).body)


def para(*sentences: str) -> str:
    """A paragraph of the given sentences: para('A b.', 'C d.') -> 'A b. C d.'."""
    return " ".join(sentences)


# --- Full-sentence heads opening long sections among one-line paragraphs ----------------------

FERRY = [
    para(
        "The ferry to Skarholm has run twice a day since 1961, and for most of that time it ran "
        "on a schedule nobody needed to print, because everybody on the island knew it.",
        "In January the operator told the council it would stop the winter sailings.",
    ),
    para(
        "The letter arrived on a Friday, and by Monday the island's school had called a meeting "
        "in the gym, the only room large enough for everyone who wanted to come.",
    ),
    "The boat is old. The route is older.",
    para(
        "The Marta Holm was built in a Bergen yard in 1988 and has been refitted three times. "
        "Her engines burn more fuel each year, and the operator says the repairs due in the "
        "spring would cost more than the boat is worth on the market today.",
    ),
    "It was never meant to last.",
    "Winter is the problem.",
    para(
        "Between November and March the boat carries fewer than forty people a day, most of them "
        "pupils and nurses, and the operator loses money on every crossing in those months, "
        "according to the accounts it filed with the county last autumn.",
    ),
    "The nurses have done the sums.",
    "Then the county stepped in.",
    para(
        "On Tuesday the county's transport committee voted to pay for the winter sailings for "
        "two more years while a smaller electric boat is built, at a cost it put at eleven "
        "million crowns, a sum the opposition called a rescue for one island.",
    ),
    "A new boat is two years away.",
    para(
        "The yard that won the contract has built four electric ferries for the fjords, and its "
        "managers say the Skarholm boat will be the smallest of them, with room for twelve cars "
        "and a charger on each quay that the county has yet to find the money for.",
    ),
    "The vote was close.",
]
FERRY_HEADS = ["The boat is old. The route is older.", "Winter is the problem."]
FERRY_HEADS += ["Then the county stepped in.", "A new boat is two years away."]

ORCHESTRA = [
    para(
        "The Lindqvist Youth Orchestra has rehearsed in the same church hall for forty years, "
        "and on Saturday it played there for the last time before the hall is sold.",
    ),
    "Nobody was sure the concert would happen at all.",
    "The hall was sold in June. The piano was not.",
    para(
        "The parish sold the building to a developer who plans flats, and the sale left out the "
        "grand piano that a former conductor bought with a bequest in 1979, because nobody could "
        "agree who owned it or how it would leave through the narrow doors at the back.",
    ),
    "The doors are narrower now.",
    "A new home took the whole summer to find.",
    para(
        "The orchestra's board looked at eleven rooms across the city between June and August, "
        "from a school theatre with no heating to a warehouse by the river, and turned down all "
        "of them because none could take eighty players and their audience on a weekday night.",
    ),
    "The players kept practising at home.",
    "The library offered its atrium. It has good acoustics.",
    para(
        "The city library's new atrium, opened in the spring, seats three hundred people and "
        "has a glass roof that the orchestra's conductor says gives the strings a warmth the old "
        "hall never had, though the brass section has asked for curtains.",
    ),
    "The piano goes there in October.",
]
ORCHESTRA_HEADS = [
    "The hall was sold in June. The piano was not.",
    "A new home took the whole summer to find.",
    "The library offered its atrium. It has good acoustics.",
]

BRIDGE = [
    para(
        "The footbridge over the Ness at Dalmore closed in February after an inspection found "
        "rust in two of its four cables, cutting the village's shortest path to the station.",
    ),
    para(
        "Commuters have since walked the long way round by the road bridge, which adds twenty "
        "minutes each way and has no pavement for much of its length.",
    ),
    "The cables were due for replacement in 2015. The money went elsewhere.",
    para(
        "Council minutes show the replacement was put back four times in a decade, each time in "
        "favour of road repairs that the council judged more urgent, and the engineers' warnings "
        "grew sharper with each report they filed on the state of the footbridge.",
    ),
    "The last report was blunt.",
    "It said the cables could fail in a storm.",
    "Repairs will take most of next year.",
    para(
        "The contractor cannot start until the salmon season ends in October, because the work "
        "needs a platform in the river, and it expects the bridge to reopen by the following "
        "September if the winter floods allow the divers to work as planned.",
    ),
    "A ferry has been suggested.",
    "Nobody has offered to run one.",
    "Some residents want a new bridge altogether.",
    para(
        "A petition with eight hundred names asks the council to build a wider bridge that could "
        "carry bicycles and wheelchairs, which the present one cannot, and to pay for it with the "
        "government fund for active travel that opens for bids next spring.",
    ),
    "The council will reply in March.",
]
BRIDGE_HEADS = [
    "The cables were due for replacement in 2015. The money went elsewhere.",
    "Repairs will take most of next year.",
    "Some residents want a new bridge altogether.",
]


@pytest.mark.parametrize(
    ("blocks", "heads"),
    [(FERRY, FERRY_HEADS), (ORCHESTRA, ORCHESTRA_HEADS), (BRIDGE, BRIDGE_HEADS)],
    ids=["ferry", "orchestra", "bridge"],
)
def test_plain_sentences_opening_long_sections_are_heads_beside_one_line_paragraphs(blocks, heads):
    assert heads_of(*blocks) == heads


def in_first_person(blocks: list[str], heads: list[str]) -> list[str]:
    """The blocks with each head written in the writer's own voice: 'I saw the boat is old.'."""
    return [f"I think {b[0].lower()}{b[1:]}" if b in heads else b for b in blocks]


def with_foils(blocks: list[str], heads: list[str]) -> list[str]:
    """The blocks with the paragraph under each head opening on an ellipsis of it."""
    out = []
    for k, block in enumerate(blocks):
        out.append("Most of them did not. " + block if k and blocks[k - 1] in heads else block)
    return out


@pytest.mark.parametrize(
    "blocks",
    [
        # the writer's own short lines: an essay's style, no heads
        in_first_person(FERRY, FERRY_HEADS),
        # each line's paragraph goes on from it, a punchy line and its foil
        with_foils(ORCHESTRA, ORCHESTRA_HEADS),
        # no line of two sentences among them: punchy paragraphs just as well
        [b.split(". ")[0] + "." if b in BRIDGE_HEADS else b for b in BRIDGE],
    ],
    ids=["first-person", "foils", "no-pair"],
)
def test_one_line_paragraphs_without_the_siblings_run_stay_text(blocks):
    assert heads_of(*blocks) == []


# --- A quoted title's own '?' in a numbered head ------------------------------------------------

BOOK_TEXT = (
    "A slow, strange and generous novel about a family that keeps a ferry running across a "
    "river that the rest of the country has forgotten, told over one long wet summer."
)
PUBLISHER = "Harrow & Lane, 320 pages, $27"


def countdown(titles: list[str]) -> list[str]:
    """A countdown's blocks: an intro, then each title over its text and publisher line."""
    blocks = [
        "Our critics read more than two hundred new books this year, and argued about most of "
        "them, before settling on the handful they would hand to a friend without a second thought."
    ]
    for title in titles:
        blocks += [title, BOOK_TEXT, PUBLISHER]
    return blocks


@pytest.mark.parametrize(
    "titles",
    [
        [
            "5. ‘The Quiet Shore’ by Ada Lund",
            "4. ‘Why Rivers Bend?’ by Tomas Reyes",
            "3. ‘Salt’ by Mina Okafor",
            "2. ‘Low Tide’ by Ivo Berg",
        ],
        [
            '4. "Heron," by Lise Dahl',
            '3. "Who Owns the Wind?," by Pau Serra',
            '2. "Small Rooms," by Ola Nwosu',
            '1. "Ember," by Kit Hale',
        ],
        ["6. ‘Ashes’ by Rui Costa", "5. ‘Run!’ by Dana Pike", "4. ‘Greenwood’ by Emil Roth"],
    ],
    ids=["curly", "straight-comma", "exclaimed"],
)
def test_a_quoted_titles_own_mark_ends_no_sentence_in_a_numbered_head(titles):
    assert heads_of(*countdown(titles)) == titles


def test_a_quoted_question_closing_the_line_is_still_a_question_head():
    # nothing follows the title's mark: the line asks, as before
    titles = ["3. ‘Salt’ by Mina Okafor", "2. Who wrote ‘Low Tide?’", "1. ‘Heron’ by Lise Dahl"]
    assert heads_of(*countdown(titles)) == titles


# --- A long question among sibling question heads -----------------------------------------------

REVIEW_TEXT = (
    "The short answer is yes, though it takes a week of living with it to be sure, and the "
    "longer answer depends on how far you drive and how much you care about the small things."
)
ANSWER_TEXT = (
    "Mostly, and in ways the brochure does not mention: the doors close softly, the seats are "
    "heated at the back too, and the boot floor lifts to reveal a second, hidden compartment."
)


@pytest.mark.parametrize(
    ("heads", "long"),
    [
        (
            ["What is it?", "How does it drive?", "Should I buy one?"],
            "Can you fit two bikes, a tent and a week's food in the back?",
        ),
        (
            ["Who is it for?", "What does it cost?", "Is it worth it?"],
            "How long does the battery last on a cold day with the heating on full?",
        ),
        (
            ["Why now?", "What changes?", "Who pays?"],
            "Will the new rules apply to people who signed their contracts last year?",
        ),
    ],
    ids=["car", "phone", "rules"],
)
def test_a_long_question_is_one_more_of_its_sibling_questions(heads, long):
    blocks = [REVIEW_TEXT]
    for head in [*heads[:2], long, heads[2]]:
        blocks += [head, ANSWER_TEXT]
    assert heads_of(*blocks) == [*heads[:2], long, heads[2]]


def test_a_long_question_beside_short_statement_heads_stays_text():
    # the heads are labels, not questions: the long question is the running text's
    blocks = [REVIEW_TEXT, "The design", ANSWER_TEXT, "The drive", ANSWER_TEXT]
    blocks += ["Can you fit two bikes, a tent and a week's food in the back?", ANSWER_TEXT]
    blocks += ["The verdict", ANSWER_TEXT]
    assert heads_of(*blocks) == ["The design", "The drive", "The verdict"]


# --- A list intro's question ------------------------------------------------------------------

ITEM_TEXT = (
    "A small place with a big oven, where the bread comes out every forty minutes and the "
    "queue on a Saturday reaches the corner by nine, whatever the weather is doing."
)
INTRO = (
    "We ate our way round the city for a month, paid for every meal and went back twice to the "
    "places we liked, which is more than most guides can say about their own lists."
)


@pytest.mark.parametrize(
    ("question", "answer", "items"),
    [
        (
            "What makes a bakery the best?",
            "For us, the one we would cross town for. Here they are, counting down.",
            ["5. Brød", "4. Crumb & Co", "3. The Rye House", "2. Mill Lane", "1. Ovenbird"],
        ),
        (
            "Where should you start?",
            "Anywhere on this list, honestly. Here they are.",
            ["4. Dock Street Market", "3. The Long Table", "2. Harbour Hall", "1. Saltwater"],
        ),
        (
            "How did we choose?",
            "We asked the people who cook there. They know.",
            ["3. Luma", "2. Fenwick's", "1. The Old Forge"],
        ),
    ],
    ids=["bakeries", "markets", "kitchens"],
)
def test_a_question_answered_over_the_first_numbered_head_is_the_intros(question, answer, items):
    blocks = [INTRO, question, answer]
    for item in items:
        blocks += [item, ITEM_TEXT]
    assert heads_of(*blocks) == items


def test_a_question_with_a_section_of_its_own_before_numbered_heads_stays_a_head():
    # its section runs on past one paragraph: a head of the article's own
    items = ["3. Luma", "2. Fenwick's", "1. The Old Forge"]
    blocks = [INTRO, "How did we choose?", ITEM_TEXT, ITEM_TEXT]
    for item in items:
        blocks += [item, ITEM_TEXT]
    assert heads_of(*blocks) == ["How did we choose?", *items]


# --- A letter's last line over a dashed sign-off ----------------------------------------------

LETTER = (
    "Dear Ines: My neighbour has borrowed my ladder, my drill and my lawnmower this year and "
    "returned none of them without being asked, and now she wants my car for a weekend."
)
REPLY = (
    "Dear Reader: You can say no without a reason, and you can ask for your things back in the "
    "same breath; a neighbour who borrows this much will survive hearing it once, kindly."
)


@pytest.mark.parametrize(
    ("heads", "closing", "signs"),
    [
        (
            ["‘She never gives anything back’", "‘My sister reads my post’"],
            "Am I being petty?",
            ["— Fed Up in Frome", "— Curious, Carlisle"],
        ),
        (
            ['"The wedding is on a weekday"', '"He wants a dog, I do not"'],
            "Should I just let it go?",
            ["– Tired of Asking", "– Undecided in Ayr"],
        ),
        (["The ladder", "The car"], "What would you do?", ["— Lent Out", "— Kept Waiting"]),
    ],
    ids=["curly", "straight", "plain"],
)
def test_a_question_over_a_dashed_sign_off_is_the_letters_last_line(heads, closing, signs):
    blocks = []
    for head, sign in zip(heads, signs, strict=True):
        blocks += [head, LETTER, closing, sign, REPLY]
    assert heads_of(*blocks) == heads


def test_an_embedded_posts_dated_attribution_is_no_sign_off():
    # '— Acme (@acme) May 2, 2019' closes an embedded post: the line over it keeps its reading
    text = (
        "The club confirmed the signing on Tuesday evening, hours after the player was seen at "
        "the training ground with his agent and the club's director of football."
    )
    blocks = [text, "Club statement", "— Harbour FC (@harbourfc) May 2, 2019", text]
    blocks += ["Fans react", "— Jo Reyes (@joreyes) May 2, 2019", text]
    assert heads_of(*blocks) == ["Club statement", "Fans react"]


# --- A readers' FAQ's question heads ----------------------------------------------------------

FAQ_ANSWER = (
    "For most people the answer is to wait a day or two and see how the symptoms change, "
    "though anyone in a higher-risk group should call their doctor's surgery sooner."
)
FAQ_INTRO = (
    "Cases have risen earlier than usual this winter, and our health desk has been sent more "
    "questions in a week than in the whole of last season, most of them about the same things."
)


SHORT_ANSWER = "Wait a full day after the fever has gone without medicine to bring it down."
LIST_ANSWER = "Go to the emergency department at once if you or someone you care for has:"


def faq(questions: list[str]) -> list[str]:
    """A readers' FAQ: an intro, then each question over its answer, the third one short, the
    last a lead-in over a list."""
    blocks = [FAQ_INTRO, "We put the questions you sent most often to two doctors."]
    answers = [FAQ_ANSWER, FAQ_ANSWER, SHORT_ANSWER, *[FAQ_ANSWER] * len(questions)]
    answers = [*answers[: len(questions) - 1], LIST_ANSWER]
    for question, answer in zip(questions, answers, strict=True):
        blocks += [question, answer]
    return [*blocks, "  • Pain in the chest", "  • Lips turning blue", FAQ_ANSWER]


@pytest.mark.parametrize(
    "questions",
    [
        [
            "How do I know if my cough is more than a cold?",
            "I had a booster in May. Should I have another one before Christmas?",
            "Can my son go back to school as soon as the fever has gone?",
            "When should I go to hospital instead of my doctor?",
        ],
        [
            "What should I keep in my cupboard for a winter bug?",
            "Are antivirals worth asking for?",
            "Can my daughter go back to nursery the day her temperature drops?",
            "My father is 80. Does he need a different vaccine from mine?",
            "When should I call an ambulance instead of the helpline?",
        ],
        [
            "Where can I get my blood pressure checked without an appointment?",
            "Why does my knee hurt more when it is cold outside?",
            "Can I go back to the gym the day after a fever breaks?",
            "How long should I wait after a fall before I see someone?",
        ],
    ],
    ids=["four", "five", "long-ones"],
)
def test_a_readers_run_of_questions_over_answers_are_heads(questions):
    assert heads_of(*faq(questions)) == questions


def test_an_interviewers_questions_answered_in_the_first_person_stay_text():
    answer = (
        "I never planned it. I went for a week to help a friend, and the week turned into a "
        "season, and the season into the eleven years I have spent running the kitchen now."
    )
    questions = [
        "Why did you stay on the island?",
        "How did you learn to cook for fifty?",
        "What would you change about the first year?",
        "Do you ever think of leaving?",
    ]
    blocks = [FAQ_INTRO]
    for question in questions:
        blocks += [question, answer]
    assert heads_of(*blocks) == []


@pytest.mark.parametrize(
    "questions",
    [
        # three only: no run
        [
            "How do I know if my cough is more than a cold?",
            "Can my son go back to school as soon as the fever has gone?",
            "When should I go to hospital instead of my doctor?",
        ],
        # the writer's own questions, no reader's first person in most of them
        [
            "How does the virus spread between children at school?",
            "Are antivirals worth asking for?",
            "Can a nursery refuse a child the day a temperature drops?",
            "When should a family call an ambulance instead of the helpline?",
        ],
        # questions opening on a conjunction, asked in the running text
        [
            "And how do I know if my cough is more than a cold?",
            "But should I have another booster before Christmas?",
            "So can my son go back to school as soon as the fever has gone?",
            "And when should I go to hospital instead of my doctor?",
        ],
    ],
    ids=["three", "writers", "conjunctions"],
)
def test_questions_without_a_readers_run_make_no_faq(questions):
    # (other rules read them as before: a writer's long questions over sections may be heads)
    items = body_items(faq(questions))
    alone = [k for k, item in enumerate(items) if isinstance(item, Line) and item.alone]
    assert faq_question_heads(items, alone) == []


# --- Lone questions: answered by an ellipsis, or inside a live post ---------------------------

STORY_HEADS = [
    "Shoppers are trading down to the supermarket's own brands across every aisle",
    "Energy costs rose by a third as the cold snap kept the freezers working harder",
    "Analysts said the results were weaker than expected but the balance sheet held",
]
STORY_TEXT = (
    "The group said sales in its stores rose by two per cent in the half, well below inflation, "
    "and that shoppers were buying fewer items on each visit than a year earlier."
)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "Is the worst over?",
            "The chief executive would not say so. Prices are still rising "
            "faster than wages, she said, and the company expects a slow Christmas.",
        ),
        (
            "Will it pay a dividend?",
            "The board says it will, though a smaller one. It wants to "
            "keep cash until the refinancing is done, and the shares fell on the news.",
        ),
        (
            "Can the stores cope?",
            "Most of them can, for now. The older ones need new freezers "
            "before the summer, and the company has set aside money for forty of them.",
        ),
    ],
    ids=["say-so", "thinks-not", "can"],
)
def test_a_lone_question_answered_by_an_ellipsis_of_it_is_text(question, answer):
    blocks = [STORY_TEXT, STORY_HEADS[0], STORY_TEXT, STORY_TEXT, question, answer]
    blocks += [STORY_HEADS[1], STORY_TEXT, STORY_HEADS[2], STORY_TEXT]
    assert heads_of(*blocks) == STORY_HEADS


POST_TEXT = (
    "Returning officers in the northern wards say the count will run past midnight, after a "
    "recount was ordered in two seats where the margin was under fifty votes."
)


@pytest.mark.parametrize(
    ("times", "heads", "question"),
    [
        (
            ["11:40 p.m.", "11:05 p.m.", "10:30 p.m."],
            ["Why is the north so slow?", "Greens take their first seat", "Turnout up on 2021"],
            "Is anyone worried?",
        ),
        (
            ["23:15", "22:50", "22:10"],
            ["Recount in Eastfield", "Mayor concedes", "Polls close"],
            "Is the margin narrowing?",
        ),
        (
            ["9.52pm", "9.31pm", "9.05pm"],
            ["Counting under way", "First result due soon", "Queues at two stations"],
            "Are the queues any shorter?",
        ),
    ],
    ids=["us-clock", "24-hour", "dotted"],
)
def test_a_question_inside_a_live_post_off_the_timestamps_is_text(times, heads, question):
    blocks = []
    for time, head in zip(times, heads, strict=True):
        blocks += [time, head, POST_TEXT]
        if head == heads[0]:
            blocks += [question, "Not yet. " + POST_TEXT]
    assert heads_of(*blocks) == heads


def test_a_plain_head_off_the_timestamps_keeps_the_questions_reading():
    # a statement head off the timestamps: the page's heads are no posts', nothing is dropped
    blocks = ["11:40 p.m.", "Counting under way", POST_TEXT, "Key races to watch", POST_TEXT]
    blocks += ["11:05 p.m.", "Mayor concedes", POST_TEXT, "What happens next?", POST_TEXT]
    heads = heads_of(*blocks)
    assert "Key races to watch" in heads and "What happens next?" in heads


# --- Credits ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # a composite's by-line, then the sources 'and'-joined, bodies in lower case
        (
            "The two maps, side by side.Photo illustration by Jon Vik. Photos by the harbour "
            "police and the Tromsø Museum.",
            "The two maps, side by side.",
            "Photo illustration by Jon Vik. Photos by the harbour police and the Tromsø Museum.",
        ),
        (
            "Before and after the fire.Illustration by Ana Ruiz. Photos by the fire service and "
            "Lena Holt.",
            "Before and after the fire.",
            "Illustration by Ana Ruiz. Photos by the fire service and Lena Holt.",
        ),
        (
            "The ship then and now.Photo illustration by Desk Staff. Photos by the coast guard.",
            "The ship then and now.",
            "Photo illustration by Desk Staff. Photos by the coast guard.",
        ),
        # a word credit after a weak glue
        (
            "Two buyers outside their new flat in WhangareiSupplied",
            "Two buyers outside their new flat in Whangarei",
            "Supplied",
        ),
        (
            "The team at the summit of BenLomondHandout",
            "The team at the summit of BenLomond",
            "Handout",
        ),
        (
            "A rescued owl at the centre in KirkbySupplied",
            "A rescued owl at the centre in Kirkby",
            "Supplied",
        ),
        # a lower-case agency inside a holder chain, after an initial
        (
            "Lanterns over the square in Leipzig.J. Brandt-Okoro/dpa/picture alliance via Getty "
            "Images",
            "Lanterns over the square in Leipzig.",
            "J. Brandt-Okoro/dpa/picture alliance via Getty Images",
        ),
        (
            "A tram in the snow.Anna Vogel/picture alliance/dpa",
            "A tram in the snow.",
            "Anna Vogel/picture alliance/dpa",
        ),
        (
            "Skaters on the lake.K. Lund/dpa/picture alliance",
            "Skaters on the lake.",
            "K. Lund/dpa/picture alliance",
        ),
        # no agency split inside a slash chain: the glue rule reads it whole
        (
            "The queen arrives in Aarhus on MondayMette Ravn Holst/Ritzau Scanpix/Pool via Reuters",
            "The queen arrives in Aarhus on Monday",
            "Mette Ravn Holst/Ritzau Scanpix/Pool via Reuters",
        ),
        (
            "Fishing boats at dawn in SkagenLars Emil Dam/Ritzau Scanpix via AP",
            "Fishing boats at dawn in Skagen",
            "Lars Emil Dam/Ritzau Scanpix via AP",
        ),
    ],
)
def test_credits_of_fresh29_and_fresh30s_classes(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # alone, a by-line of two lower-case words after 'the' names a place, no source
        (
            "Bathers at dawn.Photo by the old sea wall",
            "Bathers at dawn.Photo by the old sea wall",
            None,
        ),
        # a weak glue inside a brand keeps its reading: no word credit there
        ("Desks at the WeWork office in Leeds", "Desks at the WeWork office in Leeds", None),
        # a caption ending on a season's slash is no chain: the agency still splits
        (
            "Fans at the 2023/24 final. AP Photo/Jane Doe",
            "Fans at the 2023/24 final.",
            "AP Photo/Jane Doe",
        ),
    ],
)
def test_near_misses_of_the_credit_rules(line, caption, credit):
    assert split_credit("", line) == (caption, credit)
