"""Mechanisms of issue 15 left by speakers38: a role tied to its holder by the text (a verb of
holding a post in a relative clause, `X, who chairs the lodge,` is `the chair` later; a rank
gives more than one noun, `Capt. X` is `the captain` as well as `the pilot`); a long title
before a name (`<union> <region> district president X`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quotes import analyse_quotes
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("holder", "verb", "body", "noun"),
    [
        ("Tomas Orrell", "coaches", "the Brackwater under-16s", "coach"),
        ("Ines Carvalho", "heads", "the Fenwick Residents Association", "head"),
        ("Ruth Banner", "chairs", "the parish council", "chair"),
        ("Obinna Achebe-Stowe", "leads", "the Harcourt tenants' group", "leader"),
        ("Greta Lindahl", "directs", "the Saltmarsh Film Festival", "director"),
    ],
)
def test_a_verb_of_holding_a_post_gives_the_noun(holder, verb, body, noun):
    found = _speakers(
        f"{holder}, who {verb} {body}, said the decision had come as a shock.",
        f"“Nobody asked us,” the {noun} said. “We read about it in the paper.”",
    )
    assert found == [holder, holder]


def test_the_holder_of_the_post_not_another_named_beside():
    found = _speakers(
        "Kofi Mensah, who owns the Mill Lane bakery, spoke first. Ruth Banner, who chairs the "
        "parish council, spoke after him.",
        "“We will appeal,” the chair said.",
    )
    assert found == ["Ruth Banner"]


def test_who_chairs_inside_a_quote_gives_no_role():
    found = _speakers(
        "“Anyone who chairs the committee knows this,” said Paul Greer.",
        "“It is wrong,” the chair said.",
    )
    assert found == ["Paul Greer", None]


@pytest.mark.parametrize(
    ("former", "family", "title", "holder", "noun"),
    [
        (
            "Hugh Pellow, 66, a retired ferry captain,",
            "the Pellows",
            "Harbour Police Capt.",
            "Dana Reyes",
            "captain",
        ),
        (
            "Anwen Price, 70, a former police sergeant,",
            "the Prices",
            "Dyfed Sgt",
            "Marcus Threlfall",
            "sergeant",
        ),
        (
            "Ivo Brandt, 74, a retired army colonel,",
            "the Brandts",
            "Garrison commander Col.",
            "Leona Achterberg",
            "colonel",
        ),
    ],
)
def test_the_rank_noun_is_one_who_holds_it_now(former, family, title, holder, noun):
    # the retired one's family is named last, in the holder's own sentence
    found = _speakers(
        f"{former} stayed in his house on the shore. “I have seen worse,” the retired {noun} said.",
        f"{title} {holder} said officers had knocked on every door and that some residents, "
        f"including {family}, had refused to leave. “We did all we could,” the {noun} said.",
    )
    assert found[-1] == holder


def test_the_retired_holder_when_no_one_holds_it_now():
    found = _speakers(
        "Hugh Pellow, 66, a retired ferry captain, stayed in his house on the shore.",
        "“I have seen worse,” the captain said.",
    )
    assert found == ["Hugh Pellow"]


@pytest.mark.parametrize(
    ("title", "holder"),
    [
        ("Mining and Energy Union Tasman district president", "Colm Varley"),
        ("Food and Drink Union Wales branch secretary", "Aled Pryce-Morgan"),
        ("Police and Fire Federation Northern regional organiser", "Nadia Okonjo"),
        ("Arts and Heritage Trust Lothian area manager", "Siobhan Ferrie"),
    ],
)
def test_a_long_title_with_a_body_named_with_and_before_the_name(title, holder):
    found = _speakers(
        f"{title} {holder} said members had warned about the roster “at least twice this year”.",
    )
    assert found == [holder]


def test_two_subjects_joined_by_and_are_not_one_title():
    found = _speakers(
        "Ruth Kemp and Harbour Union secretary Ian Dale both spoke. Dale said the strike was "
        "“the last resort”.",
    )
    assert found == ["Ian Dale"]


@pytest.mark.parametrize(
    ("opening", "later"),
    [
        (
            "A Federal Court judge has quashed a removal order against a Regina couple, ruling "
            "that the officer “ignored the evidence” of their work.",
            "In reasons released Friday, Justice Marguerite Oyelaran-Price wrote that the "
            "decision could not stand.",
        ),
        (
            "A High Court judge has struck down the council's licensing scheme, ruling that it "
            "was “unlawful from the start”.",
            "Mr Justice Aurelio Fenwick-Bassey said the scheme had been rushed through.",
        ),
        (
            "A Superior Court judge has thrown out the union's injunction, finding that the "
            "strike notice was “properly served”.",
            "Judge Kalinda Moreau-Stevens said the union had not shown any harm.",
        ),
    ],
)
def test_a_judge_in_the_lead_is_the_one_named_next(opening, later):
    found = _speakers(opening, later)
    holder = later.split(" said")[0].split(" wrote")[0].split(", ")[-1]
    for title in ("Mr Justice ", "Justice ", "Judge "):
        holder = holder.removeprefix(title)
    assert found[0] == holder


def test_a_judge_in_the_lead_with_two_judges_named_next_is_no_one():
    found = _speakers(
        "A Federal Court judge has quashed a removal order, ruling that the officer “ignored "
        "the evidence” of their work.",
        "Justice Marguerite Oyelaran-Price wrote the reasons. Justice Tomas Whitcombe agreed.",
    )
    assert found[0] is None


@pytest.mark.parametrize(
    ("held", "clause"),
    [
        ("the Carrow Housing Co-operative", "that raised €410,000 last year"),
        ("the Tidewell food bank", "which opened in 2019"),
        ("the Ashby Road allotment society", "whose plots flooded in March"),
    ],
)
def test_a_clause_describing_the_post_is_no_part_of_the_role(held, clause):
    text = f"Mairead Tully, who chairs {held} {clause}, said: “We will not be moved.”"
    analysis = analyse_quotes((text,))
    assert [(s.name, s.role) for s in analysis.speakers] == [("Mairead Tully", f"chair of {held}")]
