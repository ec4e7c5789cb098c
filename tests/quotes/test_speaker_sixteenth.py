"""Speaker rules of issue 15 (sixteenth round), from the misses of quotes_stress_sixteenth.

Each rule is general (a shape of text, not a sample's words), with several made-up cases.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a role, a comma, then a titled name and its comma before the verb: the name speaks
        (("Its director, Professor Ama Reyes-Kidd, said: “We checked twice.”",), "Ama Reyes-Kidd"),
        (("The chair, Dr. Olu Barnett, said, “Nobody voted.”",), "Olu Barnett"),
        (("Its founder, Sir Colin Aske, told reporters: “It was my fault.”",), "Colin Aske"),
        (("The ward’s matron, Mrs Edna Voss, said: “We coped.”",), "Edna Voss"),
        # without the comma after the name the title's name is not the verb's subject
        (("The director, Professor Ama Reyes-Kidd and her staff said: “We coped.”",), None),
    ],
)
def test_a_titled_name_in_apposition_before_the_verb_speaks(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # an honorific and a first name as a sentence's subject: the full name it opens, for the
        # quote after that sentence and for a pronoun
        (
            (
                "The chair, Sir Malcolm Ferrow, opened the hearing.",
                "Sir Malcolm closed it with a warning. “We will count again.”",
            ),
            "Malcolm Ferrow",
        ),
        (
            (
                "Dame Ottilie Brand, the trust’s chair, opened the new ward.",
                "Dame Ottilie stayed for an hour. “It was worth the wait,” she said.",
            ),
            "Ottilie Brand",
        ),
        (
            (
                "Sir Anand Kavi-Rowe, the museum’s chairman, cut the ribbon on Monday.",
                "Sir Anand was in no mood for speeches.",
                "“Go and look at the paintings,” he told the crowd.",
            ),
            "Anand Kavi-Rowe",
        ),
        (
            (
                "Sir Malcolm Ferrow and Sir Malcolm Oduya sat on the panel.",
                "Sir Malcolm closed the hearing. “We will count again,” he said.",
            ),
            "Malcolm",  # two full names open with it: which one is not known
        ),
    ],
)
def test_an_honorific_and_a_first_name_stand_for_the_full_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # the last two words of a three-word name, written alone after it: two surnames
        (
            (
                "City signed the Portuguese winger Tiago Almeida Ferraz on Friday.",
                "“I am happy,” Almeida Ferraz told the club’s website.",
            ),
            "Tiago Almeida Ferraz",
        ),
        (
            (
                "The Brazilian defender Joana Pires Duarte has retired at 34.",
                "“It was time,” Pires Duarte said. “My knees agreed.”",
            ),
            "Joana Pires Duarte",
        ),
        (
            (
                "The court heard from Mateo García Lorca, the site foreman.",
                "García Lorca said: “Nobody checked the scaffold.”",
            ),
            "Mateo García Lorca",
        ),
        # written before the three-word name, the two words are a name of their own
        (
            (
                "“We lost,” Ann Sutton said on Monday.",
                "Her aunt, Mary Ann Sutton, was at the match.",
                "“We lost again,” Ann Sutton said.",
            ),
            "Ann Sutton",
        ),
    ],
)
def test_two_surnames_alone_find_the_three_word_name_written_before(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a maker named by the plural of what it sells is a business; its first word is it
        (
            (
                "Kessel Toys is recalling 9,000 rattles.",
                "Kessel said it had stopped sales. “We are sorry,” it said.",
            ),
            "Kessel Toys",
        ),
        (
            (
                "Harrowgate Brewing will close its taproom.",
                "“Rents doubled,” Harrowgate said in a post.",
            ),
            "Harrowgate Brewing",
        ),
        (
            (
                "Oakline Furniture has cut 40 jobs at its Leeds plant.",
                "“Orders fell by a third,” Oakline said.",
            ),
            "Oakline Furniture",
        ),
    ],
)
def test_a_maker_named_by_its_goods_is_a_business(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a body's head word in Spanish, Portuguese, Italian, German or French is a body's word:
        # the words after it are no person for a pronoun to take
        (
            (
                "Her co-author Luis Ferrer-Alba, of the Instituto de Óptica de Caldera, built "
                "the model. “It took a year,” he said.",
            ),
            "Luis Ferrer-Alba",
        ),
        (
            (
                "Her co-author Marta Soler, of the Universidad de Ciencias de Valmoro, led the "
                "survey. “It holds,” she said.",
            ),
            "Marta Soler",
        ),
        (
            (
                "His colleague Paulo Reis, of the Universidade Federal de Serra Alta, checked the "
                "data. “It holds,” he said.",
            ),
            "Paulo Reis",
        ),
        (
            (
                "Her curator Luis Ferrer-Alba, of the Museo de Arte Moderno, hung the show. “It "
                "took a year,” he said.",
            ),
            "Luis Ferrer-Alba",
        ),
    ],
)
def test_a_foreign_bodys_head_word_makes_it_a_body(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a short description of a person opens the sentence, then a name and a colon
        (
            "Not all fans agreed. Season-ticket holder Dev Ashby, 61: “We need a left-back.”",
            "Dev Ashby",
        ),
        ("Ticket holder Dev Ashby, 61: “We need a left-back.”", "Dev Ashby"),
        ("Fly-half Rhys Mortimer, 24: “We lost the forward battle.”", "Rhys Mortimer"),
        ("Retired bus driver Olwen Pryce, 72: “They cut the route.”", "Olwen Pryce"),
        # a phrase of time before the name describes nobody: the colon names no one here
        ("In the end Dev Ashby, 61: “We need a left-back.”", None),
    ],
)
def test_a_description_opening_the_sentence_before_a_name_and_a_colon(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a reporting verb's word as a noun in the words another verb reports: no clause of its
        # own, so the quote after the colon is the first verb's subject's
        ("Ines Arko said recalls came too late: “Nobody listened.”", "Ines Arko"),
        (
            "Ines Arko said the notes showed that warnings were ignored: “Nobody listened.”",
            "Ines Arko",
        ),
        ("Ines Arko told the panel the comments were unfair: “Nobody listened.”", "Ines Arko"),
        # a verb with a subject of its own after the first one speaks for that subject
        ("Ines Arko said her deputy, Tom Vale, warns: “Nobody listened.”", "Tom Vale"),
    ],
)
def test_a_reporting_word_used_as_a_noun_is_no_clause(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a consortium and an observatory are bodies: `the consortium said` is the one named
        (
            (
                "Funding came from the Baltic Marine Consortium. “We will pay for two more years,” "
                "the consortium said.",
            ),
            "Baltic Marine Consortium",
        ),
        (
            (
                "Data came from the Kestrel Hill Observatory in Chile.",
                "“Skies were clear for 300 nights,” the observatory said.",
            ),
            "Kestrel Hill Observatory",
        ),
        (
            (
                "The Brannock Deep Field Telescope, operated by the Atlantic Science Consortium, "
                "found it. In a statement, the consortium said the result “settles it.”",
            ),
            "Atlantic Science Consortium",
        ),
    ],
)
def test_a_consortium_or_an_observatory_is_a_body(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a noun for a person's place or work with no agent ending, never given as a role: the
        # person named just before
        (
            (
                "Rovers striker Dion Ackah-Reyes has left on loan until May.",
                "“I need games,” the forward said.",
            ),
            "Dion Ackah-Reyes",
        ),
        (
            (
                "Ilse Marveaux plays the widow, and she is superb. “I grew up on a farm,” the "
                "actress said.",
            ),
            "Ilse Marveaux",
        ),
        (
            (
                "Tomasz Rybak trained in Lyon and now runs the kitchen.",
                "“Butter is not optional,” the chef said.",
            ),
            "Tomasz Rybak",
        ),
        # brought in with `an`, the noun is someone the article does not name
        (
            (
                "Ilse Marveaux plays the widow. An actress in the chorus was less kind.",
                "“It is too long,” the actress said.",
            ),
            None,
        ),
    ],
)
def test_a_persons_work_noun_without_an_agent_ending_points_back(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a bare two-word name that just spoke, then a spokesperson for a body's noun: the name
        # was the body's (as `a company spokesman` after `Stagecoach Manchester said`)
        (
            "Relief Aotearoa said volunteers were out. “People arrive with nothing,” a "
            "spokeswoman for the charity said.",
            "Relief Aotearoa",
        ),
        (
            "Harbour Watch said it had filed a complaint. “The river is dying,” a spokesman for "
            "the group said.",
            "Harbour Watch",
        ),
        (
            "Kestrel Arts said it would close the gallery. “We ran out of money,” a spokesperson "
            "for the trust said.",
            "Kestrel Arts",
        ),
    ],
)
def test_a_bare_name_a_bodys_spokesperson_follows_is_the_body(paragraph, speaker):
    assert _speakers(paragraph)[-1] == speaker


def test_a_person_shown_by_an_age_is_no_body_a_spokesperson_speaks_for():
    speakers = _speakers(
        "Ann Roe, 52, said the ward was full. “We waited six hours,” a spokeswoman for the "
        "hospital said."
    )
    assert speakers[-1] != "Ann Roe"
