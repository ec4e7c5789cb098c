"""Speakers54: the thirty-ninth set's misses (a description read from an appositive after a
name that also has a role before it, a shortened description, titles written one after another
before a name, ...).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_abbreviated_names import stacked_title
from api.parser.quote_aliases import placed_modifier
from api.parser.quote_apposed import apposed_after, holds_in_order
from api.parser.quote_members import member_bodies, member_stem
from tests.quotes.helpers import speakers as _speakers

# --- an appositive after a name describes the person, a role before the name or not ----------


@pytest.mark.parametrize(
    ("head", "described", "held"),
    [
        ("tarlac provincial police director", "provincial director", True),
        ("tarlac provincial police director", "police director", True),
        ("retired dairy farmer", "dairy farmer", True),
        ("tarlac provincial police director", "executive director", False),
        ("tarlac provincial police director", "provincial chief", False),
        ("director of police", "police director", False),
    ],
)
def test_a_description_held_in_order(head, described, held):
    assert holds_in_order(head, described) is held


def test_the_appositive_after_a_name():
    text = "Sgt Ana Ruiz, the Westvale county traffic officer, said"
    assert apposed_after(text, text.index(",")) == "westvale county traffic officer"
    aged = "Rob Teal, 67, a retired sheep shearer who lives nearby, said"
    assert apposed_after(aged, aged.index(",")) == "retired sheep shearer"
    assert apposed_after("Rob Teal, who lives nearby, said", 8) is None


@pytest.mark.parametrize(
    ("before", "apposed", "described"),
    [
        ("Police Colonel", "the Tarlac provincial police director", "provincial director"),
        ("Sergeant", "a retired dairy farmer who has helped since 2011", "retired dairy farmer"),
        ("Fire Captain", "the Eastbrook district fire commander", "district commander"),
        ("Inspector", "the Norland regional crime coordinator", "regional coordinator"),
    ],
)
def test_a_shortened_description_of_a_titled_name_past_another_director(before, apposed, described):
    found = _speakers(
        "“They were kept in the dark,” NCTF executive director Ramon Dizon said on radio.",
        "He said the owners were unknown. “The papers are fake,” he added.",
        f"{before} Marisol Tangco, {apposed}, said officers found 900 phones.",
        f"“Nobody left the compound,” the {described} said.",
    )
    assert found == ["Ramon Dizon", "Ramon Dizon", "Marisol Tangco"]


def test_a_description_the_appositive_does_not_hold_stays_with_the_older_rules():
    found = _speakers(
        "“They were kept in the dark,” NCTF executive director Ramon Dizon said on radio.",
        "Police Colonel Marisol Tangco, the Tarlac provincial police director, said 900 phones "
        "were found.",
        "“The papers are fake,” the executive director said.",
    )
    assert found == ["Ramon Dizon", "Ramon Dizon"]


# --- a title written before a known title: `, Ing. Dr X` ---------------------------------------


@pytest.mark.parametrize(
    ("text", "stacked"),
    [
        ("the head of the utility, Ing. Dr Kofi Mensah, said", True),
        ("its chief engineer, Engr. Prof. Ada Obi, said", True),
        ("the board (Arch. Mr Tunde Bello) met", True),
        ("a plant at Ely. Dr Rosa Finch said", False),  # no comma: a sentence's end
        ("the owner, Longfield. Dr Rosa Finch said", False),  # a word too long for a title
        ("the head of the utility, Ing. Kofi Mensah said", False),  # no known title after it
    ],
)
def test_a_title_before_a_known_title(text, stacked):
    start = text.index(". ") - 1
    while text[start - 1].isalpha():
        start -= 1
    assert stacked_title(text, start, text.index(". ") + 1) is stacked


@pytest.mark.parametrize(
    ("titles", "name"),
    [
        ("Ing. Dr", "Efia Owusu-Ansah"),
        ("Engr. Dr", "Chidi Okonkwo"),
        ("Arch. Prof.", "Adaeze Nwosu"),
    ],
)
def test_stacked_titles_keep_the_name(titles, name):
    found = _speakers(
        f"Speaking at the works on Monday, the managing director of KWL, {titles} {name}, said "
        "readings had reached 9,000 units, “a level I have never seen”."
    )
    assert found == [name]


# --- a role set off before `Mr X` is X's; a title's field may hold its own `the` -------------


@pytest.mark.parametrize(
    ("role", "honorific", "name"),
    [
        ("Its general secretary", "Dr", "Haris Qadri"),
        ("The trust's head of communications", "Mrs", "Lorna Pike"),
        ("The Minister for the Northern Region", "Mr", "Kojo Ansah"),
    ],
)
def test_an_honorific_does_not_hide_the_role_set_off_before_it(role, honorific, name):
    found = _speakers(f"{role}, {honorific} {name}, said: “We will not wait any longer.”")
    assert found == [name]


def test_a_statement_signed_by_a_titled_officer_stays_the_body_s():
    found = _speakers(
        "Harbourline Water Limited, in a statement signed by its Head of Communications, Mr "
        "Kobina Arthur, blamed silt for the shutdown.",
        "“Treatment would damage our equipment,” the statement said.",
    )
    assert found == ["Harbourline Water Limited"]


@pytest.mark.parametrize(
    ("post", "name", "noun"),
    [
        ("The Assembly Member for the Dunkwa Electoral Area, Mr", "Kweku Mensah", "assemblyman"),
        ("The Council Member for the Riverside Ward,", "Ana Ruiz", "councilwoman"),
        ("The Member of Congress for Hollins County,", "Dale Pruitt", "congressman"),
    ],
)
def test_one_word_for_a_member_of_the_body(post, name, noun):
    found = _speakers(
        f"{post} {name}, accused officials of shielding the miners.",
        f"“Everybody here knows whose machines they are,” the {noun} said. “Nobody is arrested.”",
    )
    assert found == [name, name]


def test_a_compound_for_another_body_names_no_member():
    found = _speakers(
        "The Assembly Member for the Dunkwa Electoral Area, Mr Kweku Mensah, accused officials.",
        "“The river is dying,” a spokesman said.",
        "“We deny it,” the councilman said.",
    )
    assert found == [None, None]


@pytest.mark.parametrize(
    ("noun", "role", "member"),
    [
        ("assemblyman", "Assembly Member for the Kade Area", True),
        ("congresswoman", "Member of Congress", True),
        ("councilperson", "city council member", True),
        ("assemblyman", "Member of Parliament", False),
        ("chairman", "board member", False),
        ("postman", "postal member", False),
    ],
)
def test_a_member_compound_and_its_role(noun, role, member):
    stem = member_stem(noun)
    assert (stem is not None and stem in member_bodies(role)) is member


# --- `it` in a clause of a sentence a body opens is that body ---------------------------------

_EARLIER_BODY = (
    "The Harbour Traffic Police said the coast road would stay shut. “Stay home,” a spokesman "
    "for the police said."
)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The Northern Weather Office has forecast rain in upper Kessa from Thursday, which it "
            "said “may bring some relief” to the city.",
            "Northern Weather Office",
        ),
        (
            "The Valemont Water Board has lifted the ban, a step it called “long overdue”.",
            "Valemont Water Board",
        ),
        (
            "Brackwater Rail Ltd cancelled all services on Sunday, which it said were “not safe "
            "to run”.",
            "Brackwater Rail Ltd",
        ),
    ],
)
def test_it_in_a_sentence_a_body_opens(sentence, body):
    assert _speakers(_EARLIER_BODY, sentence) == ["Harbour Traffic Police", body]


def test_it_after_another_body_in_the_sentence_is_not_the_opening_body():
    found = _speakers(
        _EARLIER_BODY,
        "The Northern Weather Office has forecast rain, and Kessa Ferries Ltd has cancelled "
        "sailings, which it said were “too risky”.",
    )
    assert found[1] != "Northern Weather Office"


def test_it_opening_its_own_sentence_keeps_the_older_reading():
    found = _speakers(
        _EARLIER_BODY,
        "The Northern Weather Office has forecast rain. “Roads will flood,” it said.",
    )
    assert found == ["Harbour Traffic Police", "Northern Weather Office"]


# --- a pronoun after someone brought in unnamed is no one ------------------------------------

_NAMED_FIRST = (
    "Police Colonel Ana Cruz and Inspector Ben Ortiz led the raid. “Nobody ate,” Cruz said. “It "
    "was cruel,” Ortiz said."
)


@pytest.mark.parametrize(
    ("unnamed", "pronoun"),
    [
        ("A 24-year-old Indonesian woman, who asked that her name be withheld, said", "she"),
        ("An elderly man, who lives by the gate, said", "he"),
        ("A young mother, who did not give her name, said", "she"),
    ],
)
def test_a_pronoun_after_someone_unnamed_is_no_one(unnamed, pronoun):
    found = _speakers(
        _NAMED_FIRST,
        f"{unnamed} {pronoun} had answered an online advertisement.",
        f"“They took us by boat,” {pronoun} said through an interpreter.",
    )
    assert found == ["Ana Cruz", "Ben Ortiz", None]


def test_someone_of_the_other_sex_unnamed_leaves_the_pronoun_to_the_named():
    found = _speakers(
        _NAMED_FIRST,
        "An elderly man, who lives by the gate, said he had heard shouting.",
        "“They took us by boat,” she said.",
    )
    assert found[2] == "Ana Cruz"


def test_a_person_named_since_the_unnamed_one_is_the_pronoun_s():
    found = _speakers(
        _NAMED_FIRST,
        "A 24-year-old woman, who asked that her name be withheld, said she had answered an "
        "advertisement. Her sister, Lina Santos, said she had warned her.",
        "“They took us by boat,” she said.",
    )
    assert found[2] == "Lina Santos"


def test_a_spokeswoman_is_no_unnamed_person():
    found = _speakers(
        "Harbourline Bank said it would close the branch. A spokeswoman for the bank said "
        "customers had been told.",
        "“We know this is disappointing,” she said.",
    )
    assert found == ["Harbourline Bank"]


# --- `Her husband` named only in his wife's own words ----------------------------------------


@pytest.mark.parametrize(
    ("named", "kin", "owner", "pronoun", "name"),
    [
        ("Kayla Brandt, 34, left with her children.", "husband", "she", "he", "Troy"),
        ("Omar Haddad, 52, drove to the shelter.", "wife", "he", "she", "Leila"),
        ("Dana Kerr, 41, waited at the school.", "husband", "she", "he", "Sam Kerr"),
    ],
)
def test_a_spouse_named_in_the_speaker_s_own_words(named, kin, owner, pronoun, name):
    found = _speakers(
        "Fire Chief Dan White said crews were at the scene.",
        named,
        f"“My {kin}, {name}, grabbed the kids and I grabbed the dog,” {owner} said.",
        f"Her {kin} said the family had been told nothing. “Nobody knocked,” {pronoun} said."
        if kin == "husband"
        else f"His {kin} said the family had been told nothing. “Nobody knocked,” {pronoun} said.",
    )
    assert found[-1] == name


def test_a_spouse_the_quote_does_not_name_is_no_one():
    found = _speakers(
        "Kayla Brandt, 34, left with her children.",
        "“My husband grabbed the kids and I grabbed the dog,” she said.",
        "“Nobody knocked,” her husband said.",
    )
    assert found == ["Kayla Brandt", None]


# --- a name whose first word comes again (a Malay father's name) is whole ----------------------


@pytest.mark.parametrize(
    "name",
    ["Che Ku Amran Che Ku Yusof", "Wan Aziz Wan Ismail", "Nik Farah Nik Hassan"],
)
def test_a_name_repeating_its_opening_is_whole(name):
    found = _speakers(
        f"State committee chairman {name} said the contract had been suspended. “If they are "
        "negligent, they will not serve food again,” he said."
    )
    assert found == [name]


def test_a_long_run_without_a_repeat_keeps_its_core():
    found = _speakers(
        "Deputy Director of Public Prosecution Ines Varga said: “We will appeal.”",
    )
    assert found == ["Ines Varga"]


# --- a body's noun after a place-based modifier (`a London-based investment firm`) -----------


@pytest.mark.parametrize(
    ("apposed", "noun"),
    [
        ("a London-based investment firm", "firm"),
        ("a Paris-listed engineering group", "group"),
        ("a state-owned water company", "company"),
    ],
)
def test_a_body_called_by_its_noun_far_below(apposed, noun):
    found = _speakers(
        f"The island is owned by Kestrel Holdings, {apposed}, which put it up for sale.",
        "The trust hopes to raise the money from a land fund. Its officer, Ewan Ross, said "
        "pledges had come in.",
        "“People hand over cheques,” he said.",
        "Crofter Ian Mackay said he had voted yes. “It is for the grandchildren,” Mackay said.",
        "Moira Bell, who runs holiday lets, said she voted no. “Who fixes the pier?” she said.",
        "The land reform minister, Ruairi Dunn, said the result was clear.",
        f"The {noun} said it had received “several offers” from private buyers.",
    )
    assert found[-1] == "Kestrel Holdings"


@pytest.mark.parametrize(
    ("word", "modifier"),
    [("London-based", True), ("state-owned", True), ("Ngāti-Tara", False), ("-based", False)],
)
def test_a_placed_modifier(word, modifier):
    assert placed_modifier(word) is modifier


# --- a label opening the sentence calls the body by its noun far below ------------------------


@pytest.mark.parametrize(
    ("label", "noun"),
    [
        ("Marine mammal rescue charity", "charity"),
        ("Tenants' rights group", "group"),
        ("Regional bus company", "company"),
    ],
)
def test_a_label_opening_the_sentence(label, noun):
    found = _speakers(
        f"{label} Tide Watch said more than 300 of its volunteers were on their way.",
        "The Department of Harbours said the beach was closed. “Stay away,” a department "
        "spokeswoman said.",
        "Ana Ruiz, a volunteer, drove through the night. “You never get used to it,” Ruiz said.",
        f"The {noun} said it had been “overwhelmed” by offers of help.",
    )
    assert found == ["Department of Harbours", "Ana Ruiz", "Tide Watch"]


def test_a_label_inside_a_sentence_needs_its_article():
    found = _speakers(
        "Volunteers joined after rescue charity Tide Watch asked for help.",
        "The Department of Harbours said the beach was closed. “Stay away,” a department "
        "spokeswoman said.",
        "The charity said it had been “overwhelmed” by offers of help.",
    )
    assert found[-1] != "Tide Watch"


# --- `the railroad` of `X Railway`: one kind of company by its American or British word -------


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        ("Great Plains & Gulf Railway", "railroad"),
        ("Northern Prairie Railroad", "railway"),
        ("Kessa Valley Railway", "railway"),
    ],
)
def test_a_railroad_named_only_as_its_train_s(body, noun):
    found = _speakers(
        f"Twelve cars of a {body} train left the tracks late on Tuesday, according to the {noun}.",
        "Fire Chief Ada Ruiz said crews were on the scene. “Stay out of the zone,” Ruiz said.",
        f"The {noun} said in a statement that it had sent “hazmat specialists” to the scene.",
    )
    assert found == ["Ada Ruiz", body]


def test_the_railroad_is_no_airline():
    found = _speakers(
        "Kessa Air said flights were delayed. “We apologise,” the airline said.",
        "“Our trains are running,” the railroad said.",
    )
    assert found == ["Kessa Air", None]


# --- `the spokeswoman` is the one met before, past a body that spoke itself ---------------------


@pytest.mark.parametrize(
    ("body", "spokes", "group"),
    [
        ("Brackley & Shires Bank", "a spokeswoman for the bank", "Cash Access Wales"),
        ("Harrow Rail", "a spokesman for Harrow Rail", "Commuters United"),
        ("Tidewell Water Ltd", "a spokesperson for the company", "River Watch"),
    ],
)
def test_the_spokesperson_met_before(body, spokes, group):
    word = next(w for w in spokes.split() if w.startswith("spokes"))
    found = _speakers(
        f"{body} said the branch was no longer viable.",
        f"“We don't take these decisions lightly,” {spokes} said.",
        "Gwen Price, 81, said she had never banked online. “I want a person,” she said.",
        f"Campaign group {group} said 63 towns had lost their last branch.",
        "The group said it would ask for a review, which it described as “the bare minimum”.",
        f"Asked whether the closure would be delayed, the {word} said: “The decision is made.”",
    )
    assert found[0] == body
    assert found[-1] == body


def test_the_spokesperson_of_the_body_that_spoke_last_stays_its():
    found = _speakers(
        "Brackley Bank said the branch would close. “It is not viable,” a spokeswoman for the "
        "bank said.",
        "Campaign group Cash Access Wales said towns had lost branches. “It is a desert,” a "
        "spokeswoman for the group said.",
        "Asked whether it would protest, the spokeswoman said: “We will.”",
    )
    assert found == ["Brackley Bank", "Cash Access Wales", "Cash Access Wales"]
