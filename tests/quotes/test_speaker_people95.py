"""Speakers95: people by a trade's noun, namesakes by their pronoun, partial quotes after a name.

`the (<modifier>) <noun> said` for a trade's doer (`the clearing agent`, `the entrepreneur`) is
the person the text has just named when no body named before holds the noun by its name or by
what the text says it does; a surname two people share is the one of the sex of the pronoun
right after its verb (`Y said he would ...`); a quote straight after `under the <Name> brand,`
or `called the <noun>` is a partial quote when it holds a clause, not a name or a title. Each
with near-misses left alone.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_noun_people import doer_shaped, kin_opening, name_holds
from api.parser.quotes import analyse_quotes
from tests.quotes.helpers import speakers as _speakers


def _found(*paragraphs: str) -> list[str]:
    """The quotes the parser finds in made-up `paragraphs`, in reading order."""
    return [q.text for q in analyse_quotes(list(paragraphs)).quotes]


# --- the helpers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("agent", True),
        ("entrepreneur", True),
        ("grazier", True),
        ("broker", True),
        ("plumber", True),
        ("governor", False),  # (an office's title: its holder is named with it)
        ("commissioner", False),
        ("user", False),  # (too short to be a trade)
        ("agents", False),  # (a crowd, not one person)
        ("Agent", False),
    ],
)
def test_doer_shaped(noun: str, expected: bool) -> None:
    assert doer_shaped(noun) is expected


@pytest.mark.parametrize(
    ("name", "noun", "expected"),
    [
        ("Coastline Operators Ltd", "operator", True),
        ("Harbour Shipping Agency", "agent", True),
        ("Vell Brokers", "broker", True),
        ("Inland Freight Forwarders Association", "agent", False),
        ("Marlow Steel Inc.", "operator", False),
    ],
)
def test_name_holds(name: str, noun: str, expected: bool) -> None:
    assert name_holds(name, noun) is expected


# --- a trade's doer is the person just named -----------------------------------------------------


def test_the_clearing_agent_of_an_association_chairman() -> None:
    found = _speakers(
        "Truckers have long complained about the queues at the border post.",
        "Inland Hauliers Association chairman Mr Tobias Okonkwo-Reyes said the delay cost "
        "his members dearly.",
        "“Every hour a lorry waits, somebody pays,” the clearing agent said.",
    )
    assert found == ["Tobias Okonkwo-Reyes"]


def test_the_entrepreneur_in_the_same_paragraph() -> None:
    found = _speakers(
        "Not every grower on the hill is against the trail.",
        "Ines Halvorsen-Baptiste, whose orchard runs beside the old track, signed a lease last "
        "spring and has since opened a juice stall by the gate. “The walkers are thirsty. "
        "Somebody was going to sell them something,” the entrepreneur said.",
    )
    assert found == ["Ines Halvorsen-Baptiste"]


def test_the_former_broker_of_a_retired_man() -> None:
    found = _speakers(
        "Pell Valley Council approved the rezoning on Tuesday.",
        "Gideon Marsh-Tully, 71, worked on the trading floor for four decades. “They never "
        "asked us what we thought,” the former broker said.",
    )
    assert found == ["Gideon Marsh-Tully"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Bookings on the coast fell by a third in July.",
                "Coastal Tourism Association secretary Henrietta Mbeki-Larsson said cancellations "
                "came in daily. “People are waiting for prices to fall,” the travel agent said.",
            ),
            "Henrietta Mbeki-Larsson",
        ),
        (
            (
                "The new tariff starts in June.",
                "Kwabena Lindgren-Asare imports tyres through the port. “Every container now "
                "costs me double,” the importer said.",
            ),
            "Kwabena Lindgren-Asare",
        ),
        (
            (
                "The street was closed for six weeks.",
                "Anselm Quaye-Duarte, whose family has kept the corner bistro since 1974, said "
                "takings had halved. “I am not sure we survive these,” the restaurateur said.",
            ),
            "Anselm Quaye-Duarte",
        ),
    ],
)
def test_other_doers_of_the_person_just_named(paragraphs: tuple[str, ...], expected: str) -> None:
    assert _speakers(*paragraphs) == [expected]


def test_the_agent_of_a_shipping_agency_named_stays_with_it() -> None:
    # (near-miss: a body whose name holds the noun was named before: the agent is the body's)
    found = _speakers(
        "The cargo was handled by Saltmere Shipping Agency, which serves the northern port.",
        "Port captain Rui Albuquerque-Nkemelu said the berth had been closed twice.",
        "“We cannot plan around closures,” the agent said.",
    )
    assert found[0] != "Rui Albuquerque-Nkemelu"


def test_the_broker_of_a_body_whose_name_holds_it() -> None:
    # (near-miss: `Tarrow Brokers Ltd` holds the noun: no person is taken for it)
    found = _speakers(
        "The policy was sold through Tarrow Brokers Ltd in 2019.",
        "Homeowner Priya Castellanos-Webb said she had never read the small print.",
        "“Every client received the full terms,” the broker said.",
    )
    assert found[0] != "Priya Castellanos-Webb"


def test_the_agent_after_a_sentence_naming_no_one() -> None:
    # (near-miss: the text moved on, a sentence naming no one before the cue's)
    found = _speakers(
        "Freight forwarder Lamine Oduya-Brandt said costs had doubled.",
        "The port handled a record number of boxes last year. “Nobody is counting the "
        "hours,” the agent said.",
    )
    assert found[0] != "Lamine Oduya-Brandt"


def test_the_operator_stays_a_body_noun() -> None:
    # (near-miss: `operator` is a body's kind: a company named before keeps it)
    found = _speakers(
        "Ferries on the strait are run by Kestrel Marine Ltd.",
        "Deckhand Joao Ferreira-Lind said two crossings were cancelled.",
        "“Safety comes first,” the operator said.",
    )
    assert found[0] != "Joao Ferreira-Lind"


# --- `the former <trade>` over a body not holding the noun, past the kin named last -------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("His wife, Doreen, has a heart condition.", "m"),
        ("Her husband, Colm, is a fisherman.", "f"),
        ("Doreen, his wife, has a heart condition.", None),
        ("Their son, Erik, drives a taxi.", None),
        ("The wife, Doreen, said no.", None),
    ],
)
def test_kin_opening(sentence: str, expected: str | None) -> None:
    name_start = sentence.index(",") + 2 if sentence.startswith(("His", "Her", "Their")) else 0
    if not name_start:
        name_start = sentence.index(", ") + 2
    assert kin_opening(sentence, 0, name_start) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "About 3,000 retirees of Marlow Steel Inc. lost their health cover on Friday.",
                "Arvid Solberg-Mayne, 74, spent 38 years at the mill. His wife, Ingrid, has a "
                "heart condition and needs daily medication.",
                "“They promised to look after us. Now they've torn it up,” the former crane "
                "operator said.",
            ),
            "Arvid Solberg-Mayne",
        ),
        (
            (
                "Kessock Quarries Ltd will close its last pit in March.",
                "Hamish Ogundipe-Ross, 63, worked the face for 41 years. His partner, Aileen, "
                "keeps the books at the village shop.",
                "“Nobody told us until the letters came,” the former machine operator said.",
            ),
            "Hamish Ogundipe-Ross",
        ),
        (
            (
                "Pell Harbour Holdings plc sold the dock to developers in June.",
                "Rosalind Achebe-Frey, 70, ran the harbour's cranes for 30 years. Her husband, "
                "Colm, is a retired fisherman.",
                "“The dock kept this town alive,” the former harbour operator said.",
            ),
            "Rosalind Achebe-Frey",
        ),
    ],
)
def test_the_former_operator_is_the_one_the_kin_belongs_to(
    paragraphs: tuple[str, ...], expected: str
) -> None:
    assert _speakers(*paragraphs) == [expected]


def test_the_former_operator_of_a_body_whose_name_holds_it() -> None:
    # (near-miss: `Coastline Ferry Operators Ltd` holds the noun: the body keeps it)
    found = _speakers(
        "The crossing was run for twenty years by Coastline Ferry Operators Ltd.",
        "Deckhand Joao Ferreira-Lind, 59, worked the boats until 2019. His wife, Marta, runs "
        "the kiosk at the pier.",
        "“We kept the timetable through every storm,” the former operator said.",
    )
    assert found == ["Coastline Ferry Operators Ltd."]


def test_kin_of_no_sex_is_not_passed_over() -> None:
    # (near-miss: `Their son, Z,` says no one's sex: the rule does not pass Z over)
    found = _speakers(
        "About 3,000 retirees of Marlow Steel Inc. lost their health cover on Friday.",
        "Arvid Solberg-Mayne, 74, spent 38 years at the mill. Their son, Erik, drives a taxi "
        "in the city.",
        "“They promised to look after us,” the former crane operator said.",
    )
    assert found != ["Arvid Solberg-Mayne"]


# --- a surname two people share: the pronoun after its verb chooses ------------------------------


def test_the_husband_by_he_after_the_wife_named_last() -> None:
    found = _speakers(
        "Arvid Solberg-Mayne, 74, spent 38 years at the mill. His wife, Ingrid, has a heart "
        "condition.",
        "Ingrid Solberg-Mayne said she did not know how they would cope. “We'll sell the "
        "boat,” she said.",
        "Solberg-Mayne said he would be at the rally on Monday. “What else is there to do?”",
    )
    assert found[-1] == "Arvid Solberg-Mayne"


def test_the_wife_by_she_after_the_husband_named_last() -> None:
    found = _speakers(
        "Mirela Kostadinova-Ruiz runs the bakery with her husband.",
        "Teodor Kostadinova-Ruiz said he bakes from four in the morning. “It is the only "
        "quiet hour,” he said.",
        "Kostadinova-Ruiz said she had asked the council twice for help. “Nobody wrote back.”",
    )
    assert found[-1] == "Mirela Kostadinova-Ruiz"


def test_the_surname_of_one_bearer_is_untouched() -> None:
    # (near-miss: one bearer, a `she` about someone else changes nothing)
    found = _speakers(
        "Bruno Aldana-Fisk coaches the under-12s.",
        "Aldana-Fisk said she, the club's treasurer, had found the money. “We will manage.”",
    )
    assert found[-1] == "Bruno Aldana-Fisk"


def test_the_owner_of_the_role_is_not_the_subject() -> None:
    # (near-miss: `Her lawyer, Y, said she ...`: the `she` is the lawyer's client)
    found = _speakers(
        "Rosa Whitcombe-Ng sued the landlord in March.",
        "Her brother, Caspar Whitcombe-Ng, said he would testify.",
        "Her lawyer, Lydia Thornquist, said she would appeal. “We are not done.”",
    )
    assert found[-1] == "Lydia Thornquist"


# --- a partial quote after a label noun closed by a comma, or after `called the <noun>` ----------


@pytest.mark.parametrize(
    ("paragraph", "quote"),
    [
        (
            "The agency said the tins, sold in corner shops under the Lumo brand, “carry a real "
            "risk of botulism,” and ordered them off the shelves.",
            "carry a real risk of botulism,",
        ),
        (
            "Councillor Priya Oyelaran-Holt called the episode “a shameful failure of basic "
            "oversight” and asked for an inquiry.",
            "a shameful failure of basic oversight",
        ),
        (
            "Coach Ilario Benedetti-Sowa called the game “the worst we have played all season” "
            "and said the players owed the fans an apology.",
            "the worst we have played all season",
        ),
        (
            "The regulator said the drinks, marketed in schools under the Zappo label, “are sold "
            "to children as if they were juice.”",
            "are sold to children as if they were juice.",
        ),
    ],
)
def test_partial_quote_after_a_label_noun(paragraph: str, quote: str) -> None:
    assert quote in _found(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        # (a real title: short and capitalised)
        "The writers called the episode “Pilot” when it first aired in 2009.",
        # (a brand's name in apposition)
        "The firm sells a cheaper line, the brand “Sunny Day”, in rural stores.",
        # (one or two lower-case words: a term, a lower-case title)
        "Critics called the album “folklore” a turn inward.",
        # (a label noun with no comma and no `called`: the word named)
        "Teachers now use the word “resilience” in every report.",
    ],
)
def test_a_label_noun_still_names_its_title(paragraph: str) -> None:
    assert _found(paragraph) == []
