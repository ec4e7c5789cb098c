"""heads76: heads ending in '.' and long heads without a stop judged by the page's rhythm. A
numbered series' members take the series' verdict whatever their stop or length ('Step 1: Sign
it.' among 'Step 2: Pay' and 'Step 3: Which reef?'), and a statement line inside a member's text
is the text's. Made-up articles written as blocks, with near misses that change one thing each:
a caller's numbers met again, numbered paragraphs, one member flagged alone."""

from __future__ import annotations

import pytest

from api.parser.heading_long_heads import within_its_text
from api.parser.heading_numbered_runs import (
    in_its_place,
    numbered_series,
    series_siblings,
    text_of_a_member,
)
from api.parser.heading_sentences import is_elliptical
from api.parser.heading_series import closes_the_page, heads_of_a_series, punchy_under
from api.parser.layout import Line
from tests.parser.exports import heads_of, lines

# a permit guide: 'Step N:' heads, of one sentence, of two, a question, a long clause
LONG_STEP = (
    "Step 4: Book the ferry back from the island at the harbour office before the last bus "
    "leaves because the wardens count every seat on the boat"
)
FERRY = [
    "PORT ELRIN — Visitors to the Skarra nature reserve now need a permit for every night they "
    "spend on the island, and the wardens have started turning back boats without one.",
    "Here is how to get one without losing a day of the trip.",
    "Step 1: Register online before you travel.",
    "The reserve's site asks for a name, a passport number and the dates of the stay, and sends "
    "a code by text message within the hour, or by the next morning at weekends.",
    "Step 2: Pay the landing fee at the kiosk",
    "The kiosk on the quay takes cards only, and the queue is longest when the morning boat "
    "comes in, so most walkers pay the evening before and keep the paper slip.",
    "Step 3: Which huts can you sleep in?",
    "Four of the six huts are open from May to September; the two on the north shore stay shut "
    "until the terns have left their nests, usually in the second week of July.",
    "The wardens post the dates on the board at the quay.",
    LONG_STEP,
    "The last bus leaves at six, and the boat waits for it.",
    "Step 5: Take every scrap of rubbish home.",
    "There are no bins on the island, and the wardens check the bags of the day visitors at "
    "random on the way back, with a fine for anyone caught leaving litter on the paths.",
]


def test_a_guide_s_steps_take_their_series_verdict_whatever_their_stop():
    assert heads_of(*FERRY) == [
        "Step 1: Register online before you travel.",
        "Step 2: Pay the landing fee at the kiosk",
        "Step 3: Which huts can you sleep in?",
        LONG_STEP,
        "Step 5: Take every scrap of rubbish home.",
    ]


# a listicle of '1)' heads: a 27-word member, a short last one over a punchy line
LONG_ITEM = (
    "4) The market at Dunmarra closes earlier than the guidebooks say and the best stalls pack "
    "up well before noon on the days the coaches come in from the coast"
)
MARKETS = [
    "The hill towns of the Carrow valley hold a market in a different square every day of the "
    "week, and a visitor who plans well can see all of them in a fortnight.",
    "Here is what we learned.",
    "1) Go on a weekday. The crowds come at weekends.",
    "The Saturday markets draw coaches from the coast, and by eleven the narrow streets are "
    "full; on a Tuesday you will share the square with farmers and their dogs.",
    "2) Cash still rules the cheese stalls",
    "Most of the bigger stalls take cards now, but the cheesemakers who come down from the high "
    "pastures do not, and they are the reason to go.",
    "3) Why do the bells ring at ten?",
    "They mark the end of the wholesale hour, when the restaurant buyers leave and the prices "
    "for everyone else come down by a third.",
    LONG_ITEM,
    "We arrived at half past eleven and found three stalls left and a man sweeping up.",
    "5) Bring a bag of your own",
    "Plastic bags were banned in the valley in 2021, and the paper ones sold at the stalls tear "
    "on the walk back to the car park.",
    "6) Go slowly.",
    "A fortnight is not long. We would take three.",
    "The valley's buses run twice a day, and the walks between the towns are the best part.",
]


def test_a_listicle_s_long_and_short_items_are_heads_the_punchy_line_under_one_text():
    assert heads_of(*MARKETS) == [
        "1) Go on a weekday. The crowds come at weekends.",
        "2) Cash still rules the cheese stalls",
        "3) Why do the bells ring at ten?",
        LONG_ITEM,
        "5) Bring a bag of your own",
        "6) Go slowly.",
    ]


def test_a_caller_s_number_met_again_makes_no_series():
    # a phone-in: 'Caller 1' speaks twice, the numbers are turns, not a series of heads
    blocks = [
        "The station's housing phone-in ran for an hour on Tuesday night, and the lines were full "
        "before the presenter had finished reading out the number.",
        "Caller 1: Why has my rent gone up twice this year?",
        "The presenter said the law allowed one rise a year and asked the caller to send in the "
        "letters, which the station's lawyer would read before the next programme.",
        "Caller 2: Who pays for a broken boiler?",
        "The lawyer said the council could order the repair, and that a tenant who asked for it "
        "in writing could not be evicted for asking, whatever the landlord had said.",
        "Caller 1: I have the letters here now.",
        "The presenter read one of them out and said it was the clearest case of the night, and "
        "the lawyer agreed to take it on without a fee if the caller wanted her to.",
    ]
    assert heads_of(*blocks) == []
    items = lines(*blocks)
    flags = [False, True, False, True, False, False, False]
    assert numbered_series(items, list(range(len(items))), flags) == []


# a column of 'Tip N:' heads: a stopped tip, a long one, a two-sentence one
LONG_TIP = (
    "Tip 3: Water the pots in the evening rather than the morning because the compost holds the "
    "water through the night and the leaves do not scorch"
)
BALCONY = [
    "A balcony of two square metres will grow more than most people think, says the gardener "
    "who has run the allotment society's advice stall for twenty summers.",
    "Tip 1: Start with herbs.",
    "Thyme, sage and rosemary forgive a missed watering, come back every year and cost less as "
    "plants than the bunches sold in the supermarket cost in a single month.",
    "Tip 2: Pick pots with holes in the bottom",
    "A pot that holds water drowns the roots within a week of heavy rain, and the plant looks "
    "thirsty when it is in fact sitting in a puddle, which fools most beginners.",
    LONG_TIP,
    "A saucer under each pot keeps the neighbours below on your side.",
    "Tip 4: Which tomatoes grow in a pot?",
    "The small cherry kinds, bred for hanging baskets, crop from July if they are sown indoors "
    "in March and moved out once the nights are warm enough for them.",
    "Tip 5: Feed them weekly. Stop in September.",
    "A liquid seaweed feed is enough, and the last fruit ripens on the windowsill if the frost "
    "comes early, as it did last year on most of the balconies in the town.",
]


def test_a_column_s_tips_take_their_series_verdict():
    assert heads_of(*BALCONY) == [
        "Tip 1: Start with herbs.",
        "Tip 2: Pick pots with holes in the bottom",
        LONG_TIP,
        "Tip 4: Which tomatoes grow in a pot?",
        "Tip 5: Feed them weekly. Stop in September.",
    ]


def test_numbered_paragraphs_of_a_recipe_stay_text():
    # each step a paragraph of three sentences or more: no member stands as a head
    blocks = [
        "This is the loaf the bakery on Mill Lane has sold every morning since 1962, and the "
        "owner agreed to share the method on condition that we did not print the flour's name.",
        "1) Mix the flour, the salt and the yeast. Add the water slowly. Stir until no dry flour "
        "is left in the bowl.",
        "2) Knead it for ten minutes. It should spring back when you press it. Leave it covered.",
        "3) Shape it after an hour. Put it in the tin. Leave it again until it has doubled.",
        "4) Bake it at 220C for forty minutes. Tap the bottom. It should sound hollow.",
    ]
    assert heads_of(*blocks) == []


PARAGRAPH = "The wardens check the bags of the day visitors at random on the way back to the quay."


def test_numbered_series_wants_two_members_standing():
    items = lines(
        "Intro text ends here.",
        "Step 1: Go.",
        PARAGRAPH,
        "Step 2: Pay",
        PARAGRAPH,
        "Step 3: Sleep.",
        PARAGRAPH,
    )
    alone = list(range(len(items)))
    assert numbered_series(items, alone, [False, False, False, True, False, True, False]) == [
        1,
        3,
        5,
    ]
    # one member standing alone makes no verdict to follow where the members do not carry
    # themselves (heads79: over sections shorter than them, a quiz's answers)
    quiz = [item if k % 2 else Line("Yes.", True) for k, item in enumerate(items)]
    quiz[0] = items[0]
    assert numbered_series(quiz, alone, [False, False, False, True, False, False, False]) == []
    flags = [False, False, False, True, False, True, False]
    assert series_siblings(items, numbered_series(items, alone, flags), flags) == [1]


def test_numbered_series_out_of_order_is_none():
    items = lines("Intro.", "Step 1: Go", PARAGRAPH, "Step 3: Pay", PARAGRAPH, "Step 2: Eat")
    assert numbered_series(items, list(range(6)), [False, True, False, True, False, True]) == []


def test_in_its_place():
    items = lines("Intro.", "Step 2: Pay. Then go.", PARAGRAPH, "Step 3: One. Two. Three.", "X.")
    assert in_its_place(items, 1)
    assert not in_its_place(items, 3)  # three sentences: a numbered paragraph
    long_stopped = Line(
        "Step 2: Turning the meat too often, which every cook does when nervous, stops a crust "
        "from forming on either side.",
        True,
    )
    assert not in_its_place([items[0], long_stopped, items[2]], 1)  # a numbered paragraph
    long_clause = Line(long_stopped.text[:-1], True)
    assert in_its_place([items[0], long_clause, items[2]], 1)  # a long head without a stop
    packed = lines("Two fixes:", "1. Oil it.", "2. Tighten it.", PARAGRAPH)
    assert not in_its_place(packed, 1)  # after a lead-in, over the next number


def test_text_of_a_member():
    items = lines(
        "Step 1: Print it.",
        PARAGRAPH,
        "Phones are not enough. Bring four copies.",
        "Step 2: Drive",
        PARAGRAPH,
        "Step 3: Go slowly.",
        "A week is not long. We would take two.",
        PARAGRAPH,
    )
    flags = [True, False, True, True, False, True, True, False]
    assert text_of_a_member(items, flags, [0, 3, 5]) == [2, 6]
    # a question between members is asked_inside_an_item's, a label head is no statement
    items[2] = Line("Why four?", True)
    items[6] = Line("Where to stay", True)
    assert text_of_a_member(items, flags, [0, 3, 5]) == []


def test_text_of_a_member_when_the_last_member_ends_the_page():
    items = lines("Step 1: Print it.", PARAGRAPH, "Step 2: Drive", PARAGRAPH, "Step 3: Go.")
    assert text_of_a_member(items, [True, False, True, False, True], [0, 2, 4]) == []


@pytest.mark.parametrize(
    "first, second, last",
    [
        ("Step 1: Sign it", "Step 2: Pay", "Step 3: Dive"),
        ("Step 1: Sign it", "Step 2: Pay", "Step 3: Go home."),
        ("1) Sign it", "2) Pay", "3) Rest"),
    ],
)
def test_an_export_ending_on_a_numbered_line_parses(first, second, last):
    # the series' last member is the page's last line: no text under it to read
    heads = heads_of(
        "Here is how the permit works for every visitor to the reserve this summer season.",
        first,
        PARAGRAPH,
        second,
        PARAGRAPH,
        last,
    )
    assert heads[:2] == [first, second]


# --- a statement series' closing head, a punchy line under a break's head -----------------

MILL_PICTURE = (
    "A water wheel turning beside a stone mill\n"
    "The wheel at Carrowmore mill in April 2025Odile Brannagh-Voss/Western Courier"
)
RACE_PICTURE = (
    "Two rowers crossing a finish line in a narrow boat\n"
    "The final stroke of the sculls on SaturdayPiet Marangoni/Western Courier"
)
# a regatta report: statement heads of one and two sentences, lone questions, a closing head
# over the page's last paragraph
REGATTA = [
    "CARROWMORE — Aoife Brennan-Takeda, a 19-year-old student from the lower town, won the "
    "single sculls at the Carrowmore regatta on Saturday, the first local winner in 30 years.",
    "Two thousand people. One narrow stretch of river.",
    "The regatta is rowed on the mill race, which is too narrow for two boats side by side.",
    "The favourite went out in the heats. She never saw it coming.",
    "Ilse Hartmann-Obi, the holder, had won all three of her races on Friday and was drawn "
    "against Brennan-Takeda in the last heat of the morning, on the slower of the two lines.",
    "Was it a shock?",
    "To everyone but Brennan-Takeda. She had watched the holder's races from the bank for "
    "three summers, she said, and knew she started slowly every time.",
    "It was her first regatta final. It will not be her last.",
    MILL_PICTURE,
    "The final lasted four minutes.",
    "Races on the mill race can take eight, and finals usually go to the last stroke. This one "
    "did not. Brennan-Takeda led from the start and was two lengths clear at the bridge.",
    "Why the bridge?",
    "It is the only place on the course where the crowd can see both boats at once.",
    RACE_PICTURE,
    "Then came the cup. It is called the Miller.",
    "The winner's prize is a silver cup, by tradition, made in 1884 and too heavy to lift with "
    "one hand. Brennan-Takeda lifted it with two and nearly dropped it on the judges.",
    "She laughed. So did the judges.",
    "The first places in the final:",
    "• 1. Aoife Brennan-Takeda (Carrowmore) 4:02\n• 2. Ilse Hartmann-Obi (Lisdara) 4:09\n"
    "• 3. Maud Okonjo-Reilly (Ballyfin) 4:15",
    MILL_PICTURE,
    "Next summer is a long way off. The training starts on Monday.",
    "The next regatta will be held in July on the same stretch. Brennan-Takeda said she would "
    "go back to her exams on Tuesday.",
    RACE_PICTURE,
]
REGATTA_HEADS = [
    "The favourite went out in the heats. She never saw it coming.",
    "The final lasted four minutes.",
    "Then came the cup. It is called the Miller.",
    "Next summer is a long way off. The training starts on Monday.",
]


def test_a_series_closing_head_and_the_punchy_line_under_a_break_s_head():
    assert heads_of(*REGATTA) == REGATTA_HEADS


def test_a_closing_line_over_a_closing_quotation_is_the_kicker_s_set_up():
    blocks = REGATTA[:-2] + [
        '"I will be back," she said, and carried the cup to the car with both hands.',
        RACE_PICTURE,
    ]
    assert "Next summer is a long way off. The training starts on Monday." not in heads_of(*blocks)


def test_one_line_over_the_last_paragraph_without_a_series_is_text():
    # an auction report of label heads: a line over the page's last paragraph is its ending
    blocks = [
        "The spring sale at Quill & Dorran raised £180,000 on Tuesday, almost twice the "
        "auctioneers' estimate, with a rocking horse the surprise of the afternoon.",
        "A painted rocking horse",
        "Carved for a miller's son in 1890, the horse has its original mane, a leather saddle "
        "and a brass plate with the boy's name, rubbed almost smooth by four generations.",
        "Estimate £600 to £900",
        "It sold for £3,900 to a dealer on the telephone.",
        "A tin of wartime letters",
        "Two hundred letters from one family, kept in a biscuit tin from 1941 to 1952, were "
        "expected to interest local historians and perhaps the county archive.",
        "Bidders thought otherwise.",
        "The next sale is on 14 March. Viewing starts two days before.",
    ]
    assert "Bidders thought otherwise." not in heads_of(*blocks)


def test_punchy_under():
    items = lines("Text.", "|", "Then came the cup.", "Text.", "She laughed.", "The places:")
    assert punchy_under(items, frozenset({2, 4}), 4)
    # the first after a paragraph, no break: the backward pass decides
    items[1] = Line("More text.", True)
    assert not punchy_under(items, frozenset({2, 4}), 4)


def test_closes_the_page():
    long = "The next regatta will be held in July on the same stretch of the mill race."
    items = lines("Text.", "Next summer is far. Training starts Monday.", long, "|")
    assert closes_the_page(items, 1, len(items))
    assert not closes_the_page(items, 1, 2)  # a head follows: no closing section
    items[2] = Line('"I will be back," she said, and went home with the cup.', True)
    assert not closes_the_page(items, 1, len(items))  # the kicker's set-up
    items[2] = Line("It rained.", True)
    assert not closes_the_page(items, 1, len(items))  # shorter than the line's ratio
    items.append(Line(long, True))
    assert not closes_the_page(items, 1, len(items))  # two lines: section_holds_text's


# --- long heads without a stop over sections of the page's own measure --------------------

LONG_SPICE = (
    "What the farm does best is leave the visitor alone with the trees for an hour and trust "
    "that the smell of the drying sheds will do the rest"
)
SPICE_PICTURE = (
    "Nutmeg fruit split open on a wooden tray\n"
    "Nutmeg drying at the Belmonte estate in MarchKwabena Ostrowski-Fall/Island Courier"
)
# a tour review: a star line, a quoted head, a statement head, a long head under the
# statement's first paragraph, a question head, a closing label
SPICE = [
    "★★★★☆",
    "Belmonte Spice Estate, St David's. Tours daily except Monday, EC$20 (about £6).",
    SPICE_PICTURE,
    "The track to Belmonte gives up a mile before the gate. Then the smell arrives: clove, "
    "then cinnamon, then something sweeter that turns out to be nutmeg drying in the sun.",
    "That is the whole tour, more or less.",
    "“My mother picked here, and her mother”",
    "Our guide, Delphine, says it twice in the first ten minutes, and the estate does its best "
    "to prove that nothing has been changed to please a visitor since her grandmother's day.",
    "Is that safe?",
    "The drying racks are fenced now. Delphine says they were not when she started.",
    "The drying shed is the best part.",
    "Nutmeg lies on wooden trays that slide in and out of the shed on rails, and women turn "
    "every fruit by hand twice a day, checking the mace for mould as they go along.",
    LONG_SPICE,
    "There is no gift shop, no video and no audio guide. You walk where you are told and smell "
    "what you are given.",
    "Is the chocolate any good?",
    "The estate's bars are made from its own cocoa at 70 per cent, bitter, grainy and oddly "
    "fruity, and the guide insists nobody leaves without trying all three kinds on offer.",
    "Would we buy more?",
    "We did. It is still unopened.",
    SPICE_PICTURE,
    "The verdict",
    "Go early, before the cruise coaches. Wear shoes you do not mind ruining.",
    SPICE_PICTURE,
    "The writer paid for her own tour. Tours can be booked at the gate; groups of more than "
    "ten should call ahead on the number on the estate's website.",
]


def test_a_long_head_under_a_head_s_first_paragraph_by_the_page_s_measure():
    heads = heads_of(*SPICE)
    assert LONG_SPICE in heads
    assert "The drying shed is the best part." in heads


def test_a_long_line_longer_than_the_paragraphs_around_it_is_text():
    longer = (
        LONG_SPICE + " and the guide who has worked here since she was a girl will tell you "
        "exactly which tree her own grandmother planted by the gate"
    )
    blocks = [longer if block == LONG_SPICE else block for block in SPICE]
    assert longer not in heads_of(*blocks)


def test_within_its_text():
    items = lines("Head", "A" * 150 + ".", "C" * 129, "B" * 114 + ".", "Next head")
    assert within_its_text(items, 2, 0, 4)
    items[1] = Line("A" * 100 + ".", True)
    assert not within_its_text(items, 2, 0, 4)  # longer than the paragraphs on both sides


# --- a closing 'do' whose object is named before it is no elliptical line ---------------


def test_a_head_over_a_line_closing_on_the_thing_it_does():
    worst = (
        "Looking back is the worst thing a sculler can do. Brennan-Takeda never did, and was two "
        "lengths clear at the bridge."
    )
    blocks = [worst if block.startswith("Races on the mill race") else block for block in REGATTA]
    assert heads_of(*blocks) == REGATTA_HEADS


@pytest.mark.parametrize(
    ("text", "elliptical"),
    [
        ("Stopping halfway is the worst thing a man can do.", False),
        ("It was all they could do, and they did it.", False),
        ("The least we can do. Then go.", False),
        ("I might do.", True),  # 'Will you come?' / 'I might do.': the verb in the text before
        ("Somebody could.", True),
        ("Several thousand of you do, every day.", True),
    ],
)
def test_is_elliptical_reads_a_done_thing(text: str, elliptical: bool):
    assert is_elliptical(text) is elliptical


def test_heads_of_a_series_take_one_label():
    items = lines(
        "“My mother picked here”", "Is the chocolate good?", "The verdict", "Results", "FIXTURES"
    )
    assert heads_of_a_series(items, [0, 1, 2])  # a review's closing label among sentences
    assert not heads_of_a_series(items, [0, 2, 3])  # two labels: a page of labels
    assert not heads_of_a_series(items, [0, 2])  # as many labels as sentences
    assert not heads_of_a_series(items, [0, 1, 4])  # a label in capitals
    inside = lines("“I never expected it”", "Final table", "Is it over?")
    assert not heads_of_a_series(inside, [0, 1, 2])  # a label inside the series
