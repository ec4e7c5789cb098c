"""Speakers112: a body named in full at its own cue, whatever its name's inner shape.

`The Inspectorate of X, which ..., said` and `The Directorate General of X said` (an office's noun,
or a body's word with `General`, goes on over `of`); `PhilHealth Caraga said` (a coined word with
a capital inside opens a body's name, so a later `The regional office said` carries it); `The
finance ministry’s X Unit, in a note ..., said` (an owner in lower case opens the clause); `The X
Water District board said` (the body's organ); `The Lagos chapter of the X Association (XA)
said` (a branch speaks as its body); `The X Union (XU), Kano State Council, said` (an apposed
unit after the body's name and initials). Each with near-misses the rules must leave alone: a
person's name after a body's word or a title, `the ministry’s spokesman X said` -> X, a clause
naming another speaker.

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_body_subjects import lowercase_owner_start, organ_after
from api.parser.quote_full_bodies import camel_brand
from tests.quotes.helpers import speakers

# --- the helpers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("DepEd", True),
        ("PhilHealth", True),
        ("FedEx", True),
        ("YouTube", True),
        ("DeShawn", False),
        ("McKay", False),
        ("MacKenzie", False),
        ("VanDyke", False),
        ("FitzGerald", False),
        ("Health", False),
        ("NASA", False),
    ],
)
def test_camel_brand(word, expected):
    assert camel_brand(word) is expected


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        (" board ", True),
        (" executive committee ", True),
        (" management ", True),
        (" board chairman ", False),
        (" spokesman ", False),
        (" ", False),
    ],
)
def test_organ_after(between, expected):
    assert organ_after(between) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The health ministry’s Health Services Division", "Health", 0),
        ("Officials said the city's Parks Department", "Parks", 15),
        ("Ann Lee's Harbour Trust", "Harbour", -1),
        ("The ministry said Parks Department", "Parks", -1),
    ],
)
def test_lowercase_owner_start(text, name, expected):
    assert lowercase_owner_start(text, text.index(name)) == expected


# --- whole paragraphs ----------------------------------------------------------------------------

CASES = [
    # an office's noun, or a body's word with `General`, goes on over `of`
    (
        [
            "The Inspectorate of Mines, which audited the quarry, said in a report that the wall "
            'was "unsafe for blasting."'
        ],
        ["Inspectorate of Mines"],
    ),
    (
        ['The Directorate General of Civil Aviation said the runway would "reopen on Friday."'],
        ["Directorate General of Civil Aviation"],
    ),
    (
        ['The Secretariat of the Harbour Commission said it would "review every permit issued."'],
        ["Secretariat of the Harbour Commission"],
    ),
    (
        ['The Procuratorate of Vell Province said the charges were "well founded in law."'],
        ["Procuratorate of Vell Province"],
    ),
    (
        [
            "The Inspectorate of Mines said the wall was unsafe.",
            'The inspectorate said it would "close the quarry."',
        ],
        ["Inspectorate of Mines"],
    ),
    # a coined word with a capital inside opens a body's name: a later generic noun carries it
    (
        [
            "PhilHealth Caraga said in a statement that claims would be paid soon.",
            'The regional office said it would "clear the backlog by March."',
        ],
        ["PhilHealth Caraga"],
    ),
    (
        [
            "DepEd Western Visayas said classes would resume on Monday.",
            'The regional office said the schools would "open on time."',
        ],
        ["DepEd Western Visayas"],
    ),
    (
        [
            "FedEx Ground said the depot would stay open.",
            'The company said it would "hire 40 drivers."',
        ],
        ["FedEx Ground"],
    ),
    # an owner in lower case before a body's name, an aside between commas before the verb
    (
        [
            "The finance ministry’s Revenue Policy Unit, in a note issued on Friday, said the levy "
            'would "raise very little."'
        ],
        ["Revenue Policy Unit"],
    ),
    (
        [
            "The board's Audit Committee, in a letter to members, said the accounts were "
            '"in good order."'
        ],
        ["Audit Committee"],
    ),
    (
        [
            "The city’s Parks Department, in a statement on Monday, said the pool would "
            '"stay shut all summer."'
        ],
        ["Parks Department"],
    ),
    # the body's organ in lower case after its name
    (
        ['The Harlow Valley Water District board said the rate would "rise in two steps."'],
        ["Harlow Valley Water District"],
    ),
    (
        ['The Orm Housing Association management said tenants would "not pay a penny more."'],
        ["Orm Housing Association"],
    ),
    (
        [
            "The Tarn Farmers Cooperative executive committee said the harvest was "
            '"the worst in decades."'
        ],
        ["Tarn Farmers Cooperative"],
    ),
    # a branch by `The ... chapter of <Body>` speaks as the body
    (
        [
            "The Lagos chapter of the Nigeria Medical Association (NMA) said doctors would "
            '"down tools on Monday."'
        ],
        ["Nigeria Medical Association"],
    ),
    (
        [
            "The Kisumu branch of the Kenya National Union of Teachers said members would "
            '"not report for duty."'
        ],
        ["Kenya National Union of Teachers"],
    ),
    (
        [
            "The youth wing of the Vell Democratic Party said the vote was "
            '"a betrayal of the young."'
        ],
        ["Vell Democratic Party"],
    ),
    # a unit set off by commas after the body's name (and initials)
    (
        [
            "The Nigeria Union of Journalists (NUJ), Kano State Council, said it would "
            '"not be intimidated."'
        ],
        ["Nigeria Union of Journalists"],
    ),
    (
        ['The Ghana Medical Association, Ashanti Division, said members would "stay at post."'],
        ["Ghana Medical Association"],
    ),
    (
        [
            "The Trades Union Congress (TUC), Upper East Regional Council, said workers would "
            '"not go back."'
        ],
        ["Trades Union Congress"],
    ),
]

NEAR_MISSES = [
    # a title, not a body's word, before `General of`: the person after the title
    (
        ['Inspector General of Police Tunde Bello said officers would "hold the line tonight."'],
        ["Tunde Bello"],
    ),
    (
        ['Attorney General of Vellia Ann Lee said the case was "closed for good."'],
        ["Ann Lee"],
    ),
    (['Secretary General Mara Osei said the talks were "going nowhere."'], ["Mara Osei"]),
    # a given name or surname with a capital inside stays a person's
    (['DeShawn Walker said the team was "not done yet, not by a long way."'], ["DeShawn Walker"]),
    (['MacKenzie Reid said the vote was "a disgrace to the town."'], ["MacKenzie Reid"]),
    (['LaToya Banks said the clinic had "nowhere else to go."'], ["LaToya Banks"]),
    (['DepEd Secretary Sara Lim said the schools would "open on time next week."'], ["Sara Lim"]),
    # a person after a lower-case owner
    (
        [
            "The ministry’s spokesman Tom Reed, in a statement on Monday, said the delays were "
            '"regrettable but brief."'
        ],
        ["Tom Reed"],
    ),
    (
        [
            "The mayor's chief of staff, Ann Lee, in a statement on Monday, said the budget was "
            '"balanced."'
        ],
        ["Ann Lee"],
    ),
    # a person after the body's name and a role, not its organ
    (
        [
            "Harlow Valley Water District spokesman Tom Reed said the rate would "
            '"rise in two steps."'
        ],
        ["Tom Reed"],
    ),
    (['The Acme board chairman, Ann Lee, said the merger was "off the table."'], ["Ann Lee"]),
    (
        [
            "The Harlow Valley Water District board chairman said the rate would "
            '"rise in two steps."'
        ],
        [None],
    ),
    # a person of a body, not its branch; a clause naming another
    (
        ['The chairman of the Nigeria Medical Association said doctors would "down tools."'],
        [None],
    ),
    (
        [
            "The Lagos chapter of the Nigeria Medical Association, led by Dr Ada Obi, said doctors "
            'would "down tools."'
        ],
        [None],
    ),
    # an appositive that is no unit's name, a person's, a place's
    (
        [
            "The Nigeria Union of Journalists (NUJ), the largest media union, said it would "
            '"not be intimidated."'
        ],
        ["Nigeria Union of Journalists"],
    ),
    (
        ['The union\'s chairman, Comrade Musa Bello, said it would "not be intimidated."'],
        ["Musa Bello"],
    ),
    (['Police in Kano, the state capital, said the march was "peaceful throughout."'], [None]),
    (['Ann Lee, Vell County Council, said the road was "finished at last."'], ["Ann Lee"]),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_body_named_in_full(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), NEAR_MISSES)
def test_near_misses_unchanged(paragraphs, expected):
    assert speakers(*paragraphs) == expected
