"""Read-back rb4 of issue 15: near-misses of the last two stops' quote rules.

A surname ending in -s (`Sarah Jones of Leeds and the Environment Agency`) opens no group's
body as `Friends of Rivers and the Environment` does (speakers106's and_the_bodies); an idiom's
bare noun (`until further notice`, `without warning`, `out of order`) puts out no document
(speakers105's puts_out_document); a document's verbs of saying in the plural after a plural
document (`The minutes state`, `The reports find`) are cues as the singular's are (speakers106's
document_cue); `the municipal council`, `the civic agency` are the local government as `the
civic body` is (speakers104's civic_noun); the lower-case `ltd` and `llp` close a body's name as
`plc` does (speakers101's LOWER_CASE_FORMS).

Each case is made up; the shapes, not the words, are what the rules read.
"""

from __future__ import annotations

import pytest

from api.parser.quote_documents import puts_out_document
from tests.quotes.helpers import names_found
from tests.quotes.helpers import speakers as _speakers

# ---- a surname's -s is no group's plural (quote_shapes.and_the_bodies) --------------------------


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        (
            "Sarah Jones of Leeds and the Environment Agency said: “The river is rising.”",
            ["Sarah Jones", "Leeds", "Environment Agency"],
        ),
        (
            "Gareth Davies of Swansea and the Environment Agency said: “The weir will hold.”",
            ["Gareth Davies", "Swansea", "Environment Agency"],
        ),
        (
            "Ann Roberts of Rotary and the Heritage Trust said: “We need volunteers.”",
            ["Ann Roberts", "Rotary", "Heritage Trust"],
        ),
        (
            "“The river is rising,” said Mark Williams of Cardiff and the Environment Agency.",
            ["Mark Williams", "Cardiff", "Environment Agency"],
        ),
    ],
)
def test_a_surname_ending_in_s_opens_no_body(paragraph, names):
    assert names_found(paragraph) == names


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        # a group's plural and a body's word still open one body (speakers106)
        (
            "Tom Hale of Friends of Rivers and the Environment said: “The river is rising.”",
            "Friends of Rivers and the Environment",
        ),
        (
            "Rosa Diaz of Neighbours of Lakes and the Environment said: “We need volunteers.”",
            "Neighbours of Lakes and the Environment",
        ),
        (
            "Ann Lee of the Ministry of Health and the Environment said: “We will fund it.”",
            "Ministry of Health and the Environment",
        ),
    ],
)
def test_a_bodys_name_holding_and_the_is_still_one(paragraph, name):
    assert name in names_found(paragraph)


def test_a_surname_without_s_reads_as_before():
    found = names_found("Tom Hale of Leeds and the Environment Agency said: “It is rising.”")
    assert found == ["Tom Hale", "Leeds", "Environment Agency"]


# ---- an idiom's bare noun puts no document out (quote_documents.puts_out_document) --------------

_NOTICE = "“We regret any inconvenience to our customers,” the advisory said."


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarn Foods Ltd closed its shops until further notice.",
        "Tarn Foods Ltd closed its shops without warning.",
        "Tarn Foods Ltd closed its shops at short notice.",
        "Tarn Foods Ltd said its tills were out of order.",
        "The Orlen Port Authority took no notice of the complaints.",
        "Tarn Foods Ltd has put its shops in order.",
        "Tarn Foods Ltd closed its shops in order to save money.",
    ],
)
def test_an_idioms_noun_puts_out_no_document(sentence):
    assert not puts_out_document(sentence, 0, len(sentence))
    assert _speakers(f"{sentence} {_NOTICE}") == [None]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The Vell Health Ministry on Monday issued a warning on milk.", "Vell Health Ministry"),
        ("Tarn Foods Ltd put a notice on its door.", "Tarn Foods Ltd"),
        ("Tarn Foods Ltd put up new guidance for staff.", "Tarn Foods Ltd"),
        ("Tarn Foods Ltd sent staff a two-page notice.", "Tarn Foods Ltd"),
        ("The Orlen Water Board extended its boil-water notices.", "Orlen Water Board"),
    ],
)
def test_a_document_put_out_still_speaks_for_its_body(sentence, body):
    assert puts_out_document(sentence, 0, len(sentence))
    assert _speakers(f"{sentence} {_NOTICE}") == [body]


# ---- a document's verbs in the plural (quote_documents.document_cue) ----------------------------


@pytest.mark.parametrize(
    ("before", "paragraph", "body"),
    [
        (
            "The Tarn Council met on Tuesday.",
            "The minutes state that “members agreed to defer the vote”.",
            "Tarn Council",
        ),
        (
            "The Tarn Council met on Tuesday.",
            "The minutes record that “members agreed to defer the vote”.",
            "Tarn Council",
        ),
        (
            "The Orlen Health Board released two reports on Friday.",
            "The reports find that “no patient may wait longer than four hours”.",
            "Orlen Health Board",
        ),
        (
            "The Vell Audit Office published its reviews on Monday.",
            "The reviews state that “the council kept no records of the grants”.",
            "Vell Audit Office",
        ),
        (
            "The Orlen Health Board released a report on Friday.",
            "The report specifies that “no patient may wait longer than four hours”.",
            "Orlen Health Board",
        ),
    ],
)
def test_a_documents_verb_in_either_number_is_a_cue(before, paragraph, body):
    assert _speakers(before, paragraph) == [body]


@pytest.mark.parametrize(
    "paragraph",
    [
        # the verb's number is not the noun's: `record` a noun after `The audit`
        "The audit record shows that “the council kept no records of the grants”.",
        "The audit state that “the council kept no records of the grants”.",
        # no document before the plural verb
        "Ann Lee and her staff record that “the council kept no records”.",
        "The United States records show “bread prices have doubled”.",
    ],
)
def test_a_plural_verb_without_a_plural_document_is_no_cue(paragraph):
    assert _speakers("The Vell Audit Office published its review on Monday.", paragraph) == []


def test_the_singular_document_cues_read_as_before():
    before = "The Vell Audit Office published its review on Monday."
    for verb in ("states", "notes", "finds"):
        paragraph = f"The audit {verb} that “the council kept no records of the grants”."
        assert _speakers(before, paragraph) == ["Vell Audit Office"]


# ---- a civic word before any generic body's noun (quote_orgs.civic_noun) ------------------------

_MET = "Tarn Water met Orlen City Council on Monday. “We will clear the drains,” {} said."


@pytest.mark.parametrize(
    "phrase",
    ["the municipal council", "the civic agency", "the municipal government", "the civic body"],
)
def test_a_civic_words_body_is_the_local_government(phrase):
    assert _speakers(_MET.format(phrase)) == ["Orlen City Council"]


@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        ("the water company", "Tarn Water"),  # no civic word: the kind's body, as before
        ("the utility", "Tarn Water"),
    ],
)
def test_a_body_without_a_civic_word_reads_as_before(phrase, body):
    text = f"Orlen City Council met Tarn Water on Monday. “We will clear drains,” {phrase} said."
    assert _speakers(text) == [body]


# ---- legal forms in lower case (quote_body_names.LOWER_CASE_FORMS) ------------------------------


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        ("Vell Quarries ltd said: “We will appeal.”", "Vell Quarries ltd"),
        ("“We will appeal,” said Tarn Holdings ltd in a statement.", "Tarn Holdings ltd"),
        ("Orlen Partners llp said: “We act for the family.”", "Orlen Partners llp"),
        ("Vell Quarries plc said: “We will appeal.”", "Vell Quarries plc"),
    ],
)
def test_a_lower_case_legal_form_closes_the_name(paragraph, body):
    assert _speakers(paragraph) == [body]


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("Vell Quarries said: “We will appeal.”", ["Vell Quarries"]),
        ("Vell Quarries and Tarn Holdings said: “We will appeal.”", None),
        ("Vell Quarries Ltd said: “We will appeal.”", ["Vell Quarries Ltd"]),
    ],
)
def test_other_words_after_a_body_read_as_before(paragraph, names):
    found = names_found(paragraph)
    assert all(" ltd" not in name and " llp" not in name for name in found)
    if names is not None:
        assert found == names


# ---- the last resort's nouns: groups and media are no one person (quote_fallback) ---------------

_DIED = "Ann Lee, a nurse from Leeds, died on Monday."


@pytest.mark.parametrize(
    "noun",
    ["the jury", "the panel", "the household", "the website", "the account", "the page"],
)
def test_a_group_or_a_medium_is_no_person_named_before(noun):
    assert _speakers(_DIED, f"“She was loved by everyone,” {noun} said.") == [None]


@pytest.mark.parametrize("noun", ["the shipwright", "the neighbour", "the widow"])
def test_a_persons_noun_still_takes_the_last_resort(noun):
    # (speakers103's last resort: the person named just before, whom nothing contradicts)
    assert _speakers(_DIED, f"“She was loved by everyone,” {noun} said.") == ["Ann Lee"]
