"""heads96's shapes (made-up articles): long heads without a stop in the slots a page marks for
its heads, right under a live post's timestamp and right over a roundup item's star rating,
read by the page's own measure (no longer than the section's longest paragraph), and the
near-misses that stay text (posts that open on their text, ratings that close their items, a
clause longer than its post, one rated head alone)."""

from __future__ import annotations

import pytest

from api.parser.heading_long_heads import told_in_quotes
from api.parser.heading_slot_clauses import clause_in_a_slot, longest_under
from tests.parser.exports import HERON_PICTURE, heads_of, lines

# -- live pages: a long clause right under a timestamp, beside post heads under theirs ----------

REGATTA = [
    "By Ines Halvorsen-Achebe on the harbour wall",
    "16:20",
    "Kestrel Bay take the final by four lengths",
    "The Kestrel Bay crew crossed the line four lengths clear of the home boat, and the crowd "
    "on the harbour wall has not stopped shouting since the gun went at the finish buoy.",
    "Their cox is in the water. That is the tradition here.",
    "16:02",
    "“We rowed the last 500 metres on memory alone”",
    "That was the Kestrel Bay stroke, Mateo Lindqvist-Oduya, talking to us on the slipway with "
    "his hands still shaking, before the crew went back out for the lap of honour.",
    "15:40",
    "Why the harbour race still matters to a town where almost every family once had a boat on "
    "the water",
    "The race began in 1891 as a wager between two fishing crews. The boats have changed since "
    "then, and so has the course, but the start is still fired from the same old cannon.",
    "Most of today's rowers learned in the club's wooden gigs, long before they could swim.",
    "15:15",
    "Who are the favourites?",
    "Kestrel Bay, on form, though the home crew have the better start and the tide is with them "
    "for the first half of the course, which matters more here than anywhere else on the coast.",
    "14:50",
    "Welcome to our live coverage of the harbour regatta",
    "Good afternoon from the harbour wall, where eight crews will race the final this evening "
    "over a course that has not changed in a hundred years.",
]
REGATTA_HEAD = REGATTA[9]

COUNT = [
    "23:48",
    "Turnout is up on four years ago in every ward counted so far",
    "The returning officer has given the first turnout figures, and they are higher than anyone "
    "on either side expected when the polls opened this morning in the rain.",
    "23:30",
    "What happens once the last box arrives at the leisure centre and the counting of the "
    "postal votes begins",
    "The boxes are opened in front of the agents, the ballot papers are counted face down to "
    "check the totals, and only then are they sorted by candidate on the long tables.",
    "It usually takes about three hours for a ward of this size.",
    "23:05",
    "“We have knocked on every door in this town twice”",
    "That was the Green candidate, Orla Benedetti-Kamara, speaking to us outside the hall as the "
    "first of the ballot boxes came in from the villages on the north side.",
    "22:45",
    "The count is under way",
    "Counting has started at the leisure centre, where the first boxes arrived just after ten, "
    "and the first result is expected some time after two in the morning.",
]
COUNT_HEAD = COUNT[4]

LAUNCH = [
    "09:55",
    "Liftoff, and the rocket has cleared the tower",
    "The engines lit on time and the rocket rose slowly at first, then very fast, and within "
    "a minute it was a bright point over the sea with a long white trail behind it.",
    "09:41",
    "How the crew of four spend the last hour strapped into their seats on top of the rocket "
    "before the engines finally light",
    "They run through the checklists with the control room, one line at a time, and then they "
    "wait, which the commander says is by far the hardest part of the whole day.",
    "09:20",
    "Is the weather good enough?",
    "For now, yes. The wind at the pad is within the limits and the clouds are thinning out to "
    "the east, which is where the rocket will go once it clears the tower.",
    "09:00",
    "Welcome to our coverage of the launch",
    "Good morning from the viewing stands, where a few thousand people have been waiting since "
    "before dawn for a launch that has already slipped twice this month.",
]
LAUNCH_HEAD = LAUNCH[4]


@pytest.mark.parametrize(
    ("blocks", "head"),
    [(REGATTA, REGATTA_HEAD), (COUNT, COUNT_HEAD), (LAUNCH, LAUNCH_HEAD)],
    ids=["regatta", "count", "launch"],
)
def test_long_clause_under_a_timestamp_heads_its_post(blocks, head):
    assert head in heads_of(*blocks)


@pytest.mark.parametrize(
    ("blocks", "head"),
    [(REGATTA, REGATTA_HEAD), (COUNT, COUNT_HEAD), (LAUNCH, LAUNCH_HEAD)],
    ids=["regatta", "count", "launch"],
)
def test_posts_that_open_on_their_text_keep_the_clause_as_text(blocks, head):
    # every post's head taken out but the long clause: the page's posts open on their text
    stamps = [k for k, b in enumerate(blocks) if b[:2].isdigit() and b[2] == ":"]
    kept = [b for k, b in enumerate(blocks) if k - 1 not in stamps or b == head]
    assert head not in heads_of(*kept)


def test_clause_longer_than_its_post_is_the_posts_text():
    # the post's only paragraph is shorter than the unstopped line: the line is the post's text
    blocks = list(REGATTA)
    blocks[10:12] = ["The race began in 1891 as a wager between two fishing crews."]
    assert REGATTA_HEAD not in heads_of(*blocks)


def test_sentence_under_a_timestamp_is_not_read_by_the_clause_rule():
    # a stopped line in the slot is the post's own rule's ('stated'), not this one's
    blocks = list(LAUNCH)
    blocks[4] = (
        "The crew spend the last hour strapped into their seats running through the checklists."
    )
    assert blocks[4] not in heads_of(*blocks)


# -- roundups: a long clause right over a star rating, beside heads over theirs ---------------

KETTLES = [
    "We boiled 200 litres of water in a month to find the kettles worth buying this winter, "
    "timing each one and measuring how much power it drew from the wall.",
    "Best overall: Brightwell Rapid 1.7",
    "★★★★★",
    "£54.99, brightwell.co.uk",
    "It boiled a full litre in two minutes and ten seconds, the quickest here, and the lid opens "
    "wide enough to clean inside without taking the whole thing apart under the tap.",
    "The handle stays cool. The base does not.",
    "Best budget: Kettleton Basic",
    "★★★★☆",
    "£19, Argos",
    "Slower, at two minutes 50, but it costs a third of our top pick, and the water window is "
    "easy to read from across the kitchen even in the dim light of a winter morning.",
    HERON_PICTURE,
    "The one to buy if you live alone and only ever boil enough water for a single mug of tea",
    "★★★★☆",
    "£35, homeandhob.com",
    "The Minikett holds 0.8 litres and boils a mug's worth in under a minute, which is the "
    "point of it: you waste neither water nor power, and it fits on the narrowest worktop.",
    "It is loud. Very loud.",
    "Is a kettle cheaper than a hob?",
    "Usually, yes, by a wide margin, because a kettle puts almost all of its heat into the "
    "water while a hob loses most of it to the air around the pan.",
]
KETTLES_HEAD = KETTLES[11]

TRAILS = [
    "We walked nine of the island's waymarked trails over a wet fortnight in October and rated "
    "them on views, signposts and how much of the path was still there.",
    "Best for views: the north cliff path",
    "★★★★★",
    "Distance: 9km | Time: 3 hours",
    "The path runs along the cliff edge for most of the way, with the sea on one side and "
    "heather on the other, and on a clear day you can see three other islands from the top.",
    "Take a map. The signposts give up halfway.",
    "Skip: the lighthouse loop",
    "★★☆☆☆",
    "Distance: 4km | Time: 90 minutes",
    "Half of it is on the road and the lighthouse is closed to visitors, so you walk a long way "
    "to look at a locked gate and a car park that is full by ten in the morning.",
    "The walk through the old quarry is worth it, but only if you go after rain when the pools "
    "are full",
    "★★★★☆",
    "Distance: 6km | Time: 2 hours",
    "The quarry closed in 1962 and the pools filled up within a year. In summer they are a "
    "dull green, but after a week of rain they turn the colour of the sea on a bright day.",
    "The verdict",
    "If you do one walk, take the cliff path. If you do two, add the quarry.",
]
TRAILS_HEAD = TRAILS[10]

ALBUMS = [
    "Five new records from the island's busiest winter for music in a decade, heard in full "
    "and more than once, on headphones and on a car stereo.",
    "Tidewater – Salt Year",
    "★★★★☆",
    "Out now on Harbour Records",
    "The band's third record is their quietest and their best, eleven songs written in a "
    "fortnight in a borrowed house on the coast, and it sounds like it in the best way.",
    "Mira Okonjo-Hale – Lantern",
    "★★★☆☆",
    "Out on Friday",
    "A debut that promises more than it delivers, though the title track alone is worth the "
    "price of the whole record and will be on the radio all through the spring.",
    "A record that sounds as if it was made in one long night by people who had not been to bed",
    "★★★★★",
    "Out now on Gull Records",
    "Which, the sleeve notes say, is more or less what happened: the Ferrymen recorded the whole "
    "of Night Crossing between ten in the evening and six the next morning in one studio.",
    "It shows. It is the record of the year.",
]
ALBUMS_HEAD = ALBUMS[9]


@pytest.mark.parametrize(
    ("blocks", "head"),
    [(KETTLES, KETTLES_HEAD), (TRAILS, TRAILS_HEAD), (ALBUMS, ALBUMS_HEAD)],
    ids=["kettles", "trails", "albums"],
)
def test_long_clause_over_a_rating_heads_its_item(blocks, head):
    assert head in heads_of(*blocks)


@pytest.mark.parametrize(
    ("blocks", "head"),
    [(KETTLES, KETTLES_HEAD), (TRAILS, TRAILS_HEAD), (ALBUMS, ALBUMS_HEAD)],
    ids=["kettles", "trails", "albums"],
)
def test_one_rated_head_alone_is_no_roundup(blocks, head):
    # the second item's head and rating taken out: one head over a rating besides the clause
    rated = [k for k, b in enumerate(blocks) if b.startswith("★")]
    second = rated[1]
    kept = [b for k, b in enumerate(blocks) if k not in (second - 1, second)]
    assert head not in heads_of(*kept)


def test_ratings_that_close_their_items_leave_the_clause_as_text():
    # each item: head / text / rating; the unstopped line over the last rating is the text's
    blocks = [
        KETTLES[0],
        "Brightwell Rapid 1.7",
        KETTLES[4],
        "★★★★★",
        "Kettleton Basic",
        KETTLES[9],
        "★★★★☆",
        "Minikett",
        KETTLES[14],
        "Buy it if you live alone and only ever boil enough water for a single mug of tea or two",
        "★★★★☆",
    ]
    assert blocks[9] not in heads_of(*blocks)


def test_clause_longer_than_its_item_is_the_items_text():
    blocks = list(TRAILS)
    blocks[13] = "The quarry closed in 1962."
    assert TRAILS_HEAD not in heads_of(*blocks)


def test_longest_under_stops_at_the_next_timestamp_and_rating():
    items = lines("15:40", "A clause", "Text of forty characters, give or take.", "15:15", "X" * 90)
    assert longest_under(items, 1, [False] * len(items)) == 39
    items = lines("A clause", "★★★★☆", "Short text.", "Next item", "★★★☆☆", "X" * 90)
    assert longest_under(items, 0, [False] * len(items)) == len("Short text.")


def test_clause_in_a_slot_needs_an_unstopped_clause_shorter_than_its_text():
    clause = "Why the harbour race still matters to a town where every family had a boat"
    text = "The race began in 1891 as a wager between two crews, and the course has changed. " * 2
    flags = [False] * 3
    assert clause_in_a_slot(lines(clause, text, "More."), 0, flags)
    assert not clause_in_a_slot(lines(clause + ".", text, "More."), 0, flags)
    assert not clause_in_a_slot(lines(clause, "Short.", "More."), 0, flags)
    assert not clause_in_a_slot(lines("Why the race matters", text, "More."), 0, flags)


def test_clause_under_an_unstopped_line_is_no_section_opener():
    # 'Ferrymen – Night Crossing' / '<a clause>' / '★★★★★': the clause is the item's second line,
    # under a line ending on no stop, and opens no section of its own
    blocks = [*ALBUMS[:9], "Ferrymen – Night Crossing", *ALBUMS[9:]]
    assert ALBUMS_HEAD not in heads_of(*blocks)


# -- FAQ pages: a reader's situation and question wholly in quotation marks, told in the first
# person singular or plural, under a question head's section, over an answer at least as long --

FERRY_FAQ = [
    "ORKNEY — The ferry company will change its booking rules for the islands' summer "
    "sailings from March, and the council has been fielding questions from residents all week.",
    "We asked readers what they wanted to know. These are the questions that came up most.",
    "When do the new rules start?",
    "From the first sailing on 1 March. Bookings already made for dates after that will be "
    "honoured at the old fare, the company says, but changes to them will not.",
    "Do islanders still get priority?",
    "Yes. Residents with a council card can book up to 12 weeks ahead, four weeks earlier than "
    "visitors, and the company keeps ten car spaces on every sailing for them until the day.",
    "“We booked for August and the sailing was cancelled twice. Will we get our money back?”",
    "In full, the company says, if it cancels. If you cancel, you get the fare back less a fee "
    "of £15, and nothing at all within 48 hours of the sailing, whatever the reason for it.",
    "Can I take a trailer?",
    "Only on the larger boats, and only if you book it as a second vehicle. The smaller ferries "
    "on the north isles run have no room for trailers at all, even in winter.",
]
FERRY_TURN = FERRY_FAQ[6]

VISA_FAQ = [
    "LISBON — Portugal's new digital nomad visa opened for applications this week, and our "
    "inbox filled up with questions within hours of the announcement.",
    "Here are the answers to the ones we were asked most, checked with the consulate.",
    "Who can apply?",
    "Anyone from outside the EU who earns at least four times the Portuguese minimum wage from "
    "work done for employers or clients based outside the country, and can prove it.",
    "How long does it take?",
    "About 60 days from the consulate appointment, which is itself the slow part: in London "
    "the first free slots are currently in late February, and in New York in March.",
    "“Our contracts are with a Portuguese client. Can we still apply for the visa?”",
    "Income from Portuguese clients counts against you on this visa, and the consulate says it "
    "will refuse applications where more than a fifth of the money is earned in the country.",
    "What does it cost?",
    "The fee is €90 at the consulate, and the residence permit another €170 once you arrive "
    "in the country, payable at the immigration office by card only.",
]
VISA_TURN = VISA_FAQ[6]

GYM_FAQ = [
    "LEEDS — The council's leisure centres move to a single membership from January, and the "
    "old pay-as-you-go cards will stop working at the turnstiles on New Year's Eve.",
    "Readers sent us their questions about the change. Here is what the council told us.",
    "What does the new membership cost?",
    "£32 a month for adults, £20 for over-65s and £15 for students, for every centre in the "
    "city, with no joining fee if you sign up before the end of this month.",
    "Is there still a swim-only option?",
    "Yes, at £18 a month, though it covers only the pools and not the classes, and it cannot "
    "be used at the two centres run for the council by a private company.",
    "“We both have a year left on our old cards. Do we lose the money we paid for them?”",
    "The council says the balance will be moved on to the new membership as credit, month by "
    "month, and you will not be asked to pay until it has all been used up.",
    "Can I freeze my membership?",
    "For up to three months a year, for illness or travel, if you ask at least a week ahead "
    "at the front desk or through the council's app.",
]
GYM_TURN = GYM_FAQ[6]


@pytest.mark.parametrize(
    ("blocks", "head"),
    [(FERRY_FAQ, FERRY_TURN), (VISA_FAQ, VISA_TURN), (GYM_FAQ, GYM_TURN)],
    ids=["ferry-we", "visa-our", "gym-we"],
)
def test_readers_quoted_turn_heads_its_answer(blocks, head):
    assert head in heads_of(*blocks)


@pytest.mark.parametrize(
    ("blocks", "turn"),
    [(FERRY_FAQ, FERRY_TURN), (VISA_FAQ, VISA_TURN), (GYM_FAQ, GYM_TURN)],
    ids=["ferry", "visa", "gym"],
)
def test_quoted_turn_beside_statement_heads_is_text(blocks, turn):
    # the page's heads told as statements: no Q&A, the quotation is a pull quote or the text's
    told = {
        k: "The rules have changed." if k == 2 else "Islanders keep their places."
        for k in (2, 4, 8)
    }
    page = [told.get(k, b) for k, b in enumerate(blocks)]
    assert turn not in heads_of(*page)


@pytest.mark.parametrize(
    "turn",
    [
        "“The sailing was cancelled twice. Will the company pay the fares back?”",  # no teller
        "“We booked for August,” she said. “Will we get our money back?”",  # a speaker's words
        "“We booked for August and the sailing was cancelled twice. We want our money back.”",
    ],
    ids=["third-person", "said-inside", "no-question"],
)
def test_quotations_that_are_no_readers_turn_stay_text(turn):
    page = [*FERRY_FAQ[:6], turn, *FERRY_FAQ[7:]]
    assert turn not in heads_of(*page)


def test_readers_turn_over_a_short_reply_is_text():
    # 'In full.' answers less than the question asks: a turn of the text, no section
    page = [*FERRY_FAQ[:7], "In full.", *FERRY_FAQ[8:]]
    assert FERRY_TURN not in heads_of(*page)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("“We paid for three days. Is that normal?”", "We paid for three days. Is that normal?"),
        ('"Our flat floods. Who pays?"', "Our flat floods. Who pays?"),
        ("“We won,” she said. “Again?”", "“We won,” she said. “Again?”"),
        ("We paid. Is that normal?", "We paid. Is that normal?"),
    ],
)
def test_told_in_quotes(text, told):
    assert told_in_quotes(text) == told


@pytest.mark.parametrize(
    ("blocks", "turn"),
    [(FERRY_FAQ, FERRY_TURN), (VISA_FAQ, VISA_TURN), (GYM_FAQ, GYM_TURN)],
    ids=["ferry", "visa", "gym"],
)
def test_quoted_turn_going_on_in_the_first_person_is_text(blocks, turn):
    # the line under it goes on in the speaker's own words: a quotation, no reader's turn
    page = list(blocks)
    page[7] = (
        "I asked the same question at the desk last week, and I was told to wait for a letter "
        "that has still not arrived, so I am none the wiser than I was in the summer."
    )
    assert turn not in heads_of(*page)
