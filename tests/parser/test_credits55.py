"""Four classes of glued credit fresh33 showed the parser missing (heads55), each with made-up
caption lines, written with the split a reader makes before the parser ran on them, and the
near-misses each rule must leave alone:
- a credit in one word glued after a caption closing on a month's or a weekday's name;
- a holder of several words naming a press body glued after a dotted code ('U.S.');
- an agency's pictures for a body ('Jane Doe - Acme fotos for Pacific Rugby');
- a holder with a capital inside a word after a slash ('X/Korea HanIl Daily'), whose inner
  capital is no glue point.
The unseen-article classes of issue 15 (an agency with ' / ' and 'file', captions ending in
'U.S.', credits opening with an initial, chained holders, compound credits) are checked to still
split as before.
"""

from __future__ import annotations

import pytest

from api.parser.credits import split_credit
from api.parser.glue import closes_a_date, holder_start, names_press_body

ALT = "A picture"

# Each case: (the caption line as the export glues it, the caption, the credit or None).

# A month's or a weekday's name in a date phrase is a whole word: a capital glued right after it
# starts the credit, even a credit of one word no list knows.
DATE_WORD = [
    ("Queues at the tax office grow longest in the last week of MarchStockpix",
     "Queues at the tax office grow longest in the last week of March", "Stockpix"),
    ("The ferry returns to service on SaturdayHarbourfoto",
     "The ferry returns to service on Saturday", "Harbourfoto"),
    ("Rice terraces above the village, flooded since 14 JuneArchivpic",
     "Rice terraces above the village, flooded since 14 June", "Archivpic"),
    ("Crews repaint the bridge, closed until OctoberOkonkwo",
     "Crews repaint the bridge, closed until October", "Okonkwo"),
]  # fmt: skip

# Near-misses: a month or a weekday inside a name, no date phrase before it, or a capitalised
# word after a date word that goes on in lower case.
DATE_WORD_TRAPS = [
    "Readers of the SundayTimes",
    "Fans queue for the MayFair",
    "A stall at the FridayMarket",
    "The band played on MondayNight and again on Tuesday",
    "Inside the WeWork",
    "Shoppers queue outside the new store at HarborView",
]

# A dotted code closes the caption before a glued holder that names a press or photo body.
PRESS_BODY = [
    ("Trade ministers meet in Geneva after talks with envoys from the U.S.Allied Press Bureau",
     "Trade ministers meet in Geneva after talks with envoys from the U.S.",
     "Allied Press Bureau"),
    ("Lorries queue at the border crossing into the U.K.Harbour News Service",
     "Lorries queue at the border crossing into the U.K.", "Harbour News Service"),
    ("Delegates leave the summit hosted by the U.N.Pacific News Desk",
     "Delegates leave the summit hosted by the U.N.", "Pacific News Desk"),
    ("Farmers at a rally for subsidies in the U.S.Prairie Media Group",
     "Farmers at a rally for subsidies in the U.S.", "Prairie Media Group"),
]  # fmt: skip

# Near-misses: a name after a dotted code with no press word, a one-word name, a title's
# abbreviation before a name.
PRESS_BODY_TRAPS = [
    "A plaque from the U.S.Navy Yard",
    "Officers of the N.Y.Police Department",
    "Officials in the U.S.Army base",
    "He served in the U.S.Army Corps of Engineers for two years",
    "Photographed by Dr.Harold Pike",
    "Cadets at the U.S.Naval Academy",
    "Reporters at the U.S.Press Office on Friday",
    "The college ranked first by U.S.News & World Report",
    "Editors of the U.K.Press Gazette",
]

# An agency's name with its pictures' word in lower case, after a mark joining it to the
# photographer, closing the credit or before 'for' and the body it shot for.
AGENCY_PICTURES = [
    ("A winger dives over in the corner in the second half.Tomasi Rabuka - Lagi fotos for "
     "Oceania Rugby",
     "A winger dives over in the corner in the second half.",
     "Tomasi Rabuka - Lagi fotos for Oceania Rugby"),
    ("The peloton climbs the last pass of the day.Ines Barros/Norte photos for Volta Portugal",
     "The peloton climbs the last pass of the day.",
     "Ines Barros/Norte photos for Volta Portugal"),
    ("Riders warm up before the final.Kalle Virta/Polar pics",
     "Riders warm up before the final.", "Kalle Virta/Polar pics"),
    ("Swimmers at the start of the relay.Dara Quinn - AQ images for Swim Ireland",
     "Swimmers at the start of the relay.", "Dara Quinn - AQ images for Swim Ireland"),
]  # fmt: skip

# Near-misses: pictures' words that are the caption's own, no photographer joined before them.
AGENCY_PICTURES_TRAPS = [
    "A reunion in Paris.Family photos for Ana",
    "Collectors at the fair.Old photos for sale",
    "The archive in Leeds.Rare images for the exhibition",
    "Tourists at the night market.Holiday fotos for Ana",
]

# An inner capital of a holder's word after a slash is no glue point: the credit starts where
# the caption ends, the chain read whole.
HOLDER_INNER_CAPITAL = [
    ("Lanterns along the river in Daegu on Friday evening in OctoberPark Ji-woo/Daegu HanIl Ilbo",
     "Lanterns along the river in Daegu on Friday evening in October",
     "Park Ji-woo/Daegu HanIl Ilbo"),
    ("Students rehearse for the spring concert in the old gymAna Lopez/Valley McKenzie Tribune",
     "Students rehearse for the spring concert in the old gym",
     "Ana Lopez/Valley McKenzie Tribune"),
    ("A tram crosses the bridge at dusk in early springTom Hale/Metro CityView Images",
     "A tram crosses the bridge at dusk in early spring", "Tom Hale/Metro CityView Images"),
    ("Dhow builders at work on the creek at sunriseOmar Haddad/Gulf AlWatan Daily",
     "Dhow builders at work on the creek at sunrise", "Omar Haddad/Gulf AlWatan Daily"),
]  # fmt: skip

# Near-misses: a camel-case join right after a caption (its credit starts at the join), a
# slash in the caption with no holder's name after it.
HOLDER_INNER_CAPITAL_TRAPS = [
    ("The crowd at the opening on TuesdayJane Doe/Reuters",
     "The crowd at the opening on Tuesday", "Jane Doe/Reuters"),
    ("A fan of AC/DC at the ParkJane Doe", "A fan of AC/DC at the Park", "Jane Doe"),
    ("Outside HarborViewJane Doe", "Outside HarborView", "Jane Doe"),
    ("Coach Sean McDermott on the sidelines", "Coach Sean McDermott on the sidelines", None),
    ("A customer with an iPhone at McDonald's", "A customer with an iPhone at McDonald's", None),
]  # fmt: skip

# Issue 15's unseen-article classes: still split as before.
ISSUE_CLASSES = [
    ("Traders on the floor on Monday.Jane Doe / Reuters file",
     "Traders on the floor on Monday.", "Jane Doe / Reuters file"),
    ("A branch of the largest chain in the U.S.Jane Doe / AP",
     "A branch of the largest chain in the U.S.", "Jane Doe / AP"),
    ("Troops at a base in the U.S.J. Scott Smith / AP",
     "Troops at a base in the U.S.", "J. Scott Smith / AP"),
    ("Quarterback Sam Lee IIIJane Doe, Associated Press",
     "Quarterback Sam Lee III", "Jane Doe, Associated Press"),
    ("The far side of the moon.NASA/ESA/J. Doe/SwRI", "The far side of the moon.",
     "NASA/ESA/J. Doe/SwRI"),
    ("A bust in the hall.Photo illustration by Desk. Photo by Jane Doe.",
     "A bust in the hall.", "Photo illustration by Desk. Photo by Jane Doe."),
    ("Waiting lists at the clinic run by the NHSJane Doe / PA",
     "Waiting lists at the clinic run by the NHS", "Jane Doe / PA"),
    ("A nurse at the clinic run by the NHS", "A nurse at the clinic run by the NHS", None),
    ("Protesters outside the embassy in the US", "Protesters outside the embassy in the US", None),
]  # fmt: skip


def as_cases(lines: list[str]) -> list[tuple[str, str, None]]:
    """Trap lines as cases that keep the caption whole, no credit."""
    return [(line, line, None) for line in lines]


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    DATE_WORD
    + PRESS_BODY
    + AGENCY_PICTURES
    + HOLDER_INNER_CAPITAL
    + HOLDER_INNER_CAPITAL_TRAPS
    + ISSUE_CLASSES
    + as_cases(DATE_WORD_TRAPS + PRESS_BODY_TRAPS + AGENCY_PICTURES_TRAPS),
)
def test_a_glued_credit_splits_as_a_reader_splits_it(line, caption, credit):
    assert split_credit(ALT, line) == (caption, credit)


@pytest.mark.parametrize(
    ("line", "at", "expected"),
    [
        ("in the last week of AprilAcmepix", 25, True),
        ("closed on 5 MayJane Doe", 15, True),
        ("Readers of the SundayTimes", 21, False),
        ("Outside HarborViewJane", 18, False),
    ],
)
def test_closes_a_date(line, at, expected):
    assert closes_a_date(line, at) is expected


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("Joint Press Corps", True),
        ("Harbour News Service", True),
        ("Navy Yard", False),
        ("Press", False),
        ("News & World Report", False),
        ("Press office staff", False),
    ],
)
def test_names_press_body(tail, expected):
    assert names_press_body(tail) is expected


def test_holder_start_moves_an_inner_capital_back_to_the_chain():
    line = "in NovemberJane Doe/Korea HanIl Daily"
    assert holder_start(line, [11], line.index("Il ")) == 11
    # a camel-case join with no slash before it stays where it is
    joined = "at the ParkJane Doe"
    assert holder_start(joined, [], joined.index("Jane")) == joined.index("Jane")
