"""Mechanisms of issue 15 after the twenty-first set: a body named by its seat (`Oslo-based X`),
a body's noun made from the verb of its relative clause (`X, which publishes Y` ... `the
publisher`), the name written after a role held in a named body (`said the president of the
X Association, Name`), a body's list of fields whose words are bodies' words (`Department for
Culture, Media and Sport`), a body named only in a possessive (`The X Government's secretary`)
as the one `a spokesman for the government` speaks for after another body spoke, and the other
name a person goes by (`X, who plays under the name Y,` ... `Y said`), and a relative the article
never names as a sentence's subject (`Her husband, who ..., smiled. "...," he said`: nobody), and
a body the article calls by a noun only through a role it owns (`the band's guitarist`): the body
its lead opens with.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers

_AGENCY = (
    'No one was hurt, the Danish Maritime Authority said. "The hull is intact," the agency said.'
)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a seat written before two capitals: the run is a body's name, and `the company` its
        (
            (
                "The ship's owner, Oslo-based Brennan Tankers, said the crew were safe. "
                '"We are relieved," the company said.',
            ),
            "Brennan Tankers",
        ),
        (
            (
                "Lyon-based Vireo Shipping said the crew were safe. "
                '"We are relieved," the firm said.',
            ),
            "Vireo Shipping",
        ),
        # the seat stands inside an apposition: the body still is the sentence's subject
        (
            (
                _AGENCY,
                "The vessel's operator, Bremen-based Kastor Linien, said the Polar Wren had been "
                'bound for Riga. "Our concern is the crew," the company said.',
            ),
            "Kastor Linien",
        ),
    ],
)
def test_a_seat_before_a_name_makes_it_a_body(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a role between the seat and the name: a person, as before
        (
            (
                "Oslo-based designer Ann Lee said the show was late. "
                '"We are relieved," the designer said.',
            ),
            "Ann Lee",
        ),
        (
            (
                "Cork-based farmer Tom Keane said the rain came late. "
                '"It was a hard year," Keane said.',
            ),
            "Tom Keane",
        ),
    ],
)
def test_a_seat_before_a_role_leaves_the_person(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Riftline Games, which publishes Vanguard, said viewers rose. "
                '"Great," the publisher said.',
            ),
            "Riftline Games",
        ),
        (
            (
                "Bellway Toys, which makes the doll, recalled it last week. "
                '"Safety comes first," the maker said.',
            ),
            "Bellway Toys",
        ),
        (
            (
                "Harbour Trust, which operates the port, said the cranes would run again on "
                'Monday. "The berths are clear," the operator said.',
            ),
            "Harbour Trust",
        ),
    ],
)
def test_which_and_a_verb_give_a_body_its_noun(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a verb whose doer is another noun: no noun of the description is made
        (
            "Bellway Toys, which sells the doll, recalled it last week. "
            '"Safety comes first," the maker said.',
        ),
        # the body of the relative clause is not the one that spoke last
        (
            "Morrow Systems, which develops the app, said it had fixed the fault. Kestrel Bank "
            'said it had frozen accounts. "Nobody was hurt," the manufacturer said.',
        ),
    ],
)
def test_which_and_another_verb_give_no_noun(paragraphs):
    assert _speakers(*paragraphs)[-1] is None


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # after the verb: the name after the body's name, not the body, speaks
        (
            '"Nobody should fail a subject," said the president of the Dunmore College Students '
            "Union, Mereana Kohli-Ward.",
            "Mereana Kohli-Ward",
        ),
        (
            '"The gates open at nine," said a spokeswoman for the Ashby Canal Trust, Ruth Okafor.',
            "Ruth Okafor",
        ),
        (
            '"We will appeal," said the chairman of the Wexley Anglers Association, Pat Nolan.',
            "Pat Nolan",
        ),
        # before the verb: a long body's name between the quote and the role's holder
        (
            '"We will appeal," the secretary of the Lower Tarn Allotment Holders Association, '
            "Pat Nolan, said.",
            "Pat Nolan",
        ),
        (
            '"The ferry will run," the director of the Isle of Carna Ferry Company, Ruth Okafor, '
            "said.",
            "Ruth Okafor",
        ),
    ],
)
def test_the_name_after_a_role_in_a_named_body_speaks(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a list after the body: no one name is its role's holder
        '"We support the staff," said the president of the Kinglake Student Association, '
        "Ann Lowe and Tom Hale.",
        # a clause about the body after its name: no name at all
        '"We support the staff," said the president of the Kinglake Student Association, which '
        "has 4,000 members.",
        # no role before the body (`the staff of`): the name is not its holder
        '"We support the staff," said the staff of the Kinglake Student Association, Ann Lowe.',
        # members of several bodies: a real list, no one speaker
        '"We will vote no," members of the Kinglake Student Association, the Carrow Union and '
        "the Elm Guild said.",
    ],
)
def test_no_single_holder_after_a_named_body(paragraph):
    assert _speakers(paragraph) == [None]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a field that is a body's word (`Media`, `Energy`, `Health`) inside the list
        (
            (
                "The Department for Heritage, Media and Tourism said the gallery could decide. "
                '"This is a matter for the trustees," a spokesperson for the department said.',
            ),
            "Department for Heritage, Media and Tourism",
        ),
        (
            (
                "The Ministry of Mines, Energy and Water said the licence was valid. "
                '"The rules were followed," the ministry said.',
            ),
            "Ministry of Mines, Energy and Water",
        ),
        (
            ('"Clinics will stay open," said the Office for Sport, Health and Leisure.',),
            "Office for Sport, Health and Leisure",
        ),
    ],
)
def test_a_field_named_by_a_bodys_word_stays_in_the_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a list of bodies, its last one written with `the`: the first body keeps its own name
        (
            (
                "The Department of Justice, Congress and the White House declined to comment. "
                'Later the department relented. "We are reviewing it," the department said.',
            ),
            "Department of Justice",
        ),
        # no `of`/`for` in the first name: no list of fields, `Energy` is a body of its own
        (
            (
                "Harlow Council, Energy and Sport backed the plan. "
                '"It is overdue," the council said.',
            ),
            "Harlow Council",
        ),
    ],
)
def test_a_list_of_bodies_is_no_list_of_fields(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                'Members of the Dale Growers Union marched in the square. "We are angry," the '
                "union said.",
                "The Harrow Council's planning chief did not meet them. "
                '"The scheme is paused," a spokeswoman for the council said.',
            ),
            "Harrow Council",
        ),
        (
            (
                "The Tarn Ramblers Association set out its objections. "
                '"The path must stay open," the association said.',
                "The Northern Water Authority's engineers inspected the dam on Friday. "
                '"It is safe," a spokesman for the authority said.',
            ),
            "Northern Water Authority",
        ),
        (
            (
                'Kestrel Bank said it had frozen the accounts. "We acted fast," the bank said.',
                "The Carna District Council's leader wrote to the bank. "
                '"We want answers," a spokesperson for the council said.',
            ),
            "Carna District Council",
        ),
    ],
)
def test_a_spokesman_for_a_body_named_in_a_possessive(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # no other body's name holds the noun: the body that spoke last
        (
            (
                "Relief Australia said it would send teams. "
                '"We are ready," a spokeswoman for the charity said.',
            ),
            "Relief Australia",
        ),
        # the body that spoke last is the noun's own: it stays
        (
            (
                "The Harrow Council's planning chief met the union. The Dale Growers Union said "
                'it was pleased. "We are glad," a spokesman for the union said.',
            ),
            "Dale Growers Union",
        ),
        # the noun fits the body that spoke last by its kind (`a shipping company`)
        (
            (
                "Brennan Tankers, a shipping company, said the crew were safe. Harbour "
                'Company\'s boats helped. "We are relieved," a spokesman for the company said.',
            ),
            "Brennan Tankers",
        ),
    ],
)
def test_a_spokesman_for_the_body_that_spoke_last(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The winner, Ann Lee, who races under the name Comet, was tired. Tom Hale came "
                "second.",
                'Comet said she would rest. "I am done," she said.',
            ),
            "Ann Lee",
        ),
        (
            (
                "Ruth Okafor, who writes under the pen name Corvina, was at the festival. Tom "
                "Hale spoke first.",
                '"I am a slow writer," Corvina said.',
            ),
            "Ruth Okafor",
        ),
        (
            (
                "The striker, Pat Nolan, better known as Nolo, scored twice. Tom Hale was furious.",
                '"It was a good night," Nolo said.',
            ),
            "Pat Nolan",
        ),
    ],
)
def test_the_other_name_a_person_goes_by(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `under the coach X`: a person named after `under the`, no other name of the first
        (
            ("Ann Lee, who trained under the coach Tom Hale, won.", '"I am done," Tom Hale said.'),
            "Tom Hale",
        ),
        # a body known by a shorter name: no person's other name
        (
            (
                "Harbour Trust, known as Harbour, runs the port. Tom Hale chairs it.",
                '"We are open," Harbour said.',
            ),
            "Harbour Trust",
        ),
        # `which`: a thing's other name, never a person's
        (
            (
                "The band, which plays under the name Comet, was tired. Tom Hale came second.",
                '"We are done," Comet said.',
            ),
            "Comet",
        ),
    ],
)
def test_no_other_name_of_a_person(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


_LANDOWNER = 'The landowner, Ann Lee, will share the reward. "The school will get it," she said.'


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Tom Hale found the coins.",
            _LANDOWNER,
            'Her husband, who farms the land with her, was more cautious. "We will see," he said.',
        ),
        (
            "Tom Hale found the coins.",
            _LANDOWNER,
            'Her son, who is nine, wanted a bike. "I want a red one," he said.',
        ),
        (
            "Tom Hale found the coins.",
            'Dr Pat Nolan, the finds officer, dated them. "They are old," she said.',
            "His wife, who teaches at the school, was delighted. "
            '"The children are thrilled," she said.',
        ),
    ],
)
def test_an_unnamed_relative_as_a_subject_is_nobody(paragraphs):
    assert _speakers(*paragraphs)[-1] is None


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # the relative was named: they speak
        (
            (
                "Ann Lee and her husband, Tom Hale, run the farm.",
                "Her husband, who farms the land with her, was more cautious. "
                '"We will see," he said.',
            ),
            "Tom Hale",
        ),
        # someone named between the relative and the pronoun
        (
            (
                "Tom Hale found the coins.",
                _LANDOWNER,
                'Her husband was cautious. Her neighbour, Pat Nolan, was not. "We will see," '
                "he said.",
            ),
            "Pat Nolan",
        ),
        # a pronoun of the other sex than the relation's
        (
            (
                "Tom Hale found the coins.",
                _LANDOWNER,
                'Her son, who is nine, wanted a bike. "I want a red one too," she said.',
            ),
            "Ann Lee",
        ),
    ],
)
def test_a_pronoun_past_an_unnamed_relative_that_is_not_them(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def _owned_noun_article(lead: str, noun: str, role: str) -> tuple[str, ...]:
    """A lead naming a body, a role the noun owns, another speaker, then the noun speaking."""
    return (
        lead,
        f'The {noun}\'s {role}, Pat Nolan, said the night was long. "We were rusty," he said.',
        'Ann Lee, the director, was pleased. "It was a great night," she said.',
        f'In a statement, the {noun} said it would "return next summer".',
    )


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            _owned_noun_article(
                "After a long break, Harbour Lights Radio opened the Tarn Festival on Friday.",
                "band",
                "drummer",
            ),
            "Harbour Lights Radio",
        ),
        (
            _owned_noun_article(
                "On a wet night, the Tarn Valley Project played the Kestrel Festival.",
                "group",
                "singer",
            ),
            "Tarn Valley Project",
        ),
        (
            _owned_noun_article(
                "After ten years apart, Northgate Motors played the Kestrel Festival.",
                "band",
                "bassist",
            ),
            "Northgate Motors",
        ),
        (
            _owned_noun_article(
                "On Friday, Cold Harbour Television played a secret show at the Kestrel Festival.",
                "band",
                "singer",
            ),
            "Cold Harbour Television",
        ),
    ],
)
def test_a_noun_owning_a_role_names_the_leads_body(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the lead opens with a person: no body to call `the band`
        _owned_noun_article(
            "Ann Lee watched Harbour Lights Radio open the Tarn Festival on Friday.",
            "band",
            "drummer",
        ),
        # no role owned by the noun anywhere: nothing calls the body so
        (
            "After a long break, Harbour Lights Radio opened the Tarn Festival on Friday.",
            'Pat Nolan said the set was short. "We were rusty," he said.',
            'In a statement, the band said it would "play again next year".',
        ),
    ],
)
def test_no_body_for_a_noun_owning_no_role(paragraphs):
    assert _speakers(*paragraphs)[-1] is None
