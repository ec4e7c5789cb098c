"""The article parser: news exports and web pages in, frozen Documents out (pure, no I/O)."""

from api.parser.article import parse
from api.parser.document import Block, Document, Image
from api.parser.errors import EmptyArticleError, EncodingError, NoBodyError, ParseError
from api.parser.html import NotAnArticleError, parse_html
from api.parser.render import render
from api.parser.text import decode

__all__ = [
    "Block",
    "Document",
    "EmptyArticleError",
    "EncodingError",
    "Image",
    "NoBodyError",
    "NotAnArticleError",
    "ParseError",
    "decode",
    "parse",
    "parse_html",
    "render",
]
