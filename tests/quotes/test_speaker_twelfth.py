"""Speaker rules of issue 15 (twelfth round), from the misses of quotes_stress_twelfth.

Each rule is general (a shape of text, not a sample's words), with several made-up cases.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a possessive and a family word between the quote and the name: the relative speaks
        (("Ana Ruiz, 80, has died.", "“Bring a hymn book,” her son Jonas said."), "Jonas"),
        (("Ana Ruiz, 80, has died.", "“She sang every day,” said his wife Mei."), "Mei"),
        (
            ("Ana Ruiz, 80, has died.", "“She sang every day,” said her late husband, Tom Ruiz."),
            "Tom Ruiz",
        ),
        (
            (
                "Ana Ruiz, 80, has died.",
                "“She sang every day,” their daughter, Lina Ruiz-Ott, said.",
            ),
            "Lina Ruiz-Ott",
        ),
        (("Ana Ruiz, 80, has died.", "Her son Jonas said: “Bring a hymn book.”"), "Jonas"),
        # a word that is no family word names no relation: nothing is made of it
        (("Ana Ruiz, 80, has died.", "“She sang every day,” her friend Jonas said."), None),
    ],
)
def test_a_relative_named_after_a_possessive_speaks(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a player's place in the team, never given as anyone's role: the player named last
        (
            (
                "Rams captain Mitchell Vella, playing his 200th game, said the loss hurt.",
                '"Proud of the boys," the veteran prop said. "We go again next week."',
            ),
            "Mitchell Vella",
        ),
        (
            ("Coach Ann Lee praised Tom Rua, who kicked four goals.", '"Easy," the fly-half said.'),
            "Tom Rua",
        ),
        (
            (
                "The Sharks won 20-18. Rams captain Tom Vella said the loss hurt.",
                '"Next week," the fullback said.',
            ),
            "Tom Vella",
        ),
        # the place brought in with `a`: someone the article does not name
        (
            (
                "Coach Ann Lee praised her side. A prop who asked not to be named was less happy.",
                '"We were poor," the prop said.',
            ),
            None,
        ),
    ],
)
def test_a_players_position_points_to_the_player_named_last(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a relative clause that gives the name of the one a description brings in
        (
            (
                "The market was started by Leanne Morrissey-Tran. She still runs it.",
                "A resident of the flats, who gave her name only as Pat, says the generators run "
                "until midnight. “I like a dumpling,” she says.",
            ),
            "Pat",
        ),
        (
            (
                "The market was started by Leanne Morrissey-Tran. She still runs it.",
                "A shopper, who asked to be identified only as Jo, said prices were up. "
                "“Bread is two pounds,” she said.",
            ),
            "Jo",
        ),
        (
            (
                "The market was started by Leanne Morrissey-Tran.",
                "A shopper, who would give only his first name, Sam, said prices were up. "
                "“Bread is two pounds,” he said.",
            ),
            "Sam",
        ),
        # a relative clause that names a place gives no one's name
        (
            (
                "A resident, who moved here from Leeds, said the music was loud. "
                "“It never stops,” she said.",
            ),
            None,
        ),
    ],
)
def test_a_name_given_in_a_relative_clause_is_the_subjects(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # an aunt and her nephew share a surname: `she` after the surname is the aunt
        (
            (
                "Every Friday there is a queue for Gloria Abarintos’s lumpia.",
                "“I started with one table,” Abarintos says.",
                "Her nephew, Jun-Jun Abarintos, runs the till. “She checks it daily,” he says.",
                "Leanne Tran, who runs the market, says it will stay. “It works,” she says.",
                "Back at the stall, Abarintos is asked for her recipe. She smiles. "
                "“Never,” she says.",
            ),
            ["Gloria Abarintos", "Jun-Jun Abarintos", "Leanne Tran", "Gloria Abarintos"],
        ),
        (
            (
                "Rosa Delgado runs the stall with her nephew, Tomas Delgado.",
                "“I keep the books,” he says.",
                "Ines Park, who sells jewellery next door, is a fan. "
                "“Best tamales here,” she says.",
                "Delgado is asked about the recipe. She laughs. “Never,” she says.",
            ),
            ["Tomas Delgado", "Ines Park", "Rosa Delgado"],
        ),
    ],
)
def test_a_shared_surname_is_the_namesake_of_the_pronouns_gender(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a relative named in apposition is no body for `the choir`, `the company` to be
        (
            (
                "Ana Ruiz, who led the Harrowgate Community Choir for 31 years, has died.",
                "Her husband, Erik, died in 2009. She is survived by two sons and, the choir "
                "notes, ‘about four hundred altos who still breathe where she told them to’.",
            ),
            "Harrowgate Community Choir",
        ),
        (
            (
                "The Kelso Philharmonic Orchestra cancelled its tour on Monday.",
                "“We had no choice,” the orchestra said.",
            ),
            "Kelso Philharmonic Orchestra",
        ),
        (
            (
                "Bram Ortiz sang with the Eastfield Chorus for 40 years. "
                "His wife, Lena, died in 2001.",
                "“He never missed a rehearsal,” the chorus said.",
            ),
            "Eastfield Chorus",
        ),
    ],
)
def test_an_ensemble_is_a_body_and_a_relative_no_body(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `a coroner has concluded` opening the article: the one coroner it names further down
        (
            (
                "A cyclist was “failed by a layout everyone knew was dangerous”, a coroner has "
                "concluded.",
                "Tomasz Wierzbicki, 38, died at the scene.",
                "Recording a conclusion on Thursday, senior coroner Alison Marchetti-Boyd said the "
                "council had received three complaints.",
            ),
            "Alison Marchetti-Boyd",
        ),
        (
            (
                "“We will appeal,” a lawyer said after the verdict.",
                "Judge Ann Lee ruled for the city. Lawyer Tom Reyes said he was disappointed.",
            ),
            "Tom Reyes",
        ),
        # two people later hold the role, or none does: no one is guessed
        (
            (
                "“It was avoidable,” a coroner said.",
                "Coroner Ann Lee and deputy coroner Tom Reyes heard the case.",
            ),
            None,
        ),
        (("“It was avoidable,” a coroner said.", "Ann Lee heard the case."), None),
        # a spokesperson speaks for a body, whoever is later named with the word
        (
            (
                "“We will appeal,” a spokesman said.",
                "Judge Ann Lee ruled for the city. Spokesman Tom Reyes declined to comment.",
            ),
            None,
        ),
        # past the first paragraph the description is someone the article does not name
        (
            (
                "Tom Reyes, 40, was cleared on Friday.",
                "“We will appeal,” a prosecutor said.",
                "Prosecutor Ann Lee said the ruling was wrong.",
            ),
            None,
        ),
    ],
)
def test_a_role_brought_in_by_the_lead_is_the_one_person_named_with_it_later(paragraphs, speaker):
    assert _speakers(*paragraphs)[0] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a describing verb after a music word: `described her as “...”` is the subject's words
        (
            (
                "The choir’s director, Tobias Fenwick-Hale, who sang under her as a teenager, "
                "described her as ‘terrifying for about a fortnight, and then the person you’d "
                "walk through fire for’.",
            ),
            "Tobias Fenwick-Hale",
        ),
        (
            (
                "Ann Lee, who sang in the choir for years, described the hall as “a barn with a "
                "roof”.",
            ),
            "Ann Lee",
        ),
        (
            (
                "Tom Reyes, who played drums on the album, characterised the sessions as “long and "
                "loud”.",
            ),
            "Tom Reyes",
        ),
    ],
)
def test_a_describing_verb_after_a_music_word_quotes_its_subject(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        # the label's own verb is the last before `as`: a title or a nickname, no one's words
        "The band, who played it live for years, had dubbed the song as “the long one”.",
        "She sang what fans have long known as “the Kyrie”.",
    ],
)
def test_a_label_after_a_music_word_is_still_no_speech(paragraph):
    assert _speakers(paragraph) == []
