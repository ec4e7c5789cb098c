"""heads94: sentence heads in a picture's slot (heading_picture_slots.picture_slot_heads): where
a page's heads stand in sentence forms (a quotation, a long clause), two or more standalone
sentences right after its pictures, each over a run of text, are more of its heads; one such
line, or such lines beside a label head or on a page with no head, stay the text's. Made-up
exports, with near misses that change one thing."""

from __future__ import annotations

import pytest

from api.parser import parse
from api.parser.heading_picture_slots import in_a_picture_slot, picture_slot_heads
from api.parser.layout import Line
from tests.parser.exports import lines


def blocks_of(export: str) -> list[tuple[str, str]]:
    """The (type, text) of each body block of an export."""
    return [(b.type, b.text or "") for b in parse(export).body]


def subheads(export: str) -> list[str]:
    return [text for kind, text in blocks_of(export) if kind == "subheading"]


def export(blocks: list[str]) -> str:
    return "A made-up headline for a made-up story\n\n" + "\n\n".join(blocks) + "\n"


# (lead, a quoted head and its text, picture-slot heads each with two paragraphs, pictures)
STORIES = [
    (
        [
            "LYME REGIS, England — Walter Penhallow-Grice, who mended the nets of half the "
            "harbour's boats for sixty years, died on Sunday at his home above the Cobb.",
            "He was 91. He had been mending a net the week before.",
        ],
        '"A net is a promise you keep"',
        [
            "He told the harbour radio in 2004 that a torn net was a broken word.",
            "Skippers from Brixham and Newlyn sent him their worst, and he sent them back whole.",
        ],
        [
            (
                "The sea took his father first. Nine years later it took his brother too.",
                [
                    "He was eleven when his father's boat went down off Golden Cap in a January "
                    "gale, and he left school the next spring.",
                    "After his brother was lost he never went to sea again, and took to mending "
                    "the nets on the quay instead.",
                ],
            ),
            (
                "The last net was finished in March. It took him most of the winter.",
                [
                    "It was a trammel for a crabber from Beer, worked on for an hour a day at the "
                    "table in his front window.",
                    "He is survived by his daughter, two grandsons and a great-granddaughter, who "
                    "has asked to learn his knots.",
                ],
            ),
        ],
        [
            "Old nets hanging to dry on a harbour wall\nNets on the Cobb at Lyme Regis in "
            "1978.Jane Ashdown-Pike/Dorset Echo",
            "An old man at a table by a window mending a net\nPenhallow-Grice at work in "
            "2019.Family handout",
        ],
    ),
    (
        [
            "TROMSØ, Norway — The northern lights film festival closed on Saturday with a "
            "record audience of 61,000, twice what its organisers had planned for.",
            "The closing film sold out in four minutes. Nobody was surprised.",
        ],
        "\u201cWe ran out of chairs before we ran out of films\u201d",
        [
            "Volunteers carried benches in from two schools and a church hall on one night.",
            "Queues for the late screenings ran round the block at minus fourteen degrees.",
        ],
        [
            (
                "The opening night belonged to a film about reindeer. Nobody expected that.",
                [
                    "It followed three Sámi families through a whole migration, and its director, "
                    "who is 19, was cheered for minutes.",
                    "Two distributors made offers for it in the foyer before the applause had "
                    "stopped, the festival's office said.",
                ],
            ),
            (
                "The prize went to a comedy about hockey. Nobody saw that coming either.",
                [
                    "The jury chose a Finnish film about a failing ice-hockey club over three "
                    "favourites from the competition.",
                    "Next year's festival will run for ten days instead of seven, and the "
                    "organisers want a second hall.",
                ],
            ),
        ],
        [
            "A crowded cinema hall with people sitting on benches\nThe harbour hall on the "
            "festival's second night.Ola Strand-Hovde/NTB",
            "A young woman holding a trophy on a stage\nThe jury's award at the closing "
            "ceremony.Festival handout",
        ],
    ),
    (
        [
            "GDYNIA, Poland — The last hull built at the old Nauta yard slid into the water "
            "on Friday, ending 140 years of shipbuilding on the site.",
            "About 3,000 people came to watch. Some of them cried.",
        ],
        "\u2018You do not forget the sound of a launch\u2019",
        [
            "Former welders stood along the fence in their old overalls, as at every launch.",
            "The yard's brass band played the march it has played at each launch since 1958.",
        ],
        [
            (
                "The yard once employed 9,000 people. Last year it employed 240 of them.",
                [
                    "At its height in the late 1970s it built trawlers and ferries, three hulls a "
                    "year on its two slipways.",
                    "By last year most of the workers left were on repairs, and the new owners "
                    "said there was no work for them.",
                ],
            ),
            (
                "The two cranes will stay. The sheds and the slipways will not.",
                [
                    "The city has listed the two green gantry cranes, which will stand over the "
                    "new park on the waterfront.",
                    "Demolition of the sheds starts in the spring, and the first flats are due to "
                    "go on sale next year.",
                ],
            ),
        ],
        [
            "A large ship's hull sliding down a slipway into the sea\nThe last hull leaves "
            "the Nauta slipway on Friday.Piotr Wasik-Orme/PAP",
            "Two green cranes over empty shipyard sheds\nThe gantry cranes at the Nauta "
            "yard.Courtesy of Nauta",
        ],
    ),
]


def story(case: tuple, quoted: str | None = None, slots: int = 2) -> str:
    """An export of one made-up story: the lead, its quoted head (or `quoted` in its place) and
    text, then per picture a slot line and its two paragraphs (`slots` of them after a picture,
    the others after the text)."""
    lead, head, text, sections, pictures = case
    out = [*lead, quoted if quoted is not None else head, *text]
    for n, ((line, paragraphs), picture) in enumerate(zip(sections, pictures, strict=True)):
        if n < slots:
            out.append(picture)
        out += [line, paragraphs[0], PUNCHY[n], paragraphs[1]]
    return export(out)


# A punchy line inside each section, as the writer's rhythm puts one
PUNCHY = ["Nobody argued with that.", "It was not close."]


# Running text of a made-up section: longer than any slot line, shorter than twice one
TEXT = (
    "The council heard from residents of both villages, who described the flooding of the "
    "lower road in detail."
)
# (standing quoted or long head, slot lines) of three made-up pages
SLOTTED = [
    ('"We never closed"', ["The bakery opened in 1931. It never shut.", "The ovens are older."]),
    (
        "Why the fishing fleet of the whole north coast now lands its catch in one harbour",
        ["The boats left first.", "The last trawler sailed in June. Nobody waved."],
    ),
    ("\u2018I would do it again\u2019", ["The climb took nine hours.", "The summit was empty."]),
]


def page(head: str, slots: list[str], between: list[str] | None = None) -> list:
    """Items of a page: a lead, `head` over text, then per slot line a picture, the line and
    two paragraphs (or the lines `between` in their place)."""
    texts = ["LEAD " + TEXT, head, TEXT, TEXT]
    for line in slots:
        texts += ["|", line, *(between if between is not None else [TEXT, TEXT])]
    return lines(*texts)


def read(items: list, standing: tuple[int, ...] = (1,)) -> tuple[list[str], list[str]]:
    alone = [k for k, item in enumerate(items) if isinstance(item, Line)]
    flags = [k in standing for k in range(len(items))]
    found, cut = picture_slot_heads(items, alone, flags)
    return [items[k].text for k in found], [items[k].text for k in cut]


@pytest.mark.parametrize(("head", "slots"), SLOTTED, ids=["quoted", "long", "single-quoted"])
def test_slot_lines_beside_sentence_heads(head, slots):
    assert read(page(head, slots)) == (slots, [])


@pytest.mark.parametrize(("head", "slots"), SLOTTED, ids=["quoted", "long", "single-quoted"])
def test_one_slot_line_is_the_text(head, slots):
    assert read(page(head, slots[:1])) == ([], [])


@pytest.mark.parametrize(("head", "slots"), SLOTTED, ids=["quoted", "long", "single-quoted"])
def test_slot_lines_beside_a_label_are_the_text(head, slots):
    assert read(page("Looking ahead", slots)) == ([], [])


@pytest.mark.parametrize(("head", "slots"), SLOTTED, ids=["quoted", "long", "single-quoted"])
def test_slot_lines_with_no_head_standing_are_the_text(head, slots):
    assert read(page(head, slots), standing=()) == ([], [])


@pytest.mark.parametrize(("head", "slots"), SLOTTED, ids=["quoted", "long", "single-quoted"])
def test_slot_lines_over_one_paragraph_each_are_the_text(head, slots):
    # a photo story's captions running on: picture / short line / one paragraph / picture ...
    assert read(page(head, slots, between=[TEXT])) == ([], [])


@pytest.mark.parametrize(("head", "slots"), SLOTTED, ids=["quoted", "long", "single-quoted"])
def test_a_punchy_head_cutting_a_slot_section_short(head, slots):
    items = page(head, slots, between=[TEXT, "He was tired. He went on anyway.", TEXT])
    punchy = len(items) - 2
    found, cut = read(items, standing=(1, punchy))
    assert found == slots and cut == ["He was tired. He went on anyway."]


def test_a_question_head_keeps_its_section():
    items = page('"We never closed"', SLOTTED[0][1], between=[TEXT, "Why did it work?", TEXT])
    found, cut = read(items, standing=(1, len(items) - 2))
    assert cut == []


@pytest.mark.parametrize(
    ("case", "standing"),
    [(STORIES[0], True), (STORIES[1], False), (STORIES[2], True)],
    ids=["obituary", "festival-no-head-stands", "shipyard"],
)
def test_stories_in_picture_slots(case, standing):
    # where the quoted head stands, the slot lines are heads beside it; where it does not
    # (the festival's curly quotation over two short lines), no line is
    found = subheads(story(case))
    assert found == ([case[1]] + [line for line, _ in case[3]] if standing else [])


@pytest.mark.parametrize("case", STORIES, ids=["obituary", "festival", "shipyard"])
def test_stories_with_one_picture_slot(case):
    found = subheads(story(case, slots=1))
    assert case[3][0][0] not in found and case[3][1][0] not in found


@pytest.mark.parametrize("case", STORIES, ids=["obituary", "festival", "shipyard"])
def test_stories_beside_a_label_head(case):
    found = subheads(story(case, quoted="Looking ahead"))
    assert not {line for line, _ in case[3]} & set(found)


def test_a_punchy_line_inside_a_slot_heads_section_is_text():
    lead, head, text, sections, pictures = STORIES[0]
    (first, first_text), (last, last_text) = sections
    blocks = [*lead, head, *text, pictures[0], first, *first_text, pictures[1], last]
    blocks += [last_text[0], "He was tired. He went on anyway.", last_text[1]]
    found = subheads(export(blocks))
    assert first in found and last in found
    assert "He was tired. He went on anyway." not in found


def test_slot_lines_over_one_paragraph_each_are_text():
    # a picture, a short line and one paragraph, twice: a photo story's captions run on
    lead, head, text, sections, pictures = STORIES[1]
    blocks = [*lead, head, *text]
    for (line, paragraphs), picture in zip(sections, pictures, strict=True):
        blocks += [picture, line, paragraphs[0]]
    blocks.append("The festival returns in February.")
    found = subheads(export(blocks))
    assert not {line for line, _ in sections} & set(found)


@pytest.mark.parametrize(
    ("texts", "k", "expected"),
    [
        (
            (
                "|",
                "The two cranes will stay. The sheds and the slipways will not.",
                "x" * 120,
            ),
            1,
            True,
        ),
        (("|", "The sea took his father first.", "y" * 90), 1, True),
        (("Text.", "The sea took his father first.", "y" * 90), 1, False),  # no picture
        (("|", "Was it luck?", "z" * 90), 1, False),  # a question asked in the text
        (("|", "The cranes will stay.", "Short."), 1, False),  # over a shorter line
    ],
)
def test_in_a_picture_slot(texts, k, expected):
    assert in_a_picture_slot(lines(*texts), k) is expected
