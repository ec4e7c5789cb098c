"""Errors for web pages: each is a ParseError, so callers handle one type for text and HTML."""

from api.parser.errors import ParseError


class NotAnArticleError(ParseError):
    """The page has no article: a home page, an index, a login wall; `str(err)` says why."""


class PageTooComplexError(ParseError):
    """The page is refused before extraction: too large, too many elements, or nested too deep."""
