"""Speakers94: bodies through spokespeople, documents and generic nouns, traced first.

The reader's rules: `the steelmaker` is the company whose name holds its product; `the realty
firm` the company whose name holds the word before the company's noun; a software firm is `the
vendor`; a trust, foundation or fund is `the funder`; an apposition may hold a possessive (`the
sport's governing body`); a sport's word opening a name makes a governing body (`Racing X`); a
lone capitalised noun (`Group` of `four Group winners`) names no body `the group` calls back,
while `the Authority said` is the body `the authority` would be; a letter from a body's long
name, its acronym in brackets and its addressee before a `seen by` or `dated` aside, is that
body's; a body's word closing the sender's name makes it a body's; a document on `the
council's website` is the council's; an unnamed document whose verb reports `the company` is
the company's; `according to a copy of the decision` gives papers, not a speaker.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from tests.quotes.helpers import speakers as _speakers

_PERSON = "Omar Saleh, 60, said he had worked there for years."

# --- a maker's noun: the product its name holds --------------------------------------------------


@pytest.mark.parametrize(
    ("first", "cue", "speaker"),
    [
        (
            "Some 900 workers of Harwick Steel Canada Inc. will lose their pensions.",
            "A spokeswoman for the steelmaker said staff would be offered “a fair settlement”.",
            "Harwick Steel Canada Inc.",
        ),
        (
            "Orders at Tavor Chips Ltd fell by a third in the spring.",
            "A spokesman for the chipmaker said: “Demand will come back next year.”",
            "Tavor Chips Ltd",
        ),
        (
            "The Dunmere Shoe Company Ltd shut its second factory on Monday.",
            "A spokesperson for the shoemaker said: “We had no other choice.”",
            "Dunmere Shoe Company Ltd",
        ),
        # (near-miss: a ministry is no maker, whatever its field)
        (
            "The Ministry of Steel published the figures on Monday.",
            "A spokeswoman for the steelmaker said: “We have not seen them.”",
            None,
        ),
    ],
)
def test_a_makers_noun_calls_the_company_of_its_product(first, cue, speaker):
    assert _speakers(first, _PERSON, cue)[-1] == speaker


# --- the word before a company's noun, held by a company's name ---------------------------------


@pytest.mark.parametrize(
    ("first", "cue", "speaker"),
    [
        (
            "The tower's developer, Orvel Bay Realty and Development Corp., blamed the tenants. "
            "The Kesto Residences Condominium Corp. rejected that.",
            "A spokesman for the realty firm said it had handed over “a safe building”.",
            "Orvel Bay Realty and Development Corp.",
        ),
        (
            "Tarnwell Shipping Ltd leased the berth to Holm Grain Co. last year.",
            "A spokeswoman for the shipping company said: “The lease was lawful.”",
            "Tarnwell Shipping Ltd",
        ),
        (
            "Brisa Dairy Ltd sold the farm to Calden Timber Inc. in May.",
            "A spokesperson for the dairy firm said: “We needed the money.”",
            "Brisa Dairy Ltd",
        ),
        # (near-miss: no company's name holds the word: the company the sentence is about,
        # as without the rule)
        (
            "Brisa Dairy Ltd sold the farm to Calden Timber Inc. in May.",
            "A spokesperson for the tech firm said: “We needed the money.”",
            "Brisa Dairy Ltd",
        ),
    ],
)
def test_the_word_before_a_companys_noun_picks_the_company_so_named(first, cue, speaker):
    assert _speakers(first, _PERSON, cue)[-1] == speaker


# --- a software firm is the vendor --------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "cue", "speaker"),
    [
        (
            "The ballot is run by Pollwise Software LLC, a Lowell company. In a statement, the "
            "vendor said the fault was “a one-off error”.",
            None,
            "Pollwise Software LLC",
        ),
        (
            "Medora Software Ltd keeps the clinic's records.",
            "“No data was lost,” the vendor said.",
            "Medora Software Ltd",
        ),
        (
            "Ticket sales were handled by Kestrel Park Software Inc. for the council.",
            "A spokeswoman for the provider said: “The site is back up.”",
            "Kestrel Park Software Inc.",
        ),
        # (near-miss: a bakery is no vendor of software, nor any firm named)
        (
            "Medora Bakery Ltd bakes the clinic's bread.",
            "“No data was lost,” the vendor said.",
            None,
        ),
    ],
)
def test_a_software_firm_is_the_vendor(first, cue, speaker):
    paragraphs = (first,) if cue is None else (first, cue)
    assert _speakers(*paragraphs)[-1] == speaker


# --- a trust, a foundation or a fund is the funder ----------------------------------------------


@pytest.mark.parametrize(
    ("first", "cue", "speaker"),
    [
        (
            "The Western Mills Heritage Trust had pledged £2m to the friends' group.",
            "A spokesman for the funder said: “It was not an easy decision.”",
            "Western Mills Heritage Trust",
        ),
        (
            "The Halvard Foundation paid for the new roof in 2022.",
            "A spokeswoman for the funder said: “We are proud of the school.”",
            "Halvard Foundation",
        ),
        (
            "The grant came from the Tarn Valley Community Fund last spring.",
            "“We will look at the bid again,” a spokesperson for the funder said.",
            "Tarn Valley Community Fund",
        ),
        # (near-miss: a company is no funder by its name)
        (
            "The grant came from Tarn Valley Foods Ltd last spring.",
            "A spokesperson for the funder said: “We will look at the bid again.”",
            None,
        ),
    ],
)
def test_a_trust_is_the_funder(first, cue, speaker):
    assert _speakers(first, _PERSON, cue)[-1] == speaker


# --- a governing body in apposition, its owner's possessive inside -----------------------------


@pytest.mark.parametrize(
    ("first", "cue", "speaker"),
    [
        (
            "Racing Tarnland, the sport’s governing body, said the meeting would go ahead.",
            "A spokeswoman for the governing body said: “The track is safe.”",
            "Racing Tarnland",
        ),
        (
            "Vell Harbour Board, the port's licensing body, fined two ferries.",
            "A spokesman for the licensing body said: “The rules are clear.”",
            "Vell Harbour Board",
        ),
        (
            "Skiing Orvania, the sport's governing body, cancelled the race.",
            "“The snow is too thin,” a spokeswoman for the governing body said.",
            "Skiing Orvania",
        ),
    ],
)
def test_a_governing_body_apposed_with_a_possessive(first, cue, speaker):
    assert _speakers(first, _PERSON, cue)[-1] == speaker


@pytest.mark.parametrize(
    ("first", "speaker"),
    [
        ("Racing Tarnland said the meeting would go ahead.", "Racing Tarnland"),
        ("Equestrian Vell said the show would go ahead.", "Equestrian Vell"),
        ("After the storm, Surfing Orvania said the contest would go ahead.", "Surfing Orvania"),
        # (near-miss: the sport's word closing a name: a person's surname)
        ("Ann Racing said the race would go ahead.", "Ann Racing"),
    ],
)
def test_a_sports_word_opening_a_name_makes_a_body(first, speaker):
    assert _speakers(first.replace(" said ", " said: “We are ready.” ", 1))[0] == speaker


# --- a lone capitalised noun, and a body's own word after `the` --------------------------------


@pytest.mark.parametrize(
    ("first", "cue", "speaker"),
    [
        (
            "Trainer Ann Vell, whose yard has had three Group winners, said the horse was fine. "
            "The Tarn Valley Owners’ Association wants the fees refunded.",
            "“Owners should not pay,” the group said.",
            "Tarn Valley Owners’ Association",
        ),
        (
            "The race has Class winners from four yards. The Vell Breeders' Society met on Monday.",
            "“We are worried,” the society said.",
            "Vell Breeders' Society",
        ),
        (
            "The Orvel Ports Authority (OPA) has cancelled the tender.",
            "In a notice, the Authority said the tender had been “withdrawn for review”.",
            "Orvel Ports Authority",
        ),
        (
            "The Vell Bureau of Standards ordered the recall on Friday.",
            "The Bureau said the batches “must be returned at once”.",
            "Vell Bureau of Standards",
        ),
        # (near-miss: two bodies named before share the word: it stands for neither)
        (
            "The Vell Water Commission and the Tarn Roads Commission met on Monday.",
            "The Commission said the talks had been “useful”.",
            "Commission",
        ),
        # (near-miss: `the Authority` of no authority named before: no body to call back)
        (
            "Farmers met in Tarn on Monday.",
            "The Authority said the fees “will rise”.",
            "Authority",
        ),
    ],
)
def test_a_capitalised_noun_alone(first, cue, speaker):
    assert _speakers(first, cue)[-1] == speaker


# --- a letter from a body's long name, its acronym and its addressee -----------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "A letter from the Tarn Fair Trading and Consumer Welfare Commission (TFTCW) to "
            "supermarket chains, seen by the Post, said shops “will be fined”.",
            "Tarn Fair Trading and Consumer Welfare Commission",
        ),
        (
            "A letter from the Vell Anti-Fraud and Public Integrity Bureau (VAPIB) to the ports "
            "authority, dated May 2, said investigators had “opened a file”.",
            "Vell Anti-Fraud and Public Integrity Bureau",
        ),
        (
            "An email from the Vell Harbour Authority (VHA) to berth holders, sent on Friday, "
            "said fees would “double next year”.",
            "Vell Harbour Authority",
        ),
        # (near-miss: a letter from a person: hers, not a body's)
        (
            "A letter from Anna Roe to the council, seen by the Post, said the hall was “unsafe”.",
            None,
        ),
    ],
)
def test_a_letter_from_a_bodys_long_name(paragraph, speaker):
    assert _speakers(paragraph)[-1] == speaker


# --- a document on a body's own site -------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "cue", "speaker"),
    [
        (
            "Kelby County Council has issued orders for six farms.",
            "A notice on the council’s website said objections must be made “by December 19”.",
            "Kelby County Council",
        ),
        (
            "Tarnside Rovers sacked their manager on Sunday.",
            "A statement on the club's website said he had been “a loyal servant”.",
            "Tarnside Rovers",
        ),
        (
            "The Orvel Water Board cut supplies to 40 homes.",
            "A statement on the board's Facebook page said water would be “back by Friday”.",
            "Orvel Water Board",
        ),
        # (near-miss: a website no body owns by a noun)
        (
            "Kelby County Council has issued orders for six farms.",
            "A notice on a local website said objections must be made “by December 19”.",
            None,
        ),
    ],
)
def test_a_document_on_a_bodys_own_site(first, cue, speaker):
    assert _speakers(first, _PERSON, cue)[-1] == speaker


# --- an unnamed document reporting a body's noun -----------------------------------------------


@pytest.mark.parametrize(
    ("first", "cue", "speaker"),
    [
        (
            "Some 600 retirees of Harwick Steel Canada Inc. will lose their benefits.",
            "A memo sent to staff on Friday said the company “deeply regrets the impact”.",
            "Harwick Steel Canada Inc.",
        ),
        (
            "Vell Water Ltd raised its prices by a fifth.",
            "An email sent to customers on Monday said the firm “regrets the short notice”.",
            "Vell Water Ltd",
        ),
        (
            "The Tarn Bakers Union called a strike for Monday.",
            "A letter sent to members on Friday said the union “will not back down”.",
            "Tarn Bakers Union",
        ),
        # (near-miss: the document reports people, no body's noun)
        (
            "Vell Water Ltd raised its prices by a fifth.",
            "An email sent to customers on Monday said the engineers “worked through the night”.",
            None,
        ),
    ],
)
def test_an_unnamed_document_reporting_a_bodys_noun(first, cue, speaker):
    assert _speakers(first, _PERSON, cue)[-1] == speaker


# --- according to a copy of a document ---------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The Vell Appeals Tribunal (VAT) ruled last month that the board had “ignored its "
            "own rules,” according to a copy of the decision seen by the Post.",
            "Vell Appeals Tribunal",
        ),
        (
            "The Tarn Planning Board said the plans were “not acceptable,” according to a copy of "
            "the ruling.",
            "Tarn Planning Board",
        ),
        (
            "Orvel Homes Ltd said it would “appeal at once,” according to copies of the letter "
            "sent to buyers.",
            "Orvel Homes Ltd",
        ),
        # (near-miss: `according to` a person: the person)
        (
            "The board had “ignored its own rules,” according to Anna Roe, a former member.",
            "Anna Roe",
        ),
    ],
)
def test_according_to_a_copy_is_papers(paragraph, speaker):
    assert _speakers(paragraph)[-1] == speaker


@pytest.mark.parametrize(
    ("first", "cue", "speaker"),
    [
        (
            "Orvel Harbour Ltd, the port's operating body, said berths would close. The Vell "
            "Coast Guard said two ships were held.",
            "A spokeswoman for the operating body said: “The berths will open on Monday.”",
            "Orvel Harbour Ltd",
        ),
        (
            "Tarn Grain Co-operative, the region's marketing body, said prices would fall. Vell "
            "Council said roads would be closed.",
            "A spokesman for the marketing body said: “Farmers will be paid.”",
            "Tarn Grain Co-operative",
        ),
        (
            "Kelby Arts Trust, the city's funding body, cut two grants. Vell Council said it was "
            "sorry.",
            "“We had no choice,” a spokeswoman for the funding body said.",
            "Kelby Arts Trust",
        ),
        # (near-miss: the apposition is the other body's)
        (
            "Kelby Arts Trust cut two grants. Vell Council, the city's funding body, said it was "
            "sorry.",
            "“We had no choice,” a spokeswoman for the funding body said.",
            "Vell Council",
        ),
    ],
)
def test_an_apposition_with_a_possessive_names_the_body_over_one_that_spoke_since(
    first, cue, speaker
):
    assert _speakers(first, cue)[-1] == speaker
