"""The article parser: plain-text news exports in, frozen Documents out (pure, no I/O)."""

from api.parser.article import parse
from api.parser.document import Block, Document, Image
from api.parser.errors import EmptyArticleError, EncodingError, NoBodyError, ParseError
from api.parser.render import render
from api.parser.text import decode

__all__ = [
    "Block",
    "Document",
    "EmptyArticleError",
    "EncodingError",
    "Image",
    "NoBodyError",
    "ParseError",
    "decode",
    "parse",
    "render",
]
