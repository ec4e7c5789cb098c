"""Speaker rules of issue 15 (fourth round): the other names an article gives a speaker.

Acronyms defined in brackets, a company's short name, a team named by a word that owns a role,
an owner before a name, a body's name after a place's word, titles written short. All cases are
made up.
"""

from __future__ import annotations

import pytest

from api.parser.quotes import analyse_quotes
from tests.quotes.helpers import speakers as _speakers


def _kinds(*paragraphs: str) -> dict[str, str]:
    return {s.name: s.kind for s in analyse_quotes(paragraphs).speakers}


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The Northern Rivers Water Authority (NRWA) issued a warning on Friday.",
                "An NRWA spokesperson: “Boil all tap water until further notice.”",
            ),
            "Northern Rivers Water Authority",
        ),
        (
            (
                "Inspectors from the Office for Rail Standards (ORS) visited the depot.",
                "“The brakes were not checked for a year,” ORS said in its report.",
            ),
            "Office for Rail Standards",
        ),
        (
            (
                "The shares of the Pelham Mutual Insurance Company (PMIC) fell.",
                "“We are well capitalised,” PMIC said.",
            ),
            "Pelham Mutual Insurance Company",
        ),
    ],
)
def test_an_acronym_defined_in_brackets_speaks_as_the_full_name(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


def test_brackets_that_do_not_spell_the_name_define_nothing():
    speakers = _speakers(
        "Talks with the Harbour Pilots Guild (Dublin) stalled.",
        "“We will not move,” Dublin said.",
    )
    assert speakers == ["Dublin"]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Shares in Norvane Lithium fell 9% on Monday.",
                "“Demand is recovering,” Norvane said in a statement.",
            ),
            "Norvane Lithium",
        ),
        (
            (
                "The game was released by Bright Otter in March.",
                "“We are fixing the servers,” Bright said.",
            ),
            "Bright Otter",
        ),
        (
            (
                "Investors in Calder Freight have waited two years for a dividend.",
                "“The dividend is coming,” Calder told shareholders.",
            ),
            "Calder Freight",
        ),
    ],
)
def test_a_company_named_as_a_business_keeps_its_full_name_when_cut_short(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "The Denver Falcons beat the Ohio Rapids 3-1.",
            "Rapids coach Mara Quint-Ellis praised her players. “We ran out of legs,” she said.",
        ),
        (
            "The Leeds Harriers won the relay.",
            "Harriers captain Jo Pell-Ward was first to the line. “It was close,” she said.",
        ),
        (
            "Fans of the Oakland Herons were silent.",
            "Herons manager Tess Arbuckle stood by the dugout. “We deserved nothing,” she said.",
        ),
    ],
)
def test_a_word_that_owns_a_role_names_a_team_not_a_woman(paragraphs):
    speakers = _speakers(*paragraphs)
    assert len(speakers) == 1
    assert speakers[0] is not None
    assert speakers[0].split()[-1] in paragraphs[1]
    assert _kinds(*paragraphs)[speakers[0]] == "person"


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "“We played well,” coach Ian Roe said.",
                "Leeds’s Ana Pell scored twice. She was quiet afterwards.",
                "“I just kept running,” she said.",
            ),
            "Ana Pell",
        ),
        (
            (
                "“The road is closed,” Sgt. Omar Hale said.",
                "Kestrel County’s Dana Wills runs the snow ploughs.",
                "“We have salt for a week,” she said.",
            ),
            "Dana Wills",
        ),
        (
            (
                "“Prices will rise,” said analyst Ed Barr.",
                "Orvane’s Nadia Kell disagreed in a note to clients.",
                "“Prices have peaked,” she said.",
            ),
            "Nadia Kell",
        ),
    ],
)
def test_an_owner_before_a_name_leaves_it_the_sentence_subject(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "body"),
    [
        (
            (
                "The firm, Central Valley Freight Lines, said it was cooperating.",
                "“We are grateful to the jurors,” the company said.",
            ),
            "Central Valley Freight Lines",
        ),
        (
            (
                "The carrier, River Port Ferry Services, cancelled sailings.",
                "“Safety comes first,” the carrier said.",
            ),
            "River Port Ferry Services",
        ),
        (
            (
                "The charity, Harbour Trust Food Banks, opened a new site.",
                "“Demand has doubled,” the charity said.",
            ),
            "Harbour Trust Food Banks",
        ),
    ],
)
def test_name_words_after_a_body_word_are_the_body_s_name(paragraphs, body):
    assert _speakers(*paragraphs) == [body]
    assert _kinds(*paragraphs)[body] == "organisation"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“No,” Deputy Secretary of State Ann Lee said.", "Ann Lee"),
        ("“No,” said Undersecretary of State Omar Hale.", "Omar Hale"),
        ("Guard Remy Pell said: “It was loud.”", "Remy Pell"),
    ],
)
def test_a_title_or_a_sentence_s_first_capital_before_a_body_word_leaves_a_person(
    paragraph, speaker
):
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“It was rushed,” said Cllr Tom de Villiers-Hart.", "Tom de Villiers-Hart"),
        ("“We have made arrests,” Det. Supt. Ana Bell said.", "Ana Bell"),
        ("“It will be reviewed,” Hon. Mary Okoro told MPs.", "Mary Okoro"),
    ],
)
def test_titles_written_short_are_left_out_of_the_name(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Kestrel United did not reply. In a statement, however, it said “no comment.”",),
        ("The ministry was silent. On its website, the ministry wrote: “Stay home.”",),
        ("Nobody answered. In a statement posted late, the group called it “a farce.”",),
    ],
)
def test_a_capital_that_opens_a_sentence_is_no_body_in_a_phrase(paragraphs):
    assert "In" not in _speakers(*paragraphs)
    assert "On" not in _speakers(*paragraphs)


@pytest.mark.parametrize(
    ("paragraphs", "body"),
    [
        (
            (
                "A group calling itself Keep Lakeview Parks Open met at Maple Street Hall.",
                "“Nobody asked us,” the group said in a letter.",
            ),
            "Keep Lakeview Parks Open",
        ),
        (
            (
                "Ranchers formed a coalition known as Dry Creek Water Users near Fresno.",
                "“We need the water,” the coalition said.",
            ),
            "Dry Creek Water Users",
        ),
        (
            (
                "Parents set up a campaign called Safe Streets Orvane after the crash.",
                "“Slow the cars down,” the campaign said.",
            ),
            "Safe Streets Orvane",
        ),
    ],
)
def test_a_body_that_calls_itself_a_name_is_what_its_noun_refers_to(paragraphs, body):
    assert _speakers(*paragraphs) == [body]


_FILLER = (
    "Bins will be collected on Tuesdays.",
    "“It is a mess,” said resident Ann Lee, 60.",
    "Recycling centres will open later.",
    "“Nobody told us,” said shopkeeper Omar Hale.",
)


@pytest.mark.parametrize(
    ("first", "last", "body"),
    [
        (
            "The change was confirmed by Harwick District Council.",
            "A spokesperson for the council said: “Larger bins are free.”",
            "Harwick District Council",
        ),
        (
            "The route is run by the Orvane Ferry Company.",
            "A spokesman for the company said: “Sailings resume on Friday.”",
            "Orvane Ferry Company",
        ),
        (
            "The plan came from the Ministry of Transport.",
            "A spokeswoman for the ministry said: “The plan stands.”",
            "Ministry of Transport",
        ),
    ],
)
def test_a_spokesperson_for_a_body_named_far_above_speaks_for_it(first, last, body):
    assert _speakers(first, *_FILLER, last)[-1] == body


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "“The dose was realistic,” said Prof. Martin Ekwe, a pollinator expert.",
                "For Yuki Tanabe, the next step is other sprays. “We start in May,” she said.",
            ),
            "Yuki Tanabe",
        ),
        (
            (
                "“It was a fair result,” said referee Ian Dorr.",
                "Then there is Maria Lund. Her goal won the cup. “I aimed low,” she said.",
            ),
            "Maria Lund",
        ),
        (
            (
                "“We will appeal,” said lawyer Ruth Amsel.",
                "Tom Kessler waited outside. “I am relieved,” he said.",
            ),
            "Tom Kessler",
        ),
    ],
)
def test_a_pronoun_takes_the_person_named_earlier_in_its_paragraph(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "“Talks will go on,” said envoy Omar Hale.",
                "Asked about Ian Roe, he said: “We have not met.”",
            ),
            "Omar Hale",
        ),
        (
            ("“Talks will go on,” said envoy Omar Hale.", "Putin likely “has plans,” he said."),
            "Omar Hale",
        ),
        (
            (
                "“We will win,” said coach Ana Pell.",
                "She spoke to Maria Lund before the match. “We are ready,” she said.",
            ),
            "Ana Pell",
        ),
    ],
)
def test_a_pronoun_does_not_take_whom_its_speaker_spoke_of_or_to(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ("‘We work too long,’ as the economist Sir Nigel Abernethy put it in a lecture.",),
            "Nigel Abernethy",
        ),
        (("“The market always wins,” as Ana Ruiz puts it.",), "Ana Ruiz"),
        (("Dana Wills runs the ploughs.", "“Salt is gold,” as she puts it."), "Dana Wills"),
        (("“Nobody reads the manual,” as one engineer put it.",), None),
    ],
)
def test_as_x_put_it_names_the_speaker(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "“The study is careful, and it should worry regulators.” That was the verdict of "
                "Prof. Martin Ekwe, who was not involved in the work.",
            ),
            "Martin Ekwe",
        ),
        (
            ("“Nobody reads the fine print.” So says Mara Quint, a consumer lawyer in Leeds.",),
            "Mara Quint",
        ),
        (
            (
                "The port reopened on Monday.",
                "“It was chaos for a week.” Dock worker Sam Oduya has loaded ships for 20 years.",
            ),
            "Sam Oduya",
        ),
    ],
)
def test_a_person_first_named_in_the_next_sentence_speaks_the_quote_before(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "“We are ready,” said coach Ana Pell.",
            "“We will win.” Ana Pell has said so all season.",
        ),
        ("“We will win the league.” We agree. — Cleo Marsh",),
        (
            "“We are ready,” said coach Ana Pell.",
            "“We will win.” She trusts her captain. Tom Kessler agrees.",
        ),
    ],
)
def test_a_name_already_known_or_further_on_does_not_take_the_quote_before(paragraphs):
    speakers = _speakers(*paragraphs)
    assert speakers[-1] != "Tom Kessler"
    assert speakers[-1] != "Cleo Marsh"


@pytest.mark.parametrize(
    ("paragraphs", "body"),
    [
        (
            ("Harlow Buses said the offer was fair. “We regret it,” a company spokesman said.",),
            "Harlow Buses",
        ),
        (
            (
                "Fares rose in May.",
                "Kestrel Rail said demand was strong. “Trains are full,” a firm spokeswoman said.",
            ),
            "Kestrel Rail",
        ),
        (
            ("Orvane Fresh denied it. “We pay on time,” a company spokesperson said.",),
            "Orvane Fresh",
        ),
    ],
)
def test_a_bare_name_a_company_spokesperson_follows_is_the_company(paragraphs, body):
    assert _speakers(*paragraphs)[-1] == body
    assert _kinds(*paragraphs)[body] == "organisation"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Chief executive Ana Lee said the offer was fair. “No,” a company spokesman said.",),
        ("Tom Kessler, 52, said it was fair. “No,” a company spokesman said.",),
        (
            "“We will strike,” said Ian Roe.",
            "Later, Ian Roe said it was fair. “No,” a company spokesman said.",
        ),
    ],
)
def test_a_person_shown_to_be_one_stays_a_person_before_a_company_spokesperson(paragraphs):
    kinds = _kinds(*paragraphs)
    assert "organisation" not in {kinds.get(n) for n in ("Ana Lee", "Tom Kessler", "Ian Roe")}


@pytest.mark.parametrize(
    ("paragraphs", "body"),
    [
        (
            (
                "The Ministry of Health said cases fell.",
                "Japan’s Ministry of Economy, Trade and Industry regretted the move.",
                "“We will respond,” the ministry said.",
            ),
            "Ministry of Economy, Trade and Industry",
        ),
        (
            ("“Quotas stay,” the Department of Energy, Mines and Resources said.",),
            "Department of Energy, Mines and Resources",
        ),
        (
            ("“Fees will rise,” said the Institute for Arts, Crafts, Design and Music.",),
            "Institute for Arts, Crafts, Design and Music",
        ),
    ],
)
def test_a_body_s_name_may_list_its_fields_with_commas(paragraphs, body):
    assert _speakers(*paragraphs)[-1] == body


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Acme, Ana Ruiz and Tom Lee met. “It went well,” Ana Ruiz said.", "Ana Ruiz"),
        ("“We won,” said Jo Pell of Leeds, who scored twice.", "Jo Pell"),
        ("The Ministry of Health, Ana Ruiz said, is “not ready.”", "Ana Ruiz"),
    ],
)
def test_a_comma_after_a_body_does_not_take_in_a_person_or_a_place(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Repression grew under Zhao Lanfeng.",
                "Orders from Zhao urged officials to “show no mercy”.",
            ),
            "Zhao Lanfeng",
        ),
        (
            (
                "The summit was hosted by Park Ji-hoon in Seoul.",
                "“We are ready to talk,” Park said.",
            ),
            "Park Ji-hoon",
        ),
        (
            (
                "Trade was the topic when Wu Meilan visited Hanoi.",
                "“Tariffs hurt us both,” Wu said.",
            ),
            "Wu Meilan",
        ),
    ],
)
def test_a_short_family_name_written_first_stands_for_the_whole_name(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("Drivers use Orbit Maps daily.", "“We fixed the bug,” Orbit said."), "Orbit"),
        (("Shares of Nova Platforms rose.", "“Sales are up,” Nova said."), "Nova Platforms"),
        (("Fans love Brightwell Toast.", "“We are proud,” Brightwell said."), "Brightwell"),
    ],
)
def test_a_product_or_a_long_first_word_does_not_stand_for_a_person(paragraphs, speaker):
    assert _speakers(*paragraphs) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Dana Wills, 52, allegedly told a clerk the fees were “rebates” in 2021.", "Dana Wills"),
        ("Ana Lee, the mayor, later told reporters: “We are ready.”", "Ana Lee"),
        ("Tom Roe, a farmer in Kent, reportedly said the crop was “a total loss.”", "Tom Roe"),
    ],
)
def test_an_adverb_after_a_name_s_aside_keeps_the_name_the_subject(paragraph, speaker):
    assert _speakers(paragraph) == [speaker]


def test_an_adverb_after_a_comma_that_ends_no_aside_names_nobody():
    assert _speakers("Asked about it, allegedly, the man said it was “a lie.”") == [None]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "“We start in May,” said coach Ana Pell.",
                "“Mostly it is falls.” So says Chief Ana Pell, who keeps a chart of calls.",
            ),
            "Ana Pell",
        ),
        (
            (
                "Tom Roe ran the farm for years.",
                "“Rain is the only boss.” Thus spoke Tom Roe, in his last interview.",
            ),
            "Tom Roe",
        ),
        (("“Nobody reads the manual.” So says Mara Quint, a lawyer.",), "Mara Quint"),
    ],
)
def test_so_says_x_after_a_quote_names_its_speaker(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "body"),
    [
        (
            (
                "The Competition and Markets Authority is expected to look at the deal.",
                "A spokesperson for the authority declined to comment. “We do not comment on "
                "speculation,” the spokesperson said.",
            ),
            "Competition and Markets Authority",
        ),
        (
            (
                "The Orvane Water Board raised prices.",
                "“It is unfair,” said resident Ann Lee.",
                "A spokesman for the board defended it. “Pipes cost money,” the spokesman said.",
            ),
            "Orvane Water Board",
        ),
        (
            (
                "Kestrel Rail Company cut services.",
                "“We are angry,” said commuter Tom Roe.",
                "A spokeswoman for the company apologised. “We are sorry,” the spokeswoman said.",
            ),
            "Kestrel Rail Company",
        ),
    ],
)
def test_the_spokesperson_speaks_for_the_body_a_spokesperson_was_for(paragraphs, body):
    assert _speakers(*paragraphs)[-1] == body


@pytest.mark.parametrize(
    ("paragraphs", "body"),
    [
        (
            (
                "JOHANNESBURG (AFP) — Rescuers reached 11 miners, officials said.",
                "The mine is run by Karee Deep Mining, a subsidiary of a Canadian group. In a "
                "statement, the company said it was “cooperating fully.”",
            ),
            "Karee Deep Mining",
        ),
        (
            (
                "LAGOS, Nigeria (Reuters) — Fuel queues returned on Monday.",
                "Orvane Petroleum Marketing, a unit of a state group, denied hoarding. “We have "
                "stock,” the company said.",
            ),
            "Orvane Petroleum Marketing",
        ),
        (
            (
                "BOSTON (AP) — The ferry did not sail.",
                "The route is run by Harbor Line Shuttle. “The engine failed,” the company said.",
            ),
            "Harbor Line Shuttle",
        ),
    ],
)
def test_a_dateline_s_place_and_agency_are_no_company(paragraphs, body):
    assert _speakers(*paragraphs)[-1] == body


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "“We lost,” said captain Olly Pemberton, 31.",
                "Pemberton made 61. The 31-year-old was frank. “It was the wrong ball.”",
            ),
            "Olly Pemberton",
        ),
        (
            ("Mayor Ana Ruiz met the strikers.", "The mayor was defiant. “We will not pay more.”"),
            "Ana Ruiz",
        ),
        (
            ("Acme Corp. cut 200 jobs.", "The company was unapologetic. “The market has changed.”"),
            "Acme Corp.",
        ),
    ],
)
def test_a_description_opening_the_sentence_before_a_quote_names_its_speaker(paragraphs, speaker):
    assert _speakers(*paragraphs)[-1] == speaker


def test_a_description_that_fits_no_one_names_nobody():
    assert _speakers("“We won,” said coach Ian Roe.", "The crowd was silent. “It is over.”") == [
        "Ian Roe",
        None,
    ]
