"""heads82: a FAQ's reader's question set wholly in quotation marks heads its section over an
answer longer than the question (QUOTED_ANSWER_RATIO), where a stated question under no marks
still wants ANSWER_RATIO times its length; with it standing, the FAQ's statement head and the
questions asked inside its answers are read as heads80's rules read them. Made-up exports
written as blocks, with near misses that change one thing each."""

from __future__ import annotations

from api.parser.heading_questions import (
    ANSWER_RATIO,
    QUOTED_ANSWER_RATIO,
    answer_ratio,
    is_stated_question,
)
from tests.parser.exports import COSTED, HERON_PICTURE, LONG, heads_of

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
