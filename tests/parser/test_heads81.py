"""heads81: questions with no section of their own, and the writer's own questions. A letter's
closing question right over its writer's sign-off on a letters page closes the letter, as its
last line; a question in the writer's own person ('Would we buy one?'), answered at once by a
reply shorter than the page's usual section, is the review's text. Made-up exports written as
blocks, with near misses: a letter whose head is a question, a one-paragraph letter under a
question head, a question put to the reader, a writer's question over a section of its own, a
FAQ's questions in the first person."""

from __future__ import annotations

from api.parser.heading_asides import asks_itself, hedged
from api.parser.heading_signoffs import closes_its_letter, signed_letter_ends
from tests.parser.exports import HERON_PICTURE, heads_of, lines

# --- a letters page: closing questions over name-and-town sign-offs ---

HARBOUR_LETTERS = [
    "Letters should be under 300 words and carry your name and town. We may shorten them.",
    "“Shut the harbour road for a month and you shut the town”",
    "The council says the resurfacing cannot be done in stages. Nobody has explained why not.",
    "The harbour road is the only way down to the quay for the boats' lorries, the lifeboat crew "
    "and the school bus, and a month without it means a month of detours over the moor.",
    "Could the works not start after the herring season?",
    "Petra Lindqvist, Skarrow",
    "'A fence at the cliff path would save a life'",
    "I walk the cliff path most mornings. Last week a family with two small children stood at "
    "the very edge of the old quarry to take a photograph.",
    "A rail costs less than a rescue. The council should put one up before the summer.",
    "Oskar Brandt, Hollen Bay",
    "Why is the gala paying for the council's stage?",
    "Our gala committee has been told it must hire the stage from the council at 300 pounds a "
    "day. For twenty years the stage was lent to us free of charge.",
    "We raise our money from a tombola and a cake stall. That is a lot of cakes.",
    "Is this what the new charging policy means for every village event?",
    "Ruth Amesbury, Skarrow",
]


def test_a_letter_s_closing_question_over_its_sign_off_is_its_text():
    letters = HARBOUR_LETTERS
    assert heads_of(*letters) == [letters[1], letters[6], letters[10]]


ALLOTMENT_LETTERS = [
    "Your letters on the allotment rents, the bus timetable and the new car park.",
    "The rents are now beyond a pensioner's reach",
    "My plot at Ferris Lane cost me forty pounds a year when I took it on. It will cost ninety "
    "from April, and the water trough has not worked since the spring.",
    "Who on the committee voted for this?",
    "Dr Helen Marsh, Wickby",
    "A bus that leaves before the shops open",
    "The new timetable has the first bus from the estate leaving at twenty past nine, after the "
    "market stalls are set up and long after anyone with a job has had to be at work.",
    "Did anyone ask the people who ride it every day?",
    "Tom Adeyemi, by email",
    "The car park can wait",
    "The town does not need another car park on the old bowling green. It needs the bowling "
    "green, which was busy every summer evening until the council locked the gate.",
    "Graham Pike, Upper Wickby",
]


def test_each_letter_s_closing_question_is_text_under_plain_heads():
    assert heads_of(*ALLOTMENT_LETTERS) == [
        ALLOTMENT_LETTERS[1],
        ALLOTMENT_LETTERS[5],
        ALLOTMENT_LETTERS[9],
    ]


# a letters page whose letters are titled by questions, one closing on a question too
FERRY_LETTERS = [
    "Readers write on the ferry fares, the library hours and the harbour lights.",
    "Why does a return to the mainland cost more than a flight?",
    "A return on the morning ferry now costs sixty-two pounds for a foot passenger. The same trip "
    "by air, booked a week ahead, cost me forty-eight pounds last month.",
    "Who is paying for the new boat?",
    "Jonas Keel, Northport",
    "Where have the library's Saturday hours gone?",
    "The library used to open from ten until four on Saturdays. Now it shuts at one, which is "
    "when most of us who work in the week can finally get there with the children.",
    "Mairi Dunn, Eastwick",
    "The harbour lights are worth every penny",
    "I was on the last boat home in the gale on Tuesday. Without the new lights on the breakwater "
    "I doubt the skipper would have found the harbour mouth at all.",
    "Agnes Fairlie, Northport",
]


def test_question_heads_over_letters_stay_and_a_closing_question_is_text():
    assert heads_of(*FERRY_LETTERS) == [FERRY_LETTERS[1], FERRY_LETTERS[5], FERRY_LETTERS[8]]


def test_an_advice_column_s_question_head_over_a_one_paragraph_letter_stays():
    column = [
        "Our columnist answers your questions about pets.",
        "“She hides under the bed every time the doorbell rings. Should we worry?”",
        "Our rescue cat has been with us for a year and is fine with the family, but any visitor "
        "sends her under the bed for the rest of the day.",
        "Worried owner, Dunmere",
        "Probably not. Many rescue cats never warm to strangers, and a hiding place she can rely "
        "on is the best thing you can give her; make sure it stays hers.",
        "“He eats the other dog's food first. Is that normal?”",
        "Our two terriers are fed side by side, and the younger one always finishes the older "
        "one's bowl before he touches his own.",
        "Confused, Larch Hill",
        "Quite normal, and easily fixed: feed them in separate rooms and lift the bowls after ten "
        "minutes, whatever is left in them.",
    ]
    assert heads_of(*column) == [column[1], column[5]]


def test_closes_its_letter():
    items = lines("Text.", "Could it wait?", "Ana Moss, Alofi", "Next head", "Text.")
    assert closes_its_letter(items, frozenset({2}), 1)
    assert not closes_its_letter(items, frozenset({2}), 3)  # over text, not a sign-off
    assert not closes_its_letter(items, frozenset(), 1)  # no letters page
    pictured = lines("|", "Could it wait?", "Ana Moss, Alofi")
    assert not closes_its_letter(pictured, frozenset({2}), 1)  # no line of a letter above


def test_signed_letter_ends_keeps_the_dash_led_rule():
    items = lines(
        "Text.", "Am I selfish?", "— Cornered in Cleveland", "Text.", "Is it me?", "— Tired, Leeds"
    )
    assert signed_letter_ends(items, [1, 4]) == [1, 4]
    assert signed_letter_ends(items, [1, 4], frozenset({2})) == [1, 4]
    plain = lines("Text.", "Could it wait?", "Ana Moss, Alofi", "Head", "Text.")
    assert signed_letter_ends(plain, [1, 3], frozenset({2})) == [1]
    assert signed_letter_ends(plain, [1, 3]) == []


# --- a review's own rhetorical question under a question head's paragraph ---

BIKE_REVIEW = [
    "Ride test: a folding electric bike for a city of cobbles and canals",
    "Price: from £1,890",
    "Range: 60km (claimed); about 45km in our fortnight",
    "Amsterdam is a strange place to test an electric bike. The city is flat, everyone already "
    "rides, and a motor seems beside the point until you carry a week's shopping over a bridge.",
    "“I stopped taking the tram on the second day”",
    "That was the verdict of the reader who borrowed the bike for her commute from the west of "
    "the city. She charged it twice in ten days, both times at her desk.",
    "We rode it over cobbles, tram rails and the steep ramps of the ferry to the north bank, and "
    "the frame never rattled, though the saddle did.",
    "It folds in ten seconds and weighs too much to carry far",
    "The fold is quick and the latch is solid. At 19kg, though, it is a bike to wheel onto a "
    "train, not one to carry up three flights of stairs to a canal-house flat.",
    "The gears are fine and the brakes very good, even in the rain on the wet rails near the "
    "station, which is where most folding bikes we have tried lose their nerve.",
    "Where do you charge it if you live up four flights?",
    "This is the question for most of the city, where few flats have a shed or a hallway. The "
    "battery comes out and charges at a desk or a kitchen table in about four hours.",
    "Would we buy one?",
    "If we lived across the river, probably. For the centre, a cheap old bike still does it.",
    "Verdict",
    "Solid, quick to fold and a pleasure on the cobbles. Heavy for what it is.",
    "Prices correct at the time of publication. The maker lent the bike for this review.",
]


def test_a_review_s_own_question_under_a_question_head_is_text():
    assert heads_of(*BIKE_REVIEW) == [BIKE_REVIEW[4], BIKE_REVIEW[7], BIKE_REVIEW[10], "Verdict"]


def test_a_question_put_to_the_reader_there_stays_a_head():
    review = [line.replace("Would we buy one?", "Should you buy one?") for line in BIKE_REVIEW]
    assert "Should you buy one?" in heads_of(*review)


def test_a_writer_s_question_over_a_section_of_its_own_stays_a_head():
    review = list(BIKE_REVIEW)
    review[13] = (
        "If we lived across the river, probably. The ride home over the bridge in a headwind is "
        "where the motor earns its price, and the fold means it goes on the ferry for free, "
        "which over a year pays for a good part of the bike on its own, the maker says."
    )
    assert "Would we buy one?" in heads_of(*review)


def test_asks_itself():
    assert asks_itself("Would we buy one?", "If we lived here, probably. For town, no.")
    assert asks_itself("Would I pay that?", "Not at this price.")
    assert not asks_itself("Would you buy it?", "Not at this price.")  # put to the reader
    assert not asks_itself("Can I grow figs?", "Yes, in a pot.")  # a reader's, for advice
    assert not asks_itself("Why would we queue?", "Habit, mostly.")  # asks for a topic
    assert not asks_itself("Would we buy one?", "The rival is cheaper.")  # no reply
    assert not asks_itself("Would it sell?", "Not really.")  # no person of the writer's


def test_hedged():
    assert hedged("If we lived here, probably. More.")
    assert hedged("On a budget, not really.")
    assert not hedged("If we lived here, it would suit us.")
    assert not hedged("Probably.")


# a restaurant review: the critic's question deep in a statement head's section, a picture after
BISTRO_REVIEW = [
    "Review: a harbour bistro where the fish comes off the boat at the back door",
    "The Net Loft sits above the fish market at Carrow, in a room that was a sail maker's until "
    "the nineties, and it still smells faintly of tar when the windows are shut.",
    "The menu is short and changes at noon",
    "There are four starters and four mains, written on a board that the chef rubs out and "
    "rewrites when the afternoon boats come in, so the lunch menu is never the dinner one.",
    "We had hake with brown shrimps and a plate of grilled sardines, both cooked exactly, and a "
    "bowl of chips that disappeared before the fish did.",
    "Would I go back?",
    "If someone else were paying, certainly. The hake was the best we have eaten on this coast "
    "all year.",
    HERON_PICTURE,
    "The room is the real draw",
    "The long window looks straight down onto the quay, and from the corner table you can watch "
    "the boats unload while you eat what they landed the day before.",
    "Service was quick and friendly, though the wine list is thin and the coffee an afterthought "
    "at a place that charges this much for a plate of fish.",
    "Is dessert worth the wait?",
    "A tart of burnt cream arrived split and cold from the fridge, and the ice cream tasted of "
    "the freezer, which after two courses this good felt like a different kitchen.",
    "The bill for two, with a bottle of the house white, came to 140 pounds before service.",
]


def test_a_critic_s_own_question_inside_a_statement_section_is_text():
    assert heads_of(*BISTRO_REVIEW) == [BISTRO_REVIEW[2], BISTRO_REVIEW[8], BISTRO_REVIEW[11]]


# a tent review: the tester's question under a question head's paragraph, a hedged reply
TENT_REVIEW = [
    "Gear test: a two-person tent that weighs less than a bag of sugar",
    "We pitched it on a sea cliff in Pembrokeshire, in a Cairngorm bothy's garden and in a wet "
    "field in Wales, over three weekends of the kind of weather this country calls spring.",
    "It goes up in three minutes and comes down in two",
    "One pole, eight pegs and a colour-coded clip for every corner: the first pitch took us five "
    "minutes with the instructions, every one after it less than three without them.",
    "Packed, it is the size of a water bottle and slides into the side pocket of a day pack.",
    "Is it warm enough?",
    "At three degrees on the cliff, with a summer bag and a thin mat, we were cold by two in the "
    "morning, and the condensation on the inner was dripping by dawn.",
    "Would we take it up a mountain?",
    "If the forecast was settled, probably. In March, with snow still on the tops, we would "
    "want something heavier and a bag rated well below freezing.",
    "It is not built for two adults",
    "Two adults will sleep in it, just, if neither turns over. One adult and a rucksack is what "
    "it is really for, and the maker's own pictures show exactly that.",
    "The porch takes boots and a stove but not both at once, and not when it is raining.",
]


def test_a_tester_s_hedged_question_under_a_question_head_is_text():
    assert heads_of(*TENT_REVIEW) == [TENT_REVIEW[2], TENT_REVIEW[5], TENT_REVIEW[9]]


def test_a_faq_s_first_person_questions_stay_heads():
    faq = [
        "Everything you need to know about the new park-and-ride at Wickby.",
        "Can we bring the dog on the bus?",
        "Yes, on a lead. Dogs travel free and must stay off the seats.",
        "Do I need to book a space?",
        "No. The car park holds 600 cars and has never been full on a weekday.",
        "Can we pay in cash?",
        "Not on the bus. The machines at the car park take cash and cards, and the ticket covers "
        "the bus both ways for everyone in the car.",
        "Is there a late bus on Saturdays?",
        "The last bus leaves the town centre at 11pm on Saturdays and at 7pm on other days.",
    ]
    assert heads_of(*faq) == [faq[1], faq[3], faq[5], faq[7]]


def test_a_column_s_reader_question_in_the_first_person_stays_a_head():
    column = [
        "Your lawn is not finished. It is sleeping.",
        "Our lawn went yellow in the dry spell and has not come back, though we have watered it "
        "every evening since. Is it dead, and should we dig it up and start again?",
        "No. Grass goes dormant in a drought and greens up again with the autumn rain, and "
        "watering it every evening only brings the roots up to the surface where they burn.",
        "Should we feed the roses now?",
        "Yes, once. Use a potash feed.",
        "Give them one feed this week and then nothing until the spring, when the new leaves are "
        "out and the plants can use what you give them, and water it in if the soil is dry.",
        "Slugs are clever. They are not unbeatable.",
        "Every hosta we plant is eaten to lace within a week, whatever we put round it. We have "
        "tried copper tape and grit and beer traps. Is there anything that actually works?",
        "A torch and a bucket after dark, every night for a fortnight in April, does more than "
        "any barrier, and a pond that brings in frogs and beetles does the rest for nothing.",
        "Would we need to net the strawberries?",
        "If blackbirds nest nearby, probably, and as soon as the first fruit starts to colour, "
        "since a netted bed in June is the only kind that gives you a full bowl in July.",
    ]
    assert heads_of(*column) == [column[0], column[3], column[6], column[9]]
