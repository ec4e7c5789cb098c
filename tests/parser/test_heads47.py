"""Heads over sections of one paragraph each, read off the document as a whole (heads47,
api/parser/heading_sections.py): plain sentences, quoted sentences and questions, and the
punchy paragraphs, quoted speech and rhetorical questions of running text that stay text."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

# --- Plain sentences: one-sentence heads, or two, over one paragraph each to the end. ---------

PLAIN_HEADS = [
    # a lifeboat station's appeal, two one-sentence heads
    (["The lifeboat station on the point has launched more often this year than in any year "
      "since it opened, and its volunteers say the old boathouse can no longer cope.",
      "The boathouse was built for a smaller boat.",
      "The current lifeboat is four metres longer than the one the boathouse was designed for, "
      "and the crew have to winch it in at an angle that strains the cradle every time.",
      "A new slipway will cost two million pounds.",
      "The charity has promised half of the money, and the station's supporters have until the "
      "end of next year to raise the rest through events and donations."],
     ["The boathouse was built for a smaller boat.",
      "A new slipway will cost two million pounds."]),
    # an orchard's year, three heads, one of them two sentences
    (["Grafton Orchard lost most of its apple crop to a late frost in April, the third bad "
      "spring in five years for the growers on the south side of the valley.",
      "The blossom froze in a single night.",
      "Temperatures fell to minus four an hour before dawn, and the growers who lit burners "
      "between the rows saved only the trees closest to the farmhouse and the barns.",
      "Insurance paid for some of the loss. The rest came from savings.",
      "Most small orchards in the valley have no cover for frost at all, because the premiums "
      "rose fivefold after the claims of the last bad spring three years ago.",
      "Some growers are planting later varieties.",
      "Varieties that flower two weeks later miss most of the frosts, though they ripen late "
      "and sell for less to the cider makers who buy most of the valley's fruit."],
     ["The blossom froze in a single night.", "Insurance paid for some of the loss. The rest "
      "came from savings.", "Some growers are planting later varieties."]),
    # a band's reunion, a pair opening with 'She' (the story's subject) beside a plain head
    (["Marta Solberg last sang with the band in a pub in Bergen in 1998, a week before the "
      "drummer emigrated to Canada and the rest of them found jobs they could keep.",
      "She quit music for twenty years. She never sold her guitar.",
      "It sat in a case under the stairs while she trained as a surveyor and raised two boys, "
      "and she says she took it out perhaps once a year, always on the same night in June.",
      "The reunion tour sold out in a day.",
      "Eleven dates across Norway and two in Copenhagen went on sale on Monday morning, and the "
      "promoter has already asked the band to add a second night in Oslo in the autumn."],
     ["She quit music for twenty years. She never sold her guitar.",
      "The reunion tour sold out in a day."]),
]  # fmt: skip


@pytest.mark.parametrize(("blocks", "heads"), PLAIN_HEADS)
def test_plain_sentences_over_one_paragraph_each_to_the_end_are_heads(blocks, heads):
    assert heads_of(*blocks) == heads


LEDE = (
    "The county's bus company cut eleven routes in the spring, and the villages at the end of "
    "them have spent the summer working out how to get to work, school and the doctor."
)
TEXT_A = (
    "A survey by the parish councils found that one household in five in the affected villages "
    "has no car, and most of those are older people living alone in the smaller hamlets."
)
TEXT_B = (
    "The company says the routes lost money for a decade and that the county stopped paying to "
    "keep them running last year, when its own budget for transport was cut by a third."
)
TEXT_C = (
    "Volunteers in two of the villages now run a minibus three days a week, though they say "
    "they cannot keep it going through the winter without help with the insurance."
)

PUNCHY_TEXTS = [
    # each line goes on from the text before it ('it', 'anyway'): punchy paragraphs
    [LEDE, "Nobody really wanted it.", TEXT_A, "The company cut them anyway.", TEXT_B],
    [LEDE, "Residents saw it coming.", TEXT_A, "The council objected too.", TEXT_B],
    # a column in the writer's own voice
    [LEDE, "I said yes.", TEXT_A, "My neighbour laughed.", TEXT_B],
    # a short paragraph elsewhere: the short lines are the writer's style
    [LEDE, "Few were surprised.", TEXT_A, TEXT_B, "Drivers were laid off.", TEXT_C,
     "The last bus ran in May.", TEXT_A],
    # the column closes on a short line: no section of one paragraph to the end
    [LEDE, "The timetable went online.", TEXT_A, "Nobody read the notice.", TEXT_B,
     "The buses stopped."],
    # short lines beside each other in a run of paragraphs
    [LEDE, TEXT_A, "Drivers were laid off.", "Depots closed.", TEXT_B, TEXT_C],
    # one line alone is no pattern
    [LEDE, TEXT_A, "Few were surprised.", TEXT_B],
    # a news story's short lines near its end, after an opening of several paragraphs
    [LEDE, TEXT_C, "No one was surprised.", TEXT_A, "The depots will close in May.", TEXT_B],
]  # fmt: skip


@pytest.mark.parametrize("blocks", PUNCHY_TEXTS)
def test_punchy_one_line_paragraphs_stay_text(blocks):
    assert heads_of(*blocks) == []


def test_the_pattern_needs_one_form_for_every_head():
    # a plain sentence and a question over the last two sections: no shared shape
    blocks = [LEDE, "Drivers were laid off.", TEXT_A, "Who will run the minibus?", TEXT_B]
    assert heads_of(*blocks) == []


def test_a_numbered_line_is_left_to_the_numbered_rules():
    blocks = [LEDE, "1. Drivers were laid off.", TEXT_A, "2. The depots closed.", TEXT_B]
    assert heads_of(*blocks) == []


# --- Quoted sentences: pull-quote heads in a document that quotes nobody in its text. -------

QUOTED_HEADS = [
    (["Six months after the steelworks shut, we spent a week in the town asking the people who "
      "worked there what they have done since, and what they are still waiting for.",
      "“Nobody from the company ever called.”",
      "Most of the men and women we met heard about the closure on the local radio, on a "
      "Tuesday morning, and were told to collect their belongings by the end of the week.",
      "“The retraining was for jobs in another city.”",
      "The courses on offer were in logistics and care work, and the nearest employers taking "
      "on staff in either were an hour and a half away by train, on a line that is often cut."],
     ["“Nobody from the company ever called.”", "“The retraining was for jobs in another city.”"]),
    (["Three generations of the Okafor family have run the market stall on the corner of Bell "
      "Street, and the youngest of them told us why she came back to it after university.",
      '"The stall paid for my degree."',
      "Her grandfather started with a barrow of yams in 1979, and by the time she was born the "
      "family had two stalls and a lock-up where the spices were ground every Saturday morning.",
      '"Online shops cannot sell a conversation."',
      "Regulars come for the advice as much as for the goods, and most of them have been buying "
      "from the family for longer than the youngest Okafor has been alive.",
      '"I will hand it on one day."',
      "She has not decided to whom, and she laughs at the idea that anyone in the family could "
      "be made to take it on if they did not love the early mornings as she does."],
     ['"The stall paid for my degree."', '"Online shops cannot sell a conversation."',
      '"I will hand it on one day."']),
    (["The hospice on the hill cares for forty patients at a time, and most of the people who "
      "work there have done so for more than a decade, nurses and volunteers alike.",
      "“Every day here is somebody’s last good day.”",
      "The staff talk about small things, a favourite song, a window left open, a dog allowed "
      "in for an afternoon, and they keep a book of them for the families to take home.",
      "“We laugh more than people expect.”",
      "The volunteers who run the tea trolley on the wards say the patients are the funniest "
      "people they know, and that the nurses are a close second on most days."],
     ["“Every day here is somebody’s last good day.”", "“We laugh more than people expect.”"]),
]  # fmt: skip


@pytest.mark.parametrize(("blocks", "heads"), QUOTED_HEADS)
def test_quoted_sentences_over_one_paragraph_each_are_heads(blocks, heads):
    assert heads_of(*blocks) == heads


QUOTED_SPEECH = [
    # the paragraphs quote people: a quoted line alone is more of their speech
    (["The mayor spoke first, to a hall so full that people stood in the aisles. “We will "
      "rebuild the bridge,” she said, “whatever the government decides in the spring.”",
      "“Every house on the river will be made safe.”",
      "Residents who lost their homes in the flood were not convinced, and several of them "
      "walked out before the question time at the end of the meeting had even started.",
      "“We have heard it all before.”",
      "That was the view of a retired teacher whose house was flooded for the second time, "
      "and who said he had been promised a new flood wall in the same hall nine years ago."],
     []),
    (['Tenants gathered outside the housing office on Friday. "Fix the lifts," one placard '
      "read, and the chant was taken up by most of the two hundred people who had come.",
      '"Nobody will move until they are fixed."',
      "A spokesman for the housing association said engineers would be on site within a week, "
      "and that a full survey of the three tower blocks had already been ordered.",
      '"We have been waiting since March."',
      "The association says the parts for the older lifts have to be made to order, and that "
      "the delay was caused by a supplier going out of business in the summer."],
     []),
    # one quoted line alone is speech set apart, no pattern
    (["The inquiry heard from the families on Monday, the first day of evidence after two years "
      "of delays that most of them blame on the company's lawyers.",
      "“We just want the truth.”",
      "The chair thanked them and said the inquiry would sit every weekday until Christmas, "
      "hearing from engineers, managers and the safety regulator in turn."],
     []),
]  # fmt: skip


@pytest.mark.parametrize(("blocks", "heads"), QUOTED_SPEECH)
def test_quoted_one_line_paragraphs_that_are_speech_stay_text(blocks, heads):
    assert heads_of(*blocks) == heads


# --- Questions: an explainer's question heads over one paragraph each. ----------------------

QUESTION_SECTIONS = [
    (["The footbridge over the river will close for six weeks from Monday while engineers "
      "replace the handrails and resurface the deck, the council said.",
      "Why is it closing now?",
      "Inspectors found rust in the handrail posts during a routine survey in the spring, and "
      "the council says it wants the work done before the autumn floods make it impossible.",
      "And how do I get across?",
      "A free shuttle bus will run every fifteen minutes between the two ends of the bridge, "
      "from six in the morning until midnight, for as long as the bridge stays shut."],
     ["Why is it closing now?", "And how do I get across?"]),
    (["The city's new parking permits go on sale next week. Here is what residents need to "
      "know before they apply, and what the scheme will cost them.",
      "Who can apply?",
      "Anyone whose home is inside the zone and who owns or leases a car registered at that "
      "address, with one permit allowed per adult living in the household.",
      "How much will it cost?",
      "A year's permit costs ninety pounds for most cars, rising to two hundred for the larger "
      "vehicles that pollute most, with discounts for blue badge holders.",
      "What happens to visitors?",
      "Each household gets fifty visitor vouchers a year, and more can be bought online in "
      "books of ten at a price the council has not yet set for next year."],
     ["Who can apply?", "How much will it cost?", "What happens to visitors?"]),
    # a readers' clinic: long questions, but the readers' own, in the first person
    (["Our employment lawyer answers two readers' questions this week about working hours and "
      "what an employer may ask of its staff.",
      "Can my employer make me work on a bank holiday if my contract says nothing about it?",
      "Usually yes, because bank holidays are not a legal right in themselves, but your "
      "contract's holiday entitlement must still be honoured across the year as a whole, and "
      "an employer who has always given the day off may have made it a term by custom.",
      "What should I do if my manager refuses to put my overtime hours in writing?",
      "Keep your own record of the hours you work, and raise a formal grievance if the "
      "overtime is not paid, since a written record of your own carries weight at a tribunal "
      "and most employers settle once a grievance has been lodged in writing."],
     ["Can my employer make me work on a bank holiday if my contract says nothing about it?",
      "What should I do if my manager refuses to put my overtime hours in writing?"]),
]  # fmt: skip


@pytest.mark.parametrize(("blocks", "heads"), QUESTION_SECTIONS)
def test_questions_over_one_paragraph_each_are_heads(blocks, heads):
    assert heads_of(*blocks) == heads


RHETORICAL_RUNS = [
    # a rhetorical question inside a run of paragraphs, the text closing on a short line
    [LEDE, TEXT_A, "Who could blame them?", TEXT_B, TEXT_C, "Few of them ever came back."],
    # rhetorical questions beside punchy lines: the short lines are the writer's style
    [LEDE, "Why would anyone stay?", TEXT_A, "Few did.", TEXT_B, "Who could blame them?",
     TEXT_C],
    # an interview's turns, answered in the first person
    [LEDE, "How did you start the minibus?", "I put a note through every door in the village "
     "and asked who would drive it, and eleven people said yes within the week.",
     "What was the hardest part?", "I had never filled in an insurance form in my life, and the "
     "first three companies I asked would not even give me a quote for it."],
    # a feature's long questions, asked in its running text
    [LEDE, "Why would a company cut the only bus that links a village to its nearest town?",
     TEXT_A, "How long can a volunteer service run before the drivers simply give up?", TEXT_B],
    # fragments that ask nothing in full: teasers
    [LEDE, "The catch?", TEXT_A, "The upside?", TEXT_B],
]  # fmt: skip


@pytest.mark.parametrize("blocks", RHETORICAL_RUNS)
def test_rhetorical_questions_stay_text(blocks):
    assert heads_of(*blocks) == []


# --- Question heads among punchy lines: the writer's rhetorical questions. -------------------

QUESTIONS_AMONG_PUNCHY_LINES = [
    [LEDE, "Why would anyone stay?", TEXT_A, "Few did.", TEXT_B, "Who could blame them?", TEXT_C],
    [LEDE, TEXT_A, "Was it ever going to work?", TEXT_B, "The money ran out in May.", TEXT_C,
     "What else could the villages do?", TEXT_A],
    [LEDE, "Where were the councillors?", TEXT_A, TEXT_B, "Most were on holiday.", TEXT_C,
     "Does anyone at the county read the letters?", TEXT_B],
]  # fmt: skip


@pytest.mark.parametrize("blocks", QUESTIONS_AMONG_PUNCHY_LINES)
def test_two_questions_beside_a_punchy_line_are_rhetorical(blocks):
    assert heads_of(*blocks) == []


QUESTIONS_KEPT = [
    # a reader's questions, in the first person: a column's heads
    ([LEDE, "Can my landlord keep my deposit?", TEXT_A, "The rules changed in April.", TEXT_B,
      "Should I report him to the council?", TEXT_C],
     ["Can my landlord keep my deposit?", "Should I report him to the council?"]),
    # three questions or more are a FAQ's, whatever short line stands among them
    ([LEDE, "Who can apply?", TEXT_A, "How much will it cost?", TEXT_B, "Few will pay it all.",
      TEXT_C, "What happens next?", TEXT_A],
     ["Who can apply?", "How much will it cost?", "What happens next?"]),
    # no short line stands between paragraphs: the questions are heads
    ([LEDE, "Who can apply?", TEXT_A, TEXT_B, "How much will it cost?", TEXT_C],
     ["Who can apply?", "How much will it cost?"]),
]  # fmt: skip


@pytest.mark.parametrize(("blocks", "heads"), QUESTIONS_KEPT)
def test_question_heads_without_the_style_of_short_lines_stay_heads(blocks, heads):
    assert heads_of(*blocks) == heads
