"""Rules found on the fourth fresh batch, and one left over from the first (fresh, fresh4)."""

from __future__ import annotations

from api.parser import parse_html
from tests.parser.html.pages import FILLER, page, paragraphs

QUESTIONS = (
    "Where did the ferry first sail?",
    "What changed when the fuel price rose?",
    "Why do riders still take the early crossing?",
)


def heads(html: str) -> list[str]:
    return [b.text for b in parse_html(html).body if b.type == "subheading"]


def exchange(question_tag: str, answers: int = 1, caps: bool = False) -> str:
    """An interview's questions, each followed by `answers` paragraphs."""
    body = paragraphs(1, "Intro")
    for number, question in enumerate(QUESTIONS, 1):
        body += question_tag.format(question.upper() if caps else question)
        body += "".join(f"<p>Answer {number}.{i} {FILLER}</p>" for i in range(answers))
    return page(body)


def test_bold_questions_each_answered_by_one_paragraph_are_an_interviews_exchange():
    doc = parse_html(exchange("<p><strong>{}</strong></p>"))
    assert not any(b.type == "subheading" for b in doc.body)
    questions = [b for b in doc.body if b.text in QUESTIONS]
    assert [b.type for b in questions] == ["paragraph"] * 3


def test_question_heads_over_sections_stay_heads():
    # Each question over two paragraphs heads a section of an explainer.
    assert heads(exchange("<p><strong>{}</strong></p>", answers=2)) == list(QUESTIONS)
    # Wire copy's ALL-CAPS questions, one paragraph each, head their sections too.
    assert heads(exchange("<p>{}</p>", caps=True)) == [q.upper() for q in QUESTIONS]
    # Real heads (<h2>) are never taken for questions.
    assert heads(exchange("<h2>{}</h2>")) == list(QUESTIONS)


def test_bold_heads_not_all_questions_stay_heads():
    body = paragraphs(1, "Intro")
    titles = ("Where did the ferry first sail?", "The fuel price", "The early crossing")
    for number, title in enumerate(titles, 1):
        body += f"<p><b>{title}</b></p>" + paragraphs(1, f"Answer {number}")
    assert heads(page(body)) == list(titles)


def callout(inner: str) -> str:
    return (
        "<div class='kg-card kg-callout-card'><div class='kg-callout-emoji'>*</div>"
        f"<div class='kg-callout-text'>{inner}</div></div>"
    )


def test_a_callout_pointing_to_a_series_listing_is_not_body():
    note = callout(
        "This post is part of our series on ferries. <a href='/tag/ferries/'>Read the series</a>."
    )
    doc = parse_html(page(paragraphs(2) + note + paragraphs(1, "B")))
    assert not any("series" in (b.text or "") for b in doc.body)
    assert len(doc.body) == 3


def test_a_callout_of_the_articles_own_stays():
    # A tip, even with a link to a page that is not a listing.
    tip = "Bring the broken part in a bag: the <a href='/about/volunteers'>volunteers</a> help."
    doc = parse_html(page(paragraphs(2) + callout(tip) + paragraphs(1, "B")))
    assert any(b.text and b.text.startswith("Bring the broken part") for b in doc.body)
    # A plain paragraph linking to a tag page is text, not a callout.
    line = "<p>More of our reporting on the crossing is <a href='/tag/ferries/'>here</a>.</p>"
    doc = parse_html(page(paragraphs(2) + line))
    assert doc.body[-1].text == "More of our reporting on the crossing is here."


def test_a_data_tables_rows_are_text_and_its_caption_is_not():
    # As the real pages' human body texts keep tables (the header row included).
    table = (
        "<table><caption>Table 1. Crossings a week</caption>"
        "<thead><tr><th>Route</th><th>Crossings</th></tr></thead>"
        "<tbody><tr><th>Quay to Isle</th><td>42</td></tr></tbody></table>"
    )
    doc = parse_html(page(paragraphs(2) + table))
    assert [b.text for b in doc.body[-2:]] == ["Route Crossings", "Quay to Isle 42"]
    assert not any("Table 1" in (b.text or "") for b in doc.body)
