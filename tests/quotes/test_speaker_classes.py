"""Speaker classes of issue 15, each with several made-up cases: names, roles, references."""

from __future__ import annotations

import pytest

from api.parser.quote_people import find_mentions
from api.parser.quotes import analyse_quotes
from tests.quotes.helpers import speakers as _speakers


def _kinds(*paragraphs: str) -> dict[str, str]:
    return {s.name: s.kind for s in analyse_quotes(paragraphs).speakers}


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“We regret it,” said Orvane chief executive Mila Strand.", "Mila Strand"),
        ("“We lost,” said Harbury manager Tomas Leid.", "Tomas Leid"),
        ("“We are ready,” Kestrel Radio’s Ona Brill said.", "Ona Brill"),
        ("“We are ready,” Mila Strand's husband Aron Strand said.", "Aron Strand"),
        ("“We are ready,” Rep. Dara Quill (D-Ore.) said.", "Dara Quill"),
        ("Sen. Dara Quill (R-Utah) told reporters: “We are ready.”", "Dara Quill"),
    ],
)
def test_a_role_or_an_owner_before_the_name_stays_out_of_it(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“We are ready,” Arlo Penn Jr. said.", "Arlo Penn Jr."),
        ("“We are ready,” said Dorian Vale III.", "Dorian Vale III"),
        ("“It was a long night,” said novelist Carole King.", "Carole King"),
        ("“It was a long night,” Ida Bishop said.", "Ida Bishop"),
    ],
)
def test_a_name_keeps_its_suffix_and_a_surname_that_is_also_a_title(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


def test_a_surname_finds_the_name_written_with_a_suffix():
    speakers = _speakers(
        "Arlo Penn Jr., who runs the ferry, was fined in May.",
        "“It was not my fault,” Penn said.",
    )
    assert speakers == ["Arlo Penn Jr."]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("He Jian said the samples were “clean and complete.”",),
        ("Chemist He Jian led the study.", "“The samples were clean,” He Jian said."),
        ("“The samples were clean,” said He Jian, who led the study.",),
    ],
)
def test_the_surname_he_before_a_given_name_is_a_name(paragraphs):
    assert _speakers(*paragraphs) == ["He Jian"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Hosting Pell said the night was “a delight.”", "Pell"),
        ("Speaking Marlow told the crowd it was “the last time.”", "Marlow"),
        ("Sterling Oduya said the night was “a delight.”", "Sterling Oduya"),
    ],
)
def test_a_participle_opening_a_sentence_is_no_first_name(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“We stand firm,” the People’s Courier said.", "People’s Courier"),
        (
            "On Monday, the People’s Tribune, the party paper, warned of “hard times.”",
            "People’s Tribune",
        ),
        ("The Children's Trust said it was “deeply worried.”", "Children's Trust"),
    ],
)
def test_a_common_owner_opens_an_organisation_name(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]
    assert _kinds(paragraph) == {speaker: "organisation"}


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (("“The tour was worth every penny.”", "– Bea R."), ["Bea R."]),
        (("“Loved it! Would go again.”", "— Tor** Ek***"), ["Tor** Ek***"]),
        (
            ("“Kind staff.” “Great view.”", "– Ines Moll, a visitor from Lyon"),
            ["Ines Moll", "Ines Moll"],
        ),
        (("“The tour was worth every penny,” a guest said.", "– Bea R."), [None]),
        (("“The tour was worth every penny.” We agree.", "– Bea R."), [None]),
    ],
)
def test_a_credit_line_names_the_quote_above_it(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


def test_a_body_takes_the_fuller_name_of_its_credit_line():
    paragraphs = (
        "Harbury said in a statement: “We welcome Ana to the club.”",
        "— Harbury Wanderers (@harbury) March 3, 2021",
    )
    assert _speakers(*paragraphs) == ["Harbury Wanderers"]
    assert _kinds(*paragraphs) == {"Harbury Wanderers": "organisation"}


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Orla Finch will coach the national team.",
            "Finch's agents had talked for weeks.",
            "The 48-year-old said: “This is the job I wanted.”",
        ),
        (
            "Orla Finch will coach the national team. The deal ran for weeks before Finch signed.",
            "“This is the job I wanted,” the 48-year-old said.",
        ),
        (
            "Orla Finch will coach the national team. The deal ran for weeks before Finch signed.",
            "“This is the job I wanted,” the 48-year-old coach said.",
        ),
        (
            "Orla Finch will coach the national team. Finch, 48, signed on Monday.",
            "“This is the job I wanted,” the 48-year-old mother told reporters.",
        ),
    ],
)
def test_an_age_points_to_the_person_named_last_by_surname(paragraphs):
    assert _speakers(*paragraphs) == ["Orla Finch"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The Ministry of Fisheries set new quotas on Monday.",
                "“The stocks are low,” the ministry said.",
            ),
            "Ministry of Fisheries",
        ),
        (
            (
                "Physicians for Clean Air wrote to the council.",
                "“The air is unsafe,” the physicians said in the letter.",
            ),
            "Physicians for Clean Air",
        ),
        (
            (
                "Doctors for Clean Air wrote to the council.",
                "“The air is unsafe,” the physicians stated in the letter.",
            ),
            "Doctors for Clean Air",
        ),
        (
            ("Tallow Records sued the singer in May.", "“We were surprised,” the label said."),
            "Tallow Records",
        ),
        (
            ("The Harbor Board met on Friday.", "“Dredging starts in June,” the board said."),
            "Harbor Board",
        ),
    ],
)
def test_a_common_noun_names_the_body_introduced_earlier(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]
    assert _kinds(*paragraphs) == {speaker: "organisation"}


def test_a_body_described_as_subject_speaks_in_the_statement_that_follows():
    speakers = _speakers(
        "Singer Lia Moss said her former label, Quarry Lane Records, had blocked her tour.",
        "On Friday, Moss accused Quarry Lane of hiding her royalties.",
        "The company denied the claims in a statement posted online.",
        "“We have paid every cent we owe,” the statement read. “Our books are open.”",
        "“We hope to settle this privately,” the statement concluded.",
    )
    assert speakers == ["Quarry Lane Records", "Quarry Lane Records", "Quarry Lane Records"]


def test_a_short_form_of_a_known_body_is_no_person():
    analysis = analyse_quotes(
        (
            "Quarry Lane Records issued a statement on Monday.",
            "“We stand by our artists,” Quarry Lane said.",
        )
    )
    assert [q.speaker for q in analysis.quotes] == ["Quarry Lane Records"]
    assert [s.kind for s in analysis.speakers] == ["organisation"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We disagree,” the studio said in a statement to Valley Weekly. “The deal stands.”",
        "“We disagree,” the studio told Anna Berg of the Courier. “The deal stands.”",
        "“We disagree,” the studio said in an interview with Radio North. “The deal stands.”",
    ],
)
def test_a_name_told_the_words_does_not_break_a_carried_quote(paragraph):
    speakers = _speakers("Lumen Pictures cut the film.", paragraph)
    assert speakers == ["Lumen Pictures", "Lumen Pictures"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“Rates will fall,” Omar Hadi, Head of Research at Lantern Capital said.", "Omar Hadi"),
        ("“Rates will fall,” Omar Hadi, an analyst with Brisk Securities said.", "Omar Hadi"),
        ("“Rates will fall,” PM Ravi Anand said.", "Ravi Anand"),
        ("“Rates will fall,” a spokeswoman for Lantern Capital said.", "Lantern Capital"),
    ],
)
def test_the_name_before_an_unclosed_appositive_is_the_subject(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Officials said the bridge was “safe for now.”", None),
        ("“The bridge is safe,” Engineers wrote in the report.", None),
        ("“The bridge is safe,” the Chiefs said in a statement.", "Chiefs"),
    ],
)
def test_a_plural_role_is_no_speaker_name(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“The road is closed,” Ada Voss of Brightline Transit said.", "Ada Voss"),
        ("“The road is closed,” officials in Marrow County said.", None),
        ("“The road is closed,” a spokesman for Brightline Transit said.", "Brightline Transit"),
    ],
)
def test_a_name_after_a_preposition_is_not_the_subject(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


def test_a_charity_is_the_foundation_named_before():
    speakers = _speakers(
        "The Fennel Foundation, a charity, pays for the shelter.",
        "“We are proud of it,” the charity said.",
    )
    assert speakers == ["Fennel Foundation"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“We will appeal” — Ida Marsh said.", "Ida Marsh"),
        ("“We will appeal” — said Ida Marsh.", "Ida Marsh"),
        ("Police said Ivo Brandt phoned the clinic and said “I am coming back.”", "Ivo Brandt"),
        (
            "The court heard that Ivo Brandt left at noon and told staff “it was over.”",
            "Ivo Brandt",
        ),
    ],
)
def test_a_dash_or_a_reported_clause_before_the_verb(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


def test_a_quote_carries_on_past_an_embedded_post():
    speakers = _speakers(
        "Harbury said in a statement: “Ana is one of the best coaches in the league.",
        "“She has won titles in three countries.",
        "Club statement",
        "— Harbury Wanderers (@harbury) March 3, 2021",
        "“She starts on Monday.”",
    )
    assert speakers == ["Harbury Wanderers"] * 3


def test_a_quote_after_a_short_line_with_a_new_name_is_not_carried():
    speakers = _speakers(
        "Harbury said in a statement: “Ana is one of the best coaches in the league.”",
        "Photo: Ivo Brandt",
        "“She starts on Monday.”",
    )
    assert speakers == ["Harbury", None]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            (
                "Mayor Lena Vos met the union chief, Piet Maas, on Monday.",
                "“We are close,” she said.",
                "“Not that close,” he replied.",
            ),
            ["Lena Vos", "Piet Maas"],
        ),
        (
            ("When Ines Kalb arrived, the ward was full.", "“There were no beds,” she said."),
            ["Ines Kalb"],
        ),
        (
            (
                "Kalb told the board the plan was “a mistake.” Members disagreed.",
                "“It is a mistake,” she repeated.",
            ),
            ["Kalb", "Kalb"],
        ),
        (
            (
                "Ines Kalb, a nurse, runs the ward.",
                "Patients wait for hours.",
                "",
                "“We have no beds,” she said.",
            ),
            ["Ines Kalb"],
        ),
    ],
)
def test_a_pronoun_finds_the_person_named_before_across_sentences_and_paragraphs(
    paragraphs, speakers
):
    assert _speakers(*[p for p in paragraphs if p]) == speakers


def test_a_lone_name_taken_for_a_body_is_a_person_once_she_speaks():
    kinds = _kinds("Kalb told the board the plan was “a mistake.”", "“It is a mistake,” she said.")
    assert kinds == {"Kalb": "person"}


def test_a_quote_that_ends_its_sentence_keeps_the_clause_before_it():
    speakers = _speakers(
        "Lumen Pictures cut the film.",
        "The statement claimed that Lumen had “come to terms with the cast.”"
        " The deal maintained the fees.",
    )
    assert speakers == ["Lumen Pictures"]


@pytest.mark.parametrize(
    "quote",
    [
        "“We are making hard choices,” a company spokesperson said.",
        "A spokesperson for the company said: “We are making hard choices.”",
        "“We are making hard choices,” the company said in a statement.",
    ],
)
def test_a_company_spokesperson_speaks_for_the_company_named_as_a_subject(quote):
    speakers = _speakers(
        "RoamDesk cut 900 jobs on Thursday. Shares of RoamDesk fell 8%.",
        quote,
    )
    assert speakers == ["RoamDesk"]


@pytest.mark.parametrize(
    "first",
    [
        "Oregon sued RoamDesk on Monday. Shares fell in Oregon.",  # a place
        "Rents fell on Monday. Prices rose.",  # capitals only where sentences open
    ],
)
def test_a_place_or_a_sentence_opening_word_is_no_company(first):
    assert _speakers(first, "“We are making hard choices,” a company spokesperson said.") == [None]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            (
                "Jim Orr has farmed the valley for 40 years. He has seen droughts before.",
                "“This one is different. The wells are dry.”",
            ),
            ["Jim Orr"],
        ),
        (
            ("“It never works,” Jim Orr said.", "Ana Sola disagreed.", "“It worked for us.”"),
            ["Jim Orr", "Ana Sola"],
        ),
        (
            ("Jim Orr has farmed the valley for 40 years. He met Ana Sola in May.", "“It is dry.”"),
            [None],  # someone else was named after him
        ),
    ],
)
def test_a_quote_paragraph_after_a_person_introduced_is_theirs(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (("Acme chief executive Nia Holt: “We regret it.”",), ["Nia Holt"]),
        (("Nia Holt, the mayor: “We regret it.”",), ["Nia Holt"]),
        (("Nia Holt met the press on Monday. Her verdict: “We regret it.”",), ["Nia Holt"]),
        (("Ms. Nia Holt met the press.", "His reply was short: “No.”"), [None]),
        (("Nia Holt met the press. Her husband was blunt: “No.”",), [None]),
    ],
)
def test_a_name_or_an_owned_reply_before_a_colon(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Commenting on the results, Ravi Menon, MD, Tessel Capital said, “Demand is strong.”",
            "Ravi Menon",
        ),
        ("Asha Pillai, VP - Research, Corvin Broking said “demand is strong.”", "Asha Pillai"),
        (
            "“Demand is strong,” Asha Pillai, Head of Research, Corvin Broking told the paper.",
            "Asha Pillai",
        ),
        ("When Asha Pillai left, Corvin Broking said it was “sad.”", "Corvin Broking"),
    ],
)
def test_a_title_and_a_body_after_a_name_without_a_closing_comma(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Senator Ola Brandt issued a statement on Monday.",
                "“We will act,” the statement said.",
            ),
            "Ola Brandt",
        ),
        (("Ms. Ola Brandt spoke on Monday.", "“We will act,” her statement read."), "Ola Brandt"),
        (
            ("Teller Bank wrote to its clients.", "“Rates will rise,” the letter said."),
            "Teller Bank",
        ),
        (
            ("Teller Bank Ltd. cut 300 jobs.", "“We will act,” its statement read."),
            "Teller Bank Ltd.",
        ),
    ],
)
def test_a_document_speaks_for_whoever_wrote_it(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“We will win the league.” — Cleo Marsh", "Cleo Marsh"),
        ("“We will win the league.” – Cleo Marsh, captain of Harbury Wanderers", "Cleo Marsh"),
        ("“We will win the league,” — Cleo Marsh.", "Cleo Marsh"),
        ("“We will win the league.” We agree. — Cleo Marsh", None),
    ],
)
def test_a_credit_after_the_quote_in_its_own_paragraph(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("“I did nothing wrong,” Brandt, 55, of Lowell, told agents.", "person"),
        ("“We did nothing wrong,” Corvane said in a statement.", "organisation"),
    ],
)
def test_a_lone_name_with_an_age_is_a_person(paragraph, kind):
    assert list(_kinds(paragraph).values()) == [kind]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("Premier Zhao Lin spoke on Monday.", "“We are ready,” Zhao said."), "Zhao Lin"),
        (("Ada Stone and Ada Vick spoke.", "“We are ready,” Ada said."), "Ada"),
    ],
)
def test_a_first_word_finds_the_one_full_name_it_opens(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        (
            ("Jim Orr said the plan, which Ana Sola drew up, was flawed.", "“It will fail.”"),
            ["Jim Orr"],
        ),
        (
            ("“It will fail,” Jim Orr said of the plan Ana Sola drew up.", "“Nobody asked us.”"),
            ["Jim Orr", "Jim Orr"],
        ),
        (
            ("“It will fail,” Jim Orr said. Then Ana Sola stood up.", "“Nobody asked us.”"),
            ["Jim Orr", None],
        ),
    ],
)
def test_names_in_the_speakers_own_sentence_do_not_stop_a_carried_quote(paragraphs, speakers):
    assert _speakers(*paragraphs) == speakers


def test_a_name_spoken_of_does_not_break_a_carried_quote():
    speakers = _speakers("“He played hard,” Ida Marsh said of Tom Vale. “He always does.”")
    assert speakers == ["Ida Marsh", "Ida Marsh"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“We regret it,” a spokesman for Orbis Corp. said.", "Orbis Corp."),
        ("“We regret it,” a spokeswoman for the Kremlin said.", "Kremlin"),
        ("Downing Street said it was “a shame.”", "Downing Street"),
    ],
)
def test_a_body_named_after_its_spokesperson_or_opening_a_sentence(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]
    assert _kinds(paragraph) == {speaker: "organisation"}


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“We regret it,” ride-hailing company Zoomly Rides said.", "Zoomly Rides"),
        ("Her former label, Quarry Lane, said the claims were “false.”", "Quarry Lane"),
    ],
)
def test_a_name_after_a_body_noun_is_an_organisation(paragraph, speaker):
    assert _kinds(paragraph) == {speaker: "organisation"}


def test_a_sentence_opening_phrase_is_no_speaker():
    speakers = _speakers("Moving forward, Ana Sola has a new deal and will say: “We are free.”")
    assert speakers == ["Ana Sola"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“We regret it,” WHO Director-General Amara Teko Bello said.", "Amara Teko Bello"),
        ("“We regret it,” Roe, the Orvane CEO, said.", "Roe"),
        ("“We regret it,” the Orvane CEO said.", None),
    ],
)
def test_an_acronym_owner_and_a_title_after_a_body(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


def test_a_product_name_is_no_fuller_name_for_its_maker():
    speakers = _speakers("Orbly Maps added a feature.", "“We like it,” Orbly said.")
    assert speakers == ["Orbly"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ["Pol Reyes spoke first. The memo relayed orders from Reyes to “hold the line”."],
            "Pol Reyes",
        ),
        (
            ["Aide Mila Strand wrote it. It carried Strand's orders to “hold the line”."],
            "Mila Strand",
        ),
        (
            [
                "Ona Brill ran the port.",
                "Staff followed a directive issued by Brill to “stop all work”.",
            ],
            "Ona Brill",
        ),
        (
            ["Tomas Leid took office in May, with a pledge by Leid to “clean up the river”."],
            "Tomas Leid",
        ),
    ],
)
def test_the_owner_of_a_noun_for_words_speaks_them(paragraphs, speaker):
    """`orders from Reyes to “...”`: with no verb, the owner of the words speaks them."""
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ["Shares of Northwind fell 4% on Friday.", "“We expect a rebound,” the company said."],
            "Northwind",
        ),
        (["The game was released by Corvel in May.", "“It sold well,” the firm said."], "Corvel"),
        (
            ["Staff at Brightline walked out.", "“Talks go on,” the company said in a statement."],
            "Brightline",
        ),
        (["The mayor of Paris spoke.", "“We expect a rebound,” the company said."], None),
        (["Ann Lee met Strand on Friday.", "“We expect a rebound,” the company said."], None),
    ],
)
def test_the_company_is_a_lone_name_shown_to_be_a_business(paragraphs, speaker):
    """`Shares of Northwind ... the company said`: no body named, the words say which is one."""
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Jane Roe spoke after her husband, Tom Roe, was freed.",
                "“I never lost hope,” she said.",
            ],
            "Jane Roe",
        ),
        (
            ["Ona Brill thanked her mother, Ana Brill.", "“She taught me everything,” Brill said."],
            "Ona Brill",
        ),
        (
            [
                "Tom Vale was charged. His sister, Ada Vale, spoke outside.",
                "“He is no thief,” she said.",
            ],
            "Ada Vale",
        ),
        (
            [
                "Ona Brill's lawyer, Pol Reyes, filed the motion.",
                "“My client is innocent,” he said.",
            ],
            "Pol Reyes",
        ),
        (["Mr. Reyes, 54, founded the firm.", "“I never planned this,” he said."], "Reyes"),
        (["Mr. Reyes met Ms. Brill on Monday.", "“We are full every day,” she said."], "Brill"),
    ],
)
def test_a_relative_an_owner_or_an_honorific_tells_who_a_pronoun_is(paragraphs, speaker):
    """`her husband, Tom Roe,` is a man; `Brill's lawyer, Reyes,` is the subject, not Brill."""
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (["Kestrel Bank posted a loss.", "“We will recover,” the lender said."], "Kestrel Bank"),
        (
            [
                "The Medical Association of Orvane wrote to us.",
                "“Clinics close,” the doctors wrote.",
            ],
            "Medical Association of Orvane",
        ),
        (
            [
                "Doctors for Clean Air wrote to us.",
                "“Clinics close,” the physicians stated in the letter.",
            ],
            "Doctors for Clean Air",
        ),
        (
            ["The Orvane Bar Association sued.", "“The law is void,” the lawyers said."],
            "Orvane Bar Association",
        ),
        (
            ["Officials at the Orvane Water Board met.", "“It is safe,” they said in a statement."],
            "Orvane Water Board",
        ),
        (
            ["Researchers from Kestrel University published it.", "“It is real,” they wrote."],
            "Kestrel University",
        ),
        (["Officials met on Tuesday.", "“It is safe,” they said in a statement."], None),
        (
            ["The statement from the Orvane Ministry of Health was short.", "“Stay in,” it read."],
            "Orvane Ministry of Health",
        ),
        (
            ["A letter by the Orvane Bar Association went out.", "“The law is void,” it said."],
            "Orvane Bar Association",
        ),
    ],
)
def test_members_or_a_kind_of_body_point_to_the_body_named_before(paragraphs, speaker):
    """`the doctors wrote` after a medical association; `they` after `Officials at the Board`."""
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“The plan failed,” according to a report by the Harbury Council.", "Harbury Council"),
        (
            "The river rose “faster than ever,” according to new data from the Orvane Water Board.",
            "Orvane Water Board",
        ),
        ("According to a statement from Kestrel Bank, the loss was “manageable.”", "Kestrel Bank"),
        ("“It is over,” according to the study.", None),
    ],
)
def test_a_work_speaks_for_the_body_that_made_it(paragraph, speaker):
    """`according to a report by the Harbury Council`: the council, not the report."""
    assert _speakers(paragraph) == [speaker]


def test_an_article_quoting_with_single_marks_has_its_speakers():
    """British style: `‘...,’ Ruiz said.` finds the quotes and speakers double marks would."""
    paragraphs = [
        "‘We will not back down,’ Kestrel mayor Ana Ruiz said on Monday.",
        "She added that the players’ union had ‘no say’ in the matter.",
        "‘The vote is final,’ she said. ‘Nobody will change it.’",
    ]
    found = [(q.text, q.speaker) for q in analyse_quotes(paragraphs).quotes]
    assert found == [
        ("We will not back down,", "Ana Ruiz"),
        ("no say", "Ana Ruiz"),
        ("The vote is final,", "Ana Ruiz"),
        ("Nobody will change it.", "Ana Ruiz"),
    ]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("Fenna van Dijk runs the yard.", "“We are full,” Van Dijk said."), "Fenna van Dijk"),
        (("Forward Luc St. Amand scored.", "“It went in,” said St. Amand."), "Luc St. Amand"),
        (
            ("Fisherman Nilo Dela Paz, 50, lost his boat.", "“It is gone,” Dela Paz said."),
            "Nilo Dela Paz",
        ),
        (
            ("Cellist Ana Della Corte played.", "“It was cold,” Della Corte said."),
            "Ana Della Corte",
        ),
    ],
)
def test_a_surname_with_its_particle_finds_the_full_name_in_any_case(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


def test_a_follow_on_quote_after_a_particle_surname_keeps_its_speaker():
    speakers = _speakers(
        "Guard Remy St. Clair, who had ten points, was pleased.",
        "“It was loud,” added St. Clair. “Loudest yet.”",
    )
    assert speakers == ["Remy St. Clair", "Remy St. Clair"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "According to Siti Aminah Rahmawati, a nurse, it was worse. “It is bad,” she said.",
            "Siti Aminah Rahmawati",
        ),
        (
            "“It is bad,” according to Maria Luisa Ferreira, who runs the clinic.",
            "Maria Luisa Ferreira",
        ),
        ("“Yes,” Undersecretary of State Ann Lee said.", "Ann Lee"),
        ("“Yes,” envoy to Peru Ana Ruiz Soto said.", "Ruiz Soto"),
    ],
)
def test_only_a_title_before_to_or_of_is_left_out_of_a_three_word_name(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ode spoke to The Harbury Courier in 1998.", "Harbury Courier"),
        ("“I built it,” he told The Daily Lantern Review in 1998.", "Daily Lantern Review"),
        ("In an interview with The Chicago Lantern, he said so.", "Chicago Lantern"),
    ],
)
def test_a_capital_the_inside_a_sentence_opens_a_paper_not_a_person(text, name):
    kinds = {m.name: m.kind for m in find_mentions(text)}
    assert kinds[name] == "org"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Jon Ode died on Friday.",
                "It was confirmed by his daughter, Mia Ode Lind.",
                "“He worked,” she said.",
            ),
            "Mia Ode Lind",
        ),
        (
            (
                "Kai Brant sold the mill.",
                "The sale was handled by his wife, Rosa Brant Vale.",
                "“It hurt,” she said.",
            ),
            "Rosa Brant Vale",
        ),
        (
            (
                "Lee Sorel left in May.",
                "Her son, Tomas Sorel Ruiz, took over.",
                "“It is mine now,” he said.",
            ),
            "Tomas Sorel Ruiz",
        ),
    ],
)
def test_a_pronoun_takes_a_person_whose_role_gives_its_gender_over_one_of_unknown_gender(
    paragraphs, speaker
):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We built it,” said Cobalt’s co-founder, Ji-woo Park. “We will show it.”",
        "“We built it,” said Orvane's chief operating officer, Ji-woo Park. “We will show it.”",
        "“We built it,” said the club’s new head coach, Ji-woo Park. “We will show it.”",
    ],
)
def test_said_an_owners_role_then_a_name_gives_the_name(paragraph):
    assert _speakers(paragraph) == ["Ji-woo Park", "Ji-woo Park"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“It fell,” said Ana Ruiz, an analyst at Kestrel Securities. “It will fall again.”",
        "“It fell,” said Ana Ruiz, a spokeswoman for Harbury Foods. “It will fall again.”",
        "“It fell,” Ana Ruiz, a trader at Lantern Capital Markets, said. “It will fall again.”",
    ],
)
def test_a_body_in_the_speakers_appositive_does_not_stop_the_next_quote(paragraph):
    assert _speakers(paragraph) == ["Ana Ruiz", "Ana Ruiz"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ("The weather bureau Kalmar said it would rain.", "“It will pass,” the bureau said."),
            "Kalmar",
        ),
        (("The folk duo Brackwater split in May.", "“We are done,” the duo said."), "Brackwater"),
        (
            (
                "The folk trio Saltmere have never played a stadium.",
                "Their label, Quarry Lane Records, said the album sold out.",
                "Nessa Ode writes the songs.",
                "Nessa Ode's sister plays the fiddle.",
                "The album was made in a church hall.",
                "“We did not expect this,” the trio said.",
            ),
            "Saltmere",
        ),
        (
            ("The Port of Halden Authority shut the docks.", "“Safety first,” the authority said."),
            "Port of Halden Authority",
        ),
    ],
)
def test_a_body_named_after_its_noun_is_what_the_noun_later_refers_to(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


def test_a_body_named_after_its_noun_is_an_organisation():
    assert _kinds("“We are done,” said the folk duo Brackwater.") == {"Brackwater": "organisation"}


def test_the_trio_is_no_record_label():
    speakers = _speakers(
        "Quarry Lane Records said the album sold out.", "“We did not expect this,” the trio said."
    )
    assert speakers == [None]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Their boss, Gareth Pryce, was less happy.",
                "“We lost,” the Welshman told reporters.",
            ),
            "Gareth Pryce",
        ),
        (("Lena Moor won in Rome. “It was hard,” the Frenchwoman said.",), "Lena Moor"),
        (
            ("Ana Ruiz voted no. “It is bad,” said the Republican, who chairs the panel.",),
            "Ana Ruiz",
        ),
        (("Kai Ode finished third. “I am happy,” the Briton said.",), "Kai Ode"),
        (("Lena Abebe was second. “Next year,” the Ethiopian said.",), "Lena Abebe"),
        (("Kenji Sato lost. “I was slow,” the Japanese said.",), "Kenji Sato"),
    ],
)
def test_a_nationality_after_the_is_the_person_named_last(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Kai Ode confirmed that striker Tomas Bell would miss a month.",
            "“He is gutted,” he said.",
        ),
        ("Kai Ode said that defender Luis Arnau had a knee injury. “He is out,” he said.",),
        ("Ana Ruiz announced that treasurer Mia Cole would step down. “She earned it,” she said.",),
    ],
)
def test_a_name_in_what_someone_reports_is_not_the_next_speaker(paragraphs):
    assert set(_speakers(*paragraphs)) == {" ".join(paragraphs[0].split()[:2])}


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Betis signed José Manuel Ortega Villalba on Monday.",
                "“A dream,” Ortega Villalba said.",
            ),
            "José Manuel Ortega Villalba",
        ),
        (
            ("Maria Luisa Fonseca Prado, 40, leads the lab.", "“It works,” said Fonseca Prado."),
            "Maria Luisa Fonseca Prado",
        ),
    ],
)
def test_two_surnames_alone_find_the_four_word_name(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Township Supervisor Ray Ostrowski said: “We can’t touch that road.”", "Ray Ostrowski"),
        ("Deputy Director of Public Prosecution Ines Varga said: “It is closed.”", "Ines Varga"),
    ],
)
def test_four_capitalised_words_with_a_title_keep_only_the_name(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


def test_a_channel_someone_was_told_is_not_the_person_described_next():
    speakers = _speakers(
        "Luis Ortega Prado, 22, told Sky Sports the move was “a dream.”",
        "“I am home,” the Spaniard said.",
    )
    assert speakers == ["Luis Ortega Prado", "Luis Ortega Prado"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ("A spokesperson for the Department of Health and Social Care said: “We invest.”",),
            "Department of Health and Social Care",
        ),
        (
            (
                "The Harbury Food and Farm Workers union said it would strike.",
                "“We will,” the union said.",
            ),
            "Harbury Food and Farm Workers",
        ),
        (
            ("“It is severe,” said the Disaster Risk and Relief Council.",),
            "Disaster Risk and Relief Council",
        ),
    ],
)
def test_a_body_whose_name_holds_and_is_one_body(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("Real Betis have signed a striker.", "“We are delighted,” the club said."), "Real Betis"),
        (("Brackwater Rovers were relegated.", "“It hurts,” the club said."), "Brackwater Rovers"),
    ],
)
def test_a_name_with_a_plural_verb_is_a_club(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


def test_two_people_joined_by_and_stay_two_people():
    assert _kinds("Ana Ruiz and Kai Ode are friends. “Yes,” said Ana Ruiz.") == {
        "Ana Ruiz": "person"
    }


def test_a_lone_pronoun_with_no_one_fitting_nearby_is_the_profiles_subject():
    speakers = _speakers(
        "Ana Ruiz runs the bakery. “I open at five,” she says.",
        "“Bread is patience,” she says. “I have a lot of it.”",
        "Her landlord, Sir Tomas Bell, owns the street. “She pays on time,” Sir Tomas said.",
        "She is unrepentant. “If you want cake,” she says, “go elsewhere.”",
    )
    assert speakers[-2:] == ["Ana Ruiz", "Ana Ruiz"]


def test_a_lone_pronoun_takes_no_profile_subject_of_the_other_gender():
    speakers = _speakers(
        "Sir Tomas Bell owns the street. “They pay,” Sir Tomas said.",
        "“I like them,” he said. “I always have.”",
        "The street is old. “It is fine,” she says.",
    )
    assert speakers[-1] is None


def test_a_paper_named_like_a_nationality_is_no_person_described():
    speakers = _speakers("Ana Ruiz resigned. “She was right,” the Guardian said.")
    assert speakers != ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Jean Roux, head of the union, spoke first.",
                "A spokeswoman for Air Lumen said it cut flights. “We apologise,” she said.",
            ),
            "Air Lumen",
        ),
        (
            (
                "Kai Ode, 40, lost his job.",
                "A spokesman for Harbury Rail said the line was shut.",
                "“It will reopen on Monday,” he said.",
            ),
            "Harbury Rail",
        ),
    ],
)
def test_a_pronoun_after_a_bodys_spokesperson_is_the_body(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


def test_a_pronoun_far_from_a_spokesperson_is_not_the_body():
    speakers = _speakers(
        "A spokesman for Harbury Rail said the line was shut.",
        "Ana Ruiz, a driver, was angry.",
        "Her union was angry too.",
        "Ruiz spoke at noon. “It is a disgrace,” she said.",
    )
    assert speakers == ["Ana Ruiz"]
