"""The `q` language: what users type, the tree it parses to, and what each engine is sent."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.search.query import (
    MAX_TERMS,
    And,
    Or,
    QueryError,
    Term,
    loosened,
    parse,
    to_fts5,
    to_tsquery,
)

# (query, FTS5 MATCH text, to_tsquery text)
COMPILED = [
    ("harbour", '"harbour"', "('harbour')"),
    ("Harbour MASTER", '("harbour" AND "master")', "(('harbour') & ('master'))"),
    ('"harbour master"', '"harbour master"', "('harbour' <-> 'master')"),
    ("lightho*", '"lightho"*', "('lightho':*)"),
    ("ferry OR bridge", '("ferry" OR "bridge")', "(('ferry') | ('bridge'))"),
    ("harbour -ferry", '(("harbour") NOT "ferry")', "(('harbour') & !('ferry'))"),
    ("harbour NOT ferry", '(("harbour") NOT "ferry")', "(('harbour') & !('ferry'))"),
    (
        'harbour -"ferry dues"',
        '(("harbour") NOT "ferry dues")',
        "(('harbour') & !('ferry' <-> 'dues'))",
    ),
    (
        'harbour NOT "ferry dues"',
        '(("harbour") NOT "ferry dues")',
        "(('harbour') & !('ferry' <-> 'dues'))",
    ),
    (
        "harbour -(ferry OR toll)",
        '(("harbour") NOT ("ferry" OR "toll"))',
        "(('harbour') & !(('ferry') | ('toll')))",
    ),
    ("covid-19", '"covid 19"', "('covid' <-> '19')"),
    ("O'Neil", '"o neil"', "('o' <-> 'neil')"),
    ("José", '"josé"', "('josé')"),
    ("harbour AND master", '("harbour" AND "master")', "(('harbour') & ('master'))"),
    ("a OR b c", '("a" OR ("b" AND "c"))', "(('a') | (('b') & ('c')))"),
    ("(a OR b) c", '(("a" OR "b") AND "c")', "((('a') | ('b')) & ('c'))"),
]


@pytest.mark.parametrize(("text", "fts5", "tsquery"), COMPILED)
def test_queries_compile_for_both_engines(text, fts5, tsquery):
    node = parse(text)

    assert to_fts5(node) == fts5
    assert to_tsquery(node) == tsquery


@pytest.mark.parametrize(
    ("text", "tree"),
    [
        ("a b", And((Term(("a",)), Term(("b",))))),
        ('"a b"*', Term(("a", "b"))),  # a star after a phrase is punctuation
        ("a -b -c", And((Term(("a",)),), (Term(("b",)), Term(("c",))))),
        ("a NOT (b OR c)", And((Term(("a",)),), (Or((Term(("b",)), Term(("c",)))),))),
        ("a (b -c)", And((Term(("a",)), Term(("b",))), (Term(("c",)),))),
        ('a -"b c"', And((Term(("a",)),), (Term(("b", "c")),))),
        ('a --"b c"', And((Term(("a",)),), (Term(("b", "c")),))),  # as --b excludes b
        ("a -(b c)", And((Term(("a",)),), (And((Term(("b",)), Term(("c",)))),))),
        ('a -"b c" OR d', Or((And((Term(("a",)),), (Term(("b", "c")),)), Term(("d",))))),
        ("NOT NOT a", Term(("a",))),
        ("and or not", And((Term(("and",)), Term(("or",)), Term(("not",))))),  # lower case: words
    ],
)
def test_parse_trees(text, tree):
    assert parse(text) == tree


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("harbour OR", "harbour"),  # dangling operators are ignored
        ("OR harbour", "harbour"),
        ("harbour AND", "harbour"),
        ("harbour NOT", "harbour"),
        ("AND OR harbour", "harbour"),
        ("harbour )", "harbour"),  # stray and unclosed parentheses too
        ("((harbour", "harbour"),
        ('"harbour master', '"harbour master"'),  # an unclosed phrase runs to the end
        ("harbour -", "harbour"),
        ("harbour ')--", "harbour"),
        # A dash excludes only what it touches, and only something with words in it.
        ('harbour - "ferry dues"', 'harbour "ferry dues"'),
        ('harbour-"ferry dues"', 'harbour "ferry dues"'),
        ('harbour -"" ferry', "harbour ferry"),
        ('harbour -"..." ferry', "harbour ferry"),
        ("harbour -() ferry", "harbour ferry"),
        ("harbour -(-ferry)", "harbour -ferry"),
        ("harbour -) ferry", "harbour ferry"),
        ("harbour -(", "harbour"),
    ],
)
def test_misplaced_syntax_is_forgiven(text, same_as):
    assert parse(text) == parse(same_as)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "no searchable words"),
        ("   ", "no searchable words"),
        ('"', "no searchable words"),
        ('""', "no searchable words"),
        ("*", "no searchable words"),
        ("NOT", "no searchable words"),
        ("AND OR", "no searchable words"),
        ("\x00", "no searchable words"),
        ("')--", "no searchable words"),
        ("-harbour", "only excludes"),
        ("NOT harbour", "only excludes"),
        ('-"harbour master"', "only excludes"),
        ('NOT "harbour master"', "only excludes"),
        ("-(harbour OR ferry)", "only excludes"),
        ('harbour OR -"ferry dues"', "Each side of OR"),
        ("harbour OR -ferry", "Each side of OR"),
        ("harbour NOT (-ferry)", "NOT needs a word"),
        ("(" * 9 + "a", "deeper than"),
        (" ".join(["w"] * (MAX_TERMS + 1)), "at most"),
    ],
)
def test_queries_without_anything_to_find_are_refused(text, reason):
    with pytest.raises(QueryError, match=reason):
        parse(text)


# Terms reach the engines double-quoted (FTS5) or single-quoted (tsquery): no text inside them
# may close the quotes early.
FTS5_TERM = re.compile(r'"[^"]*"')
TSQUERY_TERM = re.compile(r"'[^']*'")


@given(st.text(max_size=200))
def test_any_text_parses_or_raises_query_error_and_compiles_quoted(text):
    try:
        node = parse(text)
    except QueryError:
        return
    fts5, tsquery = to_fts5(node), to_tsquery(node)

    # Outside the quoted terms only the operators and parentheses this module writes remain.
    assert set(re.findall(r"[^\s()]+", FTS5_TERM.sub(" ", fts5))) <= {"AND", "OR", "NOT", "*"}
    assert set(TSQUERY_TERM.sub("", tsquery)) <= set("()&|!<->:* ")
    assert "\x00" not in fts5 + tsquery


@pytest.mark.parametrize(
    ("text", "loose"),
    [
        ("harbour master", None),  # no phrase: nothing to loosen
        ('"harbour master"', "(('harbour') & ('master'))"),
        ('"bus route" Redfern', "((('bus') & ('route')) & ('redfern'))"),
        ("covid-19*", "(('covid') & ('19':*))"),
        ('ferry OR "harbour master"', "(('ferry') | (('harbour') & ('master')))"),
        # Excluding both words would also exclude articles that have them apart.
        ('harbour NOT "ferry dues"', "(('harbour'))"),
        ('"harbour master" -ferry', "((('harbour') & ('master')) & !('ferry'))"),
        ('harbour -"ferry dues"', "(('harbour'))"),
        ('harbour -("ferry dues" OR toll)', "(('harbour'))"),
    ],
)
def test_loosened_queries_drop_phrases_and_match_at_least_as_much(text, loose):
    found = loosened(parse(text))

    assert (found and to_tsquery(found)) == loose
