"""Speaker attribution rules: pronouns, surnames, carried-over quotes, organisations, roles."""

from __future__ import annotations

import pytest

from api.parser.quotes import QuoteAnalysis, Speaker, analyse_quotes


def _pairs(*paragraphs: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.method) for q in analyse_quotes(paragraphs).quotes]


def test_no_paragraphs_give_an_empty_analysis():
    assert analyse_quotes([]) == QuoteAnalysis((), ())


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“We are ready,” said Jane Doe.", "Jane Doe"),
        ("“We are ready,” Jane Doe said.", "Jane Doe"),
        ("According to Jane Doe, the team was “ready for anything.”", "Jane Doe"),
        ("Jane Doe, who coaches the team, said it was “ready.”", "Jane Doe"),
        ("“We are ready,” Jane Doe told the Herald.", "Jane Doe"),
        ("Jane Doe questioned whether the team was “ready at all.”", "Jane Doe"),
        ("“Not yet,” Jane Doe warned.", "Jane Doe"),
        ("“We are ready,” the Kremlin said.", "Kremlin"),
        ("“We are ready,” a Kremlin spokesperson said.", "Kremlin"),
        ("“We are ready,” the man wrote.", None),
        ("“We are ready,” officials said.", None),
    ],
)
def test_explicit_attribution(paragraph, speaker):
    assert _pairs(paragraph)[0][0] == speaker


def test_surname_resolves_to_the_full_name_introduced_earlier():
    pairs = _pairs(
        "Tom Reyes, a welder at the plant, lost his job in May.",
        "“I had 20 years there,” Reyes said.",
    )
    assert pairs == [("Tom Reyes", "surname")]


def test_surname_used_before_the_full_name_still_resolves():
    pairs = _pairs(
        "“We will fly next year,” Clarke said.",
        "Engineer Ana Clarke, who leads the team, joined in 2019.",
    )
    assert pairs == [("Ana Clarke", "surname")]


def test_she_skips_the_man_who_spoke_last():
    pairs = _pairs(
        "Farmer Rosa Diaz said she lost half her crop. Her neighbor, Luis Vega, said he lost more.",
        "“Nobody is coming to help,” she said.",
    )
    assert pairs == [("Rosa Diaz", "pronoun")]


def test_they_and_it_resolve_to_an_organisation():
    pairs = _pairs(
        "The Harbor Workers Union said talks had failed.",
        "“We will strike on Monday,” they said.",
        "“Nobody wants this,” it said.",
    )
    assert pairs == [("Harbor Workers Union", "pronoun")] * 2


def test_quote_first_paragraph_carries_over_the_last_speaker():
    pairs = _pairs("“We are ready,” said Jane Doe, a coach.", "“We have trained all year.”")
    assert pairs == [("Jane Doe", "explicit"), ("Jane Doe", "carried over")]


def test_quote_first_paragraph_stays_null_when_someone_else_came_between():
    pairs = _pairs(
        "“We are ready,” said Jane Doe, a coach. Team owner Max Field disagreed.",
        "“We have trained all year.”",
    )
    assert pairs == [("Jane Doe", "explicit"), (None, None)]


def test_unnamed_writer_is_not_replaced_by_a_neighbour():
    pairs = _pairs(
        "Dr. Ada Stone treated the patient. “It was rare,” Stone said.",
        "“I feel fine now,” the man wrote. “Better than ever.”",
    )
    assert pairs == [("Ada Stone", "surname"), (None, None), (None, None)]


def test_split_and_running_quotes_are_marked_as_continuing():
    analysis = analyse_quotes(
        [
            "“First,” she said, “second.” “Third.”",
            "“It runs on",
            "“and ends here.”",
        ]
    )
    assert [q.continues for q in analysis.quotes] == [True, False, False, True, False]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "“Yes,” White House press secretary Ann Lee said.",
            Speaker("Ann Lee", "person", "White House press secretary"),
        ),
        (
            "“Yes,” said Ann Lee, a senior fellow at the Carver Institute.",
            Speaker("Ann Lee", "person", "senior fellow at the Carver Institute"),
        ),
        (
            "“Yes,” Ann Lee, who serves as the city's treasurer, said.",
            Speaker("Ann Lee", "person", "city's treasurer"),
        ),
        (
            "The city's treasurer, Ann Lee, said the answer was “yes.”",
            Speaker("Ann Lee", "person", "city's treasurer"),
        ),
        ("“Yes,” said Dr. Ann Lee.", Speaker("Ann Lee", "person", None)),
        (
            "“Yes,” Deputy Secretary of Labor Ann Lee said.",
            Speaker("Ann Lee", "person", "Deputy Secretary of Labor"),
        ),
        (
            "“Yes,” the Ministry of Health said.",
            Speaker("Ministry of Health", "organisation", None),
        ),
    ],
)
def test_speaker_names_kinds_and_roles(paragraph, speaker):
    assert analyse_quotes([paragraph]).speakers == (speaker,)


def test_speakers_are_listed_once_in_order_of_first_quote():
    analysis = analyse_quotes(
        [
            "Mayor Ann Lee met Police Chief Bo Park on Monday.",
            "“Good meeting,” Park said. “Very good,” Lee said. “Agreed,” Park said.",
        ]
    )
    assert [s.name for s in analysis.speakers] == ["Bo Park", "Ann Lee"]


def test_a_quote_after_its_speakers_sentence_takes_that_speaker():
    pairs = _pairs(
        "“We are tired,” said Ida Kerr, a nurse. Her supervisor, Tom Hale, disagreed.",
        "“Nobody is tired.” Kerr shook her head. “He is not on the ward at night.”",
    )
    assert pairs == [("Ida Kerr", "explicit"), (None, None), ("Ida Kerr", "surname")]


def test_a_question_mark_does_not_cut_the_quote_from_its_attribution():
    pairs = _pairs("Mayor Ann Lee spoke first.", "“Who pays for this?” Mr. Otis Grant asked.")
    assert pairs == [("Otis Grant", "explicit")]


def test_two_speakers_of_one_quote_give_no_single_name():
    pairs = _pairs("Coach Ann Lee left early.", "“It's over,” Smith and Jones said.")
    assert pairs == [(None, None)]


def test_carrying_over_stops_at_a_paragraph_that_reports_someone_else():
    pairs = _pairs(
        "“We are ready,” said Jane Doe, a coach.",
        "“We have trained all year.” The report said otherwise.",
    )
    assert pairs == [("Jane Doe", "explicit"), (None, None)]


@pytest.mark.parametrize("said", ["the said", "The said", "said the"])
def test_a_bare_the_as_a_subject_names_no_one(said):
    # (a slip or a cut sentence: no noun to resolve, and no crash looking for one)
    pairs = _pairs("The mayor spoke at length on Monday.", f'"We will win this," {said}.')
    assert pairs == [(None, None)]
