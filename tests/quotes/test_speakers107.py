"""Speakers107: descriptive references that every rule left with nothing found, as last resorts.

A description after a joining word (`..., and the association said`) is read as the description
itself; a spokesperson for `the <noun>` speaks for the body `the <noun>` names when it was met
within two paragraphs; `the regulator` or `the watchdog` is the one public body (a department,
an authority, an agency, an office ...) named in the cue's paragraph or the one before; an
indefinite noun after `as` (`who has worked since 2010 as a glaciologist`) says what a named
person works as, no one brought in unnamed. Near-misses stay as they were.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_fallback import joined_description, spoken_for_noun
from tests.quotes.helpers import speakers

Q, E = "\u201c", "\u201d"


# --- a description after a joining word -----------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "who"),
    [
        (
            (
                "Tarrow Netball Association fined the club in March.",
                f"The appeal was rejected, and the association said it would seek costs of "
                f"{Q}about £9,000{E}.",
            ),
            "Tarrow Netball Association",
        ),
        (
            (
                "Greyholm Borough Council closed the pool in June.",
                f"The repairs are due in May, but the council said the date was {Q}not fixed{E}.",
            ),
            "Greyholm Borough Council",
        ),
        (
            (
                "Corvane Rail Ltd cut the late trains.",
                f"Passengers were angry, and the company said the cut was {Q}temporary{E}.",
            ),
            "Corvane Rail Ltd",
        ),
    ],
)
def test_a_description_after_and_is_the_description(paragraphs: tuple[str, ...], who: str) -> None:
    assert speakers(*paragraphs) == [who]


def test_a_joined_description_after_a_quote_is_not_read() -> None:
    # (the quote before the joining word is the driver's, whom no one names: both stay no one)
    paragraph = (
        f"Corvane Rail Ltd runs the line. A driver, who asked not to be named, said {Q}We are "
        f"full,{E} and the company said {Q}No more seats.{E}"
    )
    assert speakers(paragraph) == [None, None]


def test_a_joined_description_of_no_body_stays_no_one() -> None:
    paragraphs = (
        "Ann Lee runs the cafe.",
        f"The queue was long, and the company said it was {Q}sorry{E}.",
    )
    assert speakers(*paragraphs) == [None]


@pytest.mark.parametrize(
    ("phrase", "verb", "expected"),
    [
        ("and the association", "The ban stands, and the association said", "the association"),
        ("but the council", "It rained, but the council said", "the council"),
        ("and Acme", "It rained, and Acme said", None),
        ("and the", "It rained, and the said", None),
    ],
)
def test_joined_description(phrase: str, verb: str, expected: str | None) -> None:
    assert joined_description(phrase.split(), verb, verb.rfind(" said") + 1) == expected


# --- a spokesperson for `the <noun>` ----------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "who"),
    [
        (
            (
                "The Prairie Junior Hockey League (PJHL) must approve any relocation.",
                "PJHL commissioner Ray Dunn said the board would meet in April.",
                f"A spokeswoman for the circuit later said the team was {Q}a founding member{E}.",
            ),
            "Prairie Junior Hockey League",
        ),
        (
            (
                "The Coastal Rowing League (CRL) set the date.",
                "CRL secretary Ann Cho said entries had closed.",
                f"A spokesman for the circuit said the race was {Q}fully booked{E}.",
            ),
            "Coastal Rowing League",
        ),
        (
            (
                "The Western Hockey Circuit League (WHCL) must approve the move.",
                "WHCL commissioner Ray Dunn said the board would meet in April.",
                f"A spokeswoman for the league later said the club was {Q}a valued member{E}.",
            ),
            "Western Hockey Circuit League",
        ),
    ],
)
def test_a_spokesperson_for_the_noun_is_the_body_it_names(
    paragraphs: tuple[str, ...], who: str
) -> None:
    assert speakers(*paragraphs) == [who]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (  # (the league met five paragraphs back: beyond a description's reach)
            "The Coastal Rowing League (CRL) set the date.",
            "Ann Cho said entries had closed.",
            "The weather was poor.",
            "The course was moved.",
            "Boats were late.",
            f"A spokesman for the circuit said the race was {Q}fully booked{E}.",
        ),
        (  # (no body at all: a person is no circuit)
            "Ann Cho said entries had closed.",
            f"A spokesman for the circuit said the race was {Q}fully booked{E}.",
        ),
    ],
)
def test_a_spokesperson_for_a_noun_no_body_near_fits_is_no_one(paragraphs: tuple[str, ...]) -> None:
    assert speakers(*paragraphs) == [None]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("A spokesman for the bookmaker", "the bookmaker"),
        ("a representative of the ownership group", "the ownership group"),
        ("A spokesman for Acme", None),
        ("the spokesman", None),
    ],
)
def test_spoken_for_noun(phrase: str, expected: str | None) -> None:
    assert spoken_for_noun(phrase) == expected


# --- `the regulator` of the one public body just named ---------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "who"),
    [
        (
            (
                "The mill, owned by Vellacott Grain Holdings Sdn Bhd, sits on the river.",
                "The Department of Water Affairs said its inspectors found a breached wall.",
                f"The regulator warned on Monday that the owner {Q}could face a fine{E}.",
            ),
            "Department of Water Affairs",
        ),
        (
            (
                "Orvik Salmon AS runs three farms in the fjord.",
                "The Norwegian Food Safety Authority said lice counts had doubled.",
                f"The watchdog said the farms {Q}must cull within a week{E}.",
            ),
            "Norwegian Food Safety Authority",
        ),
        (  # (a rule's answer is kept: the bureau is read by the body rules)
            (
                "The Bureau of Mines said the pit had flooded.",
                f"The regulator warned that the owner {Q}could lose the licence{E}.",
            ),
            "Bureau of Mines",
        ),
    ],
)
def test_the_regulator_is_the_one_public_body_just_named(
    paragraphs: tuple[str, ...], who: str
) -> None:
    assert speakers(*paragraphs) == [who]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (  # (a ministry makes policy)
            "The Ministry of Water said the wall had broken.",
            f"The regulator warned on Monday that the owner {Q}could face a fine{E}.",
        ),
        (  # (a council governs a place)
            "Greyholm Borough Council said the wall had broken.",
            f"The regulator warned on Monday that the owner {Q}could face a fine{E}.",
        ),
        (  # (named three paragraphs back)
            "The Department of Water Affairs said the wall had broken.",
            "The mill closed.",
            "Workers were sent home.",
            f"The regulator warned on Monday that the owner {Q}could face a fine{E}.",
        ),
    ],
)
def test_the_regulator_of_no_public_body_near_is_no_one(paragraphs: tuple[str, ...]) -> None:
    assert speakers(*paragraphs) == [None]


# --- `as a <noun>` says what someone works as ------------------------------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Mira Santos, who has worked on the ice sheet since 2010 as a glaciologist at "
                "Nordby University, said melt had sped up.",
                f"{Q}It is faster every year,{E} Santos said.",
                f"The glaciologist cautioned that a link to one storm was {Q}not proven{E}.",
            ),
            ["Mira Santos", "Mira Santos"],
        ),
        (
            (
                "Dev Patel, who spent 20 years as a paramedic in Leeds, said crews were stretched.",
                f"The paramedic warned that waits were {Q}dangerous{E}.",
            ),
            ["Dev Patel"],
        ),
        (
            (
                "Hana Ito, who trained as an ornithologist in Kyoto, counted the birds.",
                f"{Q}There were 40 last year,{E} Ito said.",
                f"The ornithologist said the drop was {Q}steep{E}.",
            ),
            ["Hana Ito", "Hana Ito"],
        ),
    ],
)
def test_a_noun_after_as_is_what_the_named_person_works_as(
    paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "An oceanographer who asked not to be named said the bloom was large.",
            f"The oceanographer cautioned that a link was {Q}not proven{E}.",
        ),
        (
            "Mira Santos said melt had sped up.",
            "A glaciologist at the institute said the data were thin.",
            f"The glaciologist cautioned that a link was {Q}not proven{E}.",
        ),
    ],
)
def test_a_noun_brought_in_unnamed_stays_no_one(paragraphs: tuple[str, ...]) -> None:
    assert speakers(*paragraphs) == [None]
