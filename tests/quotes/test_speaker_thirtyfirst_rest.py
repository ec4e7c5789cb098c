"""Mechanisms of issue 15 after the thirty-first set's second look: a role tied to its holder by
the text, not by position (a rank of a title gives its noun: `the officer said` of `Sgt X`, `the
detective` of `Det Insp X`, `the pilot` of `Capt. X`); a court role in commas (`X, prosecuting,
told the court Y had ...`) makes X the voice of the `he said` after it, not the man the sentence
reports on.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("title", "holder", "other", "noun"),
    [
        ("Sgt", "Gareth Pennock", "Liam Sowerby", "officer"),
        ("Det Insp", "Alison Marsh-Tully", "Craig Benfield", "detective"),
        ("PC", "Rhian Edevane", "Jordan Oakhurst", "officer"),
        ("Capt.", "Stefan Lindqvist", "Arno Mbeki", "pilot"),
        ("Det Sgt", "Fiona Kettleby", "Dale Mortimer", "officer"),
        ("Pte", "Kofi Asante-Reid", "Bryn Latimer", "soldier"),
    ],
)
def test_a_rank_gives_the_noun_a_description_calls_its_holder(title, holder, other, noun):
    found = _speakers(
        f"{other}, 31, of Mill Road, was jailed on Thursday.",
        f"{title} {holder}, of the county force, said {other} had “shown no remorse”. “He "
        f"will have time to think now,” the {noun} said.",
    )
    assert found == [holder, holder]


def test_a_rank_that_gives_another_noun_is_not_taken():
    # `Dr` is no rank: `the officer` stays with the one the clause before reads
    found = _speakers(
        "Dr Hannah Vescovi, of the county hospital, said Martin Quayle had “been lucky”. "
        "“Another minute and he would have drowned,” the officer said.",
    )
    assert found[1] != "Hannah Vescovi"


@pytest.mark.parametrize(
    ("counsel", "role", "accused", "pronoun"),
    [
        ("Rowan Hartigan", "prosecuting", "Dylan Greaves", "he"),
        ("Imogen Strachey-Bell", "prosecuting", "Callum Redfern", "she"),
        ("Tobias Achterberg", "defending", "Nathan Sproule", "he"),
        ("Priya Ramanathan", "representing the council", "Jake Ormesby", "she"),
        ("Declan Mulgrew", "mitigating", "Owen Sallis", "he"),
    ],
)
def test_a_court_role_in_commas_makes_the_name_the_voice(counsel, role, accused, pronoun):
    found = _speakers(
        f"{accused}, 24, admitted the charge. His van hit a bus shelter in Castle Street.",
        f"{counsel}, {role}, told the court {accused} had been drinking all afternoon. “This "
        f"was entirely avoidable,” {pronoun} said.",
    )
    assert found == [counsel]


def test_the_man_reported_on_speaks_when_the_pronoun_does_not_fit_counsel():
    found = _speakers(
        "Ewan Brodie, 40, admitted the charge.",
        "Ms Clara Whitcombe, prosecuting, told the court Brodie had driven at 70mph. Brodie "
        "later told police: “I was late for work.”",
        "“I did not see the cyclist,” he said.",
    )
    assert found == ["Ewan Brodie", "Ewan Brodie"]


@pytest.mark.parametrize(
    ("place", "named"),
    [
        ("Sir Walter Pryce’s Quay", "Walter Pryce"),
        ("St Brendan’s Hospital", "Brendan"),
        ("Lady Margaret’s Square", "Margaret"),
        ("Bishop Aldous’s Wharf", "Aldous"),
    ],
)
def test_a_possessive_place_gives_no_person_to_a_pronoun(place, named):
    found = _speakers(
        f"The charity, which has offices on {place}, said it had been warned in March. “We "
        "raised this twice with the council,” he said.",
    )
    assert all(speaker is None or named not in speaker for speaker in found)


def test_a_possessive_name_going_on_is_a_person():
    # `Ann Lee’s Park Avenue flat`: more capitals after the place's word, her own home
    found = _speakers(
        "Burglars broke into Ann Lee’s Park Avenue flat on Monday. “They took everything,” "
        "she said."
    )
    assert found == ["Ann Lee"]


@pytest.mark.parametrize(
    ("body", "noun", "pronoun"),
    [
        ("Brenmoor Foods", "spokeswoman", "she"),
        ("Calder Valley Rail", "spokesman", "he"),
        ("Oakhythe Housing Trust", "spokesperson", "they"),
    ],
)
def test_an_unnamed_spokespersons_pronoun_is_the_body(body, noun, pronoun):
    found = _speakers(
        f"{body}, which employs 400 people in the town, said it would appeal. A {noun} said: "
        "“We have co-operated fully for two years.”",
        f"“In the meantime we will comply with the order,” {pronoun} added.",
    )
    assert found == [body, body]


def test_a_person_named_after_the_spokesperson_is_the_pronoun():
    found = _speakers(
        "Brenmoor Foods said it would appeal. A spokesman said: “We have co-operated fully.”",
        "Union organiser Dara Quigley said the workers were angry. “Nobody told us,” she said.",
    )
    assert found == ["Brenmoor Foods", "Dara Quigley"]


@pytest.mark.parametrize(
    ("first", "friend", "job"),
    [
        ("Maureen Ashby", "Colin Fairweather", "retired postman"),
        ("Edna Pollitt", "Wilfred Carradine", "former fireman"),
        ("Gordon Mayhew", "Sheila Brannock", "retired midwife"),
        ("Arthur Quennell", "Dolores Vickery", "retired policewoman"),
    ],
)
def test_a_job_held_before_is_the_person_named_last(first, friend, job):
    found = _speakers(
        f"{first}, 81, was among those the King spoke to. “He asked my name,” they said.",
        f"Her friend {friend}, 77, said the wait had been worth it. “I will never be this close "
        f"again,” the {job} said.",
    )
    assert found[1] == friend


def test_a_former_body_is_no_person():
    found = _speakers(
        "Ivo Marchetti, 60, ran the plant until 2019. The former company said in a statement: "
        "“We have no comment.”"
    )
    assert found != ["Ivo Marchetti"]


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        ("Harrowsmith Air", "airline"),
        ("Kilbride Haulage", "company"),
        ("Marlow Peters Securities", "brokerage"),
        ("Fenwick Freight", "firm"),
    ],
)
def test_a_trade_word_ending_a_name_makes_a_body(body, noun):
    found = _speakers(
        "The safety board said the crew had ignored the warnings.",
        f"{body} said in a statement it had ended the practice. “Safety comes first, and we "
        f"accept the findings,” the {noun} said.",
    )
    assert found == [body]


def test_a_name_with_no_trade_word_stays_a_person():
    found = _speakers(
        "Harriet Airey said in a statement she had ended the practice. “Safety comes first,” "
        "she said.",
    )
    assert found == ["Harriet Airey"]


@pytest.mark.parametrize(
    ("firm", "employer"),
    [
        ("Dunmore Foods", "Halden Peters Securities"),
        ("Oakvale Stores", "Castlebar Brokers"),
    ],
)
def test_a_trade_word_gives_only_its_own_nouns(firm, employer):
    found = _speakers(
        f"{firm} cut its forecast on Tuesday. “Trading was weak,” {firm} said.",
        f"“This is the third warning,” said Ruth Amankwah, who covers retailers at {employer}.",
        "The grocer said it would open new stores. “We are going where our customers are,” the "
        "grocer said.",
    )
    assert found == [firm, "Ruth Amankwah", firm]


@pytest.mark.parametrize(
    ("player", "other", "age", "pronoun"),
    [
        ("Yelena Dvorakova", "Ines Barroso", "27", "she"),
        ("Tomas Albrechtsen", "Ruben Costache", "31", "he"),
        ("Keiko Hanazawa", "Lotte Vermeulen", "19", "she"),
    ],
)
def test_a_participle_after_an_age_description_keeps_its_speaker(player, other, age, pronoun):
    found = _speakers(
        f"{player} lost to {other} in three sets. “It was a hard day,” {player.split()[-1]} said.",
        f"The {age}-year-old said {pronoun} would have a scan before deciding whether to play "
        f"next week, adding that {pronoun} was “not worried, but not stupid either.”",
    )
    assert found == [player, player]


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        ("Corrin Logistics", "company"),
        ("Ashgrove Housing Trust", "trust"),
        ("Tanner Vale Securities", "brokerage"),
    ],
)
def test_a_participle_after_a_body_noun_is_the_body(body, noun):
    found = _speakers(
        f"{body} said on Monday it had filed its results late. “We regret the delay,” {body} said.",
        f"The {noun} raised its forecast for the year, saying demand was “stronger than at any "
        "time since 2019.”",
    )
    assert found == [body, body]


def test_a_participle_after_a_named_subject_keeps_the_name():
    found = _speakers(
        "Corrin Logistics said it had filed late. “We regret the delay,” Corrin Logistics said.",
        "Analyst Maya Roux raised her forecast, saying demand was “stronger than expected.”",
    )
    assert found == ["Corrin Logistics", "Maya Roux"]


@pytest.mark.parametrize(
    ("body", "verb"),
    [
        ("Buckingham Palace", "had asked to see"),
        ("Harwell District Council", "asked to meet"),
        ("Lowmoor Rovers", "had urged to stay for"),
    ],
)
def test_a_request_after_a_partial_quote_reports_no_words(body, verb):
    found = _speakers(
        "The visit drew crowds from before 7am.",
        f"A {body} spokesman said the guest had been “touched by the warmth of the welcome” and "
        f"{verb} the families of the volunteers.",
    )
    assert found == [body]


def test_a_question_asked_to_no_one_is_still_asked():
    found = _speakers(
        "Lena Marsh stared at the flooded field. “What now?” she asked to no one in particular."
    )
    assert found == ["Lena Marsh"]


def test_a_request_with_no_quote_before_it_is_still_read():
    found = _speakers(
        "Lowmoor District Council said it had asked to see the plans a week ago. “We are still "
        "waiting for them,” a spokeswoman said.",
    )
    assert found == ["Lowmoor District Council"]
