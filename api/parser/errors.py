"""Errors the parser raises for text that is not an article it can read."""


class ParseError(ValueError):
    """The text cannot be parsed as an article export; `str(err)` says why, for a person."""


class EmptyArticleError(ParseError):
    """Nothing but whitespace (or control characters) was given."""


class NoBodyError(ParseError):
    """A headline was found but no body text follows it."""


class EncodingError(ParseError):
    """The bytes are not valid UTF-8."""
