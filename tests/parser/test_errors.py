"""Text that is not an article raises a ParseError subclass with a message for a person."""

from __future__ import annotations

import pytest

from api.parser import EmptyArticleError, NoBodyError, ParseError, parse


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n", "\ufeff", "\x00\x01\r\n"])
def test_empty_article(text):
    with pytest.raises(EmptyArticleError, match="empty"):
        parse(text)


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Only a headline", "Only a headline"),
        ("\n\n  Only a headline  \n\n\n\n", "Only a headline"),
        ("Headline\n\nAlt text\nCaption.Reuters", "Headline"),
        ("Headline\n\n  • A bullet but no body.", "Headline"),
    ],
)
def test_headline_without_body(text, headline):
    with pytest.raises(NoBodyError, match="no body text") as info:
        parse(text)
    assert repr(headline) in str(info.value)


@pytest.mark.parametrize("error", [EmptyArticleError, NoBodyError])
def test_parse_errors_share_one_base(error):
    assert issubclass(error, ParseError)
    assert issubclass(error, ValueError)
