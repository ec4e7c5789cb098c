"""Mechanisms of issue 15 left by speakers40: a role word of a holder named beside another
person (`<nationality> captain X said Y had ...` then `the skipper said`); `The <role>
<verb>ed ... and said` (a coordinated clause's subject); a two-word name a point of the compass
or `New` opens is a land's, never a `he` nor `the 22-year-old`.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("lead", "named", "noun"),
    [
        (
            "Teenage spinner Rafe Dunmore-Ashe took six wickets as the hosts won at Lord's.",
            "English captain Marcus Hollinrake said Dunmore-Ashe had bowled “with real nerve”.",
            "skipper",
        ),
        (
            "Scrum-half Tevita Lolohea-Grant scored twice as the Highlanders won in Dunedin.",
            "Club captain Ioane Sapolu-Reid said Lolohea-Grant had been “the best player on the "
            "park by a distance”.",
            "skipper",
        ),
        (
            "Sunniva Brekke-Holm kept a clean sheet as Vestby won the cup final in Drammen.",
            "Vestby coach Ingrid Aaland-Moe said Brekke-Holm had been “outstanding all season”.",
            "coach",
        ),
    ],
)
def test_a_role_word_of_its_holder_named_beside_another(lead, named, noun):
    holder = named.split(" said")[0].split(" ", 2)[2]
    found = _speakers(
        lead,
        named,
        f"“We will not get carried away,” the {noun} said. “There is a long way to go.”",
    )
    assert found == [holder, holder, holder]


def test_the_captain_of_another_team_named_last():
    found = _speakers(
        "Australian captain Eamon Reddish said the pitch had been “a batter's dream”.",
        "Indian captain Vikram Oberai-Sen said his side had “simply run out of time”.",
        "“We gave it everything,” the skipper said.",
    )
    assert found == ["Eamon Reddish", "Vikram Oberai-Sen", "Vikram Oberai-Sen"]


@pytest.mark.parametrize(
    ("named", "sentence", "holder"),
    [
        (
            "Senior coroner Dr Helena Marchbank said there had been “a gross failure” of care.",
            "The coroner recorded a conclusion of neglect and said she would write to the board "
            "about “a culture of silence”.",
            "Helena Marchbank",
        ),
        (
            "Judge Anselm Pryde-Whitaker said the case was “one of the worst of its kind”.",
            "The judge adjourned sentencing and said he needed “a full psychiatric report”.",
            "Anselm Pryde-Whitaker",
        ),
        (
            "Committee chair Bronwen Tally-Hughes said the plans were “not good enough”.",
            "The chair closed the meeting early and said the council had been “let down”.",
            "Bronwen Tally-Hughes",
        ),
    ],
)
def test_a_role_word_subject_of_a_coordinated_clause(named, sentence, holder):
    assert _speakers(named, sentence) == [holder, holder]


def test_the_coroner_of_two_coroners_named_as_the_plain_cue_gives():
    # (the coordinated clause changes only where the subject is read: of two coroners named,
    # `The coroner recorded ... and said` is who `the coroner said` is, the one named last)
    named = (
        "Area coroner Dr Priya Fenwick-Lowe opened the inquest. Assistant coroner Dr Colm "
        "Ruddock will hear the second."
    )
    coordinated = _speakers(
        named,
        "The coroner recorded a narrative conclusion and said the ward had shown “a culture of "
        "waiting”.",
    )
    plain = _speakers(named, "The coroner said the ward had shown “a culture of waiting”.")
    assert coordinated == plain == ["Colm Ruddock"]


def test_a_modifier_in_ed_is_no_verb_of_the_subject():
    found = _speakers(
        "Area coroner Dr Priya Fenwick-Lowe opened the inquest.",
        "The retired postman and said he was “relieved”.",
    )
    assert found == [None]


@pytest.mark.parametrize(
    ("lead", "person"),
    [
        (
            "Debutant quick Jarrah Pemberton-Lucas took five wickets as Australia beat New "
            "Zealand by 90 runs in Perth.",
            "Jarrah Pemberton-Lucas",
        ),
        (
            "Winger Oisin Gallagher-Reyes scored a hat-trick as Ireland beat South Korea in "
            "a friendly in Dublin.",
            "Oisin Gallagher-Reyes",
        ),
        (
            "Striker Amara Diallo-Voss scored twice as her club beat a side from West Bengal "
            "in the final.",
            "Amara Diallo-Voss",
        ),
    ],
)
def test_a_land_a_compass_point_opens_is_no_one(lead, person):
    found = _speakers(
        lead,
        "The 22-year-old, who was playing for his school a year ago, said he had barely slept. "
        "“I kept checking my phone,” he said.",
    )
    assert found == [person]


def test_a_person_named_after_a_compass_word_is_still_a_person():
    found = _speakers(
        "Kanye Westbrook-Hall, who grew up in South London, opened the show.",
        "“It felt like home,” Westbrook-Hall said.",
    )
    assert found == ["Kanye Westbrook-Hall"]


@pytest.mark.parametrize(
    ("lead", "kin", "verb"),
    [
        (
            "Teenage swimmer Ayo Brandt-Okafor won gold in the 200m butterfly in Glasgow.",
            "Brandt-Okafor's mother, Folake, watched from the gallery.",
            "she told BBC Scotland",
        ),
        (
            "Jockey Ciaran Mulvey-Shaw rode his first winner at Leopardstown on Sunday.",
            "Mulvey-Shaw’s father, Declan, stood by the rail.",
            "he told RTÉ",
        ),
        (
            "Chess prodigy Lena Vasquez-Ohlin, 12, became the youngest champion in Malmö.",
            "Vasquez-Ohlin's grandmother, Birgitta, sat in the front row.",
            "she said",
        ),
    ],
)
def test_a_first_name_after_a_named_owners_family_word_is_that_relative(lead, kin, verb):
    relative = kin.split(", ")[1]
    found = _speakers(
        lead,
        "The Federation said in a statement it was “proud of every athlete”.",
        f"{kin} “I could not watch the last minute,” {verb}. “My hands were over my face.”",
    )
    assert found[1:] == [relative, relative]


def test_a_family_word_inside_a_quote_names_no_relative():
    found = _speakers(
        "Teenage swimmer Ayo Brandt-Okafor won gold in the 200m butterfly in Glasgow.",
        "“Brandt-Okafor's mother, Folake, is the real hero,” said coach Tamsin Reilly.",
        "“She drove her to the pool at five every morning,” she said.",
    )
    assert found == ["Tamsin Reilly", "Tamsin Reilly"]


def test_a_named_owners_family_word_inside_a_clause_is_no_relative():
    found = _speakers(
        "Her co-star, Tobias Renwick-Hale, who plays Nora's husband, Torvald, has known her "
        "for years. “She was fearless at 19,” he says.",
    )
    assert found == ["Tobias Renwick-Hale"]


@pytest.mark.parametrize(
    ("body", "initials"),
    [
        ("Kestrel and Moorside NHS Trust", "KMHT"),
        ("Brackley Valley NHS Foundation Trust", "BVHFT"),
        ("Harrowgate and Wold UK Rowing Association", "HWRA"),
    ],
)
def test_initials_with_one_letter_of_an_inner_acronym_stand_for_the_body(body, initials):
    found = _speakers(
        f"Wards at St Bede’s Hospital will close for a week, the {body} said on Friday.",
        f"{initials} said it would call every family by Saturday. “Nobody will be missed,” it "
        "said.",
    )
    assert found == [body]


def test_initials_that_spell_no_reading_of_the_body_stand_for_no_one():
    found = _speakers(
        "Wards at St Bede’s Hospital will close, the Kestrel and Moorside NHS Trust said.",
        "KMXT said it would call every family by Saturday. “Nobody will be missed,” it said.",
    )
    assert found == ["KMXT"]
