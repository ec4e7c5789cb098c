"""heads84: a caption's closing dotted code of two letters keeps its stop when a credit opening
on initials is glued after it; a question right after a list its section's lead-in opened,
pointing back at the list's items, is asked in passing on any page; a whole quoted question on
a page whose other heads are quotations is no lone question; a whole quotation right under the
lead, where the page's heads are quotations, is their first. Made-up captions and exports,
with near misses that change one thing each."""

from __future__ import annotations

import pytest

from api.parser.credits import split_credit
from api.parser.glue import initials_after_dotted_code
from api.parser.heading_lone_questions import leans_on_a_list
from api.parser.heading_quoted_slots import under_the_lead
from api.parser.heading_series import in_the_pages_quotes
from api.parser.layout import Line, Picture
from tests.parser.exports import heads_of

# --- a caption's dotted code, then a credit opening on two initials ---

CODE_BEFORE_INITIALS = [
    ("Snow geese over a marsh in Delaware, the first state of the U.S.K.L. Amsel-Roth/AP",
     "Snow geese over a marsh in Delaware, the first state of the U.S.",
     "K.L. Amsel-Roth/AP"),
    ("Marchers on the National Mall in Washington, D.C.T.M. Oduya / Reuters",
     "Marchers on the National Mall in Washington, D.C.", "T.M. Oduya / Reuters"),
    ("Nurses at a rally over pay outside a hospital in the U.K.B.J. Farrow-Lisle/PA Wire",
     "Nurses at a rally over pay outside a hospital in the U.K.", "B.J. Farrow-Lisle/PA Wire"),
]  # fmt: skip

# The same joins left as they are: a code of three letters, a company form, no credit's shape,
# a single initial (right before already).
CODE_NEAR_MISSES = [
    ("A parade float in Ohio, the U.S.A.J. Pellam-Voss/AP",
     "A parade float in Ohio, the U.S.A.", "J. Pellam-Voss/AP"),
    ("Tractors at the plant of Agro Llanura S.R.L.C. Benítez-Orue/Última Hora",
     "Tractors at the plant of Agro Llanura S.R.L.", "C. Benítez-Orue/Última Hora"),
    ("A cruiser of the U.S.S.R. Navy in 1971", "A cruiser of the U.S.S.R. Navy in 1971", None),
    ("Cranes over a port in the U.S.H. Quarle/AP",
     "Cranes over a port in the U.S.", "H. Quarle/AP"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "caption", "credit"), CODE_BEFORE_INITIALS + CODE_NEAR_MISSES)
def test_a_dotted_code_before_a_credit_s_initials(line, caption, credit):
    assert split_credit("", line) == (caption, credit)


def test_initials_after_dotted_code():
    line = "in the U.S.K.L. Amsel-Roth/AP"
    assert initials_after_dotted_code(line, line.index("K"))
    assert not initials_after_dotted_code(line, line.index("L."))  # inside the initials
    navy = "of the U.S.S.R. Navy"
    assert not initials_after_dotted_code(navy, navy.index("S.R."))
    firm = "Acme S.R.L.C. Doe/AP"
    assert not initials_after_dotted_code(firm, firm.index("L.C"))
    glued = "the XU.S.K.L. Roth/AP"  # the pair no word of its own
    assert not initials_after_dotted_code(glued, glued.index("K"))


# --- a question right after its section's list, pointing back at the list's items ---

PERMIT_BRING = "What do I need to bring?"
PERMIT_LEAN = "What if my landlord will not sign any of these?"
PERMIT = [
    "HALVERSTON — Residents' parking permits in the old town will cost twice as much from "
    "April, the council said on Tuesday, and every permit must be renewed in person.",
    "Here are the questions readers have sent us since the announcement, with the answers.",
    "Why is the price going up?",
    "The council says the scheme has run at a loss for six years, and that the wardens and the "
    "machines now cost more than the permits bring in. It will review the price in two years.",
    PERMIT_BRING,
    "You need your car's registration papers and one of the following:",
    "  • a tenancy agreement in your name",
    "  • a council tax bill from this year",
    "  • a letter from your landlord",
    PERMIT_LEAN,
    "Then a utility bill with the address on it will do, with a letter from the housing "
    "office, but only until the end of May.",
    "Can I park in another zone?",
    "No. A permit is valid in its own zone only, and the wardens have been told to check the "
    "zone letter on every windscreen, including those of visitors who have a day pass.",
    "How long does a permit last?",
    "One year from the day it is issued. The council will send a reminder by post a month "
    "before it runs out, but it says residents should not count on the letter arriving.",
]
PERMIT_HEADS = [PERMIT[2], PERMIT_BRING, PERMIT[11], PERMIT[13]]


def test_a_question_leaning_on_its_section_s_list_is_text_in_a_faq():
    assert heads_of(*PERMIT) == PERMIT_HEADS


CLINIC_LEAN = "Do the twins need all of those?"
CLINIC = [
    "PELLWORTH — The health board has added two vaccines to the schedule for children under "
    "five, and parents will be asked to book the first doses at their local clinic.",
    "The board answered the questions parents have been asking on its helpline.",
    "Which vaccines are new?",
    "One protects against a stomach virus that sends hundreds of children to hospital every "
    "winter, and the other is a booster for a vaccine most children already have at one.",
    "When should my child have them?",
    "The doses are given at these visits:",
    "  • eight weeks",
    "  • twelve weeks",
    "  • one year",
    CLINIC_LEAN,
    "Yes, each of them, even if one of the twins has already had the virus this winter and "
    "the other has not been ill at all.",
    "Where do I book?",
    "At the clinic where your child was registered at birth, by phone or at the desk. The "
    "board says appointments will be offered within a fortnight of the first call.",
    "Is there a charge?",
    "No. The vaccines are free for every child on the schedule, whatever their parents' "
    "insurance, and the clinics will not ask to see any card at the desk.",
]
CLINIC_HEADS = [CLINIC[2], CLINIC[4], CLINIC[11], CLINIC[13]]


def test_a_yes_or_no_question_leaning_on_a_schedule_s_list_is_text():
    assert heads_of(*CLINIC) == CLINIC_HEADS


def test_a_faq_s_question_after_an_answer_s_list_naming_its_topic_stays_a_head():
    # 'Can I park in another zone?' names its own topic: the next head of the FAQ
    blocks = [*PERMIT]
    blocks[9] = "Can I renew by post?"
    assert heads_of(*blocks) == [PERMIT[2], PERMIT_BRING, "Can I renew by post?", *PERMIT[11::2]]


def test_a_leaning_question_over_two_paragraphs_stays_a_head():
    blocks = [*PERMIT[:11], "The council has said it will look at each case.", *PERMIT[11:]]
    assert heads_of(*blocks) == [PERMIT[2], PERMIT_BRING, PERMIT_LEAN, PERMIT[11], PERMIT[13]]


def test_a_leaning_question_over_an_answer_longer_than_the_page_s_stays_a_head():
    blocks = [*PERMIT]
    blocks[10] = (
        "Then the council will accept a utility bill with the address on it, or a bank "
        "statement, or a letter from the housing office, but only until the end of May, and "
        "after that the permit desk will ask for the tenancy agreement whatever the landlord "
        "says, so it is worth asking now rather than waiting for the reminder to come."
    )
    assert PERMIT_LEAN in heads_of(*blocks)


def test_leans_on_a_list():
    items = [
        Line("What do I need?", alone=True),
        Line("One of these:", alone=True),
        Line("• a passport", alone=True),
        Line("• a licence", alone=True),
        Line("What if I have none of those?", alone=True),
    ]
    flags = [True, False, False, False, True]
    assert leans_on_a_list(items, flags, 4)
    items[4] = Line("Who qualifies?", alone=True)
    assert not leans_on_a_list(items, flags, 4)  # no word pointing back
    items[4] = Line("What if I have none of those?", alone=True)
    items[1] = Line("Bring a passport.", alone=True)
    assert not leans_on_a_list(items, flags, 4)  # no lead-in opened the list
    assert not leans_on_a_list(items, flags, 1)  # no list before it


VISA_LEAN = "What if one of those has run out?"
VISA = [
    "MARROWAY — Visitors from outside the region will need an entry permit from October, the "
    "interior ministry said, and the embassies have started taking applications.",
    "We put the questions readers sent us to the ministry's press office.",
    "Who needs a permit?",
    "Anyone staying more than 30 days who does not hold a residence card, including students "
    "on exchange and seasonal workers, whose employers used to apply on their behalf.",
    "How do I apply?",
    "At the nearest embassy, in person, with the form and these papers:",
    "  • a passport valid for six more months",
    "  • a health insurance certificate",
    "  • two photographs",
    VISA_LEAN,
    "Renew it first: the embassy will not take an application with an expired paper, and it "
    "will not refund the fee.",
    "How long does it take?",
    "Three weeks, the ministry says, though the embassies in the capital are running about a "
    "week behind after the first rush of applications from seasonal workers.",
    "Is there a fee?",
    "Forty euros, paid at the desk by card. Children under twelve pay nothing, and students "
    "with a letter from their university pay half.",
]
VISA_HEADS = [VISA[2], VISA[4], VISA[11], VISA[13]]


def test_a_question_leaning_on_an_application_s_list_is_text():
    assert heads_of(*VISA) == VISA_HEADS


# --- a sketch whose heads are quotations: the first right under the lead ---

MARKET_FIRST = "“The stalls shall open at dawn.”"
MARKET_ASKED = "“Who took the awnings?”"
MARKET_LAST = "“Will anyone come back next year?”"
MARKET = [
    "CARRICKBEG — Every first Saturday in June, the town's charter market opens at six in the "
    "morning on the green, as it has since a royal grant nobody has been able to find. It "
    "rained. It always rains.",
    MARKET_FIRST,
    "They did, more or less. The bailiff read the charter from the steps of the market cross "
    "while the traders unloaded behind him, and a drummer marked the end of each clause.",
    "The crowd was thin until nine, when the bakery opened its doors and the smell crossed the "
    "green. By ten the queue for the pies reached the war memorial.",
    MARKET_ASKED,
    "The striped awnings that have shaded the stalls since the 1970s had gone from the store "
    "overnight, and the traders spent the morning under umbrellas and bin bags. The police "
    "have been told.",
    "Nobody has owned up. Several people have guesses.",
    "The prizes went to the usual names.",
    "The best cheese was the dairy's, for the ninth year, and the best bread the bakery's. The "
    "judges, who are the same three people as last year, were not available for comment.",
    "“We have been making it the same way since 1962.”",
    "That was the dairy's owner, with her rosette, and the crowd laughed because it is "
    "printed on every label she sells.",
    MARKET_LAST,
    "That was the question a councillor put to the market committee at its meeting afterwards, "
    "as the takings were counted.",
    "The committee said it would. The chairman said it had survived two wars and the "
    "supermarket, and it would survive the weather and the missing awnings too.",
]
MARKET_HEADS = [MARKET_FIRST, MARKET_ASKED, MARKET[7], MARKET_LAST]


def test_a_sketch_s_quoted_heads_stand_and_a_quotation_inside_a_section_is_text():
    assert heads_of(*MARKET) == MARKET_HEADS


COURT_ASKED = "“Is this a court or a circus?”"
COURT = [
    "BARNSTOW — The town's magistrates sat for the last time in the old courthouse on Friday, "
    "before the building is sold and the cases move to the county town forty miles away.",
    "“All rise.”",
    "Nobody did, at first. The clerk said it twice, and the public gallery, which was full for "
    "once, got to its feet in a slow wave from the front row back to the doors.",
    "The first case was a dog that had bitten a postman. The dog was not in court.",
    "“Who let the photographers in?”",
    "The cells were opened to visitors in the morning, and by ten the queue went round the "
    "square and a local paper had a man on the roof of the bus shelter with a long lens.",
    "Was it allowed? Nobody knew. The usher said he had never been asked before.",
    "The last day was like any other.",
    "There were eleven cases on the list, most of them for speeding, and the bench got "
    "through them by lunch. The chairman thanked the ushers by name before the adjournment.",
    "“I have been coming here since I was a boy.”",
    "That was the oldest usher, who is retiring with the building, and who was given a round "
    "of applause when the chairman mentioned him.",
    COURT_ASKED,
    "That was the question a defendant asked the bench when the gallery laughed at his "
    "excuse, and he was fined for it.",
    "The chairman said it had been both, on occasion, for two hundred years, and that the "
    "town would miss it either way when it was gone.",
]
COURT_HEADS = ["“All rise.”", COURT[4], COURT[7], COURT_ASKED]


def test_a_court_sketch_s_quoted_question_after_a_quotation_paragraph_stands():
    assert heads_of(*COURT) == COURT_HEADS


REGATTA_FIRST = "“The boats will race whatever the wind.”"
REGATTA = [
    "LOWHAVEN — The harbour regatta has been held on the last Sunday of August since 1871, and "
    "the committee has never once cancelled it, though in 1953 it came close.",
    REGATTA_FIRST,
    "They raced, in the end, in a wind so light that the dinghies drifted backwards on the "
    "ebb, and the first race took an hour and forty minutes to finish a course of two miles.",
    "The crowd on the wall stayed for most of it, which says something about the crowd.",
    "“Is the start line in the right place?”",
    "The committee moved it this year, from the harbour mouth to the beacon, so that the "
    "spectators could see the boats cross it. The skippers were not consulted.",
    "Several of them said so, loudly, over the radio.",
    "“Who will sail the old gaffer now?”",
    "Its skipper of forty years retired in May, and his grandson took the helm for the first "
    "time. He came fourth, and said afterwards that fourth was a good place to start from.",
    "The race officer gave him a bottle of rum anyway.",
    "“Could it ever be called off?”",
    "The committee's rules allow it only for a gale warning, and the secretary said there had "
    "not been one on a regatta day in her lifetime, nor in her mother's before her.",
    "The forecast for next year, she added, is not yet in.",
]
REGATTA_HEADS = [REGATTA_FIRST, REGATTA[4], REGATTA[7], REGATTA[10]]


def test_a_quotation_under_the_lead_heads_a_page_of_quoted_heads():
    assert heads_of(*REGATTA) == REGATTA_HEADS


def test_a_quotation_under_the_lead_over_one_paragraph_stays_text():
    blocks = [*REGATTA[:3], *REGATTA[4:]]
    assert REGATTA_FIRST not in heads_of(*blocks)


def test_a_quotation_under_the_lead_beside_heads_unquoted_stays_text():
    blocks = [*REGATTA]
    blocks[4] = "Is the start line in the right place?"
    blocks[7] = "Who will sail the old gaffer now?"
    assert REGATTA_FIRST not in heads_of(*blocks)


def test_a_quotation_with_its_speaker_under_the_lead_stays_text():
    blocks = [*REGATTA]
    blocks[1] = "“The boats will race whatever the wind,” the commodore said."
    assert heads_of(*blocks) == REGATTA_HEADS[1:]


def test_under_the_lead():
    items = [
        Line("LOWHAVEN — Text.", alone=True),
        Picture("A boat", "A boat at the quay.Ann Lee/AP"),
        Line("“X.”", True),
    ]
    assert under_the_lead(items) == 2
    assert under_the_lead(items[:2]) == -1


def test_in_the_pages_quotes():
    items = [
        Line("“Who moved the chairs?”", alone=True),
        Line("Text.", alone=True),
        Line("“Is it worth doing?”", alone=True),
        Line("Was it deliberate?", alone=True),
    ]
    assert in_the_pages_quotes(items, 2, 2)
    assert not in_the_pages_quotes(items, 1, 2)  # no other quoted head
    assert not in_the_pages_quotes(items, 2, 3)  # bare
