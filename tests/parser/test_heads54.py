"""fresh31's and fresh32's head classes left after heads52 (heads54), on made-up articles: each
rule reads a line against the document as a whole (its sibling heads' forms and lengths, the
spacing of sections, a numbering run, timestamps, the thread of the paragraph before), with the
near misses it must leave alone (punchy lines, rhetorical questions, sign-offs, datelines)."""

from __future__ import annotations

import pytest

from api.parser.article import clean, headline_and_rest
from api.parser.heading_siblings import (
    is_long_clause,
    is_sentence_form,
    is_short_statement,
)
from api.parser.heading_threads import followed_up, pointing_back_at, topic_words
from api.parser.headings import item_number, last_numbered_head
from api.parser.layout import Line, lay_out
from tests.parser.exports import COSTED as LONG
from tests.parser.exports import COSTED_FOLLOW_UP as LONGER
from tests.parser.exports import HERON_PICTURE as PICTURE
from tests.parser.exports import MINUTES as MEDIUM
from tests.parser.exports import article, heads_of

# --- last_numbered_head: the next number after a run of numbered heads --------------------


def numbered_list(titles: list[str], closing: list[str], price: str) -> list[str]:
    """An intro, each numbered title over text and a short price line, the one over the last
    title `price`, then the closing blocks."""
    blocks = [LONG]
    for n, title in enumerate(titles):
        blocks += [title, LONGER, price if n == len(titles) - 2 else f"£{n + 8}.99, Corran & Vell"]
    return [*blocks, *closing]


LAST_NUMBERED = [
    # a long price line over the last, and a one-word sign-off
    (
        ["1. A red from the southern hills", "2. A white for fish", "3. A rosé that lasts"],
        "4. Sherry from the coast",
        "£14.99 on offer, £19.99 at full price, Corran & Vell",
        ["Enjoy."],
    ),
    # ')' numbering, a closing sentence after the last section
    (
        ["1) A stove for two", "2) A stove for a family", "3) A stove for the car"],
        "4) The one we would buy",
        "£89 from outdoor shops, or about £70 online if you look around a little",
        ["Have a safe winter on the hills, and send us your own tips."],
    ),
    # five in the run, the last short and plain
    (
        ["1. Lake Orra", "2. The Tarn Steps", "3. Widdow Gill", "4. Haskell Pike"],
        "5. Brenner Moss",
        "Parking £6 a day at the village hall, toilets and a café open at weekends only",
        ["Cheers."],
    ),
]


@pytest.mark.parametrize(("titles", "last", "price", "closing"), LAST_NUMBERED)
def test_the_last_number_of_a_run_is_a_head(
    titles: list[str], last: str, price: str, closing: list[str]
) -> None:
    heads = heads_of(*numbered_list([*titles, last], closing, price))
    assert heads == [*titles, last]


def test_a_packed_numbered_list_after_the_run_is_no_head() -> None:
    # the numbers restart in a list of lines, one under the other: a list, not the run's next
    titles = ["1. A red from the southern hills", "2. A white for fish", "3. A rosé that lasts"]
    blocks = numbered_list(titles, [], "£9, Corran & Vell")
    blocks += ["To sum up:", "4. Buy early", "5. Chill the whites", LONG]
    assert "4. Buy early" not in heads_of(*blocks)


def numbered_heads(blocks: list[str]) -> list[str]:
    """The lines last_numbered_head adds to the flags of an export of the given blocks, where
    every numbered line over text but the last is flagged."""
    _, rest = headline_and_rest(clean(article(*blocks)).split("\n"))
    items = list(lay_out(rest).body)
    alone = [k for k, it in enumerate(items) if isinstance(it, Line) and it.alone]
    numbered = [k for k in alone if item_number(items[k]) >= 0]
    flags = [k in numbered[:-1] for k in range(len(items))]
    return [items[k].text for k in last_numbered_head(items, alone, flags)]


def test_the_next_number_is_the_last_head() -> None:
    titles = ["1. A red", "2. A white for fish", "3. A rosé that lasts", "4. Sherry"]
    assert numbered_heads(numbered_list(titles, ["Enjoy."], "£9 a bottle")) == ["4. Sherry"]


def test_a_gap_in_the_numbering_makes_no_run() -> None:
    titles = ["1. A red", "2. A white for fish", "4. A rosé that lasts", "5. Sherry"]
    assert numbered_heads(numbered_list(titles, ["Enjoy."], "£9 a bottle")) == []


def test_a_last_number_over_a_shorter_line_is_no_head() -> None:
    titles = ["1. A red", "2. A white for fish", "3. A rosé that lasts"]
    blocks = numbered_list(titles, [], "£9 a bottle")
    blocks += ["4. The one that got away from us this year", "Sold out."]
    assert numbered_heads(blocks) == []


# --- thread_questions: a question carrying the thread of the paragraph before ---------------

THREAD_ARTICLE = [
    LONG,
    "Why the count took so long",
    LONGER,
    "A turnout of 41 per cent is about average for a by-election in the county.",
    "Is a low turnout a bad sign?",
    "Not always. Quiet contests often draw few voters even when the result is close.",
    "Who won the ward?",
    LONG,
    "What the result means for the council",
    LONGER,
]


def test_a_yes_or_no_question_following_the_last_sentence_up_is_running_text() -> None:
    assert heads_of(*THREAD_ARTICLE) == [
        "Why the count took so long",
        "Who won the ward?",
        "What the result means for the council",
    ]


def test_a_question_about_them_is_running_text() -> None:
    blocks = [
        "Each autumn the post brings letters from readers who planted tulips for the first "
        "time and loved them.",
        "What should they do with them now?",
        "The short answer is that it depends on the soil. The long answer is below.",
        "Where to store the bulbs over winter",
        LONG,
        "Is it too late to plant onions?",
        "Not at all. Anything before the first hard frost is fine.",
        LONGER,
        "Why some bulbs never flower again",
        LONG,
    ]
    heads = heads_of(*blocks)
    assert "What should they do with them now?" not in heads
    assert "Is it too late to plant onions?" in heads


def test_topic_words_leave_fillers_and_short_words() -> None:
    assert topic_words("About a score of their pupils") == {"score", "pupils"}


@pytest.mark.parametrize(
    ("question", "answer", "before", "expected"),
    [
        ("Is a negative score bad?", "Not always. It varies.", "A score of 2 is fair.", True),
        (
            "Was the bridge safe?",
            "No. It was shut a week later.",
            "The bridge opened in May.",
            True,
        ),
        ("Can the museum pay?", "Yes, for now.", "The museum has a grant until June.", True),
        # a new topic: no word of the sentence before
        ("Is it too late to plant garlic?", "Not at all.", "Spring is easier to see.", False),
        # no reply opens the answer
        ("Is a low score bad?", "Schools differ a great deal.", "A score of 2 is fair.", False),
        # a question asking what, not yes or no
        ("What does a score mean?", "Not much.", "A score of 2 is fair.", False),
    ],
)
def test_followed_up(question: str, answer: str, before: str, expected: bool) -> None:
    assert followed_up(question, answer, before) is expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What do I do with them now?", True),
        ("Where do I put those?", True),
        ("Do I cut them back?", True),
        ("Why do voters distrust them?", False),  # a word of its own names the topic
        ("Is it too late to plant garlic?", False),
        ("What wins the prize?", False),
    ],
)
def test_pointing_back_at(question: str, expected: bool) -> None:
    assert pointing_back_at(question) is expected


def test_an_faq_of_question_heads_keeps_its_questions() -> None:
    blocks = [
        LONG,
        "Is the ferry running?",
        "Yes. The ferry runs every hour from the north quay.",
        "Is the ferry cheaper than the bridge?",
        "No. The ferry costs more at weekends.",
        "Can I take a bike?",
        LONGER,
    ]
    assert heads_of(*blocks) == [
        "Is the ferry running?",
        "Is the ferry cheaper than the bridge?",
        "Can I take a bike?",
    ]


# --- paired_sibling_heads: two-sentence heads beside sentence heads ------------------------

SHORT_A = (
    "Nobody was hurt when the old chimney came down in a storm one night in 2019, but the "
    "surveyors found the rest of the roof in a far worse state than anyone had guessed."
)
SHORT_B = "The trust closed the house that week. It thought the work would take a year."
SHORT_C = (
    "The first estimate was £2m. By 2022 it was £5m, and the trust paused the work while it "
    "looked for the money, which a lottery grant and a donor made up in the end."
)


def sibling_article(pair: str) -> list[str]:
    """A feature of short paragraphs: a quoted head, a question head, a clause head, and the
    two-sentence line `pair` opening a section of its own."""
    return [
        "HARLOW — The doors of Fenwick House opened again on Saturday for the first time in "
        "five years.",
        "Some of the visitors had been children when it shut.",
        pair,
        SHORT_A,
        SHORT_B,
        '"We had to number every tile"',
        SHORT_C,
        "The builders found two more chimneys behind the panelling",
        SHORT_A,
        SHORT_B,
        "So, was it worth the wait?",
        SHORT_C,
    ]


@pytest.mark.parametrize(
    "pair",
    [
        "The roof leaked for years. Then the chimney fell in.",
        "The money ran out twice. The house did not wait.",
        "Lift the bulbs if the soil is wet. Leave them if it drains.",
    ],
)
def test_a_two_sentence_line_beside_sentence_heads_is_a_head(pair: str) -> None:
    assert heads_of(*sibling_article(pair)) == [
        pair,
        '"We had to number every tile"',
        "The builders found two more chimneys behind the panelling",
        "So, was it worth the wait?",
    ]


def test_a_two_sentence_line_over_a_shorter_one_is_no_head() -> None:
    blocks = sibling_article("The trust said no. Then it said yes.")
    blocks[3] = "It took a week."
    assert "The trust said no. Then it said yes." not in heads_of(*blocks)


def test_a_two_sentence_line_among_label_heads_is_no_head() -> None:
    blocks = sibling_article("The roof leaked for years. Then the chimney fell in.")
    blocks[5], blocks[7], blocks[10] = "Background", "The builders", "Verdict"
    assert "The roof leaked for years. Then the chimney fell in." not in heads_of(*blocks)


def test_a_two_sentence_answer_under_a_question_head_is_no_head() -> None:
    blocks = sibling_article("The roof leaked for years. Then the chimney fell in.")
    blocks[11:11] = ["Not quite. The café is still shut.", SHORT_A]
    assert "Not quite. The café is still shut." not in heads_of(*blocks)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Who pays?", True),
        ('"We had to number every tile"', True),
        ("The builders found two more chimneys", True),
        ("Background", False),
        ("The money", False),
        ("Key dates: 2019 to 2024", False),
    ],
)
def test_is_sentence_form(text: str, expected: bool) -> None:
    assert is_sentence_form(text) is expected


# --- long_sibling_heads: a long clause as long as a long sibling head ----------------------

RACE_HEAD = (
    "Okafor went with the pacemakers and then simply kept going when they dropped out at 25km"
)


def race_article(second: str) -> list[str]:
    """A race report: a dateline paragraph, a long clause head, a picture, the long line
    `second` over a paragraph, and a results section."""
    return [
        "LAGOS, Nigeria — Adaeze Okafor took a minute off the course record on Sunday, running "
        "alone for the last ten kilometres in the heat of the late morning.",
        "Her time would have won most of the big city races of the year.",
        RACE_HEAD,
        "The plan, her coach Emeka Nwosu said later, had been to sit in the pack until 30km and "
        "then see who was left. Okafor did not follow it.",
        "She went through halfway in 1:09:02. By 30km she was a minute clear.",
        "Was she worried about the heat?",
        '"No. I was worried about the bridge," she said. "It was fine. It was only a bridge."',
        PICTURE,
        second,
        "Tunde Bello led from 32km and appeared to have the race won by the time he reached the "
        "stadium. He did not see his rival coming.",
        "Then he sat down on the track.",
        "Results",
        "Women: 1 Adaeze Okafor 2:18:41, 2 Grace Eze 2:21:09",
        "About 9,000 runners took part.",
    ]


@pytest.mark.parametrize(
    "second",
    [
        "In the men's race a sprint finish decided a win that had looked settled with a "
        "kilometre to go",
        "The wheelchair race was over almost as soon as it had started on the long hill out of "
        "the old town",
        "Behind the leaders a club runner from Ibadan came fourth in her very first race at the "
        "marathon distance",
    ],
)
def test_a_long_clause_beside_a_long_head_is_a_head(second: str) -> None:
    assert heads_of(*race_article(second)) == [RACE_HEAD, second, "Results"]


def test_a_long_clause_far_longer_than_its_sibling_is_no_head() -> None:
    second = (
        "In the men's race a sprint finish on the track decided a win that had looked settled "
        "with a kilometre to go in the rain and the wind"
    )
    assert second not in heads_of(*race_article(second))


def test_a_long_clause_with_no_long_sibling_is_no_head() -> None:
    blocks = race_article(
        "In the men's race a sprint finish decided a win that had looked settled with a "
        "kilometre to go"
    )
    blocks[2] = "The race"
    assert blocks[6] not in heads_of(*blocks)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RACE_HEAD, True),
        ("Women: 1 Adaeze Okafor 2:18:41, 2 Grace Eze 2:21:09 and 3 Ama Obi 2:21:55 in all", False),
        ("The race", False),
        (
            "She went through halfway in a time nobody in the field had run before on the course.",
            False,
        ),
    ],
)
def test_is_long_clause(text: str, expected: bool) -> None:
    assert is_long_clause(text) is expected


# --- closing_two_sentences: a story's closing lines after question and quoted heads ---------


def explainer(closing: str, last_lines: list[str]) -> list[str]:
    """An explainer of question and quoted heads whose last section holds `closing` over the
    lines `last_lines`."""
    return [
        LONG,
        "How long could she get?",
        LONGER,
        MEDIUM,
        '"A betrayal of every family"',
        LONG,
        "Will the victims speak?",
        "Yes. Seven parents have asked to address the court.",
        "What happens next?",
        LONGER,
        closing,
        *last_lines,
    ]


@pytest.mark.parametrize(
    "closing",
    [
        "Sentencing begins at 10 a.m. Follow our live coverage from 9.30 a.m.",
        "Doors open at 6 p.m. Last entry is at 9 p.m.",
        "Kick-off is at 3 p.m. Our live coverage starts at 2 p.m.",
    ],
)
def test_closing_two_sentences_are_a_paragraph(closing: str) -> None:
    heads = heads_of(*explainer(closing, ["Rhea Sandoval contributed to this report."]))
    assert closing not in heads
    assert "What happens next?" in heads


def test_one_sentence_closing_line_keeps_the_earlier_rules() -> None:
    # one sentence, no pair: whatever the other rules say, this one does not fire
    closing = "Roads shut until 6 p.m."
    blocks = explainer(closing, [LONG, LONGER])
    assert heads_of(*blocks)[:2] == ["How long could she get?", '"A betrayal of every family"']


def test_a_two_sentence_head_over_a_section_of_several_lines_stays() -> None:
    blocks = explainer("The judge can go lower. She has done so before.", [LONG, LONGER])
    blocks[9] = MEDIUM
    heads = heads_of(*blocks)
    assert "How long could she get?" in heads


# --- details_a_rating: a question under a star line asks -----------------------------------


def review_diary(after_rating: str) -> list[str]:
    """A festival diary of reviews closed by star lines, `after_rating` under the last."""
    return [
        LONG,
        "The best film in competition has no buyer",
        LONGER,
        "★★★★★",
        '"I wanted it to feel like a bad dream"',
        "That was the director on his thriller, which I found mostly a bad dream.",
        "★★☆☆☆",
        after_rating,
        "The orchard film, if there is any justice. The other one, if there is not.",
        LONG,
    ]


@pytest.mark.parametrize(
    "question",
    ["What wins the Golden Bear?", "Who takes the top prize?", "Is it a two-horse race?"],
)
def test_a_question_under_a_rating_is_a_head(question: str) -> None:
    assert question in heads_of(*review_diary(question))


def test_a_venue_under_a_rating_is_no_head() -> None:
    assert "Palazzo Grande, until Sunday" not in heads_of(
        *review_diary("Palazzo Grande, until Sunday")
    )


# --- stamped_statement_heads: a diary's posts, each headed under its timestamp --------------


def diary(
    first: str, stamps: tuple[str, str] = ("Thursday, 11.40pm", "Friday, 8.15am")
) -> list[str]:
    """A diary of two posts under timestamps: `first` under the first, over a short paragraph,
    a punchy line, a two-sentence head and a star line; a clause head under the second."""
    return [
        PICTURE,
        stamps[0],
        first,
        "The boat from the station was an hour late. The queue for the morning screening "
        "stretched past the casino. Umbrellas were sold out by nine.",
        "Still, they came.",
        "The long ovation was real. So was the timing.",
        "The applause for the opening film began as the credits rolled and did not stop until "
        "the staff brought up the lights. One critic timed it on her phone.",
        "Was it deserved? Mostly.",
        "★★★★☆",
        PICTURE,
        stamps[1],
        "The best film in competition has no distributor",
        LONGER,
        MEDIUM,
    ]


@pytest.mark.parametrize(
    "first",
    [
        "It rained. Nobody on the island was ready.",
        "The boats were late again.",
        "The opening film was a mistake. Everyone knew it by nine.",
    ],
)
def test_a_short_statement_under_a_stamp_beside_a_stamped_head_is_a_head(first: str) -> None:
    heads = heads_of(*diary(first))
    assert heads[0] == first
    assert heads[-1] == "The best film in competition has no distributor"


def test_a_stamped_paragraph_is_no_head() -> None:
    # a post opening on its text: a long line under the stamp
    assert LONGER not in heads_of(*diary(LONGER))


def test_stamped_statements_without_a_stamped_head_stay_paragraphs() -> None:
    blocks = diary("It rained. Nobody on the island was ready.")
    blocks[11] = "The best film in competition has no distributor yet. Nobody has bought it."
    assert "It rained. Nobody on the island was ready." not in heads_of(*blocks)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rained.", True),
        ("It rained. Nobody was ready.", True),
        ("It rained. Nobody was ready. We went home.", False),
        ("Was it ready?", False),
        ("GOAL! Vale lead 1-0 (Ngata 23). A free header.", False),
    ],
)
def test_is_short_statement(text: str, expected: bool) -> None:
    assert is_short_statement(text) is expected
