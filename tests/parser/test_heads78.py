"""heads78: fresh48's misses as the reader's rules. A numbered series of four members or more,
each over its section, carries itself with one head standing (a guide's outline), unless its
members speak in the first person (a phone-in's turns). Made-up exports written as blocks, with
near misses that change one thing each."""

from __future__ import annotations

from api.parser.heading_long_heads import stretched_within
from api.parser.heading_numbered_runs import carries_itself, numbered_series, speaks_in_turn
from api.parser.heading_series import is_statement_form
from api.parser.heading_signoffs import signs_its_letter, valediction_sign_offs
from api.parser.headings import asked_inside_an_item
from api.parser.layout import Line
from tests.parser.exports import heads_of, lines

# a visa guide: 'Step N:' heads of one sentence, of two, a question and a long clause
LONG_VISA_STEP = (
    "Step 4: Pay the fee at the consulate's own counter even if the travel agent downstairs "
    "offers to do it for you for a small charge and a faster queue"
)
VISA = [
    "ODRENA — Students from outside the union need a study visa for any course longer than three "
    "months, and the consulate has changed the way it takes applications this year.",
    "Step 1: Book an appointment online.",
    "The consulate's booking page opens at nine every Monday and the week's slots are usually "
    "gone by noon, so it is worth having the passport number ready before the page opens.",
    "Step 2: Print the letter. Sign every page.",
    "The university sends the admission letter by email, but the consulate accepts only paper "
    "copies signed by the student, and an unsigned page sends the file back to the start.",
    "Step 3: Which bank statement do they want?",
    "Three months of statements showing the student's own name, stamped by the bank, and a "
    "letter from the sponsor if the money is a parent's rather than the student's own.",
    LONG_VISA_STEP,
    "The agents' charges are not refunded when an application fails, the consulate says.",
    "Step 5: Collect the passport in person.",
    "The consulate does not post passports back, and a friend collecting one needs a signed "
    "letter and a copy of the student's identity card, which few people think to bring.",
    "If the consulate says no",
    "A refusal can be appealed within thirty days, in writing, and the university's student "
    "office will help with the letter, which must quote the reference on the refusal notice.",
]


def test_a_guide_s_steps_carry_themselves_with_one_standing():
    assert heads_of(*VISA) == [
        "Step 1: Book an appointment online.",
        "Step 2: Print the letter. Sign every page.",
        "Step 3: Which bank statement do they want?",
        LONG_VISA_STEP,
        "Step 5: Collect the passport in person.",
        "If the consulate says no",
    ]


# a hiking guide: 'Stage N:' heads, stopped, over sections of a paragraph and a line
TRAIL = [
    "The coast path from Harrow Point to Selvig takes four days at an easy pace, and the huts "
    "along the way are open to walkers from the first of May until the end of September.",
    "Stage 1: Start early from the lighthouse.",
    "The first day climbs for three hours before the path levels out above the cliffs, and the "
    "only water on the way is at the farm gate halfway up, which is easy to walk past.",
    "Stage 2: Where do you sleep on the second night?",
    "The hut at Brenna has twelve bunks and no warden; the key is kept at the shop in the village "
    "below, which closes at six and does not open again until the morning.",
    "Stage 3: Cross the river at low tide.",
    "The ford is knee deep at low water and impassable two hours either side of high tide, and "
    "the tide tables are pinned up in both huts for anyone who forgot to bring them.",
    "Stage 4: Take the bus back from Selvig.",
    "Two buses a day run back to Harrow Point along the main road, the last at half past five, "
    "and the driver will stop anywhere on the way if you ask him at the start.",
]
TRAIL_END = [
    "Before you set off",
    "The huts take no bookings, and in August the last walkers of the day often sleep on the "
    "floor, so a mat is worth its weight in the pack even on the driest of summers.",
]


def test_a_trail_s_stages_carry_themselves():
    assert heads_of(*TRAIL, *TRAIL_END) == [
        "Stage 1: Start early from the lighthouse.",
        "Stage 2: Where do you sleep on the second night?",
        "Stage 3: Cross the river at low tide.",
        "Stage 4: Take the bus back from Selvig.",
        "Before you set off",
    ]


def test_three_stages_over_their_sections_are_a_series():
    # heads79: three members, each standing between paragraphs over its section, are a
    # guide's outline whatever their stop (heads78 wanted four with one standing)
    assert heads_of(*TRAIL[:7], *TRAIL_END) == [
        "Stage 1: Start early from the lighthouse.",
        "Stage 2: Where do you sleep on the second night?",
        "Stage 3: Cross the river at low tide.",
        "Before you set off",
    ]


MARKET_LONG = (
    "3) Bring small notes and coins for the drinks because the sellers at the back of the "
    "market never have change for anything larger than a ten after dark"
)
# a market listicle: bare '1)' members, a question among statements and a clause
MARKET = [
    "The night market behind the bus station opens at six and closes when the last stall runs "
    "out of food, which on a Friday can be well after midnight, the traders say.",
    "1) Go hungry. Share everything.",
    "Most dishes come in small plates meant for two, and the stalls nearest the entrance are "
    "the busiest, not the best, so it pays to walk the whole length before ordering anything.",
    "2) Which stall sells the fish stew?",
    "The stew is made by one family at the far end, under the blue awning, and it usually sells "
    "out by nine, so the regulars go there first and come back for the rest later on.",
    MARKET_LONG,
    "The drinks sellers rarely have change for large notes, and the cash machine at the station "
    "is often empty by the evening, when the queues for it stretch down the platform.",
    "4) Leave room for the pancakes.",
    "The pancake stall by the gate is the last one to close, and its banana pancakes, cooked on "
    "a flat iron over charcoal, are what most people remember about the night.",
    "Getting there",
    "The market is a five-minute walk from the station's north exit, and the last train back to "
    "the centre leaves at twenty to one, which most visitors find is just about enough.",
]


def test_a_listicle_s_bare_members_carry_themselves():
    assert heads_of(*MARKET) == [
        "1) Go hungry. Share everything.",
        "2) Which stall sells the fish stew?",
        MARKET_LONG,
        "4) Leave room for the pancakes.",
        "Getting there",
    ]


def test_a_phone_in_s_turns_said_in_the_first_person_are_no_series():
    blocks = [
        "The council's budget phone-in ran for an hour on Thursday, and the leader took calls "
        "from every ward, some of them angrier than she had been warned to expect.",
        "Caller 1: I want to ask about the library.",
        "The leader said the library would stay open three days a week and that volunteers "
        "would run it on the other two, as they already did in the next town along the coast.",
        "Caller 2: My road has not been gritted all winter.",
        "The leader said the gritting lorries had been sent to the main roads first and promised "
        "to look at the side streets once the forecast frost had passed, which it had not.",
        "Caller 3: Why is the pool still shut?",
        "The leader said the pool's roof needed repairs that the council could not afford this "
        "year, and that the school would use the pool in the next town until it was mended.",
        "Caller 4: We were promised a new bus shelter.",
        "The leader said the shelter had been ordered in the autumn and would go up in March, "
        "along with two more on the same route, once the pavement had been relaid.",
    ]
    assert not [head for head in heads_of(*blocks) if head.startswith("Caller")]


SECTION = "The wardens check the bags of the day visitors at random on the way back to the quay."


def test_carries_itself():
    items = lines(
        "Intro text ends here.",
        "Tip 1: Go early.",
        SECTION,
        "Tip 2: Pay cash",
        SECTION,
        "Tip 3: Which boat?",
        SECTION,
        "Tip 4: Sit on the left. It is sunnier.",
        SECTION,
    )
    run = [1, 3, 5, 7]
    flags = [False] * len(items)
    assert carries_itself(items, run, flags)  # none standing (heads79: the page's only heads)
    flags[5] = True
    assert carries_itself(items, run, flags)
    assert numbered_series(items, list(range(len(items))), flags) == run
    assert carries_itself(items, run[:3], flags)  # three members (heads79)
    assert not carries_itself(items, run[:2], flags)  # two may be chance
    packed = [*items[:7], Line("Tip 4: Sit on the left.", True), Line("5. Bring a coat.", True)]
    assert not carries_itself(packed, run, flags)  # the last member over a list's item


def test_speaks_in_turn():
    assert speaks_in_turn("Caller 1: I want to ask about the bins.")
    assert speaks_in_turn("Juror 4: Thank you for my time.")
    assert speaks_in_turn("Caller 3: We were told it would open.")
    assert not speaks_in_turn("Step 1: Get your form from the office.")
    assert not speaks_in_turn("Tip 2: Irons are cheaper in the market")


# a question asked inside a series' item, read once the series' members stand
def test_a_question_inside_a_step_answered_before_the_next_step_is_its_text():
    blocks = [
        *VISA[:3],
        "What if no slot is free?",
        "Try again at noon, when the slots of those who did not confirm are put back online.",
        *VISA[3:],
    ]
    heads = heads_of(*blocks)
    assert "What if no slot is free?" not in heads
    assert "Step 2: Print the letter. Sign every page." in heads


def test_a_question_inside_a_stage_is_its_text():
    blocks = [
        *TRAIL[:5],
        "Is the river ever too high?",
        "After heavy rain, yes: wait for the morning.",
        *TRAIL[5:],
        *TRAIL_END,
    ]
    heads = heads_of(*blocks)
    assert "Is the river ever too high?" not in heads
    assert "Stage 3: Cross the river at low tide." in heads


def test_a_question_inside_a_listicle_s_item_is_its_text():
    blocks = [
        *MARKET[:5],
        "Is it spicy?",
        "Very, unless you ask for it mild.",
        *MARKET[5:],
    ]
    heads = heads_of(*blocks)
    assert "Is it spicy?" not in heads
    assert MARKET_LONG in heads


def test_asked_inside_an_item_reads_the_members_standing():
    items = lines(
        "Intro text ends here.",
        "Step 1: Go early.",
        SECTION,
        "What if it shuts?",
        "Ring the office.",
        "Step 2: Pay cash",
        SECTION,
    )
    flags = [False, True, False, True, False, True, False]
    assert asked_inside_an_item(items, flags) == [3]
    # near misses: the next step not standing yet, a reply longer than the step's text, the
    # next head no member
    assert asked_inside_an_item(items, [False, True, False, True, False, False, False]) == []
    longer = [*items[:4], Line(SECTION + " It opens again at noon.", True), *items[5:]]
    assert asked_inside_an_item(longer, flags) == []
    other = [*items[:5], Line("If the office says no", True), SECTION]
    assert asked_inside_an_item(other, flags) == []


# a column's close: a valediction and the columnist's name, over a write-in note at most
ADVICE = [
    "Every fortnight, Aunt Mirela answers your questions about money, family and the neighbours.",
    "My brother owes me rent. Do I ask?",
    "Dear Aunt Mirela, my brother has lived in my spare room since March and has paid me for "
    "two of the seven months, always with a story about a job that is about to start.",
    "Dear Owed, yes, and in writing, so that neither of you can later remember it differently "
    "from the other, which is how most of these quarrels between brothers really start.",
    "The neighbour plays drums at midnight",
    "Dear Aunt Mirela, the young man next door plays the drums after midnight on weeknights, and "
    "my husband, who starts work at six, has begun to talk about calling the police on him.",
    "Dear Sleepless, knock on his door first, in daylight, with a cake, and ask him what time "
    "would suit him to stop, before anybody in either house says the word police again.",
]


def test_a_column_s_valediction_over_its_write_in_note_is_no_head():
    heads = heads_of(
        *ADVICE, "Love, Aunt Mirela", "Write to Aunt Mirela at the address on page two."
    )
    assert "Love, Aunt Mirela" not in heads
    assert "The neighbour plays drums at midnight" in heads


def test_a_column_s_valediction_closing_the_page_is_no_head():
    assert "Best wishes, Aunt Mirela" not in heads_of(*ADVICE, "Best wishes, Aunt Mirela")


def test_a_gardening_column_s_valediction_is_no_head():
    blocks = [
        "Tomas Berg, who has kept the allotment society's advice stall for twenty summers, "
        "answers readers' questions about balconies, pots and the neighbours' slugs.",
        "Can I grow potatoes in a bag?",
        "Yes, in any bag that lets the water out, and a compost sack turned inside out does very "
        "well, as long as it stands somewhere that gets the sun for most of the afternoon.",
        "Why are my tomato leaves curling?",
        "Most often the plant is thirsty, then drowned, then thirsty again, and the leaves curl "
        "to hold what water they have; water it a little every evening instead of a lot weekly.",
        "Until next week, Tomas",
        "Send your questions to the garden desk.",
    ]
    assert "Until next week, Tomas" not in heads_of(*blocks)


def test_valediction_sign_offs_near_misses():
    review = lines(
        "The festival's closing film was the one nobody had heard of on the first day.",
        "Love, Simon",
        "The film follows a boy in his last year at school who has not told anyone his secret, "
        "and the festival audience stood to applaud it for a full five minutes.",
        "It opens in cinemas across the country in the spring, with a wider release in May.",
    )
    flags = [False, True, False, False]
    assert valediction_sign_offs(review, flags) == []  # a head over a section of two lines
    unnamed = lines("The letters will be answered next week in the same place.", "Love, Ruth")
    assert valediction_sign_offs(unnamed, [False, True]) == []  # a name the page never names
    named = lines("Ruth answers your letters every week in the same place.", "Love, Ruth")
    assert valediction_sign_offs(named, [False, True]) == [1]


# a long head without a stop among quoted heads, the page's closing section running on
P_A = (
    "Doctors at the city hospital say they hear it every winter, and it is not true: a cold "
    "shower wakes you up and may lift the mood, but it does nothing at all to the virus, which "
    "has settled in the nose and throat long before the first sneeze gives it away."
)
P_B = (
    "The pills do no harm in the doses sold at the chemist, the pharmacists' association says, "
    "but the trials that looked for an effect on catching a cold found none worth the money, "
    "except among marathon runners and soldiers training in the snow for weeks."
)
P_C = (
    "Half right. A draught does not carry the virus, but people who are cold huddle indoors "
    "with the windows shut, and that is where colds pass from one person to the next."
)
P_D = (
    "A fever is the body's own way of fighting the infection, and piling on blankets to make it "
    "worse only leaves the patient thirsty, tired and, in small children, at risk of a fit."
)
P_E = (
    "They do not. Antibiotics kill bacteria, and colds are caused by viruses, so a course of "
    "them does nothing for the cold and a good deal for the resistant bacteria in the gut."
)
CLOSING = (
    "What does help is dull: rest, water, honey in hot water for the throat, and staying at home "
    "for the first two days, when the cold is most catching, rather than taking it to work."
)
LONG_MYTH = (
    "Sitting in a draught after a hot bath is how most people catch the colds they blame on "
    "the weather outside in January"
)
MYTHS = [
    "Winter brings colds, and colds bring advice, most of it handed down from grandparents "
    "who had it from theirs. We asked three doctors which of it holds up.",
    "“Cold showers cure a cold”",
    P_A,
    "“Vitamin C pills stop you catching one”",
    P_B,
    LONG_MYTH,
    P_C,
    "“Sweat out a fever under the blankets”",
    P_D,
    "“Antibiotics will clear it up faster”",
    P_E,
    "Is a flu jab worth having?",
    P_A.replace("Doctors", "Nurses"),
    CLOSING,
    P_B.replace("pills", "drops"),
]


def test_a_long_head_among_quoted_heads_before_a_running_closing_section():
    assert LONG_MYTH in heads_of(*MYTHS)


def test_a_long_head_bounded_by_a_short_section_stays_text():
    # near miss: the clause closes a section of one short line, a section's share it is not
    blocks = [*MYTHS[:4], "The trials say no.", LONG_MYTH, P_B, P_C, *MYTHS[7:]]
    assert LONG_MYTH not in heads_of(*blocks)


LONG_TOWN_HEAD = (
    "The old harbour is where the town still does its business even now that the ferries have "
    "moved to the new quay"
)


def test_a_long_head_among_plain_heads_before_a_closing_section_with_a_list():
    blocks = [
        "Brask is a town most visitors pass through on the way to the islands, which is a pity, "
        "because it has more to offer than the ferry terminal suggests.",
        "Where to stay",
        P_A.replace("Doctors at the city hospital", "Hoteliers in the old town"),
        "What to eat",
        P_B.replace("pills", "pastries"),
        LONG_TOWN_HEAD,
        P_D,
        "Getting around",
        P_C,
        P_E,
        "You will need:",
        "  • a bus card from the kiosk;",
        "  • good shoes for the cobbles;",
        "  • a coat, whatever the month.",
        CLOSING,
        P_A.replace("Doctors", "Guides"),
    ]
    assert LONG_TOWN_HEAD in heads_of(*blocks)


LONG_QUESTION_PAGE_HEAD = (
    "The referee's decision to play on after the clash of heads was the one the home fans will "
    "not forgive this season"
)


def test_a_long_head_among_question_heads_before_a_running_closing_section():
    blocks = [
        "Rovers lost 2-1 at home to Vale on Saturday, and the manager's post-match interview "
        "was shorter than the stoppage time the referee added at the end.",
        "Why did Rovers start so slowly?",
        P_A.replace("Doctors at the city hospital", "Coaches at the club"),
        "What changed at half-time?",
        P_B.replace("pills", "substitutes"),
        LONG_QUESTION_PAGE_HEAD,
        P_D,
        "Who impressed?",
        P_C,
        P_E,
        CLOSING,
        P_A.replace("Doctors", "Pundits"),
        P_D.replace("fever", "defeat"),
    ]
    assert LONG_QUESTION_PAGE_HEAD in heads_of(*blocks)


# a long head without a stop over a reader's letter signed on its last line
LONG_LETTER_HEAD = (
    "Our daughter wants to spend the summer working on her uncle's boat instead of coming on "
    "the family holiday we booked in March"
)
SIGNED_LETTER = (
    "Dear Aunt Mirela, she is seventeen and the boat pays well, but her grandmother will be at "
    "the holiday and may not see many more summers. Who gives way? — Torn in Vellmar"
)


def column_with(head: str, letter: str) -> list[str]:
    """An advice column of two letters under heads, the last under `head`."""
    return [
        *ADVICE,
        "The school wants a laptop for every child",
        "Dear Aunt Mirela, the school has written to say that every child in the first year "
        "will need a laptop from September, and we have three children starting in the same week.",
        "Dear Counting, ask the school for its own scheme first: most of them lend laptops to "
        "families with more than one child starting, and few parents think to ask for one.",
        head,
        letter,
        "Dear Torn, let her go for most of the summer and ask her to come for the one week her "
        "grandmother is there; she will remember the week long after she has spent the money.",
        "A neighbour in the same street told us she had done exactly that with her own son.",
    ]


def test_a_long_head_over_a_signed_letter_is_a_head():
    assert LONG_LETTER_HEAD in heads_of(*column_with(LONG_LETTER_HEAD, SIGNED_LETTER))


def test_a_long_head_over_a_letter_signed_with_an_en_dash_is_a_head():
    letter = SIGNED_LETTER.replace(" — Torn in Vellmar", " – Torn, Vellmar")
    assert LONG_LETTER_HEAD in heads_of(*column_with(LONG_LETTER_HEAD, letter))


def test_a_long_head_over_a_signed_statement_letter_is_a_head():
    letter = SIGNED_LETTER.replace("Who gives way?", "Somebody has to give way.")
    assert LONG_LETTER_HEAD in heads_of(*column_with(LONG_LETTER_HEAD, letter))


def test_signs_its_letter():
    assert signs_its_letter("She cries every night. — Split in Portmore")
    assert signs_its_letter("Who gives way? – Torn, Vellmar")
    assert signs_its_letter("“Is that fair?” — Worried Mum")
    assert not signs_its_letter("The plan had a gap — and then the money ran out")
    assert not signs_its_letter("He left. — the mayor said so.")
    assert not signs_its_letter("It is fine.")


def test_a_long_clause_over_a_paragraph_ending_on_an_aside_stays_text():
    # near miss: the paragraph under it ends on a dash's aside, no sentence's end, no signature
    letter = SIGNED_LETTER.replace("Who gives way? — Torn in Vellmar", "who gives way — and when")
    assert LONG_LETTER_HEAD not in heads_of(*column_with(LONG_LETTER_HEAD, letter))


# a statement head among question heads of uneven lengths: the statements' spread is its own
ELECTION = [
    "KALVE — Polls closed at eight on Sunday in the country's second free election, and the "
    "counting began at once in the schools and halls that served as polling stations.",
    "When will the results be known?",
    "The electoral board says it will publish provisional results by Wednesday evening, "
    "constituency by constituency, starting with the capital and the port towns.",
    "Who is standing?",
    "Four candidates are on the ballot, including the sitting president, a former central bank "
    "governor, a lawyer who ran five years ago and a businessman new to politics.",
    "What happens if nobody gets more than half the votes cast on Sunday?",
    "Then the top two meet in a run-off three weeks later. It happened once before, in the first "
    "election, and the turnout fell by a third between the two rounds of voting.",
    "The provisional count is not the final word.",
    "Candidates have ten days to challenge the provisional results before the supreme court, "
    "which must rule within a month, and the board cannot declare a winner until it has.",
    "Has the court ever changed a result?",
    "Not a presidential one, though it ordered reruns in two districts after the last election.",
    "Are there observers?",
    "Yes. A regional mission of about thirty people has visited polling stations across the "
    "country, and it will give its first verdict on Tuesday morning in the capital.",
    "It will look at three things: the calm of the day, the secrecy of the vote and the count.",
    "Will the losers accept the result?",
    "All four candidates signed a pledge last month to take any dispute to the court rather "
    "than to the street, and the churches have offered to mediate if it comes to that.",
]


def test_a_statement_head_among_question_heads_of_uneven_lengths():
    heads = heads_of(*ELECTION)
    assert "The provisional count is not the final word." in heads
    assert "Has the court ever changed a result?" not in heads  # a question in its text


def test_a_two_sentence_statement_head_among_question_heads():
    two = "The count is slow. The board says it is careful."
    blocks = [*ELECTION[:7], two, *ELECTION[8:]]
    assert two in heads_of(*blocks)


def test_a_statement_head_among_question_heads_asked_short_and_long():
    blocks = [
        *ELECTION[:3],
        "Who is on the ballot?",
        *ELECTION[4:5],
        "What happens if nobody gets more than half of all the votes cast across the country?",
        *ELECTION[6:],
    ]
    assert "The provisional count is not the final word." in heads_of(*blocks)


def test_a_short_statement_among_long_statements_keeps_the_spread():
    # near miss: the statements themselves spread over three times, a punchy line among heads
    blocks = [
        ELECTION[0],
        "The capital voted early and in numbers that surprised the board.",
        ELECTION[2],
        "Four candidates were on a ballot that most voters found easy to read.",
        ELECTION[4],
        "Few did.",
        ELECTION[6],
        "The provisional count is not the final word on who won the election.",
        ELECTION[8],
    ]
    assert "Few did." not in heads_of(*blocks)


def test_is_statement_form():
    assert is_statement_form("The count is not the last word.")
    assert is_statement_form("Rents rose. Stalls left.")
    assert not is_statement_form("Who is standing?")
    assert not is_statement_form("Results")


def test_stretched_within():
    long_head = "Okafor went with the pacemakers and kept going when they dropped out at 25km"
    items = lines("Intro.", long_head, SECTION, "A" + " word" * 30, SECTION, "Results", SECTION)
    assert not stretched_within(items, [1, 5], 3)  # far longer than its long sibling
    assert stretched_within(items, [5], 3)  # no long head standing
    near = lines("Intro.", long_head, SECTION, long_head + " in the rain", SECTION)
    assert stretched_within(near, [1], 3)
