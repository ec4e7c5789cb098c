"""The article parser: news exports and web pages in, frozen Documents out (pure, no I/O)."""

from pathlib import Path

from api.parser import build

# The compiled quote analysis, when built from these very sources, is searched first (see
# api/parser/build.py and docs/compiled.md); otherwise every module is the pure-Python source.
_COMPILED_PATH = build.compiled_path(Path(__file__).resolve().parent)
if _COMPILED_PATH is not None:
    __path__.insert(0, _COMPILED_PATH)

from api.parser.article import parse
from api.parser.document import Block, Document, Image
from api.parser.errors import EmptyArticleError, EncodingError, NoBodyError, ParseError
from api.parser.html import NotAnArticleError, parse_html
from api.parser.render import render
from api.parser.text import decode


def compiled() -> bool:
    """Whether the quote analysis runs compiled (mypyc) in this process, or as pure Python."""
    from api.parser import quotes  # already imported through article

    return build.is_compiled(quotes)


__all__ = [
    "Block",
    "Document",
    "EmptyArticleError",
    "EncodingError",
    "Image",
    "NoBodyError",
    "NotAnArticleError",
    "ParseError",
    "compiled",
    "decode",
    "parse",
    "parse_html",
    "render",
]
