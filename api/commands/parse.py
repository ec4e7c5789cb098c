"""`python -m api parse FILE|-`: print one article's parse, with its quotes and people, as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from api.parser import ParseError, decode, parse
from api.parser.analysis import parsed_article


def read_bytes(path_or_dash: str) -> bytes:
    """The raw bytes of a file, or of standard input for '-'."""
    if path_or_dash == "-":
        return sys.stdin.buffer.read()
    return Path(path_or_dash).read_bytes()


def run_parse(path_or_dash: str) -> int:
    """Parse one export and print its JSON; 2 with a one-line error when it cannot be read."""
    name = "standard input" if path_or_dash == "-" else path_or_dash
    try:
        doc = parse(decode(read_bytes(path_or_dash)))
    except OSError as exc:
        print(f"error: cannot read {name}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except ParseError as exc:
        print(f"error: {name}: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(parsed_article(doc), ensure_ascii=False, indent=2))
    return 0


@click.command("parse", short_help="parse an export and print it as JSON")
@click.argument("file", metavar="FILE|-")
def parse_command(file: str) -> int:
    """Parse an article export and print it as JSON, with its quotes and people.

    \b
    Example:
      .venv/bin/python -m api parse examples/library-hours.txt
      cat article.txt | .venv/bin/python -m api parse -

    Exit 2 when the file cannot be read or parsed. Stores nothing.
    """
    return run_parse(file)
