"""Heads read off the document (issue 15, the shapes fresh20 left, made-up texts): a recipe's
yield over its fields, a headline-case head right after a run of items, and a question head
answered by a fragment in a page whose question heads are answered at once."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

# A recipe's or a guide's yield over its fields is the box's first row of data, no head.

SCONES = (
    "Scones are quick, and the only way to spoil them is to handle the dough too much. Work "
    "fast, keep everything cold and get them in the oven the moment they are cut."
)
STEW = (
    "This is a stew for a cold week, better on the second day than the first, and it freezes "
    "well in portions if you make the full amount and eat half of it at once."
)
BREW = (
    "Cold brew takes no skill, only patience: the coffee sits in cold water overnight and "
    "comes out smooth and low in acid, ready to keep in the fridge for a week."
)
ITEMS = ("A large mixing bowl", "A sharp knife and a board", "A jug for the liquid")
METHOD = (
    "Start by weighing everything out before you begin, then work through the steps in order "
    "without stopping, since the timings depend on each other more than it seems."
)


@pytest.mark.parametrize(
    ("intro", "yield_line", "fields", "label"),
    [
        (SCONES, "Makes 12 scones", ("Prep time: 15 minutes", "Bake time: 12 minutes"),
         "EQUIPMENT"),
        (STEW, "Serves 4", ("Prep: 20 min", "Cook: 2 hours on a low heat, stirring now and then"),
         "YOU WILL NEED"),
        (BREW, "Makes about 6 cups", ("Hands-on time: 10 minutes",
                                      "Total time: 14 hours, most of it overnight"), "KIT"),
        (STEW, "Feeds six", ("Active time: 30 minutes", "Total time: 3 hours"), "TOOLS"),
    ],
)  # fmt: skip
def test_a_yield_over_fields_is_no_head(intro, yield_line, fields, label):
    """'Makes 12 scones' / 'Prep time: 15 minutes': a row of the box, the label after it a head."""
    heads = heads_of(intro, yield_line, *fields, label, *ITEMS, "Method", METHOD)
    assert yield_line not in heads
    assert label in heads


@pytest.mark.parametrize("label", ["Key figures", "At a glance"])
def test_a_label_over_fields_stays_a_head(label):
    """A label names the fields under it: 'Key figures' / 'Revenue: £4.2bn' / 'Staff: 1,200'."""
    fields = ("Revenue: £4.2bn, up 6%", "Staff: 1,200 in three countries")
    assert label in heads_of(STEW, label, *fields, "What comes next", METHOD)


# A headline-case line closing a run of items, as another head is and no item is, heads the
# next section.

BIKE = (
    "Most punctures can be fixed at the roadside in ten minutes, and the kit to do it weighs "
    "less than a sandwich, so there is no reason to ride without it on a long trip."
)
BIKE_TEXT = (
    "Pump the tube up a little and listen for the hiss, or hold it near your cheek to feel "
    "the air. If you cannot find it, dip the tube in a bucket of water and watch for bubbles."
)
BIKE_END = (
    "Tuck the tube back under the tyre, lever the bead over the rim with your thumbs rather "
    "than the levers, and pump it up to the pressure printed on the side of the tyre."
)
GARDEN = (
    "A raised bed is the easiest way to grow vegetables on poor soil, and a small one can be "
    "built in an afternoon from four boards and a few screws from any hardware shop."
)
GARDEN_TEXT = (
    "Fork over the ground under the bed first, so roots can go down into it, then fill the "
    "frame with a mix of topsoil and compost and water it well before you sow anything."
)
GARDEN_END = (
    "Sow thinly in rows a hand's width apart, cover with a fine layer of soil and keep the "
    "bed moist until the seedlings show, which takes a week or two in spring."
)
CAMP = (
    "A first night in a tent goes well or badly on the strength of what you pack, and most of "
    "what goes wrong is forgetting something small that you cannot buy in a field."
)
CAMP_TEXT = (
    "Pitch on the flattest ground you can find with your head uphill, and peg the corners out "
    "square before you raise the poles, or the fabric will sag and catch the rain."
)
CAMP_END = (
    "Take everything down dry if you can, and if you cannot, unpack the tent at home the same "
    "day and hang it up, or it will smell of mildew by the next trip."
)


@pytest.mark.parametrize(
    ("intro", "label", "run", "head", "text", "other", "end"),
    [
        (BIKE, "WHAT TO CARRY", ("A pair of tyre levers", "A small pump with the right valve",
                                 "A spare inner tube"), "Finding the Puncture", BIKE_TEXT,
         "Putting It Back Together", BIKE_END),
        (GARDEN, "YOU WILL NEED", ("Four boards of the same length", "A drill and some screws",
                                   "Topsoil and compost"), "Building the Bed", GARDEN_TEXT,
         "Sowing the Seeds", GARDEN_END),
        (CAMP, "THE KIT", ("A tent with its poles and pegs", "A mat and a sleeping bag",
                           "A torch and spare batteries"), "Choosing Your Pitch", CAMP_TEXT,
         "Packing Up", CAMP_END),
    ],
)  # fmt: skip
def test_a_headline_case_line_after_items_heads_the_next_section(
    intro, label, run, head, text, other, end
):
    """'WHAT TO CARRY' / items / 'Finding the Puncture' / text, beside 'Putting It Back
    Together': the line is cased as the page's heads, not as its items."""
    heads = heads_of(intro, label, *run, head, text, other, end)
    assert heads == [label, head, other]


def test_a_run_of_names_keeps_its_last_name():
    """Names are in headline case, every one: the last closes the run, no head."""
    run = ("Ana Ruiz Moreno", "Tomas Hale", "Sara Quinn Abbott")
    heads = heads_of(CAMP, "THE PANEL", *run, CAMP_TEXT, "Packing Up", CAMP_END)
    assert "Sara Quinn Abbott" not in heads


def test_a_headline_case_item_where_no_head_is_so_cased_stays_an_item():
    """Heads in capitals set no headline case: 'Fresh Basil Leaves' is the list's last item."""
    run = ("Two ripe tomatoes", "A ball of mozzarella", "Fresh Basil Leaves")
    heads = heads_of(GARDEN, "WHAT YOU NEED", *run, GARDEN_TEXT, "THE METHOD", GARDEN_END)
    assert "Fresh Basil Leaves" not in heads


# A yes-or-no question head answered by a fragment, heading more than its reply, where another
# question head is answered at once by a reply word, as a FAQ's are.

RULE = (
    "From September, pupils in every state school will wear a uniform with no more than three "
    "branded items, under a law passed last year to bring down what parents pay for it."
)
COST = (
    "The government says families will save about £50 a child a year, though schools that "
    "already kept costs down will see little change and some say they will lose suppliers."
)
EXEMPT = (
    "Yes. Schools can keep a branded blazer if they already sell it second-hand, and those in "
    "the middle of a contract with a supplier have until it ends to comply."
)
WORK = (
    "In most schools, probably. Where the branded items are cheap already, it depends on "
    "whether parents switch to supermarket basics. Several heads told us they doubt it."
)
MORE = (
    "Parents' groups say the real cost is PE kit, which the law leaves alone, and want the "
    "next review to cover it before the rules are written into guidance for schools."
)
NEXT = (
    "The department will publish guidance for governors in the spring, and schools must "
    "publish their uniform lists on their websites before the new term begins."
)


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Will it save money?", WORK),
        ("Will parents notice?", "At the till, certainly. " + WORK.split(". ", 1)[1]),
        ("Can schools refuse?", "In theory, yes. " + WORK.split(". ", 1)[1]),
    ],
)
def test_a_question_in_the_heads_rhythm_stays_a_head(question, reply):
    """'Can schools opt out?' / 'Yes. ...' answers a head at once: 'Will it save money?' / 'In most
    schools, probably. ...' / more text is one more head."""
    blocks = ["What is the new rule?", RULE, "How much will it save?", COST]
    blocks += ["Can schools opt out?", EXEMPT, question, reply, MORE, "When does it start?", NEXT]
    heads = ["What is the new rule?", "How much will it save?", "Can schools opt out?", question]
    assert heads_of(*blocks) == [*heads, "When does it start?"]


def test_a_fragment_replied_question_is_running_text_where_no_head_is_answered_at_once():
    """Without a head answered by a reply word, the fragment marks the writer's own question."""
    blocks = ["What is the new rule?", RULE, "How much will it save?", COST]
    blocks += ["Who gets an exemption?", EXEMPT[5:], "Will it save money?", WORK, MORE]
    blocks += ["When does it start?", NEXT]
    assert "Will it save money?" not in heads_of(*blocks)


def test_a_fragment_replied_question_closing_its_section_is_running_text():
    """A question answered in one line that closes the section is asked in the text, even
    beside a head answered by a reply word (heads30's spacing)."""
    blocks = ["What is the new rule?", RULE, "How much will it save?", COST]
    blocks += ["Can schools opt out?", EXEMPT, MORE, "Will it save money?", WORK]
    blocks += ["When does it start?", NEXT]
    assert "Will it save money?" not in heads_of(*blocks)
