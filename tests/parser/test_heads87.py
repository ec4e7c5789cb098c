"""heads87: on a page with no other head, standalone lines of one or two short sentences
ending in '.' are its heads by pace alone (heading_rhythm.paced_heads): each over a paragraph
twice its length, opening runs of text, sections evenly long but the last, none a question or
in the first person; a punchy line in the lead or going on from a head's first paragraph stays
text. Made-up exports, with near misses that change one thing each."""

from __future__ import annotations

from api.parser.heading_rhythm import evenly_paced, paced_heads, paced_sentence
from tests.parser.exports import heads_of, lines

# --- a bakery inquiry: five heads by pace, a punchy line in the lead and one in a section ---

BAKERY = [
    "LEEDSHAM, Wessex — For nine winters, Rowan Pettigrew-Osei kept the bakery's flour orders in "
    "a ledger on the shelf above the ovens, one page a week, in pencil.",
    "Last winter he wrote one line.",
    "The closure did not make the paper. It made its way instead into a letter to the county "
    "council, then into a petition, and then, over four months, into the papers this story is "
    "built on.",
    "It started with a lease.",
    "The lease was renewed in 2021 on terms nobody in the street had seen before. It tripled "
    "the rent over three years and let the landlord, Harrowgate Estates Ltd., end it on a "
    "month's notice. It was signed in a week. No one was asked, because nobody had to be.",
    '"I rang the council and asked whether anyone had read it," Pettigrew-Osei said. "They '
    'asked me which lease."',
    "The council's own planning file on the street runs to sixty pages, and the word bakery "
    "does not appear in it once, not even in the list of shops that pay business rates.",
    "They knew about the damp.",
    "Surveys released to the Courier show the landlord's own surveyor found rising damp in the "
    "back wall in two of the last three years. The reports went to the council, as the rules "
    "require. The council wrote back once, asking for photographs.",
    "No repair was ordered and no visit was made. A council spokesperson said the reports had "
    "been read against the state of the whole terrace and found not to be urgent, and would "
    "not say who had read them.",
    "Then the rent rose. Then the queue thinned.",
    "In March the second rise came in, and the bakery's prices went up with it. Regulars "
    "posted about it online. The café next door put up a sign offering its own bread.",
    "The queue did not come back that spring.",
    "Is the landlord to blame? Harrowgate says no. Traders who have seen the accounts say it is "
    "the likeliest reason, but proving it would take a court case nobody can afford.",
    "Ask the landlord and you get a leaflet.",
    "Harrowgate declined an interview. In a written statement it said it supports local "
    "business and keeps its buildings to the highest standard. The statement did not mention "
    "the bakery.",
    "The standard it referred to is one it wrote for itself.",
    "He is still baking.",
    "Pettigrew-Osei bakes at home now, for a market on Saturdays. So far, it covers the flour.",
    "Twelve loaves, he said. Every one sold.",
]
BAKERY_HEADS = [
    "It started with a lease.",
    "They knew about the damp.",
    "Then the rent rose. Then the queue thinned.",
    "Ask the landlord and you get a leaflet.",
    "He is still baking.",
]


def test_an_inquiry_s_heads_by_pace():
    assert heads_of(*BAKERY) == BAKERY_HEADS
    items = lines(*BAKERY)
    found = paced_heads(items, list(range(len(items))), [False] * len(items))
    assert [items[k].text for k in found] == BAKERY_HEADS


def test_a_close_no_longer_than_the_head_ends_its_run():
    # the boundary: a section's closing line as short as its head is no paragraph of its run
    page = [t.replace("one it wrote for itself", "its own") for t in BAKERY]
    items = lines(*page)
    found = paced_heads(items, list(range(len(items))), [False] * len(items))
    assert "Ask the landlord and you get a leaflet." not in [items[k].text for k in found]


# --- a glacier analysis: four heads by pace, a punchy line under the first head's paragraph ---

GLACIER = [
    "SKALDVIK, Nordmark (NTB) — The ice count is in, and for the boat operators of the western "
    "fjords it makes hard reading.",
    "The Polar Office recorded 41 calving events this summer, the fewest since records began "
    "and about a fifth of the average. For a coast that sells itself as the Ice Coast, that is "
    "a problem no campaign will fix.",
    "It used to be a safe bet.",
    "For most of the past twenty years, a glacier trip out of Skaldvik or Orrnes in July was as "
    "sure a thing as tourism offers. Visitors booked a year ahead, and operators promised them "
    "ice with a straight face.",
    "Now they hedge.",
    '"We will see seals, and we might see ice," said one skipper, Halvard Brekke-Nwosu, who has '
    'run boats out of Skaldvik since 2006. "Ten years ago I would have promised both."',
    "Blame the current. Then blame the heat.",
    "The number of calving events has always swung from year to year, depending on the water "
    "under the ice and the weather above it. Scientists say both are changing, and not in the "
    "coast's favour, and that a cold year now is the exception.",
    "Two of the last nine summers were above average, and the operators know not to count on "
    "them when they print next year's brochures.",
    "Some are selling seals instead.",
    "Brekke-Nwosu has renamed his company. It used to have the word glacier in it, and now it "
    "has the word seal. Two kayak firms in Orrnes now run bird trips instead of ice trips.",
    "A hotel in Skaldvik has started offering fossil walks on the beach below the old quay.",
    "Nobody wants to give up the ice.",
    "The regional tourism minister said on Monday that the glaciers would always be part of "
    "the coast's story. The new campaign, filmed three years ago, still opens on one.",
    "That glacier has since retreated.",
]
GLACIER_HEADS = [
    "It used to be a safe bet.",
    "Blame the current. Then blame the heat.",
    "Some are selling seals instead.",
    "Nobody wants to give up the ice.",
]


def test_an_analysis_s_heads_by_pace():
    assert heads_of(*GLACIER) == GLACIER_HEADS


# --- a ferry feature: three heads by pace, one of them after a picture ---

FERRY = [
    "TARNHOLM, Vestray — The ferry to Tarnholm runs twice a day in summer and once in winter, "
    "and for the forty people who live on the island it is the only way off.",
    "The timetable changed this spring. It was not the islanders who changed it.",
    "It began with a new boat.",
    "The operator, Vestray Sound Ferries, bought a larger vessel last year to cut its costs on "
    "the main routes. The old boat, which could turn in Tarnholm's small harbour, was sold to a "
    "firm in the south within a month of the order.",
    "The new boat cannot dock at low tide, so the crossings now follow the tide tables rather "
    "than the school day, and some mornings the first boat leaves before six.",
    "A ferry leaving the harbour at Tarnholm\nThe ferry leaving Tarnholm in April.Photo: "
    "Maren Lund-Achebe",
    "The school bus stopped waiting. The parents wrote.",
    "Children who used to take the eight o'clock boat to the secondary school on the main island "
    "now take the ten to six, or miss the first lesson. Parents wrote to the council, which wrote "
    "to the operator, which wrote back about the tides.",
    "Three families have already said they will move to the main island before the winter.",
    "They want the old boat back.",
    "A petition signed by every adult on the island asks the operator to charter a small boat for "
    "the school run. The operator says it is looking at the costs, and will report in the autumn.",
    "Until then, the alarm clocks on Tarnholm go off at five, and the harbour lights stay on.",
]
FERRY_HEADS = [
    "It began with a new boat.",
    "The school bus stopped waiting. The parents wrote.",
    "They want the old boat back.",
]


def test_a_feature_s_heads_by_pace_beside_a_picture():
    assert heads_of(*FERRY) == FERRY_HEADS


# --- near misses ---


def test_punchy_lines_each_over_one_paragraph_stay_text():
    # a column of short paragraphs: each stopped line opens no run of text
    page = [
        "The market opened at seven, as it has every Saturday for forty years, and by eight the "
        "car park was full of vans from three counties.",
        "It was cold.",
        "The fish stall ran out of mackerel before nine, and the cheese stall ran out of change "
        "by ten, which its owner said was a first for the year.",
        "They kept coming.",
        "By noon the bakers had sold out and gone home, and the flower stall was giving away the "
        "last of its tulips to anyone who would carry them.",
        "Then it rained.",
        "The stalls came down in twenty minutes, faster than anyone could remember, and the car "
        "park emptied before the rain had properly started.",
    ]
    assert heads_of(*page) == []


def test_an_essay_s_lines_in_the_first_person_stay_text():
    page = list(GLACIER)
    page[2] = "I used to bet on it."
    assert paced_heads(lines(*page), list(range(len(page))), [False] * len(page)) == []


def test_uneven_sections_stay_text():
    # one section of a paragraph, one of six: a punchy line, not a head's pace
    long_text = (
        "The council met again on Thursday and heard from the traders, the residents and the "
        "landlord's agent, each of whom spoke for longer than the chair had allowed."
    )
    page = [
        long_text,
        "It started with a letter.",
        long_text,
        "They knew about the roof.",
        *([long_text] * 7),
        "Then the rain came. Then the shop shut.",
        long_text,
        long_text,
    ]
    items = lines(*page)
    assert paced_heads(items, list(range(len(items))), [False] * len(items)) == []


def test_one_sentence_lines_alone_stay_text():
    # the page's heads each of one sentence: as much a story's punchy lines (heads67's rule)
    items = lines(*[t.replace(" Then blame the heat.", "") for t in GLACIER])
    assert paced_heads(items, list(range(len(items))), [False] * len(items)) == []
    items = lines(*BAKERY)
    assert len(paced_heads(items, list(range(len(items))), [False] * len(items))) == 5


def test_two_lines_make_no_heads():
    page = FERRY[:7] + FERRY[7:9]
    assert heads_of(*page) == []


def test_a_head_standing_leaves_the_page_to_its_rules():
    items = lines(*BAKERY)
    flags = [False] * len(items)
    flags[3] = True
    assert paced_heads(items, list(range(len(items))), flags) == []


def test_paced_sentence():
    assert paced_sentence("It started with a lease.")
    assert paced_sentence("Then the rent rose. Then the queue thinned.")
    assert paced_sentence("Ask the landlord and you get a leaflet.")
    assert not paced_sentence("Is the landlord to blame?")
    assert not paced_sentence("“We had it. We lost it.”")


def test_evenly_paced_spares_a_short_last_section():
    text = "x" * 300
    items = lines("A.", text, "B b b.", text, text, "C c c.", text, "D d d.", "y" * 40)
    assert evenly_paced(items, [2, 5, 7])
    assert not evenly_paced(lines("B b b.", "x" * 90, "C c c.", "x" * 900, "D."), [0, 2, 4])
