"""Articles from web pages: HTML in, the same frozen Document as for exports out (pure)."""

from api.parser.html.article import parse_html
from api.parser.html.errors import NotAnArticleError, PageTooComplexError
from api.parser.html.warc import iter_warc_pages

__all__ = ["NotAnArticleError", "PageTooComplexError", "iter_warc_pages", "parse_html"]
