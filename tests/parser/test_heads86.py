"""heads86: a credit opening on hyphenated initials glued to its caption ('...at dawn.J.-P.
Doe/AFP'); an unnumbered stopped line on a page whose heads are a numbered series is text; a
column's whole quotations are its heads with the statement and long heads beside them where
no head stands; a Q&A's whole quoted claim over a reply to it is one of its heads. Made-up
captions and exports, with near misses that change one thing each."""

from __future__ import annotations

import pytest

from api.parser.credits import split_credit
from api.parser.heading_numbered_runs import statements_beside_a_series
from api.parser.heading_quoted_series import (
    is_quoted_question,
    quoted_claim_heads,
    quoted_column_heads,
    replies_to_a_claim,
)
from api.parser.sentences import is_abbreviation
from tests.parser.exports import heads_of, lines

# --- a caption glued to a credit opening on hyphenated initials ---

HYPHENED_INITIALS = [
    ("Fishing boats in the harbour at Sète at dawn.J.-P. Marchetti-Olsen/AFP",
     "Fishing boats in the harbour at Sète at dawn.", "J.-P. Marchetti-Olsen/AFP"),
    ("The new bridge, built by Ponts et Routes Inc.J.-M. Oduya-Berg/Reuters",
     "The new bridge, built by Ponts et Routes Inc.", "J.-M. Oduya-Berg/Reuters"),
    ("A mural in the old quarter of Lyon.J.-L. Fabre / AP",
     "A mural in the old quarter of Lyon.", "J.-L. Fabre / AP"),
    ("Pilgrims at the shrine in Fátima.M.-A. Quental/Lusa/Getty Images",
     "Pilgrims at the shrine in Fátima.", "M.-A. Quental/Lusa/Getty Images"),
]  # fmt: skip

# Hyphenated initials inside a caption with no credit, and a credit of one initial (right
# before already), are left as they were.
HYPHENED_NEAR_MISSES = [
    ("A statue of J.-M. Leclerc in the square at Brest",
     "A statue of J.-M. Leclerc in the square at Brest", None),
    ("Cranes over the port of Le Havre.P. Doucet-Ali/AFP",
     "Cranes over the port of Le Havre.", "P. Doucet-Ali/AFP"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), HYPHENED_INITIALS + HYPHENED_NEAR_MISSES)
def test_a_credit_opening_on_hyphenated_initials(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


def test_hyphenated_initials_end_no_sentence():
    assert is_abbreviation("J.-M")
    assert is_abbreviation("J.-P.-A")
    assert not is_abbreviation("Jean-Marc")
    assert not is_abbreviation("A-B")
    assert not is_abbreviation("J.-Ma")


# --- an unnumbered stopped line on a page whose heads are a numbered series ---

RIDERS_PIC = (
    "Riders on a gravel path beside a wide estuary at low tide\n"
    "Riders on the estuary path near Orstad.Ola Brekke/NTB"
)
CYCLE = [
    "The Vennmark coast road was built for carts carrying peat from the bogs to the harbours, "
    "and most of it is still narrow, quiet and lined with hedges. There are more than 300 "
    "kilometres of it, and it is some of the easiest touring in the north.",
    "Flat is a matter of opinion. Some of the lanes climb hard.",
    "This route assumes you are reasonably fit, ride a bike with low gears and book a bed each "
    "night in advance. You will need:",
    "  • a bike with gears low enough for the hills\n  • a waterproof, whatever the forecast says",
    "1) Start gently, on the estuary path.",
    "The first morning runs along the estuary on a gravel path shared with dog walkers and "
    "birdwatchers. It is flat, sheltered and about 25 kilometres. There are two cafés.",
    "2) Is the detour to Kelby worth it?",
    "Yes, if you arrive before the coaches. The lane from the main road drops through beech "
    "woods to a harbour with a bakery. By eleven it is full.",
    "Why so busy? It is on every tour company's route.",
    "3) “Pack a pump. Then pack a spare.”",
    "That is the advice of Sigrun Hallevik, who has run the bike shop in Orstad for 30 years. "
    "The gravel on the ridge is sharp, and there is no shop between Kelby and Brann.",
    "4) Give the third day to the ridge road above Brann where the wind never seems to drop "
    "and the views run out to the islands on a clear day",
    "From the ridge, the road drops to the fishing village of Brann. The ferry leaves from the "
    "quay at the bottom; a bus runs back to the top.",
    RIDERS_PIC,
    "5) Finish at the lighthouse.",
    "The last day from Brann to the lighthouse at Helm is not flat, and it is not short. It is "
    "the best day's riding on the coast. Check the ferry times before you set out; the last "
    "boat back leaves at six in summer and at four from October.",
    "Is it hard? Only if you miss the ferry.",
    "Do not miss the ferry.",
    "Rooms in Orstad cost from about 90 euros a night outside July. Bike hire costs 30 euros "
    "a day.",
    RIDERS_PIC,
]
CYCLE_HEADS = [CYCLE[4], CYCLE[6], CYCLE[9], CYCLE[11], CYCLE[14]]

BOILER_PIC = (
    "A radiator under a window with a thermometer on the sill\n"
    "A radiator in a flat in Harwick.Dana Moyo/Harwick Echo"
)
ENERGY = [
    "Heating bills in the valley rose by a third last winter, and the housing association says "
    "most of its tenants still heat rooms they never use. Its advisers visited 400 homes in "
    "the autumn, and the same handful of fixes came up in almost every one.",
    "Cheap is relative. Some of these cost a weekend.",
    "The list below assumes you rent from the association and have a combination boiler. "
    "Before you start, find:",
    "  • the boiler's manual, or its model number\n  • the key for the radiator valves",
    "1. Bleed the radiators, starting upstairs.",
    "Air trapped at the top of a radiator stops it heating fully. A key costs less than a "
    "coffee, and the job takes ten minutes a room, once a year, before the heating goes on.",
    "2. Does the thermostat really matter?",
    "Yes, more than anything else on this list. One degree cuts a typical bill by about a "
    "tenth, the advisers say, and most people stop noticing after a week.",
    "3. “Close the curtains. Then close the doors.”",
    "That is the advice of Priya Olawale, who has led the association's visits for six years. "
    "Heavy curtains keep heat in through the evening, and a closed door keeps it in a room.",
    BOILER_PIC,
    "4. Ask for the free survey.",
    "The association will send an adviser to any tenant who asks. The visit takes an hour and "
    "ends with a list of jobs, most of them the landlord's to pay for. Ask early; the list for "
    "the winter fills by the end of October, and the advisers do not work in December.",
    "Is it worth it? Only if you act on the list.",
    "Act on the list.",
    "The association's helpline is open on weekdays from nine to five, and its advisers "
    "speak six languages.",
    BOILER_PIC,
]
JETTY_PIC = (
    "A wooden jetty running out into a calm loch\n"
    "A jetty on the north shore of Loch Varrin.Iain Rook/Loch Post"
)
PERMIT = [
    "Anyone wanting to build a jetty on the loch now needs a permit from the harbour board, "
    "which took over the job from the council in January. The board's guide runs to forty "
    "pages, and most people give up on page six.",
    "Simple is relative. Some of it is not.",
    "This is the short version, for a private jetty of wood or stone. Keep to hand:",
    "  • the deeds to your land\n  • a drawing of the jetty, to scale",
    "Step 1: Check the map, with the birds on it.",
    "The board publishes a map of the shore marking where jetties are allowed, where they are "
    "not and where the answer depends on the birds. Start there before you pay anyone.",
    "Step 2: Do the neighbours have a say?",
    "Yes. Anyone whose land touches the shore within 100 metres must be told in writing, and "
    "has four weeks to object. Most do not, the board says.",
    "Step 3: “Measure twice. Then measure again.”",
    "That is the board's surveyor, Catriona Mhor, who has turned down more drawings for a bad "
    "depth than for anything else. The loch drops fast off the north shore.",
    JETTY_PIC,
    "Step 4: Send the form.",
    "The form goes in by post or online with the drawing and a fee of 120 pounds. The board "
    "aims to answer within eight weeks and usually does, though the summer months are slower "
    "because its members go sailing, which they do not deny.",
    "What if they say no? You can appeal once, within a month.",
    "Keep every receipt.",
    "An appeal is heard by three board members who were not on the first panel.",
    JETTY_PIC,
]
ENERGY_HEADS = [ENERGY[4], ENERGY[6], ENERGY[8], ENERGY[11]]
PERMIT_HEADS = [PERMIT[4], PERMIT[6], PERMIT[8], PERMIT[11]]


@pytest.mark.parametrize(
    ("blocks", "heads"), [(CYCLE, CYCLE_HEADS), (ENERGY, ENERGY_HEADS), (PERMIT, PERMIT_HEADS)]
)
def test_a_stopped_line_beside_a_numbered_series_is_text(blocks, heads):
    assert heads_of(*blocks) == heads


def test_statements_beside_a_series():
    items = lines("1) Go.", "Text.", "It is far.", "2) Stay.", "Text.", "3) Leave.", "Text.")
    flags = [True, False, True, True, False, True, False]
    assert statements_beside_a_series(items, flags, [0, 3, 5]) == [2]
    # a series of two members makes no page of numbered heads
    assert statements_beside_a_series(items, flags, [0, 3]) == []
    # a head of another form beside the series: the page's heads are not the series alone
    asking = lines("1) Go.", "Text.", "Why go?", "2) Stay.", "Text.", "3) Leave.", "Text.")
    assert statements_beside_a_series(asking, flags, [0, 3, 5]) == []
    labelled = lines("1) Go.", "Text.", "The verdict", "2) Stay.", "Text.", "3) Leave.", "Text.")
    assert statements_beside_a_series(labelled, flags, [0, 3, 5]) == []


# --- a column's whole quotations as its heads, with statement and long heads beside them ---

CHEESE_SAID = "“The cave is the cheesemaker.”"
CHEESE = [
    "High in the Orvale valley there are caves in the limestone where the air stays at nine "
    "degrees all year, and for four hundred years farmers have carried their cheeses up to them "
    "on their backs. Most of the caves were empty by 1980.",
    "Now they are full again, and the cheese is on the menus of restaurants in three capitals.",
    "“You cannot rush a cheese here. You can only ruin one.”",
    "That is how Marta Vellorin, who turns four hundred wheels a week in a cave above the "
    "village of Sarn, puts it. The rind grows slowly in the cold, and the cheese inside takes "
    "a year to lose its chalk.",
    "The milk comes from a breed of cow that almost died out, brown and small, which grazes "
    "the high meadows from June to September.",
    "“Is it worth the money?”",
    "That is the question I was asked most often when I brought a wheel home. The best of them "
    "cost more than a good bottle of wine, weight for weight.",
    "The honest answer is that they are made by hand, in small numbers, by people who carry "
    "them up a mountain. The price is the climb.",
    CHEESE_SAID,
    "A farmer in Sarn said that to me, and I have thought about it since.",
    "Three cheeses that show what the valley can do and why you should buy them before the "
    "restaurants take the lot",
    "Sarn Old, aged 18 months, about 40 euros a kilo. Hard, nutty and long.",
    "Vellorin Blue, about 35 euros a kilo. Softer, with a smell of the cave.",
    "Orvale Young, about 18 euros a kilo. The one to start with.",
    "The caves came back. The young may follow.",
    "The revival has brought a dozen young cheesemakers home from the cities, and the "
    "cooperative says its members are ten years younger on average than they were in 2015.",
    "Not everyone is pleased. The old families say the rents have doubled.",
    "Rafa Quintell writes about food every Sunday.",
]
CHEESE_HEADS = [CHEESE[2], CHEESE[5], CHEESE[10], CHEESE[14]]

COFFEE = [
    "On the slopes of the Kalani ridge the coffee grows in the shade of banana trees, on plots "
    "so steep that the pickers tie themselves to the trunks. For forty years nobody bought it.",
    "That changed when a roaster in the capital put it on his counter three winters ago.",
    "“Nobody picks a cherry here that is not ripe. Nobody can afford to.”",
    "That is how Teo Amarin, who grows coffee on two hectares above the village of Halo, "
    "describes the harvest. The pickers go over each tree five or six times between October "
    "and January, taking only the red cherries.",
    "The beans are dried on the roofs of the houses, turned by hand twice a day.",
    "“Why does it taste of fruit?”",
    "That is what every customer asks the roaster, he says. The answer is the drying, slow and "
    "in the shade, which leaves the sugar of the cherry in the bean.",
    "He sells out each year by March, and has stopped taking orders from abroad.",
    "The farmers kept the old trees. Now the trees keep them.",
    "A kilo of green beans from the ridge fetches four times what it did in 2019, and the "
    "cooperative has built a school and a clinic with the difference.",
    "Not everyone has joined. Some of the older growers still sell to the traders.",
    "Sina Varro writes about coffee every month.",
]
COFFEE_HEADS = [COFFEE[2], COFFEE[5], COFFEE[8]]

FERRY = [
    "The ferry from Skellan to the outer islands has run since 1921, and for most of that time "
    "it ran on a timetable nobody kept. The new operator says that is over. I rode it for a "
    "week to see.",
    "The boat is newer, too, and faster, and it has a café that opens before seven.",
    "“The boat leaves when the boat leaves.”",
    "That is what the islanders used to say, and the old skipper said it to me with a shrug on "
    "the first morning. The boat left eleven minutes late, which he called early for a Monday.",
    "The café was open. The bacon rolls were gone by the time we cleared the harbour wall.",
    "“Who is the timetable for?”",
    "That is the question the islands' councillor asked the operator at a public meeting in "
    "the spring. The tourists, the operator said, and the islanders laughed.",
    "By Thursday the boat was on time, or near enough that nobody could complain.",
    "The fares went up. So did the number of passengers.",
    "A return to the farthest island now costs 28 pounds, four more than last year, and the "
    "operator says it carried a fifth more people over the summer than the old one did.",
    "The islanders pay less, with a card. Not everyone has one yet.",
    "Ewan Tolley travelled as a paying passenger.",
]
FERRY_HEADS = [FERRY[2], FERRY[5], FERRY[8]]


@pytest.mark.parametrize(
    ("blocks", "heads"), [(CHEESE, CHEESE_HEADS), (COFFEE, COFFEE_HEADS), (FERRY, FERRY_HEADS)]
)
def test_a_column_s_quotations_are_its_heads_with_their_siblings(blocks, heads):
    assert heads_of(*blocks) == heads


def test_a_column_s_one_line_quotation_over_its_speaker_stays_text():
    assert CHEESE_SAID not in heads_of(*CHEESE)


def test_one_quotation_among_statement_lines_makes_no_column():
    blocks = [*COFFEE]
    blocks[5] = "Why does it taste of fruit, of all things, when nothing else here does?"
    assert COFFEE[2] not in heads_of(*blocks)


def test_a_story_s_quotations_over_one_paragraph_each_stay_text():
    blocks = [
        COFFEE[0],
        COFFEE[1],
        COFFEE[2],
        COFFEE[3],
        "“We will sell to whoever pays. That is all.”",
        COFFEE[6],
        "“Nobody asked us first. They never do.”",
        COFFEE[9],
        COFFEE[11],
    ]
    assert heads_of(*blocks) == []


def test_quoted_column_heads_read_no_page_with_heads_standing():
    text = ("Text. " * 40).strip()
    items = lines("Text.", "“It rained. We left.”", text, "Why?", text)
    assert quoted_column_heads(items, list(range(5)), [False, False, False, True, False]) == []


def test_is_quoted_question():
    assert is_quoted_question("“Is it worth the money?”")
    assert is_quoted_question('"Why does it taste of fruit?"')
    assert not is_quoted_question("“Why?” she asked.")
    assert not is_quoted_question("“It rained.”")
    assert not is_quoted_question('"Is it?" "No."')


# --- a Q&A's whole quoted claim over a reply to it ---

DENTAL_CLAIM = "“My teeth are fine. I don't need a check-up.”"
DENTAL = [
    "BRAYMOUTH — The island's dental clinic will open on Saturdays from next month, after a "
    "waiting list that reached fourteen months in the spring. We asked the clinic's lead "
    "dentist the questions patients ask most.",
    "Does a check-up hurt?",
    "No. A check-up is a look and a clean, and most take fifteen minutes. The dentist will "
    "say before doing anything that might be uncomfortable, and you can ask them to stop.",
    DENTAL_CLAIM,
    "You do. Decay and gum disease often give no pain until they are far along, and a "
    "check-up once a year catches them while they are still cheap to treat.",
    "Who pays for it?",
    "Children and anyone over 65 pay nothing. Everyone else pays a flat fee of 22 pounds, "
    "with treatment charged in three bands that the clinic sets out on its website.",
    "Can I bring my children with me?",
    "Yes, and the clinic would rather you did, so that they get used to it young. There is a "
    "box of toys in the waiting room, and a sticker for anyone who sits still.",
]
DENTAL_HEADS = [DENTAL[1], DENTAL_CLAIM, DENTAL[5], DENTAL[7]]

BIN_CLAIM = "“Recycling all ends up in the same tip anyway.”"
BINS = [
    "Fenwick's new bin rounds start on Monday, with food waste collected every week and "
    "everything else every fortnight. Here is what residents have been asking the council.",
    "Which bin does glass go in?",
    "The blue box, loose, without lids. The lids go in the grey bin with the other metal, "
    "and broken glass from a window or a mirror goes in the general waste, wrapped.",
    "Will my bin be emptied on a bank holiday?",
    "Yes, on the usual day, except at Christmas and New Year, when the council will post the "
    "changed dates through every door a fortnight before.",
    BIN_CLAIM,
    "It does not. The council's contractor sorts each load at the depot on the ring road, "
    "and sells the paper, the cans and the glass on; the tip takes only what is left.",
    "What if my bin is missed?",
    "Report it online by the next working day and the crew will come back for it, usually "
    "within two days, though not at weekends.",
]
BINS_HEADS = [BINS[1], BINS[3], BIN_CLAIM, BINS[7]]

VOTE_CLAIM = "“My vote makes no difference.”"
VOTE = [
    "The harbour ward goes to the polls on Thursday for the first time in eight years. These "
    "are the questions voters have sent us, and the returning officer's answers.",
    "Where do I vote?",
    "At the polling station printed on your card, which for most of the ward is the old "
    "school on Quay Street. The doors open at seven in the morning and close at ten at night.",
    "Do I need my card?",
    "No. Give your name and address at the desk. You will need photo identification, and the "
    "card lists the kinds that are accepted, from a passport to a bus pass.",
    VOTE_CLAIM,
    "Not here. The ward was decided by four votes last time, and by eleven the time before, "
    "and the returning officer says she has recounted it twice in twenty years.",
    "When will we know who won?",
    "The count starts as soon as the boxes arrive at the town hall, and the result is usually "
    "declared by two in the morning.",
]
VOTE_HEADS = [VOTE[1], VOTE[3], VOTE_CLAIM, VOTE[7]]


@pytest.mark.parametrize(
    ("blocks", "heads"), [(DENTAL, DENTAL_HEADS), (BINS, BINS_HEADS), (VOTE, VOTE_HEADS)]
)
def test_a_q_and_a_s_quoted_claim_over_its_reply_is_a_head(blocks, heads):
    assert heads_of(*blocks) == heads


def test_a_quoted_claim_over_no_reply_stays_text():
    blocks = [*DENTAL]
    blocks[4] = (
        "That is what the clinic's receptionists hear most often on the telephone, the dentist "
        "said, usually from people who have not been for ten years or more."
    )
    assert DENTAL_CLAIM not in heads_of(*blocks)


def test_a_quoted_claim_over_a_short_retort_stays_text():
    blocks = [*BINS]
    blocks[6] = "It does not."
    assert BIN_CLAIM not in heads_of(*blocks)


def test_a_quoted_claim_on_a_page_of_statement_heads_stays_text():
    blocks = [*VOTE]
    blocks[1] = "The polling station is the old school."
    blocks[3] = "Bring photo identification with you."
    blocks[7] = "The count starts at once."
    assert VOTE_CLAIM not in heads_of(*blocks)


def test_replies_to_a_claim():
    assert replies_to_a_claim("You do. Decay gives no pain.")
    assert replies_to_a_claim("It does not. The depot sorts it.")
    assert replies_to_a_claim("No. The ward was close.")
    assert not replies_to_a_claim("That is what staff hear most often.")
    assert not replies_to_a_claim("The depot on the ring road sorts each load.")


def test_quoted_claim_heads_want_a_page_of_questions():
    text = "You do. " + "Decay gives no pain until it is far along. " * 4
    answer = ("Yes. " * 20).strip()
    items = lines("Lead.", "Is it?", answer, "“I am fine.”", text.strip(), "Why?", answer)
    alone = list(range(7))
    asking = [False, True, False, False, False, True, False]
    assert quoted_claim_heads(items, alone, asking) == []  # two heads: no Q&A's heads yet
    items.append(items[1])
    items.append(items[2])
    alone = list(range(9))
    asking = [*asking, True, False]
    assert quoted_claim_heads(items, alone, asking) == [3]
    stating = [False, True, False, False, False, False, False, True, False]
    assert quoted_claim_heads(items, alone, stating) == []
