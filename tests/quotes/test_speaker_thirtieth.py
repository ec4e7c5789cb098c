"""Mechanisms of issue 15 after the thirtieth set: a firm's ending (`Marrable & Co.`) before a lone
name and a comma ends its sentence, so the name is the pronoun's nearest person; `she` after `Lee
and her co-author, Sam Ode,` is the owner of `her`, not the partner of unknown sex. A body's name
holding a comma before its bracketed acronym (`Immigration, Refugees and Citizenship Canada
(IRCC)`) is whole, for its run cut at the comma and for the acronym, also when a paragraph ends
right before it. A body introduced by a doer's noun opening its sentence (`Rival bidder X, which
..., said`) speaks, and `Materials` ends a company's name; a run ending in a street's word
(`Kowhai Rd`) is a place; `the Conservative` describes the party's member. `“...” That was the
message from Hollis at a briefing.`: a known person right after such an opening speaks the quote.
`The Russian Embassy in Oslo` is one body; `..., ruling that X “...”` reports (a body's name
before a title, `A Federal Court judge`, is then no subject). `the spokesperson` after `A
spokesperson for X said` in its paragraph is X's; `according to X's stock exchange filing, which
said` and `a department fact sheet, which said` speak for X and for the department.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quotes import analyse_quotes
from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize("firm", ["Dunmore & Co.", "Hallam Brothers Inc.", "Oyelaran Ltd."])
def test_a_firms_ending_before_a_name_and_a_comma_ends_the_sentence(firm):
    found = _speakers(
        "Chairman Rupert Ashgrove-Lyle called the bid “fair.”",
        f"“The price is high,” said Lionel Petheridge, an analyst at {firm} Ashgrove-Lyle, who "
        "has chaired the firm since 2019, said the board was pleased. “We got what we wanted,” "
        "he said.",
    )
    assert found == ["Rupert Ashgrove-Lyle", "Lionel Petheridge", "Rupert Ashgrove-Lyle"]


def test_a_county_after_co_ends_no_sentence():
    found = _speakers(
        "Paddy Brennan, a farmer in Co. Kerry, said the water rose fast. “It was bad,” he said."
    )
    assert found == ["Paddy Brennan"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "“We did not expect it,” said the lead author, Ingrid Malvado-Soto, a geologist.",
                "“It is strange,” she told AFP.",
                "Malvado-Soto and her co-author, Ossian Terwilliger of Leiden University, spent "
                "two years on it.",
                "“Every time we looked, it came back,” she said.",
            ),
            "Ingrid Malvado-Soto",
        ),
        (
            (
                "“We won,” said the captain, Tomasz Wirecki-Bayo.",
                "Wirecki-Bayo and his business partner, Olufemi Strand, ran the club for a decade.",
                "“It was worth it,” he said.",
            ),
            "Tomasz Wirecki-Bayo",
        ),
        (
            (
                "“The tide turned,” said the skipper, Maren Quillfeather.",
                "Quillfeather sailed with her crewmate, Aurelio Dambisa, from Cape Town.",
                "“We never slept,” she said.",
            ),
            "Maren Quillfeather",
        ),
        # negative: the other pronoun is the partner's
        (
            (
                "“The tide turned,” said the skipper, Maren Quillfeather.",
                "Quillfeather sailed with her crewmate, Aurelio Dambisa, from Cape Town.",
                "“We never slept,” he said.",
            ),
            "Aurelio Dambisa",
        ),
    ],
)
def test_she_after_and_her_partner_is_the_owner(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("before", "name", "acronym"),
    [
        ("The family was told on Monday.", "Immigration, Refugees and Citizenship Canada", "IRCC"),
        ("The lake rose overnight, she said.", "Lakes, Rivers and Wetlands Authority", "LRWA"),
        ("Nobody was hurt.", "Ministry of Parks, Heritage and Sport", "MPHS"),
    ],
)
def test_a_bodys_name_with_a_comma_before_its_acronym_is_whole(before, name, acronym):
    found = _speakers(
        before,
        f"{name} ({acronym}) said in a statement it “respects the decision” and would reply. "
        f"A spokesperson for {acronym} said each case “is looked at on its merits.”",
    )
    assert found == [name, name]


def test_a_place_before_a_bodys_name_stays_out_of_it():
    found = _speakers(
        "In Ottawa, Parks and Recreation Canada (PRC) ran the site. A spokesperson for PRC said "
        "the plan “is on hold.”"
    )
    assert found == ["Parks and Recreation Canada"]


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("Rival bidder Ostrander Malting", "Ostrander Malting"),
        ("Rival suitor Calloway Beale Materials", "Calloway Beale Materials"),
        ("Fellow bidder Dunmere Group", "Dunmere Group"),
    ],
)
def test_the_company_after_a_rival_introduced_with_which_is_the_rival(opening, body):
    found = _speakers(
        "British brewer Harrowgate Holdings agreed on Tuesday to a takeover by U.S. rival "
        "Bellwood Drinks.",
        "“This is a great day,” Bellwood Chief Executive Anna Pryce said in a statement.",
        f"{opening}, which had offered 300 pence a share, said it would not raise its offer. "
        "“We set a fair price,” the company said.",
    )
    assert found[-1] == body


@pytest.mark.parametrize(
    ("street", "who"),
    [("Kowhai Rd", "the retired nurse"), ("Elm Avenue", "the pensioner"), ("Tui St.", "the widow")],
)
def test_a_street_is_no_one_a_description_stands_for(street, who):
    found = _speakers(
        "At the Tawa Community Hall, Hinemoa Pereira-Walsh, 68, sat with her cat. She had left "
        f"her home on {street} at dawn. “I saw the river rise last time,” {who} said."
    )
    assert found == ["Hinemoa Pereira-Walsh"]


@pytest.mark.parametrize(
    ("party", "title"),
    [("Conservative", "Cllr"), ("Liberal", "Councillor"), ("Tory", "Cllr")],
)
def test_the_party_word_after_the_describes_its_member(party, title):
    found = _speakers(
        f"The {party} chairman, {title} Nigel Ettrick-Pole, used his casting vote.",
        f"{title} Ettrick-Pole rejected that. “I voted on the merits,” the {party} said.",
    )
    assert found == ["Nigel Ettrick-Pole"]


def test_a_person_named_like_a_street_word_still_speaks():
    found = _speakers("“We will appeal,” said Marion Street, the club’s secretary.")
    assert found == ["Marion Street"]


_BRIEFED = (
    "Mayor Ana Pirie-Holt declared an emergency on Monday.",
    "Forecaster Tom Reyes-Clark said on Tuesday that the rain would ease by Friday.",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "That was the message from Pirie-Holt at a 6pm briefing.",
        "Those were the words of Pirie-Holt as she left the council chamber.",
        "That was the blunt warning from Mayor Ana Pirie-Holt on Wednesday.",
    ],
)
def test_a_message_from_a_known_person_in_the_next_sentence_names_the_speaker(sentence):
    found = _speakers(*_BRIEFED, f"“We have the food. What we need now is dry weather.” {sentence}")
    assert found == ["Ana Pirie-Holt"]


def test_a_message_from_no_one_named_names_no_speaker():
    found = _speakers(*_BRIEFED, "“We have the food.” That was the message from the shelter.")
    assert found != ["Tom Reyes-Clark"]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The Russian Embassy in Oslo said in a Telegram post that the deployment “will not go "
            "unanswered.”",
            "Russian Embassy in Oslo",
        ),
        (
            "The French Consulate in Lagos said that the visas “are being processed.”",
            "French Consulate in Lagos",
        ),
        (
            "The British High Commission in Nairobi said in a statement that the advice “remains "
            "under review.”",
            "British High Commission in Nairobi",
        ),
    ],
)
def test_an_embassy_in_a_city_is_one_body(sentence, body):
    assert _speakers(sentence) == [body]


def test_a_body_in_a_city_that_is_no_post_keeps_its_own_name():
    found = _speakers("The Harbour Trust in Dunedin said the wharf “will reopen in May.”")
    assert "Harbour Trust in Dunedin" not in found


def _texts(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyse_quotes(paragraphs).quotes]


@pytest.mark.parametrize(
    "sentence",
    [
        "A Federal Court judge has overturned a deportation order, ruling that an officer “failed "
        "to grapple with” the children's interests.",
        "An appeals court has quashed the fine, ruling that the council “acted beyond its powers” "
        "in 2023.",
        "A High Court judge has cleared the charity, finding that its trustees “did nothing "
        "improper” with the money.",
    ],
)
def test_a_short_partial_quote_after_ruling_that_is_found_and_no_body_speaks_it(sentence):
    found = _texts(sentence)
    assert len(found) == 1
    assert found[0][1] not in ("Federal Court", "High Court")


def test_the_ruling_as_a_noun_is_no_cue():
    found = _texts("The ruling that the officer was “a bit hasty” surprised nobody.")
    assert found == []


@pytest.mark.parametrize(
    ("introduced", "body"),
    [
        ("by developer Brackenridge Homes", "Brackenridge Homes"),
        ("by builder Cattermole Living", "Cattermole Living"),
        ("from housebuilder Oakhurst Estates", "Oakhurst Estates"),
    ],
)
def test_the_spokesperson_after_a_spokesperson_for_a_body_is_the_bodys(introduced, body):
    found = _speakers(
        f"The council approved the scheme {introduced} on Monday.",
        f"A spokesperson for {body} said the scheme would include a school. “We have listened "
        "to the community,” the spokesperson said.",
    )
    assert found == [body]


def test_the_spokesperson_after_a_person_spoke_is_not_the_body_before():
    found = _speakers(
        "The council approved the scheme by developer Brackenridge Homes on Monday.",
        "A spokesperson for Brackenridge Homes said the scheme would include a school. Cllr Ann "
        "Meyrick-Lowe said she would appeal. “We have listened,” the spokesperson said.",
    )
    assert found != ["Ann Meyrick-Lowe"]


@pytest.mark.parametrize(
    ("lead", "sentence", "body"),
    [
        (
            "British cement maker Harrowgate Holdings agreed on Tuesday to a takeover.",
            "The offer is a 38% premium, according to Harrowgate's stock exchange filing, which "
            "said its board “intends unanimously to recommend” the offer.",
            "Harrowgate Holdings",
        ),
        (
            "The Transport Ministry will close two rail lines next year, officials said Monday.",
            "About 300 jobs will go, according to a ministry fact sheet, which said the work "
            "would be “phased over eighteen months.”",
            "Transport Ministry",
        ),
        (
            "Brightwater Foods agreed to sell its dairy unit, the company said Tuesday.",
            "The unit employs 900 people, according to Brightwater's regulatory filing, which "
            "said the sale was “in the best interests of shareholders.”",
            "Brightwater Foods",
        ),
    ],
)
def test_a_document_named_by_its_owner_speaks_for_the_owner(lead, sentence, body):
    assert _speakers(lead, sentence)[-1] == body


def test_a_fact_sheet_of_a_kind_no_body_named_speaks_for_no_one():
    found = _speakers(
        "Ann Lee-Porter opened the shop on Monday.",
        "Prices rose, according to a council fact sheet, which said rents were “too high.”",
    )
    assert found[-1] != "Ann Lee-Porter"
