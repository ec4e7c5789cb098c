"""heads71: a series of statement heads read together with the lone questions inside its
sections: a question answered by the line after it, a picture or the next head right under
the answer, is the section's text, not a head keeping the series out. Made-up articles, written
as blocks, with near misses that stay as they were."""

from __future__ import annotations

import pytest

from api.parser.heading_series import questions_inside
from api.parser.layout import Item, Line, Picture
from tests.parser.exports import heads_of

PICTURE = (
    "A wooden boat pulled up on a shingle beach at low tide\n"
    "A boat on the shore at Skerrow in AprilIsla Mornay-Quist/Harbour Light"
)

# a match report: a question answered at once under the first head, a picture after it
REGATTA = [
    "KIRKWALL, Orkney — The Stromay rowing club won the inter-island regatta on Saturday for "
    "the first time since it was founded, in a boat its members built over two winters.",
    "The race was rowed in a swell that stopped two of the six crews before the first turn, "
    "and the organisers say they came close to calling it off at the start.",
    "The first mile was all Westray.",
    "The holders led by four lengths at the first buoy and by six at the second, rowing the "
    "short stroke they have used to win the last five regattas in a row.",
    "Was the race already over?",
    "Westray's supporters thought so. They had started cheering on the pier.",
    PICTURE,
    "Stromay changed their stroke. Westray tired.",
    "The cox, Morag Linklater-Ayre, called for a longer stroke after the second buoy, and the "
    "crew closed the gap a length at a time along the lee shore of the holm.",
    "Six lengths down. Then level. Then ahead.",
    "They drew level at the last buoy and led by a length coming into the harbour mouth, "
    "where the swell turned into a following sea that carried them home.",
    "Nobody expected the new boat to hold up.",
    "The boat was finished in March and had been on the water four times before the race, "
    "and the builders had worried all week that the garboard seam would open in a swell.",
    "Why that boat?",
    '"It is the one we built, so it is the one we row," the cox said afterwards. "We baled '
    'twice, and only because we had practised it."',
    PICTURE,
    "Westray will ask for a rerun. The organisers will not give one.",
    "The holders said after the race that the course had been shortened without notice, "
    "which the organisers deny, and they have written to the island council about it.",
    "The next regatta is in August, off Westray, where the holders have never lost a race.",
]
REGATTA_HEADS = [REGATTA[2], REGATTA[7], REGATTA[11], REGATTA[16]]

# a feature: the question under the second head, its answer the section's last line
BAKERY = [
    "TROMSØ, Norway — The bakery on Storgata has baked the town's rye bread for ninety years, "
    "and this spring the family that owns it sold it to the four bakers who work there.",
    "The sale was agreed over a single weekend in February, the bakers say, at the kitchen "
    "table of the owner's house, with a lawyer on the phone from Oslo.",
    "The family had no heir for the ovens.",
    "The owner's children live in the south and have no wish to bake, and the offers from two "
    "chains would have closed the oven room and sold bread baked elsewhere.",
    "The bakers asked the bank first. The bank said no, twice, before the town stepped in.",
    "The town lent the money. The bakers pay it back.",
    "The loan runs for twenty years at the rate the town pays itself, and the bakers have "
    "agreed to keep the shop open every morning of the year, Christmas Day included.",
    "Did the chains object?",
    "Loudly. One of them wrote to the county about unfair support for a private business.",
    PICTURE,
    "The recipe stays the same.",
    "The rye comes from the same mill in Sweden, and the sourdough in the cellar has been fed "
    "every day since 1934, through a war, two floods and a fire in the flat upstairs.",
    "The new owners have added nothing to the shelves but a seeded loaf for the students, "
    "which sells out before the rye does most mornings.",
    "The queues are longer than ever. Nobody minds.",
    "Regulars say they come earlier now, to make sure of a loaf, and the bakers hand out "
    "coffee to the queue on the coldest mornings of the winter, at no charge.",
    "The bakers say they will open a second shop across the bridge if the first year pays.",
]
BAKERY_HEADS = [BAKERY[2], BAKERY[5], BAKERY[10], BAKERY[13]]


@pytest.mark.parametrize(
    ("blocks", "heads"),
    [(REGATTA, REGATTA_HEADS), (BAKERY, BAKERY_HEADS)],
    ids=["regatta-question-before-a-picture", "bakery-question-under-the-second-head"],
)
def test_a_series_beside_a_question_answered_at_once_is_the_pages_heads(blocks, heads):
    assert heads_of(*blocks) == heads


TEXT = "A paragraph of the section, long enough to be read as the text under a head, and more."


def section_with_question(answer_lines: int, picture: bool) -> tuple[list[Item], list[bool]]:
    """Items: a lead, a member, text, a flagged question, its answer lines, then a picture (or
    none) and a second member over text; the question's flag set."""
    items: list[Item] = [Line(TEXT, True), Line("It was theirs.", True), Line(TEXT, True)]
    items.append(Line("Was it over?", True))
    items += [Line("Their fans thought so.", True)] * answer_lines
    if picture:
        items.append(Picture("alt", "caption"))
    items += [Line("Then it turned. They won.", True), Line(TEXT, True)]
    flags = [False] * len(items)
    flags[3] = True
    return items, flags


@pytest.mark.parametrize(
    ("answer_lines", "picture", "expected"),
    [(1, True, [3]), (2, False, [3]), (3, False, []), (4, True, [])],
)
def test_questions_inside(answer_lines: int, picture: bool, expected: list[int]) -> None:
    items, flags = section_with_question(answer_lines, picture)
    second = len(items) - 2
    assert questions_inside(items, flags, [1, second]) == expected


def test_a_question_before_the_first_member_is_no_series_text() -> None:
    items, flags = section_with_question(1, True)
    assert questions_inside(items, flags, [len(items) - 2]) == []


def test_punchy_lines_beside_a_question_stay_text():
    # one-sentence lines only, each over one paragraph: no series, the question stays as read
    blocks = [
        "LERWICK, Shetland — The ferry was late again on Monday, the ninth time this month.",
        "The operator blamed the weather, which was calm, and then a crew shortage.",
        "It was not the weather.",
        "Passengers who waited on the pier for three hours were offered a voucher for tea.",
        "Was it enough?",
        "Not for most of them. Several wrote to the council the same evening.",
        "The council has asked for a meeting.",
        "The operator says it will attend, and will bring its timetable for the winter.",
    ]
    heads = heads_of(*blocks)
    assert "It was not the weather." not in heads
    assert "The council has asked for a meeting." not in heads
