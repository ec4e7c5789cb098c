"""Mechanisms of issue 15 from the forty-fourth set (speakers66).

A body's name with `and` inside and `of` after its head (`The Parks and Wildlife Commission of
X`), its short form (`Parks and Wildlife said`) where the article writes the whole name; a place
after `based in` is no body (`a ship based in Port X`); a straight apostrophe opening a name is
its okina (`'Ana Kioa`), not an opening quote.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_names import okina_opening
from api.parser.quote_shapes import body_head, one_body
from tests.quotes.helpers import names_found, speaker_by_quote

# --- a body's name with `and` inside, `of` after its head --------------------------------------


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("Wildlife Commission of the Lowlands", "Commission"),
        ("Marine Board for Eastmark", "Board"),
        ("Culture Council", "Council"),
        ("Trust of the Vale of Orm", "Trust"),
    ],
)
def test_a_body_names_head_stands_before_its_of(name, head):
    assert body_head(name) == head


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Parks", "Wildlife Commission of the Lowlands"),
        ("Rivers", "Harbours Board of Tarnland"),
        ("Mines", "Quarries Authority for the North"),
    ],
)
def test_a_word_and_a_headed_body_are_one_body(first, second):
    assert one_body(f"{first} and {second} said", "single", first, second, 0)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ann Lee", "Kessler Institute of Oslo"),  # a person of two words, then a body
        ("Parks", "Lee of Tarnland"),  # no body's word before `of`
        ("Brenna", "Olsen"),
    ],
)
def test_no_body_head_no_one_body(first, second):
    assert not one_body(f"{first} and {second} spoke", "single", first, second, 0)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Parks and Wildlife Commission of the Lowlands said the bridge was shut.",
            "Parks and Wildlife Commission of the Lowlands",
        ),
        (
            "Rivers and Harbours Board of Tarnland said the quay would reopen.",
            "Rivers and Harbours Board of Tarnland",
        ),
        (
            "On Monday the Mines and Quarries Authority for the North said it would appeal.",
            "Mines and Quarries Authority for the North",
        ),
    ],
)
def test_a_body_with_and_inside_is_one_mention(text, body):
    assert body in names_found(text)


def test_two_bodies_joined_by_and_stay_two():
    names = names_found("The Red Cross and the Ministry of Health said the camp was full.")
    assert "Ministry of Health" in names
    assert not any(" and " in name for name in names)


# --- the short form of such a body --------------------------------------------------------------


@pytest.mark.parametrize(
    ("full", "short", "noun"),
    [
        ("The Parks and Wildlife Commission of the Lowlands", "Parks and Wildlife", "commission"),
        ("The Rivers and Harbours Board of Tarnland", "Rivers and Harbours", "board"),
        ("The Mines and Quarries Authority", "Mines and Quarries", "authority"),
    ],
)
def test_a_short_form_with_and_is_the_body(full, short, noun):
    body = full.removeprefix("The ")
    found = speaker_by_quote(
        f"{full} said the site was shut on Friday.",
        f"{short} said in a statement the site would stay shut “until the survey is done”. "
        f"“Nobody may go in,” the {noun} said.",
    )
    assert found["until the survey is done"] == body
    assert found["Nobody may go in,"] == body


def test_two_people_joined_by_and_are_no_body():
    found = speaker_by_quote(
        "Brenna Lee and Tomas Cole run the ferry from Ostby.",
        "Lee and Cole said the ferry would sail “on Tuesday at the latest”.",
    )
    assert found["on Tuesday at the latest"] != "Lee and Cole"


# --- a place after `based in` --------------------------------------------------------------------


@pytest.mark.parametrize(
    "seat",
    [
        "a repair ship based in Port Velmar",
        "a crew based in Market Harling",
        "a lab headquartered in Mission Vale",
    ],
)
def test_a_seat_after_based_in_is_no_body(seat):
    found = speaker_by_quote(
        "Harlan Cable Limited (HCL), the company that runs the link, said the line was cut.",
        f"Its chief, Mele Tonu, said {seat} would come.",
        "The company said in a statement that the work would be “slow and costly”.",
    )
    assert found["slow and costly"] == "Harlan Cable Limited"
    assert names_found(f"She said {seat} would come.") == []


@pytest.mark.parametrize(
    "text",
    [
        "A nurse based in Harrow District Council said it was full.",
        "Staff based in Ostby Hospital said the ward was shut.",
        "A team based in Velmar University said so.",
    ],
)
def test_a_body_after_based_in_stays_a_body(text):
    assert any(name.endswith(("Council", "Hospital", "University")) for name in names_found(text))


# --- an okina written as a straight apostrophe ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "'Ana Kioa, who runs a shop, said the line was down.",
        "Remittance firms were hit. 'Ilima Kauhane said queues formed.",
        "The owner ('Aulani Peleke) said nothing.",
    ],
)
def test_an_apostrophe_opening_a_name_is_its_okina(text):
    assert okina_opening(text, text.index("'") + 1)


@pytest.mark.parametrize(
    "text",
    [
        "'Sorry,' she said.",
        "'Ana is late,' he said.",
        "The shop's owner Ana Kioa said so.",  # an owner's apostrophe, inside a word
        "rock 'n' Roll",
    ],
)
def test_a_quote_or_a_possessive_is_no_okina(text):
    at = text.index("'") + 1
    assert not (text[at : at + 1].isupper() and okina_opening(text, at))


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("'Ana Kioa, who runs a shop near the market, said queues formed.", "'Ana Kioa"),
        ("Traders were hit. 'Ilima Kauhane, 52, said queues formed.", "'Ilima Kauhane"),
        ("Shop owner 'Aulani Peleke said queues formed.", "'Aulani Peleke"),
    ],
)
def test_the_okina_stays_in_the_speaker(intro, speaker):
    surname = speaker.rsplit(" ", 1)[1]
    found = speaker_by_quote(intro, f'"People wait three hours," {surname} said. "What can I do?"')
    assert found["People wait three hours,"] == speaker
    assert found["What can I do?"] == speaker
