"""Lone questions answered by the next line (heads65), on made-up articles: a question a
writer asks and answers at once inside running text is the text's, after a paragraph, a ':'
list or at the close, among statement heads or inside a Q&A explainer's answer; the real
question heads of Q&A explainers, each over a section like its siblings', stay heads."""

from __future__ import annotations

import pytest

from api.parser.heading_lone_questions import leans_back
from tests.parser.exports import heads_of

MILL = (
    "The mill on the river bend ground flour for the valley for two hundred years, and the "
    "wheel still turns on a wet spring morning, though nothing is attached to it any more and "
    "the millstones lie in the yard where the last miller left them in the nineteen-sixties."
)
MILL_2 = (
    "Volunteers restored the roof last winter with slates from a quarry up the valley, and a "
    "grant from the county paid for the scaffolding, the new gutters and a survey of the leat "
    "that feeds the wheel, which had silted up so badly that the water barely reached it."
)
MILL_3 = (
    "Visitors come on Sundays in the summer, mostly families and walkers, and a small cafe in "
    "the old drying room sells scones made with flour from a working mill two counties away, "
    "which the volunteers admit is not quite the point but say is the best they can do."
)
MILL_4 = (
    "The trust that owns the mill hopes to grind again within five years, if it can find a "
    "millwright willing to train a volunteer, and if the insurers can be persuaded that a "
    "turning stone in a room full of schoolchildren is not the risk it sounds like."
)
SHORT_REPLY_1 = "Not yet. The trust says a licence would take a year to come through."
SHORT_REPLY_2 = "Because the river is too low in August, the volunteers say."
PUNCHY = "The wheel does not care. It turns."
CHECKLIST = "Before you go, check:\n\n  • the opening hours\n  • the parking charges\n  • the tide"

# A Q&A explainer on a lottery grant (every head a question, every answer a section).
GRANT_A = (
    "Any registered charity or community group with a bank account in its own name can apply, "
    "as long as its yearly income is under a quarter of a million and it has published its "
    "accounts for the last two years on the regulator's website."
)
GRANT_A2 = (
    "Parish councils and schools cannot apply directly, but a parents' association or a "
    "friends' group attached to one can, and many of last year's awards went to such groups."
)
GRANT_B = (
    "Up to ten thousand for a single project, paid in two parts: most of it when the award is "
    "made and the rest when the group sends in a short report with receipts at the end of the "
    "year, which the fund reads before it pays out."
)
GRANT_B2 = (
    "Larger projects can apply to a second round in the spring, which has a longer form and an "
    "interview, and which funded fewer than one bid in ten last time it was run."
)
GRANT_C = (
    "Online, through the fund's portal, by the last Friday of March. Paper forms are accepted "
    "only from groups that can show they have no internet access, and they must be posted."
)
GRANT_C2 = (
    "The form asks for a budget, two quotes for anything over a thousand and a letter of "
    "support from someone outside the group, such as a local councillor or a head teacher."
)
GRANT_D = (
    "Within twelve weeks of the deadline, by email. Groups that are turned down get a short "
    "note saying why, and may apply again the following year with the same project."
)
GRANT_D2 = (
    "The fund publishes the full list of awards on its website each summer, with the amount "
    "each group received and a line on what the money is for."
)


def test_a_lone_why_question_among_statement_heads_is_text() -> None:
    heads = heads_of(
        MILL, "The wheel stopped turning in 1961", MILL_2, "Why not grind flour again now?",
        SHORT_REPLY_2 + " " + MILL_3[:90] + ".", PUNCHY, "Volunteers saved the roof first",
        MILL_3, "The next job is finding a millwright", MILL_4,
    )  # fmt: skip
    assert heads == [
        "The wheel stopped turning in 1961",
        "Volunteers saved the roof first",
        "The next job is finding a millwright",
    ]


@pytest.mark.xfail(
    strict=True,
    reason="a lone question answered at once, among statement heads, read as a head",
)
def test_two_lone_questions_among_one_sentence_heads_are_text() -> None:
    heads = heads_of(
        MILL, "A ferry that was never going to be quicker", MILL_2, "Does anyone still row across?",
        "A few people do, mostly on fine evenings. The boatman charges a pound.", MILL_3,
        "Six years to build a bridge", MILL_4, "Is it worth the toll?",
        "Most drivers think so. The queue at the ferry ramp has gone.", PUNCHY,
        "Not everyone is pleased", MILL,
    )  # fmt: skip
    assert heads == [
        "A ferry that was never going to be quicker",
        "Six years to build a bridge",
        "Not everyone is pleased",
    ]


def test_a_lone_question_in_a_match_report_is_text() -> None:
    heads = heads_of(
        "HOBART, Australia — " + MILL, MILL_2, "Was the pitch too damp for spin?",
        "Not according to the visiting captain, who said it turned from the first morning.",
        "Rain after tea", MILL_3, "The last hour belonged to the tail",
        MILL_4,
    )  # fmt: skip
    assert heads == [
        "Rain after tea",
        "The last hour belonged to the tail",
    ]


@pytest.mark.xfail(strict=True, reason="a follow-up inside a Q&A answer read as a head")
def test_a_follow_up_inside_a_qa_answer_is_text() -> None:
    heads = heads_of(
        MILL, "Who can apply for a grant?", GRANT_A, GRANT_A2, "How much can a group get?",
        GRANT_B, "Can it be paid up front?", "It can, if the group has no reserves at all.",
        "How do we apply?", GRANT_C, GRANT_C2, "When will we hear back?", GRANT_D, GRANT_D2,
    )  # fmt: skip
    assert heads == [
        "Who can apply for a grant?",
        "How much can a group get?",
        "How do we apply?",
        "When will we hear back?",
    ]


def test_a_not_sure_follow_up_inside_a_qa_answer_is_text() -> None:
    heads = heads_of(
        MILL, "Which groups qualify?", GRANT_A, GRANT_A2, "What is the most we can ask for?",
        GRANT_B, GRANT_B2, "Do we need a bank account?", GRANT_C2 + " " + GRANT_C[:60] + ".",
        "Not sure whether yours counts?",
        "The fund's helpline can tell you. Have the accounts to hand.",
        "When are the awards announced?", GRANT_D, GRANT_D2,
    )  # fmt: skip
    assert heads == [
        "Which groups qualify?",
        "What is the most we can ask for?",
        "Do we need a bank account?",
        "When are the awards announced?",
    ]


def test_a_question_right_after_a_colon_list_is_text() -> None:
    heads = heads_of(
        MILL, "Step 1: Pick a weekend", MILL_2, "Step 2: Book the ferry early", MILL_3,
        CHECKLIST, "Is the crossing rough in winter?",
        "Rarely. The strait is sheltered by the headland for most of the year.",
        "Step 3: Pack for rain", MILL_4, "Step 4: Leave the car behind", MILL,
    )  # fmt: skip
    assert heads == [
        "Step 1: Pick a weekend",
        "Step 2: Book the ferry early",
        "Step 3: Pack for rain",
        "Step 4: Leave the car behind",
    ]


def test_a_question_closing_the_article_is_text() -> None:
    heads = heads_of(
        MILL, "Step 1: Pick a weekend", MILL_2, "Step 2: Book the ferry early", MILL_3,
        "Step 3: Pack for rain", MILL_4, "Still unsure whether to make the trip?",
        "Consider this: the island's last ferry of the season sails at the end of October.",
        "This guide is updated every spring.",
    )  # fmt: skip
    assert heads == [
        "Step 1: Pick a weekend",
        "Step 2: Book the ferry early",
        "Step 3: Pack for rain",
    ]


def test_a_clipped_question_after_a_review_s_long_head_is_text() -> None:
    heads = heads_of(
        "★★★★☆", MILL, "“We built it for bread, not for tourists”", MILL_2,
        "How a village argument became a story about who owns the past", MILL_3,
        "Any of this new?",
        "Not to anyone who has lived here. What is new is hearing it said aloud.",
        "The last chapter is the best one", MILL_4,
    )  # fmt: skip
    assert "Any of this new?" not in heads
    assert len(heads) == 3


# --- near misses: real question heads stay heads ------------------------------------------


def test_a_qa_explainer_keeps_every_question_head() -> None:
    heads = heads_of(
        MILL, "Who can apply for a grant?", GRANT_A, GRANT_A2, "How much can a group get?",
        GRANT_B, GRANT_B2, "How do we apply?", GRANT_C, GRANT_C2, "When will we hear back?",
        GRANT_D, GRANT_D2,
    )  # fmt: skip
    assert heads == [
        "Who can apply for a grant?",
        "How much can a group get?",
        "How do we apply?",
        "When will we hear back?",
    ]


@pytest.mark.xfail(strict=True, reason="a Q&A page with a head answered 'There is.' loses all")
def test_a_qa_head_answered_by_a_short_reply_then_a_section_stays() -> None:
    heads = heads_of(
        MILL, "Who can apply for a grant?", GRANT_A, GRANT_A2, "Is there a deadline?",
        "There is.", GRANT_C, GRANT_C2, "When will we hear back?", GRANT_D, GRANT_D2,
    )  # fmt: skip
    assert heads == [
        "Who can apply for a grant?",
        "Is there a deadline?",
        "When will we hear back?",
    ]


def test_question_heads_over_long_sections_in_a_feature_stay() -> None:
    heads = heads_of(
        MILL, "Why did the wheel stop?", MILL_2, MILL_3, "Can it turn again?", MILL_4, MILL,
        "Who will pay for it?", MILL_2, MILL_3,
    )  # fmt: skip
    assert heads == ["Why did the wheel stop?", "Can it turn again?", "Who will pay for it?"]


def test_a_question_head_over_a_long_section_among_statement_heads_stays() -> None:
    heads = heads_of(
        MILL, "The wheel stopped turning in 1961", MILL_2, "Can it turn again?", MILL_3, MILL_4,
        "The next job is finding a millwright", MILL,
    )  # fmt: skip
    assert heads == [
        "The wheel stopped turning in 1961",
        "Can it turn again?",
        "The next job is finding a millwright",
    ]


@pytest.mark.parametrize(
    ("question", "leans"),
    [
        ("Is the water warmer on those mornings?", True),
        ("Not sure whether yours qualifies?", True),
        ("Was the wind too strong for him?", True),
        ("Can the landlord raise the rent for that year?", True),
        ("How common are they?", False),  # 'they': the page's own subject in a FAQ
        ("Can pupils borrow them?", False),  # 'them' as well
        ("Does that include the deposit?", False),  # 'that' as subject: followed_up's
        ("Can my son stay home the day his cough starts?", False),  # points inside itself
        ("Is it taxed?", False),
        ("Can a landlord keep a deposit that was never protected?", False),  # a clause's 'that'
    ],
)
def test_a_question_leans_back_on_a_word_for_what_was_told(question: str, leans: bool) -> None:
    assert leans_back(question) is leans


def test_a_faq_whose_heads_ask_about_them_keeps_its_heads() -> None:
    heads = heads_of(
        MILL, "Who can apply for a grant?", GRANT_A, GRANT_A2, "How big are they?",
        "Up to ten thousand, paid in two parts.", "How do we apply?", GRANT_C, GRANT_C2,
        "When will we hear back?", GRANT_D, GRANT_D2,
    )  # fmt: skip
    assert "How big are they?" in heads
