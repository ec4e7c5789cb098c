"""Untrusted pages: no article is a ParseError with a reason, hostile pages are bounded."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from api.parser import EncodingError, NotAnArticleError, ParseError, parse_html
from api.parser.html import PageTooComplexError
from tests.parser.html.pages import FILLER, page, paragraphs

HOME = (
    "<html><body><main>"
    + "".join(
        f"<div class='card'><h3><a href='/s/{i}'>Story number {i} of the day</a></h3>"
        f"<p>A short teaser for story {i}.</p></div>"
        for i in range(12)
    )
    + "</main></body></html>"
)
LOGIN = (
    "<html><body><h1>Sign in</h1><form><input name='user'><input type='password' name='pw'>"
    "</form><p>Subscribers can read every story, every day, on any device they own.</p>"
    "</body></html>"
)


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        (HOME, "index"),
        (LOGIN, "login"),
        ("<html><body><h1>Hello</h1><p>Short.</p></body></html>", "no article text"),
        ("   ", "empty"),
        ("<html><head><title>Only a title</title></head></html>", "no article text"),
    ],
)
def test_a_page_without_an_article_says_why(html, reason):
    with pytest.raises(NotAnArticleError, match=reason):
        parse_html(html)


def test_a_login_wall_with_some_text_is_not_an_article():
    wall = LOGIN.replace("</form>", f"</form><p>{FILLER}</p>")
    with pytest.raises(NotAnArticleError, match="login"):
        parse_html(wall)


@pytest.mark.parametrize("tag", ["div", "span", "b", "section"])
def test_deep_nesting_is_refused_quickly(tag):
    html = f"<{tag}>" * 5000 + paragraphs(3) + f"</{tag}>" * 5000
    start = time.process_time()
    with pytest.raises(PageTooComplexError, match="deep"):
        parse_html(page(html))
    assert time.process_time() - start < 5


def test_nesting_a_little_deep_is_read():
    assert len(parse_html(page("<div>" * 150 + paragraphs(3) + "</div>" * 150)).body) == 3


def test_a_million_elements_is_refused_within_bounded_time():
    html = "<html><body>" + "<i>x</i>" * 1_000_000 + "</body></html>"
    start = time.process_time()
    with pytest.raises(PageTooComplexError):
        parse_html(html)
    assert time.process_time() - start < 15


def test_nothing_is_fetched_and_entities_are_not_expanded():
    html = (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
        + page(paragraphs(3) + "<p>&ext; is here and should stay unexpanded in the text.</p>")
    )
    doc = parse_html(html)
    assert not any("root:" in (b.text or "") for b in doc.body)


def test_scripts_and_styles_never_become_text():
    body = paragraphs(3) + "<script>var secret = 1;</script><style>p{color:red}</style>"
    doc = parse_html(page(body))
    assert not any("secret" in (b.text or "") or "color" in (b.text or "") for b in doc.body)


def test_undecodable_bytes_raise_the_encoding_error_with_the_offset():
    data = page(paragraphs(3)).encode("utf-8").replace(b"Paragraph 2", b"Paragraph \xff2")
    with pytest.raises(EncodingError, match=r"byte 0xff at offset \d+"):
        parse_html(data, content_type="text/html; charset=utf-8")


HTMLISH = st.text(alphabet=st.sampled_from(list("<>/=\"' &;#abcdiphlmtx123\n\x00é")), max_size=400)


@settings(max_examples=300, deadline=None)
@given(st.one_of(HTMLISH, st.binary(max_size=300), st.text(max_size=200)))
def test_any_input_raises_only_the_parsers_error(data):
    try:
        parse_html(data)
    except ParseError:
        pass


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["<p>", "</p>", "<div>", "<li>", "<figure>", "<img src=a>",
                                 "<h2>", "<b>", "<br>", "<a href=x>", FILLER, "<ul>", "</div>"]),
                max_size=60))  # fmt: skip
def test_any_tag_soup_raises_only_the_parsers_error(parts):
    try:
        doc = parse_html(page("".join(parts)))
    except ParseError:
        return
    assert doc.headline


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200), st.text(max_size=40))
def test_any_bytes_and_content_type_raise_only_the_parsers_error(data, content_type):
    try:
        parse_html(
            data, url="https://n.example/a", content_type=f"text/html; charset={content_type}"
        )
    except ParseError:
        pass
