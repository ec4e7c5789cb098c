"""`python -m api parse [--format text|html] PATH...`: each article's parse, quotes and people.

One PATH prints one JSON document (or a one-line error and exit status 2); several print NDJSON,
one line per path in order: the article, or {"path": P, "error": MESSAGE}.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import click
import orjson

from api.parser import Document, ParseError, decode, parse, parse_html
from api.parser.analysis import parsed_article

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MAX_BYTES = 50 * 1024 * 1024  # a decompressed page larger than this is refused, not read


def read_bytes(path_or_dash: str) -> bytes:
    """The raw bytes of a file (a .gz file decompressed), or of standard input for '-'."""
    if path_or_dash == "-":
        return sys.stdin.buffer.read()
    if path_or_dash.endswith(".gz"):
        with gzip.open(path_or_dash, "rb") as stream:
            data = stream.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise ParseError(f"the file holds more than {MAX_BYTES} bytes uncompressed")
        return data
    return Path(path_or_dash).read_bytes()


def format_of(path: str, given: str | None) -> str:
    """'html' or 'text': --format when given, else the extension: 'a.htm.gz' -> 'html'."""
    if given:
        return given
    name = path.lower().removesuffix(".gz")
    return "html" if name.endswith(HTML_SUFFIXES) else "text"


def parse_path(path: str, given_format: str | None) -> Document:
    """Read and parse one path; OSError, gzip's errors and ParseError pass to the caller."""
    data = read_bytes(path)
    if format_of(path, given_format) == "html":
        return parse_html(data)
    return parse(decode(data))


def failure(path: str, exc: Exception) -> str:
    """A person's one-line reason why a path could not be parsed."""
    if isinstance(exc, OSError) and not isinstance(exc, gzip.BadGzipFile):
        return f"cannot read {path}: {exc.strerror or exc}"
    return f"{path}: {exc}"


def run_parse(paths: list[str] | str, given_format: str | None = None) -> int:
    """Parse the paths and print them; 2 when the one path fails, 1 when any of several does."""
    paths = [paths] if isinstance(paths, str) else paths
    if len(paths) == 1:
        path = paths[0]
        name = "standard input" if path == "-" else path
        try:
            doc = parse_path(path, given_format)
        except (OSError, EOFError, ParseError) as exc:
            print(f"error: {failure(name, exc)}", file=sys.stderr)
            return 2
        print(json.dumps(parsed_article(doc), ensure_ascii=False, indent=2))
        return 0
    failed = 0
    out = sys.stdout.buffer
    for path in paths:
        try:
            line = parsed_article(parse_path(path, given_format))
        except (OSError, EOFError, ParseError) as exc:
            failed += 1
            line = {"path": path, "error": failure(path, exc)}
        out.write(orjson.dumps(line) + b"\n")
    out.flush()
    return 1 if failed else 0


@click.command("parse", short_help="parse exports or web pages and print them as JSON")
@click.option(
    "--format",
    "given_format",
    type=click.Choice(["text", "html"]),
    help="How to read the files (default: html for .html/.htm/.xhtml, also .gz; else text).",
)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...|-")
def parse_command(given_format: str | None, paths: tuple[str, ...]) -> int:
    """Parse article exports or web pages and print each as JSON, with its quotes and people.

    One PATH prints one JSON document; several print NDJSON, one line per path in order: the
    article, or {"path": P, "error": MESSAGE}. Stores nothing.

    \b
    Example:
      .venv/bin/python -m api parse examples/elm_street_library_robots.txt
      .venv/bin/python -m api parse --format html page.html.gz other.html
      cat article.txt | .venv/bin/python -m api parse -
    Exit 2 when the one path cannot be read or parsed; 1 when any of several cannot.
    """
    return run_parse(list(paths), given_format)
