"""heads70: the reader's classes behind heads67's series, widened where fresh41/42 showed a new
form of them: a series head may stand after a list (a list closes the section above), a
two-sentence head's section is weighed against its longest sentence, and the sections' spacing
against the typical section, so a short closing section does not make a page uneven. Made-up
articles, written as blocks, with near-misses that change one thing each and stay text."""

from __future__ import annotations

import pytest

from api.parser.heading_numbered_runs import numbered_run_heads, run_number
from api.parser.heading_series import head_measure, typical_size
from api.parser.heading_siblings import opens_a_section
from api.parser.layout import Item, Line, ListLines, Picture
from tests.parser.exports import heads_of

KILN_PICTURE = (
    "A potter lifting a glazed bowl out of a brick kiln\n"
    "A bowl comes out of the wood kiln in JuneRasmus Pellinger/Vardø Kurér"
)

# a crafts feature: one head right after a list's last line, the last section short
BEES = [
    "VARDØ, Norway — Halvard Stenmo-Quist keeps bees further north than almost anyone in "
    "Europe, in six hives behind a fish-drying rack, and he says they have not read the books "
    "that say they should not survive here.",
    "He started with two hives. He lost both the first winter.",
    "The summer is short and the light never stops, and for seven weeks of the year the bees "
    "work almost around the clock, which is why the honey, he says, tastes of nothing else he "
    "has ever eaten.",
    "The cold was never the problem.",
    "A hive wrapped in felt and sheltered from the wind keeps its own heat, and the colonies "
    "cluster so tightly that the middle of the ball stays at thirty degrees in January.",
    "What kills them is the damp. A hive that sweats in March is a hive that is dead by May, "
    "and he checks each one with his ear against the wood every week of the spring.",
    "He keeps a list by the door of what each hive needs before the first frost:",
    "  • a felt jacket, doubled\n  • a roof weighted with stones\n  • a dry floor of pine",
    "The neighbours laughed. Then they bought hives.",
    "There are now eleven keepers in the town and a club that meets in the school gym on the "
    "first Monday of the month, with a shared extractor bought with a grant from the county.",
    "The club sold four hundred jars at the harbour festival last year and gave the money to "
    "the lifeboat, which the members say bought them more goodwill than any leaflet could.",
    "The queens come from the south.",
    "Every spring a box of mated queens arrives on the coastal ferry from a breeder near "
    "Trondheim, and the keepers meet the boat at six in the morning to carry them home inside "
    "their coats.",
    "Some do not take. Most do, and the keepers say the bees that survive a northern winter "
    "are the ones they would most like to breed from, if only the summers were long enough.",
    "The honey will not be cheap.",
    "He sells it at the market for twice what the shops charge. It sells out by noon.",
    "Nobody has asked for a discount, he says.",
]
BEES_HEADS = [BEES[3], BEES[8], BEES[11], BEES[14]]

# a match report: the last head of two sentences over a closing section of two short lines
FERRY = [
    "STROMNESS, Orkney — The island ferry crews beat the harbour pilots 4-3 in the annual "
    "shinty match on Saturday, the first time in nine years the crews have won it, on a pitch "
    "that was under water until the morning.",
    "It was not supposed to be played at all. The referee walked the pitch twice.",
    "Both sides had trained for a month, the pilots on the school field and the crews on the "
    "car deck of the evening boat, where the captain allowed it as long as nobody hit a car.",
    "The pilots scored first.",
    "Their captain, Morven Tulloch-Aird, drove in from the edge of the box after four minutes, "
    "and the pilots added a second before the crews had touched the ball in their half.",
    "The crews' coach, a retired engineer named Sandy Foubister-Low, said afterwards that he "
    "had told his players to wait for the wind to turn, which it did at half-time.",
    KILN_PICTURE,
    "The wind turned. So did the match.",
    "With the gale behind them the crews scored three times in ten minutes, two of them from "
    "corners that the pilots' keeper lost in the spray coming off the harbour wall.",
    "Was it a foul?",
    'The referee said it was not. "The ball hit the wall and then the keeper," he said.',
    "The pilots levelled with a penalty, and for twenty minutes neither side could get out of "
    "its own half against the wind, which by then had turned again.",
    "The winner came from a deckhand.",
    "Ailsa Mowat-Ring, who joined the crews in the spring, scored with her first touch after "
    "coming on as a substitute with three minutes left, from a pass that bounced twice.",
    "She says she has never played before. Her teammates say she is lying.",
    "The trophy goes back on the ferry. The pilots want it back next year.",
    "It will sit in the saloon of the morning boat until the next match, beside the bar.",
    "The pilots' captain has asked for a rematch in the spring, on a dry pitch this time.",
]
FERRY_HEADS = [FERRY[3], FERRY[7], FERRY[12], FERRY[15]]

# a profile: evenly spaced sections but a short closing one, and a head after a picture
CHOIR = [
    "ROVANIEMI, Finland — The men's choir of the reindeer herders' union has sung at every "
    "herding fair for sixty years, and this winter, for the first time, it has more members "
    "under forty than over.",
    "Most of them cannot read music. They learn every part by ear.",
    "The choir rehearses on Tuesday nights in a community hall heated by a wood stove, and the "
    "members drive for up to two hours across the fells to get there in the dark.",
    "The songs are older than the union.",
    "Most are herding songs that were never written down, passed from one singer to the next, "
    "and the conductor, Aslak Keskitalo-Berg, says that some of them exist only in the heads "
    "of the three oldest members.",
    "Does it matter?",
    "It does to them. Each song names a family's grazing grounds, fell by fell.",
    "He has started recording them on his phone at every rehearsal. The old men complain "
    "that he catches their mistakes as well as their songs.",
    "The young men came for a film. They stayed for the songs.",
    "A documentary about the choir was shown on national television two years ago, and the "
    "next month nine men under thirty turned up at the hall, some of them sons of members.",
    "They stayed, the conductor says, because the choir is the one evening of the week when "
    "nobody talks about the price of fodder or the wolves, only about the next song.",
    KILN_PICTURE,
    "The fair is in March.",
    "The choir will sing four songs there, one of them new, written by a member whose father "
    "sang in the choir when it was founded and who died the winter before last.",
    "Nobody will say which one it is. The conductor says they will know it when they hear it.",
    "Tickets are free. The hall holds two hundred.",
    "The union will stream the concert for members who cannot travel that far in March.",
    "Snow is forecast for the week of the fair.",
]
CHOIR_HEADS = [CHOIR[3], CHOIR[8], CHOIR[12], CHOIR[15]]


@pytest.mark.parametrize(
    ("blocks", "heads"),
    [(BEES, BEES_HEADS), (FERRY, FERRY_HEADS), (CHOIR, CHOIR_HEADS)],
    ids=["bees-after-a-list", "ferry-two-sentence-coda", "choir-short-closing-section"],
)
def test_a_series_in_its_new_forms_is_the_pages_heads(blocks: list[str], heads: list[str]):
    assert heads_of(*blocks) == heads


def one_sentence(blocks: list[str], heads: list[str]) -> list[str]:
    """The blocks with each head cut to its first sentence: no head of two sentences."""
    return [b.split(". ")[0] + "." if b in heads else b for b in blocks]


def stretched(blocks: list[str], heads: list[str]) -> list[str]:
    """The blocks with the first head's paragraph four times more: one section far longer
    than a section usually is."""
    k = blocks.index(heads[0])
    return [*blocks[: k + 2], *[blocks[k + 1]] * 4, *blocks[k + 2 :]]


def lead_in_for_list(blocks: list[str], heads: list[str]) -> list[str]:
    """The blocks with a ':' lead-in closing the list the head follows: the head then follows
    a lead-in's ':', no section's end."""
    k = blocks.index(heads[1])
    return [*blocks[:k], "He adds one more thing to it every year:", *blocks[k:]]


@pytest.mark.parametrize(
    "blocks",
    [
        one_sentence(BEES, BEES_HEADS),
        one_sentence(FERRY, FERRY_HEADS),
        one_sentence(CHOIR, CHOIR_HEADS),
        stretched(CHOIR, CHOIR_HEADS),
    ],
    ids=["bees-one-sentence", "ferry-one-sentence", "choir-one-sentence", "choir-stretched"],
)
def test_near_misses_of_the_new_forms_stay_text(blocks: list[str]) -> None:
    assert heads_of(*blocks) == []


def test_a_far_longer_section_leaves_the_closing_head_out() -> None:
    # the first three are found by the sentence rules; the series does not complete them
    # when one section is far longer than a section usually is
    assert heads_of(*stretched(FERRY, FERRY_HEADS)) == FERRY_HEADS[:3]


def punchy_after_a_list(blocks: list[str], heads: list[str]) -> list[str]:
    """The blocks with the head after the list over one paragraph only: a punchy line."""
    k = blocks.index(heads[1])
    return [*blocks[: k + 2], *blocks[k + 3 :]]


def test_a_punchy_line_after_a_list_stays_text() -> None:
    heads = heads_of(*punchy_after_a_list(BEES, BEES_HEADS))
    assert BEES_HEADS[1] not in heads


def test_a_line_after_a_lead_in_is_no_head_after_a_list() -> None:
    heads = heads_of(*lead_in_for_list(BEES, BEES_HEADS))
    assert BEES_HEADS[1] not in heads


def line(text: str, alone: bool = True) -> Line:
    """A line of the given text, standalone unless told."""
    return Line(text, alone=alone)


HEAD = line("The neighbours laughed. Then they bought hives.")


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        (ListLines(("a felt jacket", "a dry floor")), True),  # a list closes a section
        (line("• a dry floor of pine", alone=False), True),  # a list's last line
        (Picture("alt", "caption"), True),
        (line("He checks each hive every week."), True),  # a sentence's end
        (line("He keeps a list by the door:"), False),  # a lead-in introduces, ends nothing
        (line("The honey, the wax and the"), False),  # a broken line goes on
    ],
)
def test_a_section_ends_at_a_list_a_picture_or_a_stop(before: Item, expected: bool) -> None:
    items: list[Item] = [line("x" * 200), before, HEAD, line("x" * 200)]
    assert opens_a_section(items, 2) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The wind turned. So did the match.", len("So did the match.")),
        ("The pilots scored first.", len("The pilots scored first.")),
        ("It rained. Then it rained harder. Then it stopped.", len("Then it rained harder")),
    ],
)
def test_a_head_is_weighed_by_its_longest_sentence(text: str, expected: int) -> None:
    assert head_measure(text) == expected


@pytest.mark.parametrize(
    ("sizes", "expected"),
    [
        ([466, 227, 434, 151], 330.5),
        ([300, 500, 400], 400.0),
        ([120, 900], 510.0),
    ],
)
def test_the_typical_section_is_the_median(sizes: list[int], expected: float) -> None:
    assert typical_size(sizes) == expected


# --- numbered_run_heads: a run from 1 is the page's heads, whatever its members' form -------

TEXT = (
    "Most of the agencies in the old town ask for the same papers, and the ones that do not "
    "usually make up for it with a fee that appears only when the contract is printed."
)
REPLY_TEXT = (
    "Some will, if you ask before you sign, and the ones that agree tend to put it in writing "
    "the same afternoon without being asked twice."
)

LISTICLE = [
    "KRAGUJEVAC — Renting a flat here is cheaper than in the capital, but the rules are "
    "different, and newcomers learn most of them the expensive way.",
    "1) Pay the first month in cash. Ask for a receipt.",
    TEXT,
    "2) Read the meter on the first day. Photograph it.",
    TEXT,
    '3) "Furnished" means a bed.',
    TEXT,
    KILN_PICTURE,
    "4) Ask the neighbours about the heating before you agree to a winter contract that "
    "starts in October",
    TEXT,
    "5) The deposit comes back. Slowly.",
    TEXT,
]
LISTICLE_HEADS = [LISTICLE[1], LISTICLE[3], LISTICLE[5], LISTICLE[8], LISTICLE[10]]

GARDEN = [
    "Allotment holders in the valley have a waiting list of six years, and those who get a "
    "plot tend to keep it for life. Here is what the old hands say about the first season.",
    "1. Dig once. Then leave it alone.",
    TEXT,
    "  • a fork\n  • a rake\n  • a barrow with a good tyre",
    "2. 'No-dig' is not lazy.",
    TEXT,
    TEXT,
    "3. Water in the evening, never at noon, and never on the leaves of anything you hope to eat",
    TEXT,
    "4. Share the glut.",
    TEXT,
]
GARDEN_HEADS = [GARDEN[1], GARDEN[4], GARDEN[7], GARDEN[9]]

VISA = [
    "TBILISI — A long-stay visa for freelancers has been on offer for three years, and the "
    "process is simpler than most applicants expect, if they follow it in order.",
    "Tip 1: Get the bank letter first",
    TEXT,
    "Will the bank charge for it?",
    REPLY_TEXT,
    "Tip 2: Translate everything. Then have it stamped.",
    TEXT,
    "Tip 3: Book the appointment online and arrive at the service hall half an hour early "
    "with copies of everything",
    TEXT,
    "Tip 4: Keep the receipt",
    TEXT,
]
VISA_HEADS = [VISA[1], VISA[5], VISA[7], VISA[9]]


@pytest.mark.parametrize(
    ("blocks", "heads"),
    [(LISTICLE, LISTICLE_HEADS), (GARDEN, GARDEN_HEADS), (VISA, VISA_HEADS)],
    ids=["paren-listicle", "dotted-after-a-list", "tip-labels-with-a-question"],
)
def test_a_numbered_run_is_the_pages_heads_whatever_its_form(
    blocks: list[str], heads: list[str]
) -> None:
    assert heads_of(*blocks) == heads


PACKED = [
    TEXT,
    "The caretaker's advice fits on a card:",
    "1. Bleed the radiators.",
    "2. Check the boiler pressure.",
    "3. Keep the receipt.",
    TEXT,
]

NUMBERED_PARAGRAPHS = [
    TEXT,
    "1. The first thing any tenant should do, according to the association, is to read the "
    "whole contract aloud with a friend who knows the language and the law.",
    TEXT,
    "2. The second is to photograph every room, every wall and every appliance on the first "
    "day, with the date showing, and to send the pictures to the landlord.",
    TEXT,
    "3. The third is to keep every receipt for every payment, rent and bills alike, in one "
    "place, for as long as the tenancy lasts and a year after it ends.",
    TEXT,
]

TRANSCRIPT = [
    TEXT,
    "Caller 1: Why is the bridge shut?",
    "Host: Because the engineers found a crack in one of the piers last week, and the council "
    "will not open it until they have been back to look.",
    "Caller 2: When will it open again?",
    "Host: Nobody will say, and the council's own statement gives no date at all, only that "
    "the work will take as long as it takes to be safe.",
    "Caller 3: Who pays for the repair?",
    "Host: The council, and through it the people who pay the council tax, which is why the "
    "phones have not stopped ringing since it closed.",
]

QUIZ = [
    TEXT,
    "1. Which river flows through the old town?",
    "The Lepenica.",
    "2. Who built the first bridge across it?",
    "A miller.",
    "3. In which year did the market open?",
    "In 1911.",
]


@pytest.mark.parametrize(
    "blocks",
    [PACKED, NUMBERED_PARAGRAPHS, QUIZ, LISTICLE[:4]],
    ids=["packed-list", "numbered-paragraphs", "quiz", "two-numbers"],
)
def test_numbered_lines_that_are_no_run_of_heads_stay_text(blocks: list[str]) -> None:
    assert heads_of(*blocks) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3) Go early", ("", 3)),
        ("12. Saturn", ("", 12)),
        ("Step 2: Register it", ("Step", 2)),
        ("Day 2: 14 km on foot", ("", -1)),  # a field's figure
        ("Step two: Register it", ("", -1)),
        ("The 3 best", ("", -1)),
    ],
)
def test_a_run_members_number(text: str, expected: tuple[str, int]) -> None:
    assert run_number(Line(text, alone=True)) == expected


def test_a_transcripts_numbered_turns_are_no_run() -> None:
    items: list[Item] = [line(text) for text in TRANSCRIPT]
    assert numbered_run_heads(items, list(range(len(items)))) == []


def test_the_run_stops_at_a_number_out_of_sequence() -> None:
    items: list[Item] = [line(TEXT)]
    for number in (1, 2, 4, 5):
        items += [line(f"{number}) Go early on the day"), line(TEXT)]
    alone = list(range(len(items)))
    assert numbered_run_heads(items, alone) == []


def test_labelled_turns_of_stopped_sentences_are_no_run() -> None:
    items: list[Item] = [line(TEXT)]
    for number, turn in enumerate(["I live by the bridge.", "I run the bakery.", "I agree."], 1):
        items += [line(f"Juror {number}: {turn}"), line(TEXT)]
    assert numbered_run_heads(items, list(range(len(items)))) == []


def test_a_three_sentence_member_ends_the_run() -> None:
    items: list[Item] = [line(TEXT), line("1) Go early"), line(TEXT)]
    items += [line("2) Skip the map. Follow the markers. They are new."), line(TEXT)]
    items += [line("3) Eat at the hut"), line(TEXT), line("4) Take the bus"), line(TEXT)]
    assert numbered_run_heads(items, list(range(len(items)))) == []
