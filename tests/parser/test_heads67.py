"""Full-sentence heads that are an article's only heads (heads67, fresh40's zu01 and zu07):
heading_series.series_heads reads a series of short statements, each past the lead, over its
section's text, at an even interval, where no surer head shows the rhythm; and
heading_sentences.under_a_dateline_lead keeps the line right under a dateline's lead the
lead's, no sibling head (zu08). Made-up articles, written as blocks, with near-misses that
change one thing each and stay text."""

from __future__ import annotations

import pytest

from api.parser.heading_sentences import opens_on_a_dateline
from api.parser.heading_series import over_its_text, section_holds_text, series_members
from api.parser.heading_siblings import paired_sibling_heads
from api.parser.layout import Item, Line, ListLines, Picture
from tests.parser.exports import heads_of

# --- series_heads: the page's only heads, by their series ------------------------------------

WALL_PICTURE = (
    "A stone wall around a water pump\n"
    "Volunteers at the new wall in AugustCourtesy of Orchard Relief Trust"
)

POOL_PICTURE = (
    "A coach shouting at the side of a pool\n"
    "The coach during a time-out in the second quarterM. Kovač-Linde/Pobjeda"
)

GOATS = [
    "KAOKOLAND, Namibia — The first sign is a footprint, wider than a dinner plate and "
    "pressed into the sand of a riverbed that has not carried water since the spring rains "
    "failed.",
    "The second sign is the broken fence.",
    "Selma Uirab-Kessler has mended hers five times this year. She keeps goats on the edge "
    "of the valley, where a few hundred rhino and elephant share a landscape that gets "
    "almost no rain.",
    "Thirty years ago the herds were almost gone.",
    "Poaching and drought in the 1980s cut the desert herds to a few dozen animals. "
    "Conservancies run by the villages, set up after independence, gave farmers a share of "
    "the tourist income in return for guarding them.",
    "Did anyone expect them back so soon?",
    "Not the farmers. The herds now walk as far as the gravel road to the coast, and they "
    "have learnt that the sound of a pump means water.",
    "A fence costs more than a goat. A goat costs more than a pension.",
    "Uirab-Kessler counts the damage off on her fingers:",
    "  • two fences, flattened\n  • thirty metres of hose, chewed\n  • one trough, split",
    '"I don\'t blame them," she said. "I blame the people who promise to come out and look, '
    'and who never answer the phone when I call."',
    WALL_PICTURE,
    "The state pays for damage. Slowly.",
    "Under the wildlife conflict scheme, farmers can claim a fixed sum for lost animals and "
    "broken fences. The forms go to an office a five-hour drive away, and the money, "
    "Uirab-Kessler says, took a year to arrive last time.",
    "Is that normal?",
    "The ministry says it is clearing a backlog. It did not say how large it is.",
    "Some villages have built their own walls.",
    "In Otjikondo, thirty kilometres up the valley, residents have built a wall of dry "
    "stone around the pump with cement paid for by a charity. The animals drink from a "
    "trough outside it and the tank stays inside.",
    "It has held for two years. Nobody is sure why.",
    WALL_PICTURE,
    "Guides who bring visitors to the valley say the animals are the only reason anyone "
    "comes. Farmers say that is exactly the trouble.",
    "The rains, if they come, are due in February.",
]

POLO = [
    "SPLIT, Croatia (HINA) — Mornar won the Croatian Cup for the first time in eleven years "
    "on Saturday, beating Jug 7-6 in a penalty shootout after a 12-12 draw, with the "
    "deciding goal scored by their goalkeeper.",
    "She is 19. She had never taken a penalty in a senior final.",
    "The outdoor pool by the harbour was full an hour before the start, with supporters of "
    "both clubs standing on the breakwater and on boats in the bay.",
    "The first half belonged to the visitors.",
    "Jug scored from their first four attacks, three of them from the left-hander Petra "
    "Lončar-Boyd, and led 7-3 at the long break. Mornar's coach, Iva Radić-Holm, used both "
    "her time-outs before half-time.",
    "Quarter scores:",
    "  • 1st: 1-4\n  • 2nd: 2-3\n  • 3rd: 5-2\n  • 4th: 4-3",
    "Was it over?",
    "It looked it. Mornar had not scored from open play for nine minutes.",
    POOL_PICTURE,
    "Then the hosts stopped shooting from distance. They started to win.",
    "Radić-Holm moved her centre forward closer to goal, and Mornar began to draw "
    "exclusions rather than shoot from the outside. They scored five times with a player "
    "more in the third quarter and levelled with a minute to play.",
    "Lončar-Boyd put Jug back in front with 30 seconds left. Mornar equalised with six.",
    "Nobody expected the goalkeeper to take one.",
    "Each side scored its first four penalties. Radić-Holm then sent her goalkeeper, Ana "
    "Vuletić-Grey, to the line for the fifth. She says she chose her because she had "
    "watched her score from penalties in training all season.",
    "Did she miss in training?",
    '"Once," the coach said. "In a year."',
    "Vuletić-Grey scored into the top corner. She then saved Jug's fifth.",
    POOL_PICTURE,
    "The Croatian Water Polo Federation confirmed that Mornar will play in next season's "
    "Champions League. The trophy was handed over on a pontoon in the bay.",
    "Reporting by Lea Marić-Foster; editing by Ivo Babić-Stone",
]

TRAIN = [
    "OULU, Finland — The night train from Helsinki to the far north was supposed to be "
    "scrapped this winter. Instead it is sold out until March, and the railway is looking "
    "for more carriages.",
    "The sleeper service lost money for most of the last decade, and the state railway had "
    "planned to replace it with a day train and a connecting bus from Oulu.",
    WALL_PICTURE,
    "The carriages are older than most of the staff.",
    "They were built in the 1980s in a factory that no longer exists, and the railway keeps "
    "them running with parts taken from carriages that were retired years ago.",
    "The heating works. Mostly.",
    "Conductor Aino Räsänen-Burke has worked the line for twenty years. She carries a set "
    "of spare blankets for the carriages where it does not, and says passengers rarely "
    "complain.",
    WALL_PICTURE,
    "Then the tourists came. They brought their skis.",
    "Bookings from Germany, the Netherlands and Britain tripled in two years, as travellers "
    "looking for a way north without flying found the train on booking sites and in "
    "newspaper travel pages.",
    "The railway raised the fares twice. The trains still filled.",
    "Some of the locals cannot get a berth.",
    "People in the towns along the line say they now have to book weeks ahead for a trip "
    "they used to decide on the morning they made it, and some have gone back to driving "
    "the whole way.",
    "The railway says it will add a carriage on Fridays from January, and keep some berths "
    "back for people who live along the line until the day before each train leaves.",
]

MARKET = [
    "LEÓN, Nicaragua — The covered market by the cathedral opened in 1903 and has burned "
    "down twice, flooded four times and been sold by the city once, to a developer who went "
    "bankrupt before he could knock it down.",
    "The stallholders are still there, about two hundred of them, and most of them rent the "
    "same pitch their parents rented, from a council that has not raised the rent since "
    "2009.",
    "The roof is the oldest thing in it.",
    "The iron frame came by ship from Belgium in pieces and was put together by workers who "
    "had never built anything like it. It has been patched so often that nobody can say how "
    "much of the first roof is left.",
    "Engineers from the university looked at it in the spring and said it would last "
    "another decade if the gutters were cleared every year.",
    WALL_PICTURE,
    "The council wants a new one. The traders want the old one mended.",
    "A plan drawn up last year would replace the market with a two-storey building with a "
    "car park underneath, paid for by a bank loan and higher rents for every stall.",
    "It was voted down. It will be back.",
    "The traders' association says its members would pay more for a mended roof, but not "
    "for a car park they do not need, and it has collected signatures from three thousand "
    "customers.",
    "The market association meets every Thursday.",
    "Its chairwoman, Lidia Úbeda-Crane, sells shoes from a stall by the north door and has "
    "run the association since 2015. She says the meetings have never been so full, or so "
    "loud.",
    "The next vote on the plan is due in March, and she expects to lose it by one vote "
    "again, as she did the last time.",
]
# a wildlife feature: a head over a lead-in to a list, lone questions, a punchy line in the lead
# and one inside the last section
GOATS_HEADS = [GOATS[3], GOATS[7], GOATS[12], GOATS[16]]
# a match report: a punchy line of two sentences in the lead, one right over the last head
POLO_HEADS = [POLO[3], POLO[10], POLO[13]]
# a travel piece: heads after pictures, punchy lines closing two sections
TRAIN_HEADS = [TRAIN[3], TRAIN[8], TRAIN[11]]
# a market piece: the heads' paragraphs all long, a punchy pair over one paragraph
MARKET_HEADS = [MARKET[2], MARKET[6], MARKET[10]]


@pytest.mark.parametrize(
    ("blocks", "heads"),
    [(GOATS, GOATS_HEADS), (POLO, POLO_HEADS), (TRAIN, TRAIN_HEADS), (MARKET, MARKET_HEADS)],
    ids=["goats", "polo", "train", "market"],
)
def test_a_series_of_statements_is_the_pages_only_heads(blocks: list[str], heads: list[str]):
    assert heads_of(*blocks) == heads


def one_sentence(blocks: list[str], heads: list[str]) -> list[str]:
    """The blocks with each head cut to its first sentence: no head of two sentences."""
    return [b.split(". ")[0] + "." if b in heads else b for b in blocks]


def over_pictures(blocks: list[str], heads: list[str]) -> list[str]:
    """The blocks with a picture right under each head: no line over its section's text."""
    return [part for b in blocks for part in ((b, WALL_PICTURE) if b in heads else (b,))]


def stretched(blocks: list[str], heads: list[str]) -> list[str]:
    """The blocks with the first head's paragraph four times more: sections of uneven length."""
    k = blocks.index(heads[0])
    return [*blocks[: k + 2], *[blocks[k + 1]] * 4, *blocks[k + 2 :]]


@pytest.mark.parametrize(
    "blocks",
    [
        one_sentence(GOATS, GOATS_HEADS),
        one_sentence(POLO, POLO_HEADS),
        over_pictures(GOATS, GOATS_HEADS),
        over_pictures(TRAIN, TRAIN_HEADS),
        stretched(POLO, POLO_HEADS),
        stretched(GOATS, GOATS_HEADS),
    ],
    ids=[
        "goats-one-sentence",
        "polo-one-sentence",
        "goats-over-pictures",
        "train-over-pictures",
        "polo-stretched",
        "goats-stretched",
    ],
)
def test_lines_short_of_a_series_stay_text(blocks: list[str]) -> None:
    assert heads_of(*blocks) == []


LONG = "x" * 240


def line(text: str) -> Line:
    """A standalone line of the given text."""
    return Line(text, alone=True)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ([line(LONG)], True),  # over a longer paragraph
        ([line("She listed them all:"), ListLines(("a", "b"))], True),  # a list's lead-in
        ([line("Two."), line(LONG)], False),  # over a shorter line
        ([Picture("alt", "caption")], False),  # over a picture
        ([line("Most of them did not. " + LONG)], False),  # over its foil
    ],
)
def test_a_candidate_stands_over_its_sections_text(after: list[Item], expected: bool) -> None:
    items: list[Item] = [line(LONG), line("The river was never the real problem."), *after]
    assert over_its_text(items, 1) is expected


def test_a_line_over_one_paragraph_joins_the_section_above() -> None:
    head, punchy = line("The flock had almost gone by then."), line("It rained. Nobody left.")
    items: list[Item] = [line(LONG), line(LONG), head, line(LONG), line(LONG), punchy, line(LONG)]
    assert section_holds_text(items, 2, 5)
    assert not section_holds_text(items, 5, len(items))
    assert series_members(items, [2, 5]) == [2]


# --- under_a_dateline_lead: the line under a dateline's lead is the lead's ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PANAMA CITY — The canal runs on rain.", True),
        ("VARNO, Ruritania (RNA) — Ostrik won the cup.", True),
        ("PLZEŇ – The brewery opened in 1842.", True),
        ("The PLAN — a council's — was late.", False),
        ("Panama City — The canal runs on rain.", False),
        ("The canal runs on rain.", False),
        # review59: a wire's plain hyphen closes a dateline too; not a phrase set off by hyphens
        ("LAGOS (Reuters) - The port reopened on Monday.", True),
        ("TARNAGH, Ruritania - The bridge held.", True),
        ("The PLAN - a council's - was late.", False),
        ("Sea-level rise - a primer for the coast", False),
    ],
)
def test_a_lead_opens_on_a_dateline(text: str, expected: bool) -> None:
    assert opens_on_a_dateline(text) is expected


TRAMS_TEXT = (
    "The operator blames roadworks, which have closed parts of four lines for most of the last "
    "two years, and a shortage of drivers that means some trams do not run at all. The operator "
    "says both will ease by the summer."
)


def trams(lead: str) -> list[int]:
    """paired_sibling_heads on a page of two question heads and sentence lines, one right under
    the lead opening on `lead`."""
    texts = [
        lead + " ran on time on fewer than six days in ten last year, the worst of any city.",
        "In March they stopped altogether.",
        *[TRAMS_TEXT] * 2,
        "Why are the trams so often late?",
        *[TRAMS_TEXT] * 2,
        "The drivers left for Germany.",
        *[TRAMS_TEXT] * 2,
        "What will the city do about it?",
        *[TRAMS_TEXT] * 2,
        "The depot has a site. It has no builder.",
        TRAMS_TEXT,
    ]
    items: list[Item] = [line(text) for text in texts]
    flags = [k in (4, 10) for k in range(len(items))]
    return paired_sibling_heads(items, list(range(len(items))), flags)


@pytest.mark.parametrize(
    "lead",
    [
        "OSTRAVA, Czech Republic — The trams",
        "BRNO (CTK) — The trams",
        "PLZEŇ — The trams",
        "VARNO (Reuters) - The trams",  # review59: a wire's hyphen
    ],
)
def test_the_line_under_a_dateline_lead_is_no_sibling_head(lead: str) -> None:
    assert trams(lead) == [7, 13]


def test_the_line_under_a_lead_without_a_dateline_may_be_one() -> None:
    assert trams("The trams of Ostrava") == [1, 7, 13]
