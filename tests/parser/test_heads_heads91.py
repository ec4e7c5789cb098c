"""heads91: a page's sentence heads read by its rhythm once a short coda under the last head is
set aside (heading_rhythm.coda_heads), and the near-misses that keep their paragraphs."""

# ruff: noqa: E501  (the made-up article keeps its paragraphs on one line each, as an export does)
from __future__ import annotations

import pytest

from api.parser import parse
from api.parser.heading_rhythm import coda_sentence, even_but_the_close, evenly_spread

# A made-up analysis whose heads are three sentences and two long clauses without a stop ({long},
# {later}): sections with a quotation, a lone question answered by the next line, a list, and a
# short coda under the last head.
ANALYSIS = """Thirty years after the flood, the valley's anglers want their river back. The ministry is not sure it can give it

A man casting a line from a jetty beside a row of orange floats at dawn
An angler casts inside the fenced pool at Mill Reach, Kelso, in October.Ailsa Brodie-Nkemelu/Border Telegraph

KELSO, Borders — At seven on a Monday morning, the river below the old mill is perfect: a long slow pool under the willows in the first light. There is nobody on it.

There has not been anybody on it since 1994.

After a run of floods between 1991 and 1994, fishing and boating were banned along most of the valley's lower reach outside a handful of fenced and guarded pools. The ban is renewed by ministerial order every year. It has now lasted longer than the careers of most of the anglers it was written for.

{h1}

For a generation, the mill pool was one of the best-known beats in the north. It hosted national contests. The town's tackle shops, pubs and guesthouses were built around it.

"My grandfather taught me here," said Morag Lindqvist-Obi, 41, a former junior champion who now runs a school. "I have taught my son on a pond."

Does she think he will ever fish the pool?

"Not while I can stop him."

Then the fences went up.

The first fenced pool opened at Ednam in 2003. Others followed, each with fences, wardens and gauges on the bank. Fishing schools moved inside them. So did the visitors.

It works. Nobody has drowned inside a fence.

But the pools are small, crowded and, anglers say, mostly the wrong depth for good fish.

A warden in a boat beside a fence line across a river
A warden checks the fence line at Ednam, one of the valley's guarded pools.Border Press/Euan Maclean-Odhiambo

{long}

The valley's angling club has asked the minister to let experienced anglers back on to four pools, including the mill pool, for a trial season.

Its proposal rests on three things:

  • a warden on the bank at dawn and dusk
  • gauges read twice a day
  • no fishing for two days after heavy rain, when the water rises

"We are not asking for the whole river," said the club's secretary, Hamish Ortega-Baird. "We are asking for four pools and a set of rules."

{h2}

Hydrologists who measure the river's flow say the risk of a sudden rise has fallen since new banks went up in 2001, but not by as much as anyone would like.

Is the risk lower now than in 1994?

"Probably," said Dr Ines Kowalczyk-Reid, a hydrologist at the regional university. "But probably is not a word a minister can sign."

{later}

Under the law, the minister is responsible for safety on the river. Lawyers for the families of the drowned have already argued in court that the state did too little in 1993. No minister wants to be the one who reopens a pool.

That is the problem. It has been the problem for thirty years.

Officials in suits around a table with a map of the valley
The minister meets angling and farming representatives at the ministry in Edinburgh in November.Scottish Government/Handout

{h3}

The ministry says it will answer the club "before the end of the season". The club says it has heard that before.

Lindqvist-Obi has stopped waiting. She has booked a fishing trip to Norway for her son's 12th birthday.

"He will learn on a river," she said. "Just not this one."
"""


def without_long_heads(h1: str, h2: str, h3: str) -> str:
    """The analysis without its two long heads, its sentence lines `h1`-`h3` in their places."""
    text = ANALYSIS.replace("{long}\n\n", "").replace("{later}\n\n", "")
    return text.format(h1=h1, h2=h2, h3=h3)


def heads(text: str) -> list[str]:
    return [block.text for block in parse(text).body if block.type == "subheading"]


def paragraphs(text: str) -> list[str]:
    return [block.text for block in parse(text).body if block.type == "paragraph"]


@pytest.mark.parametrize(
    "sizes",
    [[1400, 750, 290], [600, 900, 700, 120], [480, 520, 60]],
    ids=["three", "four", "a-one-line-close"],
)
def test_sections_even_but_a_short_close_read_as_a_pages_sections(sizes):
    assert even_but_the_close(sizes)
    assert not evenly_spread(sizes)  # (the strict reading, which the close spoils)


@pytest.mark.parametrize(
    "sizes",
    [[1400, 300, 800], [900, 90], [300, 1400, 700], [1400, 300, 290]],
    ids=["short-inside", "two-only", "uneven-before-the-close", "close-not-the-only-short"],
)
def test_sections_uneven_before_the_close_are_no_pages_sections(sizes):
    assert not even_but_the_close(sizes)


@pytest.mark.parametrize(
    "line",
    ["The scientists are less certain.", "The mill made the town.", "Traders lost a month."],
)
def test_short_statements_are_a_coda_pages_heads(line):
    assert coda_sentence(line)


@pytest.mark.parametrize(
    "line",
    [
        "Was the crew disappointed?",
        "The baby, a girl, was named Ada, after the ferry and the river.",
        "It paid off.",
        "“Not this year.”",
    ],
    ids=["question", "obituary-length", "pointing-back", "quoted"],
)
def test_questions_long_lines_and_replies_are_no_coda_heads(line):
    assert not coda_sentence(line)


def test_such_lines_without_a_long_head_beside_them_stay_paragraphs():
    # no second form of head bears them out: a writer's one-line paragraphs as much as heads
    text = (
        ANALYSIS.replace("{long}\n\n", "")
        .replace("{later}\n\n", "")
        .format(
            h1="The pool was the whole point.",
            h2="The experts are less certain.",
            h3="Nobody wants to be the one who decides.",
        )
    )
    assert heads(text) == []


def test_two_such_lines_are_a_writers_punchy_paragraphs():
    text = without_long_heads(h1="The pool was the whole point.", h2="", h3="Nobody wants to sign.")
    assert heads(text) == []


def test_lines_of_an_obituarys_one_sentence_length_stay_paragraphs():
    text = without_long_heads(
        h1="His sister Ruth Abernethy-Cole said the pool had been his whole life.",
        h2="The club, founded in 1901, was named for the mill and its weir.",
        h3="His wife of 50 years, Agnes (Rowe) Baird, died in 2019.",
    )
    assert heads(text) == []


FILL = (
    "The council met on Tuesday evening to hear the figures, and the room was fuller than "
    "anyone on the committee could remember it being. Several speakers asked for more time. "
)
MORE = (
    "Residents who had waited two hours to speak said the numbers did not match what they saw "
    "on their own streets every morning. The chair promised a written answer within a month. "
)


CODA = ["The next meeting is in March. Nobody expects it to be quieter.", "Few will be surprised."]


def article(title: str, lead: str, sections: list[tuple[str, list[str]]]) -> str:
    lines = [title, "", lead, ""]
    for head, body in sections:
        lines += [head, "", *[line for paragraph in body for line in (paragraph, "")]]
    return "\n".join(lines)


def test_one_line_punchy_paragraphs_and_a_rhetorical_question_stay_paragraphs():
    text = article(
        "The baker who stayed",
        "LUDLOW — The bakery on Corve Street opened at five this morning, as it has since 1962.",
        [
            ("It was cold.", [FILL + MORE, "Was anyone surprised?", FILL + MORE, FILL]),
            ("She kept baking.", [FILL + MORE, "“We never closed,” she said.", FILL]),
            ("Nobody asked why.", CODA),
        ],
    )
    assert heads(text) == []
    assert "Was anyone surprised?" in paragraphs(text)


def test_a_short_quotation_dateline_and_byline_lines_stay_paragraphs():
    text = "\n".join(
        [
            "Harbour plan stalls",
            "",
            "By Ana Reyes-Holt",
            "",
            "OBAN, Scotland",
            "",
            FILL + MORE,
            "",
            "“Not this year.”",
            "",
            FILL + MORE,
            "",
            FILL,
            "",
            "“Maybe the next.”",
            "",
            CODA[0],
            "",
        ]
    )
    assert heads(text) == []
    assert "“Not this year.”" in paragraphs(text)
