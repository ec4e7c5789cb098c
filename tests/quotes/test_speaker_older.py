"""Speaker and span rules of issue 15 from the older stress sets' explicit, colon and span misses.

Each rule is general (a shape of text, not a sample's words), with several made-up cases and
counter-cases: single marks are also apostrophes, and scare quotes and labels are no speech.
"""

from __future__ import annotations

import pytest

from api.parser import parse
from api.parser.quotes import analyse_quotes


def _found(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text.strip(), q.speaker) for q in analyse_quotes(paragraphs).quotes]


def _article(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Quotes of the paragraphs parsed as a whole article (the body's heads set aside)."""
    text = "Article\n\n" + "\n\n".join(paragraphs) + "\n"
    return _found(*parse(text).paragraphs)


_BEFORE = "Rain fell all afternoon and the pitch at the old ground cut up badly in the second half."
_AFTER = "The two sides meet again in the cup next month, with both managers short of defenders."


@pytest.mark.parametrize(
    ("line", "quote", "speaker"),
    [
        # a short line ending in a single mark after a sentence's end is a quote closing, no head
        ("Tom Frith, 31, said: 'It feels like a defeat.'", "It feels like", "Tom Frith"),
        ("Ann Roe said: ‘We were the better side today.’", "We were the better", "Ann Roe"),
        ("Ann Roe was blunt: 'We threw it away!'", "We threw it away", "Ann Roe"),
    ],
)
def test_a_line_ending_in_a_closing_single_mark_is_a_paragraph(line, quote, speaker):
    found = _article(_BEFORE, "'We were brave,' Ann Roe said.", line, _AFTER)
    assert [s for text, s in found if text.startswith(quote)] == [speaker]


@pytest.mark.parametrize(
    "head",
    [
        # a head in single marks, or ending in a quoted word, is still a head
        "'The big question'",
        "Life after 'the Hammer'",
    ],
)
def test_a_head_in_single_marks_stays_a_head(head):
    text = "Article\n\n" + "\n\n".join([_BEFORE, head, _AFTER, _BEFORE]) + "\n"
    assert head not in parse(text).paragraphs


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a verb of praise or blame with a named subject quotes the subject's own word
        (
            ("Manager Ann Roe praised her side's “character” after the draw.",),
            [("character", "Ann Roe")],
        ),
        (
            ("Mayor Tom Pell criticised the council’s “lazy thinking” on housing.",),
            [("lazy thinking", "Tom Pell")],
        ),
        # single marks in a single-mark article, an apostrophe before the quote
        (
            (
                "Coach Ann Roe praised her team's 'grit' on Sunday.",
                "'We were brave,' Roe said. 'We never stopped.'",
            ),
            [("grit", "Ann Roe"), ("We were brave,", "Ann Roe"), ("We never stopped.", "Ann Roe")],
        ),
        # a label's verb with a named subject and the quote its complement: the subject's words
        (
            ('Opposition leader Ravi Menon termed the offer "too little, too late" on Monday.',),
            [("too little, too late", "Ravi Menon")],
        ),
        (
            ("Union chief Ann Roe branded the pay deal “an insult” and walked out.",),
            [("an insult", "Ann Roe")],
        ),
        # words naming nobody before `described ... as`: kept, the speaker unknown
        (
            (
                "Talks may still fail, according to two people close to them. One of them "
                'described the gap as "wide but bridgeable."',
            ),
            [("wide but bridgeable.", None)],
        ),
    ],
)
def test_a_subjects_own_words_after_a_naming_verb(paragraphs, expected):
    assert _found(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        # labels, terms and nicknames stay out, whoever gives them
        "Forecasters have termed the conditions a “flash drought,” a term for a fast dry spell.",
        "Water officials have branded the conditions a “flash drought.”",
        "He said his deputy, Ann Roe, had termed the mayor’s role as “the Pell problem.”",
        "Ann Roe dubbed the striker “the Hammer” after his hat-trick.",
        "The manager praised the “Tiki-Taka Tuesday” sessions.",
        "The so-called “quiet zone” opened in May.",
    ],
)
def test_labels_and_terms_are_no_speech(paragraph):
    assert _found(paragraph) == []


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a word owning a role (`Solvane chief executive X`) names a body, and so does a longer
        # name it opens: the body's first word alone then stands for its full name
        (
            (
                "Kessark Optics shares fell 9 percent after the lensmaker cut its forecast.",
                "“Orders slowed,” Kessark chief executive Ann Roe told analysts.",
                "“We remain committed,” Kessark said in a filing.",
            ),
            [("Orders slowed,", "Ann Roe"), ("We remain committed,", "Kessark Optics")],
        ),
        (
            (
                "Drummond Ceramics will close its kiln in May.",
                "“It is a sad day,” Drummond spokesman Tom Pell said.",
                "“We have no choice,” Drummond added in a statement.",
            ),
            [("It is a sad day,", "Tom Pell"), ("We have no choice,", "Drummond Ceramics")],
        ),
        # a person whose first name is such a word stays a person
        (
            (
                "Jordan coach Tom Pell picked a young side.",
                "“We were brave,” Jordan Henderson said after the game.",
                "“We go again,” Henderson said.",
            ),
            [("We were brave,", "Jordan Henderson"), ("We go again,", "Jordan Henderson")],
        ),
    ],
)
def test_a_bodys_first_word_stands_for_its_full_name(paragraphs, expected):
    assert _found(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the Arabic article glued to a capitalised name is a word of the name
        (
            ("“We are hopeful,” Kuwaiti envoy Sheikh Salem bin Nasser al-Sabah told reporters.",),
            [("We are hopeful,", "Salem bin Nasser al-Sabah")],
        ),
        (
            (
                "Interior Minister Karim el-Masri visited the port.",
                "“The port is safe,” el-Masri said.",
            ),
            [("The port is safe,", "Karim el-Masri")],
        ),
        (
            ("“We will rebuild,” Hassan al-Rashid said.", "“It will take years,” he added."),
            [("We will rebuild,", "Hassan al-Rashid"), ("It will take years,", "Hassan al-Rashid")],
        ),
        # the same letters ending a word before a hyphen open no name: `Portugal-Spain`
        (
            ("“It was a tight game,” Ann Roe said of the Portugal-Spain final.",),
            [("It was a tight game,", "Ann Roe")],
        ),
    ],
)
def test_an_arabic_article_glued_to_a_name(paragraphs, expected):
    assert _found(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a name whose role has an owner before it opens its clause at the owner, so a relative
        # clause set off by commas between it and the verb keeps it the subject
        (
            "Farmers’ union Terrafolk, which speaks for 9,000 growers, said the levy was “a "
            "tax on bread.”",
            "Terrafolk",
        ),
        (
            "Trade group Velmora, which represents 300 bakeries, said the rules were “rushed.”",
            "Velmora",
        ),
        (
            "Kestrel chief executive Ann Roe, who took over in May, said the plan was “bold.”",
            "Ann Roe",
        ),
        # a name after a preposition stays no subject: the letter speaks, not its writer
        (
            "A letter from Kestrel chief executive Ann Roe, who took over in May, said the plan "
            "was “bold.”",
            None,
        ),
    ],
)
def test_an_owned_role_opens_the_subjects_clause(paragraph, speaker):
    assert [s for _, s in _found(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a body's (or a person's) own work opening the clause speaks for its owner
        (
            "Still, the Guild of Master Bakers’ own survey, hardly a neutral source, reported that "
            "most members “would welcome” the change.",
            "Guild of Master Bakers",
        ),
        ("The Kestrel Trust’s report said the river was “badly polluted.”", "Kestrel Trust"),
        ("Ann Roe’s latest study said the reef was “in steady decline.”", "Ann Roe"),
        # a possessive name in a phrase that opens no clause, or owning no work, is no subject
        ("A report on Ann Roe’s farm said the river was “badly polluted.”", None),
        ("After Ann Roe’s report, the council said the river was “badly polluted.”", None),
        ("Ann Roe’s lawyer said the claim was “baseless.”", None),
    ],
)
def test_an_owners_work_speaks_for_the_owner(paragraph, speaker):
    assert [s for _, s in _found(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a letter's signature names its writer: a description in the next letter is someone
        # the next writer met, not the one who signed above
        (
            (
                "Your leader on the ferry was right, and the fares are a scandal.",
                "— Imogen Latchford-Reyes, Portbury",
                "When I asked at the ticket office, the manager told me: “We have no timetable.”",
            ),
            None,
        ),
        (
            (
                "The new car park is a blight on the square.",
                "– Tom Pell, Ashby",
                "When I called at the depot, the manager told me: “Nothing can be done.”",
            ),
            None,
        ),
        # the person named last in running text is still the one a description points back to
        (
            (
                "Tom Pell has run the ferry office for 20 years.",
                "When I asked at the ticket office, the manager told me: “We have no timetable.”",
            ),
            "Tom Pell",
        ),
    ],
)
def test_a_description_after_a_signature_points_back_to_nobody(paragraphs, speaker):
    assert [s for _, s in _found(*paragraphs)] == [speaker]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # a lone given name after a family word, with no comma between, opens its clause: she is
        # the subject a later `she` and her quote carry on from
        (
            (
                "“We play small rooms,” said Orla Quinlan, the eldest.",
                "Her sister Maeve, the drummer, is shyer. Asked about the tour, she paused. “It "
                "was the best month of my life.”",
            ),
            "Maeve",
        ),
        (
            (
                "“We play small rooms,” said Tom Quinlan.",
                "His brother Cathal is quieter. He shrugged. “It was fine.”",
            ),
            "Cathal",
        ),
        # the family word in a phrase that is no subject leaves the speaker named before
        (
            (
                "“We play small rooms,” said Orla Quinlan, the eldest.",
                "She wrote the album with her sister Maeve in mind. She paused. “It was hard.”",
            ),
            "Orla Quinlan",
        ),
    ],
)
def test_a_given_name_after_a_family_word_is_the_subject(paragraphs, speaker):
    assert _found(*paragraphs)[-1][1] == speaker
