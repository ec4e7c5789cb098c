"""Speakers79: a document speaks for its issuer, named in the article's text before it: the body
that wrote, sent, posted or commissioned it (`wrote to`, `a letter pinned to the fence` of `the
firm's depot`, `commissioned from`, `was carried out by`), the owner in `a notice from the <noun>`,
`the <role>'s statement`, `its report`; the newspaper that saw it never (`The letter, seen by the
Courier, said`).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_body_names import bracketed_form_end
from api.parser.quote_documents import (
    before_relative,
    document_aside,
    document_from,
    it_antecedent,
    its_document,
    posted_documents,
    role_owned_document,
)
from api.parser.quote_orgs import LEGAL_FORMS, naming_words
from api.parser.quote_people import find_mentions
from tests.quotes.helpers import speakers

_FILLER = "Marisol Achterberg, who runs a cafe by the quay, said trade had halved since June."


# --- a participle's aside after a document, up to the cue's verb ------------------------------


@pytest.mark.parametrize(
    ("head", "aside"),
    [
        ("The letter, seen by the Courier, ", ", seen by the Courier, "),
        ("The notice, posted on the board's website on Tuesday, ", ", posted on the board"),
        ("A notice from the contractor taped to the doors, dated Oct 9, ", ", dated Oct 9, "),
        ("Its new memo, obtained by Reuters, ", ", obtained by Reuters, "),
        ("The man, seen by neighbours, ", None),  # a person's aside: the name rules read it
        ("The letter, which the Courier saw, ", None),  # a relative clause: read elsewhere
        ("Police said the letter was found, sent by post, ", None),  # no document opens it
    ],
)
def test_a_participle_aside_after_a_document(head, aside):
    found = document_aside(head)
    assert (head[found:].startswith(aside) if aside else found is None) is True


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The Bank of Norland, which licenses lenders, wrote to Quilltop on Monday.",
                "The letter, seen by the Courier, said the lender expected “a full plan within"
                " a week”.",
            ),
            "Bank of Norland",
        ),
        (
            (
                "Harwick Borough Council wrote to tenants on Friday about the repairs.",
                "The letter, dated May 2, said the work would be “finished by the summer”.",
            ),
            "Harwick Borough Council",
        ),
        (
            (
                "The Tarrow Valley Water Board met on Monday.",
                "The notice, posted on the board's website on Tuesday, said supplies would be"
                " “cut at noon”.",
            ),
            "Tarrow Valley Water Board",
        ),
        (
            # the paper that saw it is no speaker, and no one is said to have written it
            (
                "The Elmfield estate was built in 1968 for dockers' families.",
                "The letter, seen by the Courier, said the estate had been “left to rot” for"
                " years.",
            ),
            None,
        ),
    ],
)
def test_the_document_past_its_aside_speaks_for_its_issuer(paragraphs, speaker):
    assert speakers(*paragraphs)[-1] == speaker


# --- a body writes to someone: a letter ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "start"),
    [
        ("The Bank of Norland, which licenses lenders, wrote to", " wrote", " which"),
        ("The trust, who run the park, wrote to", " wrote", " who"),
        ("The Bank of Norland wrote to", " wrote", " wrote"),  # no relative clause: itself
        ("The Bank, in March, wrote to", " wrote", " wrote"),  # an aside, no relative clause
    ],
)
def test_a_relative_clause_before_the_issuing_verb(text, word, start):
    at = text.index(word)
    assert text[before_relative(text, at) :].startswith(("," + start, start))


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Pensioner Margaret Olway wrote to the council in March about the lifts.",
                "The letter said the lifts had been “broken for weeks” already.",
            ),
            "Margaret Olway",  # a person wrote it: the person
        ),
        (
            (
                "Kestrel Water Ltd, which supplies the valley, wrote to customers on Friday.",
                _FILLER,
                "“Supplies will be restored by Sunday,” the letter said.",
            ),
            "Kestrel Water Ltd",
        ),
        (
            (
                "A letter was sent to tenants in March.",
                "The letter said the estate had been “left to rot” for years.",
            ),
            None,  # no one is said to have sent it
        ),
    ],
)
def test_a_letter_speaks_for_who_wrote_to(paragraphs, speaker):
    assert speakers(*paragraphs)[-1] == speaker


# --- a document from a body's noun ------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "opening"),
    [
        ("A notice from the contractor taped to the doors", "A notice from the contractor"),
        ("A letter from the council posted to every house", "A letter from the council"),
        ("The circular from the ministry", "The circular from the ministry"),
        ("A parcel from the council", None),  # no document
        ("A letter to the council", None),  # to, not from
    ],
)
def test_a_document_from_a_noun_opens_the_subject(phrase, opening):
    assert document_from(phrase) == opening


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Burials at Elmfield Cemetery stopped after the Dunmore City Corporation said"
                " it was full.",
                "A notice from the city posted at the gate on Monday said burials would be"
                " allowed “in family vaults only”.",
            ),
            "Dunmore City Corporation",
        ),
        (
            (
                "Lifts at the flats are serviced by Kestrel Lift Engineering Ltd, the contractor"
                " named by the council.",
                "A notice from the contractor taped to the doors, dated Oct 9, said repairs were"
                " “pending a new motor”.",
            ),
            "Kestrel Lift Engineering Ltd",
        ),
        (
            (
                "Headteacher Ruth Ambler closed the school on Monday.",
                "A letter from the headteacher sent to parents said the roof was “unsafe in wind”.",
            ),
            "Ruth Ambler",  # a person's noun: the person
        ),
    ],
)
def test_a_document_from_the_noun_speaks_for_its_body(paragraphs, speaker):
    assert speakers(*paragraphs)[-1] == speaker


# --- a document put up at a place its owner's possessive names ---------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Drivers at the firm's depot found a letter pinned to the fence.",
            [("letter", "firm")],
        ),
        ("The notice, posted on the commission's website, said", [("notice", "commission")]),
        ("A note taped to the trust's door said", [("note", "trust")]),
        ("Drivers found a letter pinned to the fence.", []),  # no owner in the sentence
        # two owners: which one put it up is not said
        ("At the driver's hut and the firm's depot a letter was pinned up.", []),
        ("The firm's depot was shut. A letter pinned to the fence said", []),  # another sentence
    ],
)
def test_a_document_put_up_and_its_owner(text, found):
    assert [(noun, owner) for _, noun, owner in posted_documents(text)] == found


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Marlow Coaches Ltd went into administration on Sunday.",
                "Drivers arriving at the firm's depot found a letter pinned to the fence. Staff"
                " were being laid off ‘with immediate effect’, the letter said, adding that pay"
                " ‘cannot be guaranteed’.",
            ),
            ["Marlow Coaches Ltd", "Marlow Coaches Ltd"],
        ),
        (
            (
                "Drivers arriving at the firm's depot found a letter pinned to the fence. Staff"
                " were being laid off ‘with immediate effect’, the letter said.",
            ),
            [None],  # the firm is never named
        ),
    ],
)
def test_a_posted_document_speaks_for_the_owner(paragraphs, expected):
    assert speakers(*paragraphs)[-len(expected) :] == expected


# --- a work commissioned from a firm, an inspection carried out by one -----------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "A 2021 study commissioned from Norwick Spatial Planning Ltd had warned the site"
                " would fill. The study said the town needed “a new cemetery within ten years”.",
            ),
            "Norwick Spatial Planning Ltd",
        ),
        (
            (
                "The inspection was carried out by Tarn Structural Group LLC under state law.",
                "Residents were evacuated on Friday.",
                "The report said corrosion was “advanced” in places.",
            ),
            "Tarn Structural Group LLC",
        ),
        (
            (
                "The report, by Ann Lesterby, a housing researcher, said the estate was “beyond"
                " repair” now.",
            ),
            "Ann Lesterby",  # the report's author
        ),
        (
            (
                "A Courier report last year found the lifts broke weekly.",
                "The report said the lifts were “a danger to residents” then.",
            ),
            None,  # the newspaper's own report: no one
        ),
    ],
)
def test_a_work_speaks_for_who_made_it(paragraphs, speaker):
    assert speakers(*paragraphs)[-1] == speaker


# --- the owner's statement, its report ------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "noun"),
    [
        ("The owner's statement", "statement"),
        ("the landlord’s letter", "letter"),
        ("The union's statement", "statement"),  # (a body's noun: read by its noun first)
        ("The Acme's statement", None),  # a name's possessive: its owner rule
        ("the owner's house", None),  # no document
    ],
)
def test_a_document_of_a_role_noun(words, noun):
    assert role_owned_document(words.split()) == noun


def test_its_document():
    assert its_document(["its", "report"]) is True
    assert its_document(["its", "house"]) is False
    assert its_document(["the", "report"]) is False


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Brenmoor Leisure Holdings said in a statement that attendances had halved.",
                "Fans gathered on Friday.",
                "The owner's statement said the company was “in talks with buyers” about the site.",
            ),
            "Brenmoor Leisure Holdings",
        ),
        (
            (
                "Fans gathered on Friday.",
                "The owner's statement said the company was “in talks with buyers” about the site.",
            ),
            None,  # no statement issued before
        ),
        (
            (
                "Managing director Raj Halvani said the change followed a Fare Review Committee"
                " report.",
                "The committee had found the line was losing money, according to its report,"
                " which called the old fares “unsustainable by any measure.”",
            ),
            "Fare Review Committee",
        ),
        (
            (
                "The line was losing money, according to its report, which called the old fares"
                " “unsustainable by any measure.”",
            ),
            None,  # no body opens the sentence
        ),
    ],
)
def test_an_owned_document_speaks_for_its_owner(paragraphs, speaker):
    assert speakers(*paragraphs)[-1] == speaker


# --- a participle after words fronted before a phrase's reporting clause -----------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Harwick Borough Council wrote to tenants on Friday.",
                "Rents would rise ‘from April’, the letter said, adding that repairs ‘will wait’.",
            ),
            ["Harwick Borough Council", "Harwick Borough Council"],
        ),
        (
            (
                "Tenants would pay ‘more from April’, the council said, adding that repairs"
                " ‘will wait’.",
            ),
            [None, None],  # (no council named: the fronted `Tenants` is still no speaker)
        ),
        (
            ("Ann Lesterby said rents would rise ‘from April’, adding that repairs ‘will wait’.",),
            ["Ann Lesterby", "Ann Lesterby"],  # the named reporter opens the sentence
        ),
    ],
)
def test_the_participle_is_the_reporting_phrase_s(paragraphs, expected):
    assert speakers(*paragraphs) == expected


# --- a registration in brackets before a company's legal form ----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Golden Reef Resorts (CNMI) LLC has until Friday.", "Golden Reef Resorts (CNMI) LLC"),
        ("Harvest Fields Holdings (Pty) Ltd won the tender.", "Harvest Fields Holdings (Pty) Ltd"),
        ("Orbit Money (SL) Limited froze the wallets.", "Orbit Money (SL) Limited"),
        ("The Harbour Authority (HBA) said it would act.", "Harbour Authority"),  # an acronym
    ],
)
def test_a_bracketed_registration_before_a_form(text, name):
    assert name in [m.name for m in find_mentions(text)]


def test_bracketed_form_end_needs_a_form():
    text = "Golden Reef (CNMI) LLC and the Harbour Authority (HBA) said"
    assert bracketed_form_end(text, text.index(" (CNMI)"), LEGAL_FORMS) == text.index(" and")
    assert bracketed_form_end(text, text.index(" (HBA)"), LEGAL_FORMS) == -1


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Golden Reef Resorts (CNMI) LLC has until Friday to pay its fees.",
                "In a letter to the commission, the company said it had paid part of the sum."
                " The letter said it “remains committed to the islands” for now.",
            ),
            "Golden Reef Resorts (CNMI) LLC",
        ),
        (
            (
                "Harvest Fields Holdings (Pty) Ltd said it would resume deliveries “the moment"
                " it is paid” by the province.",
            ),
            "Harvest Fields Holdings (Pty) Ltd",
        ),
        (
            ("The Harbour Authority (HBA) said it would “review every berth” this year.",),
            "Harbour Authority",
        ),
    ],
)
def test_the_company_s_whole_name_speaks(paragraphs, speaker):
    assert speakers(*paragraphs)[-1] == speaker


# --- `it` of a document: `it reads`, `it said in a notice` --------------------------------------


@pytest.mark.parametrize(
    ("masked", "verb", "before", "phrase"),
    [
        (
            "“...,” it reads.",
            "reads",
            "The notice, seen by the paper, gives 14 days. ",
            "the notice",
        ),
        ("“...,” it states.", "states", "The letter was sent on Monday. ", "the letter"),
        (
            "“...,” it said in a notice.",
            "said",
            "The centre, meanwhile, said it was fixed. ",
            "the centre",
        ),
        (
            "“...,” it said in a notice.",
            "said",
            "The notice said it was fixed. ",
            None,
        ),  # a document
        (
            "“...,” it said.",
            "said",
            "The centre, meanwhile, said it was fixed. ",
            None,
        ),  # no document
        ("“...,” it reads.", "reads", "The centre said it was fixed. ", None),  # no document before
    ],
)
def test_what_it_stands_for(masked, verb, before, phrase):
    at = masked.index(verb)
    assert it_antecedent(masked, (at, at + len(verb)), before) == phrase


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The National Center for Flood Warning (NCFW) runs the sirens.",
                "The Kerrow gauge failed on Monday. The centre, meanwhile, said the Kerrow gauge"
                " had been replaced.",
                "“Public trust is what we have,” it said in a notice on its website. “We will"
                " earn it back.”",
            ),
            [
                "National Center for Flood Warning",
                "National Center for Flood Warning",
            ],
        ),
        (
            (
                "Harwick Borough Council wrote to the contractor on Monday.",
                "The letter, seen by the Courier, gives the firm 14 days. “Failure to comply will"
                " end the contract,” it reads.",
            ),
            ["Harwick Borough Council"],
        ),
        (
            (
                "The Kerrow gauge failed on Monday, and the Harwick Theater closed its doors.",
                "“We are sorry,” it said.",
            ),
            [None],  # no document: the older rules read `it`
        ),
    ],
)
def test_a_document_s_it(paragraphs, expected):
    assert speakers(*paragraphs)[-len(expected) :] == expected


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ("The Harwick Theater closed on Monday.", "“We will reopen,” the theatre said."),
            "Harwick Theater",
        ),
        (
            ("The Harwick Centre for Arts closed.", "“We will reopen,” the center said."),
            "Harwick Centre for Arts",
        ),
    ],
)
def test_one_word_s_two_spellings_name_one_body(paragraphs, speaker):
    assert speakers(*paragraphs)[-1] == speaker


def test_the_spellings_join_no_other_word():
    assert {"centre", "center"} <= naming_words("centre")
    assert "centre" not in naming_words("theatre")
    assert naming_words("council") == frozenset({"council", "councils"})
