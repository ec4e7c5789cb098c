"""heads85: two of the real dev exports' missed heads, as a reader's rules.

- a head opening on a word written in lower case, a brand so spelled ('acme at the fair'), joins
  a page of two heads already (heading_cases.LOWER_CASE_COMPANY): two make the pattern;
- a list's label written without its colon, after labels that have one and open on the same
  word, over list lines of its own (heading_colonless.colonless_labels);
- a one-sentence head standing too near a lone question to be read as a sibling is read again
  once questions_aside drops the question (headings.subheading_flags: paired_sibling_heads).

Made-up exports written as blocks, with near misses that change one thing each.
"""

from __future__ import annotations

import pytest

from api.parser.heading_colonless import is_colonless_label
from tests.parser.exports import heads_of, lines

LONG = (
    " The stand is in the second hall, next to the entrance, and the team will show the new "
    "release to anyone who stops by, with coffee and a seat for those who stay a while longer."
)

# --- lower-case heads beside two heads ---

FAIR = [
    "Next month the trade fair opens its doors again, and more visitors are expected than ever.",
    "Our new motto",
    "The fair has a theme this year, chosen by its board after a long vote among exhibitors."
    + LONG,
    "brightloop at the fair",
    "We are there with our partner this time, and we would be glad to meet you in person." + LONG,
    "Our partner: Kestrel Labs",
    "Kestrel Labs was founded in a small town twenty years ago and now serves customers." + LONG,
]

CLINIC = [
    "The clinic moves to a new building in the spring, after three years of planning work.",
    "Where to find us",
    "The new building stands on the corner of the market square, opposite the old library." + LONG,
    "opening hours",
    "The doors open at eight on weekdays and at nine on Saturdays, and close on Sundays." + LONG,
    "How to book",
    "Appointments are made by phone or online, and walk-ins are seen when a doctor is free." + LONG,
]

BAKERY = [
    "The bakery on Quay Lane has changed hands, and the new owners are keeping the old recipes.",
    "quaybake under new owners",
    "The owners are a brother and sister who trained in the city before coming back home." + LONG,
    "What stays the same",
    "The rye loaf stays, and so does the early opening on market days, they promise." + LONG,
    "A new machine on the counter",
    "A new coffee machine is the one change regulars will see on their first visit." + LONG,
]


@pytest.mark.parametrize(
    ("blocks", "heads"),
    [
        (FAIR, ["Our new motto", "brightloop at the fair", "Our partner: Kestrel Labs"]),
        (CLINIC, ["Where to find us", "opening hours", "How to book"]),
        (
            BAKERY,
            ["quaybake under new owners", "What stays the same", "A new machine on the counter"],
        ),
    ],
    ids=["fair", "clinic", "bakery"],
)
def test_a_lower_case_head_joins_two_heads(blocks, heads):
    assert heads_of(*blocks) == heads


def test_a_lower_case_line_beside_one_head_stays_text():
    blocks = FAIR[:5]  # 'Our new motto' alone: no pattern yet
    assert "brightloop at the fair" not in heads_of(*blocks)


def test_a_lower_case_line_closing_a_sentence_stays_text():
    blocks = [*CLINIC[:3], "and then the rain stopped.", *CLINIC[4:]]
    assert heads_of(*blocks) == ["Where to find us", "How to book"]


def test_a_lower_case_line_over_a_short_line_stays_text():
    blocks = [*FAIR[:4], "We are there.", *FAIR[5:]]
    assert "brightloop at the fair" not in heads_of(*blocks)


# --- a list's label without its colon, after colon labels opening on its word ---

DIET = [
    "The plan limits what you eat for two weeks, then slowly adds foods back to the menu.",
    "Foods to enjoy:",
    "any fresh fish",
    "eggs in any form",
    "hard cheese (in small amounts)",
    "Foods to avoid:",
    "sugar in any form",
    "white bread and pastries",
    "Foods to limit",
    "cabbage",
    "peas",
    "tomatoes",
    "The second phase starts in the third week and lasts until the target weight is reached."
    + LONG,
]

PACKING = [
    "A week in the hills needs less than most people think, the guides at the hut say.",
    "Things for the walk:",
    "boots worn in",
    "a rain jacket",
    "Things for the evening:",
    "a warm hat",
    "a book",
    "Things to leave at home",
    "the laptop",
    "spare shoes",
    "The hut has blankets and a stove, so sleeping bags are the only bulky thing to carry." + LONG,
]

CLEANING = [
    "Spring cleaning goes faster with a plan, and the plan starts with what is in the cupboard.",
    "Kitchen jobs:",
    "wipe the shelves",
    "descale the kettle",
    "Kitchen extras:",
    "oven racks",
    "fridge seals",
    "Kitchen jobs for the weekend",
    "defrost the freezer",
    "clean behind the cooker",
    "The bathroom comes next, and it needs only a stiff brush and an hour of patience." + LONG,
]


@pytest.mark.parametrize(
    ("blocks", "label"),
    [
        (DIET, "Foods to limit"),
        (PACKING, "Things to leave at home"),
        (CLEANING, "Kitchen jobs for the weekend"),
    ],
    ids=["diet", "packing", "cleaning"],
)
def test_a_label_without_its_colon_joins_its_series(blocks, label):
    heads = heads_of(*blocks)
    assert label in heads
    assert [b for b in blocks if b.endswith(":")] == [h for h in heads if h.endswith(":")]


def test_one_colon_label_makes_no_series():
    items = lines("Intro.", "Fruit:", "apples", "pears", "Fruit salad", "melon", "grapes", "End.")
    assert not is_colonless_label(items, set(), 4)
    blocks = ["Fruit is cheap this week at the market, the stallholders say.", "Fruit:"]
    blocks += ["apples", "pears", "Fruit salad", "melon", "grapes", "It was a good week." + LONG]
    assert "Fruit salad" not in heads_of(*blocks)


def test_a_line_opening_on_the_word_with_a_verb_is_no_label():
    blocks = [*DIET[:8], "Foods were scarce", *DIET[9:]]
    assert "Foods were scarce" not in heads_of(*blocks)


def test_a_line_over_a_paragraph_is_no_list_label():
    items = lines(*DIET[:8], "Foods to limit", DIET[-1], "peas")
    assert not is_colonless_label(items, {"foods"}, 8)


def test_a_line_in_lower_case_is_no_label():
    items = lines(*DIET[:8], "foods to limit", "cabbage", "peas")
    assert not is_colonless_label(items, {"foods"}, 8)


# --- a sentence head read again once the lone question near it falls ---

INN = [
    "Harrowmoor Inn, Upper Vell. Doubles from £140 a night, breakfast included",
    "There is one road up to the inn and it is single track for the last six miles, with "
    "passing places that the locals use at speed and the visitors do not.",
    "“The kettle is always on”",
    "So said the landlady, Mrs Orla Fenwick-Hale, as we came in out of the rain, and for the "
    "three days we stayed it was true, day and night, in the bar and in the kitchen.",
    "Is it too remote?",
    "Not after the first evening. By the second it is the point.",
    "The bedrooms are small.",
    "Six rooms under the eaves, each with a low beam, a deep bath and a window over the moor. "
    "There is no television and the signal comes and goes with the wind and the weather.",
    "What the inn does best is the food, which comes from the farms in the valley below and is "
    "cooked by a chef who left a city restaurant to be here",
    "Lamb from the next farm, trout from the tarn and a treacle tart that we asked for twice, "
    "served at a long table by the fire with the other guests and the dogs.",
    "Is it good value?",
    "Better than it needs to be, for what it gives: the walks start at the door, the boots dry "
    "by the stove overnight and the packed lunch is a meal in itself.",
    "The verdict",
    "It is not cheap and the road is an ordeal in winter, but there is no better place to stay "
    "within a day's walk of the high fells.",
]
INN_HEADS = [INN[2], INN[6], INN[8], INN[10], INN[12]]

CONCERT = [
    "Corran Hall, Dunmarsh, until Saturday. Tickets from £22",
    "The hall was half empty when the quartet walked on, and full by the interval, which says "
    "something about the town and more about the playing.",
    "“We play it as if it were new”",
    "That was the cellist's promise in the programme, and the first movement kept it, taken "
    "faster than most quartets dare and with a rough edge that suited the music well.",
    "Is it too loud?",
    "Not once the slow movement begins. By the finale it is the whole charm.",
    "The second violin is the star.",
    "Tamsin Okoro-Lund plays the inner lines as if they were the tune. In the scherzo the "
    "whole piece seemed to turn on her bowing, quick and light and never showy.",
    "What the evening gets right is the hall itself, which the town rebuilt after the fire "
    "with money its own choir raised",
    "It has the best sound in the county, warm and close. The last train "
    "home waits for the encore, as the programme notes with some pride.",
    "The verdict",
    "A quartet at the top of its game in a hall that deserves more visitors, and a concert "
    "that will be remembered in the town for some years to come.",
]
CONCERT_HEADS = [CONCERT[2], CONCERT[6], CONCERT[8], CONCERT[10]]

GAME = [
    "Released for consoles and computers. Rated for ages twelve and up",
    "The first hour is slow, a long walk through a fishing village that teaches you to row, "
    "to fish and to talk to people who mostly do not want to talk to you.",
    "“Nobody leaves the island”",
    "The village elder says it in the opening scene, and the game spends twenty hours "
    "proving her wrong, one rowing boat and one stubborn fisherman at a time.",
    "Is it too gentle?",
    "Not after the first storm. From then on the sea is the best thing in it.",
    "The puzzles are the weak part.",
    "Most of them ask you to carry a crate from one end of a pier to the other. The few "
    "that ask more than that are explained twice by a talking gull before you can try them.",
    "The boss fights fare better, three of them, each on a different boat in a worse storm, "
    "and each one harder to see coming than the one before it.",
    "Should you buy it?",
    "If you have the patience for a slow start, yes: the last third is as moving as anything "
    "released this year, and the music alone is worth the price.",
]
GAME_HEADS = [GAME[2], GAME[6], GAME[9]]

FILM = [
    "In cinemas from Friday. Running time 128 minutes",
    "The film opens on a frozen harbour at dawn and does not leave it for forty minutes, which "
    "will test some audiences and reward the rest.",
    "“Nothing moves in winter”",
    "The harbour master says it to the new clerk on her first morning, and the film spends "
    "two hours showing us how wrong he is, one cracked hull and one quarrel at a time.",
    "Is it too bleak?",
    "Not after the first reel. By the end it is almost warm.",
    "The clerk is the film's heart.",
    "Idunn Marsh-Okafor plays her with a stillness that the older cast cannot match. Every "
    "scene she is in tilts towards her, even the ones in which she says nothing at all.",
    "Where the film takes its one real risk is the ending, set out on the ice at night with "
    "half the town watching",
    "It ends quietly, with a boat that may or may not be the one the town has been "
    "waiting for since the first scene, and no music over the final shot.",
    "Should you see it?",
    "On a big screen, yes: the harbour at night is worth the ticket alone, and the last twenty "
    "minutes are as tense as any thriller released this year.",
]
FILM_HEADS = [FILM[2], FILM[6], FILM[8], FILM[10]]


@pytest.mark.parametrize(
    ("blocks", "heads"),
    [(INN, INN_HEADS), (CONCERT, CONCERT_HEADS), (GAME, GAME_HEADS), (FILM, FILM_HEADS)],
    ids=["inn", "concert", "game", "film"],
)
def test_a_sentence_head_stands_once_the_lone_question_falls(blocks, heads):
    assert heads_of(*blocks) == heads


def test_a_punchy_line_opening_on_a_pronoun_stays_text():
    blocks = [*INN[:6], "It is a small place.", *INN[7:]]
    assert "It is a small place." not in heads_of(*blocks)


def test_a_sentence_line_over_a_shorter_line_stays_text():
    blocks = [*FILM[:6], "The clerk is the film's heart.", "She was.", *FILM[7:]]
    assert "The clerk is the film's heart." not in heads_of(*blocks)


def test_a_sentence_line_right_under_its_question_stays_text():
    blocks = [*GAME[:5], "The sea is the best thing in it.", *GAME[7:]]
    assert "The sea is the best thing in it." not in heads_of(*blocks)
