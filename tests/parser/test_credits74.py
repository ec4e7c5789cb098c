"""credits74: captions glued to credits of the shapes fresh38-44 left (issue 15, made-up
captions): company forms as a class, bare or dotted, closing a caption or a credit; a company's
name in sentence case after an apostrophe word, its form vouching for its small words; a
commissioned credit whose title has an inner capital; a chart's 'Source:' line before the
picture's credit glued after it; with near misses that stay as they are."""

from __future__ import annotations

import pytest

from api.parser.credit_words import core_pieces, is_company_form, is_credit_like
from api.parser.credits import split_credit, without_final_stop
from api.parser.glue import opens_apostrophe_word


def read(line: str) -> tuple[str, str | None]:
    """The caption and the credit a picture's line gives, as the article builder reads it."""
    caption, credit = split_credit("", line)
    return caption, credit and without_final_stop(credit)


# A company form closing the caption, bare or dotted, then a glued credit.
FORM_CLOSES_CAPTION = [
    ("Presses in the hall of the printer Druckhaus Velden GmbHMarta Keller-Rau/dpa",
     "Presses in the hall of the printer Druckhaus Velden GmbH", "Marta Keller-Rau/dpa"),
    ("Bottling day at the cellars of Cantine Orsola SpACourtesy of Cantine Orsola SpA",
     "Bottling day at the cellars of Cantine Orsola SpA", "Courtesy of Cantine Orsola SpA"),
    ("The hull was laid down last spring by Cantiere Bora S.r.l.Marco Sala-Ventura",
     "The hull was laid down last spring by Cantiere Bora S.r.l.", "Marco Sala-Ventura"),
    ("Tiles drying outside the kiln of Keramika Sava d.o.o.Ana Novak-Hrib",
     "Tiles drying outside the kiln of Keramika Sava d.o.o.", "Ana Novak-Hrib"),
    ("Cotton bales stacked at the gin run by Fergana Tola MChJCourtesy of Fergana Tola MChJ",
     "Cotton bales stacked at the gin run by Fergana Tola MChJ",
     "Courtesy of Fergana Tola MChJ"),
    ("A brewer checks the copper at Brauhaus Ostend KGaAJens Vogt-Lahm/Handout",
     "A brewer checks the copper at Brauhaus Ostend KGaA", "Jens Vogt-Lahm/Handout"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), FORM_CLOSES_CAPTION)
def test_a_company_form_closes_the_caption_before_a_glued_credit(line, caption, credit):
    assert read(line) == (caption, credit)


FORM_STAYS = [
    # a company form inside the caption's text: the credit glued at the end is found as before
    ("Staff of Druckhaus Velden GmbH print the weekly at nightAnn Lee/dpa",
     "Staff of Druckhaus Velden GmbH print the weekly at night", "Ann Lee/dpa"),
    # a capitalised word glued after the form that is no credit's
    ("The brewery of Brauhaus Ostend GmbHHaus", "The brewery of Brauhaus Ostend GmbHHaus", None),
    # the form closes the line: no credit at all
    ("A plant run by Druckhaus Velden GmbH", "A plant run by Druckhaus Velden GmbH", None),
    # an initialism closing the caption's sentence, then a spaced credit: the acronym stays
    # whole ('ONS.', not 'ON' and an initial 'S.')
    ("Mining output by quarter. Source: ONS. Jane Doe / AP",
     "Mining output by quarter. Source: ONS.", "Jane Doe / AP"),
    ("Waiting lists by region, as counted by the NHS. Ann Lee / PA",
     "Waiting lists by region, as counted by the NHS.", "Ann Lee / PA"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), FORM_STAYS)
def test_a_company_form_or_an_initialism_in_the_caption_stays_in_it(line, caption, credit):
    assert read(line) == (caption, credit)


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        # a dotted form's last period is its own
        ("Courtesy of Furra Velaj Sh.p.k.", "Courtesy of Furra Velaj Sh.p.k."),
        ("Jane Doe/Cementi Adria S.p.A.", "Jane Doe/Cementi Adria S.p.A."),
        ("Courtesy of Ujësjellësi Drin Sh.a.", "Courtesy of Ujësjellësi Drin Sh.a."),
        ("Courtesy of Pivovar Hrad a.s.", "Courtesy of Pivovar Hrad a.s."),
        # a form cut short keeps its period too
        ("Courtesy of PT Sinar Laut Tbk.", "Courtesy of PT Sinar Laut Tbk."),
        ("Courtesy of Harbour Foods Pte. Ltd.", "Courtesy of Harbour Foods Pte. Ltd."),
        # a bare form, a web address or a name: the period is the line's
        ("Jane Doe/Druckhaus Velden GmbH.", "Jane Doe/Druckhaus Velden GmbH"),
        ("Jane Doe/Kun.uz.", "Jane Doe/Kun.uz"),
        ("Ann Lee/Tirana Desk.", "Ann Lee/Tirana Desk"),
    ],
)
def test_a_credit_ending_on_a_dotted_or_cut_short_form_keeps_its_stop(credit, expected):
    assert without_final_stop(credit) == expected


def test_a_glued_courtesy_credit_ending_on_a_dotted_form_keeps_its_stop():
    line = "A cobbler at his bench, in the same shop since 1987Courtesy of Këpucë Vlora Sh.p.k."
    assert read(line) == (
        "A cobbler at his bench, in the same shop since 1987",
        "Courtesy of Këpucë Vlora Sh.p.k.",
    )


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("GmbH", True),
        ("Sh.p.k", True),
        ("S.p.A", True),
        ("a.s", True),
        ("SRL", True),
        ("U.S", False),
        ("as", False),
        ("Acme", False),
        ("Kun.uz", False),
    ],
)
def test_is_company_form(word: str, expected: bool) -> None:
    assert is_company_form(word) is expected


# A company's name in its own language, a capitalised word, small words, then its form, glued
# after the caption's stop, an apostrophe word opening it or not.
SENTENCE_CASE_COMPANY = [
    ("A ticket machine in the hall of the new terminal.G'arbiy avto yo'llari MChJ/Handout",
     "A ticket machine in the hall of the new terminal.", "G'arbiy avto yo'llari MChJ/Handout"),
    ("Grain wagons at the port of Klaipeda.Lietuvos krovinių vežimas AB/Handout",
     "Grain wagons at the port of Klaipeda.", "Lietuvos krovinių vežimas AB/Handout"),
    ("A shunting engine in the yard at dusk.Hrvatske teretne željeznice d.o.o./Ivo Barić",
     "A shunting engine in the yard at dusk.", "Hrvatske teretne željeznice d.o.o./Ivo Barić"),
    ("The booking screen of the ferry app.O’rta dengiz yo’llari JSC",
     "The booking screen of the ferry app.", "O’rta dengiz yo’llari JSC"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), SENTENCE_CASE_COMPANY)
def test_a_company_name_in_sentence_case_is_a_glued_credit(line, caption, credit):
    assert read(line) == (caption, credit)


SENTENCE_CASE_TEXT = [
    # small words without a company form after them are the caption's
    "The route map in the app.O'zbekiston temir yo'llari runs forty trains a day",
    "The route map in the app.Y'all come back now",
    # the company named inside the caption, the credit glued at the end
    "Staff of Lietuvos krovinių vežimas AB load grain at the quay",
]


@pytest.mark.parametrize("line", SENTENCE_CASE_TEXT)
def test_small_words_without_a_form_stay_in_the_caption(line):
    assert read(line) == (line, None)


def test_a_company_named_mid_caption_before_a_glued_credit_stays_in_the_caption():
    line = "Staff of Lietuvos krovinių vežimas AB load grain at KlaipedaJonas Petraitis/ELTA"
    assert read(line) == (
        "Staff of Lietuvos krovinių vežimas AB load grain at Klaipeda",
        "Jonas Petraitis/ELTA",
    )


@pytest.mark.parametrize(
    ("tail", "pieces"),
    [
        ("O'rta temir yo'llari JSC/Handout", ["O'rta temir yo'llari JSC", "Handout"]),
        ("Jane Doe/Lietuvos paštas AB", ["Jane", "Doe", "Lietuvos paštas AB"]),
        # four small words are a sentence's, not a name's
        ("Acme runs the old mill JSC", ["Acme", "runs", "the", "old", "mill", "JSC"]),
        # no form: the pieces stay apart
        ("Acme rowing club", ["Acme", "rowing", "club"]),
    ],
)
def test_core_pieces_join_a_company_name_up_to_its_form(tail, pieces):
    assert core_pieces(tail) == pieces


def test_four_small_words_before_a_form_are_no_credit():
    assert not is_credit_like("Acme runs the old mill JSC")


@pytest.mark.parametrize(
    ("line", "at", "expected"),
    [
        ("app.O'zbekiston", 4, True),
        ("app.G’ulom", 4, True),
        ("so I'll go", 3, False),
        ("so I'm in", 3, False),
        ("O'Neill", 0, False),
    ],
)
def test_opens_apostrophe_word(line: str, at: int, expected: bool) -> None:
    assert opens_apostrophe_word(line, at) is expected


# A photographer's credit for a title with an inner capital, glued to a caption without a stop.
COMMISSIONED_TITLE = [
    ("The winning crew rest on the deck after the last raceDara Sok-Hean for KhmerVoice Daily",
     "The winning crew rest on the deck after the last race",
     "Dara Sok-Hean for KhmerVoice Daily"),
    ("Pickers on a tea estate in the hills above KandySamanthi Perera-Hale for LankaNews Weekly",
     "Pickers on a tea estate in the hills above Kandy",
     "Samanthi Perera-Hale for LankaNews Weekly"),
    ("Porters carry supplies up to the base camp in rainPasang Lama-Roe for NepaliTimes Online",
     "Porters carry supplies up to the base camp in rain",
     "Pasang Lama-Roe for NepaliTimes Online"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), COMMISSIONED_TITLE)
def test_a_commissioned_credit_keeps_its_title_whole(line, caption, credit):
    assert read(line) == (caption, credit)


COMMISSIONED_NEAR_MISSES = [
    # a camel-case name at the end of the caption, no credit before it
    ("The crew rowed for Team KhmerPower", "The crew rowed for Team KhmerPower", None),
    # no credit's shape before 'for': the glued name alone is the credit
    ("Boats wait at the jetty for the raceDara Sok-Hean/KhmerVoice",
     "Boats wait at the jetty for the race", "Dara Sok-Hean/KhmerVoice"),
    # a plain commissioned credit after a caption without a stop, as before
    ("Rowers at the start of the heatDara Sok-Hean for The Mekong Post",
     "Rowers at the start of the heat", "Dara Sok-Hean for The Mekong Post"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), COMMISSIONED_NEAR_MISSES)
def test_commissioned_near_misses(line, caption, credit):
    assert read(line) == (caption, credit)


# A chart's source line, then the picture's credit glued after it: the source is the caption's.
SOURCE_THEN_CREDIT = [
    ("Rents by district since 2015. Source: Harbour Statistics Office.Ann Lee/Handout",
     "Rents by district since 2015. Source: Harbour Statistics Office.", "Ann Lee/Handout"),
    ("Rice exports by year. Sources: FAO, Mekong Trading Corp.Delta Ports Authority/Handout",
     "Rice exports by year. Sources: FAO, Mekong Trading Corp.",
     "Delta Ports Authority/Handout"),
    ("Voters by age group. Source: exit polls, Velden Research GmbHJane Doe/dpa",
     "Voters by age group. Source: exit polls, Velden Research GmbH", "Jane Doe/dpa"),
    ("Tide heights over a year. Source: Port of Tarn.Harbour Board/Pool",
     "Tide heights over a year. Source: Port of Tarn.", "Harbour Board/Pool"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), SOURCE_THEN_CREDIT)
def test_a_source_line_before_a_glued_credit_stays_in_the_caption(line, caption, credit):
    assert read(line) == (caption, credit)


SOURCE_IS_CREDIT = [
    # the source closes the line: it is the picture's credit
    ("A drawing of the new ferry.Source: Clyde Marine Ltd", "A drawing of the new ferry.",
     "Clyde Marine Ltd"),
    ("Tide heights over a year. Source: Harbour Board", "Tide heights over a year.",
     "Harbour Board"),
    # a camel-case name in the source is no glued credit
    ("Trust in the police by age.Source: YouGov", "Trust in the police by age.", "YouGov"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), SOURCE_IS_CREDIT)
def test_a_source_closing_the_line_is_the_credit(line, caption, credit):
    assert read(line) == (caption, credit)
