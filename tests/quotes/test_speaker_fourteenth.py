"""Speaker rules of issue 15 (fourteenth round), from the misses of quotes_stress_fourteenth.

Each rule is general (a shape of text, not a sample's words), with several made-up cases and
counter-cases that must keep their speaker.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a police rank of two words before a name is the role, no part of the name
        (
            (
                "Detective Constable Rhys Mallender of Dorset Police said the van was stolen.",
                "“It turned up in a field,” he said.",
            ),
            "Rhys Mallender",
        ),
        (
            ("Police Constable Ann Dyer said the car was found. “It was burnt out,” Dyer said.",),
            "Ann Dyer",
        ),
        (("“Nobody should drive tonight,” State Trooper Wes Aldine said.",), "Wes Aldine"),
        (("Special Constable Priya Lund, 24, said: “We knock on every door.”",), "Priya Lund"),
        # the word as a surname after a given name stays in the name
        (("“I paint what I see,” John Constable said.",), "John Constable"),
    ],
)
def test_a_police_rank_is_no_part_of_the_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `quoted X as saying`: the words are the object's, not the subject's
        (
            (
                "Your report quoted the council leader, Ferdinand Oakcroft, as saying the road "
                "was “the only realistic option.” It is not.",
            ),
            "Ferdinand Oakcroft",
        ),
        (
            (
                "A newspaper cited Olaf Brekke, a retired judge, as saying the law was “plainly "
                "broken.”",
            ),
            "Olaf Brekke",
        ),
        (
            (
                "Your article quoted Mayor Dina Roskilde as saying the budget was “balanced for "
                "the first time.”",
            ),
            "Dina Roskilde",
        ),
        # a passive's agent is the one who quotes, and the subject is quoted
        (
            (
                "Prime Minister Vuk Dragan was quoted by the agency Tanpress as saying the "
                "blockade was “unacceptable.”",
            ),
            "Vuk Dragan",
        ),
        (("Ingrid Falk was quoted as saying the deal was “a good start.”",), "Ingrid Falk"),
        # a participle without `quoted ... as` keeps the main clause's subject
        (("Tomas Berg dismissed the plan, saying it was “a fantasy.”",), "Tomas Berg"),
    ],
)
def test_quoted_as_saying_gives_the_words_to_the_object(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # two capitalised words before a role and a name are a body's, not a person's name
        (
            (
                "Kestrel Park boss Ruairi Gallacher was in no mood to talk. Asked about the "
                "referee, he said only: “Ask him, not me.”",
            ),
            "Ruairi Gallacher",
        ),
        (
            (
                "Greyline Research analyst Yasmin Achterhof was unconvinced.",
                "“The price is wrong,” she said.",
            ),
            "Yasmin Achterhof",
        ),
        # the body so named still speaks for itself
        (
            (
                "Kestrel Park manager Ruairi Gallacher was sad.",
                "“We go again,” Kestrel Park said in a statement.",
            ),
            "Kestrel Park",
        ),
        # a person named with a role of her own is still a person
        (
            (
                "Mara Lindqvist, the club's captain, was sad.",
                "“We lost our heads,” she said.",
            ),
            "Mara Lindqvist",
        ),
    ],
)
def test_two_words_owning_a_role_name_a_body(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `X of the service’s Y office said`: the name after a possessive is in X's `of` phrase
        (
            (
                "“The ground was soaked,” meteorologist Travis Whitlock-Ames of the service’s "
                "Jackson office said.",
            ),
            "Travis Whitlock-Ames",
        ),
        (("“Stay home,” Lena Ortiz of the council's Highways Department said.",), "Lena Ortiz"),
        (("“Stay home,” Lena Ortiz at the agency’s Denver office said.",), "Lena Ortiz"),
        # a body owned by a possessive and speaking for itself is still the speaker
        (("“Stay home,” the city’s Highways Department said.",), "Highways Department"),
        (("“Stay home,” Lena Ortiz of Denver said.",), "Lena Ortiz"),
    ],
)
def test_a_name_after_a_possessive_in_an_of_phrase_is_not_the_subject(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `A Y spokeswoman, X,`: an indefinite role before a comma and a name is X's role too
        (
            (
                "A Quillbright spokeswoman, Talia Brennecke, said the device would ship.",
                "Analysts were cautious.",
                "“We are not chasing rivals,” the spokeswoman said.",
            ),
            "Talia Brennecke",
        ),
        (
            (
                "A spokesman, Pell Arvidsen, said the plant would close.",
                "“Nobody will lose a pension,” the spokesman said.",
            ),
            "Pell Arvidsen",
        ),
        # inside a sentence, as an object, it was read so already and still is
        (
            (
                "The family hired a lawyer, Jon Pale, last week.",
                "“We will fight this,” the lawyer said.",
            ),
            "Jon Pale",
        ),
    ],
)
def test_an_indefinite_role_before_a_comma_and_a_name_is_the_role(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `Mrs/Ms/Mr Surname` among namesakes: the title's sex chooses between them
        (
            (
                "Brendan Varnhagen, 58, his wife, Colette Varnhagen, 54, and their son, Kieran "
                "Varnhagen, 31, denied fraud.",
                "Kieran Varnhagen said he believed the work was genuine. “I did what he told "
                "me,” he said.",
                "His mother told the court she never looked at the accounts. “Brendan did the "
                "books,” Mrs Varnhagen said.",
            ),
            "Colette Varnhagen",
        ),
        (
            (
                "Ann Baird and her brother, Tom Baird, run the farm.",
                "Tom Baird said the price fell. “We lose money,” he said.",
                "“We will stay,” Ms Baird said.",
            ),
            "Ann Baird",
        ),
        (
            (
                "Ana Roe, a judge, and her husband, Piet Roe, own the mill.",
                "Ana Roe said the roof leaked. “It rains inside,” she said.",
                "“We will fix it,” Mr Roe said.",
            ),
            "Piet Roe",
        ),
        # one namesake, or the latest one of the title's sex: as before
        (("Ann Baird runs the farm.", "“We will stay,” Mrs Baird said."), "Ann Baird"),
        (
            (
                "Ann Baird and her brother, Tom Baird, run the farm.",
                "Ann Baird said the price fell. “We lose money,” she said.",
                "“We will stay,” Ms Baird said.",
            ),
            "Ann Baird",
        ),
    ],
)
def test_a_title_of_one_sex_chooses_among_namesakes(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # `the lead author` is the one whose role says they led the study, past a co-author
        (
            (
                "“The moss survived,” said Mira Sand, a biologist at Nordby University who led "
                "the study.",
                "Her co-author, Dr. Jens Aal, was cautious. “One sample is not a trend,” he said.",
                "“We will go back next year,” the lead author said.",
            ),
            "Mira Sand",
        ),
        (
            (
                "“The ice is thinning,” said Dr. Ana Kovac, a glaciologist who headed the "
                "research team.",
                "Her co-author, Jens Aal, disagreed. “It will stabilise,” he said.",
                "“We will go back,” the lead researcher said.",
            ),
            "Ana Kovac",
        ),
        # a role written as `lead author` was read so already and still is
        (
            (
                "The lead author, Mira Sand, presented the data.",
                "Her co-author, Dr. Jens Aal, was cautious. “One sample is not a trend,” he said.",
                "“The effect is real,” the lead author said.",
            ),
            "Mira Sand",
        ),
    ],
)
def test_the_lead_author_is_who_led_the_study(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a business's last word (`Logistics`, `Electronics`, `Therapeutics`) makes it a company
        (
            (
                "Terminal operator Halden Bulk Logistics said in a statement that it would help. "
                "“Safety inspections were carried out,” the company said.",
            ),
            "Halden Bulk Logistics",
        ),
        (
            ("Harrow Electronics said sales fell. “Demand will return,” the company said.",),
            "Harrow Electronics",
        ),
        (
            ("Mott Therapeutics said the trial ended. “We will publish the data,” the firm said.",),
            "Mott Therapeutics",
        ),
        # a ministry is still no company, and a company's suffix still makes one
        (
            ("The Ministry of Health said it was ready. “We have vaccines,” the company said.",),
            None,
        ),
        (("Orbis Inc. said sales fell. “Demand will return,” the company said.",), "Orbis Inc."),
    ],
)
def test_a_business_word_ending_a_name_makes_it_the_company(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a body's last words ending in a body's word stand for the body named in full
        (
            (
                "Harrowfield Rovers host Kestrel Park tonight.",
                "Rovers said their captain was fit. “Tobin starts,” the club said.",
            ),
            "Harrowfield Rovers",
        ),
        (
            ("Harrowfield Rovers host Kestrel Park tonight.", "“Tobin starts,” Rovers said."),
            "Harrowfield Rovers",
        ),
        (
            ("Harwick City Council approved the plan.", "“We listened,” the City Council said."),
            "Harwick City Council",
        ),
        # two bodies joined by `and` lend neither their ending; a body with `of` as before
        (
            (
                "Big Machine and Dick Clark Productions were sued.",
                "“We never agreed,” Dick Clark Productions said.",
            ),
            "Dick Clark Productions",
        ),
        (
            ("The Port Authority of Kellerby met.", "“We will dredge,” the Authority said."),
            "Port Authority of Kellerby",
        ),
    ],
)
def test_a_body_s_ending_stands_for_its_full_name(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker
