"""Mechanisms of issue 15 from the thirty-fourth set's first look: a post tied to its holder and
cued in other words (`X, who leads the federation,` is `the federation chief`; `the Falcons
coach` is the coach of no other team named); a name met only in `The chair of <body>, the
<occupation> X,`; a person named with firm and town (`X of <press> in <town>`, later `the <town>
man`); a body speaking through its people or its document.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("holder", "verb", "body", "cue"),
    [
        ("Mereana Holt-Faulkner", "leads", "the federation", "the federation chief"),
        ("Oskar Lindqvist", "heads", "the cyclists' union", "the union leader"),
        (
            "Priya Raman-Shaw",
            "chairs",
            "the Oakfield Tenants' Association",
            "the association chairwoman",
        ),
        ("Desmond Achterberg", "chairs", "the Linthorpe Angling Society", "the society chairman"),
    ],
)
def test_a_post_held_cued_by_the_body_and_another_noun(holder, verb, body, cue):
    found = _speakers(
        f"{holder}, who {verb} {body}, said members had been told by letter.",
        f"“That is not consultation,” {cue} said. “We want a meeting.”",
    )
    assert found == [holder, holder]


def test_the_holder_of_that_body_not_the_latest_holder():
    found = _speakers(
        "Colm Ardagh, who leads the federation, said the cut was unfair. Ines Varga, who leads "
        "the retailers' council, said it was overdue.",
        "“We will fight it,” the federation chief said.",
    )
    assert found == ["Colm Ardagh"]


@pytest.mark.parametrize(
    ("holder", "post", "team", "other", "other_team", "sport"),
    [
        ("Brendan Moyle", "coach", "Harriers", "Ana Petrosyan", "Falcons", "netball"),
        ("Tomasz Wilk", "manager", "Rovers", "Glenn Oduya", "Athletic", "football"),
        ("Keira Danvers", "coach", "Stingrays", "Mikael Sorensen", "Bulls", "basketball"),
    ],
)
def test_the_team_coach_is_not_the_other_teams(holder, post, team, other, other_team, sport):
    found = _speakers(
        f"The {team} beat the {other_team} in the {sport} final on Sunday.",
        f"{holder}, who took over as {post} in March after a spell abroad, said the win was "
        "“not pretty”.",
        f"{other_team} {post} {other} was angrier. “We were robbed,” she said.",
        "The league said it would look at the last minute.",
        f"“We will enjoy it tonight,” the {team} {post} said.",
    )
    assert found == [holder, other, holder]


def test_the_team_coach_of_another_team_only_is_no_one():
    found = _speakers(
        "Falcons coach Ana Petrosyan was angry. “We were robbed,” she said.",
        "“We will enjoy it tonight,” the Harriers coach said.",
    )
    assert found == ["Ana Petrosyan", None]


def test_took_over_as_gives_the_post():
    found = _speakers(
        "Ruth Okafor, who took over as chair last year, said the club was “in good health”.",
        "“We have never had more members,” the chair said.",
    )
    assert found == ["Ruth Okafor", "Ruth Okafor"]


@pytest.mark.parametrize(
    ("post", "trade", "name", "title"),
    [
        ("chair of the judges", "the broadcaster", "Fionnuala Brennan-Hart", "Ms"),
        ("chair of the committee", "the economist", "Marcus Olawale", "Mr"),
        ("chair of the panel", "the novelist", "Ingrid Solberg", "Ms"),
        ("president of the tribunal", "", "Tobias Wrenfield", "Mr"),
    ],
)
def test_a_post_opening_the_sentence_is_the_named_persons(post, trade, name, title):
    noun = post.split()[0]
    found = _speakers(
        f"The {post}, {trade + ' ' if trade else ''}{name}, said the decision had been "
        "“quick and unanimous”.",
        f"“We all chose the same book,” the {noun} said. “It was not close.”",
        "The prize is given every spring by a private trust.",
        f"Asked about next year, {title} {name.split()[-1]} said that was “for the trust”.",
    )
    assert found == [name, name, name, name]


@pytest.mark.parametrize(
    ("trade", "name"),
    [("The broadcaster", "Aoife Dunleavy"), ("Her publisher,", "Tom Harcastle")],
)
def test_a_trade_that_is_a_body_noun_before_a_given_name_is_a_person(trade, name):
    found = _speakers(
        f"{trade} {name} said the book had sold out “within a fortnight, which has never "
        "happened to us before”.",
        f"Later {name.split()[-1]} said: “We are reprinting the whole run next week.”",
    )
    assert found == [name, name]


def test_the_broadcaster_before_a_body_name_stays_a_body():
    found = _speakers("The broadcaster Harbour Radio said it was “reviewing the tape”.")
    assert found == ["Harbour Radio"]


@pytest.mark.parametrize(
    ("intro", "place", "noun"),
    [
        ("Her publisher, Tom Devlin of Curragh Books in Sligo, said:", "Sligo", "man"),
        ("His agent, Maria Kowalczyk of Lantern Agency in Leeds, said:", "Leeds", "woman"),
        ("Piotr Nowicki, a baker from Gdynia, said:", "Gdynia", "man"),
    ],
)
def test_the_place_man_is_the_person_put_in_that_place(intro, place, noun):
    found = _speakers(
        "Elena Varga won the prize on Friday.",
        f"{intro} “We printed far too few.”",
        f"The firm was founded in 1998. “Small firms take the risks,” the {place} {noun} said.",
    )
    assert found[0] is not None and found[0].split()[0] in intro
    assert found == [found[0], found[0]]


def test_the_place_man_of_no_one_put_there_is_not_the_last_named():
    found = _speakers(
        "Tom Devlin, a printer, said: “We printed far too few.”",
        "“Small firms take the risks,” the Sligo man said.",
    )
    assert found[1] != "Tom Devlin" or found[1] is None


@pytest.mark.parametrize(
    ("body", "post", "head", "noun", "outlet"),
    [
        ("Kauri Fresh", "chief executive", "Dana Whitcombe", "chain", "Radio Aotearoa"),
        ("Brightline Mobile", "managing director", "Oren Felsted", "company", "the Courier"),
        ("Halden Foods", "chief financial officer", "Lucia Ferrante", "company", "Channel Nine"),
    ],
)
def test_the_spokesperson_for_the_body_not_the_outlet_told(body, post, head, noun, outlet):
    found = _speakers(
        f"{body}’s {post}, {head}, said the prices were “fair for the market we are in”.",
        f"“Nobody wants to see suppliers struggle,” she told {outlet}.",
        f"A spokesperson for the {noun} later said the matter would be reviewed. “We have always "
        "been open to talking,” the spokesperson said.",
    )
    assert found == [head, head, body]


@pytest.mark.parametrize(
    ("agents", "body"),
    [
        ("Lawyers", "Maltravers Homes"),
        ("Solicitors", "Greywater Utilities"),
        ("Attorneys", "Pinecrest Logistics"),
    ],
)
def test_lawyers_for_a_body_named_before_are_the_body(agents, body):
    found = _speakers(
        f"The scheme by {body}, which includes 300 flats, was approved on Tuesday.",
        f"{agents} for {body} said in a letter last month that the company would “defend the "
        "decision in every court”.",
    )
    assert found == [body]


def test_lawyers_for_a_person_are_not_the_person():
    found = _speakers(
        "Ana Ruiz was charged on Monday.",
        "Lawyers for Ana Ruiz said in a letter that she would “fight the charge in every court”.",
    )
    assert found != ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("body", "noun", "document", "verb"),
    [
        ("Harbour Workers Union", "union", "statement", "ended"),
        ("Harwick District Council", "council", "letter", "ended"),
        ("Tamsin Valley Trust", "trust", "statement", "concluded"),
    ],
)
def test_a_bodys_document_by_its_noun_speaks_for_it(body, noun, document, verb):
    found = _speakers(
        f"The {body} said members had backed the offer by a wide margin.",
        "The vote was the third in a year. Turnout was 61 per cent.",
        "Ministers welcomed the result. Talks on staffing start next month.",
        "Hospital managers said rotas would be published soon.",
        f"The {noun}’s {document} {verb}: “We will be watching every step of the way.”",
    )
    assert found == [body]


def test_a_persons_wife_before_a_colon_is_not_a_body():
    found = _speakers(
        "The Harbour Workers Union said members had backed the offer.",
        "Tom Ellery voted yes. The man’s wife smiled: “We can finally pay the rent on time.”",
    )
    assert found != ["Harbour Workers Union"]


def test_a_bodys_document_of_no_body_named_is_no_one():
    found = _speakers(
        "“Nobody on this council wanted it,” Okafor said.",
        "The union’s statement ended: “We will be watching every step of the way.”",
    )
    assert found == ["Okafor", None]
