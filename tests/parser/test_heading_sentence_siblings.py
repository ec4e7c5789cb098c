"""Full-sentence heads ending in '.' beside heads that are sentences without the period, their
siblings in shape, when the document's rhythm holds both (api/parser/headings.py,
sibling_sentence_heads)."""

from __future__ import annotations

import pytest

from tests.parser.exports import heads_of

TEXT = (
    "In a wet winter the river runs hard and pushes the sea back. In a dry summer the flow "
    "drops, and the tide walks further in than anyone has measured before."
)
MORE = (
    "The surveys in the spring found fewer eggs on the gravel than in any year since they "
    "began, and more of them further up the river, towards the weir."
)
SHORT = "Bass and flounder, which cope with salt, are doing well."


@pytest.mark.parametrize(
    ("sentences", "clauses"),
    [
        (["The salt front moves with the weather.", "Fish are already moving upstream."],
         ["Rising seas push it further every year", "Your tap water is safe, for now"]),
        (["Prices rose faster in the north.", "Renters felt it first and hardest."],
         ["Wages have not kept up with rents", "Councils are building again, slowly"]),
        (["The bridge was built for lighter traffic.", "Repairs will close it for a year."],
         ["Lorries have doubled since the bypass opened", "The ferry may return for the summer"]),
    ],
)  # fmt: skip
def test_sentence_heads_beside_clause_heads_are_heads(sentences, clauses):
    blocks = [TEXT, sentences[0], TEXT, MORE, clauses[0], TEXT, MORE, sentences[1], MORE, SHORT]
    blocks += [clauses[1], TEXT, MORE]
    assert heads_of(*blocks) == [sentences[0], clauses[0], sentences[1], clauses[1]]


def test_a_one_line_paragraph_closing_a_section_stays_a_paragraph():
    blocks = [TEXT, "The salt front moves with the weather.", TEXT, MORE, SHORT]
    blocks += ["Rising seas push it further every year", TEXT, "Fish are already moving upstream."]
    blocks += [MORE, SHORT, "Your tap water is safe, for now", TEXT]
    assert SHORT not in heads_of(*blocks)


def test_sentences_beside_label_heads_stay_paragraphs():
    blocks = [TEXT, "The salt front moves with the weather.", TEXT, MORE, "The big story", TEXT]
    blocks += ["Fish are already moving upstream.", MORE, "Elsewhere", TEXT, MORE]
    assert heads_of(*blocks) == ["The big story", "Elsewhere"]


def test_sentences_too_close_to_a_head_stay_paragraphs():
    blocks = [TEXT, "Rising seas push it further every year", "The salt front moves too.", TEXT]
    blocks += [MORE, "Your tap water is safe, for now", "Fish are moving upstream.", MORE, TEXT]
    assert heads_of(*blocks) == [
        "Rising seas push it further every year",
        "Your tap water is safe, for now",
    ]
