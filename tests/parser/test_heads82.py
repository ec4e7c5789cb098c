"""heads82: a FAQ's reader's question set wholly in quotation marks heads its section over an
answer longer than the question (QUOTED_ANSWER_RATIO), where a stated question under no marks
still wants ANSWER_RATIO times its length; with it standing, the FAQ's statement head and the
questions asked inside its answers are read as heads80's rules read them. A question asking
yes or no right under a head's first paragraph, answered by the next line alone, on a page of
heads of other forms whose sections run longer than one paragraph, is text (read again once a
slot head stands). Made-up exports written as blocks, and item-level pages with the flags the
earlier rules leave, with near misses that change one thing each."""

from __future__ import annotations

from api.parser.heading_lone_questions import (
    asked_under_a_first_paragraph,
    questions_in_passing,
    runs_longer,
)
from api.parser.heading_questions import (
    ANSWER_RATIO,
    QUOTED_ANSWER_RATIO,
    answer_ratio,
    is_stated_question,
)
from api.parser.layout import Item
from tests.parser.exports import COSTED, HERON_PICTURE, LONG, heads_of, lines

# a library-card FAQ: the reader's quoted question after a statement head's section, answered
# by one short sentence; questions asked inside answers, one after an answer's list
LIBRARY = [
    "ORMSBY — The county's libraries are replacing their paper cards with a plastic card that "
    "works in all 23 branches. Readers sent us their questions, and the library service answered.",
    "Why are the cards changing?",
    "The old cards were printed by each branch, and a book borrowed in one town could not be "
    "returned in another. The new card works across the county and in the mobile library.",
    "Do I lose my loans?",
    "No. Every loan moves to the new card overnight, with the same return dates.",
    "How do I get the new card?",
    "Ask at any branch desk. It takes five minutes, and the old card is cut up there and then.",
    "To get one, bring:",
    "  • a bill or letter with your address\n  • the old card, if you still have it\n  • a "
    "parent, if you are under 16",
    "Is there a charge?",
    "Only for a second replacement, which costs £2. The first one is free.",
    HERON_PICTURE,
    "Fines will not change with the cards.",
    "That is the council's word, and the library service says the overdue charge stays at 20p "
    "a day for adults, with nothing charged to children, pensioners or the housebound.",
    "Has that been tried before?",
    "Two neighbouring counties switched cards in 2019, and neither changed its fines at the time.",
    "“My father reads only large-print books from the van. Can he keep his old card?”",
    "No. The van's staff will bring a new card to his door on their next round, with the form "
    "filled in.",
    "What about e-books?",
    "The e-book app asks for the new card's number once. Loans already on a phone stay there.",
]
LIBRARY_HEADS = [
    "Why are the cards changing?",
    "How do I get the new card?",
    "Fines will not change with the cards.",
    "“My father reads only large-print books from the van. Can he keep his old card?”",
    "What about e-books?",
]


def test_a_faq_s_quoted_question_over_a_short_answer_heads_it():
    assert heads_of(*LIBRARY) == LIBRARY_HEADS


# a parking-permit FAQ with straight quotation marks, the reader's question after a picture
PERMIT = [
    "DUNHOLT — Residents' parking permits go digital next month. We put the questions readers "
    "sent us to the council's parking office.",
    "What is changing?",
    "The paper permit on the dashboard goes. Wardens will read the number plate instead, with "
    "a handheld scanner that checks it against the council's list of permits.",
    "Will my permit still work?",
    "Yes, until it runs out. After that it is renewed online.",
    "How do I renew it?",
    "On the council's website, with the car's registration and a proof of address. The office "
    "on Mill Street will do it for anyone without a computer.",
    "Can a neighbour do it for me?",
    "Yes, with your written permission.",
    "Visitor passes are staying on paper.",
    "Books of visitor passes will still be sold at the library and the town hall, because many "
    "visitors are older relatives who do not use phones, the council said.",
    "Are the books going up in price?",
    "Not this year. The council froze the price in its budget in February.",
    HERON_PICTURE,
    '"I share a car with my sister in the next street. Do we need two permits?"',
    "Yes. A permit is for a street zone, not for a car, so each zone needs its own one.",
    "Where do I complain?",
    "To the parking office first, and then to the ombudsman if the office does not answer "
    "within four weeks.",
]


def test_a_faq_s_straight_quoted_question_after_a_picture_heads_it():
    assert heads_of(*PERMIT) == [
        "What is changing?",
        "How do I renew it?",
        "Visitor passes are staying on paper.",
        '"I share a car with my sister in the next street. Do we need two permits?"',
        "Where do I complain?",
    ]


# a clinic FAQ of question heads only: the reader's quoted question mid-page, after an answer
CLINIC = [
    "BRAYFORD — The walk-in clinic on Station Road moves to the new health centre on Monday. "
    "Here is what patients asked the practice this week.",
    "Where is the new centre?",
    "Behind the bus station, in the building that used to be the post office sorting depot. "
    "The entrance is on Canal Street.",
    "When does the centre open?",
    "Earlier than the clinic did. The centre opens at 7am and shuts at 9pm, seven days a "
    "week, where the clinic shut at 6pm and on Sundays.",
    "“I have a blood test booked at the old clinic next week. Do I go there?”",
    "No. Every booking has moved to the new centre, and the day and time stay as they were.",
    "Is there parking?",
    "Thirty spaces, six of them for disabled drivers, and the bus station's car park across "
    "the road is free for the first two hours.",
    "What happens to the old building?",
    "The council has not decided. It may become flats or a nursery.",
]


def test_a_faq_s_quoted_question_among_question_heads_only():
    assert heads_of(*CLINIC) == [
        "Where is the new centre?",
        "When does the centre open?",
        "“I have a blood test booked at the old clinic next week. Do I go there?”",
        "Is there parking?",
        "What happens to the old building?",
    ]


def test_a_quoted_question_over_an_answer_shorter_than_it_stays_text():
    # near miss: the quoted question answered by a word, the answer going on in the next
    # question's section: no section of its own
    faq = list(CLINIC)
    faq[6] = "No."
    assert "“I have a blood test booked at the old clinic next week. Do I go there?”" not in (
        heads_of(*faq)
    )


def test_a_quoted_question_answered_in_the_first_person_stays_text():
    # near miss: the line under it answers in the first person, a speaker's words, no answer
    faq = list(CLINIC)
    faq[6] = "I asked the same at the desk, and I was told to go to the new centre on the day."
    assert faq[5] not in heads_of(*faq)


def test_a_reader_s_quoted_question_in_a_news_story_stays_text():
    # near miss: no question heads stand beside it
    story = [
        "Brayford's walk-in clinic moves to the new health centre on Monday, two years late and "
        "a million pounds over the budget the health board set for it in 2022.",
        COSTED,
        "“I have a blood test booked at the old clinic. Do I go there?”",
        "A patient asked it at the board's meeting, and nobody on the board could answer.",
        LONG,
    ]
    assert heads_of(*story) == []


def test_answer_ratio():
    assert answer_ratio("“My son is 12. Can he ride alone?”") == QUOTED_ANSWER_RATIO
    assert answer_ratio('"I moved in May. Can I vote?"') == QUOTED_ANSWER_RATIO
    assert answer_ratio("My son is 12. Can he ride alone?") == ANSWER_RATIO
    # a pull quote's words, no reader's: no first person, the marks set no reader's question
    assert answer_ratio("“Nobody came. Why vote?”") == ANSWER_RATIO
    assert QUOTED_ANSWER_RATIO < ANSWER_RATIO
    assert is_stated_question("“My father reads large print. Can he keep his card?”")


# an obituary of sentence heads by rhythm: a yes-or-no question under a head's first
# paragraph, answered by the next line alone, the next head right after it
BAKER = [
    "MARLHAVEN — Orla Pennick-Sato, who ran the bakery on Quay Street for 52 years and fed "
    "the harbour's night shift from a hatch in the back wall, died on Sunday. She was 84.",
    "Her nephew, Tomas Pennick, said the cause was a stroke.",
    "She was a fisherman's daughter first.",
    "Pennick-Sato grew up above a net loft on the harbour, the youngest of six, and left school "
    "at fourteen to gut herring on the quay for a firm that closed three winters later.",
    "Did she ever want to go back to sea?",
    "Never, she said, after one winter on her father's boat in 1957 that she spent being sick "
    "over the side between the lighthouse and the banks.",
    "The bakery began as a favour. Then it became a trade.",
    "A widow on Quay Street asked her to mind the ovens for a month in 1961, and the month "
    "ran on into a year, and in 1963 the widow sold her the shop for the price of the flour.",
    "She baked through the night and opened the hatch at four, when the boats came in, and "
    "the crews queued in their boots for a bun and a mug of tea that she never charged for.",
    HERON_PICTURE,
    "The hatch was her idea, and the harbour never forgot it.",
    "It was cut into the back wall in 1968, when the council told her she could not open the "
    "front door before six, and it stayed open every night but Christmas until last spring.",
    "The harbour board put a plaque beside it in 2015, which she called a fuss about a hole.",
    "Nobody remembers her taking a day off. Her nephew says she took two.",
    "She is survived by her nephew and by a niece, Ada Pennick-Roe, who will keep the shop "
    "open, and by the night shift, which has asked that the hatch stay open too.",
    "The funeral is on Friday at the harbour chapel, and the hatch will open after it.",
]


def test_an_obituary_s_question_under_a_head_s_first_paragraph_is_text():
    heads = heads_of(*BAKER)
    assert "Did she ever want to go back to sea?" not in heads
    assert "The bakery began as a favour. Then it became a trade." in heads


# a chess teacher's obituary: a slot head, a two-sentence head, a quoted head and a long head
# without a stop; a yes-or-no question under the quoted head's first paragraph, answered by
# the next line alone, a picture after it
CHESS = [
    "PELLAU — Ruben Okonta-Varga, a retired postman who taught chess to two generations of "
    "children in a room above the fire station, died on Tuesday. He was 81.",
    "His daughter, Mira Okonta, said the cause was heart failure.",
    "The island has produced four national junior champions since 1990. Every one of them "
    "learned the game at his table.",
    "He never played in a tournament.",
    "Okonta-Varga delivered the post on the north side of the island for 31 years. In 1986, "
    "when the fire brigade moved its stores, he asked whether he could have the empty room.",
    "He bought six boards with his own money. The first club had no clock.",
    "Why chess?",
    '"Because it costs nothing," he told the island paper in 1999. "A board, a table and a '
    'child who hates losing."',
    "The first title took 11 years. The next ones came faster.",
    "His first pupil to win a national title was his nephew, Jonas Varga, who took the "
    "under-14 championship in 1997 after two years of losing in the final round.",
    "After that, he said, the parents brought their children to him.",
    '"Think twice, then move once"',
    "That was his rule, and his pupils still quote it. Lessons were short. He distrusted "
    "teachers who made children play for hours, and sent them home at six.",
    "Did he ever lose a game to a pupil?",
    "Twice in forty years, his pupils said, and both times he set the pieces up again at once.",
    HERON_PICTURE,
    "In his last years he taught from an armchair by the window and still saw every blunder",
    "He was almost blind by 2020. His former pupils say it made no difference to his eye.",
    "He is survived by his wife, Ilse; his daughter, Mira; his son, Petr; and, by the club's "
    "count, more than 600 former pupils.",
    "He never asked for anything else.",
]


def test_an_obituary_s_question_under_a_quoted_head_s_first_paragraph_is_text():
    heads = heads_of(*CHESS)
    assert "Did he ever lose a game to a pupil?" not in heads
    assert '"Think twice, then move once"' in heads


# item-level pages for questions_in_passing: heads flagged as the earlier rules leave them
PARA = (
    "The committee met for most of the afternoon and heard from residents of both villages, who "
    "described the flooding of the lower road in detail."
)
REPLY = "Twice in forty years, his pupils said, and both times he set the pieces up again."


def page(*texts: str) -> tuple[list[Item], list[bool]]:
    """Items of standalone lines ('|' a picture) and flags: a text starting '## ' is a head."""
    items = lines(*(t.removeprefix("## ") for t in texts))
    return items, [t.startswith("## ") for t in texts]


def test_a_question_under_a_quoted_head_s_first_paragraph_is_text():
    items, flags = page(
        PARA,
        "## The first title took years. The next came faster.",
        PARA,
        PARA,
        '## "Think twice, then move once"',
        PARA,
        "## Did he ever lose a game to a pupil?",
        REPLY,
        "|",
        "## In his last years he taught from an armchair by the window",
        PARA,
        PARA,
    )
    assert questions_in_passing(items, flags) == [6]


def test_a_question_under_a_statement_head_s_first_paragraph_is_text():
    items, flags = page(
        PARA,
        "## She was a fisherman's daughter first.",
        PARA,
        "## Would she ever have gone back to sea?",
        "One winter on her father's boat in 1957 was enough, she said, spent sick over the side.",
        "## The bakery began as a favour.",
        PARA,
        PARA,
        "## The hatch was her idea.",
        PARA,
        PARA,
        PARA,
    )
    assert questions_in_passing(items, flags) == [3]


def test_a_question_under_a_long_head_s_first_paragraph_is_text():
    items, flags = page(
        PARA,
        "## Why the harbour wall matters more than the new marina to the island's fishermen",
        PARA,
        "## Is the marina any use to them?",
        "The moorings are. The rest of it was built for yachts that come for a week in August.",
        "|",
        '## "Nobody asked the boats"',
        PARA,
        PARA,
        "## The council will vote in May.",
        PARA,
        PARA,
    )
    assert questions_in_passing(items, flags) == [3]


def test_a_guide_of_one_paragraph_sections_keeps_its_question_head():
    # near miss: every section is one paragraph, the question's as long as the others
    items, flags = page(
        PARA,
        "## Getting to the island",
        PARA,
        "## Where to sleep if you want quiet",
        PARA,
        "## Is the ferry worth booking ahead?",
        PARA,
        "## Where to eat",
        PARA,
        "## When to go",
        PARA,
    )
    assert questions_in_passing(items, flags) == []


def test_a_closing_question_and_a_question_over_two_lines_stay_heads():
    # near misses: the page's last head is its verdict; a reply and a punchy line make a section
    closing = page(
        PARA,
        "## The hits are here.",
        PARA,
        PARA,
        '## "Nobody asked the boats"',
        PARA,
        PARA,
        "## The harbour wall held.",
        PARA,
        "## Is it too long?",
        REPLY,
    )
    assert questions_in_passing(*closing) == []
    two = page(
        PARA,
        "## The hits are here.",
        PARA,
        PARA,
        '## "Nobody asked the boats"',
        PARA,
        "## Is it too long?",
        REPLY,
        "Short songs. Long album.",
        "|",
        "## The harbour wall held.",
        PARA,
        PARA,
    )
    assert questions_in_passing(*two) == []


def test_a_topic_s_question_under_a_first_paragraph_stays_a_head():
    # near miss: a question word asks afresh, no yes or no
    items, flags = page(
        PARA,
        "## She was a fisherman's daughter first.",
        PARA,
        "## Where did the money go?",
        REPLY,
        "## The bakery began as a favour.",
        PARA,
        PARA,
        "## The hatch was her idea.",
        PARA,
        PARA,
    )
    assert questions_in_passing(items, flags) == []


def test_asked_under_a_first_paragraph():
    items, flags = page(
        PARA,
        "## A head.",
        PARA,
        "## Did it work?",
        REPLY,
        "## Another head.",
        PARA,
        "## Who pays?",
        PARA,
        "## The end.",
        PARA,
    )
    heads = [k for k, flag in enumerate(flags) if flag]
    bare = 2
    assert asked_under_a_first_paragraph(items, flags, heads, bare, 1)
    assert not asked_under_a_first_paragraph(items, flags, heads, bare, 3)  # 'Who pays?'
    assert not asked_under_a_first_paragraph(items, flags, heads, bare, 0)  # no head above


def test_runs_longer():
    assert runs_longer({1: (2, 300), 5: (1, 80), 8: (3, 400)}, [1, 5, 8], {5})
    assert not runs_longer({1: (1, 300), 5: (1, 80), 8: (1, 400)}, [1, 5, 8], {5})
    assert not runs_longer({5: (1, 80)}, [5], {5})
