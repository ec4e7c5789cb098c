"""heads92: a buying guide's numbered items are its heads, the short price line closing each
item ('From £40, Kell & Daughters') is data, and a numbered item over its box of fields ('Grip:
firm' / 'Weight: light') stands in its place (headings.numbers_a_box, heading_offers.
closes_an_item, heading_numbered_runs.opens_a_box); an interview's note that it was translated
says it is an interview (heading_questions.EDITED_NOTE); a by-line's names open on a capital of
any alphabet, 'Interview by Élodie Ngata' (headings.is_byline); a labelled reading time is page
chrome (page_chrome.CONTROL); a by-line credit's holder may hold dotted initials, 'U.S. Forest
Service' (credits.HOLDER_DOTTED), and a chain's holder written in its language's sentence case
may hold a word in lower case, 'Conseil régional de Var/Handout' (credit_words.inner_lower_words).
Made-up exports, with near misses that change one thing."""

from __future__ import annotations

import pytest

from api.parser import parse
from api.parser.credits import split_credit, without_final_stop
from api.parser.heading_numbered_runs import opens_a_box
from api.parser.heading_offers import closes_an_item
from api.parser.heading_questions import says_it_is_an_interview
from api.parser.headings import is_byline
from api.parser.page_chrome import is_chrome
from tests.parser.exports import LONG, article, lines


def body(export: str) -> list[tuple[str, str]]:
    """The (type, text) of each body block of an export."""
    return [(b.type, b.text) for b in parse(export).body]


def subheads(export: str) -> list[str]:
    return [b.text for b in parse(export).body if b.type == "subheading"]


def paragraphs(export: str) -> list[str]:
    return [b.text for b in parse(export).body if b.type == "paragraph"]


# --- a buying guide's numbered items over fields, each closed by a price line ------------------

INTRO = (
    "We tried twenty of them over a month in a busy kitchen, and most went back in the box by "
    "the end of the first week, blunt, loose or simply too heavy for a long evening's work."
)

# (item heads, field labels, the item's text, price lines) of three made-up guides
GUIDES = [
    (
        [
            "1) The Kestrel chef's knife",
            "2) Marlow santoku, the all-rounder",
            '3) "Sharp out of the box" – the Tarn petty',
            "4) Hollis bread knife",
        ],
        ("Steel", "Best for"),
        "It held its edge through a month of onions and squash, and the handle stayed dry and "
        "comfortable even when the board was wet, which is rarer than it should be.",
        ["From £40, Kell & Daughters", "From £65, Harbour Kitchen", "From £28, most cookshops"],
    ),
    (
        [
            "1) Fellrunner 4",
            "2) Brook trail shoe, the quiet one",
            "3) Is a road shoe enough for the park?",
            "4) Ridgeline Pro",
        ],
        ("Drop", "Weight"),
        "On wet grass and on the gravel of the towpath it gripped well, and after two hundred "
        "miles the sole showed almost no wear at the heel, where most of ours went first.",
        ["From $120, Summit Outfitters", "$95 at Trailhead Co", "From $140, most running shops"],
    ),
    (
        [
            "1) Harbour Lights",
            "2) Salt and Spindle, for two players",
            "3) Orchard Run",
            "4) The Long Winter",
        ],
        ("Players", "Time"),
        "It plays in under an hour, teaches itself in one round and has a way of ending close, "
        "so the table asks for another game before anybody has put the kettle on.",
        ["From €35, Spelhuis", "From €22, Kaartwinkel Noord", "€49 at most game shops"],
    ),
]


def guide(heads: list[str], labels: tuple[str, str], text: str, prices: list[str]) -> str:
    """A guide export: an intro, then per item its head, two fields, its text and (but the last)
    a price line closing it."""
    blocks = [INTRO, LONG]
    for n, head in enumerate(heads):
        blocks += [head, f"{labels[0]}: good in most hands", f"{labels[1]}: a first buy", text]
        if n < len(prices):
            blocks.append(prices[n])
    blocks.append("Prices were correct at the time of writing.")
    return article(*blocks)


@pytest.mark.parametrize("heads, labels, text, prices", GUIDES)
def test_a_buying_guides_numbered_items_are_its_heads_under_price_lines(
    heads, labels, text, prices
):
    export = guide(heads, labels, text, prices)
    assert subheads(export) == heads
    assert all(price in paragraphs(export) for price in prices)


@pytest.mark.parametrize("heads, labels, text, prices", GUIDES)
def test_a_guides_items_without_price_lines_are_its_heads_too(heads, labels, text, prices):
    assert subheads(guide(heads, labels, text, [])) == heads


def test_near_miss_price_lines_in_a_guide_without_numbered_items_stay_paragraphs():
    # a shopping roundup whose heads are plain names: the price lines are data, as before
    names = ["The Kestrel chef's knife", "Marlow santoku", "Hollis bread knife"]
    blocks = [INTRO, LONG]
    for name, price in zip(names, GUIDES[0][3], strict=True):
        blocks += [name, GUIDES[0][2], price]
    blocks.append("Prices were correct at the time of writing.")
    export = article(*blocks)
    assert subheads(export) == names
    assert all(price in paragraphs(export) for price in GUIDES[0][3])


@pytest.mark.parametrize(
    "texts",
    [
        ("It cut well.", "From £40, Kell & Daughters"),
        ("Our pick for most kitchens.", "£95 at Trailhead Co"),
        ("Worth every penny.", "From €35, Spelhuis"),
    ],
)
def test_a_short_price_line_after_a_sentence_closes_an_item(texts):
    assert closes_an_item(lines(*texts), 1)


@pytest.mark.parametrize(
    "texts",
    [
        ("It cut well.", "Knives like this cost £90 and last for years."),  # a sentence
        ("Best buy", "From £40, Kell & Daughters"),  # under a head, not after text
        ("It cut well.", "From Kell & Daughters, the family firm"),  # no price
        ("It cut well.", "From £40 at Kell & Daughters, or £35 in their January sale online"),
    ],
)
def test_near_miss_lines_that_close_no_item(texts):
    assert not closes_an_item(lines(*texts), 1)


@pytest.mark.parametrize(
    "texts",
    [
        ("2) Fern", "Light: shade", "Water: weekly"),
        ("3) Ridgeline Pro", "Drop: 6mm", "Weight: 280g"),
        ("1) Orchard Run", "Players: 2-5", "Time: 40 minutes"),
    ],
)
def test_two_fields_under_a_numbered_item_open_its_box(texts):
    assert opens_a_box(lines(*texts), 1)


@pytest.mark.parametrize(
    "texts",
    [
        ("1) The call", "Host: Why now?", "Ana: Because it rained."),  # turns said as sentences
        ("1) The call", "Host: go on", LONG),  # one field alone
        ("1) The call", "Host: go on", "Ana: I will."),  # the second a sentence
    ],
)
def test_near_miss_turns_and_a_lone_field_open_no_box(texts):
    assert not opens_a_box(lines(*texts), 1)


# --- an interview's note that it was translated ---------------------------------------------------

TRANSLATED_NOTES = [
    "This interview has been translated from Wolof and edited for length.",
    "The conversation was translated from the Portuguese, and lightly edited.",
    "This Q&A has been translated and condensed.",
]

TURNS = [
    ("When did you open the bakery?", "In the dry season of 1994, with one oven and a cousin."),
    ("Why bread?", "Because everybody eats it, even in a bad year. Especially then."),
    ("How early do you start?", "At three. The first loaves are out before the call to prayer."),
    ("Will your daughter take it on?", "She says no. She said no to the oven too, once."),
]


def interview(note: str) -> str:
    blocks = [
        "He has baked on the same corner for thirty years and spoke to us between batches, "
        "flour to the elbows, while the queue outside grew and the radio played.",
        "Interview by Élodie Ngata-Voss",
    ]
    if note:
        blocks.append(note)
    for question, answer in TURNS:
        blocks += [question, answer]
    blocks.append("His shop opens again after the holiday.")
    return article(*blocks)


@pytest.mark.parametrize("note", TRANSLATED_NOTES)
def test_a_translated_interviews_questions_and_by_line_are_paragraphs(note):
    export = interview(note)
    assert subheads(export) == []
    assert "Interview by Élodie Ngata-Voss" in paragraphs(export)


@pytest.mark.parametrize(
    "text",
    [
        *TRANSLATED_NOTES,
        "This interview has been translated from Tagalog.",
        "The interview was translated and edited for clarity.",
    ],
)
def test_a_translation_note_is_read_as_an_interviews_note(text):
    assert says_it_is_an_interview(lines("Some text in the lead here.", text, "Why?"))


@pytest.mark.parametrize(
    "text",
    [
        "This article has been translated from Spanish.",  # an article, no interview
        "The interview was transcribed by a volunteer.",  # no editing nor translation said
        "This interview has been a long time in translation.",
    ],
)
def test_near_miss_notes_on_translation_say_no_interview(text):
    assert not says_it_is_an_interview(lines("Some text in the lead here.", text, "Why?"))


FAQ_HEADS = ["Who has to pay the new charge?", "When does it start?", "How is it collected?"]


def test_near_miss_an_faq_under_a_translated_article_note_keeps_its_question_heads():
    blocks = ["The district is changing how it charges for garden waste.", LONG]
    blocks.append("This article has been translated from Welsh.")
    for head in FAQ_HEADS:
        blocks += [head, LONG, LONG]
    assert subheads(article(*blocks)) == FAQ_HEADS


@pytest.mark.parametrize(
    "text",
    [
        "Interview by Élodie Ngata-Voss",
        "By Øyvind Lie in Tromsø",
        "Photographs by Łucja Nowak and Ştefan Pop",
        "By Ana Lima",
    ],
)
def test_a_by_line_may_name_accented_capitals(text):
    assert is_byline(text)


@pytest.mark.parametrize(
    "text", ["By élodie ngata", "By train and ferry", "By the sea", "Interview by the river"]
)
def test_near_miss_lines_opening_on_by_that_name_nobody(text):
    assert not is_byline(text)


# --- a labelled reading time --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Reading time: 6 min",
        "Read time 4 minutes",
        "Estimated reading time: about 12 minutes",
        "Time to read: 3 mins",
        "8-minute read",
    ],
)
def test_a_labelled_reading_time_is_chrome(text):
    assert is_chrome(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reading time",
        "Reading time matters",
        "Time to read: the classics",
        "Reading time: 6 min of joy",
    ],
)
def test_near_miss_lines_about_reading_are_no_chrome(text):
    assert not is_chrome(text)


def test_a_reading_time_under_the_by_line_is_no_head():
    export = article(
        "By Ana Lima",
        "7 December 2026",
        "Estimated reading time: 9 minutes",
        LONG,
        "The ferry is late",
        LONG,
        LONG,
    )
    assert subheads(export) == ["The ferry is late"]


# --- credits: dotted initials inside a by-line's holder, a holder's lower-case word --------------


def read(line: str) -> tuple[str, str | None]:
    """The caption and the credit a picture's line gives, as the article builder reads it."""
    caption, credit = split_credit("", line)
    return caption, credit and without_final_stop(credit)


GLUED = [
    # a compound by-line credit whose holder holds dotted initials
    ("Shoppers queue at a bakery in the old townPhoto illustration by Ana Rous. Photos by Getty "
     "Images and U.S. Mint.",
     "Shoppers queue at a bakery in the old town",
     "Photo illustration by Ana Rous. Photos by Getty Images and U.S. Mint."),
    ("A ranger on the ridge trail.Photo by U.S. Forest Service",
     "A ranger on the ridge trail.", "Photo by U.S. Forest Service"),
    ("Rowers on the harbour at dawnPhotos by Jo Hart and N.Z. Herald",
     "Rowers on the harbour at dawn", "Photos by Jo Hart and N.Z. Herald"),
    # a chain's holder in its language's sentence case, a word in lower case inside it
    ("Fishermen mend nets on the quay at Hienghène.Ana Rous/Radio et Télé 1",
     "Fishermen mend nets on the quay at Hienghène.", "Ana Rous/Radio et Télé 1"),
    ("The new school at Sada on its opening dayConseil régional de Var/Handout",
     "The new school at Sada on its opening day", "Conseil régional de Var/Handout"),
    ("A potter at her wheel in the workshopMuseo nacional de Arte/Handout",
     "A potter at her wheel in the workshop", "Museo nacional de Arte/Handout"),
]  # fmt: skip


@pytest.mark.parametrize("line, caption, credit", GLUED)
def test_a_glued_credit_with_dotted_initials_or_a_lower_case_word_is_split_off(
    line, caption, credit
):
    assert read(line) == (caption, credit)


KEPT = [
    # a caption ending in lower-case words, no slash: no chain, no credit
    "The new school at Sada on the day the Conseil régional de Var opened it",
    "A ferry leaves the quay at Dzaoudzi.Most passengers come by car",
    # a slash inside the caption's words, its last word in lower case
    "A crowd at the gates of the fort in Gao.Lyon/trains run late",
    # a caption's sentence before a slash, its verb in lower case and no connector after it (rb3)
    "Protesters march on Monday. Police arrest Jane Doe/AP",
    "Rescuers search the rubble in Antakya.Firefighters tackle Grenfell Tower/PA",
    "Ships wait off the coast.Police question Tom Reed/AP",
    # 'Photos by' inside a caption's sentence
    "Visitors look at photos by Ana Rous and the U.S. Navy in the gallery.",
    "The show.Photos by Ana Rous hang beside the U.S. flags in the hall.",
]


@pytest.mark.parametrize("line", KEPT)
def test_a_caption_without_a_credit_stays_whole(line):
    assert read(line) == (line, None)
