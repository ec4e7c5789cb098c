"""Speaker rules of issue 15 (sixth round), from the misses of tests/fixtures/quotes_stress_sixth.

Each rule is general (a shape of text, not a sample's words), with several made-up cases.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ("“The clay decides,” teacher Inés de la Vega Montoya said.",),
            "Inés de la Vega Montoya",
        ),
        (
            (
                "The winery belongs to Paulo dos Santos Ferreira.",
                "“Rain in August is a gift,” he said.",
            ),
            "Paulo dos Santos Ferreira",
        ),
        (
            ("“We are ready,” Mayor Lourdes Dela Rosa Bautista told reporters.",),
            "Lourdes Dela Rosa Bautista",
        ),
    ],
)
def test_a_particle_opens_two_surnames(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The shop belongs to Inés de la Vega Montoya, 61.",
                "De la Vega laughs. “I have never sold a bad pot.”",
            ),
            "Inés de la Vega Montoya",
        ),
        (
            (
                "Paulo dos Santos Ferreira planted the vines in 1988.",
                "Dos Santos shrugs. “The soil here is thin.”",
            ),
            "Paulo dos Santos Ferreira",
        ),
        (
            (
                "Senator Lourdes Dela Rosa Bautista filed the bill.",
                "“It is overdue,” Dela Rosa said.",
            ),
            "Lourdes Dela Rosa Bautista",
        ),
    ],
)
def test_the_first_of_two_surnames_with_its_particle_stands_for_the_name(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


def test_a_particle_before_one_surname_keeps_its_given_names():
    assert _speakers("“Late again,” said Marieke van der Berg.") == ["Marieke van der Berg"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ("Fly-half Tevita Havili-Fonua kicked the points. “I just hit it,” he said.",),
            "Tevita Havili-Fonua",
        ),
        (("Co-owner Maya Lindqvist-Berg said: “We sold out by noon.”",), "Maya Lindqvist-Berg"),
        (("Left-back Dario Conti was booked. “It was a fair card,” Conti said.",), "Dario Conti"),
    ],
)
def test_a_hyphenated_role_opening_the_sentence_is_no_given_name(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


def test_a_hyphenated_given_name_stays_in_the_name():
    assert _speakers("Jean-Paul Martin Roux said: “Not today.”") == ["Jean-Paul Martin Roux"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The Friends of the Harbour Baths, a swimmers’ group, want the pool reopened.",
                "“We have the signatures,” the group said.",
            ),
            "Friends of the Harbour Baths",
        ),
        (
            ("“We need more beds,” the Society for the Blind said in a statement.",),
            "Society for the Blind",
        ),
        (
            (
                "The Office for the Rural North said the grants would come in May.",
                "“Every village can apply,” the office said.",
            ),
            "Office for the Rural North",
        ),
    ],
)
def test_of_the_and_for_the_stay_inside_a_body_s_name(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The Dane County Sheriff’s Office said two deputies were hurt.",
                "“Both are stable,” the office said.",
            ),
            "Dane County Sheriff’s Office",
        ),
        (
            (
                "The Kent County Prosecutor’s Office has opened an inquiry.",
                "“We will follow the evidence,” the office said.",
            ),
            "Kent County Prosecutor’s Office",
        ),
        (
            (
                "The U.S. Attorney’s Office in Boston brought the case.",
                "“The fraud was deliberate,” the office said.",
            ),
            "U.S. Attorney’s Office",
        ),
    ],
)
def test_a_title_s_possessive_before_a_body_s_word_stays_in_its_name(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The site is owned by a property fund called Larchmont Capital.",
                "“We remain open to talks,” the fund said.",
            ),
            "Larchmont Capital",
        ),
        (
            (
                "The indie game studio Copperwing shut its doors on Friday.",
                "“We tried everything,” the studio said.",
            ),
            "Copperwing",
        ),
        (
            (
                "The Tarn Valley Singers, a community choir from Kendal, won the cup.",
                "“We sang our hearts out,” the choir said.",
            ),
            "Tarn Valley Singers",
        ),
    ],
)
def test_a_body_s_noun_before_or_after_its_name_is_what_the_noun_refers_to(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "A network of rural clinics, the Kivu Nurses for Safe Births, wrote to us.",
                "“We have no gloves,” the nurses wrote.",
            ),
            "Kivu Nurses for Safe Births",
        ),
        (
            (
                "The Tarrant Parents for Open Libraries will protest on Monday.",
                "“Our children need books,” the group said.",
            ),
            "Tarrant Parents for Open Libraries",
        ),
        (
            (
                "A letter from the Coastal Doctors for Clean Water reached the council.",
                "“The sewage outfall must close,” the physicians wrote.",
            ),
            "Coastal Doctors for Clean Water",
        ),
    ],
)
def test_a_place_before_members_for_a_cause_is_one_body(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "“We support the plan,” said Minister of Water and Environment Ruth Nalubega Kato.",
            "Ruth Nalubega Kato",
        ),
        ("“Exports rose,” said Secretary of Labor and Industry Ann Lee.", "Ann Lee"),
        (
            "Minister of Trade and Industry Kofi Boateng Mensah said: “Exports rose.”",
            "Kofi Boateng Mensah",
        ),
    ],
)
def test_a_title_s_field_joined_by_and_stays_out_of_the_name(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "“We made an offer,” Sen. Ray Castell, R-Ariz., told reporters outside the West Wing."
            " “The clock is theirs.”",
            "Ray Castell",
        ),
        (
            "“The pitch was poor,” Dana Oduya told Sky Sports after the game at Old Trafford."
            " “We could not pass.”",
            "Dana Oduya",
        ),
        (
            "“It is a fair deal,” Mira Holt said of the plan Jonas Berg drew up. “Nobody loses.”",
            "Mira Holt",
        ),
    ],
)
def test_names_in_the_sentence_attributing_a_quote_do_not_stop_the_next_one(paragraph, speaker):
    assert _speakers(paragraph) == [speaker, speaker]


def test_a_person_named_in_a_sentence_of_their_own_between_quotes_still_does():
    paragraph = "“We are ready,” Ann Vale said. Tom Reyes disagreed. “We are not.”"
    assert _speakers(paragraph) == ["Ann Vale", "Tom Reyes"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Leader Yvonne Adebayo, D-Md., said Republicans had added conditions.",
                "“You cannot negotiate with a moving target,” she said.",
            ),
            "Yvonne Adebayo",
        ),
        (
            (
                "Prime Minister Ana Lund said Canadians would pay less tax.",
                "“Every family gains,” she said.",
            ),
            "Ana Lund",
        ),
        (
            (
                "Chief negotiator Omar Haddad said Democrats had walked out.",
                "“They will be back,” he said.",
            ),
            "Omar Haddad",
        ),
    ],
)
def test_a_plural_of_a_nationality_or_party_is_no_one_a_pronoun_can_mean(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "District Judge Ann Okafor sentenced him to five years.",
                "“He is innocent,” said his lawyer, Rita Cole, who will appeal.",
                "The judge also ordered a fine. “Every cent,” she said, “goes to the victims.”",
            ),
            ["Rita Cole", "Ann Okafor", "Ann Okafor"],
        ),
        (
            (
                "Mayor Lena Brandt opened the bridge on Monday.",
                "Council member Sofia Ruiz called it late. “Two years late,” she said.",
                "The mayor laughed off the criticism. “Better late than never,” she said.",
            ),
            ["Sofia Ruiz", "Lena Brandt"],
        ),
        (
            (
                "Rovers coach Tom Pell picked three debutants.",
                "Captain Joe Marsh scored twice. “It was easy,” he said.",
                "The coach was less happy. “We defended badly,” he said.",
            ),
            ["Joe Marsh", "Tom Pell"],
        ),
    ],
)
def test_a_title_opening_a_sentence_makes_its_holder_the_next_pronoun(paragraphs, speaker):
    assert _speakers(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The club’s chairman, Dermot Hale, said talks would start on Monday.",
                "Fans sang for an hour after the whistle.",
                "“I have waited 31 years for this.” Hale, 66, was only half joking.",
            ),
            "Dermot Hale",
        ),
        (
            (
                "Nurse Amara Obi has worked nights on the ward since 2009.",
                "The hospital plans to close the ward in June.",
                "“Where will these patients go?” Obi, 52, asks the question every shift.",
            ),
            "Amara Obi",
        ),
        (
            (
                "Coach Lena Vik took over in March.",
                "The team had lost nine in a row.",
                "“We stopped being afraid.” Vik, 41, smiles at the memory.",
            ),
            "Lena Vik",
        ),
    ],
)
def test_a_known_surname_with_an_age_opening_the_next_sentence_is_the_speaker(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Funding comes from the Acme Foundation, which said it was “pleased” by the results.",
            "Acme Foundation",
        ),
        (
            "He was praised by Mayor Tom Ruiz, who said he had done “a fine job” in the flood.",
            "Tom Ruiz",
        ),
        (
            "A note came from Kestrel Securities, which called it “a clean beat.”",
            "Kestrel Securities",
        ),
        (
            "The plan was drawn up by Ana Vidal, who now says it was “a mistake from the start.”",
            "Ana Vidal",
        ),
    ],
)
def test_a_relative_pronoun_before_the_verb_stands_for_the_name_before_it(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


# Rules added after the seventh set's first look (tests/fixtures/quotes_stress_seventh).


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“Rates will stay,” said Bank of England deputy governor Ann Lee.", "Ann Lee"),
        ("“We are full,” said Port of Tyne Authority chief executive Omar Reid.", "Omar Reid"),
        ("University of Leeds professor Dana Cole said: “The data are clear.”", "Dana Cole"),
    ],
)
def test_a_body_named_with_of_before_a_role_and_a_name_is_not_the_speaker(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "“No oil leaked,” said a spokesman for the Rijnmond Safety Region, which runs it.",
            "Rijnmond Safety Region",
        ),
        (
            "“We are closed,” according to a spokeswoman for the Greater Lyon Water Board Office.",
            "Greater Lyon Water Board Office",
        ),
    ],
)
def test_a_spokesperson_s_body_is_not_cut_short_by_the_phrase_s_length(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The race organisers, Alpine Sport Events, said the road would be checked.",
                "“Safety comes first,” the organisers said.",
            ),
            "Alpine Sport Events",
        ),
        (
            (
                "Protest group Keep Elm Green said it would appeal.",
                "“This is not over,” the campaigners said.",
            ),
            "Keep Elm Green",
        ),
        (
            (
                "The festival organizers, Northbank Live, cancelled the last night.",
                "“The storm left us no choice,” the organizers said.",
            ),
            "Northbank Live",
        ),
    ],
)
def test_organisers_and_campaigners_refer_back_to_their_body(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Aguirre’s teammate Rafael Ortiz Mena was blunter. “That corner is a danger.”",
            "Rafael Ortiz Mena",
        ),
        ("Acme’s chief executive Jane Roe was blunt. “We will close the plant.”", "Jane Roe"),
        ("Leeds’s new coach Dara Quinn was upbeat. “We can stay up.”", "Dara Quinn"),
    ],
)
def test_a_name_after_an_owner_s_role_opens_the_sentence_before_a_quote(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Belgian rider Jens Moreels won the stage. “I felt good,” Moreels said.",
                "His teammate Rafael Ortiz was second. “Jens was stronger,” Ortiz said.",
                "Asked about the time trial, the Belgian shrugged: “I will suffer.”",
            ),
            ["Jens Moreels", "Rafael Ortiz", "Jens Moreels"],
        ),
        (
            (
                "Kenyan runner Faith Chebet won in 2:19. “The wind was hard,” Chebet said.",
                "Second was Ana Souza. “I tried,” Souza said.",
                "The Kenyan smiled: “Next year, the record.”",
            ),
            ["Faith Chebet", "Ana Souza", "Faith Chebet"],
        ),
    ],
)
def test_a_nationality_stands_for_the_person_it_was_written_before(paragraphs, speaker):
    assert _speakers(*paragraphs) == speaker


# Rules added after the eighth set's first look (tests/fixtures/quotes_stress_eighth).


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Mei Ross won her first title on Saturday.",
                "Her coach, Javier Ruiz, said she trained with men. “They hit harder,” he said.",
            ),
            "Javier Ruiz",
        ),
        (
            (
                "District Judge Ann Okafor sentenced him to five years.",
                "His lawyer, Rita Cole, said he would appeal. “He is innocent,” she said.",
            ),
            "Rita Cole",
        ),
        (
            (
                "Lena Park has run the bakery since 1990.",
                "Her son, Tomas Park, said she would retire in May. “She has earned it,” he said.",
            ),
            "Tomas Park",
        ),
    ],
)
def test_a_pronoun_after_said_that_matches_the_role_s_owner_says_nothing_of_the_speaker(
    paragraphs, speaker
):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The Women’s Tennis Association announced the calendar.",
                "“This rivalry is just beginning,” the WTA said.",
            ),
            "Women’s Tennis Association",
        ),
        (
            (
                "The National Farmers Union called the deal a betrayal.",
                "“Our members were not consulted,” an NFU spokesperson said.",
            ),
            "National Farmers Union",
        ),
        (
            (
                "Inspectors from the Office for Nuclear Regulation visited the site.",
                "“The reactor is safe,” ONR said.",
            ),
            "Office for Nuclear Regulation",
        ),
    ],
)
def test_a_body_named_in_full_is_known_by_its_initials_without_brackets(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Mr Justice Aldous Penn refused the injunction on Thursday.",
                "In a 22-page ruling, the judge wrote: “The ballot was lawful.”",
            ),
            "Aldous Penn",
        ),
        (
            (
                "Mrs Justice Hana Okoro granted bail.",
                "“The risk of flight is small,” the judge said.",
            ),
            "Hana Okoro",
        ),
        (
            (
                "Justice Maria Delgado wrote for the majority.",
                "The judge added: “The statute is plain.”",
            ),
            "Maria Delgado",
        ),
    ],
)
def test_the_judge_refers_to_a_justice(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Council President Terrence Boa said the plan relied on one-time money.",
                "Boa, asked whether he would vote for it, was noncommittal: “Ask me in June.”",
            ),
            "Terrence Boa",
        ),
        (
            (
                "Coach Mia Lund watched from the stand.",
                "Lund, asked about the penalty, was blunt: “It was never a foul.”",
            ),
            "Mia Lund",
        ),
        (
            (
                "Ana Roe chairs the board.",
                "Roe, told of the vote, had a short reply: “Good, and about time too.”",
            ),
            "Ana Roe",
        ),
    ],
)
def test_a_verb_in_an_aside_before_a_colon_is_not_the_colon_s_clause(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]
