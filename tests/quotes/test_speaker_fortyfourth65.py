"""Mechanisms of issue 15 from the forty-fourth set (speakers65).

A role by its initials with an area before it and a courtesy title after it (`Harlow District
Health Officer Dr X` ... `the DHO said`); a trade by a present-tense habit (`X, 44, who fishes
from the jetty` ... `the fisherman said`); a role found far back: `ranger` a title word, a rank's
branch (`Detective Inspector X` ... `the detective said`), a title before its field's `for`
(`Minister for A, B and C, X,` ... `the minister said`); `headman` a title word; a verb after
`, but`/`, and` shares the first verb's subject, not a name inside what that verb reported.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_deeds import habit_deed, trade_deed
from api.parser.quote_entries import same_role
from api.parser.quote_registry import spelt_role
from api.parser.quote_roles import listed_field_start, role_comma
from tests.quotes.helpers import speaker_by_quote

# --- a role by its initials: an area before it, a courtesy title after it ---------------------


@pytest.mark.parametrize(
    ("head", "letters"),
    [
        ("Brackwater District Health Officer Dr ", "DHO"),
        ("said Norrland Regional Police Commander ", "RPC"),
        ("Ostbury District Commissioner Prof ", "DC"),
        ("the district education manager Mrs ", "DEM"),
    ],
)
def test_an_area_before_a_role_and_a_title_after_it_spell_it(head, letters):
    assert spelt_role(head, letters, "")


@pytest.mark.parametrize(
    ("head", "letters"),
    [
        ("Chief Medical Officer Dr ", "MO"),  # a higher post
        ("Deputy District Health Officer Dr ", "DHO"),  # a lower post
        ("Senior Health Officer ", "HO"),
        ("District Health Officer Dr ", "DHA"),  # other letters
    ],
)
def test_a_rank_before_a_role_is_another_post(head, letters):
    assert not spelt_role(head, letters, "")


@pytest.mark.parametrize(
    ("intro", "said", "person"),
    [
        (
            "Brackwater District Health Officer Dr Selina Mwangolo said cases were rising.",
            "The DHO said clinics were “full but coping”.",
            "Selina Mwangolo",
        ),
        (
            "Upper Rell Regional Fire Officer Mr Tobias Karanja said the fire was out.",
            "The RFO said crews would stay “until the last ember is cold”.",
            "Tobias Karanja",
        ),
        (
            "Kessel District Agriculture Coordinator Prof Hanna Dube visited the farms.",
            "The DAC said the harvest was “half what it should be”.",
            "Hanna Dube",
        ),
    ],
)
def test_the_initials_find_the_titled_person(intro, said, person):
    found = speaker_by_quote(intro, said)
    assert list(found.values()) == [person]


def test_the_initials_of_a_higher_post_find_no_one():
    found = speaker_by_quote(
        "Chief Medical Officer Dr Selina Mwangolo said cases were rising.",
        "The MO said clinics were “full but coping”.",
    )
    assert list(found.values()) != ["Selina Mwangolo"]


# --- a trade by a present-tense habit -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("Kofi Amenyo, 52, who fishes from Dorrel beach, lost", "fisherman"),
        ("Ines Varga, who farms near the border, said", "farmer"),
        ("Petra Holm, 38, who teaches at the village school", "teacher"),
        ("Rui Tavares, 40, who still farms the family plot", "farmer"),
    ],
)
def test_a_present_habit_gives_a_trade(text, trade):
    end = text.index(",")
    assert trade_deed(text, end) == trade


@pytest.mark.parametrize(
    "text",
    [
        "Kofi Amenyo, who fishes for compliments at every meeting",
        "Ines Varga, who nurses a grudge against the board",
        "Petra Holm, who sails from Dorrel beach",
        "Rui Tavares, 40, fishes from the jetty",  # no relative clause
    ],
)
def test_a_figure_of_speech_or_another_verb_gives_no_trade(text):
    assert habit_deed(text, text.index(",")) is None


@pytest.mark.parametrize(
    ("paragraph", "person"),
    [
        (
            "Kofi Amenyo, 52, who fishes from Dorrel beach, lost his boat. “The wave took "
            "everything we had,” the fisherman said.",
            "Kofi Amenyo",
        ),
        (
            "Ines Varga, who farms near the border, watched the river rise. “We lost the whole "
            "crop in one night,” the farmer said.",
            "Ines Varga",
        ),
        (
            "Marek Sobczak, 61, who teaches at the village school, counted the pupils. “Half of "
            "them did not come back,” the teacher said.",
            "Marek Sobczak",
        ),
    ],
)
def test_the_trade_names_the_habit_holder(paragraph, person):
    assert list(speaker_by_quote(paragraph).values()) == [person]


def test_a_figure_of_speech_names_no_trade():
    found = speaker_by_quote(
        "Kofi Amenyo, who fishes for compliments at every meeting, stood up. “The wave took "
        "everything we had,” the fisherman said."
    )
    assert list(found.values()) != ["Kofi Amenyo"]


# --- a role far back: a rank's branch, a title before its field's `for`, a ranger ------------


@pytest.mark.parametrize(
    ("role", "head"),
    [
        ("Detective Inspector", "detective"),
        ("Detective Sergeant", "detective"),
        ("Minister for Water, Lands and Forests", "minister"),
        ("Spokesperson for Health", "spokesperson"),
        ("Senior wildlife ranger", "ranger"),
    ],
)
def test_a_role_answers_its_branch_or_title(role, head):
    assert same_role(role, head)


@pytest.mark.parametrize(
    ("role", "head"),
    [
        ("senior detective inspector", "detective"),  # no capitalised rank
        ("campaigner for clean rivers", "campaigner for"),
        ("campaigner for clean rivers", "river"),
        ("Head of News", "head of"),
        ("Detective Inspector", "sergeant"),
    ],
)
def test_other_words_are_no_role(role, head):
    assert not same_role(role, head)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The Minister for Fisheries, Ports and Coastal Trade, Malia Tonga, said",
            "Minister for Fisheries, Ports and Coastal Trade",
        ),
        (
            "On Monday the Secretary for Health, Housing, Transport and Roads, Dara Quill, said",
            "Secretary for Health, Housing, Transport and Roads",
        ),
        (
            "Its Commissioner of Parks, Reserves and Beaches, Ivo Brandt, said",
            "Commissioner of Parks, Reserves and Beaches",
        ),
    ],
)
def test_a_title_with_a_listed_field_before_a_name(text, role):
    name_start = text.index(",", text.index(role) + len(role)) + 2
    name_end = text.index(",", name_start)
    found = role_comma(text, name_start, name_end)
    assert found is not None and found[1] == role


@pytest.mark.parametrize(
    "head",
    [
        "Visitors came from Fiji, Samoa and Tonga",  # a list with no title before it
        "The report for Kelso, Arden and Fife",  # `report` is no title
        "The Minister for Energy, which",  # the last chunk is no capitalised item
    ],
)
def test_a_list_with_no_title_opens_no_role(head):
    assert listed_field_start(head, head.rfind(",")) is None


@pytest.mark.parametrize(
    ("paragraphs", "person"),
    [
        (
            [
                "Senior wildlife ranger Oren Blake said traps had been set.",
                "Mina Soto, 31, said she saw a log move. “It had eyes,” she said.",
                "Pavel Drost said he had swum there “a hundred times”.",
                "The ranger said the animal came up the creek “after the storms”.",
            ],
            "Oren Blake",
        ),
        (
            [
                "The theft was investigated by Detective Inspector Rhea Lomax of Fenwick Police.",
                "Gil Ames, the owner, said the frame was “cut clean”.",
                "Asked whether staff were suspects, the detective said: “We speak to everyone.”",
            ],
            "Rhea Lomax",
        ),
        (
            [
                "The Minister for Fisheries, Ports and Coastal Trade, Malia Tonga, told reporters "
                "a committee would meet.",
                "Ika Vaea, who runs a shop, said queues were long. “We wait all day,” Vaea said.",
                "Dr Sefo Lani said the students would get an extension.",
                "The minister said staff would be paid. “No one will go without pay.”",
            ],
            "Malia Tonga",
        ),
    ],
)
def test_a_role_far_back_finds_its_holder(paragraphs, person):
    found = speaker_by_quote(*paragraphs)
    assert found[next(k for k in found if k.startswith(("after", "We speak", "No one")))] == (
        person
    )


def test_two_detectives_leave_the_latest_not_the_lead():
    found = speaker_by_quote(
        "Detective Inspector Rhea Lomax of Fenwick Police is leading the inquiry.",
        "Detective Sergeant Tam Oyelaran said the frame was “cut clean”.",
        "Asked whether staff were suspects, the detective said: “We speak to everyone.”",
    )
    assert found["We speak to everyone."] != "Rhea Lomax"


@pytest.mark.parametrize(
    ("paragraph", "person"),
    [
        (
            "Group Village Headman Tomasi Yakobe, whose area covers six villages, has banned "
            "gatherings. “Stay home and stay well,” the village headman said.",
            "Tomasi Yakobe",
        ),
        (
            "Headman Eli Mbewe closed the well on Monday. “The water is bad,” the headman said.",
            "Eli Mbewe",
        ),
        (
            "Village headman Peter Chunga and his council met the nurses. “We will help,” the "
            "headman said.",
            "Peter Chunga",
        ),
    ],
)
def test_a_headman_is_a_title(paragraph, person):
    assert list(speaker_by_quote(paragraph).values()) == [person]


def test_the_headman_of_no_one_named_is_no_one():
    found = speaker_by_quote(
        "Eli Mbewe closed the well on Monday. “The water is bad,” the headman said.",
    )
    assert list(found.values()) != ["Eli Mbewe"]


# --- `, but warned`: the first verb's subject, not a name in its report --------------------


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            [
                "Kelso Cable Limited (KCL) runs the link.",
                "The company said in a statement that power was back at Arden Hospital and the "
                "banks, but warned that speeds would be “a fraction of normal”.",
            ],
            "Kelso Cable Limited",
        ),
        (
            [
                "Mira Ostrand said that Lowell Pike had resigned, and added that the board would "
                "meet “as soon as it can”."
            ],
            "Mira Ostrand",
        ),
        (
            [
                "Dana Reyes told reporters the Fenwick Trust had paid, but warned the money was "
                "“nowhere near enough”."
            ],
            "Dana Reyes",
        ),
    ],
)
def test_a_coordinated_verb_shares_the_first_subject(paragraphs, speaker):
    assert list(speaker_by_quote(*paragraphs).values()) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # the second verb has a subject of its own
        (
            "Mira Ostrand said the deal was done, but Lowell Pike warned it was “far from over”.",
            "Lowell Pike",
        ),
        # no comma before the conjunction: the old reading stands
        (
            "Mira Ostrand resigned and Lowell Pike warned it was “far from over”.",
            "Lowell Pike",
        ),
    ],
)
def test_a_verb_with_its_own_subject_keeps_it(paragraph, speaker):
    assert list(speaker_by_quote(paragraph).values()) == [speaker]
