"""heads83: a guide whose steps are told as sentences keeps a long step of one sentence among
its heads. Where the members in their place mostly end on '.' or '?', a member out of place only
for being one long stopped sentence, over a section longer than itself, is a step still, and
the series carries itself. Made-up exports written as blocks, with near misses that change one
thing each: a listicle of bare clauses, a long step over a shorter line, a long step of two
sentences, too few steps in place."""

from __future__ import annotations

from api.parser.heading_numbered_runs import (
    carries_itself,
    in_sentences,
    long_step,
    member_sections,
    members_in_place,
)
from tests.parser.exports import heads_of, lines

# --- a tax-return guide: five 'Step N:' sentences, the third a long one ---

LONG_TAX_STEP = (
    "Step 3: Collect every payslip, bank statement and receipt for the year before you open "
    "the online form, because the portal logs you out after twenty minutes of nothing typed."
)
TAX = [
    "ORVENDAL — Self-employed workers have until the end of March to file, and the revenue "
    "office says a third of them still send their returns on paper, which takes twice as long.",
    "Step 1: Ask for your access code.",
    "The code comes by post within ten days, so ask for it in January; an emailed code is not "
    "offered, whatever the scam messages going round the town this winter may say.",
    "Step 2: Do you need an accountant at all?",
    "Most sole traders with one income and no staff do not, the office says, though anyone "
    "with rented property or a second business should at least get an hour of advice.",
    LONG_TAX_STEP,
    "The form asks for totals, not the papers themselves, but the office can ask to see any of "
    "them for six years, and a shoebox of receipts is no longer accepted as a record.",
    "Keep them in one folder, dated, and scan the faded ones while they can still be read.",
    "Step 4: Check the sums twice.",
    "The portal adds the columns but does not check them against last year's return, so a "
    "slip of a zero goes straight through and comes back months later as a demand.",
    "Step 5: Pay what you owe by the same date.",
    "A return filed on time with its payment late still draws interest from the first of "
    "April, at a rate the office sets each quarter and has raised twice this year.",
]
TAX_STEPS = [TAX[1], TAX[3], LONG_TAX_STEP, TAX[8], TAX[10]]


def test_a_long_stopped_step_stands_among_steps_told_as_sentences():
    assert heads_of(*TAX) == TAX_STEPS


# --- a bare-numbered guide to a night market: sentences, one long, with a question ---

LONG_MARKET_ITEM = (
    "4) Eat at the long tables under the railway arches, where the cooks bring the plates "
    "over themselves and nobody minds if you stay an hour after the food is gone."
)
MARKET = [
    "TELLANBURG — The night market behind the old goods yard opens again on Friday after a "
    "winter of repairs, with forty stalls, a new roof and a rule against plastic plates.",
    "1) Go after nine.",
    "The queues at the opening hour stretch back to the tram stop, and by nine the families "
    "have gone home and the stalls start cutting their prices for the last hour of trade.",
    "2) Is cash still king?",
    "Not any more: every stall takes cards now, though the oyster man at the far end still "
    "prefers coins and gives a better price to anyone who pays with them.",
    "3) Start with the dumplings.",
    "The Haldersen stall makes them by hand in front of the queue, six kinds a night, and "
    "sells out of the pork ones by ten, so start there and work your way down the row.",
    LONG_MARKET_ITEM,
    "The tables seat two hundred and fill fast on Fridays, but the arches keep out the rain "
    "and the trains overhead are part of the charm, the organisers say, not a nuisance.",
    "5) Bring a bag.",
    "Plastic bags are banned this year and the stalls charge for paper ones, so the regulars "
    "arrive with baskets and leave with enough pickles and bread to last them the week.",
]
MARKET_ITEMS = [MARKET[1], MARKET[3], MARKET[5], LONG_MARKET_ITEM, MARKET[9]]


def test_a_long_stopped_member_stands_in_a_bare_numbered_guide():
    assert heads_of(*MARKET) == MARKET_ITEMS


# --- a seed-saving column: 'Tip N:' heads, two long ones, one over a paragraph and a line ---

LONG_SEED_TIP = (
    "Tip 2: Pick the fattest pods from the healthiest plants and leave them on the vine until "
    "they rattle, even when the rest of the bed has been cleared."
)
LONG_SEED_TIP_2 = (
    "Tip 4: Label every envelope with the variety, the year and the bed it came from, since a "
    "bean without a name is only worth half as much at the spring swap."
)
SEED = [
    "Saving your own seed costs nothing and takes an afternoon, and the beans and peas of this "
    "year's wet summer are worth keeping, the allotment society says.",
    "Tip 1: Start with beans and peas.",
    "They pollinate themselves, so the seed comes true to its parent, which cannot be said of "
    "squash or sweetcorn, whose seed is a lottery in a plot full of other varieties.",
    LONG_SEED_TIP,
    "A pod picked green will shrivel rather than ripen indoors. Wait for the dry weather, cut "
    "the whole plant and hang it upside down in the shed for a fortnight.",
    "Then shell them on a dry day.",
    "Tip 3: Dry them for longer than you think.",
    "Spread the beans on newspaper for at least two weeks; a bean that dents under a thumbnail "
    "still holds water and will rot in the packet before spring comes round.",
    LONG_SEED_TIP_2,
    "The society runs its swap on the first Saturday of March in the village hall, and brings "
    "a table of envelopes that nobody labelled, which mostly go to the compost.",
    "Tip 5: Store them cold and dry.",
    "A glass jar in the back of the fridge keeps most seed good for three years, and a sachet "
    "of rice at the bottom of the jar takes up any damp that gets in with them.",
]
SEED_TIPS = [SEED[1], LONG_SEED_TIP, SEED[6], LONG_SEED_TIP_2, SEED[10]]


def test_two_long_stopped_tips_stand_among_tips_told_as_sentences():
    assert heads_of(*SEED) == SEED_TIPS


# --- near misses ---


def test_a_long_stopped_member_among_bare_clauses_stays_text():
    paragraph = (
        "3) Paying the deposit before anyone has shown you round the flat, which every "
        "first-time renter does when the market is this tight and the agent is in a hurry."
    )
    blocks = [
        MARKET[0],
        "1) Viewing it at night",
        MARKET[2],
        "2) Signing on the day",
        MARKET[4],
        paragraph,
        MARKET[6],
        "4) Skipping the inventory",
        MARKET[8],
    ]
    assert paragraph not in heads_of(*blocks)


def test_a_long_stopped_step_over_a_shorter_line_stays_text():
    blocks = [*TAX[:5], "Ours took a day.", *TAX[8:]]
    assert LONG_TAX_STEP not in heads_of(*blocks)


def test_a_long_step_of_two_sentences_stays_text():
    two = "Step 3: Collect the papers. " + LONG_TAX_STEP.split(": ", 1)[1]
    blocks = [*TAX[:5], *TAX[5:]]
    blocks[5] = two
    assert two not in heads_of(*blocks)


def test_too_few_steps_in_place_carry_no_long_step():
    second = LONG_TAX_STEP.replace("Step 3", "Step 2")
    third = LONG_SEED_TIP.replace("Tip 2", "Step 3")
    blocks = [TAX[0], TAX[1], TAX[2], second, TAX[6], TAX[7], third, SEED[4], SEED[5]]
    items = lines(*blocks)
    flags = [False] * len(blocks)
    assert members_in_place(items, [1, 3, 6], flags) == [1]  # one step in place of three
    assert not carries_itself(items, [1, 3, 6], flags)
    assert second not in heads_of(*blocks)


# --- unit cases ---


def test_in_sentences():
    items = lines("Intro.", "Step 1: Pay.", "Text.", "Step 2: Why?", "Text.", "Step 3: Go", "X.")
    assert in_sentences(items, [1, 3, 5])  # two of three stopped
    assert not in_sentences(items, [1, 3])  # too few in place
    bare = lines("Intro.", "1) Go late", "Text.", "2) Eat.", "Text.", "3) Pay cash", "X.")
    assert not in_sentences(bare, [1, 3, 5])  # one of three


def test_long_step():
    items = lines(*TAX)
    sections = member_sections(items, [1, 3, 5, 8], [False] * len(items))
    assert long_step(items, 5, sections[2])
    assert not long_step(items, 5, len(LONG_TAX_STEP))  # a section no longer than the step
    unstopped = lines(TAX[0], LONG_TAX_STEP[:-1], TAX[6])
    assert not long_step(unstopped, 1, 1000)  # a long clause is in_its_place's


def test_members_in_place_with_the_long_step():
    items = lines(*TAX)
    run = [1, 3, 5, 8, 10]
    assert members_in_place(items, run, [False] * len(items)) == run
