"""Heads read off the document (issue 15, fresh21's shapes, made-up texts): a capitals place
head opening on an abbreviation ('MT. HOLLIS')."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

FIRE = (
    "A grass fire burned about 12 acres near the county landfill on Sunday afternoon before "
    "crews from three towns put it out. Nobody was hurt, and the cause is under investigation."
)
SCHOOL = (
    "The school board voted 5-2 on Monday to move the start of classes to 8:45 a.m. next fall, "
    "after a year of surveys of parents, teachers and the bus drivers who would have to adjust."
)
MARKET = (
    "The farmers market will move from the church lot to the old rail depot next month, the "
    "organizers said, because the lot is being repaved and the depot has more shade."
)


@pytest.mark.parametrize(
    "place",
    ["MT. HOLLIS", "ST. BRENDAN'S CROSSING", "FT. GARRISON", "ST. OLAF HEIGHTS"],
)
def test_a_capitals_place_head_opening_on_an_abbreviation_is_a_head(place):
    """A capitals place head among capitals place heads: its abbreviation's period ends no
    sentence, as it does not in 'Mt. Hollis'."""
    heads = heads_of("NORTH VALE", FIRE, place, SCHOOL, "EAST LINDEN", MARKET)
    assert heads == ["NORTH VALE", place, "EAST LINDEN"]


@pytest.mark.parametrize("line", ["WE WON. NOW WHAT", "IT RAINED. THEN IT POURED"])
def test_two_capitals_sentences_are_still_two_sentences(line):
    """Read in title case, capitals words that are no abbreviations still end a sentence."""
    assert line not in heads_of("NORTH VALE", FIRE, line, SCHOOL, "EAST LINDEN", MARKET)


REVIEW = (
    "I used it every day for a month, on the train, at my desk and on the sofa, and it held up "
    "better than I expected from a device at this price, with one or two exceptions."
)
VERDICT = (
    "It is not the lightest or the cheapest of its kind, but it does the everyday jobs well and "
    "without fuss, and that is what most people buying one will want from it."
)


@pytest.mark.parametrize(
    ("opening", "good", "closing", "bad", "last", "verdict"),
    [
        ("Pros", ("Bright screen", "Long battery life"), "Cons",
         ("Heavy to lift", "Short warranty"), "Loud", "Verdict"),
        ("Likes", ("Quick to charge", "Sturdy hinge"), "Dislikes",
         ("Slow to start up", "No headphone socket"), "Bulky", "Summary"),
        ("The good", ("Crisp speakers", "Bright colours"), "The bad",
         ("Stiff keyboard", "Only two ports"), "The price", "The verdict"),
    ],
)  # fmt: skip
def test_the_last_item_under_a_sibling_head_gives_way_to_the_head_below_it(
    opening, good, closing, bad, last, verdict
):
    """A box's last item parallel to its labels ('Expensive') over a parallel line that
    introduces text: the item closes the box, the line under it is the head."""
    heads = heads_of("Design", REVIEW, opening, *good, closing, *bad, last, verdict, VERDICT)
    assert last not in heads
    assert closing in heads and verdict in heads


def test_a_sibling_head_over_its_own_items_stays_a_head():
    """'Cons' over one-word items is the box's label: only a pair of parallel lines ending the
    run over text gives the head to the lower line."""
    heads = heads_of("Design", REVIEW, "Pros", "Bright screen", "Long battery life", "Cons",
                     "Pricey", "Slow", VERDICT)  # fmt: skip
    assert "Cons" in heads and "Pricey" not in heads and "Slow" not in heads


COUNT = (
    "Turnout was the highest for a local election in twenty years, and counting in the two "
    "largest towns went on past midnight. The figures below are unofficial."
)


@pytest.mark.parametrize(
    ("bare", "labelled", "results"),
    [
        ("Mayor", ("Council: East wards", "Council: West wards"),
         ("Ward 2: Ada Brisk (Ind) 54.2%, Tom Hale (Lab) 45.8%. Gain.",
          "Ward 5: Lena Ortiz (Con) 61.0%, Ravi Shah (Lab) 39.0%. Hold.")),
        ("Girls' events", ("Boys: Sprints", "Boys: Distance"),
         ("Event 1: Tomas Reyes (Holt) 11.2sec. Meet record.",
          "Event 3: Jai Ambrose (Kelby) 23.9sec. Personal best.")),
        ("Governor", ("Senate: Western districts", "Senate: Eastern districts"),
         ("Seat 14: Ora Pike (D) 50.4%, Al Voss (R) 49.6%. Recount likely.",
          "Seat 19: Cy Moreno (R)* unopposed.")),
    ],
)  # fmt: skip
def test_labelled_heads_over_a_series_of_result_lines_are_heads(bare, labelled, results):
    """'House: Northern counties' over 'District 4: ...' result lines, beside a bare head over
    the same kind of lines: a head, not a box's field or a transcript's turn."""
    first, second = labelled
    heads = heads_of(bare, COUNT, *results, first, *results, second, *results, "The count", COUNT)
    assert first in heads and second in heads and bare in heads


def test_a_box_of_fields_ending_sentences_is_no_head():
    """A box's fields have labels of their own, no series: the first stays a field."""
    box = ("Getting there: By train from the city.", "Eat: The Anchor, mains from £14.",
           "Stay: Gull House, from £90 a night.")  # fmt: skip
    assert "Getting there: By train" not in heads_of("The town", COUNT, "Getting there: By train",
                                                      *box[1:], "The coast", COUNT)  # fmt: skip


LEAD = (
    "The hearing resumed on Monday with evidence from the two officials who signed off the "
    "contract, and from the engineer who first raised concerns about it in writing."
)
TAIL = (
    "The hearing will sit again next week, when the minister responsible at the time is "
    "expected to give evidence for the first time since the contract was cancelled."
)


@pytest.mark.parametrize(
    ("heads", "exchange"),
    [
        (("Ada Crowle, site engineer", "Pim Osei, finance director"),
         ("Counsel asked about the emails she sent in March.", "Why did you send them?",
          '"Because nobody was answering the phone," she said.', "Did anyone reply?",
          '"Not once."')),
        (("The prosecution", "The defence"),
         ("The prosecutor turned to the night of the fire.", "Where were you that night?",
          '"At home, with my sister," he said.', "Who else was in the house?",
          '"Nobody else."')),
        (("Early years", "The business"),
         ("I asked her about the shop she ran for thirty years.", "Was it ever easy?",
          '"Never, not for a single week," she says.', "Would you do it again?",
          '"Tomorrow."')),
    ],
)  # fmt: skip
def test_questions_put_and_answered_by_quotations_are_paragraphs(heads, exchange):
    """A question right after a paragraph, answered by a quotation, twice, beside statement
    heads: an exchange the writer reports, its questions paragraphs."""
    first, second = heads
    found = heads_of(LEAD, first, LEAD, *exchange, LEAD, second, TAIL)
    assert found == [first, second]


def test_a_lone_question_answered_by_a_quotation_stays_a_head():
    """One question head answered by a quotation is a head: an exchange asks twice."""
    found = heads_of(LEAD, "The contract", LEAD, "What happens next?",
                     '"We will appeal," the company said in a statement on Monday evening.',
                     TAIL, "The minister", TAIL)  # fmt: skip
    assert "What happens next?" in found


P1 = (
    "She spent most of that decade on small productions, painting other designers' drops by day "
    "and building her own models at night in a rented room above a hardware store."
)
P2 = (
    "The commission came through a friend of a friend, and she took it without asking what it "
    "paid, because it was the first time anyone had offered her a whole stage to herself."
)
P3 = (
    "Reviews were mixed, but the set was singled out in almost all of them, and within a year "
    "two other companies had asked her to build something similar for their own seasons."
)

# Labels over short sections, the third section twice as long, with a gap for a line inside it.
LONG_SECTION_AROUND = (
    (P1, "Early years", P1, P2, P3, "The 1970s", P1, P2, P3),
    (P2, P3, P1, P2, "The 1980s", P3, P1, P2, "Later life", P1, P2, P3),
)


@pytest.mark.parametrize(
    "pair",
    [
        "The bridge took a year to build. It fell in a single afternoon.",
        "The first season lost money. The second one paid for both.",
        "The orchard was planted in 1952. Nobody picked it for decades.",
    ],
)
def test_a_two_sentence_head_splitting_a_long_section_among_labels_is_a_head(pair):
    """Labels over short sections, and one section twice as long split by a line of two short
    sentences, more than two items from either label: the long read's full-sentence head."""
    heads = heads_of(*LONG_SECTION_AROUND[0], pair, *LONG_SECTION_AROUND[1])
    assert pair in heads


def test_a_two_sentence_paragraph_in_an_even_section_stays_a_paragraph():
    """Where the sections are even, a line of two short sentences inside one is text."""
    pair = "The bridge took a year to build. It fell in a single afternoon."
    heads = heads_of(P1, "Early years", P1, P2, P3, pair, P1, "The 1970s", P1, P2, P3, P1, P2,
                     "The 1980s", P3, P1, P2, P3, P1, "Later life", P1, P2, P3)  # fmt: skip
    assert pair not in heads


def test_a_labelled_record_of_two_sentences_is_no_section_head():
    """'31 min: Penalty. Doe scores.' is a record's line, labelled: no full-sentence head."""
    line = "31 min: Penalty to Harlow. Fenn scores."
    heads = heads_of(*LONG_SECTION_AROUND[0], line, *LONG_SECTION_AROUND[1])
    assert line not in heads


ESSAY = (
    "My grandmother ran the bakery on the corner for forty years, and when she died the family "
    "found her recipe cards in a biscuit tin, each one annotated in three colours of ink."
)
ESSAY2 = (
    "For weeks I left the tin on the shelf above the stove, and every morning I looked at it "
    "while the kettle boiled, and every morning I decided that today was not the day."
)


@pytest.mark.parametrize(
    "short",
    [
        ("There were 212 cards.", "I kept the tin.", "My brother wanted none of it.",
         "It smelled of cinnamon.", "I did not bake for a year.", "Then I did."),
        ("The car had no radio.", "We sang instead.", "Dad knew every word.",
         "Nobody else did.", "I still hear it.", "Every winter."),
        ("The lake froze in December.", "We skated anyway.", "Mum hated it.",
         "She watched from the dock.", "She never once said stop.", "I understand why now."),
    ],
)  # fmt: skip
def test_one_line_paragraphs_for_effect_in_an_essay_without_heads_stay_paragraphs(short):
    """An essay of many one-line sentences and no heads: its short lines are the writer's
    style, and the few that stand out by their spacing are no heads either."""
    a, b, c, d, e, f = short
    body = (a, ESSAY, b, c, ESSAY2, ESSAY, d, ESSAY2, e, ESSAY, ESSAY2, f, ESSAY, ESSAY2)
    assert heads_of(*body) == []
